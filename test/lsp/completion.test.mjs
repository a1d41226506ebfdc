// Completion as a user types: processor names and generated clauses in the policy; catalog
// names (that fill in category and country) and allowed values in the manifest.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { applyTextEdits, copyFixture, startServer } from "./helpers.mjs";

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

  before(async () => {
    fx = copyFixture("basic");
    pp = join(fx.dir, "privacy-policy.md");
    mp = join(fx.dir, "processors.yaml");
    pt = readFileSync(pp, "utf8");
    mt = readFileSync(mp, "utf8");
    c = await startServer({ root: fx.dir });
  });
  after(async () => {
    await c.stop();
    fx.cleanup();
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
