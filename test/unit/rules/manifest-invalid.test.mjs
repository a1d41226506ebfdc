// manifest-invalid through analyze: findings live in the manifest, and a broken manifest
// still lets every check run that does not need the broken part.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core } from "../helpers.mjs";

const RULE = "manifest-invalid";
const MANIFEST = `version: 1
controller:
  name: Vesilintu Oy
  email: privacy@vesilintu.example
  country: FI
processors:
  - name: Stripe
    purpose: Payments
    category: payments
    country: USA
    transfer: dpf
    retention: 7 years
  - name: Sentry
    purpose: Crash reports
    category: monitoring
    country: DE
    retention: 30 dayz
  - name: Hetzner
    purpose: Hosting
    category: hosting
    country: DE
retention:
  - data: Rate-limit counters
    period: 24 hours
    store: Redis
`;
const POLICY = [
  "# Privacy",
  "",
  "Vesilintu Oy runs this app. Write to privacy@vesilintu.example. Last updated: 1 May 2025.",
  "",
  "## Service providers",
  "",
  "- Stripe (Canada) takes payments and keeps records for 5 years.",
  "- Sentry collects crash reports and keeps them for 90 days.",
  "- Hetzner (Finland) hosts the app.",
  "",
  "Rate-limit counters live in Redis on our own servers and expire after one hour. Status: TBD.",
  "",
].join("\n");
const analysis = core.analyze(POLICY, core.parseManifest(MANIFEST), { now: new Date("2025-06-01") });
const of = (rule) => analysis.findings.filter((f) => f.rule === rule);

test("schema errors are error findings in the manifest, at the node", () => {
  const fs = of(RULE);
  assert.deepEqual(fs.map((f) => f.subject).sort(), ["processors[0].country", "processors[1].category", "processors[1].retention", "retention[0].store"]);
  for (const f of fs) {
    assert.equal(f.file, "manifest");
    assert.equal(f.severity, "error");
  }
  const country = fs.find((f) => f.subject === "processors[0].country");
  assert.equal(MANIFEST.slice(country.start, country.end), "USA");
});

test("manifest findings come before policy findings", () => {
  const firstPolicy = analysis.findings.findIndex((f) => f.file === "policy");
  assert.ok(analysis.findings.slice(firstPolicy).every((f) => f.file === "policy"));
});

test("checks needing only valid parts still run", () => {
  assert.deepEqual(of("retention-mismatch").map((f) => [f.subject, POLICY.slice(f.start, f.end)]), [
    ["Stripe", "5 years"],
    ["Rate-limit counters", "one hour"],
  ]);
  assert.deepEqual(of("country-mismatch").map((f) => f.subject), ["Hetzner"]);
  assert.deepEqual(of("placeholder").map((f) => f.subject), ["TBD"]);
  assert.deepEqual(of("undisclosed-processor"), []);
});

test("checks needing a broken field are skipped", () => {
  assert.ok(!of("country-mismatch").some((f) => f.subject === "Stripe"), "Stripe's country is invalid: no comparison");
  assert.ok(!of("retention-mismatch").some((f) => f.subject === "Sentry"), "Sentry's retention is invalid: no comparison");
  assert.deepEqual(of("undeclared-processor"), [], "Redis is self-hosted; a bad store does not make it a processor");
});

test("a manifest that is not YAML at all: only yaml findings, policy-only rules still run", () => {
  const a = core.analyze("# Privacy\n\nTODO\n", core.parseManifest("controller: [unclosed\n"));
  assert.ok(a.findings.some((f) => f.rule === RULE && f.subject === "yaml" && f.file === "manifest"));
  assert.ok(a.findings.some((f) => f.rule === "placeholder"));
});

test("a severity override applies to manifest findings too", () => {
  const a = core.analyze(POLICY, core.parseManifest(MANIFEST), { severities: { [RULE]: "warning" } });
  assert.ok(a.findings.filter((f) => f.rule === RULE).every((f) => f.severity === "warning"));
  const off = core.analyze(POLICY, core.parseManifest(MANIFEST), { severities: { [RULE]: "off" } });
  assert.equal(off.findings.filter((f) => f.rule === RULE).length, 0);
});
