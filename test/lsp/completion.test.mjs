// Completion as a user types: processor names and generated clauses in the policy; catalog
// names (that fill in category and country) and allowed values in the manifest.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { applyTextEdits, serveFixture } from "./helpers.mjs";

describe("completion", () => {
  let fx, c, pp, mp, pt, mt;
  const complete = (uri, line, character) => c.request("textDocument/completion", { textDocument: { uri }, position: { line, character } });
  /** Opens a document with `text`, where "|" marks the cursor, and completes there. */
  const at = async (path, text) => {
    const offset = text.indexOf("|");
    const clean = text.replace("|", "");
    const before = clean.slice(0, offset).split("\n");
    const uri = c.open(path, clean);
    const items = await complete(uri, before.length - 1, before[before.length - 1].length);
    c.close(uri);
    return { items, clean };
  };

  serveFixture("basic", (f, s) => {
    fx = f;
    c = s;
    pp = join(fx.dir, "privacy-policy.md");
    mp = join(fx.dir, "processors.yaml");
    pt = readFileSync(pp, "utf8");
    mt = readFileSync(mp, "utf8");
  });

  test("in a policy, the manifest's processor names and aliases replace the word being typed", async () => {
    const { items, clean } = await at(pp, `${pt}\nWe also send mail through Post|`);
    const labels = items.filter((i) => i.kind === 18).map((i) => i.label);
    assert.deepEqual(labels, ["Hetzner", "Hetzner Online", "Postmark", "Sentry"]);
    const postmark = items.find((i) => i.label === "Postmark");
    const lines = clean.split("\n");
    const last = lines.length - 1;
    assert.deepEqual(postmark.textEdit.range, { start: { line: last, character: 26 }, end: { line: last, character: 30 } });
    assert.match(applyTextEdits(clean, [postmark.textEdit]), /through Postmark$/);
    // typing a space in prose (a trigger character meant for YAML) pops nothing up
    const uri = c.open(pp, `${pt}\nWe use `);
    const lines2 = `${pt}\nWe use `.split("\n");
    const typed = await c.request("textDocument/completion", { textDocument: { uri }, position: { line: lines2.length - 1, character: 7 }, context: { triggerKind: 2, triggerCharacter: " " } });
    assert.deepEqual(typed, []);
    c.close(uri);
  });

  test("at the start of a line, clauses written from the manifest are offered", async () => {
    const { items, clean } = await at(pp, `${pt}\ncompl|`);
    const clause = items.find((i) => i.kind === 15 && /Complaints/.test(i.label));
    assert.ok(clause, `offered: ${items.map((i) => i.label)}`);
    const out = applyTextEdits(clean, [clause.textEdit]);
    assert.match(out, /\n## Complaints\n\nYou have the right to lodge a complaint with a supervisory authority/);
    assert.ok(!out.includes("compl\n"), "the typed word is replaced");
    const recipients = items.find((i) => i.kind === 15 && /Who receives your data/.test(i.label));
    assert.match(recipients.textEdit.newText, /- \*\*Sentry\*\* — Crash reports from the web app \(United States\)/);
    // mid-sentence there are no clauses
    const mid = await at(pp, `${pt}\nWe keep compl|`);
    assert.equal(mid.items.filter((i) => i.kind === 15).length, 0);
  });

  test("pw-* snippets come in the policy's language, under the same prefixes, as VS Code snippets", async () => {
    const snippet = (items, prefix) => items.find((i) => i.label === prefix && i.insertTextFormat === 2);
    // English: the prefixes users know, the English text, the policy's heading level
    const en = await at(pp, `${pt}\npw-sec|`);
    const sec = snippet(en.items, "pw-security");
    assert.ok(sec, `offered: ${en.items.map((i) => i.label)}`);
    assert.equal(sec.kind, 15);
    assert.match(sec.textEdit.newText, /^## How we protect your data\n\nWe protect personal data with .*, including \$\{1:encryption/);
    assert.match(applyTextEdits(en.clean, [sec.textEdit]), /\n## How we protect your data\n/);
    assert.ok(!applyTextEdits(en.clean, [sec.textEdit]).includes("pw-sec"), "the typed prefix is replaced");
    // German: German snippet text and a German clause written from the manifest
    const german = "---\nlang: de\n---\n# Datenschutzerklärung\n\n## Verantwortlicher\n\nVerantwortlich ist die Beispiel GmbH.\n\n";
    const de = await at(pp, `${german}pw-compl|`);
    const complaint = snippet(de.items, "pw-complaint");
    assert.match(complaint.textEdit.newText, /^## Beschwerderecht\n\nSind Sie der Ansicht, .*\(Art\. 77 DSGVO\).*\$\{1\|die Österreichische Datenschutzbehörde \(DSB\) in Wien,/);
    assert.match(complaint.detail, /^Das Recht auf Beschwerde bei einer Aufsichtsbehörde \(Art\. 13 Abs\. 2 lit\. d DSGVO\)/);
    const clause = de.items.find((i) => i.kind === 15 && i.insertTextFormat !== 2 && /Beschwerderecht/.test(i.label));
    assert.ok(clause, `offered: ${de.items.map((i) => i.label)}`);
    assert.match(clause.textEdit.newText, /^## Beschwerderecht\n\nSie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren \(Art\. 77 DSGVO\)/);
    assert.ok(!de.items.some((i) => i.kind === 15 && /supervisory authority|Complaints/.test(i.textEdit.newText)), "an English clause is offered in a German policy");
    // French, detected from the text
    const french = "# Politique de confidentialité\n\nLa présente politique décrit la manière dont nous traitons vos données personnelles lorsque vous utilisez notre service. Nous conservons vos données aussi longtemps que nécessaire et vous pouvez exercer vos droits à tout moment.\n\n";
    const fr = await at(pp, `${french}pw-rig|`);
    const rights = snippet(fr.items, "pw-rights");
    assert.match(rights.textEdit.newText, /^## Vos droits\n\nConformément au RGPD, vous disposez des droits suivants :/);
    assert.ok(fr.items.some((i) => i.kind === 15 && i.insertTextFormat !== 2 && /^## Vos droits/.test(i.textEdit.newText)), "no French rights clause");
    // a snippet's placeholders are not offered mid-sentence
    const mid = await at(pp, `${german}Wir pw-compl|`);
    assert.equal(mid.items.filter((i) => i.kind === 15).length, 0);
  });

  test("in the manifest, a processor name offers the catalog and fills in category and country", async () => {
    const { items, clean } = await at(mp, mt.replace("processors:\n", "processors:\n  - name: Plaus|\n    purpose: Visitor counts\n"));
    const item = items.find((i) => i.label === "Plausible Analytics");
    assert.equal(item.detail, "analytics · EE");
    const out = applyTextEdits(clean, [item.textEdit, ...item.additionalTextEdits]);
    assert.match(out, /processors:\n {2}- name: Plausible Analytics\n {4}category: analytics\n {4}country: EE\n {4}purpose: Visitor counts\n/);
    // keys the entry already has are left alone
    const again = await at(mp, mt.replace("  - name: Sentry", "  - name: Sent|"));
    const sentry = again.items.find((i) => i.label === "Sentry");
    assert.deepEqual(sentry.additionalTextEdits, []);
  });

  test("in the manifest, category, transfer, country and regimes offer their allowed values", async () => {
    const values = async (text) => (await at(mp, text)).items.map((i) => i.label);
    const categories = await values(mt.replace("category: email", "category: em|"));
    assert.ok(categories.includes("email") && categories.includes("error-monitoring") && categories.length === 20);
    assert.deepEqual(await values(mt.replace("transfer: scc", "transfer: |")), ["scc", "adequacy", "dpf", "bcr", "consent", "none"]);
    const countries = (await at(mp, mt.replace("country: DE", "country: [DE, |]"))).items;
    assert.ok(countries.some((i) => i.label === "FR" && i.detail === "France"));
    assert.equal(countries.find((i) => i.label === "NO").textEdit.newText, '"NO"', "Norway's code is quoted for YAML 1.1 readers");
    assert.deepEqual(await values(mt.replace("regimes: [gdpr]", "regimes: [gdpr, |]")), ["gdpr", "uk-gdpr", "ccpa"]);
    const stores = await values(`${mt}    store: |\n`);
    assert.deepEqual(stores, ["Hetzner", "Postmark", "Sentry"]);
  });
});
