// A Jekyll page in the editor (contract §7): its variables show their value and the file that
// defines them, go to definition opens that file at the key, no placeholder is reported for
// what the site defines, and an edit of _config.yml re-checks the page.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
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
