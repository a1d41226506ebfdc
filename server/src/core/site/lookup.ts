import { isMap, isSeq, parseDocument, type Node } from "yaml";
import type { Analysis } from "../analyze";
import { includeOf } from "./includes";
import { boundNames, describeValue, resolveTemplate, type Resolved } from "./variables";
import { docusaurusKeyRange, exportedConstantRange } from "./jsConfig";
import { includeKey, type SiteFile } from "./types";

/** A template variable (or include) under the cursor, what it stands for, and where it is defined. */
export interface VariableInfo {
  start: number;
  end: number;
  resolved?: Resolved;
  /** For an include: the file it reads, or why it is not read. */
  include?: { path?: string; shown: string; error?: string };
  /** Where the value is defined: a file and a range in it (offsets into its text). */
  definition?: { path: string; shown: string; start: number; end: number };
  /** One line for people: the value, or what kind of value it is. */
  summary: string;
}

/**
 * The variable or include at `offset` in a page checked with its site (pure: reads only the
 * analysis). Hover shows its summary, go to definition opens `definition`.
 */
export function variableAt(analysis: Analysis, offset: number): VariableInfo | undefined {
  const site = analysis.context.site;
  if (!site) return undefined;
  const doc = analysis.doc;
  const t = doc.templates.find((x) => offset >= x.start && offset < x.end && !x.inCode);
  if (!t) return undefined;
  const inc = includeOf(t, site.site.generator);
  if (inc) {
    const got = site.site.includes[includeKey(site.site.page, inc.kind, inc.name)];
    if (!got) return undefined;
    if ("error" in got) return { start: t.start, end: t.end, include: { shown: got.shown, error: got.error }, summary: `Not read: ${got.error}.` };
    return { start: t.start, end: t.end, include: { path: got.path, shown: got.shown }, definition: { path: got.path, shown: got.shown, start: 0, end: 0 }, summary: `Includes ${got.shown}.` };
  }
  const r = resolveTemplate(t, site.site, site.scope, doc.frontMatter?.data, boundNames(doc.templates));
  if (!r) return undefined;
  const where = r.file ? keyRange(r.file, r.key, site.site.generator === "hugo") : undefined;
  const definition = r.file ? { path: r.file.path, shown: r.file.shown, start: where?.[0] ?? 0, end: where?.[1] ?? 0 } : pageDefinition(analysis, r.key);
  let summary: string;
  if (r.kind === "text") summary = `\`${r.name}\` = ${JSON.stringify(r.text)}`;
  else if (r.kind === "list" || r.kind === "object") summary = `\`${r.name}\` is ${describeValue(r.value)}: not text, so the page is not read as containing it`;
  else if (r.computed) summary = `\`${r.name}\` is computed when the site is built (\`${r.computed}\`); Policywright reads ${r.file?.shown ?? "the config"} without running it, so the page is checked without this value`;
  else summary = r.error ? `\`${r.name}\` could not be computed: ${r.error}` : `\`${r.name}\` is not defined in ${site.site.searched.join(", ") || "the site"}`;
  return { start: t.start, end: t.end, resolved: r, ...(definition ? { definition } : {}), summary };
}

/** A page variable (`page.title`, Hugo `.Params.x`) is defined in the page's own front matter. */
function pageDefinition(analysis: Analysis, key: string[]): VariableInfo["definition"] | undefined {
  const fm = analysis.doc.frontMatter;
  const page = analysis.context.site?.site.page;
  if (!fm || !page || !key.length) return undefined;
  const text = analysis.doc.text.slice(0, fm.end);
  const m = new RegExp(`^[ \\t]*["']?${key[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?[ \\t]*:`, "mi").exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[0].trimStart().length;
  return { path: page, shown: page.split("/").pop() ?? page, start, end: start + key[0].length };
}

/** The range of a key in a data file's text (YAML and JSON by their syntax tree, TOML by its tables, CSV by row). */
export function keyRange(file: SiteFile, key: string[], ci: boolean): [number, number] | undefined {
  const eq = (a: unknown, b: string) => (ci ? String(a).toLowerCase() === b.toLowerCase() : String(a) === b);
  if (file.format === "yaml" || file.format === "json") {
    let node: Node | null | undefined = parseDocument(file.text, { logLevel: "silent" }).contents as Node | null;
    let range: [number, number] | undefined;
    for (const k of key) {
      if (isMap(node)) {
        const pair = node.items.find((p) => eq((p.key as { value?: unknown })?.value ?? p.key, k));
        if (!pair) return range;
        const kr = (pair.key as Node | null)?.range;
        if (kr) range = [kr[0], kr[1]];
        node = pair.value as Node | null;
      } else if (isSeq(node) && /^\d+$/.test(k)) {
        node = node.items[Number(k)] as Node | null;
        if (node?.range) range = [node.range[0], node.range[1]];
      } else return range;
    }
    return range;
  }
  if (file.format === "toml") return tomlKey(file.text, key, ci);
  if (file.format === "js") return docusaurusKeyRange(file.text, key) ?? exportedConstantRange(file.text, key[0]);
  if (file.format === "csv" && /^\d+$/.test(key[0] ?? "")) {
    // row n (0-based) is line n + 2: the header comes first
    let at = 0;
    for (let line = 0; line < Number(key[0]) + 1 && at >= 0; line++) at = file.text.indexOf("\n", at) + 1;
    return at > 0 ? [at, Math.max(at, file.text.indexOf("\n", at))] : undefined;
  }
  return undefined;
}

/** A TOML key's range: `key = …` under the `[table]` that holds it, or a dotted `a.b = …`. */
function tomlKey(text: string, key: string[], ci: boolean): [number, number] | undefined {
  const norm = (s: string) => (ci ? s.toLowerCase() : s);
  const want = key.map(norm).join(".");
  let table: string[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const header = /^\s*\[([^[\]]+)\]\s*(?:#.*)?$/.exec(line);
    if (header) table = header[1].split(".").map((s) => norm(s.trim().replace(/^["']|["']$/g, "")));
    else {
      const m = /^(\s*)(["']?)([\w.-]+)\2\s*=/.exec(line);
      if (m && [...table, ...m[3].split(".")].map(norm).join(".") === want) {
        const start = offset + m[1].length;
        return [start, start + m[2].length * 2 + m[3].length];
      }
    }
    offset += line.length + 1;
  }
  return undefined;
}
