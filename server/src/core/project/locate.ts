import type { ProjectFs } from "./fs";
import { dirname, isAbsolute, joinPath, normalize, resolvePath, within } from "./paths";

export const MANIFEST_NAMES = ["processors.yaml", "processors.yml"];

/** Where a policy's manifest is, or why the one it names cannot be used. */
export interface ManifestLocation {
  /** The manifest's path, when one was found (it may still fail to read). */
  path?: string;
  /** Why the manifest the policy, the option or the setting names cannot be used. It is never read then. */
  error?: string;
  source?: "option" | "front-matter" | "setting" | "discovered";
}

export interface LocateOptions {
  /** `--manifest` on the command line: used as given. */
  explicit?: string;
  /** The front matter's `manifest:` value, as parsed. */
  frontMatter?: unknown;
  /** The `policywright.manifest` setting, relative to the root. */
  setting?: string;
}

/** Whether a path is named like a manifest (processors.yaml / processors.yml). */
export function isManifestName(path: string): boolean {
  return MANIFEST_NAMES.includes((path.split(/[\\/]/).pop() ?? "").toLowerCase());
}

/**
 * Whether `child` lies inside `root` once symbolic links are resolved (where the host has
 * them), so a link cannot lead the tools to read a file elsewhere.
 */
export async function isInside(fs: ProjectFs, root: string, child: string): Promise<boolean> {
  if (!fs.realpath) return within(root, child);
  const [r, c] = await Promise.all([fs.realpath(root), fs.realpath(child)]);
  return within(r, c);
}

/**
 * Finds a policy's manifest: the explicit option, the front matter's `manifest:`, the setting,
 * else the nearest processors.yaml / processors.yml from the policy's folder up to the root.
 * A path that leaves the root (by `..`, an absolute path, a URL or a link) is an error, never
 * a read. In an untrusted project only open files exist (the ProjectFs decides).
 */
export async function locateManifest(fs: ProjectFs, policyPath: string, root: string, opts: LocateOptions = {}): Promise<ManifestLocation> {
  if (opts.explicit) return { path: normalize(opts.explicit), source: "option" };
  const fm = opts.frontMatter;
  if (fm !== undefined && fm !== null && fm !== true && fm !== false) {
    if (typeof fm !== "string" || !fm.trim()) return { error: `the front matter's manifest: must be a path such as ./processors.yaml, not ${JSON.stringify(fm)}`, source: "front-matter" };
    const v = fm.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return { error: `the manifest '${v}' is a URL; Policywright reads only files inside the workspace`, source: "front-matter" };
    const p = resolvePath(dirname(policyPath), v);
    if (isAbsolute(v) || !(await isInside(fs, root, p))) return { error: `the manifest '${v}' is outside the workspace folder; it was not read`, source: "front-matter" };
    return { path: p, source: "front-matter" };
  }
  if (opts.setting) {
    const p = resolvePath(root, opts.setting);
    if (!(await isInside(fs, root, p))) return { error: `the setting policywright.manifest ('${opts.setting}') points outside the workspace folder; it was not read`, source: "setting" };
    return { path: p, source: "setting" };
  }
  const top = normalize(root);
  let dir = dirname(policyPath);
  for (;;) {
    for (const name of MANIFEST_NAMES) {
      const p = joinPath(dir, name);
      if (!(await fs.stat(p))) continue;
      // a symbolic link out of the workspace is reported, not followed and not silently skipped
      if (!(await isInside(fs, root, p))) return { error: `${p} links to a file outside the workspace; it was not read`, source: "discovered" };
      return { path: p, source: "discovered" };
    }
    if (dir === top || !within(top, dir)) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return {};
}
