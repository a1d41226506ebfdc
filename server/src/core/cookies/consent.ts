/**
 * "We only set strictly necessary cookies" beside a manifest cookie whose purpose is statistics
 * or marketing (or that needs consent): the consent rule's cookie half.
 */
import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import type { ManifestCookie } from "./types";
import { mentionsCookies, onlyNecessaryClaim } from "./vocabulary";

export interface NecessaryOnlyClaim {
  quote: string;
  start: number;
  end: number;
  /** The manifest cookies the claim contradicts. */
  cookies: ManifestCookie[];
}

/** Sentences that say only necessary cookies are set, with the manifest cookies that say otherwise. */
export function necessaryOnlyClaims(doc: PolicyDoc, m: Manifest): NecessaryOnlyClaim[] {
  const against = (m.cookies ?? []).filter((c) => c.purpose === "statistics" || c.purpose === "marketing");
  if (!against.length) return [];
  const out: NecessaryOnlyClaim[] = [];
  for (const s of doc.sentences) {
    const text = doc.masked.slice(s.start, s.end);
    if (text.length > 600 || !mentionsCookies(text)) continue;
    const hit = onlyNecessaryClaim(text);
    if (!hit) continue;
    out.push({ quote: doc.text.slice(s.start, s.end).replace(/\s+/g, " ").trim(), start: s.start + hit.index, end: s.start + hit.index + hit[0].length, cookies: against });
  }
  return out;
}
