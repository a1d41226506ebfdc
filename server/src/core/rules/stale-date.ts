import { findPolicyDate, formatLike } from "../policy/dates";
import type { Fix } from "../types";
import { policyFinding, topRange, type Rule } from "./rule";
import { msg } from "../messages";

const day = (d: Date) => Math.floor(d.getTime() / 86_400_000);

/** The "last updated" date is missing, unreadable, in the future, or older than the manifest's last change. */
export const staleDate: Rule = {
  id: "stale-date",
  defaultSeverity: "info",
  description: "The policy's last-updated date is missing, unreadable, in the future or older than the manifest.",
  needsManifest: false,
  languageDependent: true,
  run(ctx) {
    const { doc } = ctx;
    const found = findPolicyDate(doc.visible, doc.frontMatter?.data, doc.frontMatter?.end, doc.text, ctx.pack);
    const today = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), ctx.now.getUTCDate()));
    if (!found) return [{ ...policyFinding("stale-date", "last-updated", msg("stale-date.missing"), ...topRange(doc)) }];
    const fix: Fix[] = found.end > found.start ? [{ title: msg("fix.date-today", { date: formatLike(found.text, today, ctx.pack) }), edits: [{ file: "policy", start: found.start, end: found.end, newText: formatLike(found.text, today, ctx.pack) }] }] : [];
    const at: [number, number] = found.end > found.start ? [found.start, found.end] : topRange(doc);
    if (!found.date) return [{ ...policyFinding("stale-date", "last-updated", msg("stale-date.unreadable", { text: found.text, example: ctx.pack.dates.example }), ...at), fixes: fix }];
    if (day(found.date) > day(ctx.now)) return [{ ...policyFinding("stale-date", "last-updated", msg("stale-date.future", { text: found.text }), ...at), fixes: fix }];
    if (ctx.manifestChanged && day(found.date) < day(ctx.manifestChanged)) {
      const changed = ctx.manifestChanged.toISOString().slice(0, 10);
      return [{ ...policyFinding("stale-date", "last-updated", msg("stale-date.older", { text: found.text, changed }), ...at), fixes: fix }];
    }
    return [];
  },
};
