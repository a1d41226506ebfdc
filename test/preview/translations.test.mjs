// One policy in several languages (contract §7, issue 14): the preview lists the pages of the
// policy side by side and shows, per processor, which page names it, so a reviewer sees that the
// German page names a processor the English page lacks. Each page is still judged on its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, preview } from "../unit/helpers.mjs";
import { decode, modelOf } from "./helpers.mjs";

const MANIFEST = `version: 1
controller:
  name: Kettukallio Oy
  email: privacy@kettukallio.example
  country: FI
regimes: [gdpr]
processors:
  - name: Hetzner Online
    purpose: Hosting
    country: DE
  - name: Postmark
    purpose: Transactional e-mail
    country: US
    transfer: scc
`;
const EN = "# Privacy policy\n\nLast updated: 2025-03-01. Contact: privacy@kettukallio.example.\n\n## Recipients\n\n- Hetzner Online hosts the site.\n- Postmark sends our e-mails.\n";
const DE = "---\nlang: de\n---\n# Datenschutzerklärung\n\nStand: 2025-03-01. Kontakt: privacy@kettukallio.example.\n\n## Empfänger\n\n- Hetzner Online hostet die Website.\n- Intercom (Support-Chat, USA).\n";

function group() {
  const en = modelOf(EN, MANIFEST);
  const de = modelOf(DE, MANIFEST);
  return { en, de, t: preview.buildTranslations([
    { path: "privacy.md", language: "en", current: true, model: en },
    { path: "privacy.de.md", language: "de", current: false, model: de },
  ]) };
}

test("per processor, what each language page says: named, not named, or named but missing from the manifest", () => {
  const { t } = group();
  assert.deepEqual(t.pages.map(({ path, language, current }) => ({ path, language, current })), [
    { path: "privacy.md", language: "en", current: true },
    { path: "privacy.de.md", language: "de", current: false },
  ]);
  const rows = Object.fromEntries(t.processors.map((r) => [r.name, { pages: r.pages, differs: r.differs }]));
  assert.deepEqual(rows, {
    "Hetzner Online": { pages: ["named", "named"], differs: false },
    // the German page leaves Postmark out, and names Intercom, which the manifest lacks
    Postmark: { pages: ["named", "no"], differs: true },
    Intercom: { pages: ["no", "undeclared"], differs: true },
  });
});

test("each page keeps its own findings: the undisclosed processor is the German page's alone", () => {
  const { en, de, t } = group();
  const undisclosed = (m) => m.findings.filter((f) => f.rule === "undisclosed-processor").map((f) => f.subject);
  assert.deepEqual(undisclosed(en), []);
  assert.deepEqual(undisclosed(de), ["Postmark"]);
  assert.deepEqual(t.pages.map((p) => p.errors), [en, de].map((m) => m.findings.filter((f) => f.severity === "error").length));
  assert.ok(t.pages[1].errors > 0);
});

test("the Translations panel: the pages, then the rows that differ first, with what each page says", () => {
  const { en, t } = group();
  const html = preview.renderPanels({ ...en, translations: t }, { interactive: true });
  const panel = /<details class="pw-panel" data-panel="translations"[\s\S]*?<\/details>/.exec(html)?.[0];
  assert.ok(panel, "the panel is there");
  assert.match(panel, /Translations<\/span><span class="pw-badge pw-badge-bad">2 differ<\/span>/);
  assert.match(panel, /<code>privacy\.de\.md<\/code>/);
  const rows = [...panel.matchAll(/<tr class="([^"]*)"><th scope="row"><span class="pw-proc-name">([^<]*)<\/span>.*?<\/th>(.*?)<\/tr>/g)]
    .map((m) => [decode(m[2]), m[1].includes("pw-differs"), [...m[3].matchAll(/<td><span class="[^"]*">([^<]*)<\/span><\/td>/g)].map((c) => c[1])]);
  assert.deepEqual(rows, [
    ["Postmark", true, ["named", "not named"]],
    ["Intercom", true, ["not named", "named, not in the manifest"]],
    ["Hetzner Online", false, ["named", "named"]],
  ]);
  // a page kept in one language has no Translations panel
  assert.doesNotMatch(preview.renderPanels(en, { interactive: true }), /data-panel="translations"/);
});

test("pages are grouped by language suffix, language folder, or a shared Hugo translationKey in the front matter", () => {
  assert.deepEqual(core.translationGroups(["/w/privacy.md", "/w/privacy.de.md", "/w/terms.md"]), [["/w/privacy.de.md", "/w/privacy.md"]]);
  assert.deepEqual(core.translationGroups(["/w/content/privacy.md", "/w/content/de/privacy.md", "/w/i18n/fr/docusaurus-plugin-content-pages/privacy.md", "/w/src/pages/privacy.md"]),
    [["/w/content/de/privacy.md", "/w/content/privacy.md"], ["/w/i18n/fr/docusaurus-plugin-content-pages/privacy.md", "/w/src/pages/privacy.md"]]);
  const en = "/w/content/en/legal/privacy.md";
  const de = "/w/content/de/rechtliches/datenschutz.md";
  const fm = { [en]: { translationKey: "privacy" }, [de]: { translationKey: "Privacy" } };
  assert.deepEqual(core.translationGroups([en, de]), [], "different paths alone are different pages");
  assert.deepEqual(core.translationGroups([en, de], (p) => core.frontMatterTranslationKey(p, fm[p])), [[de, en]]);
  // the same key in two sites of one workspace links nothing
  const other = "/w/other-site/content/datenschutz.md";
  assert.deepEqual(core.translationGroups([en, other], (p) => core.frontMatterTranslationKey(p, { translationKey: "privacy" })), []);
  assert.equal(core.frontMatterTranslationKey(en, { translationKey: ["x"] }), undefined);
  assert.equal(core.frontMatterTranslationKey(en, { translationKey: "  " }), undefined);
});
