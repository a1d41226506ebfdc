import { cookieRows } from "../cookies/render";
import { writingVocabulary } from "../cookies/vocabulary";
import { countryName } from "../geo/countries";
import type { Manifest, Processor, RetentionEntry } from "../manifest/parse";
import { transferText } from "../fixes/recipients";
import { closingMarker, KIND_SPECS, listsProcessors, openingMarker, resolveOptions, type BlockOptions, type GeneratedKind } from "./options";

/** Rendering options: the block's own options, plus how to hand back the text. */
export interface RenderOptions extends BlockOptions {
  /** Wrap the content in its opening and closing markers (for inserting a new block). */
  markers?: boolean;
  /** Line ending; "\n" unless the policy uses "\r\n". */
  eol?: string;
  /** The policy's language (en, de, fr), for kinds whose words follow it (cookies). */
  lang?: string;
}

const NONE = "—";
/** Processor columns whose lower-case values start a table cell ("none required", "payments"); names stay as written. */
const CAPITALIZED = new Set(["transfer", "category", "data"]);

/**
 * The Markdown a generated block holds for this manifest: a processors table or list, the
 * retention schedule, or the controller's identity and contact. Without `markers` it is only
 * the content between the markers, with no trailing line break. Pure and deterministic, so
 * rendering twice gives the same text and a regenerated block is never reported again.
 */
export function renderGeneratedBlock(kind: GeneratedKind, manifest: Manifest, options: RenderOptions = {}): string {
  const { format, columns } = resolveOptions(kind, options);
  const rows = kind === "cookies" ? cookieRows(manifest, columns, options.lang) : rowsOf(kind, manifest, columns);
  const words = writingVocabulary(options.lang).headings as Record<string, string>;
  const headings = columns.map((c) => (kind === "cookies" ? words[c] : undefined) ?? KIND_SPECS[kind].columns[c]);
  let lines: string[];
  if (kind === "controller") lines = format === "table" ? table(["Detail", "Value"], rows) : rows.map((r) => `- **${r[0]}:** ${r[1]}`);
  else if (format === "table") lines = table(headings, rows.map((r) => r.map((v, i) => (listsProcessors(kind) && CAPITALIZED.has(columns[i]) ? capitalize(v) : v) || NONE)));
  else lines = rows.map((r) => listItem(kind, columns, r));
  const eol = options.eol ?? "\n";
  const content = lines.join(eol);
  if (!options.markers) return content;
  return [openingMarker(kind, options), ...(content ? [content] : []), closingMarker(kind)].join(eol);
}

/** One row of plain values per processor, retention entry or controller fact ("" when unknown). */
function rowsOf(kind: GeneratedKind, m: Manifest, columns: string[]): string[][] {
  if (kind === "processors") return m.processors.map((p) => columns.map((c) => processorValue(p, c)));
  if (kind === "subprocessors") return m.processors.map((p) => columns.map((c) => (c === "name" && p.legalName ? `${clean(p.name)} (${clean(p.legalName)})` : processorValue(p, c))));
  if (kind === "retention") return m.retention.map((r) => columns.map((c) => retentionValue(r, c)));
  const c = m.controller;
  const facts: Record<string, string | undefined> = {
    name: c.name, country: c.country ? place(c.country) : undefined, email: c.email, contact: c.contact, dpo: c.dpo, authority: c.authority,
  };
  return columns.filter((k) => facts[k]).map((k) => [KIND_SPECS.controller.columns[k], clean(facts[k]!)]);
}

function processorValue(p: Processor, column: string): string {
  switch (column) {
    case "name": return clean(p.name);
    case "purpose": return clean(p.purpose ?? "");
    case "category": return p.category ?? "";
    case "data": return clean(p.data.join(", "));
    case "country": return (p.countries ?? []).map(place).join(", ");
    // "none" is worded without a negation: "not needed" next to "analytics" reads as a denial
    case "transfer": return p.transfer === "none" ? "none required" : transferText(p.transfer);
    case "retention": return clean(p.retentionText ?? "");
    case "since": return p.since ?? "";
    default: return "";
  }
}

function retentionValue(r: RetentionEntry, column: string): string {
  switch (column) {
    case "data": return clean(r.data);
    case "period": return clean(r.periodText ?? "");
    case "store": return clean(r.store ?? "");
    default: return "";
  }
}

/** Regions read better bare in a cell ("EU"), countries by name. */
function place(code: string): string {
  return code === "EU" || code === "EEA" ? code : countryName(code);
}

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** A GFM table; `|` in values is escaped so a value never splits a cell. */
function table(headings: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(headings), `|${headings.map(() => "---").join("|")}|`, ...rows.map(line)];
}

function escapeCell(v: string): string {
  return v.replace(/\\(?=\|)/g, "\\\\").replace(/\|/g, "\\|");
}

/**
 * "- **Stripe** (United States; safeguard: EU–US Data Privacy Framework) — Payments". Details
 * come before the purpose so a period in them sits next to the processor's name, which is how
 * the retention check ties a period to what it is about.
 */
function listItem(kind: GeneratedKind, columns: string[], row: string[]): string {
  const [key, ...rest] = row;
  const restCols = columns.slice(1);
  const lead = listsProcessors(kind) ? `**${key}**` : key;
  if (kind === "cookies") return `- ${key}${rest.filter(Boolean).length ? ` — ${rest.filter(Boolean).join("; ")}` : ""}`;
  const mainCol = listsProcessors(kind) ? "purpose" : "period";
  const main = rest[restCols.indexOf(mainCol)] ?? "";
  const details = restCols
    .map((c, i) => (c === mainCol || !rest[i] || rest[i] === "none required" ? "" : c === "country" ? rest[i] : `${KIND_SPECS[kind].columns[c].toLowerCase()}: ${rest[i]}`))
    .filter(Boolean);
  const sep = listsProcessors(kind) ? " — " : ": ";
  return `- ${lead}${details.length ? ` (${details.join("; ")})` : ""}${main ? `${sep}${main}` : ""}`;
}
