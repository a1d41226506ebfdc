import { findPolicyDate, formatLike } from "../policy/dates";
import type { Fix } from "../types";
import { policyFinding, topRange, type Rule } from "./rule";

const day = (d: Date) => Math.floor(d.getTime() / 86_400_000);

/** The "last updated" date is missing, unreadable, in the future, or older than the manifest's last change. */
export const staleDate: Rule = {
  id: "stale-date",
  defaultSeverity: "info",
  description: "The policy's last-updated date is missing, unreadable, in the future or older than the manifest.",
  needsManifest: false,
  run(ctx) {
    const { doc } = ctx;
    const found = findPolicyDate(doc.visible, doc.frontMatter?.data, doc.frontMatter?.end, doc.text, ctx.pack);
    const today = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), ctx.now.getUTCDate()));
    if (!found) return [{ ...policyFinding("stale-date", "last-updated", "The policy has no \"last updated\" or \"effective\" date.", ...topRange(doc)) }];
    const fix: Fix[] = found.end > found.start ? [{ title: `Set the date to today (${formatLike(found.text, today, ctx.pack)})`, edits: [{ file: "policy", start: found.start, end: found.end, newText: formatLike(found.text, today, ctx.pack) }] }] : [];
    const at: [number, number] = found.end > found.start ? [found.start, found.end] : topRange(doc);
    if (!found.date) return [{ ...policyFinding("stale-date", "last-updated", `"${found.text}" is not a date Policywright can read; write it like "${ctx.pack.dates.example}" or "2025-05-02".`, ...at), fixes: fix }];
    if (day(found.date) > day(ctx.now)) return [{ ...policyFinding("stale-date", "last-updated", `The "last updated" date ${found.text} is in the future.`, ...at), fixes: fix }];
    if (ctx.manifestChanged && day(found.date) < day(ctx.manifestChanged)) {
      const changed = ctx.manifestChanged.toISOString().slice(0, 10);
      return [{ ...policyFinding("stale-date", "last-updated", `The policy was last updated ${found.text}, but the manifest changed on ${changed}; review the policy and update the date.`, ...at), fixes: fix }];
    }
    return [];
  },
};
