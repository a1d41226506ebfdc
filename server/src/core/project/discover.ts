import picomatch from "picomatch/posix";
import { marksPolicy, readFrontMatter } from "../policy/frontMatter";
import type { ProjectFs } from "./fs";
import { basename, joinPath, relativePath } from "./paths";

/**
 * The policy files a project has by default, relative to its root (case-insensitive):
 * Markdown and MDX pages named like a policy, and page bundles (`privacy/index.md`,
 * `datenschutz/_index.de.md`) as Hugo, Eleventy and Docusaurus lay them out.
 */
export const DEFAULT_POLICY_GLOBS = [
  "**/*privacy*.{md,markdown,mdx}", "**/*policy*.{md,markdown,mdx}", "**/*notice*.{md,markdown,mdx}",
  "**/{*privacy*,*policy*,*notice*,datenschutz*,confidentialit*}/{index,_index}{,.*}.{md,markdown,mdx}",
];

/** Folders never searched: dependencies, build output, and hidden folders (.git, .vscode...). */
const SKIP = new Set(["node_modules", "dist", "out", "build"]);
const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
/** Enough of a file for its front matter. */
const HEAD_BYTES = 8192;

const matchers = new Map<string, (path: string) => boolean>();

/**
 * Whether a '/'-separated relative path matches one of the globs. Globs follow VS Code
 * (`**`, `*`, `?`, `{a,b}`, `[abc]`); matching ignores case, so "Privacy-Policy.md" is a policy
 * on every platform, and a glob without a '/' also matches the file name alone.
 */
export function matchesGlobs(relPath: string, globs: readonly string[]): boolean {
  const key = globs.join("\0");
  let m = matchers.get(key);
  if (!m) {
    // picomatch's basename option makes globs with a '/' fail (privacy/index.md), so only the
    // globs without one match the file name alone
    const full = picomatch(globs.length ? [...globs] : ["\0"], { nocase: true, dot: true });
    const names = globs.filter((g) => !g.includes("/"));
    const base = names.length ? picomatch(names, { nocase: true, dot: true, basename: true }) : () => false;
    m = (path: string) => full(path) || base(path);
    matchers.set(key, m);
  }
  return m(relPath.replace(/\\/g, "/"));
}

/**
 * Whether a Markdown file is a policy: its path (relative to the project root, or its file name
 * when it is in none) matches a glob, or its front matter says `policywright: true` or names a
 * `manifest:`. The text is only read when the path does not decide.
 */
export function isPolicy(relPath: string | undefined, text: string, globs: readonly string[] = DEFAULT_POLICY_GLOBS): boolean {
  if (relPath !== undefined && MARKDOWN.test(relPath) && matchesGlobs(relPath, globs)) return true;
  return marksPolicy(readFrontMatter(text));
}

/**
 * Every policy below a folder, in name order: by the globs or by front matter. Hidden folders,
 * dependencies and build output are skipped; at most `limit` files, 12 folders deep.
 */
export async function findPolicyFiles(fs: ProjectFs, root: string, globs: readonly string[] = DEFAULT_POLICY_GLOBS, limit = 5000): Promise<string[]> {
  const out: string[] = [];
  if (!fs.trusted) return out;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 12 || out.length >= limit) return;
    const entries = [...(await fs.list(dir))].sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (out.length >= limit) return;
      if (e.name.startsWith(".") || SKIP.has(e.name)) continue;
      const p = joinPath(dir, e.name);
      if (e.type === "directory") await walk(p, depth + 1);
      else if (e.type === "file" && MARKDOWN.test(e.name)) {
        // the glob test is free; only files it rejects have their first bytes read
        if (matchesGlobs(relativePath(root, p) ?? basename(p), globs) || marksPolicy(readFrontMatter(await head(fs, p)))) out.push(p);
      }
    }
  };
  await walk(root, 0);
  return out;
}

async function head(fs: ProjectFs, path: string): Promise<string> {
  try {
    return fs.head ? await fs.head(path, HEAD_BYTES) : (await fs.read(path)).slice(0, HEAD_BYTES);
  } catch {
    return "";
  }
}
