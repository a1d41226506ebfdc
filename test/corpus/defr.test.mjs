// The German and French real-policy corpus (test/corpus/defr/): its cases are well formed,
// and the command line's precision and recall on them, per language and per rule, do not fall
// below the floors in defr/floor.json. Every false finding counts, each time it is reported.
// Raise the floors after an improvement with `node test/corpus/defr-score.mjs --raise-floors`.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { caseNames, compare, readCase, readFloors, raisedFloors, scoreCorpus, formatScore, SCORED } from "./defr-score.mjs";

const names = caseNames();

describe("defr corpus: the cases", () => {
  test("holds at least eight real policies, at least three German and three French", () => {
    const langs = names.map((n) => readCase(n).expected.language);
    assert.ok(names.length >= 8, `only ${names.length} cases`);
    assert.ok(langs.filter((l) => l === "de").length >= 3, `German cases: ${langs}`);
    assert.ok(langs.filter((l) => l === "fr").length >= 3, `French cases: ${langs}`);
  });

  for (const name of names) {
    test(`${name}: policy, manifest and labels are complete and consistent`, () => {
      const { dir, expected } = readCase(name);
      assert.ok(["de", "fr"].includes(expected.language), "language is de or fr");
      assert.match(expected.source?.repo ?? "", /^[\w.-]+\/[\w.-]+$/, "source.repo is owner/name");
      assert.ok(expected.source?.path, "source.path is given");
      const policy = readFileSync(join(dir, expected.policy ?? "policy.md"), "utf8");
      const manifest = YAML.parse(readFileSync(join(dir, expected.manifest ?? "processors.yaml"), "utf8"));
      assert.equal(manifest.version, 1);
      assert.ok(manifest.controller?.name && (manifest.controller.email || manifest.controller.contact));
      const lineCount = policy.split("\n").length;
      const keys = new Set();
      for (const f of [...expected.findings, ...(expected.ignore ?? [])]) {
        assert.ok(SCORED.has(f.rule), `${f.rule} is a scored rule`);
        assert.ok(typeof f.subject === "string" && f.subject, "every label has a subject");
        assert.ok(f.note, `${f.rule} ${f.subject}: every label says why`);
        if (f.line !== undefined && f.file === undefined)
          assert.ok(f.line >= 1 && f.line <= lineCount, `${f.rule} ${f.subject}: line ${f.line} is inside the policy`);
        if (f.rule === "placeholder")
          assert.ok(policy.includes(f.subject), `placeholder ${f.subject} is written in the policy as labelled`);
        const k = `${f.rule}::${f.subject.toLowerCase()}`;
        assert.ok(!keys.has(k), `${k} is labelled once, either expected or ignored`);
        keys.add(k);
      }
    });
  }
});

describe("defr corpus: the scorer", () => {
  const expected = {
    findings: [{ rule: "placeholder", subject: "[PRÉNOM NOM]" }, { rule: "missing-section", subject: "complaint" }],
    ignore: [{ rule: "missing-section", subject: "rights" }],
  };
  test("matches subjects as the shared scorer does and counts every repeated false finding", () => {
    const got = [
      { rule: "placeholder", subject: "[prénom nom]" },
      { rule: "placeholder", subject: "[PRÉNOM NOM]" },
      { rule: "missing-section", subject: "rights" },
      { rule: "country-mismatch", subject: "Stripe" },
      { rule: "country-mismatch", subject: "Stripe" },
    ];
    const r = compare(expected, got);
    assert.equal(r.tp.length, 1);
    assert.deepEqual(r.fn.map((f) => f.subject), ["complaint"]);
    assert.equal(r.fp.length, 2, "the same false finding twice is two false findings");
  });

  test("raising floors never lowers one", () => {
    const old = { languages: { de: { precision: 0.9, recall: 0.5 } }, rules: {} };
    const score = { languages: { de: { precision: 0.42, recall: 0.77 } }, rules: { placeholder: { precision: 1, recall: 0.66 } } };
    const next = raisedFloors(score, old);
    assert.deepEqual(next.languages.de, { precision: 0.9, recall: 0.75 });
    assert.deepEqual(next.rules.placeholder, { precision: 1, recall: 0.65 });
  });
});

describe("defr corpus: precision and recall do not fall below the floors", () => {
  const floors = readFloors();
  const score = scoreCorpus(names);
  const report = formatScore(score);
  test("floors exist for both languages", () => {
    for (const l of ["de", "fr", "all"]) assert.ok(floors.languages[l], `a floor for ${l}`);
  });
  for (const [lang, floor] of Object.entries(floors.languages)) {
    test(`language ${lang}`, () => {
      const r = score.languages[lang] ?? { precision: 1, recall: 1 };
      assert.ok(r.precision >= floor.precision, `precision ${r.precision.toFixed(3)} < floor ${floor.precision}\n${report}`);
      assert.ok(r.recall >= floor.recall, `recall ${r.recall.toFixed(3)} < floor ${floor.recall}\n${report}`);
    });
  }
  for (const [rule, floor] of Object.entries(floors.rules)) {
    test(`rule ${rule}`, () => {
      const r = score.rules[rule] ?? { precision: 1, recall: 1 };
      assert.ok(r.precision >= floor.precision, `${rule}: precision ${r.precision.toFixed(3)} < floor ${floor.precision}\n${report}`);
      assert.ok(r.recall >= floor.recall, `${rule}: recall ${r.recall.toFixed(3)} < floor ${floor.recall}\n${report}`);
    });
  }
});
