/**
 * Services a cookie table implies: a known cookie (`_ga`, `_fbp`) names the platform that sets
 * it, so a table that lists `_ga` tells the reader Google Analytics runs on the site, whether or
 * not the prose names it.
 */
import { catalogParent, lookupCatalog, type CatalogEntry } from "../catalog";
import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import { lookupCookie, type KnownCookie } from "./known";
import { pairCookies } from "./match";
import type { PolicyCookie } from "./types";
import { namesFirstParty } from "./vocabulary";

export interface ImpliedService {
  service: CatalogEntry;
  /** The first cookie of the table that implies it. */
  cookie: PolicyCookie;
}

const words = (s: string) => s.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !/^(?:inc|ltd|llc|gmbh|the|and|of)$/.test(w));

/**
 * Whether a table row's cookie is the database's: the provider cell names the service or its
 * platform ("Google" for Google Analytics, "Facebook" for Meta Pixel), or, without a provider,
 * the name is distinctive enough (`_ga`, `_hjSessionUser_*`) not to be any site's own `lang`.
 */
export function impliesService(c: PolicyCookie, known: KnownCookie): boolean {
  if (c.provider) {
    if (namesFirstParty(c.provider)) return false;
    const theirs = new Set([known.platform, ...(known.service ? [known.service.name, ...(known.service.aliases ?? [])] : [])].flatMap(words));
    return words(c.provider).some((w) => theirs.has(w));
  }
  const n = c.name.prefix;
  return /[_.]/.test(n) || /[a-z][A-Z]/.test(n) || n.length >= 8;
}

/** The catalog services the policy's cookie table implies that the manifest does not list, once each. */
export function undeclaredCookieServices(doc: PolicyDoc, m: Manifest): ImpliedService[] {
  const pairing = pairCookies(doc, m);
  const listed = new Set<string>();
  for (const p of m.processors) {
    for (const n of [p.name, ...p.aliases]) {
      const e = lookupCatalog(n);
      if (e) listed.add(e.name);
    }
  }
  const covered = (e: CatalogEntry) => listed.has(e.name) || (!!catalogParent(e) && listed.has(catalogParent(e)!.name));
  const out = new Map<string, ImpliedService>();
  pairing.cookies.forEach((c, i) => {
    // a cookie the manifest declares says itself who sets it
    if (pairing.manifestOf[i]) return;
    const known = lookupCookie(c.name);
    const service = known?.service;
    if (!known || !service || covered(service) || out.has(service.name) || !impliesService(c, known)) return;
    out.set(service.name, { service, cookie: c });
  });
  return [...out.values()];
}
