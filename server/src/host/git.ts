import type * as ChildProcess from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Settings a repository's own .git/config could use to make `git log` run a program of its
 * choosing (a signature verifier, a pager, a file-system monitor); each is switched off.
 */
export const GIT_SAFE = ["--no-pager", "-c", "log.showSignature=false", "-c", "core.fsmonitor=false", "-c", "gpg.program=false", "-c", "core.pager=cat"];

/** `git log` for a file's last commit date: -C rather than cwd, because Windows looks for git.exe in the child's working folder first, and that folder must not be one a repository controls. */
const logArgs = (path: string) => [...GIT_SAFE, "-C", dirname(path), "log", "-1", "--no-show-signature", "--format=%cI", "--", path];
const OPTIONS = { cwd: dirname(process.execPath), timeout: 3000, encoding: "utf8" as const };

/**
 * Whether git could find a repository for this file: a `.git` folder or file in its folder or
 * one above, or GIT_DIR set. When not, no git is started (git would only say it found none).
 */
export function inRepository(path: string): boolean {
  if (process.env.GIT_DIR) return true;
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return true;
    if (dirname(dir) === dir) return false;
  }
}

/** node:child_process (with net and stream) is loaded when git is first run, not at every start. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load
const cp = () => require("node:child_process") as typeof ChildProcess;

const toDate = (out: string) => (out.trim() ? new Date(out.trim()) : undefined);

/** When the manifest last changed in git, if it is tracked (never runs anything from the workspace). */
export function lastCommitDate(path: string): Date | undefined {
  if (!inRepository(path)) return undefined;
  try {
    return toDate(cp().execFileSync("git", logArgs(path), { ...OPTIONS, stdio: ["ignore", "pipe", "ignore"] }));
  } catch {
    return undefined;
  }
}

/** The same, without waiting: git runs while the caller parses. */
export function lastCommitDateAsync(path: string): Promise<Date | undefined> {
  if (!inRepository(path)) return Promise.resolve(undefined);
  return new Promise((done) => {
    try {
      const child = cp().execFile("git", logArgs(path), OPTIONS, (err, out) => done(err ? undefined : toDate(out)));
      child.stdin?.end();
    } catch {
      done(undefined);
    }
  });
}
