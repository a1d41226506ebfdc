// `policywright subprocessors` (contract §8): the published list in the manifest's order, as
// Markdown, HTML and JSON, and `--out` into an existing page that updates only its block.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { CLI } from "./helpers.mjs";
import { tempDir } from "./gitRepo.mjs";

function run(args, cwd) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const MANIFEST = `version: 1
controller:
  name: Acme Oy
  email: privacy@acme.example
disclosure:
  list: ./subprocessors.md
  notice_days: 30
processors:
  - name: Stripe
    legal_name: Stripe Payments Europe, Ltd.
    purpose: Payments and invoices
    data: [billing details, email address]
    country: IE
    transfer: none
    since: 2025-06-01
  - name: Sentry
    purpose: Error monitoring
    data: [IP address]
    country: [US, DE]
    transfer: scc
    since: 2026-04-03
  - name: Hetzner
    purpose: Hosting
    country: EU
`;

const TABLE = `| Sub-processor | Purpose | Personal data | Location | Transfer safeguard | Since |
|---|---|---|---|---|---|
| Stripe (Stripe Payments Europe, Ltd.) | Payments and invoices | Billing details, email address | Ireland | None required | 2025-06-01 |
| Sentry | Error monitoring | IP address | United States, Germany | Standard Contractual Clauses | 2026-04-03 |
| Hetzner | Hosting | — | EU | — | — |`;

function folder(t) {
  const dir = tempDir(t);
  writeFileSync(join(dir, "processors.yaml"), MANIFEST);
  return dir;
}

test("markdown: a page with the list in manifest order inside a subprocessors block", (t) => {
  const res = run(["subprocessors"], folder(t));
  assert.equal(res.status, 0, res.stderr);
  assert.equal(res.stdout, `# Sub-processors

Acme Oy uses the following sub-processors to process personal data on its behalf. We announce a new sub-processor at least 30 days before it starts processing personal data.

<!-- policywright:subprocessors -->
${TABLE}
<!-- /policywright:subprocessors -->
`);
});

test("json: every public fact in words, for tools and notice e-mails", (t) => {
  const out = JSON.parse(run(["subprocessors", "--format", "json"], folder(t)).stdout);
  assert.equal(out.controller, "Acme Oy");
  assert.equal(out.noticeDays, 30);
  assert.deepEqual(out.subprocessors.map((p) => p.name), ["Stripe", "Sentry", "Hetzner"]);
  assert.deepEqual(out.subprocessors[1], { name: "Sentry", purpose: "Error monitoring", data: ["IP address"], location: "United States, Germany", transfer: "Standard Contractual Clauses", since: "2026-04-03" });
  assert.equal(out.subprocessors[0].legalName, "Stripe Payments Europe, Ltd.");
});

test("html: the export page's style and CSP, the list as a table", (t) => {
  const html = run(["subprocessors", "--format", "html"], folder(t)).stdout;
  assert.match(html, /^<!doctype html>/);
  assert.match(html, /<title>Sub-processors<\/title>/);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/, "the export page's CSP: no scripts, hashed styles");
  assert.match(html, /<td>Sentry<\/td>\s*<td>Error monitoring<\/td>/);
  assert.doesNotMatch(html, /<script/);
});

test("--out into an existing page: only the block changes, twice changes nothing", (t) => {
  const dir = folder(t);
  const page = `---\ntitle: Our sub-processors\n---\n# Who processes your data\r\n\r\nLast updated: 2026-03-01. Write to us with questions.\r\n\r\n<!-- policywright:subprocessors columns=name,country,since -->\r\n| old | table |\r\n<!-- /policywright:subprocessors -->\r\n\r\nTrailing words *kept*   exactly.\r\n`;
  writeFileSync(join(dir, "subprocessors.md"), page);
  const first = run(["subprocessors", "--out", "subprocessors.md"], dir);
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout, "Wrote subprocessors.md: updated its sub-processor block (3 sub-processors).\n");
  const after = readFileSync(join(dir, "subprocessors.md"), "utf8");
  const open = "<!-- policywright:subprocessors columns=name,country,since -->\r\n";
  const [before, rest] = page.split(open);
  assert.ok(after.startsWith(before + open), "text before the block is byte-identical");
  assert.ok(after.endsWith("<!-- /policywright:subprocessors -->\r\n\r\nTrailing words *kept*   exactly.\r\n"), "text after it too");
  assert.ok(after.includes("| Sub-processor | Location | Since |\r\n|---|---|---|\r\n| Stripe (Stripe Payments Europe, Ltd.) | Ireland | 2025-06-01 |\r\n"), "the block's own columns, in the page's line endings");
  const second = run(["subprocessors", "--out", "subprocessors.md"], dir);
  assert.equal(second.stdout, "subprocessors.md is up to date (3 sub-processors).\n");
  assert.equal(readFileSync(join(dir, "subprocessors.md"), "utf8"), after, "generating twice changes nothing");
});

test("--out into a page without a block is refused; a new file gets the whole page", (t) => {
  const dir = folder(t);
  writeFileSync(join(dir, "notes.md"), "# Notes\n");
  const res = run(["subprocessors", "--out", "notes.md"], dir);
  assert.equal(res.status, 2);
  assert.equal(res.stderr, "policywright: notes.md has no <!-- policywright:subprocessors --> block to update; add the markers where the list goes, or write to a new file\n");
  assert.equal(readFileSync(join(dir, "notes.md"), "utf8"), "# Notes\n");
  assert.equal(run(["subprocessors", "--out", "new.md"], dir).status, 0);
  assert.match(readFileSync(join(dir, "new.md"), "utf8"), /<!-- policywright:subprocessors -->\n\| Sub-processor/);
});

test("an invalid manifest or no manifest: one line, exit 2", (t) => {
  const dir = folder(t);
  writeFileSync(join(dir, "processors.yaml"), MANIFEST.replace("since: 2026-04-03", "since: 3 April"));
  const res = run(["subprocessors"], dir);
  assert.equal(res.status, 2);
  assert.equal(res.stderr, "policywright: processors.yaml is invalid: processors[1].since: since '3 April' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-04\n");
  const empty = tempDir(t);
  assert.equal(run(["subprocessors"], empty).stderr, "policywright: no processors.yaml in this folder; name the manifest with --manifest FILE\n");
});

test("the page disclosure.list names is checked against the manifest: omitted, extra, stale block", (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, "processors.yaml"), MANIFEST.replace("list: ./subprocessors.md", "list: https://acme.example/legal/subprocessors"));
  writeFileSync(join(dir, "privacy.md"), "# Privacy\n\nOur sub-processors are listed at [acme.example/legal/subprocessors](https://acme.example/legal/subprocessors).\n");
  mkdirSync(join(dir, "content", "legal"), { recursive: true });
  const page = "# Sub-processors\n\n| Name | Purpose |\n|---|---|\n| Stripe | Payments |\n| Hetzner | Hosting |\n| Mixpanel | Product analytics |\n\n<!-- policywright:subprocessors columns=name -->\n| Sub-processor |\n|---|\n| Stripe (Stripe Payments Europe, Ltd.) |\n<!-- /policywright:subprocessors -->\n";
  writeFileSync(join(dir, "content", "legal", "subprocessors.md"), page);
  const res = run(["check", "--format", "json"], dir);
  const files = JSON.parse(res.stdout).files;
  const list = files.find((f) => f.path.endsWith("subprocessors.md"));
  assert.ok(list, `the list page is checked: ${files.map((f) => f.path)}`);
  assert.deepEqual(list.findings.map((f) => [f.rule, f.subject]).sort(), [
    ["generated-block-stale", "subprocessors"],
    ["undeclared-processor", "Mixpanel"],
    ["undisclosed-processor", "Sentry"],
  ], "only the list rules: no missing sections or dates asked of a list page");
  const fixed = run(["subprocessors", "--out", "content/legal/subprocessors.md"], dir);
  assert.equal(fixed.status, 0, fixed.stderr);
  const again = JSON.parse(run(["check", "--format", "json"], dir).stdout).files.find((f) => f.path.endsWith("subprocessors.md"));
  assert.deepEqual(again.findings.map((f) => [f.rule, f.subject]), [["undeclared-processor", "Mixpanel"]], "the regenerated block names Sentry");
});
