import { parse as parseYaml, YAMLParseError } from "yaml";

// loaded when a site has such a file, not at every start
// eslint-disable-next-line @typescript-eslint/no-require-imports
const toml = () => require("smol-toml") as typeof import("smol-toml");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csv = () => require("csv-parse/sync") as typeof import("csv-parse/sync");
import { readDocusaurusConfig } from "./jsConfig";
import type { DataFormat } from "./types";

export type Parsed = { value: unknown } | { error: string; line: number; character: number };

/** The format of a data or config file by its name, or undefined when a site would not read it. */
export function formatOf(name: string): DataFormat | undefined {
  const ext = /\.(ya?ml|json|toml|csv|tsv)$/i.exec(name)?.[1].toLowerCase();
  if (!ext) return undefined;
  return ext === "yml" || ext === "yaml" ? "yaml" : ext === "tsv" ? "csv" : (ext as DataFormat);
}

/**
 * Parses a config or data file as its generator would: YAML (yaml), TOML (smol-toml), JSON,
 * CSV with a header row (csv-parse; Jekyll's `_data/*.csv` is a list of rows). Never throws;
 * an error says where (0-based line and column).
 */
export function parseDataFile(text: string, format: DataFormat, tsv = false): Parsed {
  try {
    switch (format) {
      case "yaml":
        return { value: parseYaml(text, { maxAliasCount: 100, logLevel: "error", prettyErrors: true }) };
      case "toml":
        return { value: toml().parse(text) };
      case "json":
        return { value: JSON.parse(text) };
      case "csv":
        return { value: csv().parse(text, { columns: true, skip_empty_lines: true, delimiter: tsv ? "\t" : ",", relax_column_count: true, bom: true }) };
      case "js":
        return { value: readDocusaurusConfig(text).value };
    }
  } catch (e) {
    return locate(e, text);
  }
}

function locate(e: unknown, text: string): Parsed {
  const message = ((e as Error)?.message ?? String(e)).split("\n")[0];
  if (e instanceof YAMLParseError && e.linePos) return { error: message, line: e.linePos[0].line - 1, character: e.linePos[0].col - 1 };
  if (e instanceof Error && "line" in e && "column" in e && typeof e.line === "number") return { error: message, line: Math.max(0, Number(e.line) - 1), character: Math.max(0, Number(e.column) - 1) };
  const at = /position (\d+)/.exec(message) ?? /line (\d+)/i.exec(message);
  if (at && /position/.test(at[0])) {
    const off = Math.min(Number(at[1]), text.length);
    const before = text.slice(0, off);
    const line = before.split("\n").length - 1;
    return { error: message, line, character: off - (before.lastIndexOf("\n") + 1) };
  }
  const lineNo = Number((e as { lines?: number })?.lines ?? (at ? at[1] : 1));
  return { error: message, line: Math.max(0, lineNo - 1), character: 0 };
}
