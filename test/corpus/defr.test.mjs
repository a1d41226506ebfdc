// The German and French real-policy corpus (test/corpus/defr): real policies rewritten in their
// own language, beside manifests written from what each company says, labelled before the tool
// was run (see defr/README.md). Scored with the corpus scorer (score.mjs: every repeated false
// finding counts), overall, per rule and per language, against defr/floor.json, which only goes
// up: `node test/corpus/score.mjs --cases test/corpus/defr --write-floor`.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { SCORED_RULES, belowFloor, formatTable, listCases, normalizeSubject, raiseFloor, scoreCorpus } from "./score.mjs";

const casesDir = fileURLToPath(new URL("./defr/", import.meta.url));
const floor = JSON.parse(readFileSync(join(casesDir, "floor.json"), "utf8"));
const names = listCases(casesDir);
const read = (name) => JSON.parse(readFileSync(join(casesDir, name, "expected.json"), "utf8"));

describe("defr corpus: the cases", () => {
  test("holds at least eight real policies, at least three German and three French", () => {
    const langs = names.map((n) => read(n).language);
    assert.ok(names.length >= 8, `only ${names.length} cases`);
    assert.ok(langs.filter((l) => l === "de").length >= 3, `German cases: ${langs}`);
    assert.ok(langs.filter((l) => l === "fr").length >= 3, `French cases: ${langs}`);
  });

  for (const name of names) {
    test(`${name}: policy, manifest and labels are complete and consistent`, () => {
      const expected = read(name);
      const dir = join(casesDir, name);
      assert.ok(["de", "fr"].includes(expected.language), "language is de or fr");
      assert.match(expected.source?.repository ?? "", /^[\w.-]+\/[\w.-]+$/, "source.repository is owner/name");
      assert.ok(expected.source?.path, "source.path is given");
      const policy = readFileSync(join(dir, expected.policy ?? "policy.md"), "utf8");
      const manifest = YAML.parse(readFileSync(join(dir, expected.manifest ?? "processors.yaml"), "utf8"));
      assert.equal(manifest.version, 1);
      assert.ok(manifest.controller?.name && (manifest.controller.email || manifest.controller.contact));
      const lineCount = policy.split("\n").length;
      const keys = new Set();
      for (const f of [...expected.findings, ...(expected.ignore ?? [])]) {
        assert.ok(SCORED_RULES.includes(f.rule), `${f.rule} is a scored rule`);
        assert.ok(typeof f.subject === "string" && f.subject, "every label has a subject");
        assert.ok(f.note, `${f.rule} ${f.subject}: every label says why`);
        if (f.line !== undefined && f.file === undefined)
          assert.ok(f.line >= 1 && f.line <= lineCount, `${f.rule} ${f.subject}: line ${f.line} is inside the policy`);
        if (f.rule === "placeholder")
          assert.ok(policy.includes(f.subject), `placeholder ${f.subject} is written in the policy as labelled`);
        const k = `${f.rule}::${normalizeSubject(f.subject)}`;
        assert.ok(!keys.has(k), `${k} is labelled once, either expected or ignored`);
        keys.add(k);
      }
    });
  }
});

describe("defr corpus: per-language floors", () => {
  test("raising floors raises the languages too and never lowers one", () => {
    const old = { overall: { precision: 0.5, recall: 0.5 }, rules: {}, languages: { de: { precision: 0.9, recall: 0.2 } } };
    const result = {
      total: { precision: 0.4, recall: 0.8 },
      rules: {},
      languages: { de: { precision: 0.42, recall: 0.777 }, fr: { precision: 1, recall: 0.5 } },
    };
    const next = raiseFloor(old, result);
    assert.deepEqual(next.overall, { precision: 0.5, recall: 0.8 });
    assert.deepEqual(next.languages, { de: { precision: 0.9, recall: 0.77 }, fr: { precision: 1, recall: 0.5 } });
  });
});

describe("defr corpus: score", () => {
  test("stays at or above the floors in defr/floor.json, overall, per rule and per language", async () => {
    const result = await scoreCorpus({ casesDir });
    const broken = result.cases.filter((c) => c.error).map((c) => `${c.name}: ${c.error}`);
    assert.deepEqual(broken, [], "every case must run");
    for (const lang of ["de", "fr"]) assert.ok(floor.languages?.[lang], `a floor for ${lang}`);
    const below = belowFloor(result, floor, ["de", "fr"]);
    const langs = Object.entries(result.languages).map(([l, r]) => `${l}: precision ${r.precision.toFixed(2)} recall ${r.recall.toFixed(2)}`);
    assert.deepEqual(below, [], `${below.join("\n")}\n\n${formatTable(result)}\n${langs.join("\n")}`);
  });
});
