import { cookieRows } from "../cookies/render";
import { writingVocabulary } from "../cookies/vocabulary";
import type { Manifest, Processor, RetentionEntry } from "../manifest/parse";
import { transferText } from "../fixes/recipients";
import { DEFAULT_PACK, packFor, type LanguagePack } from "../packs/index";
import { packOfPeriod, parsePeriod } from "../periods";
import { closingMarker, KIND_SPECS, listsProcessors, openingMarker, resolveOptions, type BlockOptions, type GeneratedKind } from "./options";

/** Rendering options: the block's own options, plus how to hand back the text. */
export interface RenderOptions extends BlockOptions {
  /** Wrap the content in its opening and closing markers (for inserting a new block). */
  markers?: boolean;
  /** Line ending; "\n" unless the policy uses "\r\n". */
  eol?: string;
  /** The policy's language (en, de, fr): headings, country names, safeguards and periods follow it (the published sub-processor list stays English). */
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
  const pack = kind === "subprocessors" ? DEFAULT_PACK : packFor(options.lang) ?? DEFAULT_PACK;
  const rows = kind === "cookies" ? cookieRows(manifest, columns, options.lang) : rowsOf(kind, manifest, columns, pack);
  const words = writingVocabulary(options.lang).headings as Record<string, string>;
  const heading = (c: string) => (kind === "cookies" ? words[c] : kind === "subprocessors" ? undefined : pack.fixes.blockColumns[kind][c]) ?? KIND_SPECS[kind].columns[c];
  const headings = columns.map(heading);
  let lines: string[];
  if (kind === "controller") lines = format === "table" ? table([...pack.fixes.blockColumns.controllerTable], rows) : rows.map((r) => `- **${r[0]}:** ${r[1]}`);
  else if (format === "table") lines = table(headings, rows.map((r) => r.map((v, i) => (listsProcessors(kind) && CAPITALIZED.has(columns[i]) ? capitalize(v) : v) || NONE)));
  else lines = rows.map((r) => listItem(kind, columns, r, heading, pack));
  const eol = options.eol ?? "\n";
  const content = lines.join(eol);
  if (!options.markers) return content;
  return [openingMarker(kind, options), ...(content ? [content] : []), closingMarker(kind)].join(eol);
}

/** One row of plain values per processor, retention entry or controller fact ("" when unknown). */
function rowsOf(kind: GeneratedKind, m: Manifest, columns: string[], pack: LanguagePack): string[][] {
  if (kind === "processors") return m.processors.map((p) => columns.map((c) => processorValue(p, c, pack)));
  if (kind === "subprocessors") return m.processors.map((p) => columns.map((c) => (c === "name" && p.legalName ? `${clean(p.name)} (${clean(p.legalName)})` : processorValue(p, c, pack))));
  if (kind === "retention") return m.retention.map((r) => columns.map((c) => retentionValue(r, c, pack)));
  const c = m.controller;
  const facts: Record<string, string | undefined> = {
    name: c.name, country: c.country ? place(c.country, pack) : undefined, email: c.email, contact: c.contact, dpo: c.dpo, authority: c.authority,
  };
  return columns.filter((k) => facts[k]).map((k) => [pack.fixes.blockColumns.controller[k] ?? KIND_SPECS.controller.columns[k], clean(facts[k]!)]);
}

function processorValue(p: Processor, column: string, pack: LanguagePack): string {
  switch (column) {
    case "name": return clean(p.name);
    case "purpose": return clean(p.purpose ?? "");
    case "category": return p.category ?? "";
    case "data": return clean(p.data.join(", "));
    case "country": return (p.countries ?? []).map((c) => place(c, pack)).join(", ");
    // "none" is worded without a negation: "not needed" next to "analytics" reads as a denial
    case "transfer": return p.transfer === "none" ? pack.fixes.noTransfer : transferText(p.transfer, pack);
    case "retention": return periodIn(p.retentionText, pack);
    case "since": return p.since ?? "";
    default: return "";
  }
}

function retentionValue(r: RetentionEntry, column: string, pack: LanguagePack): string {
  switch (column) {
    case "data": return clean(r.data);
    case "period": return periodIn(r.periodText, pack);
    case "store": return clean(r.store ?? "");
    default: return "";
  }
}

/** A manifest period as the policy's language writes it: as written when it is in that language already ("seven years" stays), else formatted ("10 years" in a German policy: "10 Jahre"). */
function periodIn(text: string | undefined, pack: LanguagePack): string {
  const t = clean(text ?? "");
  const period = t ? parsePeriod(t) : undefined;
  return period && packOfPeriod(t) !== pack ? pack.periods.format(period) : t;
}

/** Regions read better bare in a cell ("EU", "EWR"), countries by name. */
function place(code: string, pack: LanguagePack): string {
  return pack.country.name(code).replace(/^the\s+/, "");
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
function listItem(kind: GeneratedKind, columns: string[], row: string[], heading: (c: string) => string, pack: LanguagePack): string {
  const [key, ...rest] = row;
  const restCols = columns.slice(1);
  const lead = listsProcessors(kind) ? `**${key}**` : key;
  if (kind === "cookies") return `- ${key}${rest.filter(Boolean).length ? ` — ${rest.filter(Boolean).join("; ")}` : ""}`;
  const mainCol = listsProcessors(kind) ? "purpose" : "period";
  const main = rest[restCols.indexOf(mainCol)] ?? "";
  const details = restCols
    .map((c, i) => (c === mainCol || !rest[i] || rest[i] === pack.fixes.noTransfer ? "" : c === "country" ? rest[i] : `${heading(c).toLowerCase()}: ${rest[i]}`))
    .filter(Boolean);
  const sep = listsProcessors(kind) ? " — " : ": ";
  return `- ${lead}${details.length ? ` (${details.join("; ")})` : ""}${main ? `${sep}${main}` : ""}`;
}
