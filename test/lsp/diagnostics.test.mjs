// Diagnostics over the real server (node dist/server.js --stdio): what a user sees in the
// Problems panel for a policy and its manifest, and how it follows edits of either file.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ofRule, rangeOfText, serveFixture, uriOf } from "./helpers.mjs";

describe("diagnostics", () => {
  let fx, c, policyPath, manifestPath, policyText;
  serveFixture("basic", (f, s) => {
    fx = f;
    c = s;
    policyPath = join(fx.dir, "privacy-policy.md");
    manifestPath = join(fx.dir, "processors.yaml");
    policyText = readFileSync(policyPath, "utf8");
  });

  test("a policy gets one diagnostic per finding, with exact ranges, rule codes and doc links", async () => {
    const uri = c.open(policyPath);
    const diags = await c.waitFor(uri, (d) => d.length > 0);
    assert.deepEqual(diags.map((d) => d.code).sort(), ["missing-section", "retention-mismatch", "undeclared-processor", "undisclosed-processor"]);
    const by = (rule) => ofRule(diags, rule)[0];
    assert.deepEqual(by("undeclared-processor").range, rangeOfText(policyText, "Intercom"));
    assert.deepEqual(by("retention-mismatch").range, rangeOfText(policyText, "30 days"));
    // a processor the policy never names is reported on the recipients heading
    assert.deepEqual(by("undisclosed-processor").range, rangeOfText(policyText, "Service providers"));
    assert.deepEqual(by("missing-section").range, rangeOfText(policyText, "Tidewater Privacy Notice"));
    for (const d of diags) {
      assert.equal(d.source, "policywright");
      assert.equal(d.codeDescription.href, `https://github.com/policywright/policywright/blob/main/docs/rules/${d.code}.md`);
      assert.ok(Array.isArray(d.data.fixes), "fixes travel in data");
    }
    assert.equal(by("undisclosed-processor").severity, 1);
    assert.equal(by("undeclared-processor").severity, 2);
  });

  test("naming the missing processor in the policy clears its diagnostic at once", async () => {
    const uri = uriOf(policyPath);
    const at = rangeOfText(policyText, "- **Intercom**").start;
    const version = c.change(uri, [{ range: { start: at, end: at }, text: "- **Sentry** (United States): crash reports.\n" }]);
    const diags = await c.waitFor(uri, (_d, p) => p.version === version);
    assert.equal(ofRule(diags, "undisclosed-processor").length, 0);
    assert.equal(ofRule(diags, "undeclared-processor").length, 1, "the other findings stay");
  });

  test("an edit of the open manifest re-checks the policy", async () => {
    const policy = uriOf(policyPath);
    const text = readFileSync(manifestPath, "utf8");
    const manifest = c.open(manifestPath, text);
    const at = rangeOfText(text, "retention:\n  - data: Support").start;
    c.change(manifest, [{ range: { start: at, end: at }, text: "  - name: Intercom\n    purpose: Help chat\n    category: support\n    country: US\n    transfer: dpf\n" }]);
    const diags = await c.waitFor(policy, (d) => ofRule(d, "undeclared-processor").length === 0);
    assert.equal(ofRule(diags, "retention-mismatch").length, 1);
    // the manifest's buffer wins over the disk, where Intercom is still missing
    assert.ok(!readFileSync(manifestPath, "utf8").includes("Intercom"));
    c.close(manifest);
    await c.waitFor(policy, (d) => ofRule(d, "undeclared-processor").length === 1);
  });

  test("a manifest changed on disk (didChangeWatchedFiles) re-checks the policy", async () => {
    const policy = uriOf(policyPath);
    const text = readFileSync(manifestPath, "utf8").replace("retention: 45 days", "retention: 30 days");
    writeFileSync(manifestPath, text);
    c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(manifestPath), type: 2 }] });
    await c.waitFor(policy, (d) => ofRule(d, "retention-mismatch").length === 0);
  });

  test("a settings change re-checks: a rule turned off disappears, a severity changes", async () => {
    const policy = uriOf(policyPath);
    c.settings = { rules: { "undeclared-processor": "off", "missing-section": "error" } };
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const diags = await c.waitFor(policy, (d) => ofRule(d, "undeclared-processor").length === 0);
    assert.equal(ofRule(diags, "missing-section")[0].severity, 1);
    c.settings = {};
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await c.waitFor(policy, (d) => ofRule(d, "undeclared-processor").length === 1);
  });

  test("Markdown that is not a policy is left alone; front matter makes one a policy", async () => {
    const readme = join(fx.dir, "README.md");
    const uri = c.open(readme, "# Notes\n\nWe use Intercom and TODO things.\n");
    const marked = c.open(join(fx.dir, "terms.md"), "---\npolicywright: true\n---\n# Terms\n\nTODO write this.\n");
    await c.waitFor(marked, (d) => ofRule(d, "placeholder").length === 1);
    assert.equal(c.diagnostics.get(uri), undefined, "no diagnostics were published for README.md");
  });

  test("the policyFiles setting decides which files are policies", async () => {
    const other = c.open(join(fx.dir, "legal-terms.md"), "# Terms\n\nTODO write this.\n");
    c.settings = { policyFiles: ["**/legal-*.md"] };
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await c.waitFor(other, (d) => ofRule(d, "placeholder").length === 1);
    // the default globs no longer apply, so the privacy notice's diagnostics are withdrawn
    await c.waitFor(uriOf(policyPath), (d) => d.length === 0);
    c.settings = {};
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await c.waitFor(other, (d) => d.length === 0);
  });
});

describe("manifest diagnostics", () => {
  let fx, c;
  serveFixture("broken", (f, s) => ((fx = f), (c = s)));

  test("a manifest opened on its own is checked; other YAML files are left alone", async () => {
    const other = c.open(join(fx.dir, "ci.yml"), "on: [push]\njobs: {build: [\n");
    const m = c.open(join(fx.dir, "processors.yaml"));
    assert.equal((await c.waitFor(m, (d) => d.length === 2)).length, 2);
    assert.equal(c.diagnostics.get(other), undefined);
    c.close(m);
    await c.waitFor(m, (d) => d.length === 0);
    c.close(other);
  });

  test("schema errors land on the exact YAML node of the manifest; the policy still gets its checks", async () => {
    const manifestPath = join(fx.dir, "processors.yaml");
    const text = readFileSync(manifestPath, "utf8");
    const policy = c.open(join(fx.dir, "privacy-policy.md"));
    const pd = await c.waitFor(policy, (d) => d.length > 0);
    assert.equal(ofRule(pd, "placeholder").length, 1);
    // the manifest is not open: its findings are still listed while a policy uses it
    const md = await c.waitFor(uriOf(manifestPath), (d) => d.length === 2);
    assert.deepEqual(md.map((d) => d.range), [rangeOfText(text, "Ireland"), rangeOfText(text, "2 weekz")]);
    assert.ok(md.every((d) => d.code === "manifest-invalid" && d.severity === 1));
    assert.match(md[0].message, /did you mean 'IE'/);
    // fixing the node in the buffer clears that diagnostic
    const m = c.open(manifestPath, text);
    c.change(m, [{ range: rangeOfText(text, "Ireland"), text: "IE" }]);
    const after = await c.waitFor(m, (d) => d.length === 1);
    assert.match(after[0].message, /weekz/);
  });
});
