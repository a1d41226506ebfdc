/** Pairs the policy's cookies with the manifest's, once per analysis. */
import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import { sameLifetime } from "./duration";
import { sameCookie } from "./names";
import { readCookieTables, type CookieReading } from "./table";
import type { ManifestCookie, PolicyCookie } from "./types";

export interface CookiePairing extends CookieReading {
  /** For each policy cookie (same index), the manifest cookie it is, if any. */
  manifestOf: (ManifestCookie | undefined)[];
  /** Manifest cookies that no row of the policy lists. */
  unlisted: ManifestCookie[];
}

const cache = new WeakMap<PolicyDoc, WeakMap<Manifest, CookiePairing>>();

export function pairCookies(doc: PolicyDoc, m: Manifest | undefined): CookiePairing {
  const reading = readCookieTables(doc);
  const declared = m?.cookies ?? [];
  if (!m) return { ...reading, manifestOf: reading.cookies.map(() => undefined), unlisted: [] };
  let byManifest = cache.get(doc);
  if (!byManifest) cache.set(doc, (byManifest = new WeakMap()));
  const hit = byManifest.get(m);
  if (hit) return hit;
  // exact names first, then patterns: `_ga` is `_ga`, not `_ga*`
  const exact = new Map<string, ManifestCookie>();
  for (const c of declared) if (!c.name.pattern && !exact.has(c.name.prefix.toLowerCase())) exact.set(c.name.prefix.toLowerCase(), c);
  const patterns = declared.filter((c) => c.name.pattern && c.name.prefix.length >= 2).sort((a, b) => b.name.prefix.length - a.name.prefix.length);
  const listed = new Set<ManifestCookie>();
  const manifestOf = reading.cookies.map((p) => {
    const name = p.name.prefix.toLowerCase();
    // an exact name; else the longest manifest pattern that covers the name (or the policy's narrower pattern);
    // else, for a policy pattern, a manifest name or narrower pattern inside it
    const found = (!p.name.pattern ? exact.get(name) : undefined)
      ?? patterns.find((c) => name.startsWith(c.name.prefix.toLowerCase()) && (p.name.pattern || name.length > c.name.prefix.length))
      ?? (p.name.pattern ? declared.find((c) => sameCookie(c.name, p.name)) : undefined);
    if (found) listed.add(found);
    return found;
  });
  const result = { ...reading, manifestOf, unlisted: declared.filter((c) => !listed.has(c)) };
  byManifest.set(m, result);
  return result;
}

/** What a policy row can get wrong about the manifest cookie it is (spec §9). */
export type CookieDifference = "lifetime" | "category" | "consent";

/**
 * How a row of the policy's table disagrees with its manifest cookie: a lifetime that differs
 * (period rules), a cookie the policy calls necessary whose purpose is statistics or
 * marketing, or one the policy sets without consent that the manifest sets only with it (the
 * category difference, when there is one, already says that). The rule and the preview both ask here.
 */
export function cookieDifferences(c: ManifestCookie, p: PolicyCookie): CookieDifference[] {
  const out: CookieDifference[] = [];
  if (c.lifetime && p.lifetime && !sameLifetime(c.lifetime, p.lifetime)) out.push("lifetime");
  if (p.purpose === "necessary" && (c.purpose === "statistics" || c.purpose === "marketing")) out.push("category");
  else if (p.withoutConsent && c.consent) out.push("consent");
  return out;
}
