// A Jekyll page in the editor (contract §7): its variables show their value and the file that
// defines them, go to definition opens that file at the key, no placeholder is reported for
// what the site defines, and an edit of _config.yml re-checks the page.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import { positionOf, startServer, uriOf } from "./helpers.mjs";

const SITE = fileURLToPath(new URL("../sites/jekyll/", import.meta.url));

describe("a Jekyll site in the editor", () => {
  let dir, c, page, text;
  const hover = (pos) => c.request("textDocument/hover", { textDocument: { uri: page }, position: pos });
  const definition = (pos) => c.request("textDocument/definition", { textDocument: { uri: page }, position: pos });

  before(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "pw-lsp-jekyll-")));
    cpSync(SITE, dir, { recursive: true });
    text = readFileSync(join(dir, "privacy.md"), "utf8");
    c = await startServer({ root: dir });
    page = c.open(join(dir, "privacy.md"));
    await c.waitFor(page, (d) => d.length > 0);
  });
  after(async () => {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the diagnostics are the planted ones: no placeholder for a defined variable, no missing contact or date", async () => {
    const d = await c.waitFor(page, (x) => x.length > 0);
    assert.deepEqual(d.map((x) => `${x.code} ${x.range.start.line + 1}`).sort(), ["placeholder 32", "retention-mismatch 31", "undeclared-processor 25", "undisclosed-processor 23"]);
    assert.equal(d.find((x) => x.code === "placeholder").severity, 3, "an unresolved variable in a site is information");
    // the Hotjar finding is in the included file: shown on the include, with the file as related information
    const inc = d.find((x) => x.code === "undeclared-processor");
    assert.match(inc.relatedInformation?.[0]?.location.uri ?? "", /_includes\/privacy\/processors\.md$/);
    assert.equal(inc.relatedInformation[0].location.range.start.line, 4);
  });

  test("hover on a variable shows its value and the file that defines it", async () => {
    const h = await hover(positionOf(text, "site.email", 3));
    assert.match(h.contents.value, /`site\.email \| downcase` = "privacy@leipomo-aalto\.example"|`site\.email` = "privacy@leipomo-aalto\.example"/);
    assert.match(h.contents.value, /Defined in _config\.yml \(`email`\)/);
    const list = await hover(positionOf(text, "site.data.legal.hosting", 3));
    assert.match(list.contents.value, /is a list of 2 items: not text/);
    const missing = await hover(positionOf(text, "site.opening_hours", 3));
    assert.match(missing.contents.value, /is not defined in _config\.yml, _data\//);
  });

  test("go to definition on a variable opens its key in _config.yml, or in _data", async () => {
    const d = await definition(positionOf(text, "site.email", 3));
    const loc = Array.isArray(d) ? d[0] : d;
    assert.equal(loc.uri, uriOf(join(dir, "_config.yml")));
    assert.deepEqual(loc.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } });
    const data = await definition(positionOf(text, "site.data.legal.updated", 3));
    assert.equal(data.uri, uriOf(join(dir, "_data/legal.yml")));
    assert.equal(data.range.start.line, 0);
    const include = await definition(positionOf(text, "include privacy", 3));
    assert.equal(include.uri, uriOf(join(dir, "_includes/privacy/processors.md")));
  });

  test("changing _config.yml re-checks the page", async () => {
    writeFileSync(join(dir, "_config.yml"), readFileSync(join(dir, "_config.yml"), "utf8") + "opening_hours: 8-16\n");
    c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(join(dir, "_config.yml")), type: 2 }] });
    const d = await c.waitFor(page, (x) => !x.some((y) => y.code === "placeholder"), 20000);
    assert.ok(!d.some((y) => y.code === "placeholder"));
  });
});

const HUGO = fileURLToPath(new URL("../sites/hugo/", import.meta.url));
const rowsOf = (t) => Object.fromEntries(t.processors.map((r) => [r.name, r.pages.join(" ")]));

describe("one policy in several languages: the preview lists its pages together", () => {
  let dir, c;
  before(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "pw-lsp-translations-")));
    cpSync(HUGO, dir, { recursive: true });
    // two pages of one Hugo policy linked only by their front matter's translationKey
    mkdirSync(join(dir, "content/fr/juridique/confidentialite"), { recursive: true });
    writeFileSync(join(dir, "content/fr/juridique/confidentialite/index.md"), "---\ntitle: Confidentialité\ntranslationKey: data-notice\nlastmod: 2025-03-14\n---\n\n# Confidentialité\n\n## Destinataires\n\n- Hetzner Online (hébergement, Allemagne)\n- Plausible Insights (statistiques, UE)\n");
    mkdirSync(join(dir, "content/en/legal"), { recursive: true });
    writeFileSync(join(dir, "content/en/legal/data-notice.md"), "---\ntitle: Data notice\ntranslationKey: data-notice\nlastmod: 2025-03-14\n---\n\n# Data notice\n\n## Recipients\n\n- Hetzner Online hosts the site.\n- Plausible counts visits.\n- Postmark sends our e-mails.\n");
    c = await startServer({ root: dir });
  });
  after(async () => {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the English Hugo page's preview shows the German page: Intercom is named only there, Mixpanel only in English", async () => {
    const page = c.open(join(dir, "content/privacy/index.md"));
    await c.waitFor(page, (d) => d.length > 0);
    const model = await c.request("policywright/previewModel", { uri: page });
    const t = model.translations;
    assert.deepEqual(t.pages.map(({ path, language, current }) => `${path} ${language}${current ? " (this page)" : ""}`),
      ["content/de/privacy/index.md de", "content/privacy/index.md en (this page)"]);
    assert.deepEqual(rowsOf(t), {
      "Hetzner Online": "named named",
      "Plausible Insights": "named named",
      Postmark: "named named",
      Intercom: "undeclared no",
      Mixpanel: "no undeclared",
    });
    // the live preview's panels carry the view
    const content = await c.request("policywright/previewContent", { uri: page });
    assert.match(content.update.panels, /data-panel="translations"[\s\S]*<span class="pw-badge pw-badge-bad">2 differ<\/span>/);
  });

  test("each page is still checked on its own: the English data notice's preview lists its French page, which lacks Postmark", async () => {
    const en = c.open(join(dir, "content/en/legal/data-notice.md"));
    const fr = c.open(join(dir, "content/fr/juridique/confidentialite/index.md"));
    const undisclosed = (d) => d.filter((x) => x.code === "undisclosed-processor").map((x) => x.message.match(/Postmark|Hetzner|Plausible/)?.[0]);
    assert.deepEqual(undisclosed(await c.waitFor(fr, (d) => d.length > 0)), ["Postmark"]);
    assert.deepEqual(undisclosed(await c.waitFor(en, (d) => d.length > 0)), []);
    const model = await c.request("policywright/previewModel", { uri: en });
    assert.deepEqual(model.translations.pages.map((p) => `${p.path} ${p.language}`), ["content/en/legal/data-notice.md en", "content/fr/juridique/confidentialite/index.md fr"]);
    assert.equal(rowsOf(model.translations).Postmark, "named no");
  });

  test("the workspace check lists both groups", async () => {
    const summary = await c.request("workspace/executeCommand", { command: "policywright.checkWorkspace", arguments: [] });
    const rel = (g) => g.map((p) => p.slice(dir.length + 1).replace(/\\/g, "/"));
    assert.deepEqual(summary.translations.map(rel).sort(), [
      ["content/de/privacy/index.md", "content/privacy/index.md"],
      ["content/en/legal/data-notice.md", "content/fr/juridique/confidentialite/index.md"],
    ]);
  });
});

describe("a Docusaurus site with a TypeScript config in the editor", () => {
  let dir, c, page, text;
  before(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "pw-lsp-docusaurus-")));
    cpSync(fileURLToPath(new URL("../sites/docusaurus-ts/", import.meta.url)), dir, { recursive: true });
    text = readFileSync(join(dir, "src/pages/privacy.mdx"), "utf8");
    c = await startServer({ root: dir });
    page = c.open(join(dir, "src/pages/privacy.mdx"), text, "mdx");
    await c.waitFor(page, (d) => d.length > 0);
  });
  after(async () => {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const hover = (needle) => c.request("textDocument/hover", { textDocument: { uri: page }, position: positionOf(text, needle, 3) });

  test("hover shows a customFields value and its file; go to definition opens the key in docusaurus.config.ts", async () => {
    const h = await hover("siteConfig.customFields.privacyEmail");
    assert.match(h.contents.value, /`siteConfig\.customFields\.privacyEmail` = "privacy@revontuli\.example"/);
    assert.match(h.contents.value, /Defined in docusaurus\.config\.ts/);
    const d = await c.request("textDocument/definition", { textDocument: { uri: page }, position: positionOf(text, "siteConfig.customFields.privacyEmail", 3) });
    const loc = Array.isArray(d) ? d[0] : d;
    assert.equal(loc.uri, uriOf(join(dir, "docusaurus.config.ts")));
    assert.deepEqual(loc.range, { start: { line: 12, character: 4 }, end: { line: 12, character: 16 } });
  });

  test("a value the build computes (process.env) says so on hover and is not reported", async () => {
    const h = await hover("siteConfig.customFields.supportUrl");
    assert.match(h.contents.value, /computed when the site is built \(`process\.env\.SUPPORT_URL`\)/);
    const d = await c.waitFor(page, (x) => x.length > 0);
    assert.deepEqual(d.filter((x) => x.code === "placeholder").map((x) => text.split("\n")[x.range.start.line].slice(x.range.start.character, x.range.end.character)), ["{siteConfig.customFields.officeHours}"]);
  });
});
