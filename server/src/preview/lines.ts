import { positionAt } from "../core/policy/parse";

/** Line arithmetic on plain text, for the preview's source lines (kept apart from the analysis). */

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line of an offset, by binary search over line starts. */
export function lineFinder(starts: number[]): (offset: number) => number {
  const doc = { lineStarts: starts };
  return (offset) => positionAt(doc, offset).line;
}
