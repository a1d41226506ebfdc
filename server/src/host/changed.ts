import { execFileSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { UserError } from "../core/project";
import { GIT_SAFE } from "./git";

/** Runs git with the hardened settings (no pager, signature program or fsmonitor from the repository). */
function git(cwd: string, args: string[]): string {
  // -C rather than cwd: Windows looks for git.exe in the child's working folder first
  return execFileSync("git", [...GIT_SAFE, "-C", cwd, ...args], { cwd: dirname(process.execPath), timeout: 20000, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The files changed since `ref` (absolute paths): committed since the merge base of `ref` and
 * HEAD, staged, unstaged and untracked. Without `ref`, the changes not yet committed.
 * A folder outside a repository or an unknown ref is a usage error with git's reason.
 */
export function changedFiles(cwd: string, ref?: string): Set<string> {
  let top: string;
  try {
    top = git(cwd, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    throw new UserError(`--changed needs a git repository, and ${cwd} is not in one`);
  }
  let base = "HEAD";
  if (ref) {
    if (ref.startsWith("-")) throw new UserError(`--changed: '${ref}' is not a git ref`);
    try {
      base = git(top, ["merge-base", ref, "HEAD"]).trim();
    } catch (e) {
      const why = String((e as { stderr?: string }).stderr ?? "").trim().split("\n")[0];
      throw new UserError(`--changed ${ref}: not a commit git knows${why ? ` (${why})` : ""}`);
    }
  }
  const out = new Set<string>();
  const add = (list: string) => {
    for (const line of list.split("\0")) if (line) out.add(resolve(top, line));
  };
  try {
    add(git(top, ["diff", "--name-only", "-z", "--no-renames", base, "--"]));
    add(git(top, ["ls-files", "--others", "--exclude-standard", "-z"]));
  } catch (e) {
    // a repository without commits has nothing to compare to: every file is new
    if (!ref) add(git(top, ["ls-files", "--cached", "--others", "--exclude-standard", "-z"]));
    else throw new UserError(`--changed: git failed: ${(e as Error).message.split("\n")[0]}`);
  }
  return out;
}
