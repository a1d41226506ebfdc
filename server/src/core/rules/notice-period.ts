import { originOf } from "../changes/history";
import { shortCommit } from "../changes/words";
import type { ManifestHistory } from "../changes/types";
import type { Manifest, Processor } from "../manifest/parse";
import type { Fix, RawFinding } from "../types";
import type { Rule } from "./rule";
import { days as dayCount, msg } from "../messages";

const DAY = 86_400_000;
const dayNumber = (iso: string | Date) => Math.floor(new Date(iso).getTime() / DAY);
const isoDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/**
 * A processor that starts sooner after it was added to the manifest than `disclosure.notice_days`
 * promises customers, or that has no `since` while a notice period is promised. When it was
 * added is a fact of version control that the host passes in (`manifestHistory`); without it
 * (outside git, in the web build) the rule says nothing. A processor that was in the manifest's
 * first commit was on the list customers first saw, so no notice could precede it; one not
 * committed yet is announced when it is committed, today at the earliest.
 */
export const noticePeriod: Rule = {
  id: "notice-period",
  defaultSeverity: "warning",
  description: "A new sub-processor starts sooner than the promised notice period after it was added to the manifest, or has no since date.",
  needsManifest: true,
  run(ctx) {
    return ctx.manifest && ctx.manifestHistory ? noticePeriodFindings(ctx.manifest, ctx.manifestHistory, ctx.now) : [];
  },
};

/** The rule on a manifest alone (the editor reports it on processors.yaml, with no policy in view). */
export function noticePeriodFindings(m: Manifest, history: ManifestHistory, now: Date): RawFinding[] {
  if (m.noticeDays === undefined) return [];
  const days = m.noticeDays;
  const promise = msg("notice-period.promise", { days: dayCount(days) });
  const out: RawFinding[] = [];
  for (const p of m.processors) {
    const origin = originOf(p, history.origins);
    const added = origin ? dayNumber(origin.date) : dayNumber(now);
    const when = origin ? msg("notice-period.added", { date: isoDay(added), commit: shortCommit(origin.commit) }) : msg("notice-period.uncommitted", { date: isoDay(added) });
    if (!p.since) {
      const first = origin?.initial ? added : added + days;
      const why = origin?.initial ? msg("notice-period.first-listed") : msg(origin ? "notice-period.after-added" : "notice-period.after-today", { days: dayCount(days) });
      out.push({
        rule: "notice-period", subject: p.name, file: "manifest", start: p.nameRange[0], end: p.nameRange[1],
        message: msg("notice-period.no-since", { name: p.name, promise, when }),
        fixes: sinceInsert(m, p, isoDay(first), why),
      });
      continue;
    }
    if (origin?.initial) continue;
    const starts = dayNumber(`${p.since}T00:00:00Z`);
    if (starts - added >= days) continue;
    const first = isoDay(added + days);
    const gap = starts - added;
    const rel = gap === 0 ? "same" : gap > 0 ? "after" : "before";
    const [start, end] = p.sinceRange ?? p.nameRange;
    out.push({
      rule: "notice-period", subject: p.name, file: "manifest", start, end,
      message: msg(`notice-period.${origin ? "added" : "today"}.${rel}`, { name: p.name, since: p.since, days: dayCount(Math.abs(gap)), date: isoDay(added), commit: origin ? shortCommit(origin.commit) : "", promise, first }),
      fixes: p.sinceRange ? [{ title: msg(origin ? "fix.set-since-added" : "fix.set-since-today", { date: first, days: dayCount(days) }), edits: [{ file: "manifest", start: p.sinceRange[0], end: p.sinceRange[1], newText: first }] }] : undefined,
    });
  }
  return out;
}

/**
 * Adds `since: DATE` on the line after the processor's name, at the name key's indent. Block
 * mappings only: a flow mapping (`- {name: X}`) gets no fix rather than a broken one.
 */
function sinceInsert(m: Manifest, p: Processor, date: string, why: string): Fix[] | undefined {
  const text = m.text;
  const lineStart = text.lastIndexOf("\n", p.nameRange[0] - 1) + 1;
  const head = /^([ \t]*(?:-[ \t]+)*)name[ \t]*:[ \t]*/.exec(text.slice(lineStart, p.nameRange[0]));
  if (!head || lineStart + head[0].length !== p.nameRange[0]) return undefined;
  const nl = text.indexOf("\n", p.nameRange[1]);
  const lineEnd = nl < 0 ? text.length : text[nl - 1] === "\r" ? nl - 1 : nl;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const indent = " ".repeat(head[1].length);
  return [{ title: msg("fix.add-since", { date, why }), edits: [{ file: "manifest", start: lineEnd, end: lineEnd, newText: `${eol}${indent}since: ${date}` }] }];
}


