// The real-policy regression corpus (test/corpus/en): real companies' policies, rewritten,
// each beside a manifest built from the company's own sub-processor list and labels
// written before the tool was run (see test/corpus/README.md). Scoring counts every
// repeated false finding. The floors in floor.json only go up.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { SCORED_RULES, belowFloor, compareCase, formatTable, listCases, normalizeSubject, scoreCorpus } from "./score.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const casesDir = join(here, "en");
const floor = JSON.parse(readFileSync(join(here, "floor.json"), "utf8"));
const SECTION_IDS = new Set([
  "controller", "purposes", "legal-basis", "recipients", "transfers", "retention", "rights",
  "withdraw-consent", "complaint", "dpo", "ccpa-categories", "ccpa-sale", "ccpa-rights",
  "ccpa-non-discrimination", "last-updated",
]);

describe("corpus labels", () => {
  const cases = listCases(casesDir);

  test("holds at least 25 real policies, each from a different repository", () => {
    assert.ok(cases.length >= 25, `only ${cases.length} cases`);
    const repos = cases.map((c) => JSON.parse(readFileSync(join(casesDir, c, "expected.json"), "utf8")).source?.repository);
    assert.equal(new Set(repos).size, repos.length, "two cases come from the same repository");
  });

  for (const name of cases) {
    test(`${name}: labels are well-formed and name their source`, () => {
      const dir = join(casesDir, name);
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
      assert.ok(existsSync(join(dir, expected.policy ?? "policy.md")), "policy file missing");
      assert.ok(existsSync(join(dir, expected.manifest ?? "processors.yaml")), "manifest missing");
      assert.ok(expected.source?.repository && expected.source?.path, "source repository and path are required");
      const all = [...expected.findings, ...(expected.ignore ?? [])];
      for (const l of all) {
        assert.ok(SCORED_RULES.includes(l.rule), `unknown rule ${l.rule}`);
        assert.ok(typeof l.subject === "string" && l.subject.trim(), `empty subject in ${l.rule}`);
        assert.ok(typeof l.note === "string" && l.note.length > 10, `${l.rule} ${l.subject}: a label needs a note`);
        if (l.rule === "missing-section") assert.ok(SECTION_IDS.has(l.subject), `unknown section ${l.subject}`);
      }
      const keys = all.map((l) => `${l.rule}::${normalizeSubject(l.subject)}`);
      assert.equal(new Set(keys).size, keys.length, "a rule/subject pair is labelled twice (or both expected and ignored)");
    });

    test(`${name}: manifest is valid YAML unless a manifest-invalid finding is labelled`, () => {
      const dir = join(casesDir, name);
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
      if (expected.findings.some((l) => l.rule === "manifest-invalid")) return;
      const doc = YAML.parseDocument(readFileSync(join(dir, expected.manifest ?? "processors.yaml"), "utf8"));
      assert.deepEqual(doc.errors.map((e) => e.message), []);
      assert.equal(doc.toJS().version, 1);
    });
  }
});

describe("corpus scorer", () => {
  test("counts every repeated false finding, and a repeated true one only once", () => {
    const expected = {
      findings: [{ rule: "undeclared-processor", subject: "Mixpanel" }],
      ignore: [{ rule: "undeclared-processor", subject: "YouTube" }],
    };
    const f = (subject, line) => ({ rule: "undeclared-processor", subject, line });
    const r = compareCase(expected, [f("Mixpanel", 3), f("Mixpanel", 9), f("Box", 4), f("Box", 7), f("Box", 8), f("YouTube", 5)]);
    assert.equal(r.tp.length, 1);
    assert.equal(r.fp.length, 3, "three reports of a wrong subject are three false positives");
    assert.equal(r.neutral.length, 2);
    assert.equal(r.fn.length, 0);
  });

  test("matches subjects as the contract normalises them", () => {
    assert.equal(normalizeSubject("Stripe, Inc."), normalizeSubject("stripe"));
    assert.equal(normalizeSubject("Hetzner Online GmbH"), normalizeSubject("Hetzner Online"));
    assert.equal(normalizeSubject("Outseta LLC"), "outseta");
    assert.notEqual(normalizeSubject("Google Cloud"), normalizeSubject("Google"));
    const r = compareCase({ findings: [{ rule: "undisclosed-processor", subject: "Atlassian Pty Ltd" }] }, [
      { rule: "undisclosed-processor", subject: "atlassian pty" },
    ]);
    assert.equal(r.tp.length, 1);
  });
});

describe("corpus score", () => {
  test("stays at or above the floors in floor.json", async () => {
    const result = await scoreCorpus({ casesDir });
    const broken = result.cases.filter((c) => c.error).map((c) => `${c.name}: ${c.error}`);
    assert.deepEqual(broken, [], "every case must run");
    const below = belowFloor(result, floor);
    assert.deepEqual(below, [], `${below.join("\n")}\n\n${formatTable(result)}`);
  });
});
