import type { Processor, RetentionEntry } from "../manifest/parse";
import { NameMatcher, tokenize } from "../mentions/matcher";
import { comparable, findDurations, formatPeriod, samePeriod, type Period } from "../periods";
import type { Fix, RawFinding } from "../types";
import { policyFinding, type Rule, type RuleContext } from "./context";


type Subject = { kind: "data"; entry: RetentionEntry } | { kind: "processor"; p: Processor };

/** A period the policy states for a data category or processor that differs from the manifest's. */
export const retentionMismatch: Rule = {
  id: "retention-mismatch",
  defaultSeverity: "error",
  description: "The policy states a retention period that differs from the manifest.",
  needsManifest: true,
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
        ...policyFinding("retention-mismatch", name, `The policy gives ${written} for ${name}, but the manifest says ${formatPeriod(want)}.`, start, end),
        fixes: retentionFixes(ctx, subject, want, period, start, end),
      });
    }
    return out;
  },
};

export interface RetentionClaim {
  subject: Subject;
  period: Period;
  start: number;
  end: number;
}

/** Every period the policy ties to a manifest data category or processor. */
export function retentionClaims(ctx: RuleContext): RetentionClaim[] {
  const m = ctx.manifest;
  if (!m) return [];
  const matcher = new NameMatcher<RetentionEntry>();
  for (const r of m.retention) for (const n of [r.data, ...r.aliases]) for (const v of variants(n)) matcher.add(v, r);
  const { doc, pack } = ctx;
  const { cue: CUE, notRetention: NOT_RETENTION, response: RESPONSE } = pack.retention;
  const out: RetentionClaim[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const text = doc.masked.slice(s.start, s.end);
    const durations = findDurations(text, s.start, pack);
    if (!durations.length) continue;
    const block = doc.blocks[s.block];
    const inRetention = ctx.kindsOf(s.block).has("retention");
    const labelled = (block.kind === "item" || block.kind === "row") && /^[^:|]{2,80}:\s/.test(doc.masked.slice(block.contentStart, block.end));
    if (!inRetention && !labelled && !CUE.test(text)) continue;
    // "we reply to support tickets within 30 days" measures a response, not a retention
    if (!CUE.test(text) && RESPONSE.test(text)) continue;
    const data = matcher.match(doc.masked, tokenize(doc.masked, s.start, s.end)).map((x) => ({ at: x.start, subject: { kind: "data", entry: x.payload } as Subject }));
    const procs = ctx.mentionsIn(si)
      .filter((x) => x.processor && !x.denied)
      .map((x) => ({ at: x.start, subject: { kind: "processor", p: x.processor! } as Subject }));
    const subjects = [...data, ...procs].sort((a, b) => a.at - b.at);
    if (!subjects.length) continue;
    const used = new Set<object>();
    // durations and subjects are both in text order: walk them together (filtering per duration is quadratic)
    let next = 0;
    for (const d of durations) {
      while (next < subjects.length && subjects[next].at < d.start) next++;
      if (NOT_RETENTION.test(doc.masked.slice(Math.max(s.start, d.start - 20), d.start))) continue;
      const subject = subjects[next - 1]?.subject;
      if (!subject) continue;
      const key = subject.kind === "data" ? subject.entry : subject.p;
      if (used.has(key)) continue;
      used.add(key);
      out.push({ subject, period: d.period, start: d.start, end: d.end });
    }
  }
  return out;
}

function variants(n: string): string[] {
  const v = n.trim();
  return /s$/i.test(v) ? [v, v.slice(0, -1)] : [v, `${v}s`];
}

function retentionFixes(ctx: RuleContext, subject: Subject, want: Period, got: Period, start: number, end: number): Fix[] {
  const fixes: Fix[] = [{ title: `Change the policy to ${formatPeriod(want)} (as in the manifest)`, edits: [{ file: "policy", start, end, newText: formatPeriod(want) }] }];
  const manifest = ctx.manifest!;
  const range = subject.kind === "data" ? subject.entry.periodRange : undefined;
  if (range) {
    fixes.push({ title: `Change the manifest to ${formatPeriod(got)} (as in the policy)`, edits: [{ file: "manifest", start: range[0], end: range[1], newText: formatPeriod(got) }] });
  } else if (subject.kind === "processor") {
    const r = processorRetentionRange(manifest.text, subject.p);
    if (r) fixes.push({ title: `Change the manifest to ${formatPeriod(got)} (as in the policy)`, edits: [{ file: "manifest", start: r[0], end: r[1], newText: formatPeriod(got) }] });
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
