// CI formats (github, markdown, junit) and `check --changed [REF]`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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

test("--changed outside a git repository is a usage error", (t) => {
  const dir = folder(t, { "privacy.md": "# Privacy\n" });
  const r = run(dir, "--changed");
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--changed needs a git repository/);
});
