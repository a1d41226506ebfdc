import { execFileSync } from "node:child_process";
import { existsSync, openSync, readFileSync, readSync, closeSync, readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Severity } from "../core/types";

/** Largest file the tools read; anything bigger gets a clear message instead of an analysis. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export class UserError extends Error {}

/**
 * Reads a text file the way an editor would: UTF-8 (BOM dropped) or UTF-16 with a BOM.
 * Refuses directories, devices and pipes (which would block or never end), binary files and
 * files above the size limit with a one-line reason. Problems that still allow reading
 * (invalid UTF-8) are added to `warnings`.
 */
export function readText(path: string, maxBytes = MAX_FILE_BYTES, warnings?: string[]): string {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UserError(`${path}: no such file`);
  }
  if (st.isDirectory()) throw new UserError(`${path}: is a directory, not a file`);
  if (!st.isFile()) throw new UserError(`${path}: is not a regular file (a device, pipe or socket)`);
  if (st.size > maxBytes) throw new UserError(`${path}: ${(st.size / 1048576).toFixed(1)} MB is larger than the ${maxBytes / 1048576} MB limit`);
  const buf = readFileSync(path);
  return decode(buf, path, warnings);
}

/** Decodes bytes as an editor would; rejects binary content. */
export function decode(buf: Uint8Array, path = "file", warnings?: string[]): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  const sample = buf.subarray(0, 8192);
  if (sample.includes(0)) throw new UserError(`${path}: looks like a binary file, not text`);
  let text = new TextDecoder("utf-8", { fatal: false }).decode(buf);
  if (warnings && text.includes("\uFFFD")) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(buf);
    } catch {
      const line = text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
      warnings.push(`not valid UTF-8 (first bad byte on line ${line}); bad bytes were read as \uFFFD`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Whether `child` lies inside `root` (after resolving symbolic links where the path exists). */
export function isInside(root: string, child: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const r = real(root);
  const c = real(child);
  const rel = relative(r, c);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel) && !rel.startsWith(sep));
}

export interface ManifestLocation {
  path?: string;
  /** Why the manifest named by the policy cannot be used (outside the workspace, a URL...). */
  error?: string;
  /** Where the path came from. */
  source?: "option" | "front-matter" | "setting" | "discovered";
}

/**
 * Finds the manifest for a policy: the explicit option, the front matter `manifest:`,
 * the setting, else the nearest processors.yaml / processors.yml up to the root.
 * A path that leaves the root is an error, never a read.
 */
export function locateManifest(policyPath: string, root: string, opts: { explicit?: string; frontMatter?: unknown; setting?: string }): ManifestLocation {
  if (opts.explicit) return { path: resolve(opts.explicit), source: "option" };
  const fm = opts.frontMatter;
  if (fm !== undefined && fm !== null && fm !== true) {
    if (typeof fm !== "string" || !fm.trim()) return { error: `the front matter's manifest: must be a path such as ./processors.yaml, not ${JSON.stringify(fm)}`, source: "front-matter" };
    const v = fm.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return { error: `the manifest '${v}' is a URL; Policywright reads only files inside the workspace`, source: "front-matter" };
    const p = resolve(dirname(policyPath), v);
    if (isAbsolute(v) || !isInside(root, p)) return { error: `the manifest '${v}' is outside the workspace; it was not read`, source: "front-matter" };
    return { path: p, source: "front-matter" };
  }
  if (opts.setting) {
    const p = resolve(root, opts.setting);
    if (!isInside(root, p)) return { error: `the manifest setting '${opts.setting}' points outside the workspace; it was not read`, source: "setting" };
    return { path: p, source: "setting" };
  }
  let dir = dirname(resolve(policyPath));
  const top = resolve(root);
  for (;;) {
    for (const name of ["processors.yaml", "processors.yml"]) {
      const p = join(dir, name);
      if (!existsSync(p)) continue;
      // a symbolic link out of the workspace is reported, not followed and not silently skipped
      if (!isInside(root, p)) return { error: `${p} links to a file outside the workspace; it was not read`, source: "discovered" };
      return { path: p, source: "discovered" };
    }
    if (dir === top || !isInside(top, dir)) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return {};
}

const DEFAULT_GLOBS = [/privacy[^/]*\.(?:md|markdown|mdx)$/i, /policy[^/]*\.(?:md|markdown|mdx)$/i, /notice[^/]*\.(?:md|markdown|mdx)$/i];
/** A page bundle: `privacy/index.md`, `datenschutz/_index.md` (Hugo, Eleventy, Docusaurus). */
const BUNDLE = /(?:privacy|policy|notice|datenschutz|confidentialit)[^/\\]*[/\\]_?index(?:\.[a-z]{2}(?:-[a-z]{2})?)?\.(?:md|markdown|mdx)$/i;

/** Whether a Markdown file is a policy: its name (or page bundle folder) matches the defaults, or its front matter says so. */
export function looksLikePolicy(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? path;
  if (!/\.(?:md|markdown|mdx)$/i.test(base)) return false;
  if (DEFAULT_GLOBS.some((g) => g.test(base)) || BUNDLE.test(path)) return true;
  let head = "";
  try {
    const fd = openSync(path, "r");
    const buf = Buffer.alloc(2048);
    const n = readSync(fd, buf, 0, 2048, 0);
    closeSync(fd);
    head = buf.subarray(0, n).toString("utf8");
  } catch {
    return false;
  }
  const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(head);
  return !!fm && /^(?:policywright:\s*true|manifest:)/m.test(fm[1]);
}

/** Every policy below a folder (skipping dependencies, VCS folders and build output). */
export function findPolicies(dir: string, limit = 5000): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 12 || out.length >= limit) return;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith(".") || e.name === "node_modules" || e.name === "dist" || e.name === "out") continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile() && looksLikePolicy(p)) out.push(p);
    }
  };
  walk(dir, 0);
  return out;
}

export interface Config {
  rules?: Record<string, Severity | "off">;
  regimes?: string[];
  /** Template variables for pages no generator config defines (`{{ company.email }}`). */
  variables?: Record<string, unknown>;
}

/** `.policywright.json` beside the policy, else at the root. A broken file is reported, not ignored silently. */
export function loadConfig(policyPath: string, root: string): { config: Config; error?: string; path?: string; text?: string } {
  for (const dir of [dirname(resolve(policyPath)), resolve(root)]) {
    const p = join(dir, ".policywright.json");
    if (!existsSync(p)) continue;
    // a link to a file elsewhere would let a repository make the tool read (and quote) any file
    if (!isInside(root, p) && !isInside(dir, p)) return { config: {}, error: `${p}: links to a file outside the workspace; it was not read` };
    try {
      const text = readText(p, 1024 * 1024);
      const raw = JSON.parse(text);
      return { config: typeof raw === "object" && raw ? raw : {}, path: p, text };
    } catch (e) {
      return { config: {}, error: `${p}: ${(e as Error).message}` };
    }
  }
  return { config: {} };
}

/**
 * Settings a repository's own .git/config could use to make `git log` run a program of its
 * choosing (a signature verifier, a pager, a file-system monitor); each is switched off.
 */
export const GIT_SAFE = ["--no-pager", "-c", "log.showSignature=false", "-c", "core.fsmonitor=false", "-c", "gpg.program=false", "-c", "core.pager=cat"];

/** When the manifest last changed in git, if it is tracked (never runs anything from the workspace). */
export function lastCommitDate(path: string): Date | undefined {
  try {
    // -C rather than cwd: Windows looks for git.exe in the child's working folder first, and that
    // folder must not be one a repository controls
    const out = execFileSync("git", [...GIT_SAFE, "-C", dirname(path), "log", "-1", "--no-show-signature", "--format=%cI", "--", path], { cwd: dirname(process.execPath), timeout: 3000, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" }).trim();
    return out ? new Date(out) : undefined;
  } catch {
    return undefined;
  }
}
