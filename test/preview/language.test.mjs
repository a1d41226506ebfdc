// The preview says which language the policy is read in and why, and its own words follow the
// display language (the policy's text stays as written).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, core, NOW, preview, tempDir, GERMAN_MANIFEST as MANIFEST } from "../unit/helpers.mjs";

const POLICY = `# Datenschutzerklärung

Stand: 1. März 2025

Verantwortlich ist die Beispiel GmbH, Musterstraße 1, 10115 Berlin, datenschutz@beispiel.example.

## Speicherdauer

Kontaktanfragen speichern wir acht Jahre lang.
`;

test("the model carries the language, its reason and a label", () => {
  const doc = core.parsePolicy(POLICY, { path: "legal/privacy.de.md" });
  const model = preview.buildPreviewModel(core.analyze(POLICY, core.parseManifest(MANIFEST), { now: NOW }, doc));
  assert.deepEqual(model.language, { code: "de", reason: "file-name", label: "German (from the file name)" });
  assert.match(preview.renderSummary(model), /<span class="pw-language"[^>]*>German \(from the file name\)<\/span>/);
});

function review(lang) {
  const dir = tempDir(join(tmpdir(), "pw-preview-lang-"));
  writeFileSync(join(dir, "datenschutz.md"), POLICY);
  writeFileSync(join(dir, "processors.yaml"), MANIFEST);
  const r = spawnSync(process.execPath, [CLI, "preview", "datenschutz.md", "--out", "review.html", "--lang", lang], { cwd: dir, encoding: "utf8", timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  return readFileSync(join(dir, "review.html"), "utf8");
}

test("the review page in German: German labels, the language and why, the policy's own lang", () => {
  const html = review("de");
  assert.match(html, /<html lang="de">/);
  assert.match(html, /<header class="pw-header" lang="de">/);
  assert.match(html, /Deutsch \(aus dem Text erkannt\)/);
  assert.match(html, /<span class="pw-panel-title">Pflichtangaben<\/span>/);
  assert.match(html, /<th scope="col">Die Datenschutzerklärung sagt<\/th>/);
  assert.match(html, /Die Datenschutzerklärung nennt acht Jahre für Kontaktanfragen, das Manifest dagegen 10 Jahre\./);
  assert.match(html, /Beschwerderecht bei einer Aufsichtsbehörde/);
  assert.doesNotMatch(html, /Required disclosures|The policy says|Not marked in the text/);
});

test("the review page in French for the same German policy: French labels, html lang still the policy's", () => {
  const html = review("fr");
  assert.match(html, /<html lang="de">/);
  assert.match(html, /<header class="pw-header" lang="fr">/);
  assert.match(html, /allemand \(détecté dans le texte\)/);
  assert.match(html, /<span class="pw-panel-title">Mentions obligatoires<\/span>/);
  assert.match(html, /Verantwortlich ist die Beispiel GmbH/, "the policy's text is not translated");
});
