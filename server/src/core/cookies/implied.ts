/**
 * Services a cookie table implies: a known cookie (`_ga`, `_fbp`) names the platform that sets
 * it, so a table that lists `_ga` tells the reader Google Analytics runs on the site, whether or
 * not the prose names it.
 */
import { catalogParent, lookupCatalog, type CatalogEntry } from "../catalog";
import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import { lookupCookie } from "./known";
import { pairCookies } from "./match";
import type { PolicyCookie } from "./types";

export interface ImpliedService {
  service: CatalogEntry;
  /** The first cookie of the table that implies it. */
  cookie: PolicyCookie;
}

const FIRST_PARTY = /first[- ]party|erstanbieter|première partie|^(?:us|we|wir|nous)\b/i;

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
    if (pairing.manifestOf[i] || (c.provider && FIRST_PARTY.test(c.provider))) return;
    const service = lookupCookie(c.name)?.service;
    if (!service || covered(service) || out.has(service.name)) return;
    out.set(service.name, { service, cookie: c });
  });
  return [...out.values()];
}
