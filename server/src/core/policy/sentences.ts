/** Splits prose into sentences without breaking on abbreviations ("Inc.", "e.g.", "Art. 6"). */

const ABBREVIATIONS = new Set([
  "inc", "ltd", "llc", "co", "corp", "e.g", "i.e", "etc", "art", "arts", "no", "nos", "vs", "cf", "mr", "mrs", "ms", "dr",
  "st", "u.s", "u.k", "d.o.o", "b.v", "n.v", "s.a", "s.r.l", "s.p.a", "ca", "approx", "incl", "org", "reg", "para", "sec",
  "ch", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "p", "pp", "gmbh", "plc",
]);

/** Sentence ranges in text[start, end). */
export function splitSentences(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  for (let i = s; i < end; i++) {
    const ch = text[i];
    const paraBreak = ch === "\n" && /^\n[ \t]*\n/.test(text.slice(i, i + 3));
    if (!paraBreak && ch !== "." && ch !== "!" && ch !== "?") continue;
    if (!paraBreak) {
      const next = text[i + 1];
      if (next !== undefined && i + 1 < end && !/\s/.test(next) && !/["'”’)*_]/.test(next)) continue;
      if (ch === ".") {
        const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(s, i - 12), i))?.[1]?.toLowerCase() ?? "";
        if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
        // a lower-case continuation means the period did not end the sentence ("approx. five")
        const after = /^[\s"'”’)*_]*(\S)/.exec(text.slice(i + 1, Math.min(end, i + 8)));
        if (after && /\p{Ll}/u.test(after[1]) && word.length <= 3) continue;
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
