/**
 * Cookie lifetimes as tables write them: "2 years", "13 Monate", "13 mois", "30 minutes",
 * "Sitzung", "session", "persistent", "bis zu 2 Jahre". The units and words come from the
 * cookie vocabulary (every language at once); the equality is the period rules of the contract.
 */
import { samePeriod, type Period, type Unit } from "../periods";
import type { CookieLifetime } from "./types";
import { READING } from "./vocabulary";

const WORD = /[\p{L}\p{N}'’.,/-]+/gu;

/** Seconds become minutes; the grammar has no smaller unit. */
function toPeriod(amount: number, unit: string): Period | undefined {
  if (!Number.isFinite(amount) || amount < 0) return undefined;
  if (unit === "second") return { kind: "duration", amount: Math.round((amount / 60) * 1e6) / 1e6, unit: "minute" };
  return { kind: "duration", amount, unit: unit as Unit };
}

export interface LifetimeMatch {
  lifetime: CookieLifetime;
  start: number;
  end: number;
}

/**
 * The lifetimes a text names, in order, with offsets relative to `text`. Tokenised once and
 * read word by word, so no input can make it backtrack.
 */
export function findLifetimes(text: string): LifetimeMatch[] {
  const words: { w: string; s: number; e: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && words.length < 400; m = WORD.exec(text)) {
    let k = m[0].length;
    while (k > 0 && (m[0][k - 1] === "." || m[0][k - 1] === ",")) k--;
    const w = m[0].slice(0, k);
    if (w) words.push({ w: w.toLowerCase(), s: m.index, e: m.index + w.length });
  }
  const out: LifetimeMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const { w, s } = words[i];
    // a number (digits or a word) followed by a unit; "24-month" and "2J" are split here
    const joined = /^(\d{1,6}(?:[.,]\d+)?)-?([\p{L}]+)$/u.exec(w);
    let amount: number | undefined;
    let unit: string | undefined;
    let end = words[i].e;
    if (joined && READING.units[joined[2]]) {
      amount = Number(joined[1].replace(",", "."));
      unit = READING.units[joined[2]];
    } else {
      amount = /^\d{1,6}(?:[.,]\d+)?$/.test(w) ? Number(w.replace(",", ".")) : READING.numbers[w];
      const next = words[i + 1];
      // "thirty (30) days": the digits in parentheses win
      if (amount !== undefined && next && /^\d+$/.test(next.w) && text.slice(words[i].e, next.s).includes("(") && words[i + 2] && READING.units[words[i + 2].w]) {
        amount = Number(next.w);
        unit = READING.units[words[i + 2].w];
        end = words[i + 2].e;
        i += 2;
      } else if (amount !== undefined && next && next.w.length > 1 && READING.units[next.w]) {
        unit = READING.units[next.w];
        end = next.e;
        i += 1;
      }
    }
    if (amount !== undefined && unit) {
      const p = toPeriod(amount, unit);
      if (p) out.push({ lifetime: p, start: s, end });
      continue;
    }
    const phrase = matchPhrase(words, i);
    if (phrase) {
      out.push({ lifetime: phrase.lifetime, start: s, end: words[phrase.last].e });
      i = phrase.last;
    }
  }
  return out;
}

/** "session", "end of session", "Sitzung", "persistent" starting at word i. */
function matchPhrase(words: { w: string }[], i: number): { lifetime: CookieLifetime; last: number } | undefined {
  for (const [list, lifetime] of [[READING.session, { kind: "session" }], [READING.persistent, { kind: "persistent" }]] as const) {
    for (const p of list) {
      const parts = p.split(" ");
      if (parts.every((x, k) => words[i + k]?.w === x)) return { lifetime: lifetime as CookieLifetime, last: i + parts.length - 1 };
    }
  }
  return undefined;
}

/**
 * The one lifetime a cell or manifest value gives, or undefined when it gives none or several
 * that differ ("30 seconds till 1 year"): such a value is not compared.
 */
export function parseLifetime(text: string): CookieLifetime | undefined {
  let found = findLifetimes(text.normalize("NFKC"));
  // "Persistent (2 Years)": the length says more than the word
  if (found.some((f) => f.lifetime.kind === "duration")) found = found.filter((f) => f.lifetime.kind !== "persistent");
  if (!found.length) return undefined;
  const first = found[0].lifetime;
  return found.every((f) => sameLifetime(f.lifetime, first) && f.lifetime.kind === first.kind) ? first : undefined;
}

/** Whether a manifest value is a valid cookie duration: the whole value is one lifetime. */
export function parseManifestDuration(value: string): CookieLifetime | undefined {
  const v = value.normalize("NFKC").trim();
  const found = findLifetimes(v);
  if (found.length !== 1) return undefined;
  const rest = (v.slice(0, found[0].start) + v.slice(found[0].end)).toLowerCase().replace(/\b(?:up to|for|max(?:imum)?|at most)\b/g, "").trim();
  return rest ? undefined : found[0].lifetime;
}

/**
 * Whether two lifetimes agree: two durations by the period rules; a session cookie is not a
 * cookie that lasts a duration; "persistent" agrees with any duration.
 */
export function sameLifetime(a: CookieLifetime, b: CookieLifetime): boolean {
  if (a.kind === "duration" && b.kind === "duration") return samePeriod(a, b);
  if (a.kind === "session") return b.kind === "session" || b.kind === "until";
  if (b.kind === "session") return a.kind === "until";
  return true;
}

/** How a lifetime is written in a table or the manifest, in the words of a vocabulary. */
export function formatLifetime(l: CookieLifetime, words?: { session: string; unitNames: Record<string, [string, string]> }): string {
  switch (l.kind) {
    case "session": return words?.session ?? "session";
    case "persistent": return "persistent";
    case "until": return `until ${l.event}`;
    case "indefinite": return "indefinite";
    case "duration": {
      const names = words?.unitNames[l.unit] ?? [l.unit, `${l.unit}s`];
      return `${l.amount} ${l.amount === 1 ? names[0] : names[1]}`;
    }
  }
}
