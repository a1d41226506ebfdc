import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { join, relative, sep } from "node:path";

const compiled = new Map<string, RegExp>();

/**
 * A glob as a regular expression over a '/'-separated relative path: `**` crosses folders,
 * `*` and `?` stay inside one, `{a,b}` and `[abc]` as in VS Code. Matching ignores case, as
 * the CLI's default patterns do, so "Privacy-Policy.md" is a policy on every platform.
 */
export function globToRegExp(glob: string): RegExp {
  let hit = compiled.get(glob);
  if (hit) return hit;
  let re = "";
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "{") {
      re += "(?:";
      depth++;
    } else if (c === "}" && depth) {
      re += ")";
      depth--;
    } else if (c === "," && depth) re += "|";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        re += `[${glob.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  hit = new RegExp(`^${re}${")".repeat(depth)}$`, "i");
  compiled.set(glob, hit);
  return hit;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Whether front matter marks the text as a policy (`policywright: true` or a `manifest:` key). */
export function markedAsPolicy(text: string): boolean {
  const fm = FRONT_MATTER.exec(text.slice(0, 8192));
  return !!fm && /^(?:policywright:[ \t]*true\b|manifest:)/m.test(fm[1]);
}

/**
 * Whether a Markdown document is a policy: its path (relative to the workspace folder, or
 * its file name when it is in none) matches a glob, or its front matter marks it.
 */
export function isPolicy(relPath: string | undefined, text: string, globs: string[]): boolean {
  if (relPath !== undefined) {
    const p = relPath.split(sep).join("/");
    if (globs.some((g) => globToRegExp(g).test(p) || (!g.includes("/") && globToRegExp(g).test(p.split("/").pop()!)))) return true;
  }
  return markedAsPolicy(text);
}

const SKIP = new Set(["node_modules", "dist", "out", "build"]);

/**
 * Every policy file below a workspace folder, by the settings' globs or front matter.
 * Skips hidden folders, dependencies and build output, like the CLI.
 */
export function findPolicyFiles(root: string, globs: string[], limit = 5000): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 12 || out.length >= limit) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith(".") || SKIP.has(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile() && /\.(?:md|markdown)$/i.test(e.name)) {
        // the glob test is free; only files it rejects have their first bytes read
        if (isPolicy(relative(root, p), "", globs) || markedAsPolicy(head(p))) out.push(p);
      }
    }
  };
  walk(root, 0);
  return out;
}

/** The first 4 KB of a file, enough for its front matter; empty when unreadable. */
function head(path: string): string {
  try {
    const fd = openSync(path, "r");
    try {
      const buf = Buffer.alloc(4096);
      return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return "";
  }
}
