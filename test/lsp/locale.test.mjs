// The editor's display language over the protocol: VS Code sends it as `locale` in initialize,
// and diagnostics, quick-fix titles and the status follow it while codes and data stay the same.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { copyFixture, positionOf, startServer } from "./helpers.mjs";

describe("display language", () => {
  const sessions = {};
  let fx, policyPath, text;

  before(async () => {
    fx = copyFixture("basic");
    policyPath = join(fx.dir, "privacy-policy.md");
    text = readFileSync(policyPath, "utf8");
    for (const locale of ["en", "fr", "de-AT"]) {
      const c = await startServer({ root: fx.dir, locale });
      const uri = c.open(policyPath, text);
      sessions[locale] = { c, uri, diags: await c.waitFor(uri, (d) => d.length === 4) };
    }
  });
  after(async () => {
    for (const s of Object.values(sessions)) await s.c.stop();
    fx.cleanup();
  });

  /**
   * Diagnostics without their words: messages, the fix titles they carry, and the comments and
   * fill-ins a fix writes into the manifest (`# TODO: check`), which are messages too. What a fix
   * writes into the policy is in the policy's language and stays.
   */
  const strip = (ds) => JSON.parse(JSON.stringify(ds, (k, v) => (k === "message" || k === "title" ? undefined : typeof v === "string" && /TODO/.test(v) && /processors\.yaml|name:/.test(v) ? "<manifest entry>" : v)));

  test("locale fr: French messages, the same codes, ranges and edits as in English", () => {
    const { en, fr } = { en: sessions.en.diags, fr: sessions.fr.diags };
    assert.deepEqual(strip(fr), strip(en));
    const byCode = (ds, code) => ds.find((d) => d.code === code).message;
    assert.equal(byCode(en, "undisclosed-processor"), "Sentry is in the manifest but the policy never names it (used for: Crash reports from the web app).");
    assert.equal(byCode(fr, "undisclosed-processor"), "Sentry figure dans le manifeste, mais la politique de confidentialité ne le nomme jamais (finalité : Crash reports from the web app).");
    assert.match(byCode(fr, "missing-section"), /^Mention obligatoire absente : réclamation auprès d'une autorité de contrôle \(.*\), exigée par le RGPD\.$/);
    for (const [a, b] of en.map((d, i) => [d.message, fr[i].message])) assert.notEqual(a, b);
  });

  test("a regional locale (de-AT) reads German, quick-fix titles included", async () => {
    const { c, uri, diags } = sessions["de-AT"];
    const d = diags.find((x) => x.code === "missing-section");
    assert.match(d.message, /^Fehlende Pflichtangabe: Beschwerderecht bei einer Aufsichtsbehörde/);
    const actions = await c.request("textDocument/codeAction", { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.kind === "quickfix");
    assert.match(fix.title, /^Klausel „.+“ einfügen \(/);
    // the clause itself is in the policy's language (English here), not the editor's
    const inserted = Object.values(fix.edit.changes)[0][0].newText;
    assert.match(inserted, /supervisory authority/);
  });

  test("the status names the policy's language and why, in the display language", async () => {
    const fr = await sessions.fr.c.request("policywright/status", { uri: sessions.fr.uri });
    const en = await sessions.en.c.request("policywright/status", { uri: sessions.en.uri });
    assert.deepEqual([en.language.code, en.language.reason], ["en", "detected"]);
    assert.equal(en.language.label, "English (detected from the text)");
    assert.equal(fr.language.label, "anglais (détecté dans le texte)");
  });

  test("hovers, code lenses, completion details and the fix-all title are in the display language", async () => {
    const hover = (locale, needle, delta, nth) => sessions[locale].c.request("textDocument/hover", { textDocument: { uri: sessions[locale].uri }, position: positionOf(text, needle, delta, nth) }).then((h) => h.contents.value);
    const de = await hover("de-AT", "Postmark", 3);
    assert.match(de, /^\*\*Postmark\*\* — Eintrag im Manifest \[processors\.yaml:16\]/);
    for (const fact of ["- Land: Vereinigte Staaten (US)", "- Übermittlung: Standardvertragsklauseln (`scc`)", "- Speicherdauer: 45 Tage"]) assert.ok(de.includes(fact), `missing ${fact} in ${de}`);
    const fr = await hover("fr", "Intercom", 1);
    assert.match(fr, /^\*\*Intercom\*\* ne figure pas dans processors\.yaml ; le catalogue intégré indique :/);
    assert.match(fr, /- Catégorie : support\n- Lieu habituel du traitement : États-Unis \(US\)/);
    assert.match(await hover("de-AT", "30 days"), /^\*\*Postmark\*\* — Frist laut Manifest: \*\*45 Tage\*\* .*\n\n\*\*Die Datenschutzerklärung weicht ab\*\* \(sie nennt 30 Tage\)\.$/s);
    const lenses = async (locale) => (await sessions[locale].c.request("textDocument/codeLens", { textDocument: { uri: sessions[locale].uri } })).map((l) => l.command.title);
    assert.deepEqual(await lenses("de-AT"), ["2 von 3 Auftragsverarbeitern des Manifests genannt · 1 nicht genannt", "3 von 3 Speicherfristen des Manifests angegeben · 1 weicht ab"]);
    assert.deepEqual(await lenses("fr"), ["2 sous-traitants du manifeste nommés sur 3 · non nommés : 1", "3 durées de conservation du manifeste indiquées sur 3 · 1 diffère"]);
    assert.deepEqual(await lenses("en"), ["2 of 3 manifest processors named · 1 missing", "3 of 3 manifest retention periods stated · 1 differs"]);
    const all = await sessions.fr.c.request("textDocument/codeAction", { textDocument: { uri: sessions.fr.uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["source.fixAll.policywright"] } });
    assert.match(all.find((a) => a.kind === "source.fixAll.policywright").title, /^Appliquer toutes les corrections sûres de Policywright dans ce fichier \(\d+\)$/);
    const lines = `${text}\nWir nutzen Post`.split("\n");
    const { c, uri } = sessions["de-AT"];
    c.change(uri, `${text}\nWir nutzen Post`);
    const items = await c.request("textDocument/completion", { textDocument: { uri }, position: { line: lines.length - 1, character: lines[lines.length - 1].length } });
    c.change(uri, text);
    assert.equal(items.find((i) => i.label === "Postmark").detail, "Auftragsverarbeiter: Sign-in links and receipts by e-mail");
    // in the manifest: country codes with their German names (found by German or English name), consent values
    const yamlPath = join(fx.dir, "processors.yaml");
    const yaml = readFileSync(yamlPath, "utf8").replace("    country: DE\n", "    country: \n");
    const line = yaml.split("\n").findIndex((l) => l === "    country: ");
    const m = c.open(yamlPath, yaml);
    const values = await c.request("textDocument/completion", { textDocument: { uri: m }, position: { line, character: 13 } });
    c.close(m);
    const germany = values.find((i) => i.label === "DE");
    assert.equal(germany.detail, "Deutschland");
    assert.match(germany.filterText, /Deutschland.*Germany/);
    assert.equal(values.find((i) => i.label === "EEA").detail, "der Europäische Wirtschaftsraum");
  });
});
