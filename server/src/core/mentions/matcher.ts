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

export class NameMatcher<T> {
  private readonly byFirst = new Map<string, Candidate<T>[]>();
  /** wordHash of every first word, so that reading a text can skip other words without copying them. */
  private readonly firstHashes = new Set<number>();

  /** Adds a name; among names that start at one word, the longest wins. */
  add(name: string, payload: T): void {
    const tokens = nameTokens(name);
    if (!tokens.length) return;
    const list = this.byFirst.get(tokens[0]) ?? [];
    if (list.some((c) => c.tokens.join(" ") === tokens.join(" "))) return;
    list.push({ tokens, payload });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(tokens[0], list);
    this.firstHashes.add(wordHash(tokens[0]));
  }

  /** Every non-overlapping, longest-first match in the token list. */
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
        i += n - 1;
        break;
      }
    }
    return out;
  }

  /**
   * The same matches as match(text, tokenize(text), accept), read straight from the text:
   * no word list is built, and a word becomes a string only when some name starts with a word
   * of the same hash (and for the few words after it that a longer name needs).
   */
  matchText(text: string, accept?: (m: NameMatch<T>) => boolean): NameMatch<T>[] {
    const out: NameMatch<T>[] = [];
    const r = new WordReader(text);
    for (let index = 0; r.next(); index++) {
      const list = r.plain && !this.firstHashes.has(r.hash) ? undefined : this.byFirst.get(r.norm());
      if (!list) continue;
      const start = r.start;
      const after: Token[] = [{ start, end: r.end, norm: "" }];
      const resume = r.pos;
      const word = (k: number): Token | undefined => {
        while (after.length <= k) {
          if (!r.next()) return undefined;
          after.push({ start: r.start, end: r.end, norm: r.norm() });
        }
        return after[k];
      };
      let taken = 0;
      for (const c of list) {
        const n = c.tokens.length;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          const w = word(k);
          ok = !!w && w.norm === c.tokens[k] && GAP.test(text.slice(after[k - 1].end, w.start));
        }
        if (!ok) continue;
        const m = { start, end: after[n - 1].end, payload: c.payload, token: index };
        if (accept && !accept(m)) continue;
        out.push(m);
        taken = n;
        break;
      }
      // carry on after the match, or with the word after this one
      r.pos = taken ? after[taken - 1].end : resume;
      index += Math.max(taken - 1, 0);
    }
    return out;
  }
}
