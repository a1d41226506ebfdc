// CI formats (github, markdown, junit) and `check --changed [REF]`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, manifestText } from "../unit/helpers.mjs";

const MANIFEST = manifestText({ processors: [{ name: "Stripe", purpose: "Payments", category: "payments", country: "US", transfer: "dpf" }] });

function folder(t, files) {
  const dir = mkdtempSync(join(tmpdir(), "pw-fmt-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const run = (dir, ...args) => spawnSync(process.execPath, [CLI, "check", ...args], { cwd: dir, encoding: "utf8" });

test("--format github writes one workflow command per finding, escaped", (t) => {
  const dir = folder(t, { "processors.yaml": MANIFEST, "legal/privacy, 100%.md": "# Privacy\n\nTODO: 50% done\nWrite to privacy@pikkulintu.example.\n" });
  const r = run(dir, "--format", "github");
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split("\n");
  assert.ok(lines.includes("::error file=legal/privacy%2C 100%25.md,line=3,col=1,endLine=3,endColumn=5,title=policywright placeholder::Unfinished text: \"TODO\" marks text still to be written."), r.stdout);
  assert.ok(lines.some((l) => l.startsWith("::error file=legal/privacy%2C 100%25.md,") && l.includes("title=policywright undisclosed-processor::Stripe is in the manifest")));
  assert.ok(lines.some((l) => l.startsWith("::warning file=") && l.includes("missing-section")));
  assert.match(lines.at(-1), /^policywright: 2 errors, \d+ warnings, \d+ info in 1 file$/);
});

test("--format markdown gives counts, then findings by file linked to their rule pages, with policy text escaped", (t) => {
  const dir = folder(t, { "processors.yaml": MANIFEST, "privacy.md": "# Privacy\n\nWe use [Evil](http://x) <b>Hotjar</b> | TBD.\nWrite to privacy@pikkulintu.example.\n" });
  const r = run(dir, "--format", "markdown");
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^## Policywright\n\n\*\*2 errors, 10 warnings, 1 info\*\* in 1 file checked\.\n\n### `privacy.md`\n\n\| \| line \| rule \| finding \|/);
  assert.match(r.stdout, /\| 🛑 error \| 3 \| \[placeholder\]\(https:\/\/github\.com\/policywright\/policywright\/blob\/main\/docs\/rules\/placeholder\.md\) \| Unfinished text: "TBD" marks text still to be written\. \|/);
  assert.match(r.stdout, /\| ⚠️ warning \| 3 \| \[undeclared-processor\]\([^)]+\) \| The policy names Hotjar/);
  assert.doesNotMatch(r.stdout, /<b>/);
});

test("--format markdown and junit on a clean folder", (t) => {
  const dir = folder(t, { "processors.yaml": manifestText({ processors: [] }), "privacy.md": "---\npolicywright: true\n---\n# Privacy\n" });
  const md = run(dir, "--format", "markdown", "--quiet");
  assert.match(md.stdout, /No findings|### `privacy.md`/);
  const junit = run(dir, "--format", "junit");
  assert.match(junit.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="policywright" tests="\d+" failures="\d+" errors="0">/);
});

test("--format junit: errors and warnings fail, info passes, XML is escaped", (t) => {
  const dir = folder(t, { "processors.yaml": MANIFEST, "privacy.md": "# Privacy & <Terms>\n\nWe use Stripe. Write to privacy@pikkulintu.example. Last updated: 2 May 2099. TODO \"x\"\n" });
  const r = run(dir, "--format", "junit");
  const x = r.stdout;
  assert.match(x, /<testcase classname="privacy.md" name="placeholder: TODO \(line 3\)" file="privacy.md" line="3">\n {6}<failure type="placeholder" message="error: Unfinished text: &quot;TODO&quot; marks text still to be written.">/);
  assert.match(x, /name="stale-date: last-updated \(line 3\)"[^>]*>\n {6}<system-out>/, "info is a passing case");
  const suite = /<testsuite name="privacy.md" tests="(\d+)" failures="(\d+)"/.exec(x);
  const cases = x.match(/<testcase /g).length;
  assert.equal(Number(suite[1]), cases);
  assert.equal(Number(suite[2]), x.match(/<failure /g).length);
});

test("--changed checks the changed policies and the policies whose manifest changed", (t) => {
  const dir = folder(t, {
    "a/processors.yaml": MANIFEST, "a/privacy.md": "# A privacy\n\nWe use Stripe.\n",
    "b/processors.yaml": MANIFEST, "b/privacy.md": "# B privacy\n\nWe use Stripe.\n",
    "c/privacy.md": "# C privacy\n\nWe use Stripe.\n", "c/processors.yaml": MANIFEST,
  });
  const git = (...a) => {
    const r = spawnSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...a], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
  };
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "one");
  git("tag", "base");
  const checked = (...args) => JSON.parse(run(dir, "--format", "json", ...args).stdout).files.map((f) => f.path).filter((p) => p.endsWith(".md")).sort();
  assert.deepEqual(checked("--changed"), [], "nothing uncommitted");
  writeFileSync(join(dir, "a/privacy.md"), "# A privacy\n\nWe use Stripe and Hotjar.\n");
  writeFileSync(join(dir, "b/processors.yaml"), MANIFEST + "\n");
  assert.deepEqual(checked("--changed"), ["a/privacy.md", "b/privacy.md"]);
  git("commit", "-qam", "two");
  assert.deepEqual(checked("--changed"), []);
  assert.deepEqual(checked("--changed", "base"), ["a/privacy.md", "b/privacy.md"]);
  assert.deepEqual(checked("--changed=base", "c"), [], "only under the paths given");
  const bad = run(dir, "--changed", "no-such-ref");
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^policywright: --changed no-such-ref: not a commit git knows/);
});

test("--changed reads git itself (no git program needed): HEAD~N, annotated tags, a branch point, new files, site files; the index is left alone", (t) => {
  const dir = folder(t, {
    "processors.yaml": MANIFEST, "privacy.md": "# Privacy\n\nWe use Stripe.\n",
    "site/_config.yml": "email: privacy@pikkulintu.example\n", "site/privacy-policy.md": "# Privacy\n\nWrite to {{ site.email }}. We use Stripe.\n",
    ".gitignore": "drafts/\n",
  });
  const git = (...a) => {
    const r = spawnSync("git", ["-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", ...a], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
  };
  // PATH without git: only the bundled git library can answer
  const checked = (...args) => {
    const r = spawnSync(process.execPath, [CLI, "check", "--format", "json", ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, PATH: "" } });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    return JSON.parse(r.stdout).files.map((f) => f.path).filter((p) => /\.md$/.test(p)).sort();
  };
  git("init", "-q", "-b", "main");
  // before the first commit every policy there is new
  assert.deepEqual(checked("--changed"), ["privacy.md", "site/privacy-policy.md"]);
  git("add", "-A");
  git("commit", "-q", "-m", "one");
  git("tag", "-a", "v1", "-m", "release one");
  writeFileSync(join(dir, "site/_config.yml"), "email: privacy@example.org\n");
  git("commit", "-qam", "two");
  assert.deepEqual(checked("--changed", "HEAD~1"), ["site/privacy-policy.md"], "a changed _config.yml re-checks the page that uses it");
  assert.deepEqual(checked("--changed", "v1"), ["site/privacy-policy.md"], "an annotated tag names its commit");
  assert.deepEqual(checked("--changed", "HEAD^"), ["site/privacy-policy.md"]);
  // a branch made at "two": what main did since the branch point is not the branch's change
  git("checkout", "-q", "-b", "feature");
  git("checkout", "-q", "main");
  writeFileSync(join(dir, "privacy.md"), "# Privacy\n\nWe use Stripe and Hotjar.\n");
  git("commit", "-qam", "three");
  git("checkout", "-q", "feature");
  mkdirSync(join(dir, "legal"));
  writeFileSync(join(dir, "legal/cookie-notice.md"), "# Cookie notice\n\nWe use Stripe.\n");
  mkdirSync(join(dir, "drafts"));
  writeFileSync(join(dir, "drafts/privacy-v2.md"), "# Privacy draft\n");
  const index = readFileSync(join(dir, ".git/index"));
  // touching a tracked file changes its stat, not its content: not a change, and the index is not rewritten
  writeFileSync(join(dir, "processors.yaml"), MANIFEST);
  assert.deepEqual(checked("--changed", "main"), ["legal/cookie-notice.md"], "new and untracked counts; ignored does not; main's own commits do not");
  assert.deepEqual(checked("--changed", "HEAD~1"), ["legal/cookie-notice.md", "site/privacy-policy.md"]);
  assert.deepEqual(readFileSync(join(dir, ".git/index")), index);
  for (const bad of ["HEAD~9", "v1^3", "no-such-ref"]) {
    const r = spawnSync(process.execPath, [CLI, "check", "--changed", bad], { cwd: dir, encoding: "utf8", env: { ...process.env, PATH: "" } });
    assert.equal(r.status, 2, bad);
    assert.match(r.stderr, new RegExp(`^policywright: --changed ${bad.replace(/[~^]/g, "\\$&")}: not a commit git knows`));
  }
});

test("--changed outside a git repository is a usage error", (t) => {
  const dir = folder(t, { "privacy.md": "# Privacy\n" });
  const r = run(dir, "--changed");
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--changed needs a git repository/);
});
