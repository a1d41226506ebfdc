import type { Edit, Finding, Fix, FileRole } from "../types";

/** Applies non-overlapping edits to a text; returns undefined when two edits overlap. */
export function applyEdits(text: string, edits: Edit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) return undefined;
  let out = "";
  let last = 0;
  for (const e of sorted) {
    if (e.start < last || e.end > text.length) return undefined;
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return out + text.slice(last);
}

export interface FixPlan {
  /** Fixes chosen, one per finding, that do not conflict. */
  applied: { finding: Finding; fix: Fix }[];
  /** Fixes left out because they overlap another. */
  conflicts: { finding: Finding; fix: Fix }[];
  /** The new texts, by file role (only roles that changed). */
  results: Partial<Record<FileRole, string>>;
}

/**
 * Chooses every preferred fix, leaves out any that overlaps an earlier one, and applies
 * the rest. Insertions at the same offset are kept in finding order.
 */
export function planFixes(findings: Finding[], texts: Partial<Record<FileRole, string>>, all = false): FixPlan {
  const applied: FixPlan["applied"] = [];
  const conflicts: FixPlan["conflicts"] = [];
  const taken: Edit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => all || f.preferred);
    if (!fix) continue;
    if (fix.edits.some((e) => texts[e.file] === undefined)) continue;
    const clash = fix.edits.some((e) => taken.some((t) => t.file === e.file && overlaps(t, e)));
    if (clash) {
      conflicts.push({ finding, fix });
      continue;
    }
    taken.push(...fix.edits);
    applied.push({ finding, fix });
  }
  const results: FixPlan["results"] = {};
  for (const role of ["policy", "manifest"] as FileRole[]) {
    const edits = taken.filter((e) => e.file === role);
    if (!edits.length || texts[role] === undefined) continue;
    const out = applyEdits(texts[role]!, stableOrder(edits, taken));
    if (out !== undefined) results[role] = out;
  }
  return { applied, conflicts, results };
}

function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end || b.start === b.end) return a.start > b.start && a.start < b.end || b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

function stableOrder(edits: Edit[], order: Edit[]): Edit[] {
  return [...edits].sort((a, b) => a.start - b.start || order.indexOf(a) - order.indexOf(b));
}
