/**
 * One pass over the text's words finds every name of a large list: names are token
 * sequences keyed by their first token, so the cost grows with the text, not with the
 * number of names (no regular expression per name).
 */

export interface Token {
  start: number;
  end: number;
  norm: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** 1 for an ASCII letter or digit (what \p{L}\p{N} means below 128), 2 for an upper-case letter. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 58; c++) ASCII_WORD[c] = 1;
for (let c = 97; c < 123; c++) ASCII_WORD[c] = 1;
for (let c = 65; c < 91; c++) ASCII_WORD[c] = 2;

/**
 * The words of text[from, to), NFKC-normalised and lower-cased for matching: the runs of
 * /[\p{L}\p{N}]+/u that start before `to`. Plain ASCII words (nearly all of them) are read
 * with a character loop; a word that touches any other character is read by the regular
 * expression itself, so the result is exactly the expression's.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (!ASCII_WORD[c]) { i++; continue; }
      if (i >= to) break;
      let upper = ASCII_WORD[c] === 2;
      let j = i + 1;
      while (j < n && (c = text.charCodeAt(j)) < 128 && ASCII_WORD[c]) {
        if (ASCII_WORD[c] === 2) upper = true;
        j++;
      }
      if (j >= n || c < 128) {
        const raw = text.slice(i, j);
        out.push({ start: i, end: j, norm: upper ? raw.toLowerCase() : raw });
        i = j;
        continue;
      }
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m || m.index >= to) break;
    const raw = m[0];
    out.push({ start: m.index, end: m.index + raw.length, norm: ASCII_ONLY.test(raw) ? raw.toLowerCase() : raw.normalize("NFKC").toLowerCase() });
    i = m.index + raw.length;
  }
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

  /** Adds a name; among names that start at one word, the longest wins. */
  add(name: string, payload: T): void {
    const tokens = nameTokens(name);
    if (!tokens.length) return;
    const list = this.byFirst.get(tokens[0]) ?? [];
    if (list.some((c) => c.tokens.join(" ") === tokens.join(" "))) return;
    list.push({ tokens, payload });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(tokens[0], list);
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
}
