// Real temporary git repositories for the history tests: each commit gets a fixed date, and the
// folder is removed when the test ends. Tests drive `git` itself (the product never spawns it).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export function git(cwd, args, env = {}) {
  const r = spawnSync("git", ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], {
    cwd, encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "Test", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "Test", GIT_COMMITTER_EMAIL: "t@example.com", GIT_CONFIG_NOSYSTEM: "1", HOME: cwd, ...env },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A new repository in a temporary folder, removed by `t.after`. */
export function tempRepo(t) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "pw-git-")));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  git(dir, ["init", "-q"]);
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    /** Commits everything with a fixed date (YYYY-MM-DD, noon UTC); returns the commit id. */
    commit(date, message) {
      const when = `${date}T12:00:00Z`;
      git(dir, ["add", "-A"]);
      git(dir, ["commit", "-q", "--allow-empty", "-m", message], { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
      return git(dir, ["rev-parse", "HEAD"]);
    },
    git: (args) => git(dir, args),
  };
}

/** A temporary folder outside any repository. */
export function tempDir(t) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "pw-nogit-")));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
