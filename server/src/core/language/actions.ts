import { draftCookiesFix } from "../cookies/draft";
import { readCookieTables } from "../cookies/table";
import { planFixes } from "../fixes/apply";
import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import type { Finding, Fix } from "../types";

/**
 * The fixes of a finding shown earlier (rule and subject, near an offset) in the current
 * findings: the finding of the same rule and subject nearest to where it was shown, so that
 * offsets always refer to the text being edited.
 */
export function currentFixes(findings: readonly Finding[], rule: string, subject: string, at: number): Fix[] {
  let best: Finding | undefined;
  for (const f of findings) {
    if (f.rule !== rule || f.subject !== subject) continue;
    if (!best || Math.abs(f.start - at) < Math.abs(best.start - at)) best = f;
  }
  return best?.fixes ?? [];
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
