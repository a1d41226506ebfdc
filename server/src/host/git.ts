import { execFileSync } from "node:child_process";
import { dirname } from "node:path";

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
