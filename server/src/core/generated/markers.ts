import type { PolicyDoc } from "../policy/parse";
import { GENERATED_KINDS, isGeneratedKind, parseOptions, type BlockOptions, type GeneratedKind } from "./options";
import { msg } from "../messages";

/** A well-formed generated block: its markers and the content between them, as offsets. */
export interface GeneratedBlock {
  kind: GeneratedKind;
  options: BlockOptions;
  /** The opening marker comment. */
  openStart: number;
  openEnd: number;
  /** The content: from the line after the opening marker to the start of the closing marker's line. */
  contentStart: number;
  contentEnd: number;
  closeStart: number;
  closeEnd: number;
}

/** A marker Policywright cannot act on: unclosed, nested, stray, unknown or with bad options. */
export interface MarkerProblem {
  kind: string;
  message: string;
  start: number;
  end: number;
}

interface Marker {
  close: boolean;
  kind: string;
  rest: string;
  start: number;
  end: number;
}

const MARKER = /^(\/)?\s*policywright:([\w-]*)(.*)$/s;

/**
 * Reads the generated-block markers of a policy. A marker is an HTML comment alone on its line,
 * outside fenced code (so docs that show a marker in backticks or a code block are left alone).
 * Never throws; blocks it cannot trust (nested, unclosed, bad options) are problems, not blocks,
 * so nothing is ever regenerated over content Policywright does not understand.
 */
export function findGeneratedBlocks(doc: Pick<PolicyDoc, "text" | "comments">): { blocks: GeneratedBlock[]; problems: MarkerProblem[] } {
  const { text } = doc;
  const fences = fencedRanges(text);
  const markers: Marker[] = [];
  for (const c of doc.comments) {
    const m = MARKER.exec(c.body);
    if (!m || !aloneOnLine(text, c.start, c.end) || fences.some(([s, e]) => c.start >= s && c.start < e)) continue;
    markers.push({ close: !!m[1], kind: m[2].toLowerCase(), rest: m[3].trim(), start: c.start, end: c.end });
  }
  const blocks: GeneratedBlock[] = [];
  const problems: MarkerProblem[] = [];
  const stack: (Marker & { broken: boolean })[] = [];
  const known = GENERATED_KINDS.join(", ");
  for (const mk of markers) {
    if (!isGeneratedKind(mk.kind)) {
      const message = mk.kind ? msg("generated.unknown-kind", { kind: mk.kind, kinds: known }) : msg("generated.no-kind", { kinds: known });
      problems.push({ kind: mk.kind || "marker", message, start: mk.start, end: mk.end });
      continue;
    }
    if (!mk.close) {
      if (stack.length) {
        const outer = stack[stack.length - 1];
        outer.broken = true;
        problems.push({ kind: mk.kind, message: msg("generated.nested", { kind: mk.kind, outer: outer.kind }), start: mk.start, end: mk.end });
        stack.push({ ...mk, broken: true });
      } else stack.push({ ...mk, broken: false });
      continue;
    }
    const at = stack.map((s) => s.kind).lastIndexOf(mk.kind);
    if (at < 0) {
      problems.push({ kind: mk.kind, message: msg("generated.no-opening", { kind: mk.kind }), start: mk.start, end: mk.end });
      continue;
    }
    const open = stack[at];
    for (const inner of stack.splice(at)) {
      if (inner !== open) problems.push({ kind: inner.kind, message: msg("generated.unclosed", { kind: inner.kind }), start: inner.start, end: inner.end });
    }
    if (stack.length) stack[stack.length - 1].broken = true;
    if (open.broken) continue;
    const parsed = parseOptions(mk.kind, open.rest);
    if (parsed.problems.length) {
      problems.push({ kind: mk.kind, message: msg(parsed.problems.length > 1 ? "generated.marker-problems" : "generated.marker-problem", { kind: mk.kind, problems: parsed.problems.join("; ") }), start: open.start, end: open.end });
      continue;
    }
    blocks.push({
      kind: mk.kind, options: parsed.options, openStart: open.start, openEnd: open.end,
      contentStart: lineAfter(text, open.end), contentEnd: lineStart(text, mk.start), closeStart: mk.start, closeEnd: mk.end,
    });
  }
  for (const open of stack) {
    problems.push({ kind: open.kind, message: msg("generated.unclosed", { kind: open.kind }), start: open.start, end: open.end });
  }
  return { blocks, problems: problems.sort((a, b) => a.start - b.start) };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function lineAfter(text: string, offset: number): number {
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl + 1;
}

function aloneOnLine(text: string, start: number, end: number): boolean {
  const before = text.slice(lineStart(text, start), start);
  const nl = text.indexOf("\n", end);
  const after = text.slice(end, nl < 0 ? text.length : nl);
  return /^[ \t]*$/.test(before) && /^[ \t\r]*$/.test(after);
}

/** Offsets covered by fenced code blocks (``` or ~~~), an unclosed fence running to the end. */
function fencedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*$/gm;
  let open: { start: number; fence: string } | undefined;
  for (const m of text.matchAll(re)) {
    const fence = m[1];
    if (!open) {
      if (fence[0] === "`" && m[0].slice(m[0].indexOf(fence) + fence.length).includes("`")) continue;
      open = { start: m.index, fence };
    } else if (fence[0] === open.fence[0] && fence.length >= open.fence.length && /^[ \t]{0,3}[`~]+[ \t\r]*$/.test(m[0])) {
      out.push([open.start, m.index + m[0].length]);
      open = undefined;
    }
  }
  if (open) out.push([open.start, text.length]);
  return out;
}
