import { retentionClaims, type RetentionSubject as Subject } from "../claims/retention";
import type { Processor } from "../manifest/parse";
import { comparable, displayPeriod, packOfPeriod, periodLike, samePeriod, type Period } from "../periods";
import type { Fix, RawFinding } from "../types";
import { policyFinding, type Rule, type RuleContext } from "./rule";
import { msg } from "../messages";

/** A period the policy states for a data category or processor that differs from the manifest's. */
export const retentionMismatch: Rule = {
  id: "retention-mismatch",
  defaultSeverity: "error",
  description: "The policy states a retention period that differs from the manifest.",
  needsManifest: true,
  languageDependent: true,
  run(ctx) {
    const m = ctx.manifest;
    if (!m) return [];
    const out: RawFinding[] = [];
    for (const claim of retentionClaims(ctx)) {
      const { subject, period, start, end } = claim;
      const want = subject.kind === "data" ? subject.entry.period : subject.p.retention;
      if (!want || !comparable(want, period) || samePeriod(want, period)) continue;
      const name = subject.kind === "data" ? subject.entry.data : subject.p.name;
      const written = ctx.doc.text.slice(start, end);
      out.push({
        ...policyFinding("retention-mismatch", name, msg("retention-mismatch", { written, name, want: displayPeriod(want) }), start, end),
        fixes: retentionFixes(ctx, subject, want, period, start, end),
      });
    }
    return out;
  },
};

/**
 * Two fixes: the policy takes the manifest's period, written in the policy's language and in
 * the grammatical form of the words it replaces; or the manifest takes the policy's, written in
 * the language the manifest's value was written in ("10 Jahre" stays German).
 */
function retentionFixes(ctx: RuleContext, subject: Subject, want: Period, got: Period, start: number, end: number): Fix[] {
  const written = ctx.doc.text.slice(start, end);
  const fixes: Fix[] = [{ title: msg("fix.policy-period", { period: displayPeriod(want) }), edits: [{ file: "policy", start, end, newText: periodLike(want, written, ctx.pack) }] }];
  const manifest = ctx.manifest!;
  const range = subject.kind === "data" ? subject.entry.periodRange : subject.kind === "processor" ? processorRetentionRange(manifest.text, subject.p) : undefined;
  if (range) {
    const newText = packOfPeriod(manifest.text.slice(range[0], range[1]).replace(/^["']|["']$/g, "")).periods.format(got);
    fixes.push({ title: msg("fix.manifest-period", { period: displayPeriod(got) }), edits: [{ file: "manifest", start: range[0], end: range[1], newText }] });
  }
  return fixes;
}

function processorRetentionRange(text: string, p: Processor): [number, number] | undefined {
  const body = text.slice(p.range[0], p.range[1]);
  const m = /(\bretention:[ \t]*)(["']?)([^\n#"']*?)\2[ \t]*(?:#.*)?$/m.exec(body);
  if (!m) return undefined;
  const s = p.range[0] + m.index + m[1].length;
  return [s, s + m[2].length * 2 + m[3].length];
}
