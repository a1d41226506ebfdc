/** What a section is about, judged from its heading with the language pack's patterns. */
import { DEFAULT_PACK, type LanguagePack } from "../packs/index";
import type { SectionKind } from "./sectionKinds";

export type { SectionKind } from "./sectionKinds";

/**
 * The set already handed out for the same kinds, else `kinds` itself (kept in `pool`): sections
 * of the same kinds share one set, since the model of every open policy is kept. Sets handed out
 * are never changed.
 */
export function sharedKinds(pool: Map<string, Set<SectionKind>>, kinds: Set<SectionKind>): Set<SectionKind> {
  const name = [...kinds].sort().join(" ");
  const same = pool.get(name);
  if (same) return same;
  pool.set(name, kinds);
  return kinds;
}

/** The kinds a heading names. */
export function classifyHeading(title: string, pack: LanguagePack = DEFAULT_PACK): Set<SectionKind> {
  const kinds = new Set<SectionKind>();
  for (const [kind, re] of pack.headings) if (re.test(title)) kinds.add(kind);
  // "Rights" in "California privacy rights" is the CCPA disclosure, not the GDPR list
  if (kinds.has("ccpa-rights")) kinds.delete("rights");
  // a "Third-party services" heading in a cookie context is still a recipients section
  return kinds;
}
