/**
 * Known cookies, from the Open Cookie Database (Apache-2.0; see NOTICE), imported at build
 * time by scripts/build-cookies.mjs into known.generated.json. Exact names are a map lookup;
 * prefix patterns (`_ga_`, `wp-settings-`) are tried longest first.
 *
 * The data is bundled as a string (esbuild's text loader, via the import attribute) and
 * parsed with JSON.parse on the first lookup: a start that never looks a cookie up (most
 * checks, the client) does not pay for building 10,000 arrays, and JSON.parse of a string is
 * faster than evaluating the same data as an object literal.
 */
import type { CatalogEntry } from "../catalog";
import raw from "./known.generated.json" with { type: "text" };
import { serviceOfPlatform } from "./platforms";
import type { CookieName, CookiePurpose } from "./types";

export interface KnownCookie {
  /** The database's name; a prefix when `pattern`. */
  name: string;
  pattern: boolean;
  platform: string;
  /** The catalog service the platform is, when the catalog knows it. */
  service?: CatalogEntry;
  /** The database's category: Functional, Analytics, Marketing, Security, Personalization, Necessary. */
  category: string;
  /** The purpose a manifest would give it. */
  purpose: CookiePurpose;
  /** The usual retention, as the database writes it ("2 years", "session"). */
  retention: string;
  description: string;
}

type Row = [string, number, string, string, string, number];
interface Database {
  source: { name: string; repository: string; commit: string; licence: string };
  platforms: string[];
  cookies: Row[];
}

let parsed: Database | undefined;
/** The database, parsed on first use. (TypeScript types the import as the JSON object; the bundler gives its text.) */
function database(): Database {
  if (!parsed) parsed = typeof raw === "string" ? (JSON.parse(raw) as Database) : (raw as unknown as Database);
  return parsed;
}

const PURPOSE: Record<string, CookiePurpose> = {
  functional: "necessary", security: "necessary", necessary: "necessary", personalization: "preferences", analytics: "statistics", marketing: "marketing",
};

/** Where the data comes from, for NOTICE, hover and docs. */
export function cookieDatabase(): Database["source"] {
  return database().source;
}

let exact: Map<string, Row> | undefined;
let prefixes: Row[] | undefined;

function index() {
  if (exact && prefixes) return { exact, prefixes };
  exact = new Map();
  prefixes = [];
  for (const r of database().cookies) {
    if (r[5]) prefixes.push(r);
    else if (!exact.has(r[0].toLowerCase())) exact.set(r[0].toLowerCase(), r);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return { exact, prefixes };
}

function toKnown(r: Row): KnownCookie {
  const platform = database().platforms[r[1]] ?? "";
  return {
    name: r[0], pattern: !!r[5], platform, service: serviceOfPlatform(platform), category: r[2],
    purpose: PURPOSE[r[2].toLowerCase()] ?? "necessary", retention: r[3], description: r[4],
  };
}

/**
 * What the database knows of a cookie name: the exact entry, else the longest prefix entry the
 * name starts with. A short prefix ("CT") only matches where the name goes on with a
 * separator or digit, so that "CTX" is not taken for Adform's "CT".
 */
export function lookupCookie(name: CookieName | string): KnownCookie | undefined {
  const { exact, prefixes } = index();
  const n = typeof name === "string" ? name : name.prefix;
  if (!n) return undefined;
  const lower = n.toLowerCase();
  const hit = exact.get(lower);
  if (hit && (typeof name === "string" || !name.pattern)) return toKnown(hit);
  for (const r of prefixes) {
    const p = r[0].toLowerCase();
    if (!lower.startsWith(p)) continue;
    if (p.length < 4 && lower.length > p.length && /[\p{L}]/u.test(lower[p.length]) && !/[_\-.:]$/.test(p)) continue;
    return toKnown(r);
  }
  // a pattern written as "_ga_*" is the database's prefix "_ga_"
  if (hit) return toKnown(hit);
  return undefined;
}

/** Every name the database lists, for completion: [name, platform, pattern]. */
export function knownCookieNames(): { name: string; platform: string; pattern: boolean }[] {
  const { cookies, platforms } = database();
  return cookies.map((r) => ({ name: r[0], platform: platforms[r[1]] ?? "", pattern: !!r[5] }));
}
