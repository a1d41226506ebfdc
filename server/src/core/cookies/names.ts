/** Cookie names: reading exact names and prefix patterns, and whether two names mean the same cookie. */
import type { CookieName } from "./types";

/**
 * Where a placeholder starts: `*`, `[...]`, `{...}`, `<...>`, `#`, `%`, a run of three or more
 * X (`_ga_XXXXXXX`), or "..." / "…". A linear scan, never a backtracking pattern.
 */
function placeholderAt(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "*" || c === "[" || c === "{" || c === "<" || c === "#" || c === "%" || c === "…") return i;
    if (c === "." && s[i + 1] === "." && s[i + 2] === ".") return i;
    if ((c === "X" || c === "x") && (s[i + 1] === c) && (s[i + 2] === c) && (i === 0 || /[_\-.:]/.test(s[i - 1]))) return i;
  }
  return -1;
}

/** Reads a cookie name as written. */
export function readCookieName(written: string): CookieName {
  let text = written.trim();
  // emphasis or code around the whole name ("**_ga**", "`_gid`"); never the underscores of "__utma"
  for (const w of ["**", "`"]) if (text.length > 2 * w.length && text.startsWith(w) && text.endsWith(w)) text = text.slice(w.length, -w.length).trim();
  const at = placeholderAt(text);
  // "_ga_", "wp-settings-": a name that ends with a separator is a prefix (as consent tools write them)
  if (at < 0) return { text, prefix: text, pattern: text.length >= 3 && (text.endsWith("_") || text.endsWith("-")) && /[\p{L}\p{N}]/u.test(text) };
  return { text, prefix: text.slice(0, at), pattern: true };
}

const fold = (s: string) => s.toLowerCase();

/** Whether two names mean the same cookie: equal, or one is a pattern whose prefix the other starts with. */
export function sameCookie(a: CookieName, b: CookieName): boolean {
  const pa = fold(a.prefix);
  const pb = fold(b.prefix);
  if (!a.pattern && !b.pattern) return pa === pb;
  if (a.pattern && b.pattern) return pa === pb || (pa.length >= 2 && pb.startsWith(pa)) || (pb.length >= 2 && pa.startsWith(pb));
  const [pat, exact] = a.pattern ? [pa, pb] : [pb, pa];
  return pat.length >= 2 && exact.startsWith(pat) && exact.length > pat.length;
}

/** A key for exact lookups: the folded prefix, marked when it is a pattern. */
export function cookieKey(n: CookieName): string {
  return `${n.pattern ? "*" : "="}${fold(n.prefix)}`;
}

/** Characters a cookie name may hold (RFC 6265 token characters, plus the placeholders people write). */
const NAME_CHARS = /^[\p{L}\p{N}!#$%&'*+\-.^_`|~@:[\]{}<>…/=]+$/u;

/**
 * Whether a piece of a name cell is plausibly a cookie name rather than prose: one token
 * (placeholders in brackets may hold spaces), at most 100 characters, with a letter or digit.
 */
export function looksLikeCookieName(piece: string): boolean {
  const p = piece.trim();
  if (!p || p.length > 100) return false;
  const squeezed = p.replace(/\[[^\]]{0,40}\]|\{[^}]{0,40}\}|<[^>]{0,40}>/g, "[]");
  if (/\s/.test(squeezed)) return false;
  if (!/[\p{L}\p{N}]/u.test(p)) return false;
  return NAME_CHARS.test(squeezed);
}
