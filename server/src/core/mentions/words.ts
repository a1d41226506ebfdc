/**
 * The words of a text as name matching sees them: the runs of /[\p{L}\p{N}]+/u,
 * NFKC-normalised and lower-cased. A reader steps through them without building a list. A
 * plain ASCII word (nearly every word) is read with a character loop and hashed on the way,
 * and becomes a string only when asked for: a name matcher asks for the few words whose hash
 * some name starts with. A word that touches any other character is read by the regular
 * expression itself, so the words are always exactly the expression's.
 */

const WORD = /[\p{L}\p{N}]+/gu;
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** 1 for an ASCII letter or digit (what \p{L}\p{N} means below 128), 2 for an upper-case letter. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 58; c++) ASCII_WORD[c] = 1;
for (let c = 97; c < 123; c++) ASCII_WORD[c] = 1;
for (let c = 65; c < 91; c++) ASCII_WORD[c] = 2;

/** The hash a reader gives a plain word, computed from its lower-case form. */
export function wordHash(lower: string): number {
  let h = 0;
  for (let i = 0; i < lower.length; i++) h = (Math.imul(h, 31) + lower.charCodeAt(i)) | 0;
  return h;
}

export class WordReader {
  start = 0;
  end = 0;
  /** For a plain word: wordHash of its lower-case form. */
  hash = 0;
  /** Where the next word is looked for. */
  pos: number;
  private upper = false;
  /** The normalised form of a word read by the regular expression; undefined for a plain word. */
  private read: string | undefined;

  constructor(private readonly text: string, from = 0) {
    this.pos = from;
  }

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c < 128) {
        if (!ASCII_WORD[c]) {
          i++;
          continue;
        }
        let upper = ASCII_WORD[c] === 2;
        let h = upper ? c + 32 : c;
        let j = i + 1;
        while (j < n && (c = text.charCodeAt(j)) < 128 && ASCII_WORD[c]) {
          if (ASCII_WORD[c] === 2) {
            upper = true;
            c += 32;
          }
          h = (Math.imul(h, 31) + c) | 0;
          j++;
        }
        if (j >= n || c < 128) {
          this.start = i;
          this.end = this.pos = j;
          this.hash = h;
          this.upper = upper;
          this.read = undefined;
          return true;
        }
      }
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      if (!m) break;
      const raw = m[0];
      this.start = m.index;
      this.end = this.pos = m.index + raw.length;
      this.read = ASCII_ONLY.test(raw) ? raw.toLowerCase() : raw.normalize("NFKC").toLowerCase();
      return true;
    }
    this.pos = n;
    return false;
  }

  /** Whether the current word was read as plain ASCII (so that `hash` identifies it). */
  get plain(): boolean {
    return this.read === undefined;
  }

  /** The current word, normalised and lower-cased. */
  norm(): string {
    if (this.read !== undefined) return this.read;
    const raw = this.text.slice(this.start, this.end);
    return this.upper ? raw.toLowerCase() : raw;
  }
}
