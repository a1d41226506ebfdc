// `policywright changes` (contract §8): the manifest's history read from a real git repository,
// compared semantically commit by commit, as JSON, Markdown and an Atom feed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { CLI } from "./helpers.mjs";
import { tempDir, tempRepo } from "./gitRepo.mjs";

function run(args, cwd) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const HEAD = `version: 1
controller:
  name: Acme Oy
  email: privacy@acme.example
disclosure:
  list: https://acme.example/subprocessors
  feed: https://acme.example/subprocessors.atom
processors:
`;
const STRIPE = `  - name: Stripe
    purpose: Payments
    country: US
    transfer: dpf
`;
const SENTRY = `  - name: Sentry
    purpose: Error monitoring
    country: US
    transfer: scc
    retention: 30 days
`;
const MAILGUN = `  - name: Mailgun
    purpose: Transactional e-mail
    country: EU
`;
const POSTMARK = `  - name: Postmark
    purpose: Receipts by e-mail
    data: [email address]
    country: US
    transfer: scc
    retention: 45 days
`;

/**
 * The story every test reads: a list started, a processor added, one removed, one renamed
 * (keeping its old name as an alias), a country move, a retention change, a reorder, a
 * reformat, a broken commit, its repair, the manifest file moved, and a rename by position.
 */
function buildHistory(t) {
  const r = tempRepo(t);
  return story(r);
}

function story(r) {
  const ids = {};
  r.write("processors.yaml", HEAD + STRIPE + SENTRY + MAILGUN);
  ids.start = r.commit("2026-01-05", "Start the processor list");
  r.write("processors.yaml", HEAD + STRIPE + SENTRY + MAILGUN + POSTMARK);
  ids.add = r.commit("2026-01-10", "Add Postmark");
  r.write("processors.yaml", HEAD + STRIPE + SENTRY + POSTMARK);
  ids.remove = r.commit("2026-01-15", "Drop Mailgun");
  const renamed = SENTRY.replace("name: Sentry", "name: Functional Software\n    aliases: [Sentry]");
  r.write("processors.yaml", HEAD + STRIPE + renamed + POSTMARK);
  ids.rename = r.commit("2026-01-20", "Sentry under its legal name");
  const stripeIE = STRIPE.replace("country: US", "country: IE");
  r.write("processors.yaml", HEAD + stripeIE + renamed + POSTMARK);
  ids.country = r.commit("2026-01-25", "Stripe moves to Ireland");
  const postmark90 = POSTMARK.replace("45 days", "90 days");
  r.write("processors.yaml", HEAD + stripeIE + renamed + postmark90);
  ids.retention = r.commit("2026-02-01", "Postmark keeps mail longer");
  r.write("processors.yaml", HEAD + postmark90 + stripeIE + renamed);
  ids.reorder = r.commit("2026-02-05", "Reorder");
  const reformatted = `# the processors we use
version: 1
controller: {name: "Acme Oy", email: privacy@acme.example}
disclosure:
  list: https://acme.example/subprocessors
  feed: https://acme.example/subprocessors.atom
processors:
- {name: Postmark, purpose: Receipts by e-mail, data: [email address], country: US, transfer: scc, retention: 3 months}  # 90 days
- name: Stripe
  purpose: "Payments"
  country: IE
  transfer: dpf
- name: Functional Software
  aliases: [ Sentry ]
  purpose: Error   monitoring
  country: [US]
  transfer: scc
  retention: thirty (30) days
`;
  r.write("processors.yaml", reformatted);
  ids.reformat = r.commit("2026-02-10", "Reformat");
  r.write("processors.yaml", reformatted.replace("country: IE", "country: USA"));
  ids.invalid = r.commit("2026-02-15", "Typo");
  r.write("processors.yaml", reformatted.replace('purpose: "Payments"', 'purpose: "Payments and invoices"'));
  ids.repair = r.commit("2026-02-20", "Fix the typo, Stripe also invoices");
  r.write("legal/processors.yaml", reformatted.replace('purpose: "Payments"', 'purpose: "Payments and invoices"') + "# moved\n");
  r.git(["rm", "-q", "processors.yaml"]);
  ids.move = r.commit("2026-02-25", "Move the manifest into legal/");
  r.write("legal/processors.yaml", reformatted.replace('purpose: "Payments"', 'purpose: "Payments and invoices"').replace("name: Postmark", "name: Postmark App") + "# moved\n");
  ids.position = r.commit("2026-03-01", "Postmark's product name");
  return { r, ids };
}

// one repository for the tests that only read it (building it runs some fifty git commands)
let shared;
const cleanups = [];
before(() => {
  shared = buildHistory({ after: (fn) => cleanups.push(fn) });
});
after(() => cleanups.forEach((fn) => fn()));

test("the exact change list, newest first, following the manifest's move", () => {
  const { r, ids } = shared;
  const res = run(["changes", "--manifest", "legal/processors.yaml", "--format", "json"], r.dir);
  assert.equal(res.status, 0, res.stderr);
  const out = JSON.parse(res.stdout);
  assert.equal(out.manifest, "legal/processors.yaml");
  const got = out.entries.map((e) => [e.commit, e.date.slice(0, 10), e.changes]);
  assert.deepEqual(got, [
    [ids.position, "2026-03-01", [{ kind: "renamed", processor: "Postmark App", from: "Postmark" }]],
    [ids.repair, "2026-02-20", [{ kind: "changed", processor: "Stripe", field: "purpose", from: "Payments", to: "Payments and invoices" }]],
    [ids.invalid, "2026-02-15", [{ kind: "invalid", message: "manifest invalid in this commit: processors[1].country: country 'USA' is not an ISO 3166-1 alpha-2 code, EU or EEA; did you mean 'US'?" }]],
    [ids.retention, "2026-02-01", [{ kind: "changed", processor: "Postmark", field: "retention", from: "45 days", to: "90 days" }]],
    [ids.country, "2026-01-25", [{ kind: "changed", processor: "Stripe", field: "country", from: "United States", to: "Ireland" }]],
    [ids.rename, "2026-01-20", [{ kind: "renamed", processor: "Functional Software", from: "Sentry" }]],
    [ids.remove, "2026-01-15", [{ kind: "removed", processor: "Mailgun" }]],
    [ids.add, "2026-01-10", [{ kind: "added", processor: "Postmark", facts: { name: "Postmark", purpose: "Receipts by e-mail", data: ["email address"], location: "United States", transfer: "Standard Contractual Clauses", retention: "45 days" } }]],
    [ids.start, "2026-01-05", [
      { kind: "added", processor: "Stripe", facts: { name: "Stripe", purpose: "Payments", data: [], location: "United States", transfer: "EU–US Data Privacy Framework" } },
      { kind: "added", processor: "Sentry", facts: { name: "Sentry", purpose: "Error monitoring", data: [], location: "United States", transfer: "Standard Contractual Clauses", retention: "30 days" } },
      { kind: "added", processor: "Mailgun", facts: { name: "Mailgun", purpose: "Transactional e-mail", data: [], location: "EU" } },
    ]],
  ], "reorder, reformat (flow style, comments, equal periods) and the file move are not changes");
  assert.equal(out.entries.find((e) => e.commit === ids.position).path, "legal/processors.yaml");
  assert.equal(out.entries.find((e) => e.commit === ids.add).path, "processors.yaml");
});

test("the Markdown changelog: a dated heading per commit, one line per change", () => {
  const { r, ids } = shared;
  const res = run(["changes", "--manifest", "legal/processors.yaml", "--since", "2026-01-20"], r.dir);
  assert.equal(res.status, 0, res.stderr);
  const s = (id) => id.slice(0, 7);
  assert.equal(res.stdout, `## Sub-processor changes

### 2026-03-01 (${s(ids.position)})

- Renamed Postmark to Postmark App

### 2026-02-20 (${s(ids.repair)})

- Stripe: purpose changed from Payments to Payments and invoices

### 2026-02-15 (${s(ids.invalid)})

- Manifest invalid in this commit: processors\\[1\\].country: country 'USA' is not an ISO 3166-1 alpha-2 code, EU or EEA; did you mean 'US'?

### 2026-02-01 (${s(ids.retention)})

- Postmark: retention changed from 45 days to 90 days

### 2026-01-25 (${s(ids.country)})

- Stripe: location changed from United States to Ireland

### 2026-01-20 (${s(ids.rename)})

- Renamed Sentry to Functional Software
`);
});

test("the Atom feed parses back as valid Atom 1.0 with a stable id per change", () => {
  const { r, ids } = shared;
  const res = run(["changes", "--manifest", "legal/processors.yaml", "--format", "atom"], r.dir);
  assert.equal(res.status, 0, res.stderr);
  assert.equal(XMLValidator.validate(res.stdout), true);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link"].includes(name) }).parse(res.stdout);
  const feed = doc.feed;
  assert.equal(feed["@_xmlns"], "http://www.w3.org/2005/Atom");
  // RFC 4287 §4.1.1: id, title and updated once; an author for the feed (so entries need none)
  assert.equal(feed.id, "https://acme.example/subprocessors.atom");
  assert.equal(feed.title, "Acme Oy: sub-processor changes");
  assert.equal(feed.updated, "2026-03-01T12:00:00.000Z", "the newest commit, not the clock");
  assert.equal(feed.author.name, "Acme Oy");
  assert.deepEqual(feed.link.map((l) => [l["@_rel"], l["@_href"]]), [["alternate", "https://acme.example/subprocessors"], ["self", "https://acme.example/subprocessors.atom"]]);
  const entries = feed.entry;
  assert.equal(entries.length, 11, "one entry per change");
  for (const e of entries) {
    assert.ok(e.id && e.title && !Number.isNaN(Date.parse(e.updated)), JSON.stringify(e));
    assert.match(e.id, /^urn:policywright:change:[0-9a-f]{40}:/);
  }
  assert.equal(new Set(entries.map((e) => e.id)).size, entries.length, "ids are unique");
  assert.deepEqual(entries[0].title, { "#text": "Renamed Postmark to Postmark App", "@_type": "html" });
  assert.equal(entries[0].id, `urn:policywright:change:${ids.position}:renamed:postmark-app`);
  const again = run(["changes", "--manifest", "legal/processors.yaml", "--format", "atom"], r.dir);
  assert.equal(again.stdout, res.stdout, "rebuilding an unchanged history gives the same feed");
  const url = run(["changes", "--manifest", "legal/processors.yaml", "--format", "atom", "--url", "https://status.acme.example/feed.xml"], r.dir);
  assert.match(url.stdout, /<link rel="self" href="https:\/\/status\.acme\.example\/feed\.xml"\/>/);
});

test("--since: a commit keeps only what came after it; naming nothing is a one-line error", () => {
  const { r, ids } = shared;
  const res = run(["changes", "--manifest", "legal/processors.yaml", "--since", ids.retention.slice(0, 8), "--format", "json"], r.dir);
  assert.equal(res.status, 0, res.stderr);
  assert.deepEqual(JSON.parse(res.stdout).entries.map((e) => e.commit), [ids.position, ids.repair, ids.invalid]);
  r.git(["tag", "v1", ids.country]);
  assert.deepEqual(JSON.parse(run(["changes", "--manifest", "legal/processors.yaml", "--since", "v1", "--format", "json"], r.dir).stdout).entries.length, 4);
  const bad = run(["changes", "--manifest", "legal/processors.yaml", "--since", "no-such-tag"], r.dir);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, "policywright: --since 'no-such-tag' names no commit, branch or tag, and is not a date (YYYY-MM-DD)\n");
  assert.equal(bad.stdout, "");
});

test("a manifest outside git is a one-line error, exit 2", (t) => {
  const dir = tempDir(t);
  spawnSync("sh", ["-c", `printf '${HEAD}${STRIPE}' > processors.yaml`], { cwd: dir });
  const res = run(["changes"], dir);
  assert.equal(res.status, 2);
  assert.match(res.stderr, /^policywright: .*processors\.yaml is not in a git repository; the change history is read from git\n$/);
});

test("a shallow clone that lacks the manifest's first commit is a one-line error", (t) => {
  const { r } = shared;
  const clone = tempDir(t);
  spawnSync("git", ["clone", "-q", "--depth", "2", `file://${r.dir}`, clone], { encoding: "utf8" });
  const res = run(["changes", "--manifest", "legal/processors.yaml"], clone);
  assert.equal(res.status, 2);
  assert.match(res.stderr, /^policywright: the repository is a shallow clone whose history stops at [0-9a-f]{7}, before legal\/processors\.yaml was added; fetch the full history .*\n$/);
});

test("--out writes the changelog; --format and --url are checked", (t) => {
  const { r } = shared;
  const res = run(["changes", "--manifest", "legal/processors.yaml", "--out", "CHANGES.md"], r.dir);
  assert.equal(res.status, 0, res.stderr);
  assert.equal(res.stdout, "Wrote CHANGES.md: 9 commits with changes.\n");
  assert.equal(run(["changes", "--format", "rss", "--manifest", "legal/processors.yaml"], r.dir).stderr, "policywright: --format must be markdown, atom or json for changes, not 'rss'\n");
  assert.equal(run(["changes", "--url", "feed.xml", "--manifest", "legal/processors.yaml"], r.dir).status, 2);
});

test("an Atom feed without its own address (no disclosure.feed, no --url) is a one-line error", (t) => {
  const r = tempRepo(t);
  r.write("processors.yaml", HEAD.replace("  feed: https://acme.example/subprocessors.atom\n", "") + STRIPE);
  r.commit("2026-01-05", "Start");
  const res = run(["changes", "--format", "atom"], r.dir);
  assert.equal(res.status, 2);
  assert.equal(res.stderr, "policywright: an Atom feed needs its own address: set disclosure.feed in the manifest or pass --url https://…\n");
  assert.equal(run(["changes", "--format", "atom", "--url", "https://acme.example/feed.xml"], r.dir).status, 0);
});

test("a repository's git config cannot make changes or check run a program", (t) => {
  const r = tempRepo(t);
  r.write("processors.yaml", HEAD.replace("disclosure:\n", "disclosure:\n  notice_days: 30\n") + STRIPE);
  r.write("privacy.md", "# Privacy\n\nWe use Stripe.\n");
  r.commit("2026-01-05", "Start");
  const marker = join(r.dir, "ran");
  const script = join(r.dir, "evil.sh");
  writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\n`);
  chmodSync(script, 0o755);
  for (const key of ["core.fsmonitor", "core.pager", "gpg.program", "core.hooksPath", "diff.external", "core.sshCommand", "credential.helper"]) r.git(["config", key, script]);
  r.git(["config", "log.showSignature", "true"]);
  assert.equal(run(["changes", "--format", "json"], r.dir).status, 0);
  assert.equal(run(["changes", "--format", "atom"], r.dir).status, 0);
  run(["check", "--format", "json"], r.dir);
  assert.equal(existsSync(marker), false, "no program named by .git/config ran");
});
