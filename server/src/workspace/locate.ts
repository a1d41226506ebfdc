import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { isInside } from "../host/files";
import type { Workspace } from "./folders";
import { within } from "./folders";

export interface Located {
  /** The manifest's path, when one was found (it may still fail to read). */
  path?: string;
  /** Why the manifest the policy or the settings name cannot be used. Never read in that case. */
  error?: string;
  source?: "front-matter" | "setting" | "discovered";
}

const MANIFEST_NAMES = ["processors.yaml", "processors.yml"];

/**
 * Finds a policy's manifest the way the CLI's locateManifest does (front matter, then the
 * setting, then the nearest processors.yaml up to the root), but for the editor: the root is
 * the policy's own workspace folder, an open buffer counts as an existing file, and in an
 * untrusted workspace only open buffers count, so nothing is ever looked up on disk.
 */
export function locateForPolicy(ws: Workspace, policyPath: string, frontMatter: unknown, setting: string): Located {
  const root = ws.rootFor(policyPath);
  const inside = (p: string) => (ws.trusted ? isInside(root, p) : within(root, p));
  if (frontMatter !== undefined && frontMatter !== null && frontMatter !== true && frontMatter !== false) {
    if (typeof frontMatter !== "string") return { error: "the front matter 'manifest:' must be one relative path, e.g. ./processors.yaml", source: "front-matter" };
    const v = frontMatter.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return { error: `the manifest '${v}' is a URL; Policywright reads only files inside the workspace`, source: "front-matter" };
    const p = resolve(dirname(policyPath), v);
    if (!v || isAbsolute(v) || !inside(p)) return { error: `the manifest '${v}' is outside the workspace folder; it was not read`, source: "front-matter" };
    return { path: p, source: "front-matter" };
  }
  if (setting) {
    const p = resolve(root, setting);
    if (!inside(p)) return { error: `the setting policywright.manifest ('${setting}') points outside the workspace folder; it was not read`, source: "setting" };
    return { path: p, source: "setting" };
  }
  const exists = (p: string) => !!ws.openAt(p) || (ws.trusted && existsSync(p));
  let dir = dirname(resolve(policyPath));
  const top = resolve(root);
  for (;;) {
    for (const name of MANIFEST_NAMES) {
      const p = join(dir, name);
      if (!exists(p)) continue;
      if (inside(p)) return { path: p, source: "discovered" };
      return { error: `${name} in ${dir} links outside the workspace folder; it was not read`, source: "discovered" };
    }
    if (dir === top || !within(top, dir)) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return {};
}

/** Whether a path is named like a manifest (processors.yaml / processors.yml). */
export function isManifestName(path: string): boolean {
  const base = path.split(/[\\/]/).pop() ?? "";
  return MANIFEST_NAMES.includes(base.toLowerCase());
}
