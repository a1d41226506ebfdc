/** The rows of the generated cookie block (`<!-- policywright:cookies -->`), from the manifest. */
import type { Manifest } from "../manifest/parse";
import { formatLifetime } from "./duration";
import { writingVocabulary } from "./vocabulary";

/** One row of cell values per manifest cookie, in the policy's language. Names are code spans. */
export function cookieRows(m: Manifest, columns: string[], lang?: string): string[][] {
  const v = writingVocabulary(lang);
  return (m.cookies ?? []).map((c) => columns.map((col) => {
    switch (col) {
      case "name": return `\`${c.name.text}\``;
      case "provider": return !c.provider || c.provider.toLowerCase() === "first-party" ? v.headings.firstParty : c.provider;
      case "purpose": return c.purpose ? v.purposeNames[c.purpose] : "";
      case "duration": return c.lifetime ? formatLifetime(c.lifetime, { session: v.headings.session, unitNames: v.unitNames }) : "";
      default: return "";
    }
  }));
}
