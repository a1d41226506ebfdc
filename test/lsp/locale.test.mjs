// The editor's display language over the protocol: VS Code sends it as `locale` in initialize,
// and diagnostics, quick-fix titles and the status follow it while codes and data stay the same.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { copyFixture, startServer } from "./helpers.mjs";

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
});
