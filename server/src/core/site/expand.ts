import { computeLineStarts, positionAt } from "../policy/parse";
import { includeOf } from "./includes";
import { findTemplates, type Template } from "./templates";
import { boundNames, buildScope, resolveTemplate, type Resolved } from "./variables";
import { includeKey, type Site } from "./types";
import { msg } from "../messages";

/** A stretch of the page replaced by what the built page shows there. */
export interface Piece {
  /** The template in the source text. */
  start: number;
  end: number;
  /** Its replacement in the expanded text. */
  expStart: number;
  expEnd: number;
  kind: "variable" | "include";
  resolved?: Resolved;
  include?: { path: string; shown: string; inner: Expanded; lineStarts: number[] };
}

/** A problem met while expanding: an include that leaves the workspace, includes itself or is missing. Offsets are into the expanded text. */
export interface ExpandProblem {
  start: number;
  end: number;
  message: string;
  subject: string;
}

/** The page as its readers see it, with the way back to the source. */
export interface Expanded {
  text: string;
  pieces: Piece[];
  problems: ExpandProblem[];
}

const MAX_DEPTH = 8;

/**
 * Replaces each resolved variable by its text and each include by the included file (itself
 * expanded), keeping a map back to the source. A list or object value, an unresolved variable
 * and an include that cannot be followed stay as written; parsing masks them.
 */
export function expandPage(text: string, templates: Template[], site: Site, frontMatter?: Record<string, unknown>): Expanded {
  const scope = buildScope(site, frontMatter);
  return expandText(text, templates, site, scope, frontMatter, [site.page]);
}

function expandText(text: string, templates: Template[], site: Site, scope: Record<string, unknown>, fm: Record<string, unknown> | undefined, stack: string[]): Expanded {
  const pieces: Piece[] = [];
  const problems: ExpandProblem[] = [];
  const parts: string[] = [];
  const bound = boundNames(templates);
  let last = 0;
  let out = 0;
  const replace = (t: Template, value: string, piece: Omit<Piece, "start" | "end" | "expStart" | "expEnd">) => {
    parts.push(text.slice(last, t.start));
    out += t.start - last;
    pieces.push({ start: t.start, end: t.end, expStart: out, expEnd: out + value.length, ...piece });
    parts.push(value);
    out += value.length;
    last = t.end;
  };
  const problem = (t: Template, subject: string, message: string) => {
    const at = out + (t.start - last);
    problems.push({ start: at, end: at + (t.end - t.start), subject, message });
  };
  for (const t of templates) {
    if (t.inCode) continue;
    const inc = includeOf(t, site.generator);
    if (inc) {
      const from = stack[stack.length - 1];
      const got = site.includes[includeKey(from, inc.kind, inc.name)];
      if (!got) continue;
      if ("error" in got) {
        problem(t, inc.name, got.error);
        continue;
      }
      if (stack.includes(got.path)) {
        problem(t, inc.name, msg("site.include-loop", { file: got.shown, name: inc.name }));
        continue;
      }
      if (stack.length > MAX_DEPTH) {
        problem(t, inc.name, msg("site.include-depth", { depth: MAX_DEPTH, file: got.shown }));
        continue;
      }
      const inner = expandText(got.text, findTemplates(got.text), site, scope, fm, [...stack, got.path]);
      const at = out + (t.start - last);
      problems.push(...inner.problems.map((p) => ({ ...p, start: p.start + at, end: p.end + at })));
      replace(t, inner.text, { kind: "include", include: { path: got.path, shown: got.shown, inner, lineStarts: computeLineStarts(got.text) } });
      continue;
    }
    const r = resolveTemplate(t, site, scope, fm, bound);
    if (r?.kind === "text" && r.text !== undefined) replace(t, r.text, { kind: "variable", resolved: r });
  }
  parts.push(text.slice(last));
  return { text: parts.join(""), pieces, problems };
}

/** Where an expanded offset lies in the source: inside a replacement, at its start (or end, for a range's end). */
export function toSource(exp: Expanded, offset: number, side: "start" | "end"): number {
  let delta = 0;
  for (const p of exp.pieces) {
    if (offset < p.expStart) break;
    if (offset < p.expEnd || (side === "end" && offset === p.expEnd && offset > p.expStart)) return side === "start" ? p.start : p.end;
    delta = p.end - p.expEnd;
  }
  return offset + delta;
}

/** The piece whose replacement holds [start, end) entirely, if any. */
export function pieceAt(exp: Expanded, start: number, end: number): Piece | undefined {
  return exp.pieces.find((p) => start >= p.expStart && end <= p.expEnd && end > start - 1 && p.expEnd > p.expStart);
}

/** Where a range inside an include lies in the included file (innermost include), 0-based lines. */
export function originIn(exp: Expanded, start: number, end: number): { path: string; shown: string; line: number; character: number; endLine: number; endCharacter: number } | undefined {
  const p = pieceAt(exp, start, end);
  if (!p?.include) return undefined;
  const s = start - p.expStart;
  const e = end - p.expStart;
  const deeper = originIn(p.include.inner, s, e);
  if (deeper) return deeper;
  const doc = { lineStarts: p.include.lineStarts };
  const a = positionAt(doc, toSource(p.include.inner, s, "start"));
  const b = positionAt(doc, toSource(p.include.inner, e, "end"));
  return { path: p.include.path, shown: p.include.shown, line: a.line, character: a.character, endLine: b.line, endCharacter: b.character };
}

/** What the rules know about the site a page belongs to. */
export interface SiteContext {
  site: Site;
  scope: Record<string, unknown>;
  expanded: Expanded;
}
