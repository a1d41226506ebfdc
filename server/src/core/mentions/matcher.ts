/**
 * One pass over the text's words finds every name of a large list: names are token
 * sequences keyed by their first token, so the cost grows with the text, not with the
 * number of names (no regular expression per name).
 */

import { WordReader, wordHash } from "./words";

export interface Token {
  start: number;
  end: number;
  norm: string;
}

/** The words of text[from, to) (those that start before `to`), NFKC-normalised and lower-cased. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const r = new WordReader(text, from);
  while (r.next() && r.start < to) out.push({ start: r.start, end: r.end, norm: r.norm() });
  return out;
}

/** Splits a name into its normalised words ("Bunny.net" -> ["bunny", "net"]). */
export function nameTokens(name: string): string[] {
  return tokenize(name.normalize("NFKC")).map((t) => t.norm);
}

interface Candidate<T> {
  tokens: string[];
  payload: T;
}

export interface NameMatch<T> {
  start: number;
  end: number;
  payload: T;
  /** Index of the first token in the token list. */
  token: number;
}

/** Separators allowed between the words of one name in running text. */
const GAP = /^(?:[ \t\u00a0.\-–&'’/·]{1,3}|[ \t]*\r?\n[ \t>]*)$/;
const GAP_CHARS = " \t\u00a0.-–&'’/·";
const NO_KEYS: string[] = [];

/** GAP.test(text.slice(a, b)), without the slice. */
function isGap(text: string, a: number, b: number): boolean {
  if (b - a >= 1 && b - a <= 3) {
    let i = a;
    while (i < b && GAP_CHARS.includes(text[i])) i++;
    if (i === b) return true;
  }
  let i = a;
  while (i < b && (text[i] === " " || text[i] === "\t")) i++;
  if (i < b && text[i] === "\r") i++;
  if (i >= b || text[i] !== "\n") return false;
  for (i++; i < b && (text[i] === " " || text[i] === "\t" || text[i] === ">"); i++);
  return i === b;
}

/** Whether the plain (ASCII letters and digits) word text[start, end), lower-cased, is `lower`. */
function sameLower(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false;
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

export class NameMatcher<T> {
  /** Of two overlapping matches of the same length, whether the first payload wins over the second. */
  constructor(private readonly prefer?: (a: T, b: T) => boolean) {}

  private readonly byFirst = new Map<string, Candidate<T>[]>();
  /** The first words by wordHash, so that reading a text can skip other words without copying them. */
  private readonly firstByHash = new Map<number, string[]>();
  /** Every name added, as its tokens joined: the first one added wins. */
  private readonly added = new Set<string>();

  /** Adds a name; among names that start at one word, the longest wins. */
  add(name: string, payload: T): void {
    const tokens = nameTokens(name);
    if (!tokens.length) return;
    const key = tokens.join(" ");
    if (this.added.has(key)) return;
    this.added.add(key);
    const list = this.byFirst.get(tokens[0]) ?? [];
    // longest first, and in the order added among names of one length (5,000 "Vendor …" names
    // share a first word: no sort and no scan of the others per name)
    let at = list.length;
    while (at > 0 && list[at - 1].tokens.length < tokens.length) at--;
    list.splice(at, 0, { tokens, payload });
    if (!this.byFirst.has(tokens[0])) {
      const h = wordHash(tokens[0]);
      this.firstByHash.set(h, [...(this.firstByHash.get(h) ?? []), tokens[0]]);
    }
    this.byFirst.set(tokens[0], list);
  }

  /** Every match in the token list; of overlapping matches the longest (see longestFirst). */
  match(text: string, tokens: Token[], accept?: (m: NameMatch<T>) => boolean): NameMatch<T>[] {
    const out: NameMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const list = this.byFirst.get(tokens[i].norm);
      if (!list) continue;
      for (const c of list) {
        const n = c.tokens.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          ok = tokens[i + k].norm === c.tokens[k] && GAP.test(text.slice(tokens[i + k - 1].end, tokens[i + k].start));
        }
        if (!ok) continue;
        const m = { start: tokens[i].start, end: tokens[i + n - 1].end, payload: c.payload, token: i };
        if (accept && !accept(m)) continue;
        out.push(m);
        break;
      }
    }
    return longestFirst(out, this.prefer);
  }

  /**
   * The same matches as match(text, tokenize(text), accept), read straight from the text: no
   * word list is built and no word is copied. A plain word is looked up by its hash and
   * compared in place; only a word some name starts with leads to reading the words after it.
   */
  matchText(text: string, accept?: (m: NameMatch<T>) => boolean): NameMatch<T>[] {
    return this.pick(this.candidates(text).groups, accept);
  }

  /**
   * What matchText reads from a text before any `accept`: for each word that names can start
   * at, the names written there, in the order they are tried (longest first); and the number of
   * words. A name never spans a blank line, so the candidates of a text are those of its
   * paragraphs, each read alone and placed (the editor reuses a paragraph's reading while it is unchanged).
   */
  candidates(text: string): { groups: NameMatch<T>[][]; words: number } {
    const groups: NameMatch<T>[][] = [];
    const r = new WordReader(text);
    // the words from the current one on, read ahead while a longer name is tried
    const starts: number[] = [];
    const ends: number[] = [];
    const reads: (string | undefined)[] = [];
    let have = 0;
    const fetch = (k: number): boolean => {
      for (; have <= k; have++) {
        if (!r.next()) return false;
        starts[have] = r.start;
        ends[have] = r.end;
        reads[have] = r.plain ? undefined : r.norm();
      }
      return true;
    };
    const same = (k: number, token: string) => (reads[k] !== undefined ? reads[k] === token : sameLower(text, starts[k], ends[k], token));
    let index = 0;
    for (; r.next(); index++) {
      let list: Candidate<T>[] | undefined;
      if (r.plain) {
        for (const key of this.firstByHash.get(r.hash) ?? NO_KEYS) {
          if (sameLower(text, r.start, r.end, key)) list = this.byFirst.get(key);
        }
      } else list = this.byFirst.get(r.norm());
      if (!list) continue;
      starts[0] = r.start;
      ends[0] = r.end;
      have = 1;
      const resume = r.pos;
      let group: NameMatch<T>[] | undefined;
      for (const c of list) {
        const n = c.tokens.length;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = fetch(k) && same(k, c.tokens[k]) && isGap(text, ends[k - 1], starts[k]);
        if (ok) (group ??= []).push({ start: starts[0], end: ends[n - 1], payload: c.payload, token: index });
      }
      if (group) groups.push(group);
      // carry on with the word after this one: a longer name may start inside this match
      r.pos = resume;
    }
    return { groups, words: index };
  }

  /** The matches of candidate groups (in text order): per group the first that `accept` takes, then the longest of overlapping ones. */
  pick(groups: readonly (readonly NameMatch<T>[])[], accept?: (m: NameMatch<T>) => boolean): NameMatch<T>[] {
    const out: NameMatch<T>[] = [];
    for (const group of groups) {
      for (const m of group) {
        if (accept && !accept(m)) continue;
        out.push(m);
        break;
      }
    }
    return longestFirst(out, this.prefer);
  }
}

/**
 * Overlapping matches resolved: the longer one wins ("Azure Application Insights" over the
 * "Azure" inside it, "Google Cloud Storage" over "Cloud Storage"); of two as long, the one
 * `prefer` picks. Matches come sorted by start, and so do the results.
 */
function longestFirst<T>(matches: NameMatch<T>[], prefer?: (a: T, b: T) => boolean): NameMatch<T>[] {
  if (matches.length < 2) return matches;
  const out: NameMatch<T>[] = [];
  for (const m of matches) {
    let last = out[out.length - 1];
    if (!last || m.start >= last.end) {
      out.push(m);
      continue;
    }
    const len = m.end - m.start;
    const lastLen = last.end - last.start;
    if (len < lastLen || (len === lastLen && !prefer?.(m.payload, last.payload))) continue;
    // m replaces every kept match it overlaps
    while (last && last.end > m.start) {
      out.pop();
      last = out[out.length - 1];
    }
    out.push(m);
  }
  return out;
}
