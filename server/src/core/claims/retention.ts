import { readCookieTables } from "../cookies/table";
import type { RuleContext } from "../context";
import type { Manifest, Processor, RetentionEntry } from "../manifest/parse";
import { mentionsWithin } from "../mentions/find";
import { NameMatcher, tokenize } from "../mentions/matcher";
import type { LanguagePack } from "../packs/index";
import { findDurations, type Period } from "../periods";
import { perSentence, placeAt } from "../policy/memo";

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
  const { doc, pack } = ctx;
  const matcher = dataMatcher(m, pack);
  const { cue: CUE, notRetention: NOT_RETENTION, response: RESPONSE } = pack.retention;
  const out: RetentionClaim[] = [];
  let cookieRows: Set<number> | undefined;
  const durationsOf = perSentence(doc, "durations", (t) => findDurations(t, 0, pack));
  for (let si = 0; si < doc.sentences.length; si++) {
    const found = durationsOf.at(si);
    if (!found) continue;
    const s = doc.sentences[si];
    const durations = placeAt(found, s.start);
    const text = doc.masked.slice(s.start, s.end);
    // a cookie list's lifetimes ("_pk_id – Speicherdauer: 2 Jahre") are cookie-mismatch's, not a data retention
    cookieRows ??= new Set(readCookieTables(doc).cookies.map((c) => c.block));
    if (cookieRows.has(s.block)) continue;
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
    let subjects = [...data, ...procs].sort((a, b) => a.at - b.at);
    // "By default, all data is deleted after 90 days" under the processor's heading or in the
    // paragraph that names it: the processor is the subject the sentence leaves unsaid
    // "Part of this data is logged … It is deleted after seven days": the category the sentence before named
    if (!subjects.length && CUE.test(text) && si > 0 && pack.retention.anaphora?.test(text)) {
      const prev = doc.sentences[si - 1];
      if (prev.block === s.block) {
        const named = matcher.match(doc.masked, tokenize(doc.masked, prev.start, prev.end));
        if (named.length) subjects = [{ at: s.start, subject: { kind: "data", entry: named[named.length - 1].payload } }];
      }
    }
    if (!subjects.length && CUE.test(text)) subjects = unsaidProcessor(ctx, si).map((p) => ({ at: s.start, subject: { kind: "processor", p } as Subject }));
    // "#### Analytics data … **Retention**: 14 months": the one category its section's heading names
    if (!subjects.length && CUE.test(text)) subjects = unsaidCategory(ctx, si, matcher).map((entry) => ({ at: s.start, subject: { kind: "data", entry } as Subject }));
    if (!subjects.length) continue;
    // "Contact form tickets stored in Redis: up to 30 days": a label's period is its head's
    const colon = labelled ? doc.masked.indexOf(":", block.contentStart) : -1;
    const used = new Set<object>();
    // durations and subjects are both in text order: walk them together (filtering per duration is quadratic)
    let next = 0;
    for (const d of durations) {
      while (next < subjects.length && subjects[next].at < d.start) next++;
      if (NOT_RETENTION.test(doc.masked.slice(Math.max(s.start, d.start - 20), d.start))) continue;
      if (pack.retention.notRetentionAfter?.test(doc.masked.slice(d.end, Math.min(s.end, d.end + 30)))) continue;
      const subject = (colon >= 0 && d.start > colon ? labelHead(subjects, next, colon) : undefined) ?? nearestWithPeriod(subjects, next) ?? subjects[next - 1]?.subject ?? (d === durations[durations.length - 1] ? firstAfterWithPeriod(subjects, next) : undefined);
      if (!subject) continue;
      const key = subject.kind === "data" ? subject.entry : subject.p;
      if (used.has(key)) continue;
      used.add(key);
      out.push({ subject, period: d.period, start: d.start, end: d.end });
    }
  }
  return out;
}

const dataMatchers = new WeakMap<Manifest, Map<LanguagePack, NameMatcher<RetentionEntry>>>();

/** The matcher of the manifest's data categories (and their variants in the pack's language), built once per manifest and pack. */
function dataMatcher(m: Manifest, pack: LanguagePack): NameMatcher<RetentionEntry> {
  let byPack = dataMatchers.get(m);
  if (!byPack) dataMatchers.set(m, (byPack = new Map()));
  let matcher = byPack.get(pack);
  if (!matcher) {
    matcher = new NameMatcher<RetentionEntry>();
    for (const r of m.retention) for (const n of [r.data, ...r.aliases]) for (const v of [...variants(n), ...(pack.retention.dataVariants?.(n) ?? [])]) matcher.add(v, r);
    byPack.set(pack, matcher);
  }
  return matcher;
}

type Placed = { at: number; subject: Subject };

/** The first data category of a label (the subjects before `next` that precede its colon), else its first subject. */
function labelHead(subjects: Placed[], next: number, colon: number): Subject | undefined {
  let first: Subject | undefined;
  for (let i = 0; i < Math.min(next, 8) && subjects[i].at < colon; i++) {
    if (subjects[i].subject.kind === "data") return subjects[i].subject;
    first ??= subjects[i].subject;
  }
  return first;
}

/** The nearest subject before `next` that the manifest gives a period for (a store named on the way, "kept in Redis", has none). */
function nearestWithPeriod(subjects: Placed[], next: number): Subject | undefined {
  // a few names back at most: a period speaks of a subject near it (and a long run stays linear)
  for (let i = next - 1; i >= Math.max(0, next - 4); i--) {
    const x = subjects[i].subject;
    if (x.kind === "data" ? x.entry.period : x.p.retention) return x;
  }
  return undefined;
}

/**
 * The last period of a sentence that no subject precedes speaks of the first one after it that
 * the manifest gives a period for (an earlier period leaves the names after it to the periods
 * that follow them: "deleted within 30 days and removed from backups within 60 days"): "Les données … sont gardées 14 mois, la durée par défaut de
 * Firebase Analytics", "kept for 14 months by Firebase Analytics". A few names on at most.
 */
function firstAfterWithPeriod(subjects: Placed[], next: number): Subject | undefined {
  for (let i = next; i < Math.min(subjects.length, next + 4); i++) {
    const x = subjects[i].subject;
    if (x.kind === "data" ? x.entry.period : x.p.retention) return x;
  }
  return undefined;
}

/** The one processor a sentence without a name speaks of: named earlier in its paragraph, else in its section's heading. */
function unsaidProcessor(ctx: RuleContext, si: number): Processor[] {
  const { doc } = ctx;
  const s = doc.sentences[si];
  const block = doc.blocks[s.block];
  const named = (from: number, to: number) => [...new Set(mentionsWithin(ctx.mentions, from, to).filter((x) => x.processor && !x.denied).map((x) => x.processor!))];
  const inBlock = named(block.contentStart, s.start);
  if (inBlock.length) return inBlock.slice(-1);
  const section = doc.sections[block.section];
  if (!section) return [];
  const inHeading = named(section.start, section.headingEnd);
  return inHeading.length === 1 ? inHeading : [];
}

/** The one data category the heading of a sentence's section names, for a sentence that names none. */
function unsaidCategory(ctx: RuleContext, si: number, matcher: NameMatcher<RetentionEntry>): RetentionEntry[] {
  const { doc } = ctx;
  const section = doc.sections[doc.blocks[doc.sentences[si].block].section];
  if (!section) return [];
  const named = [...new Set(matcher.match(doc.masked, tokenize(doc.masked, section.start, section.headingEnd)).map((x) => x.payload))];
  return named.length === 1 ? named : [];
}

function variants(n: string): string[] {
  const v = n.trim();
  return /s$/i.test(v) ? [v, v.slice(0, -1)] : [v, `${v}s`];
}

