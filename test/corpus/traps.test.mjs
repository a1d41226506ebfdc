// Precision guard: ordinary English from privacy notices, terms of service and READMEs, full of
// words that are also catalog names ("PO Box 1916", "click Close", "a Loom is a frame", "for
// better uptime", `_segment_anon`, someone@gmail.com, a `<!--` in code). The texts in
// test/corpus/traps/ are our own, modelled on real documents. Not one sentence may be reported
// as naming an undeclared processor; the manifest beside them lists the three services the
// texts really use.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { core, ROOT, NOW } from "../unit/helpers.mjs";

const DIR = join(ROOT, "test", "corpus", "traps");
const manifest = core.parseManifest(readFileSync(join(DIR, "processors.yaml"), "utf8"));
const files = readdirSync(DIR).filter((f) => f.endsWith(".md")).sort();
const analysed = files.map((f) => {
  const text = readFileSync(join(DIR, f), "utf8");
  return { file: f, text, analysis: core.analyze(text, manifest, { now: NOW }) };
});

test("the trap texts hold at least 500 sentences of prose", () => {
  const sentences = analysed.reduce((n, a) => n + a.analysis.doc.sentences.filter((s) => a.analysis.doc.blocks[s.block].kind !== "heading").length, 0);
  assert.ok(sentences >= 500, `only ${sentences} sentences`);
});

for (const { file, text, analysis } of analysed) {
  test(`${file}: no undeclared-processor finding in ordinary English`, () => {
    const found = analysis.findings.filter((f) => f.rule === "undeclared-processor").map((f) => `${f.subject} at "${text.slice(Math.max(0, f.start - 30), f.end + 20).replace(/\n/g, " ")}"`);
    assert.deepEqual(found, []);
  });
}

test("the services the trap texts really name are found, so the guard is not passing on silence", () => {
  const named = new Set(analysed.flatMap((a) => a.analysis.mentions.filter((m) => m.processor).map((m) => m.processor.name)));
  assert.deepEqual([...named].sort(), ["Hetzner Online GmbH", "Plausible Analytics", "Postmark"]);
});
