import type { Processor } from "../manifest/parse";
import { messageLanguage } from "../messages";
import { DEFAULT_PACK, PACKS, packFor, type LanguagePack } from "../packs/index";
import type { Block } from "../policy/parse";
import type { RuleContext } from "../context";
import type { Fix } from "../types";
import { msg } from "../messages";

/** Human wording of a transfer mechanism in a pack's language (English by default). */
export function transferText(t: string | undefined, pack: LanguagePack = DEFAULT_PACK): string {
  return t ? pack.fixes.transfers[t] ?? t : "";
}

/** A transfer mechanism in the display language, for hovers, completions and the preview. */
export function displayTransferText(t: string | undefined): string {
  return transferText(t, packFor(messageLanguage()) ?? DEFAULT_PACK);
}

/** "Stripe (United States)" style country text for a processor, in a pack's language. */
export function placeText(p: Processor, pack: LanguagePack = DEFAULT_PACK): string {
  return p.countries?.length ? p.countries.map(pack.country.name).join(", ") : "";
}

/** A table column heading that one of the languages' words for a place, a safeguard or a period matches. */
const isColumn = (kind: "place" | "safeguard" | "period", h: string) =>
  kind === "place" ? PACKS.some((p) => p.country.locationHeader.test(h))
  : kind === "safeguard" ? PACKS.some((p) => p.country.safeguardHeader.test(h))
  : /retention|kept|period/.test(h) || PACKS.some((p) => p.cookies.columns.duration.some((w) => h.includes(w)));

/**
 * Adds a processor to the recipients section in the style of its neighbours: a table row
 * with the same columns, or a list item with the same marker, bold and separator.
 */
export function processorListItemFix(ctx: RuleContext, p: Processor): Fix[] {
  const { doc } = ctx;
  const section = doc.sections.find((s) => s.kinds.has("recipients"));
  const text = doc.text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const pack = ctx.pack;
  const purpose = (p.purpose ?? pack.fixes.purposeToDo).replace(/\s+/g, " ");
  const place = placeText(p, pack);
  const title = msg("fix.add-recipient", { name: p.name });
  if (!section) {
    const line = `- **${p.name}** — ${purpose}${place ? ` (${place})` : ""}`;
    return [{ title, edits: [{ file: "policy", start: text.length, end: text.length, newText: `${text.endsWith("\n") ? "" : eol}${eol}## ${pack.fixes.recipientsHeading}${eol}${eol}${line}${eol}` }], preferred: true }];
  }
  const inSection = doc.blocks.filter((b) => b.start >= section.headingEnd && b.start < section.end);
  const rows = inSection.filter((b) => b.kind === "row");
  const items = inSection.filter((b) => b.kind === "item");
  if (rows.length) {
    const last = rows[rows.length - 1];
    const cells = tableCells(last, p, purpose, place, pack);
    return [{ title, edits: [{ file: "policy", start: last.end, end: last.end, newText: `${eol}| ${cells.join(" | ")} |` }], preferred: true }];
  }
  if (items.length) {
    const top = Math.min(...items.map((b) => b.depth));
    const lastItem = [...items].reverse().find((b) => b.depth === top)!;
    const end = listEnd(ctx, inSection, lastItem);
    const first = text.slice(lastItem.start, lastItem.end);
    const marker = /^([ \t>]*)([-*+]|\d{1,9}[.)])([ \t]+)/.exec(first);
    let bullet = marker ? `${marker[1]}${marker[2]}${marker[3]}` : "- ";
    if (marker && /\d/.test(marker[2])) bullet = `${marker[1]}${Number(marker[2].slice(0, -1)) + 1}${marker[2].slice(-1)}${marker[3]}`;
    const content = text.slice(lastItem.contentStart, lastItem.end);
    const bold = /^(\*\*|__)/.exec(content)?.[1] ?? "";
    const sep = /^(?:\*\*|__)?[^*_\n]*?(?:\*\*|__)?(\s+[—–-]\s+|:\s+|,\s+)/.exec(content.slice(0, 400))?.[1] ?? " — ";
    const name = bold ? `${bold}${p.name}${bold}` : p.name;
    const line = `${bullet}${name}${place && /\(/.test(content.slice(0, 80)) ? ` (${place})` : ""}${sep}${purpose}${place && !/\(/.test(content.slice(0, 80)) ? ` (${place})` : ""}`;
    const terminal = /[.;]\s*$/.exec(content)?.[0].trim() ?? "";
    return [{ title, edits: [{ file: "policy", start: end, end, newText: `${eol}${line}${terminal === "." ? "." : ""}` }], preferred: true }];
  }
  const at = section.headingEnd;
  return [{ title, edits: [{ file: "policy", start: at, end: at, newText: `${eol}${eol}- **${p.name}** — ${purpose}${place ? ` (${place})` : ""}` }], preferred: true }];
}

function listEnd(ctx: RuleContext, blocks: Block[], last: Block): number {
  let end = last.end;
  for (const b of blocks) {
    if (b.start <= last.start) continue;
    const line = ctx.doc.text.slice(b.start, b.start + 4);
    if ((b.kind === "item" || b.kind === "paragraph") && /^[ \t]/.test(line) && b.depth >= last.depth) end = b.end;
    else break;
  }
  return end;
}

function tableCells(row: Block, p: Processor, purpose: string, place: string, pack: LanguagePack): string[] {
  const header = (row.header ?? []).map((h) => h.toLowerCase());
  const n = Math.max(row.cells?.length ?? 0, header.length, 2);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const h = header[i] ?? "";
    if (i === 0) out.push(p.name);
    else if (isColumn("place", h)) out.push(place || "TODO");
    else if (isColumn("safeguard", h)) out.push(transferText(p.transfer, pack) || "TODO");
    else if (isColumn("period", h)) out.push(p.retention ? pack.periods.format(p.retention) : p.retentionText ?? "TODO");
    else out.push(i === 1 ? purpose : "TODO");
  }
  return out.map((c) => c.replace(/\|/g, "\\|"));
}
