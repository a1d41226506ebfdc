import { draftCookiesFix } from "../cookies/draft";
import { readCookieTables } from "../cookies/table";
import { planFixes } from "../fixes/apply";
import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import type { Finding, Fix } from "../types";

/** A finding as the editor shows it: its rule, message and place (offsets in the current text), and its subject when the editor kept it. */
export interface ShownFinding {
  rule: string;
  message: string;
  start: number;
  end: number;
  subject?: string;
}

/** What currentFixes reads of a finding (a policy's, or a manifest's own). */
export type FindingWithFixes = Pick<Finding, "rule" | "message" | "subject" | "start" | "end" | "fixes">;

/**
 * The fixes of a finding the editor shows, looked up in the current findings, so that a quick
 * fix is offered for every problem on screen even when the text, the manifest or the settings
 * changed since it was published (or the editor dropped the data it was published with), and
 * its offsets refer to the text being edited. The finding at the same place with the same rule
 * and message is taken first; else the nearest of the same rule and subject; else the nearest
 * of the same rule and message.
 */
export function currentFixes(findings: readonly FindingWithFixes[], shown: ShownFinding): Fix[] {
  const same = findings.filter((f) => f.rule === shown.rule);
  const exact = same.find((f) => f.start === shown.start && f.end === shown.end && f.message === shown.message);
  if (exact) return exact.fixes ?? [];
  const nearest = (pick: (f: FindingWithFixes) => boolean) => {
    let best: FindingWithFixes | undefined;
    for (const f of same) if (pick(f) && (!best || Math.abs(f.start - shown.start) < Math.abs(best.start - shown.start))) best = f;
    return best;
  };
  const found = (shown.subject !== undefined ? nearest((f) => f.subject === shown.subject) : undefined) ?? nearest((f) => f.message === shown.message);
  return found?.fixes ?? [];
}

/** Before the manifest declares cookies, a cookie table in the policy offers to draft them (spec §9). */
export function draftCookiesAt(doc: PolicyDoc, manifest: Manifest | undefined, at: number): Fix | undefined {
  if (!manifest || manifest.cookiesDeclared || !inCookieTable(doc, at)) return undefined;
  return draftCookiesFix(doc, manifest) ?? undefined;
}

/** Every preferred fix of the policy that edits only the policy, without conflicts (the rest wait for the next run). */
export function fixAllEdits(findings: readonly Finding[], text: string): { edits: Fix["edits"]; count: number } | undefined {
  const plan = planFixes([...findings], { policy: text });
  return plan.applied.length ? { edits: plan.applied.flatMap((a) => a.fix.edits), count: plan.applied.length } : undefined;
}

/** Whether an offset lies in one of the policy's cookie tables (from its first row to its end). */
function inCookieTable(doc: PolicyDoc, at: number): boolean {
  const { tables, cookies } = readCookieTables(doc);
  return tables.some((t, i) => {
    const first = cookies.find((c) => c.table === i);
    const start = t.blocks.length ? doc.blocks[t.blocks[0]].start : first?.nameStart ?? t.end;
    return at >= start && at <= t.end;
  });
}
