// notice-period (contract §8): a processor announced with less notice than disclosure.notice_days
// promises, judged against the commit that first added it (a fact the host reads from git).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { core, CLI } from "../helpers.mjs";
import { tempRepo } from "../gitRepo.mjs";

const RULE = "notice-period";
const NOW = new Date("2026-03-20T09:00:00Z");
const POLICY = "# Privacy\n\nLast updated: 1 March 2026\n\nWe use Stripe and Sentry.\n";

function manifest(processors, noticeDays = 30) { // null: no notice promised
  return `version: 1
controller:
  name: Acme Oy
  email: privacy@acme.example
disclosure:
${noticeDays === null ? "  list: https://acme.example/subprocessors\n" : `  notice_days: ${noticeDays}\n`}processors:
${processors}`;
}
const STRIPE = "  - name: Stripe\n    purpose: Payments\n    since: 2025-06-01\n";
const SENTRY = (since) => `  - name: Sentry\n    purpose: Error monitoring\n${since ? `    since: ${since}\n` : ""}`;

/** Origins as the host reads them: Stripe in the first commit, Sentry added on 4 March 2026. */
const HISTORY = {
  entries: [],
  origins: [
    { names: ["Stripe"], commit: "1111111aaaaaaa", date: "2025-05-01T10:00:00.000Z", initial: true },
    { names: ["Sentry"], commit: "a1b2c3d4e5f6", date: "2026-03-04T15:30:00.000Z", initial: false },
  ],
};

function run(text, history = HISTORY) {
  const m = core.parseManifest(text);
  assert.deepEqual(m.findings, [], "the manifest is valid");
  const a = core.analyze(POLICY, m, { now: NOW, manifestHistory: history ?? undefined });
  return { m, findings: a.findings.filter((f) => f.rule === RULE) };
}

test("a processor starting sooner than the promised notice after it was added: warning on since", () => {
  const text = manifest(STRIPE + SENTRY("2026-03-20"));
  const { findings: [f, ...rest] } = run(text);
  assert.equal(rest.length, 0, "Stripe, in the first commit, needed no notice");
  assert.equal(f.subject, "Sentry");
  assert.equal(f.severity, "warning");
  assert.equal(f.file, "manifest");
  assert.equal(text.slice(f.start, f.end), "2026-03-20");
  assert.equal(f.message, "Sentry starts on 2026-03-20, 16 days after it was added to the manifest on 2026-03-04 (a1b2c3d), but disclosure.notice_days promises customers 30 days' notice; the first date that keeps the promise is 2026-04-03.");
});

test("exactly the promised notice, or more: nothing", () => {
  assert.deepEqual(run(manifest(STRIPE + SENTRY("2026-04-03"))).findings, []);
  assert.deepEqual(run(manifest(STRIPE + SENTRY("2026-05-01"))).findings, []);
});

test("the fix sets since to the first date that keeps the promise, and then nothing is left", () => {
  const text = manifest(STRIPE + SENTRY("2026-03-10"));
  const { findings: [f] } = run(text);
  const [fix] = f.fixes;
  assert.equal(fix.title, "Set since to 2026-04-03 (30 days after it was added)");
  const fixed = core.applyEdits(text, fix.edits);
  assert.equal(fixed, text.replace("since: 2026-03-10", "since: 2026-04-03"));
  assert.deepEqual(run(fixed).findings, []);
});

test("since missing while notice_days is set: a finding on the name, and a fix that adds it", () => {
  const text = manifest(STRIPE + SENTRY());
  const { findings: [f, ...rest] } = run(text);
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f.start, f.end), "Sentry");
  assert.match(f.message, /^Sentry has no since date, but disclosure\.notice_days promises customers 30 days' notice/);
  const fixed = core.applyEdits(text, f.fixes[0].edits);
  assert.equal(fixed, text.replace("    purpose: Error monitoring\n", "    since: 2026-04-03\n    purpose: Error monitoring\n").replace("  - name: Sentry\n    since", "  - name: Sentry\n    since"));
  assert.ok(fixed.includes("  - name: Sentry\n    since: 2026-04-03\n    purpose: Error monitoring\n"));
  assert.deepEqual(run(fixed).findings, []);
  assert.ok(!f.fixes[0].preferred, "a start date is a promise a person makes: never applied unasked");
});

test("a processor added under an older name keeps its origin (matched by alias)", () => {
  const text = manifest(STRIPE + "  - name: Functional Software\n    aliases: [Sentry]\n    purpose: Error monitoring\n    since: 2026-03-05\n");
  const { findings: [f] } = run(text);
  assert.equal(f.subject, "Functional Software");
  assert.match(f.message, /1 day after it was added to the manifest on 2026-03-04 \(a1b2c3d\)/);
});

test("a processor not committed yet is announced today at the earliest", () => {
  const text = manifest(STRIPE + "  - name: Plausible\n    purpose: Analytics\n    since: 2026-04-01\n");
  const { findings: [f] } = run(text);
  assert.equal(f.subject, "Plausible");
  assert.equal(f.message, "Plausible starts on 2026-04-01, 12 days after today (2026-03-20), and it is not committed yet, but disclosure.notice_days promises customers 30 days' notice; the first date that keeps the promise is 2026-04-19.");
});

test("no notice_days, or no history (outside git, web build): the rule does not run", () => {
  assert.deepEqual(run(manifest(STRIPE + SENTRY(), null)).findings, []);
  assert.deepEqual(run(manifest(STRIPE + SENTRY("2026-03-05")), null).findings, []);
});

test("end to end: `check` reads the commit that added the processor from git, `--fix` leaves since alone", (t) => {
  const r = tempRepo(t);
  r.write("privacy.md", POLICY);
  r.write("processors.yaml", manifest(STRIPE));
  r.commit("2025-05-01", "Start");
  r.write("processors.yaml", manifest(STRIPE + SENTRY("2026-03-10")));
  const added = r.commit("2026-03-04", "Add Sentry");
  const res = spawnSync(process.execPath, [CLI, "check", "--format", "json", "privacy.md"], { cwd: r.dir, encoding: "utf8" });
  const found = JSON.parse(res.stdout).files.flatMap((f) => f.findings).filter((f) => f.rule === RULE);
  assert.equal(found.length, 1, res.stdout);
  assert.equal(found[0].subject, "Sentry");
  assert.match(found[0].message, new RegExp(`6 days after it was added to the manifest on 2026-03-04 \\(${added.slice(0, 7)}\\)`));
  spawnSync(process.execPath, [CLI, "check", "--fix", "privacy.md"], { cwd: r.dir, encoding: "utf8" });
  assert.match(readFileSync(join(r.dir, "processors.yaml"), "utf8"), /since: 2026-03-10/);
});
