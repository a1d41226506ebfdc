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
  if (text.indexOf("<!--") < 0) return text;
  const ranges = commentRanges(text);
  if (!ranges.length) return text;
  const parts: string[] = [];
  let last = 0;
  for (const [i, end, closed] of ranges) {
    out.push({ start: i, end, body: text.slice(i + 4, closed ? end - 3 : end).trim() });
    parts.push(text.slice(last, i), text.slice(i, end).replace(/[^\r\n]/g, " "));
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join("");
}

const FENCE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * The HTML comments of a Markdown text, as a reader sees them: `<!--` shown inside a code
 * span or a fenced code block is code, not the start of a comment (CommonMark reads code
 * before inline HTML), while a fence or a backtick inside a comment is part of the comment.
 * One pass over the lines; each range is [start, end, closed].
 */
export function commentRanges(text: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  let fence: { char: string; len: number } | undefined;
  /** A code span left open at the end of a line: its backtick count (it may close on a later line of the paragraph). */
  let span = 0;
  let pos = 0;
  const nextTick = finder(text, "`");
  const nextOpen = finder(text, "<!--");
  while (pos < text.length) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol);
    const f = FENCE.exec(line);
    const info = f ? line.slice(f[0].length) : "";
    if (fence) {
      if (f && f[1][0] === fence.char && f[1].length >= fence.len && !info.trim()) fence = undefined;
      pos = eol + 1;
      continue;
    }
    if (!line.trim()) span = 0;
    if (f && !span && !(f[1][0] === "`" && info.includes("`"))) {
      fence = { char: f[1][0], len: f[1].length };
      pos = eol + 1;
      continue;
    }
    // code spans and comments on this line, in the order they open
    let i = pos;
    while (i < eol) {
      const tick = nextTick(i);
      const open = span ? -1 : nextOpen(i);
      const t = tick >= 0 && tick < eol ? tick : -1;
      const o = open >= 0 && open < eol ? open : -1;
      if (t < 0 && o < 0) break;
      if (o >= 0 && (t < 0 || o < t)) {
        const close = text.indexOf("-->", o + 4);
        const end = close < 0 ? text.length : close + 3;
        out.push([o, end, close >= 0]);
        if (end >= text.length) return out;
        // carry on after the comment, on the line where it ends
        i = end;
        eol = text.indexOf("\n", i);
        if (eol < 0) eol = text.length;
        continue;
      }
      let n = 1;
      while (text[t + n] === "`") n++;
      if (span === n) span = 0;
      else if (!span) span = n;
      i = t + n;
    }
    pos = eol + 1;
  }
  return out;
}

/**
 * `text.indexOf(needle, from)`, remembering the last answer: a text with few backticks is
 * searched once, not once per line or block (which made a 1 MB policy cost tens of ms).
 */
function finder(text: string, needle: string): (from: number) => number {
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from < searchedFrom || (found >= 0 && found < from)) {
      searchedFrom = from;
      found = text.indexOf(needle, from);
    }
    return found;
  };
}

/**
 * Blanks inline code spans inside the given blocks: a run of N backticks up to the next
 * run of exactly N backticks in the same block (CommonMark's rule).
 */
export function blankCodeSpans(text: string, blocks: { start: number; end: number }[]): string {
  if (text.indexOf("`") < 0) return text;
  const spans: [number, number][] = [];
  const nextTick = finder(text, "`");
  for (const b of blocks) {
    let i = nextTick(b.start);
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

/**
 * `text` with Markdown's underscore emphasis blanked (`_Updated: June 14, 2023_` reads as
 * ` Updated: June 14, 2023 `): an underscore is a word character to a regular expression, so
 * `\b` never sees the word it wraps. Underscores inside a word (`first_last`) stay.
 */
export function blankUnderscoreEmphasis(text: string): string {
  if (text.indexOf("_") < 0) return text;
  return text.replace(/(?<![\p{L}\p{N}_])_+|_+(?![\p{L}\p{N}_])/gu, (m) => " ".repeat(m.length));
}
