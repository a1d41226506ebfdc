// Hover, go to definition, find references, document symbols and code lenses: what a user
// sees when moving between the policy and its manifest, with exact ranges.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { positionOf, rangeOfText, serveFixture, uriOf } from "./helpers.mjs";

describe("navigation", () => {
  let fx, c, policy, manifest, pt, mt, manifestUri;
  const hover = (uri, pos) => c.request("textDocument/hover", { textDocument: { uri }, position: pos });

  serveFixture("basic", (f, s) => ((fx = f), (c = s)));
  before(async () => {
    const pp = join(fx.dir, "privacy-policy.md");
    const mp = join(fx.dir, "processors.yaml");
    pt = readFileSync(pp, "utf8");
    mt = readFileSync(mp, "utf8");
    manifestUri = uriOf(mp);
    policy = c.open(pp);
    await c.waitFor(policy, (d) => d.length > 0);
    manifest = c.open(mp);
  });

  test("hover on a processor the manifest lists shows its manifest entry", async () => {
    const h = await hover(policy, positionOf(pt, "Postmark", 3));
    assert.deepEqual(h.range, rangeOfText(pt, "Postmark"));
    assert.equal(h.contents.kind, "markdown");
    const v = h.contents.value;
    assert.match(v, /\*\*Postmark\*\* — manifest entry in \[processors\.yaml:16\]/);
    for (const fact of ["Sign-in links and receipts by e-mail", "Country: United States (US)", "Transfer: Standard Contractual Clauses (`scc`)", "Retention: 45 days"]) assert.ok(v.includes(fact), `missing ${fact} in ${v}`);
  });

  test("hover on a service the manifest lacks shows the catalog entry", async () => {
    const h = await hover(policy, positionOf(pt, "Intercom", 1));
    assert.deepEqual(h.range, rangeOfText(pt, "Intercom"));
    assert.match(h.contents.value, /Intercom\*\* is not in processors\.yaml/);
    assert.match(h.contents.value, /Category: support/);
  });

  test("hover on a period shows the manifest's period for that data", async () => {
    const same = await hover(policy, positionOf(pt, "1 year", 2));
    assert.deepEqual(same.range, rangeOfText(pt, "1 year"));
    assert.match(same.contents.value, /\*\*Support tickets\*\* — manifest period: \*\*1 year\*\*/);
    const differs = await hover(policy, positionOf(pt, "30 days"));
    assert.match(differs.contents.value, /\*\*Postmark\*\* — manifest period: \*\*45 days\*\*/);
    assert.match(differs.contents.value, /differs/);
    assert.equal(await hover(policy, positionOf(pt, "This notice explains")), null, "plain prose has no hover");
  });

  test("hover in the manifest on a processor name shows where the policy names it and the catalog's facts", async () => {
    const h = await hover(manifest, positionOf(mt, "Postmark", 4));
    assert.deepEqual(h.range, rangeOfText(mt, "Postmark"));
    assert.match(h.contents.value, /privacy-policy\.md: lines 24, 29, 35/);
    assert.match(h.contents.value, /Catalog entry \*\*Postmark\*\*/);
    const sentry = await hover(manifest, positionOf(mt, "Sentry", 1));
    assert.match(sentry.contents.value, /privacy-policy\.md: \*\*never named\*\*/);
  });

  test("go to definition jumps from a mention to the manifest entry's name", async () => {
    const def = await c.request("textDocument/definition", { textDocument: { uri: policy }, position: positionOf(pt, "Hetzner", 2) });
    assert.deepEqual(def, { uri: manifestUri, range: rangeOfText(mt, "Hetzner") });
    const none = await c.request("textDocument/definition", { textDocument: { uri: policy }, position: positionOf(pt, "Intercom", 2) });
    assert.equal(none, null, "a name the manifest lacks has no definition");
  });

  test("find references lists every mention of a manifest entry, in every policy", async () => {
    const refs = await c.request("textDocument/references", { textDocument: { uri: manifest }, position: positionOf(mt, "Postmark", 1), context: { includeDeclaration: true } });
    assert.deepEqual(refs, [
      { uri: manifestUri, range: rangeOfText(mt, "Postmark") },
      { uri: policy, range: rangeOfText(pt, "Postmark", 0) },
      { uri: policy, range: rangeOfText(pt, "Postmark", 1) },
      { uri: policy, range: rangeOfText(pt, "Postmark", 2) },
    ]);
    // from a mention in the policy, the same list without the declaration
    const fromPolicy = await c.request("textDocument/references", { textDocument: { uri: policy }, position: positionOf(pt, "Postmark", 1, 1), context: { includeDeclaration: false } });
    assert.deepEqual(fromPolicy, refs.slice(1));
  });

  test("references include closed policy files of the workspace", async () => {
    const other = join(fx.dir, "legal", "cookie-notice.md");
    const { mkdirSync, writeFileSync } = await import("node:fs");
    mkdirSync(join(fx.dir, "legal"));
    writeFileSync(other, "# Cookie notice\n\nPostmark sets no cookies.\n");
    const refs = await c.request("textDocument/references", { textDocument: { uri: manifest }, position: positionOf(mt, "Postmark", 1), context: { includeDeclaration: false } });
    assert.deepEqual(refs.filter((r) => r.uri === uriOf(other)), [{ uri: uriOf(other), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } } }]);
  });

  test("document symbols: the policy's sections with what each discloses", async () => {
    const [top] = await c.request("textDocument/documentSymbol", { textDocument: { uri: policy } });
    assert.equal(top.name, "Tidewater Privacy Notice");
    const names = top.children.map((s) => [s.name, s.detail]);
    assert.deepEqual(names.slice(2, 5), [["Service providers", "discloses: recipients"], ["International transfers", "discloses: transfers"], ["How long we keep data", "discloses: retention"]]);
    const recipients = top.children[2];
    assert.deepEqual(recipients.selectionRange, rangeOfText(pt, "## Service providers"));
  });

  test("document symbols: the manifest's controller, processors and retention schedule", async () => {
    const syms = await c.request("textDocument/documentSymbol", { textDocument: { uri: manifest } });
    assert.deepEqual(syms.map((s) => s.name), ["controller", "processors", "retention"]);
    const processors = syms[1];
    assert.deepEqual(processors.children.map((p) => [p.name, p.detail]), [
      ["Hetzner", "Application servers and the main database · DE"],
      ["Postmark", "Sign-in links and receipts by e-mail · US"],
      ["Sentry", "Crash reports from the web app · US"],
    ]);
    assert.deepEqual(processors.children[1].selectionRange, rangeOfText(mt, "Postmark"));
    assert.deepEqual(syms[2].children.map((r) => [r.name, r.detail]), [["Support tickets", "1 year"], ["Server logs", "14 days"]]);
  });

  test("code lenses sum up the recipients and retention sections", async () => {
    const lenses = await c.request("textDocument/codeLens", { textDocument: { uri: policy } });
    assert.deepEqual(lenses.map((l) => [l.range, l.command.title]), [
      [rangeOfText(pt, "## Service providers"), "2 of 3 manifest processors named · 1 missing"],
      [rangeOfText(pt, "## How long we keep data"), "3 of 3 manifest retention periods stated · 1 differs"],
    ]);
  });
});
