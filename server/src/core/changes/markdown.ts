import type { ChangeEntry } from "./types";
import { changeTitle, dayOf, factsLine, shortCommit } from "./words";

/** Backslash-escapes what Markdown would read as markup in a manifest value. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/**
 * The changelog as a Markdown section: one dated heading per commit, newest first, one
 * bullet per change. Deterministic, so regenerating an unchanged history changes nothing.
 */
export function changesMarkdown(entries: readonly ChangeEntry[], title = "Sub-processor changes"): string {
  const lines = [`## ${title}`, ""];
  if (!entries.length) lines.push("No changes recorded yet.", "");
  for (const e of entries) {
    lines.push(`### ${dayOf(e)} (${shortCommit(e.commit)})`, "");
    for (const c of e.changes) {
      const details = c.kind === "added" ? factsLine(c.facts) : "";
      lines.push(`- ${escapeMarkdown(changeTitle(c))}${details ? ` — ${escapeMarkdown(details)}` : ""}`);
    }
    if (!e.changes.length) lines.push("- The manifest was started with no processors.");
    lines.push("");
  }
  return lines.join("\n");
}
