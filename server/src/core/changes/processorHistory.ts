import type { Processor } from "../manifest/parse";
import { originOf } from "./history";
import type { ChangeEntry, ManifestHistory } from "./types";
import { changeTitle, dayOf, shortCommit } from "./words";
import { isOne, msg } from "../messages";

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / DAY);

/**
 * The code lens over a processor in the manifest: "added 2026-03-04 (a1b2c3d), announced 34
 * days ahead" (from the commit that added it to its `since`), or why there is no such line.
 */
export function processorLensTitle(p: Processor, history: ManifestHistory): string {
  const origin = originOf(p, history.origins);
  if (!origin) return p.since ? msg("lens.history.uncommitted.since", { date: p.since }) : msg("lens.history.uncommitted");
  const added = msg(origin.initial ? "lens.history.first" : "lens.history.added", { date: origin.date.slice(0, 10), commit: shortCommit(origin.commit) });
  if (!p.since) return msg("lens.history.no-since", { added });
  const ahead = days(origin.date, p.since);
  if (origin.initial) return msg("lens.history.since", { added, date: p.since });
  if (ahead >= 0) return msg(isOne(ahead) ? "lens.history.ahead.one" : "lens.history.ahead.other", { added, n: ahead });
  return msg(isOne(-ahead) ? "lens.history.after.one" : "lens.history.after.other", { added, n: -ahead });
}

/**
 * One line per change that concerned this processor, newest first ("2026-03-04 (a1b2c3d) Added
 * Sentry"), following its renames back through the names it had.
 */
export function processorHistoryLines(p: Processor, entries: readonly ChangeEntry[]): string[] {
  const names = new Set([p.name, ...p.aliases].map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const e of entries) {
    for (const c of e.changes) {
      if (c.kind === "invalid" || !names.has(c.processor.toLowerCase())) continue;
      out.push(`${dayOf(e)} (${shortCommit(e.commit)}) ${changeTitle(c)}`);
      if (c.kind === "renamed") names.add(c.from.toLowerCase());
    }
  }
  return out;
}
