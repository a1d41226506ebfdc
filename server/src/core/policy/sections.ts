/** What a section is about, judged from its heading with the language pack's patterns. */
import { DEFAULT_PACK, type LanguagePack } from "../packs/index";
import type { SectionKind } from "./sectionKinds";

export type { SectionKind } from "./sectionKinds";

/** The kinds a heading names. */
export function classifyHeading(title: string, pack: LanguagePack = DEFAULT_PACK): Set<SectionKind> {
  const kinds = new Set<SectionKind>();
  for (const [kind, re] of pack.headings) if (re.test(title)) kinds.add(kind);
  // "Rights" in "California privacy rights" is the CCPA disclosure, not the GDPR list
  if (kinds.has("ccpa-rights")) kinds.delete("rights");
  // a "Third-party services" heading in a cookie context is still a recipients section
  return kinds;
}
