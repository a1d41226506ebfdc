import type { Manifest } from "../manifest/parse";
import type { GeneratedKind } from "./options";
import { joinList, msg } from "../messages";

/**
 * The content as compared: line endings, trailing spaces and blank lines at either end do not
 * count, and neither does the padding a Markdown formatter adds to table cells and rule rows,
 * so reformatting a table never makes it stale. Everything a reader sees does count.
 */
export function normalizeContent(text: string): string {
  const lines = text.split(/\r?\n|\r/).map((l) => (isTableLine(l) ? normalizeTableLine(l) : l.replace(/(?<![ \t])[ \t]+$/, "")));
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  return lines.join("\n");
}

/** Whether the block's content is what the manifest would generate. */
export function sameContent(actual: string, expected: string): boolean {
  return normalizeContent(actual) === normalizeContent(expected);
}

function isTableLine(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

function normalizeTableLine(line: string): string {
  const cells: string[] = [];
  let cell = "";
  const body = line.trim().slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "\\" && i + 1 < body.length) {
      cell += body[i] + body[++i];
    } else if (body[i] === "|") {
      cells.push(cell);
      cell = "";
    } else cell += body[i];
  }
  cells.push(cell);
  return `|${cells.map((c) => c.trim().replace(/^(:?)-{3,}(:?)$/, "$1---$2")).join("|")}|`;
}

/**
 * A short account of what differs, for the finding's message: the manifest entries the block
 * lacks by name, then how many lines differ otherwise.
 */
export function describeDifference(kind: GeneratedKind, actual: string, expected: string, manifest: Manifest): string {
  const have = normalizeContent(actual);
  if (!have) return msg("generated.empty", { kind });
  const want = normalizeContent(expected);
  const lower = have.toLowerCase();
  const names = kind === "processors" || kind === "subprocessors" ? manifest.processors.map((p) => p.name) : kind === "retention" ? manifest.retention.map((r) => r.data) : [];
  const missing = names.filter((n) => !lower.includes(n.toLowerCase()));
  const haveLines = new Set(have.split("\n"));
  const wantLines = new Set(want.split("\n"));
  const added = [...wantLines].filter((l) => !haveLines.has(l)).length;
  const removed = [...haveLines].filter((l) => !wantLines.has(l)).length;
  const parts: string[] = [];
  if (missing.length) parts.push(msg(missing.length > 1 ? "generated.missing.other" : "generated.missing.one", { names: list(missing) }));
  const changed = Math.max(added - missing.length, removed);
  if (changed > 0) parts.push(msg(changed > 1 ? "generated.lines-differ.other" : "generated.lines-differ.one", { n: changed }));
  return parts.length ? parts.join(", ") : msg("generated.order");
}

function list(names: string[]): string {
  const shown = names.slice(0, 3);
  const more = names.length - shown.length;
  return more > 0 ? msg("generated.and-more", { names: shown.join(", "), n: more }) : joinList(shown);
}
