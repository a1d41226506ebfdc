import { formatOf, parseDataFile } from "../site/dataFile";
import { includeFolders, includeOf } from "../site/includes";
import { findTemplates, type Template } from "../site/templates";
import { exportedConstants, pageImports } from "../site/jsConfig";
import { includeKey, type DataFormat, type Generator, type IncludeResult, type Site, type SiteFile, type SiteProblem } from "../site/types";
import type { ProjectFs } from "./fs";
import { isInside } from "./locate";
import { basename, dirname, joinPath, normalize, relativePath, resolvePath, within } from "./paths";
import { joinList, msg } from "../messages";

/** Largest config or data file read (a bigger one is reported, not read). */
export const MAX_SITE_FILE = 5 * 1024 * 1024;
/** Most data files read from one site's data folder. */
export const MAX_DATA_FILES = 2000;

const JEKYLL = ["_config.yml", "_config.yaml", "_config.toml"];
const HUGO = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"];
const HUGO_OLD = ["config.toml", "config.yaml", "config.yml", "config.json"];
const ELEVENTY = [".eleventy.js", ".eleventy.cjs", ".eleventy.mjs", "eleventy.config.js", "eleventy.config.cjs", "eleventy.config.mjs", "eleventy.config.ts"];
/** What an import without an extension may name, in the order bundlers try. */
const MODULE_EXTENSIONS = [".ts", ".js", ".mjs", ".cjs", ".tsx", ".jsx", ".mts", ".cts"];
const DOCUSAURUS = ["docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs"];

/**
 * The nearest folder up from the page, inside the workspace, that a generator builds, and
 * which: the first folder holding a Jekyll, Hugo, Eleventy or Docusaurus config (the names
 * are listed once in a folder's entries, so each folder costs one listing).
 */
export async function findSiteRoot(fs: ProjectFs, page: string, workspace: string): Promise<{ root: string; generator: Generator } | undefined> {
  let dir = dirname(normalize(page));
  const top = normalize(workspace);
  if (!within(top, dir)) return undefined;
  for (;;) {
    const entries = await fs.list(dir);
    const files = new Set(entries.filter((e) => e.type === "file").map((e) => e.name));
    const dirs = new Set(entries.filter((e) => e.type === "directory").map((e) => e.name));
    const has = (names: string[]) => names.some((n) => files.has(n));
    if (has(JEKYLL)) return { root: dir, generator: "jekyll" };
    if (has(HUGO) || (dirs.has("config") && (await fs.stat(joinPath(dir, "config", "_default")))?.type === "directory") || (has(HUGO_OLD) && (dirs.has("content") || dirs.has("layouts")))) return { root: dir, generator: "hugo" };
    if (has(ELEVENTY)) return { root: dir, generator: "eleventy" };
    if (has(DOCUSAURUS)) return { root: dir, generator: "docusaurus" };
    if (dir === top) return undefined;
    const up = dirname(dir);
    if (up === dir || !within(top, up)) return undefined;
    dir = up;
  }
}

/** `.policywright.json`'s `variables`, with the file they come from. */
export interface ConfigVariables {
  value: Record<string, unknown>;
  path: string;
  text: string;
}

interface Cached {
  stamp: string;
  file?: SiteFile;
  problem?: SiteProblem;
}

/**
 * Reads sites: their config and data files, each read and parsed once per change (a site is
 * found and read once until changed(); a file is read again only when its stamp differs), and
 * a page's includes, read for each check of the page.
 */
export class SiteLoader {
  private readonly files = new Map<string, Cached>();
  /** Sites by page folder: found and read once per change (changed() starts over). */
  private readonly bases = new Map<string, Promise<Omit<Site, "includes" | "page"> | undefined>>();

  constructor(private readonly fs: ProjectFs) {}

  /**
   * Called when a site file changed: sites are found again, and files whose stamp changed are
   * read again. `path` (a file edited in the editor, whose stamp may not change) is re-read.
   */
  changed(path?: string): void {
    this.bases.clear();
    if (path) this.files.delete(normalize(path));
  }

  /**
   * The site a page belongs to, with its variables and the includes the page needs; undefined
   * when the page is in no site and no `.policywright.json` defines variables. `variables` is
   * the `.policywright.json` map, `configPath` its file.
   */
  async load(page: string, text: string, workspace: string, variables?: ConfigVariables): Promise<Site | undefined> {
    if (!this.fs.trusted) return undefined;
    page = normalize(page);
    workspace = normalize(workspace);
    const key = `${dirname(page)}\0${workspace}\0${variables?.path ?? ""}`;
    let base = this.bases.get(key);
    if (!base) {
      base = this.loadBase(page, workspace, variables);
      this.bases.set(key, base);
    }
    const found = await base;
    const shown = (p: string) => relativePath(workspace, p) || basename(p);
    const imported = /\.mdx$/i.test(page) ? await this.loadImports(page, text, workspace, shown) : undefined;
    if (!found && !imported) return undefined;
    const site: Site = { ...(found ?? { generator: "policywright", root: dirname(page), files: [], searched: [], problems: [] }), includes: {}, page };
    if (imported) {
      site.files = [...site.files, ...imported.files];
      site.searched = [...site.searched, ...imported.files.map((f) => f.shown)];
      site.imports = imported.names;
    }
    await this.loadIncludes(site, page, findTemplates(text), workspace, shown, 0);
    return site;
  }

  /**
   * The constants an MDX page imports from the site's own modules (`import { SUPPORT_EMAIL }
   * from "../const"`), read without running them (site/jsConfig.ts), each module as a file of
   * variables holding the imported names. Read for each check of the page, like includes.
   */
  private async loadImports(page: string, text: string, workspace: string, shown: (p: string) => string): Promise<{ files: SiteFile[]; names: string[] } | undefined> {
    const files: SiteFile[] = [];
    const names: string[] = [];
    for (const imp of pageImports(text)) {
      const base = resolvePath(dirname(page), imp.from);
      const candidates = [base, ...MODULE_EXTENSIONS.map((e) => base + e), ...MODULE_EXTENSIONS.map((e) => joinPath(base, `index${e}`))].filter((c) => within(workspace, c));
      let path: string | undefined;
      for (const c of candidates) if (!path && /\.[cm]?[jt]sx?$/.test(c) && (await this.fs.stat(c))?.type === "file") path = c;
      if (!path || !(await isInside(this.fs, workspace, path))) continue;
      let source: string;
      try {
        source = await this.fs.read(path, { maxBytes: MAX_SITE_FILE });
      } catch {
        continue;
      }
      const consts = exportedConstants(source);
      const value: Record<string, unknown> = {};
      for (const n of imp.names) if (Object.prototype.hasOwnProperty.call(consts, n.imported)) value[n.local] = consts[n.imported];
      if (!Object.keys(value).length) continue;
      files.push({ path, shown: shown(path), mount: [], format: "js", text: source, value });
      names.push(...Object.keys(value));
    }
    return files.length ? { files, names } : undefined;
  }

  /** A page's site without its includes: the same for every page of a folder until changed(). */
  private async loadBase(page: string, workspace: string, variables?: ConfigVariables): Promise<Omit<Site, "includes" | "page"> | undefined> {
    const found = await findSiteRoot(this.fs, page, workspace);
    if (!found && !variables) return undefined;
    const root = found?.root ?? dirname(page);
    const generator = found?.generator ?? "policywright";
    const shown = (p: string) => relativePath(workspace, p) || basename(p);
    const files: SiteFile[] = [];
    const problems: SiteProblem[] = [];
    const searched: string[] = [];
    const keep = (got: Cached) => {
      if (got.file) files.push(got.file);
      if (got.problem) problems.push(got.problem);
    };
    const first = async (names: string[], mount: string[]) => {
      for (const n of names) {
        const p = joinPath(root, n);
        if ((await this.fs.stat(p))?.type !== "file") continue;
        searched.push(shown(p));
        keep(await this.read(p, mount, shown(p)));
        return;
      }
    };
    if (generator === "jekyll") {
      await first(JEKYLL, ["site"]);
      await this.dataFolder(joinPath(root, "_data"), ["site", "data"], files, problems, searched, shown);
    } else if (generator === "hugo") {
      await first([...HUGO, ...HUGO_OLD], ["site"]);
      await first([...HUGO, ...HUGO_OLD].map((n) => `config/_default/${n}`), ["site"]);
      await first(["params.toml", "params.yaml", "params.yml", "params.json"].map((n) => `config/_default/${n}`), ["site", "params"]);
      await this.dataFolder(joinPath(root, "data"), ["site", "data"], files, problems, searched, shown);
    } else if (generator === "eleventy") {
      for (const d of ["_data", "src/_data"]) await this.dataFolder(joinPath(root, d), [], files, problems, searched, shown, false);
    } else if (generator === "docusaurus") {
      // read, never run: only the literals of customFields are values (site/jsConfig.ts)
      for (const n of DOCUSAURUS) {
        const p = joinPath(root, n);
        if ((await this.fs.stat(p))?.type !== "file") continue;
        searched.push(shown(p));
        keep(await this.read(p, ["siteConfig"], shown(p), "js"));
        break;
      }
    }
    if (variables) {
      const p = normalize(variables.path);
      searched.push(shown(p));
      files.push({ path: p, shown: shown(p), mount: [], format: "json", text: variables.text, value: variables.value });
    }
    return { generator, root, files, searched, problems };
  }

  /** One file, from the cache while its stamp is unchanged. */
  private async read(path: string, mount: string[], shown: string, as?: DataFormat): Promise<Cached> {
    const st = await this.fs.stat(path);
    const stamp = st ? `${st.mtime}:${st.size}` : "missing";
    const hit = this.files.get(path);
    if (hit && hit.stamp === stamp && (hit.problem || hit.file?.mount.join("\0") === mount.join("\0"))) return hit;
    const format = as ?? formatOf(path) ?? "yaml";
    let entry: Cached;
    try {
      const text = await this.fs.read(path, { maxBytes: MAX_SITE_FILE });
      const parsed = parseDataFile(text, format, /\.tsv$/i.test(path));
      entry = "error" in parsed
        ? { stamp, problem: { path, shown, message: parsed.error, line: parsed.line, character: parsed.character } }
        : { stamp, file: { path, shown, mount, format, text, value: parsed.value } };
    } catch (e) {
      entry = { stamp, problem: { path, shown, message: (e as Error).message.replace(/^.*?: /, ""), line: 0, character: 0 } };
    }
    this.files.set(path, entry);
    return entry;
  }

  /** Every data file below a folder (YAML, JSON, TOML, CSV), mounted by its path: `_data/legal/company.yml` at data.legal.company. */
  private async dataFolder(dir: string, mount: string[], files: SiteFile[], problems: SiteProblem[], searched: string[], shown: (p: string) => string, deep = true) {
    if ((await this.fs.stat(dir))?.type !== "directory") return;
    searched.push(`${shown(dir)}/`);
    let count = 0;
    const walk = async (d: string, at: string[], depth: number) => {
      for (const e of [...(await this.fs.list(d))].sort((a, b) => a.name.localeCompare(b.name))) {
        if (count >= MAX_DATA_FILES || e.name.startsWith(".")) continue;
        const p = joinPath(d, e.name);
        if (e.type === "directory") {
          if (deep && depth < 8) await walk(p, [...at, e.name], depth + 1);
          continue;
        }
        if (e.type !== "file" || !formatOf(e.name) || (!deep && !/\.json$/i.test(e.name))) continue;
        count++;
        const got = await this.read(p, [...at, e.name.replace(/\.[^.]+$/, "")], shown(p));
        if (got.file) files.push(got.file);
        if (got.problem) problems.push(got.problem);
      }
    };
    await walk(dir, mount, 0);
  }

  /** Reads the includes a text names (and theirs), keyed as the core looks them up. */
  private async loadIncludes(site: Site, from: string, templates: Template[], workspace: string, shown: (p: string) => string, depth: number): Promise<void> {
    if (depth > 8) return;
    for (const t of templates) {
      const ref = includeOf(t, site.generator);
      if (!ref) continue;
      const key = includeKey(from, ref.kind, ref.name);
      if (site.includes[key]) continue;
      const bases = ref.kind === "relative" ? [dirname(from)] : includeFolders(ref.kind, site.generator).map((f) => joinPath(site.root, f));
      const candidates = bases.map((b) => resolvePath(b, ref.name));
      // a path out of the workspace is refused before anything about it is looked at
      const inside = candidates.filter((c) => within(workspace, c));
      let path: string | undefined;
      for (const c of inside) if (!path && (await this.fs.stat(c))?.type === "file") path = c;
      let result: IncludeResult;
      if (!inside.length) result = { shown: ref.name, error: msg("site.include-outside", { name: ref.name }) };
      else if (!path) result = { shown: ref.name, error: msg("site.include-missing", { files: joinList(inside.map(shown), "or") }) };
      else if (!(await isInside(this.fs, workspace, path))) result = { shown: ref.name, error: msg("site.include-link-outside", { name: ref.name }) };
      else {
        try {
          const text = await this.fs.read(path, { maxBytes: MAX_SITE_FILE });
          result = { path, shown: shown(path), text };
        } catch (e) {
          result = { shown: shown(path), error: (e as Error).message };
        }
      }
      site.includes[key] = result;
      if ("text" in result && result.path !== from) await this.loadIncludes(site, result.path, findTemplates(result.text), workspace, shown, depth + 1);
    }
  }
}
