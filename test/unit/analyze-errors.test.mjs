// A rule that throws must not take the others down, and must not vanish silently either:
// the analysis reports it, and the hosts print (CLI) or log (server) that report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, NOW } from "./helpers.mjs";

const POLICY = "# Privacy\n\nWe use Stripe for payments. TODO\n";

test("a rule that throws is reported in errors, and the other rules still run", () => {
  const broken = { id: "placeholder", defaultSeverity: "warning", description: "fails", needsManifest: false, run() { throw new Error("boom at offset 7"); } };
  const rules = core.RULES.map((r) => (r.id === "placeholder" ? broken : r));
  const a = core.analyze(POLICY, undefined, { now: NOW, rules });
  assert.equal(a.errors.length, 1);
  assert.match(a.errors[0], /placeholder failed.*boom at offset 7/);
  assert.ok(a.findings.some((f) => f.rule === "missing-section"), "the other rules' findings are kept");
  assert.ok(!a.findings.some((f) => f.rule === "placeholder"));
});

test("an analysis where every rule works has no errors", () => {
  const a = core.analyze(POLICY, undefined, { now: NOW });
  assert.deepEqual(a.errors, []);
  assert.ok(a.findings.some((f) => f.rule === "placeholder"));
});
