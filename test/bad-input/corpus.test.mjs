// Runs the command line on every case of the bad-input corpus (cases.mjs) in a fresh copy of
// the clean workspace: the answer must be the expected exit code with a finding or a
// one-line error, and it must come quickly (a spawn timeout turns a hang into a failure).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "../unit/helpers.mjs";
import { CASES } from "./cases.mjs";

const CASES_DIR = new URL("./cases/", import.meta.url).pathname;
/** A hang is killed here; "fast" is judged against the clean workspace on the same machine. */
const TIMEOUT_MS = 30_000;
let slowMs = 5_000;

/** A workspace for one case: the clean policy and manifest, overlaid with the case's files. */
function workspace(c) {
  const dir = mkdtempSync(join(tmpdir(), `pw-bad-${c.name}-`));
  cpSync(join(CASES_DIR, "_base"), dir, { recursive: true });
  if (existsSync(join(CASES_DIR, c.name))) cpSync(join(CASES_DIR, c.name), dir, { recursive: true });
  c.make?.(dir);
  return dir;
}

/** Runs the command line with a timeout; resolves with its output, exit code and duration. */
function run(args, cwd) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

function checkOutcome(c, r) {
  const e = c.expect;
  assert.equal(r.signal, null, `${c.name}: killed after ${TIMEOUT_MS} ms (a hang)`);
  // heavy cases analyse megabytes (about 4 s of CPU for 20,000 comments): three times the budget
  const budget = slowMs * (c.heavy ? 3 : 1);
  assert.ok(r.ms < budget, `${c.name}: took ${r.ms} ms, more than ${budget} ms (the clean workspace takes ${slowMs / 4} ms or less)`);
  assert.equal(r.code, e.code, `${c.name}: exit code ${r.code}, stderr: ${r.stderr}`);
  if (e.stderr) assert.match(r.stderr, e.stderr, `${c.name}: stderr`);
  if (e.stderrLacks) assert.doesNotMatch(r.stderr, e.stderrLacks, `${c.name}: stderr leaks`);
  if (e.code === 2) {
    assert.equal(r.stdout, "", `${c.name}: no report on a usage or I/O error`);
    assert.equal(r.stderr.trimEnd().split("\n").length, 1, `${c.name}: one line on stderr, got ${JSON.stringify(r.stderr)}`);
    return;
  }
  if (e.stdoutLacks) assert.doesNotMatch(r.stdout, e.stdoutLacks, `${c.name}: stdout passes control characters through`);
  if ((c.format ?? "json") !== "json") return;
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    assert.fail(`${c.name}: no JSON report; stderr: ${r.stderr}`);
  }
  const all = report.files.flatMap((f) => f.findings.map((x) => ({ ...x, path: f.path })));
  for (const x of all) assert.ok(x.line >= 1 && x.column >= 1 && x.endLine >= x.line, `${c.name}: position ${JSON.stringify(x)}`);
  if (e.clean) assert.deepEqual(all.filter((x) => x.severity !== "info").map((x) => `${x.rule}(${x.subject})`), [], `${c.name}: clean`);
  if (e.rule) {
    const path = e.file === "manifest" ? "processors.yaml" : e.file === "policy" ? "privacy.md" : undefined;
    const hit = all.find((x) => x.rule === e.rule && (!e.subject || x.subject === e.subject) && (!path || x.path.endsWith(path)) && (!e.message || e.message.test(x.message)));
    assert.ok(hit, `${c.name}: expected ${e.rule}(${e.subject ?? "*"}) in ${path ?? "any file"}${e.message ? ` matching ${e.message}` : ""}; got ${JSON.stringify(all.map((x) => `${x.path}: ${x.rule}(${x.subject}) ${x.message}`), null, 1)}`);
  }
}

test("the corpus has at least 40 cases, each with an expected outcome", () => {
  assert.ok(CASES.length >= 40, `${CASES.length} cases`);
  for (const c of CASES) assert.ok(c.expect && typeof c.expect.code === "number", c.name);
  assert.equal(new Set(CASES.map((c) => c.name)).size, CASES.length, "case names are unique");
});

test("the clean workspace is clean (and sets the time budget)", async () => {
  const dir = workspace({ name: "_base" });
  try {
    const r = await run(["check", "--format", "json", "privacy.md"], dir);
    checkOutcome({ name: "_base", expect: { code: 0, clean: true } }, r);
    // a loaded machine is slower for every case alike
    slowMs = Math.max(slowMs, 4 * r.ms);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("bad-input corpus", { concurrency: 2 }, () => {
  for (const c of CASES) {
    test(`bad input: ${c.name}`, { skip: c.skip ? "needs a POSIX system" : false }, async () => {
      const dir = workspace(c);
      try {
        const r = await run(["check", "--format", c.format ?? "json", ...(c.args ?? ["privacy.md"])], join(dir, c.cwd ?? ""));
        checkOutcome(c, r);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

const hasGit = spawnSync("git", ["--version"]).status === 0;

test("a repository's git config cannot make the check run a program", { skip: hasGit ? false : "git is not installed" }, async () => {
  const dir = workspace({ name: "_base" });
  const marker = join(dir, "ran.txt");
  const git = (...a) => spawnSync("git", a, { cwd: dir, encoding: "utf8" });
  try {
    git("init", "-q");
    git("add", ".");
    git("-c", "user.email=a@b.example", "-c", "user.name=a", "commit", "-q", "-m", "x");
    // a commit that claims a signature, so that log.showSignature would call gpg.program
    const body = git("cat-file", "commit", "HEAD").stdout.replace(/^(committer .*)$/m, "$1\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n x\n -----END PGP SIGNATURE-----");
    const forged = spawnSync("git", ["hash-object", "-t", "commit", "-w", "--stdin"], { cwd: dir, input: body, encoding: "utf8" }).stdout.trim();
    git("update-ref", "HEAD", forged);
    const script = join(dir, "evil.sh");
    writeFileSync(script, `#!/bin/sh\necho ran > "${marker}"\nexit 1\n`);
    chmodSync(script, 0o755);
    for (const [k, v] of [["log.showSignature", "true"], ["gpg.program", script], ["core.pager", script], ["core.fsmonitor", script]]) git("config", k, v);
    // the trap works: plain `git log` runs the program
    git("log", "-1", "--format=%cI", "--", "processors.yaml");
    assert.equal(existsSync(marker), true, "the forged repository does not trigger gpg.program; the test proves nothing");
    rmSync(marker);
    const r = await run(["check", "privacy.md", "--format", "json"], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(existsSync(marker), false, "a program named in .git/config ran");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
