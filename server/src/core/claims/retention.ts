import type { RuleContext } from "../context";
import type { Processor, RetentionEntry } from "../manifest/parse";
import { NameMatcher, tokenize } from "../mentions/matcher";
import { findDurations, type Period } from "../periods";

/** What a stated period is about: a data category of the manifest's schedule, or a processor. */
export type RetentionSubject = { kind: "data"; entry: RetentionEntry } | { kind: "processor"; p: Processor };
type Subject = RetentionSubject;

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

