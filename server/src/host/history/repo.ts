import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** Where a file's repository keeps its objects and which commit it has checked out. */
export interface RepoInfo {
  /** The work tree's top folder. */
  top: string;
  /** The folder with objects and refs (the common folder of a linked work tree). */
  gitdir: string;
  /** The checked-out commit's ref ("refs/heads/main") or, when detached, its id. */
  head: string;
  /** The file's path inside the repository, with forward slashes. */
  path: string;
  /** Commits whose parents a shallow clone does not have. */
  shallow: Set<string>;
}

/**
 * Finds the repository holding a file by reading `.git` the way git does (a folder, or a
 * `gitdir:` file for a linked work tree or submodule). Nothing is run: the repository's
 * config is never consulted, so it cannot name a program for Policywright to start.
 * Returns undefined outside git.
 */
export function findRepo(file: string): RepoInfo | undefined {
  // the file itself may be gone from the work tree (a manifest deleted to be drafted again)
  const abs = join(realpathSync(dirname(resolve(file))), basename(file));
  for (let dir = dirname(abs); ; dir = dirname(dir)) {
    const dotGit = join(dir, ".git");
    if (existsSync(dotGit)) return open(dir, dotGit, abs);
    if (dirname(dir) === dir) return undefined;
  }
}

/** The repository a folder is in (its `path` is the folder's, "" at the top), or undefined outside git. */
export function findRepoOfFolder(folder: string): RepoInfo | undefined {
  const abs = realpathSync(resolve(folder));
  for (let dir = abs; ; dir = dirname(dir)) {
    const dotGit = join(dir, ".git");
    if (existsSync(dotGit)) return open(dir, dotGit, abs);
    if (dirname(dir) === dir) return undefined;
  }
}

function open(top: string, dotGit: string, file: string): RepoInfo | undefined {
  let own = dotGit;
  if (statSync(dotGit).isFile()) {
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"));
    if (!m) return undefined;
    own = isAbsolute(m[1]) ? m[1] : resolve(top, m[1]);
  }
  const headText = readIf(join(own, "HEAD"));
  if (!headText) return undefined;
  const common = readIf(join(own, "commondir"));
  const gitdir = common ? resolve(own, common.trim()) : own;
  const ref = /^ref:\s*(\S+)/.exec(headText);
  const shallow = new Set((readIf(join(gitdir, "shallow")) ?? "").split(/\s+/).filter(Boolean));
  return { top, gitdir, head: ref ? ref[1] : headText.trim(), path: relative(top, file).split(sep).join("/"), shallow };
}

function readIf(p: string): string | undefined {
  try {
    return readFileSync(p, "utf8");
  } catch {
    return undefined;
  }
}
