import type { PreviewBlock, PreviewModel } from "./types";
import { firstReached } from "../core/text/sortedSearch";

/**
 * Findings and mentions are placed on the rendered policy by source offsets. Each mark is cut
 * into segments that lie inside one text container (a paragraph, heading, list item or table
 * cell), with boundaries nudged off Markdown syntax, and every boundary is written into the
 * source as one private-use character before parsing. The Markdown parser then carries the
 * boundaries into its text tokens, and the renderer turns them back into marks.
 */

/** What is marked: a finding ("f") or a processor mention ("m"), by id in the model. */
export interface MarkOwner {
  kind: "f" | "m";
  id: number;
  start: number;
  end: number;
}

export interface MarkPlan {
  owners: MarkOwner[];
  /** Sorted, distinct source offsets where some mark starts or ends. */
  boundaries: number[];
  /** Owner indices active just after each boundary. */
  active: number[][];
  /** The start of every placed segment, with its owner: what the gutter shows per line. */
  segments: { owner: number; start: number }[];
}

/** Boundary k is written as U+E000 + k; the policy's own private-use characters become U+FFFD. */
export const SENTINEL_BASE = 0xe000;
export const MAX_BOUNDARIES = 0xf8ff - 0xe000 + 1;
export const SENTINEL_RE = /[\ue000-\uf8ff]/g;

/** Plans the marks of the model's policy findings and mentions. */
export function planMarks(model: PreviewModel): MarkPlan {
  const owners: MarkOwner[] = [
    ...model.findings.filter((f) => f.file === "policy").map((f): MarkOwner => ({ kind: "f", id: f.id, start: f.start, end: f.end })),
    ...model.mentions.map((m): MarkOwner => ({ kind: "m", id: m.id, start: m.start, end: m.end })),
  ];
  const unsafe = unsafeRanges(model);
  let segs: { owner: number; start: number; end: number }[] = [];
  owners.forEach((o, i) => {
    for (const [s, e] of segmentsOf(model, o.start, o.end, unsafe)) segs.push({ owner: i, start: s, end: e });
  });
  const count = (list: typeof segs) => new Set(list.flatMap((s) => [s.start, s.end])).size;
  // far more names than any policy has: keep the findings, drop the mention marks
  if (count(segs) > MAX_BOUNDARIES) segs = segs.filter((s) => owners[s.owner].kind === "f");
  if (count(segs) > MAX_BOUNDARIES) segs = [];
  const boundaries = [...new Set(segs.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const index = new Map(boundaries.map((b, k) => [b, k]));
  const opens: number[][] = boundaries.map(() => []);
  const closes: number[][] = boundaries.map(() => []);
  for (const s of segs) {
    opens[index.get(s.start)!].push(s.owner);
    closes[index.get(s.end)!].push(s.owner);
  }
  const live = new Map<number, number>();
  const active = boundaries.map((_, k) => {
    for (const o of closes[k]) {
      const n = (live.get(o) ?? 1) - 1;
      if (n > 0) live.set(o, n);
      else live.delete(o);
    }
    for (const o of opens[k]) live.set(o, (live.get(o) ?? 0) + 1);
    return [...live.keys()].sort((a, b) => a - b);
  });
  return { owners, boundaries, active, segments: segs.map((s) => ({ owner: s.owner, start: s.start })) };
}

/** The policy as a reader sees it (front matter and comments blanked), with boundary characters. */
export function markedSource(model: PreviewModel, plan?: MarkPlan): string {
  let text = /[\ue000-\uf8ff]/.test(model.text) ? model.text.replace(SENTINEL_RE, "\ufffd") : model.text;
  if (model.hidden.length) {
    const parts: string[] = [];
    let last = 0;
    for (const [s, e] of [...model.hidden].sort((a, b) => a[0] - b[0])) {
      if (s < last) continue;
      parts.push(text.slice(last, s), text.slice(s, e).replace(/[^\r\n]/g, " "));
      last = e;
    }
    parts.push(text.slice(last));
    text = parts.join("");
  }
  if (!plan?.boundaries.length) return text;
  const parts: string[] = [];
  let last = 0;
  plan.boundaries.forEach((b, k) => {
    parts.push(text.slice(last, b), String.fromCharCode(SENTINEL_BASE + k));
    last = b;
  });
  parts.push(text.slice(last));
  return parts.join("");
}

type Range = [number, number];

/** Syntax a boundary must not split: link destinations and references, raw tags, entities, escapes, backtick runs, "![". */
function unsafeRanges(model: PreviewModel): Range[] {
  const out: Range[] = [...model.links];
  const re = /<\/?[A-Za-z!][^<>\n]*>|&#?[A-Za-z0-9]{1,32};|\\[!-/:-@[-`{-~]|!\[|`{2,}|\][ \t]?\[[^\]\n]{0,200}\]/g;
  for (const b of model.blocks) {
    const slice = model.text.slice(b.start, b.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) out.push([b.start + m.index, b.start + m.index + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The parts of [start, end) that lie in text containers, each nudged off syntax; empty parts dropped. */
function segmentsOf(model: PreviewModel, start: number, end: number, unsafe: Range[]): Range[] {
  const out: Range[] = [];
  const blocks = model.blocks;
  const lo = firstReached(blocks.length, (i) => blocks[i].end > start);
  for (let i = lo; i < blocks.length && blocks[i].start < Math.max(end, start + 1); i++) {
    for (const [cs, ce] of containers(model.text, blocks[i])) {
      let s = Math.max(start, cs);
      let e = Math.min(end, ce);
      if (s >= e) continue;
      for (let pass = 0; pass < 3; pass++) {
        s = nudge(model.text, s, true, ce, unsafe);
        e = nudge(model.text, e, false, cs, unsafe);
      }
      if (s < e) out.push([s, e]);
    }
  }
  return out;
}

/** A block's text containers: its cells for a table row, else its content without trailing syntax. */
function containers(text: string, b: PreviewBlock): Range[] {
  if (b.kind === "row") return b.cells ?? [];
  let end = b.end;
  if (b.kind === "heading") {
    const body = text.slice(b.start, end);
    const nl = body.lastIndexOf("\n");
    if (nl >= 0 && /^[ \t]*(?:=+|-+)[ \t]*\r?$/.test(body.slice(nl + 1))) end = b.start + nl;
    else {
      const closing = /(?<![ \t])[ \t]+#+[ \t]*\r?$/.exec(text.slice(b.start, end));
      if (closing) end = b.start + closing.index;
    }
  }
  while (end > b.start && /\s/.test(text[end - 1])) end--;
  return end > b.start ? [[b.start, end]] : [];
}

/** Moves a boundary off whitespace, line prefixes ("> ", indentation), emphasis runs and unsafe ranges. */
function nudge(text: string, p: number, isStart: boolean, limit: number, unsafe: Range[]): number {
  const prefixBefore = (q: number) => /^[ \t>]*$/.test(text.slice(text.lastIndexOf("\n", q - 1) + 1, q));
  if (isStart) {
    while (p < limit && /[\s*_~]/.test(text[p])) p++;
    // on a continuation line, skip its blockquote markers and indentation
    if (prefixBefore(p)) while (p < limit && /[ \t>]/.test(text[p])) p++;
  } else {
    while (p > limit && /[\s*_~]/.test(text[p - 1])) p--;
    if (p > limit && prefixBefore(p)) {
      p = text.lastIndexOf("\n", p - 1);
      while (p > limit && /[\s*_~]/.test(text[p - 1])) p--;
    }
  }
  // ranges are sorted by start and short: look back from the last one starting before p
  const lo = firstReached(unsafe.length, (i) => unsafe[i][0] >= p);
  for (let j = lo - 1; j >= 0 && p - unsafe[j][0] < 8192; j--) {
    const [s, e] = unsafe[j];
    if (s < p && p < e) return isStart ? e : s;
  }
  return p;
}
