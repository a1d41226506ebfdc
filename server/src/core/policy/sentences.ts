/** Splits prose into sentences without breaking on abbreviations ("Inc.", "e.g.", "Art. 6"; the pack lists them). */
import { DEFAULT_PACK } from "../packs/index";

/**
 * The letters and dots just before `at` (not before `from`), lower-cased: what
 * /([\p{L}.]+)$/u finds in text.slice(from, at). Plain ASCII is read in place.
 */
function wordBefore(text: string, from: number, at: number): string {
  let j = at;
  for (; j > from; j--) {
    const c = text.charCodeAt(j - 1);
    if (c >= 128) return /([\p{L}.]+)$/u.exec(text.slice(from, at))?.[1]?.toLowerCase() ?? "";
    if (!((c | 32) >= 97 && (c | 32) <= 122) && c !== 46) break;
  }
  // a single code point is a letter exactly when it is not the dot
  return j < at ? text.slice(j, at).toLowerCase() : "";
}

/** Sentence ranges in text[start, end). */
export function splitSentences(text: string, start: number, end: number, abbreviations: ReadonlySet<string> = DEFAULT_PACK.sentences.abbreviations): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  for (let i = s; i < end; i++) {
    const ch = text[i];
    // /^\n[ \t]*\n/ on the next three characters, read in place
    const paraBreak = ch === "\n" && (text[i + 1] === "\n" || ((text[i + 1] === " " || text[i + 1] === "\t") && text[i + 2] === "\n"));
    if (!paraBreak && ch !== "." && ch !== "!" && ch !== "?") continue;
    if (!paraBreak) {
      const next = text[i + 1];
      if (next !== undefined && i + 1 < end && !/\s/.test(next) && !/["'”’)*_]/.test(next)) continue;
      if (ch === ".") {
        const word = wordBefore(text, Math.max(s, i - 12), i);
        if (abbreviations.has(word) || (word.length === 1 ? word !== "." : /^\p{L}$/u.test(word))) continue;
        // a lower-case continuation means the period did not end the sentence ("approx. five")
        if (word.length <= 3) {
          const after = /^[\s"'”’)*_]*(\S)/.exec(text.slice(i + 1, Math.min(end, i + 8)));
          if (after && /\p{Ll}/u.test(after[1])) continue;
        }
      }
    }
    let e = i + 1;
    while (e < end && /["'”’)*_]/.test(text[e])) e++;
    if (e > s) out.push([s, e]);
    s = e;
    while (s < end && /\s/.test(text[s])) s++;
    i = s - 1;
  }
  if (s < end) {
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  }
  return out;
}
