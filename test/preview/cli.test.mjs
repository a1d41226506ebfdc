// `policywright preview` writes the review page and `policywright export` the publishable
// page, from the same renderer as the live preview.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "../unit/helpers.mjs";
import { FIXTURES } from "./helpers.mjs";
import { tempDir } from "../unit/helpers.mjs";


const run = (args, cwd) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60000 });

function workspace() {
  const dir = tempDir(join(tmpdir(), "pw-preview-cli-"));
  cpSync(join(FIXTURES, "policy.md"), join(dir, "privacy.md"));
  cpSync(join(FIXTURES, "processors.yaml"), join(dir, "processors.yaml"));
  return dir;
}

test("preview writes the review page: findings in place and the three tables, no scripts", () => {
  const dir = workspace();
  const r = run(["preview", "privacy.md", "--out", "review.html"], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Wrote review\.html: the review page \(6 findings\)/);
  const html = readFileSync(join(dir, "review.html"), "utf8");
  assert.match(html, /<mark class="pw-mark pw-f pw-sev-error"[^>]*>60 days<\/mark>/);
  assert.match(html, /data-panel="checklist"[\s\S]*data-panel="processors"[\s\S]*data-panel="retention"/);
  assert.match(html, /Review of <code>privacy\.md<\/code>/);
  assert.ok(!/<script/i.test(html));
});

test("export writes the publishable page: the policy only", () => {
  const dir = workspace();
  const r = run(["export", "privacy.md", "--out", "policy.html"], dir);
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(join(dir, "policy.html"), "utf8");
  assert.match(html, /<title>Fernleaf privacy notice<\/title>/);
  assert.ok(!/<script|<mark|pw-side|data-line/i.test(html));
  assert.match(html, /<a href="https:\/\/www.edpb.europa.eu\/">EDPB overview<\/a>/);
});

test("--out - prints the page; without --out the page goes beside the current folder's name", () => {
  const dir = workspace();
  const r = run(["export", "privacy.md", "--out", "-"], dir);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^<!doctype html>/);
  assert.equal(run(["preview", "privacy.md"], dir).status, 0);
  assert.ok(existsSync(join(dir, "privacy.review.html")));
});

test("findings never fail preview; usage and I/O errors exit 2 with a reason", () => {
  const dir = workspace();
  const cases = [
    [["preview"], /preview takes exactly one policy/],
    [["preview", "a.md", "b.md"], /exactly one policy/],
    [["preview", "missing.md", "--out", "x.html"], /missing\.md: no such file/],
    [["export", "privacy.md", "--manifest", "processors.yaml"], /export does not read a manifest/],
    [["export", "privacy.md", "--out", "privacy.md"], /would overwrite the policy/],
    [["preview", "privacy.md", "--out", join(dir, "no-such-dir", "r.html")], /cannot write/],
    [["preview", "privacy.md", "--manifest", "nope.yaml", "--out", "r.html"], /nope\.yaml/],
  ];
  for (const [args, reason] of cases) {
    const r = run(args, dir);
    assert.equal(r.status, 2, args.join(" "));
    assert.match(r.stderr, reason, args.join(" "));
  }
  writeFileSync(join(dir, "processors.yaml"), "version: 1\nprocessors: [oops\n");
  const broken = run(["preview", "privacy.md", "--out", "r.html"], dir);
  assert.equal(broken.status, 0, "a broken manifest is a finding in the page, not a failure");
  assert.match(readFileSync(join(dir, "r.html"), "utf8"), /processors\.yaml line \d+/);
});

test("preview of a page kept in several languages: the review page lists the other pages and what each names", () => {
  const dir = tempDir(join(tmpdir(), "pw-preview-cli-"));
  writeFileSync(join(dir, "processors.yaml"), "version: 1\ncontroller:\n  name: Kettukallio Oy\n  email: privacy@kettukallio.example\n  country: FI\nregimes: [gdpr]\nprocessors:\n  - name: Hetzner Online\n    purpose: Hosting\n    country: DE\n  - name: Postmark\n    purpose: E-mail\n    country: US\n    transfer: scc\n");
  writeFileSync(join(dir, "privacy.md"), "# Privacy policy\n\n## Recipients\n\n- Hetzner Online hosts the site.\n- Postmark sends our e-mails.\n");
  // the German page leaves Postmark out and adds Intercom, which the manifest does not list
  writeFileSync(join(dir, "privacy.de.md"), "# Datenschutzerklärung\n\n## Empfänger\n\n- Hetzner Online (Hosting, Deutschland)\n- Intercom (Support-Chat, USA)\n");
  const r = run(["preview", "privacy.md", "--out", "-"], dir);
  assert.equal(r.status, 0, r.stderr);
  const panel = /<details class="pw-panel" data-panel="translations"[\s\S]*?<\/details>/.exec(r.stdout)?.[0] ?? "";
  assert.match(panel, /<span class="pw-lang">de<\/span> <code>privacy\.de\.md<\/code>/);
  // one row per processor, columns in path order (privacy.de.md, then this page)
  const rows = [...panel.matchAll(/<span class="pw-proc-name">([^<]*)<\/span>.*?<\/th>(.*?)<\/tr>/g)].map((m) => `${m[1]}: ${[...m[2].matchAll(/">([^<]*)<\/span><\/td>/g)].map((c) => c[1]).join(" | ")}`);
  assert.deepEqual(rows, ["Postmark: not named | named", "Intercom: named, not in the manifest | not named", "Hetzner Online: named | named"]);
  // a page in one language has no such panel
  const alone = run(["preview", "privacy.md", "--out", "-"], workspace());
  assert.doesNotMatch(alone.stdout, /data-panel="translations"/);
});
