// Quick fixes over the protocol: each fix applied to the document must make that finding go
// away on the next check; fix-all applies every safe fix; a fix may edit the manifest too.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { applyTextEdits, ofRule, serveFixture, uriOf } from "./helpers.mjs";

describe("code actions", () => {
  let fx, c, policyPath, manifestPath, uri, text;
  const actionsFor = (diag, only) => c.request("textDocument/codeAction", {
    textDocument: { uri }, range: diag.range, context: { diagnostics: [diag], ...(only ? { only } : {}) },
  });
  /** Applies a workspace edit's changes to the open policy and returns the new version. */
  const applyToPolicy = (edit) => {
    text = applyTextEdits(text, edit.changes[uri]);
    return c.change(uri, [{ text }]);
  };

  serveFixture("basic", (f, s) => ((fx = f), (c = s)));
  before(async () => {
    policyPath = join(fx.dir, "privacy-policy.md");
    manifestPath = join(fx.dir, "processors.yaml");
    text = readFileSync(policyPath, "utf8");
    uri = c.open(policyPath, text);
    await c.waitFor(uri, (d) => d.length === 4);
  });

  test("the missing-section quick fix inserts the clause, and the policy re-checks clean for that rule", async () => {
    const diag = ofRule(c.diagnostics.get(uri).diagnostics, "missing-section")[0];
    const actions = await actionsFor(diag);
    const fix = actions.find((a) => a.kind === "quickfix" && /complaint/i.test(a.title));
    assert.ok(fix, `offered: ${actions.map((a) => a.title)}`);
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [diag]);
    const version = applyToPolicy(fix.edit);
    assert.match(text, /supervisory authority/);
    const diags = await c.waitFor(uri, (_d, p) => p.version === version);
    assert.equal(ofRule(diags, "missing-section").length, 0);
  });

  test("code actions read the diagnostic's code and data, not its message", async () => {
    const diag = ofRule(c.diagnostics.get(uri).diagnostics, "retention-mismatch")[0];
    const actions = await actionsFor({ ...diag, message: "reworded by some other tool" });
    const titles = actions.filter((a) => a.kind === "quickfix").map((a) => a.title);
    assert.deepEqual(titles, ["Change the policy to 45 days (as in the manifest)", "Change the manifest to 30 days (as in the policy)"]);
    // the second fix edits the manifest file, not the policy
    const toManifest = actions.find((a) => /manifest to 30/.test(a.title));
    assert.deepEqual(Object.keys(toManifest.edit.changes), [uriOf(manifestPath)]);
    const edited = applyTextEdits(readFileSync(manifestPath, "utf8"), toManifest.edit.changes[uriOf(manifestPath)]);
    assert.match(edited, /retention: 30 days\n/);
    // the first one, applied, re-checks clean
    const version = applyToPolicy(actions[0].edit);
    assert.equal(ofRule(await c.waitFor(uri, (_d, p) => p.version === version), "retention-mismatch").length, 0);
  });

  test("adding an undeclared processor is one edit of the manifest, made from the policy", async () => {
    const diag = ofRule(c.diagnostics.get(uri).diagnostics, "undeclared-processor")[0];
    const actions = await actionsFor(diag);
    const add = actions.find((a) => /Add Intercom to the manifest/.test(a.title));
    assert.ok(add, `offered: ${actions.map((a) => a.title)}`);
    const mUri = uriOf(manifestPath);
    assert.deepEqual(Object.keys(add.edit.changes), [mUri]);
    const manifest = applyTextEdits(readFileSync(manifestPath, "utf8"), add.edit.changes[mUri]);
    assert.match(manifest, /\n {2}- name: Intercom\n {4}purpose: TODO/);
    // with the manifest changed in the editor, the policy's finding goes away
    const m = c.open(manifestPath, manifest);
    await c.waitFor(uri, (d) => ofRule(d, "undeclared-processor").length === 0);
    c.close(m);
    await c.waitFor(uri, (d) => ofRule(d, "undeclared-processor").length === 1);
  });

  test("a stale diagnostic gets the fixes of the current text, at the current offsets", async () => {
    const diag = ofRule(c.diagnostics.get(uri).diagnostics, "undisclosed-processor")[0];
    text = `\n\n${text}`;
    const version = c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "\n\n" }]);
    const actions = await actionsFor(diag);
    const fix = actions.find((a) => /Sentry/.test(a.title));
    assert.ok(fix, `offered: ${actions.map((a) => a.title)}`);
    text = applyTextEdits(text, fix.edit.changes[uri]);
    assert.match(text, /\n- \*\*Sentry\*\*/);
    const v2 = c.change(uri, [{ text }]);
    assert.ok(v2 > version);
    assert.equal(ofRule(await c.waitFor(uri, (_d, p) => p.version === v2), "undisclosed-processor").length, 0);
  });

  test("source.fixAll.policywright applies every safe fix in one edit", async () => {
    // start again from the fixture: a missing clause and fixes that need a person's choice
    text = readFileSync(policyPath, "utf8");
    const v = c.change(uri, [{ text }]);
    await c.waitFor(uri, (_d, p) => p.version === v);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await c.request("textDocument/codeAction", { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ["source.fixAll"] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, "source.fixAll.policywright");
    assert.deepEqual(Object.keys(actions[0].edit.changes), [uri], "fix-all edits only the file being fixed");
    const version = applyToPolicy(actions[0].edit);
    const diags = await c.waitFor(uri, (_d, p) => p.version === version);
    assert.equal(ofRule(diags, "missing-section").length, 0);
    // nothing safe is left to fix
    const again = await c.request("textDocument/codeAction", { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ["source.fixAll.policywright"] } });
    assert.deepEqual(again, []);
  });
});
