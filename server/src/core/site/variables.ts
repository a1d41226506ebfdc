import { evaluate } from "./liquid";
import type { Template } from "./templates";
import { Computed } from "./jsConfig";
import type { Site, SiteFile } from "./types";

/** What a template output stands for. */
export interface Resolved {
  /** The variable as written, without filters: `site.email`, `.Site.Params.email`, `param "email"`. */
  name: string;
  kind: "text" | "list" | "object" | "unresolved";
  /** The text the reader sees (kind "text"). */
  text?: string;
  value?: unknown;
  /** The file that defines it; undefined for the page's own front matter. */
  file?: SiteFile;
  /** The key path inside that file (or the front matter). */
  key: string[];
  /** Why a value could not be computed (a filter that failed), when it was found. */
  error?: string;
  /** The source of a value the build computes (a Docusaurus `process.env.X`): unresolved, and not a problem. */
  computed?: string;
}

interface Expression {
  name: string;
  /** Scope path, lower-cased for Hugo (whose keys are case-insensitive). */
  path: string[];
  /** The rest after the first `|`, for liquidjs. */
  filters: string;
}

const PATH = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*|\[\d+\]|\["[^"]*"\]|\['[^']*'\])*$/;

/** Splits `a.b["c"][0]` into its segments. */
function segments(path: string): string[] {
  const out: string[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(?:"([^"]*)"|'([^']*)'|(\d+))\]/g)) out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return out;
}

/** The first `|` outside quotes. */
function pipeAt(body: string): number {
  let q = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (q) {
      if (c === q) q = "";
    } else if (c === '"' || c === "'") q = c;
    else if (c === "|" && body[i + 1] !== "|") return i;
  }
  return -1;
}

/** Reads an output or a shortcode as a variable reference; undefined when it is something else (a function call, a figure). */
export function parseExpression(t: Template, site: Site): Expression | undefined {
  if (t.kind === "shortcode") {
    const m = /^param\s+(?:"([^"]+)"|'([^']+)'|`([^`]+)`|(\S+))\s*\/?$/.exec(t.body);
    if (!m) return undefined;
    const key = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase().split(".");
    return { name: `param "${m[1] ?? m[2] ?? m[3] ?? m[4]}"`, path: ["@param", ...key], filters: "" };
  }
  if (t.kind === "mdx") return mdxExpression(t.body, site);
  if (t.kind !== "output") return undefined;
  const pipe = pipeAt(t.body);
  const base = (pipe < 0 ? t.body : t.body.slice(0, pipe)).trim();
  const filters = pipe < 0 ? "" : t.body.slice(pipe + 1).trim();
  // a quoted literal through filters: `{{ "now" | date: "%Y-%m-%d" }}` is the build date
  const literal = /^(?:"([^"]*)"|'([^']*)')$/.exec(base);
  if (literal && filters) return { name: base, path: ["@literal", literal[1] ?? literal[2]], filters };
  if (site.generator === "hugo") return hugoExpression(base, filters);
  if (!PATH.test(base)) return undefined;
  return { name: base, path: segments(base), filters };
}

/**
 * An MDX expression that names site data: `{siteConfig.customFields.email}` (Docusaurus's
 * config), `{frontMatter.last_updated}` (the page's front matter) or a constant the page imports
 * from a module of the site (`{SUPPORT_EMAIL}`). Other expressions
 * (`{props.x}`, `{new Date().getFullYear()}`, JSX) are code, never variables.
 */
function mdxExpression(body: string, site: Site): Expression | undefined {
  if (!body.startsWith("{") || !body.endsWith("}")) return undefined;
  const inner = body.slice(1, -1).trim().split("?.").join(".");
  if (!PATH.test(inner)) return undefined;
  const segs = segments(inner);
  if (segs[0] === "siteConfig" && segs.length > 1) return { name: inner, path: segs, filters: "" };
  if (segs[0] === "frontMatter" && segs.length > 1) return { name: inner, path: ["page", ...segs.slice(1)], filters: "" };
  // `{SUPPORT_EMAIL}` imported from the site's constants module: its exported value
  if (site.imports?.includes(segs[0])) return { name: inner, path: segs, filters: "" };
  return undefined;
}

/** Hugo: `.Site.Params.x`, `site.Params.x`, `$.Site.Title`, `.Params.x`, `.Page.Params.x`, `.Title`. */
function hugoExpression(base: string, filters: string): Expression | undefined {
  const bare = base.replace(/^\$?\./, "");
  if (!PATH.test(bare)) return undefined;
  const segs = segments(bare).map((s) => s.toLowerCase());
  if (segs[0] === "page") segs.shift();
  const path = segs[0] === "site" ? segs : ["page", ...segs];
  // .Params.x is the page's front matter, which Hugo also exposes as .Params
  if (path[0] === "page" && path[1] === "params") path.splice(1, 1);
  // Go pipelines call functions with spaces: `lower`, `upper`, `markdownify`
  return { name: base, path, filters: filters.replace(/\|\s*/g, "| ") };
}

/** The value at a key path; `ci` compares keys case-insensitively (Hugo). */
function getIn(value: unknown, path: string[], ci: boolean): unknown {
  let v = value;
  for (const k of path) {
    // below a value the build computes, everything is computed too
    if (v instanceof Computed) return v;
    if (v === null || typeof v !== "object") return undefined;
    if (Array.isArray(v)) {
      v = /^\d+$/.test(k) ? v[Number(k)] : undefined;
      continue;
    }
    const o = v as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(o, k)) v = o[k];
    else if (ci) {
      const hit = Object.keys(o).find((x) => x.toLowerCase() === k.toLowerCase());
      v = hit === undefined ? undefined : o[hit];
    } else return undefined;
  }
  return v;
}

/** Plain objects as the template scope: each file's value placed at its mount point, later files winning. */
export function buildScope(site: Site, frontMatter: Record<string, unknown> | undefined): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  for (const f of site.files) {
    if (f.value === undefined) continue;
    if (!f.mount.length) {
      if (f.value && typeof f.value === "object" && !Array.isArray(f.value)) Object.assign(scope, f.value);
      continue;
    }
    let o = scope;
    for (const k of f.mount.slice(0, -1)) o = (o[k] && typeof o[k] === "object" ? o[k] : (o[k] = {})) as Record<string, unknown>;
    const last = f.mount[f.mount.length - 1];
    const prev = o[last];
    o[last] = prev && typeof prev === "object" && f.value && typeof f.value === "object" && !Array.isArray(f.value) ? { ...prev, ...f.value } : f.value;
  }
  const page = frontMatter ?? {};
  if (site.generator === "eleventy") for (const [k, v] of Object.entries(page)) scope[k] = v;
  scope.page = { ...page, ...(site.generator === "hugo" ? { params: page } : {}) };
  return scope;
}

/** The file (latest first) whose mount and content hold `path`. */
function definingFile(site: Site, path: string[], ci: boolean): { file: SiteFile; key: string[] } | undefined {
  const eq = (a: string, b: string) => (ci ? a.toLowerCase() === b.toLowerCase() : a === b);
  for (let i = site.files.length - 1; i >= 0; i--) {
    const f = site.files[i];
    if (f.mount.length > path.length || !f.mount.every((k, j) => eq(k, path[j]))) continue;
    const key = path.slice(f.mount.length);
    if (getIn(f.value, key, ci) !== undefined) return { file: f, key };
  }
  return undefined;
}

/** Text of a scalar as a page shows it (a YAML date as yyyy-mm-dd). */
function show(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}

/** Names a generator binds while it renders, not site data: loop state, include parameters, the layout. */
const RENDER_NAMES = ["forloop", "tablerowloop", "include", "layout", "paginator", "content", "loop", "collections", "eleventy", "pagination"];

/**
 * Names the page binds itself: `{% for p in … %}`, `{% assign x = … %}`, `{% capture x %}`,
 * `{% set x = … %}`, `{% macro m(a, b) %}`, Go `{{ range $i, $p := … }}`. An output that
 * starts with one is the page's own, never a missing site variable.
 */
export function boundNames(templates: Template[]): Set<string> {
  const out = new Set(RENDER_NAMES);
  for (const t of templates) {
    if (t.kind !== "tag") continue;
    const m = /^(?:for|assign|capture|set|increment|decrement|cycle)\s+([\w$]+)(?:\s*,\s*([\w$]+))?/.exec(t.body);
    if (m) {
      out.add(m[1]);
      if (m[2]) out.add(m[2]);
    }
    const macro = /^macro\s+\w+\s*\(([^)]*)\)/.exec(t.body);
    if (macro) for (const a of macro[1].split(",")) out.add(a.trim().split("=")[0].trim());
    for (const v of t.body.matchAll(/\$(\w+)\s*(?:,\s*\$(\w+)\s*)?:?=/g)) {
      out.add(`$${v[1]}`);
      if (v[2]) out.add(`$${v[2]}`);
    }
  }
  return out;
}

/** What a template output (or Hugo `param` shortcode) stands for in this site; undefined when it is not a variable (or one the page binds itself). */
export function resolveTemplate(t: Template, site: Site, scope: Record<string, unknown>, frontMatter?: Record<string, unknown>, bound?: Set<string>): Resolved | undefined {
  const ex = parseExpression(t, site);
  if (!ex) return undefined;
  if (bound?.has(ex.name.replace(/^\$?\./, "").split(/[.[]/)[0]) || bound?.has(ex.name.split(/[.[]/)[0])) return undefined;
  const ci = site.generator === "hugo";
  let path = ex.path;
  if (path[0] === "@literal") return withFilters({ name: ex.name, key: [] }, path[1], ex.filters, scope);
  if (path[0] === "@param") {
    // Hugo's param shortcode: the page's front matter first, then the site's params
    const key = path.slice(1);
    path = getIn(frontMatter, key, true) !== undefined ? ["page", ...key] : ["site", "params", ...key];
  }
  // a .policywright.json variable may be named by its whole dotted name
  const literal = site.files.find((f) => !f.mount.length && f.value && typeof f.value === "object" && Object.prototype.hasOwnProperty.call(f.value, ex.name));
  const found = literal ? { file: literal, key: [ex.name] } : definingFile(site, path, ci);
  const inPage = !found && path[0] === "page" ? getIn(frontMatter, path.slice(1), ci) : undefined;
  const eleventyPage = !found && inPage === undefined && site.generator === "eleventy" ? getIn(frontMatter, path, false) : undefined;
  const value = found ? getIn(found.file.value, found.key, ci) : inPage ?? eleventyPage;
  const key = found?.key ?? (inPage !== undefined ? path.slice(1) : path);
  const base = { name: ex.name, file: found?.file, key };
  if (value === undefined || value === null) return { ...base, kind: "unresolved" };
  if (value instanceof Computed) return { ...base, kind: "unresolved", computed: value.source };
  return withFilters(base, value, ex.filters, scope);
}

/** A found value through its filters (liquidjs), classified as text, list, object or unresolved. */
function withFilters(base: Omit<Resolved, "kind">, found: unknown, filters: string, scope: Record<string, unknown>): Resolved {
  let value = found;
  if (filters) {
    const r = evaluate(`__value | ${filters}`, { ...scope, __value: value });
    if ("error" in r) return { ...base, kind: "unresolved", error: r.error };
    value = r.value;
  }
  if (Array.isArray(value)) return { ...base, kind: "list", value };
  if (value && typeof value === "object" && !(value instanceof Date)) return { ...base, kind: "object", value };
  if (value === undefined || value === null || value === "") return { ...base, kind: "unresolved" };
  return { ...base, kind: "text", text: show(value), value };
}

/** A list or object as a hover shows it: never as running text. */
export function describeValue(v: unknown): string {
  if (Array.isArray(v)) return `a list of ${v.length} item${v.length === 1 ? "" : "s"}`;
  if (v && typeof v === "object") return `an object with ${Object.keys(v).length} key${Object.keys(v).length === 1 ? "" : "s"} (${Object.keys(v).slice(0, 5).join(", ")}${Object.keys(v).length > 5 ? ", …" : ""})`;
  return JSON.stringify(v);
}
