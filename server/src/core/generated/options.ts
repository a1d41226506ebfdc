/**
 * What a generated block may ask for: its kind, its format and its columns, read from the
 * opening marker (`<!-- policywright:processors format=list columns=name,purpose -->`).
 */

export const GENERATED_KINDS = ["processors", "retention", "controller", "subprocessors", "cookies"] as const;
export type GeneratedKind = (typeof GENERATED_KINDS)[number];

export type BlockFormat = "table" | "list";

/** How a block is rendered. Omitted fields take the kind's defaults. */
export interface BlockOptions {
  format?: BlockFormat;
  /** Which facts to show, in this order (the kind's column names). */
  columns?: string[];
}

interface KindSpec {
  defaultFormat: BlockFormat;
  /** Every column the kind knows, in display order, with its table heading. */
  columns: Record<string, string>;
  defaultColumns: string[];
}

/** The columns each kind offers. The first column of processors and retention is always shown. */
export const KIND_SPECS: Record<GeneratedKind, KindSpec> = {
  processors: {
    defaultFormat: "table",
    columns: { name: "Processor", purpose: "Purpose", category: "Category", data: "Personal data", country: "Country", transfer: "Safeguard", retention: "Retention" },
    defaultColumns: ["name", "purpose", "country", "transfer"],
  },
  retention: {
    defaultFormat: "table",
    columns: { data: "Data", period: "Retention period", store: "Stored with" },
    defaultColumns: ["data", "period"],
  },
  // the published sub-processor list (`policywright subprocessors`): every public fact, since included
  subprocessors: {
    defaultFormat: "table",
    columns: { name: "Sub-processor", purpose: "Purpose", data: "Personal data", country: "Location", transfer: "Transfer safeguard", since: "Since" },
    defaultColumns: ["name", "purpose", "data", "country", "transfer", "since"],
  },
  controller: {
    defaultFormat: "list",
    columns: { name: "Controller", country: "Established in", email: "Privacy contact", contact: "Request form", dpo: "Data protection officer", authority: "Supervisory authority" },
    defaultColumns: ["name", "country", "email", "contact", "dpo", "authority"],
  },
  cookies: {
    defaultFormat: "table",
    // English headings; a block in a German or French policy takes the cookie vocabulary's
    columns: { name: "Cookie", provider: "Provider", purpose: "Purpose", duration: "Duration" },
    defaultColumns: ["name", "provider", "purpose", "duration"],
  },
};

export function isGeneratedKind(k: string): k is GeneratedKind {
  return (GENERATED_KINDS as readonly string[]).includes(k);
}

/** Kinds with one row per manifest processor, keyed by its name. */
export function listsProcessors(kind: GeneratedKind): kind is "processors" | "subprocessors" {
  return kind === "processors" || kind === "subprocessors";
}

/** Options with defaults filled in, and the key column first for kinds that have one. */
export function resolveOptions(kind: GeneratedKind, options: BlockOptions = {}): Required<BlockOptions> {
  const spec = KIND_SPECS[kind];
  const asked = (options.columns?.length ? options.columns : spec.defaultColumns).filter((c, i, all) => c in spec.columns && all.indexOf(c) === i);
  const key = listsProcessors(kind) || kind === "cookies" ? "name" : kind === "retention" ? "data" : undefined;
  const columns = key ? [key, ...asked.filter((c) => c !== key)] : asked;
  return { format: options.format ?? spec.defaultFormat, columns };
}

/** The result of reading a marker's options: what was understood, and what was not. */
export interface ParsedOptions {
  options: BlockOptions;
  problems: string[];
}

const OPTION = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))|(\S+)/g;

/** Reads `format=list columns=name,purpose` (values may be quoted). Unknown keys and values are problems. */
export function parseOptions(kind: GeneratedKind, text: string): ParsedOptions {
  const options: BlockOptions = {};
  const problems: string[] = [];
  const spec = KIND_SPECS[kind];
  for (const m of text.matchAll(OPTION)) {
    if (m[5] !== undefined) {
      problems.push(`'${m[5]}' is not an option; write key=value (format, columns)`);
      continue;
    }
    const key = m[1].toLowerCase();
    const value = (m[2] ?? m[3] ?? m[4] ?? "").trim();
    if (key === "format") {
      if (value === "table" || value === "list") options.format = value;
      else problems.push(`format=${value} is unknown; use format=table or format=list`);
    } else if (key === "columns") {
      const cols = value.split(",").map((c) => c.trim().toLowerCase()).filter(Boolean);
      const unknown = cols.filter((c) => !(c in spec.columns));
      if (unknown.length) problems.push(`unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; a ${kind} block knows ${Object.keys(spec.columns).join(", ")}`);
      else if (!cols.length) problems.push("columns= is empty; list the columns to show");
      else options.columns = cols;
    } else {
      problems.push(`'${key}' is not an option of a ${kind} block; it takes format and columns`);
    }
  }
  return { options, problems };
}

/** The opening marker text for a block, as the completion and docs write it. */
export function openingMarker(kind: GeneratedKind, options: BlockOptions = {}): string {
  const spec = KIND_SPECS[kind];
  const parts = [`policywright:${kind}`];
  if (options.format && options.format !== spec.defaultFormat) parts.push(`format=${options.format}`);
  if (options.columns?.length && options.columns.join(",") !== spec.defaultColumns.join(",")) parts.push(`columns=${options.columns.join(",")}`);
  return `<!-- ${parts.join(" ")} -->`;
}

/** The closing marker of a kind. */
export function closingMarker(kind: GeneratedKind): string {
  return `<!-- /policywright:${kind} -->`;
}
