// retention-mismatch: a period the policy gives for a data category or processor that
// differs from the manifest's, compared per the contract's period equality.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, findingsOf, manifestText, covered } from "../helpers.mjs";

const RULE = "retention-mismatch";
const MANIFEST = {
  processors: [
    { name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" },
    { name: "Sentry", purpose: "Crash reports", category: "error-monitoring", country: "DE", retention: "90 days" },
    { name: "Stripe", purpose: "Payments", category: "payments", country: "US", transfer: "dpf", retention: "7 years" },
  ],
  retention: [
    { data: "Support tickets", aliases: ["tickets"], period: "1 year" },
    { data: "Server logs", period: "14 days" },
    { data: "Accounts", period: "until account deletion" },
    { data: "Backups", period: "30 days" },
    { data: "Session cookies", period: "session" },
  ],
};
const run = (policy, manifest = MANIFEST) => findingsOf(policy, manifest, RULE);
const shown = (policy, fs) => fs.map((f) => [f.subject, covered(policy, f)]);

test("a retention list with drifted periods: the range is the period as written", () => {
  const policy = "# Privacy\n\n## How long we keep data\n\n- Support tickets: 6 months\n- Server logs: two weeks\n- Backups: three (3) months\n";
  const fs = run(policy);
  assert.deepEqual(shown(policy, fs), [["Support tickets", "6 months"], ["Backups", "three (3) months"]]);
  assert.ok(fs.every((f) => f.severity === "error"));
  assert.match(fs[0].message, /1 year/);
});

test("a period in prose, tied by a retention verb", () => {
  const policy = "# Privacy\n\nWe keep support tickets for 2 years. Server logs are deleted after 14 days.\n";
  assert.deepEqual(shown(policy, run(policy)), [["Support tickets", "2 years"]]);
});

test("a data alias is the data category", () => {
  const policy = "# Privacy\n\nWe delete tickets after 3 years.\n";
  assert.deepEqual(shown(policy, run(policy)), [["Support tickets", "3 years"]]);
});

test("a processor's retention, subject is the processor name", () => {
  const policy = "# Privacy\n\nSentry keeps error events for 30 days. Stripe retains payment records for seven (7) years.\n";
  assert.deepEqual(shown(policy, run(policy)), [["Sentry", "30 days"]]);
});

test("equivalent periods are not mismatches", () => {
  const policy = [
    "# Privacy",
    "",
    "## Retention",
    "",
    "- Support tickets: 12 months",
    "- Server logs: 336 hours",
    "- Backups: up to thirty (30) days",
    "",
    "Sentry keeps crash events for three months. Stripe keeps invoices for eighty-four (84) months.",
    "",
  ].join("\n");
  assert.deepEqual(run(policy), []);
});

test("non-numeric periods are never mismatches of one another", () => {
  const policy = "# Privacy\n\n## Retention\n\n- Accounts: until you delete your account\n- Session cookies: for the browser session only\n";
  assert.deepEqual(run(policy), []);
});

test("durations that measure something else are not retention claims", () => {
  assert.deepEqual(run("# Privacy\n\nWe answer support tickets within 30 days. We keep tickets for 1 year.\n"), []);
  assert.deepEqual(run("# Privacy\n\nSupport tickets get a first reply in 2 days.\n"), []);
});

test("periods in code spans and comments are not read", () => {
  assert.deepEqual(run("# Privacy\n\n## Retention\n\n- `Support tickets: 6 months`\n<!-- Server logs: 2 years -->\n"), []);
});

test("an entry whose period is broken in the manifest is not compared", () => {
  const text = manifestText({ retention: [{ data: "Server logs", period: "30 dayz" }] });
  const m = core.parseManifest(text);
  const fs = core.analyze("# Privacy\n\n## Retention\n\n- Server logs: 90 days\n", m).findings.filter((f) => f.rule === RULE);
  assert.deepEqual(fs, []);
});

test("fixes: change the policy, or change the manifest at the period node", () => {
  const text = manifestText(MANIFEST);
  const m = core.parseManifest(text);
  const policy = "# Privacy\n\n## Retention\n\n- Support tickets: 6 months\n";
  const [f] = core.analyze(policy, m).findings.filter((x) => x.rule === RULE);
  const toPolicy = f.fixes.find((x) => x.edits[0].file === "policy");
  const toManifest = f.fixes.find((x) => x.edits[0].file === "manifest");
  assert.equal(core.applyEdits(policy, toPolicy.edits), "# Privacy\n\n## Retention\n\n- Support tickets: 1 year\n");
  const m2 = core.parseManifest(core.applyEdits(text, toManifest.edits));
  assert.deepEqual(m2.findings, []);
  assert.deepEqual(m2.retention[0].period, { kind: "duration", amount: 6, unit: "month" });
  assert.deepEqual(core.analyze(policy, m2).findings.filter((x) => x.rule === RULE), []);
});

test("a period that measures something else is no retention: 'after a 30-day overlap', 'a 14-day trial'", () => {
  const sentry = (rest) => `# Privacy\n\n## Retention\n\n| Data | How long |\n|---|---|\n| Crash reports (Sentry) | ${rest} |\n`;
  assert.deepEqual(run(sentry("Kept as an archive; new events go to Sentry only, after a 30-day overlap.")), []);
  assert.deepEqual(run("# Privacy\n\nStripe keeps card data; every plan starts with a 14-day trial.\n"), []);
  // a period of keeping still counts
  assert.deepEqual(run(sentry("30 days")).map((f) => f.subject), ["Sentry"]);
});

test("'It is deleted after seven days' speaks of the category the sentence before named, however it is worded", () => {
  const logs = { processors: [{ name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" }], retention: [{ data: "Web server access logs", aliases: ["logged data"], period: "14 days" }] };
  // real docs site: "Part of this data is logged automatically … It is … deleted automatically after seven days."
  const policy = "# Privacy\n\n## Retrieval of web pages\n\nPart of this data is logged automatically to keep the site running. It is used only for manual analysis and is otherwise deleted automatically after seven days.\n";
  assert.deepEqual(run(policy, logs).map((f) => [f.subject, covered(policy, f)]), [["Web server access logs", "seven days"]]);
  // a pronoun after a sentence that names no category ties the period to nothing
  assert.deepEqual(run("# Privacy\n\nWe run a small web server. It is deleted after seven days.\n", logs), []);
});

test("a period under a heading that names one data category speaks of it ('#### Server logs … **Retention**: 30 days')", () => {
  // from a real documentation site's policy: each data kind a heading, then Purpose / Legal basis / Retention lines
  const policy = "# Privacy\n\n## What we collect\n\n### Server logs (always)\n\n- IP address and user agent\n\n**Purpose**: keeping the site up.\n\n**Retention**: 30 days, then deleted.\n\n### Support tickets\n\n**Retention**: 1 year.\n";
  const fs = findingsOf(policy, MANIFEST, RULE);
  assert.deepEqual(fs.map((f) => [f.subject, covered(policy, f)]), [["Server logs", "30 days"]], "the logs' 30 days differ; the tickets' year matches");
  assert.deepEqual(findingsOf(policy.replace("### Server logs (always)", "### Technical data"), MANIFEST, RULE), [], "a heading that names no category gives the period no subject");
});
