// stale-date: the "last updated" date is missing, unreadable, in the future, or older than the manifest's last change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, findingsOf, covered } from "../helpers.mjs";

const RULE = "stale-date";
const MANIFEST = { processors: [] };
const now = new Date("2025-06-15T09:00:00Z");
const run = (policy, options = {}) => findingsOf(policy, MANIFEST, RULE, { now, ...options });

test("a readable date in the past: nothing", () => {
  for (const d of ["Last updated: 2 May 2025", "Effective date: January 6, 2025", "_Last updated: 2025-04-30_", "Last revised on 30/04/2025", "Updated: June 15, 2025"]) {
    assert.deepEqual(run(`# Privacy\n\n${d}\n`), [], d);
  }
});

test("missing: an info finding with subject last-updated at the top", () => {
  const policy = "# Privacy\n\nHello.\n";
  const [f, ...rest] = run(policy);
  assert.equal(rest.length, 0);
  assert.equal(f.subject, "last-updated");
  assert.equal(f.severity, "info");
  assert.equal(covered(policy, f), "Privacy");
});

test("in the future, relative to `now`", () => {
  const policy = "# Privacy\n\nLast updated: 2 May 2026\n";
  const [f] = run(policy);
  assert.equal(covered(policy, f), "2 May 2026");
  assert.match(f.message, /future/);
  assert.deepEqual(run(policy, { now: new Date("2026-05-03T00:00:00Z") }), []);
});

test("unparseable date text", () => {
  const policy = "# Privacy\n\nLast updated: 31/31/2025\n";
  const [f] = run(policy);
  assert.equal(covered(policy, f), "31/31/2025");
  assert.match(f.message, /not a date/);
});

test("older than the manifest's last change", () => {
  const policy = "# Privacy\n\nEffective date: January 6, 2025\n";
  const [f] = run(policy, { manifestChanged: new Date("2025-03-01T10:00:00Z") });
  assert.equal(covered(policy, f), "January 6, 2025");
  assert.deepEqual(run(policy, { manifestChanged: new Date("2025-01-06T18:00:00Z") }), [], "the same day is not older");
});

test("front matter last_updated / updated / date count as the policy's date", () => {
  const policy = "---\nlast_updated: 2025-04-01\n---\n# Privacy\n";
  assert.deepEqual(run(policy), []);
  const [f] = run(policy, { manifestChanged: new Date("2025-05-01") });
  assert.equal(covered(policy, f), "2025-04-01");
  assert.deepEqual(run("---\nupdated: 2025-04-01\n---\n# Privacy\n"), []);
  assert.deepEqual(run("---\ndate: 2025-04-01\n---\n# Privacy\n"), []);
});

test("a date in a code span counts, one in an HTML comment does not", () => {
  assert.deepEqual(run("# Privacy\n\n`Last updated: 2025-04-01`\n"), []);
  assert.equal(run("# Privacy\n\n<!-- Last updated: 2025-04-01 -->\n").length, 1);
});

test("the fix sets today's date in the same style", () => {
  const policy = "# Privacy\n\nLast updated: 2 May 2026\n";
  const [f] = run(policy);
  assert.equal(core.applyEdits(policy, f.fixes[0].edits), "# Privacy\n\nLast updated: 15 June 2025\n");
});

test("the rule runs without a manifest", () => {
  assert.equal(findingsOf("# Privacy\n", undefined, RULE, { now }).length, 1);
});

test("a labelled date in a front matter value the layout shows ('subtitle: \"Last updated: …\"') is the policy's date", () => {
  // from a real Astro MDX page whose layout prints the subtitle under the title
  const policy = '---\ntitle: Privacy Policy\nsubtitle: "Last updated: March 12, 2025"\n---\n\n# Privacy\n\nHello.\n';
  assert.deepEqual(run(policy), []);
  const old = run(policy.replace("March 12, 2025", "March 12, 2022"), { manifestChanged: new Date("2024-01-01") });
  assert.equal(old.length, 1, "one older than the manifest's last change is stale");
  assert.equal(covered(policy.replace("March 12, 2025", "March 12, 2022"), old[0]), "March 12, 2022", "the finding points at the date in the front matter");
  assert.equal(run(policy.replace("Last updated: ", "")).length, 1, "a value without a label is not a date statement");
});

test("Hugo's TOML front matter (+++) is read: its date key is the policy's date and the block is not prose", () => {
  // from a real Hugo site whose French policy has `date = "2022-12-22"` between +++ lines
  const policy = '+++\ntitle = "Politique de Confidentialité"\ndate = "2025-05-02"\n+++\n\n# Privacy\n\nHello.\n';
  assert.deepEqual(run(policy), []);
  const [f] = run(policy.replace("2025-05-02", "2024-01-02"), { manifestChanged: new Date("2025-01-01") });
  assert.equal(covered(policy.replace("2025-05-02", "2024-01-02"), f), "2024-01-02", "the finding points at the date in the front matter");
  assert.equal(core.parsePolicy(policy, {}).frontMatter?.data.title, "Politique de Confidentialité");
  assert.match(core.parsePolicy('+++\ntitle = "x\n+++\n', {}).frontMatter?.error ?? "", /not valid TOML/, "broken TOML is an error, not a crash");
});
