/**
 * Masking keeps offsets stable: what must not count (code, HTML comments, front matter)
 * is replaced by spaces of the same length, with line breaks kept, so every later
 * search runs on one string whose offsets are the document's.
 */

/** `text` with [start, end) blanked (line breaks kept). */
export function blankRange(text: string, start: number, end: number): string {
  if (end <= start) return text;
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, " ") + text.slice(end);
}

/** `text` with every range blanked (or filled with `fill`), in one copy (the same as blankRange applied to each in turn). */
export function blankRanges(text: string, ranges: [number, number][], fill = " "): string {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  if (!sorted.length) return text;
  const parts: string[] = [];
  let last = 0;
  for (const [s, e] of sorted) {
    const from = Math.max(s, last);
    if (e <= from) continue;
    parts.push(text.slice(last, from), text.slice(from, e).replace(/[^\r\n]/g, fill));
    last = e;
  }
  parts.push(text.slice(last));
  return parts.join("");
}

/** Blanks every HTML comment and records it (suppressions live in comments). */
export function blankComments(text: string, out: { start: number; end: number; body: string }[]): string {
  let i = text.indexOf("<!--");
  if (i < 0) return text;
  const parts: string[] = [];
  let last = 0;
  while (i >= 0) {
    const close = text.indexOf("-->", i + 4);
    const end = close < 0 ? text.length : close + 3;
    out.push({ start: i, end, body: text.slice(i + 4, close < 0 ? text.length : close).trim() });
    parts.push(text.slice(last, i), text.slice(i, end).replace(/[^\r\n]/g, " "));
    last = end;
    i = text.indexOf("<!--", end);
  }
  parts.push(text.slice(last));
  return parts.join("");
}

/**
 * Blanks inline code spans inside the given blocks: a run of N backticks up to the next
 * run of exactly N backticks in the same block (CommonMark's rule).
 */
export function blankCodeSpans(text: string, blocks: { start: number; end: number }[]): string {
  if (text.indexOf("`") < 0) return text;
  const spans: [number, number][] = [];
  for (const b of blocks) {
    let i = text.indexOf("`", b.start);
    while (i >= 0 && i < b.end) {
      let n = 1;
      while (text[i + n] === "`") n++;
      let j = text.indexOf("`", i + n);
      let closed = -1;
      while (j >= 0 && j < b.end) {
        let k = 1;
        while (text[j + k] === "`") k++;
        if (k === n) { closed = j; break; }
        j = text.indexOf("`", j + k);
      }
      if (closed < 0) { i = text.indexOf("`", i + n); continue; }
      spans.push([i, closed + n]);
      i = text.indexOf("`", closed + n);
    }
  }
  if (!spans.length) return text;
  const parts: string[] = [];
  let last = 0;
  for (const [s, e] of spans.sort((a, b) => a[0] - b[0])) {
    if (s < last) continue;
    parts.push(text.slice(last, s), text.slice(s, e).replace(/[^\r\n]/g, " "));
    last = e;
  }
  parts.push(text.slice(last));
  return parts.join("");
}
