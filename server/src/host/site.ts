import { readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { formatOf, parseDataFile } from "../core/site/dataFile";
import { includeFolders, includeOf } from "../core/site/includes";
import { findTemplates, type Template } from "../core/site/templates";
import { includeKey, type Generator, type IncludeResult, type Site, type SiteFile, type SiteProblem } from "../core/site/types";
import { isInside, readText } from "./files";

/** Largest config or data file read (a bigger one is reported, not read). */
export const MAX_SITE_FILE = 5 * 1024 * 1024;
/** Most data files read from one site's data folder. */
export const MAX_DATA_FILES = 2000;

/** How the host reads files; the editor passes one that prefers open buffers. */
export interface SiteFs {
  /** File text, or throws with a one-line reason. */
  read(path: string, maxBytes: number): string;
  /** Modification stamp, undefined when the path is not a file. */
  stamp(path: string): string | undefined;
  isDir(path: string): boolean;
  /** Entries of a folder: name and whether it is a folder. */
  list(path: string): { name: string; dir: boolean }[];
}

export const diskFs: SiteFs = {
  read: (p, max) => readText(p, max),
  stamp(p) {
    try {
      const st = statSync(p);
      return st.isFile() ? `${st.mtimeMs}:${st.size}` : undefined;
    } catch {
      return undefined;
    }
  },
  isDir(p) {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  },
  list(p) {
    try {
      return readdirSync(p, { withFileTypes: true }).map((e) => ({ name: e.name, dir: e.isDirectory() }));
    } catch {
      return [];
    }
  },
};

const JEKYLL = ["_config.yml", "_config.yaml", "_config.toml"];
const HUGO = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"];
const HUGO_OLD = ["config.toml", "config.yaml", "config.yml", "config.json"];
const ELEVENTY = [".eleventy.js", ".eleventy.cjs", ".eleventy.mjs", "eleventy.config.js", "eleventy.config.cjs", "eleventy.config.mjs", "eleventy.config.ts"];
const DOCUSAURUS = ["docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs"];

/** The nearest folder up from the page (inside the workspace) that a generator builds, and which. */
export function findSiteRoot(fs: SiteFs, page: string, workspace: string): { root: string; generator: Generator } | undefined {
  let dir = dirname(resolve(page));
  const top = resolve(workspace);
  for (;;) {
    const has = (names: string[]) => names.some((n) => fs.stamp(join(dir, n)) !== undefined);
    if (has(JEKYLL)) return { root: dir, generator: "jekyll" };
    if (has(HUGO) || fs.isDir(join(dir, "config", "_default")) || (has(HUGO_OLD) && (fs.isDir(join(dir, "content")) || fs.isDir(join(dir, "layouts"))))) return { root: dir, generator: "hugo" };
    if (has(ELEVENTY)) return { root: dir, generator: "eleventy" };
    if (has(DOCUSAURUS)) return { root: dir, generator: "docusaurus" };
    if (dir === top || !isInside(top, dir)) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

interface Cached {
  stamp: string;
  file?: SiteFile;
  problem?: SiteProblem;
}

/**
 * Reads sites: their config and data files, each parsed once per change (a file is read
 * again only when its modification stamp differs), and a page's includes.
 */
export class SiteLoader {
  private readonly files = new Map<string, Cached>();

  constructor(private readonly fs: SiteFs = diskFs) {}

  /** Forgets every file (the editor calls this when a site file changed and stamps may be too coarse). */
  clear(): void {
    this.files.clear();
  }

  /**
   * The site a page belongs to, with its variables and the includes the page needs; undefined
   * when the page is in no site and no `.policywright.json` defines variables. `variables` is
   * the `.policywright.json` map, `configPath` its file.
   */
  load(page: string, text: string, workspace: string, variables?: { value: Record<string, unknown>; path: string; text: string }): Site | undefined {
    const found = findSiteRoot(this.fs, page, workspace);
    if (!found && !variables) return undefined;
    const root = found?.root ?? dirname(resolve(page));
    const generator = found?.generator ?? "policywright";
    const shown = (p: string) => relative(workspace, p).split(sep).join("/") || basename(p);
    const files: SiteFile[] = [];
    const problems: SiteProblem[] = [];
    const searched: string[] = [];
    const add = (path: string, mount: string[]) => {
      const got = this.read(path, mount, shown(path));
      if (got.file) files.push(got.file);
      if (got.problem) problems.push(got.problem);
      return !!got.file || !!got.problem;
    };
    const first = (names: string[], mount: string[]) => {
      for (const n of names) if (this.fs.stamp(join(root, n)) !== undefined) {
        searched.push(shown(join(root, n)));
        return add(join(root, n), mount);
      }
      return false;
    };
    if (generator === "jekyll") {
      first(JEKYLL, ["site"]);
      this.dataFolder(join(root, "_data"), ["site", "data"], files, problems, searched, shown);
    } else if (generator === "hugo") {
      first([...HUGO, ...HUGO_OLD], ["site"]);
      const dflt = join(root, "config", "_default");
      first(["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"].map((n) => join("config", "_default", n)), ["site"]);
      first(["params.toml", "params.yaml", "params.yml", "params.json"].map((n) => join("config", "_default", n)), ["site", "params"]);
      if (!this.fs.isDir(dflt) && !searched.length) searched.push("hugo.toml");
      this.dataFolder(join(root, "data"), ["site", "data"], files, problems, searched, shown);
    } else if (generator === "eleventy") {
      for (const d of ["_data", join("src", "_data")]) this.dataFolder(join(root, d), [], files, problems, searched, shown, false);
    }
    if (variables) {
      searched.push(shown(variables.path));
      files.push({ path: variables.path, shown: shown(variables.path), mount: [], format: "json", text: variables.text, value: variables.value });
    }
    const site: Site = { generator, root, files, searched, problems, includes: {}, page: resolve(page) };
    this.loadIncludes(site, resolve(page), findTemplates(text), workspace, shown, 0);
    return site;
  }

  /** One file, from the cache while its stamp is unchanged. */
  private read(path: string, mount: string[], shown: string): Cached {
    const stamp = this.fs.stamp(path) ?? "missing";
    const hit = this.files.get(path);
    if (hit && hit.stamp === stamp && hit.file?.mount.join(".") === mount.join(".")) return hit;
    if (hit && hit.stamp === stamp && hit.problem) return hit;
    const format = formatOf(path) ?? "yaml";
    let entry: Cached;
    try {
      const text = this.fs.read(path, MAX_SITE_FILE);
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
  private dataFolder(dir: string, mount: string[], files: SiteFile[], problems: SiteProblem[], searched: string[], shown: (p: string) => string, deep = true) {
    if (!this.fs.isDir(dir)) return;
    searched.push(`${shown(dir)}/`);
    let count = 0;
    const walk = (d: string, at: string[], depth: number) => {
      for (const e of this.fs.list(d).sort((a, b) => a.name.localeCompare(b.name))) {
        if (count >= MAX_DATA_FILES || e.name.startsWith(".")) continue;
        const p = join(d, e.name);
        if (e.dir) {
          if (deep && depth < 8) walk(p, [...at, e.name], depth + 1);
          continue;
        }
        if (!formatOf(e.name) || (!deep && !/\.json$/i.test(e.name))) continue;
        count++;
        const got = this.read(p, [...at, e.name.replace(/\.[^.]+$/, "")], shown(p));
        if (got.file) files.push(got.file);
        if (got.problem) problems.push(got.problem);
      }
    };
    walk(dir, mount, 0);
  }

  /** Reads the includes a text names (and theirs), keyed as the core looks them up. */
  private loadIncludes(site: Site, from: string, templates: Template[], workspace: string, shown: (p: string) => string, depth: number) {
    if (depth > 8) return;
    for (const t of templates) {
      const ref = includeOf(t, site.generator);
      if (!ref) continue;
      const key = includeKey(from, ref.kind, ref.name);
      if (site.includes[key]) continue;
      const bases = ref.kind === "relative" ? [dirname(from)] : includeFolders(ref.kind, site.generator).map((f) => join(site.root, f));
      const candidates = bases.map((b) => resolve(b, ref.name));
      // a path out of the workspace is refused before anything about it is looked at
      const inside = candidates.filter((c) => isInside(workspace, c));
      const path = inside.find((c) => this.fs.stamp(c) !== undefined);
      let result: IncludeResult;
      if (!inside.length) result = { shown: ref.name, error: `${ref.name} leaves the workspace; it was not read` };
      else if (!path) result = { shown: ref.name, error: `there is no file ${inside.map(shown).join(" or ")}` };
      else {
        try {
          const text = this.fs.read(path, MAX_SITE_FILE);
          result = { path, shown: shown(path), text };
        } catch (e) {
          result = { shown: shown(path), error: (e as Error).message };
        }
      }
      site.includes[key] = result;
      if ("text" in result && result.path !== from) this.loadIncludes(site, result.path, findTemplates(result.text), workspace, shown, depth + 1);
    }
  }
}
