// Workspace-level behaviour: the Check Workspace command (with progress), multi-root folders
// with a manifest each, the manifest setting, and the custom requests the client relies on.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ofRule, serveFixture, uriOf } from "./helpers.mjs";

describe("workspace", () => {
  let fx, c, pp;
  // a second policy in a subfolder, never opened, and a second root with its own manifest
  const prepare = (f) => {
    pp = join(f.dir, "privacy-policy.md");
    mkdirSync(join(f.dir, "app", "legal"), { recursive: true });
    writeFileSync(join(f.dir, "app", "legal", "cookie-policy.md"), "# Cookie policy\n\nTODO list the cookies. Sentry sets none.\n");
    mkdirSync(join(f.dir, "second"));
    cpSync(pp, join(f.dir, "second", "privacy-policy.md"));
    writeFileSync(join(f.dir, "second", "processors.yaml"), readFileSync(join(f.dir, "processors.yaml"), "utf8").replace(/  - name: Sentry[\s\S]*?transfer: dpf\n/, "  - name: Intercom\n    purpose: Help chat\n    country: US\n    transfer: dpf\n"));
  };
  serveFixture("basic", (f, s) => ((fx = f), (c = s)), { prepare, server: (f) => ({ folders: [f.dir, join(f.dir, "second")] }) });

  test("each workspace folder is checked against its own manifest", async () => {
    const first = c.open(pp);
    const second = c.open(join(fx.dir, "second", "privacy-policy.md"));
    const a = await c.waitFor(first, (d) => d.length > 0);
    const b = await c.waitFor(second, (d) => d.length > 0);
    assert.deepEqual(ofRule(a, "undeclared-processor").map((d) => d.data.subject), ["Intercom"]);
    assert.deepEqual(ofRule(b, "undeclared-processor"), [], "the second folder's manifest lists Intercom");
    assert.deepEqual(ofRule(b, "undisclosed-processor"), []);
    const status = await c.request("policywright/status", { uri: second });
    assert.equal(status.manifestUri, uriOf(join(fx.dir, "second", "processors.yaml")));
    c.close(second);
  });

  test("Check Workspace checks every policy, open or not, with progress, and fills the Problems panel", async () => {
    const before = c.notifications.length;
    const summary = await c.request("workspace/executeCommand", { command: "policywright.checkWorkspace", arguments: [] });
    assert.equal(summary.files, 3);
    assert.ok(summary.error >= 2 && summary.warning >= 2);
    const closed = uriOf(join(fx.dir, "app", "legal", "cookie-policy.md"));
    const d = await c.waitFor(closed, (x) => x.length > 0);
    assert.equal(ofRule(d, "placeholder").length, 1);
    const progress = c.notifications.slice(before).filter((n) => n.method === "$/progress").map((n) => n.params.value.kind);
    assert.equal(progress[0], "begin");
    assert.ok(progress.includes("report"));
    assert.equal(progress[progress.length - 1], "end");
  });

  test("policywright/previewModel returns the model of the current analysis; analysisChanged follows each re-analysis", async () => {
    const uri = uriOf(pp);
    const text = readFileSync(pp, "utf8");
    const version = c.change(uri, [{ text: text.replace("Intercom", "Zendesk") }]);
    await c.waitFor(uri, (_d, p) => p.version === version);
    const note = await c.waitForNotification("policywright/analysisChanged", (p) => p.uri === uri && p.version === version);
    assert.deepEqual(note, { uri, version });
    const model = await c.request("policywright/previewModel", { uri });
    assert.equal(model.version, 1);
    assert.ok(model.text.includes("Zendesk"));
    assert.ok(model.findings.some((f) => f.rule === "undeclared-processor" && f.subject === "Zendesk"));
    assert.equal(await c.request("policywright/previewModel", { uri: uriOf(join(fx.dir, "processors.yaml")) }), null);
  });

  test("policywright/status tells the status bar what to show", async () => {
    const status = await c.request("policywright/status", { uri: uriOf(pp) });
    assert.equal(status.policy, true);
    assert.equal(status.manifestUri, uriOf(join(fx.dir, "processors.yaml")));
    assert.equal(status.errors, 2);
    const notes = c.open(join(fx.dir, "notes.md"), "# Notes\n");
    assert.equal((await c.request("policywright/status", { uri: notes })).policy, false);
  });

  test("policywright/draftManifest drafts processors.yaml from the policy, for the policy's folder", async () => {
    const uri = uriOf(pp);
    const draft = await c.request("policywright/draftManifest", { uri });
    assert.equal(draft.target, uriOf(join(fx.dir, "processors.yaml")));
    assert.ok(draft.processors.includes("Postmark"), draft.processors.join());
    assert.match(draft.yaml, /name: Postmark/);
  });

  test("the manifest setting points at another file inside the folder; outside it is an error", async () => {
    const uri = uriOf(pp);
    writeFileSync(join(fx.dir, "vendors.yaml"), readFileSync(join(fx.dir, "second", "processors.yaml"), "utf8"));
    c.settings = { manifest: "vendors.yaml" };
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    // vendors.yaml lists Intercom instead of Sentry, and the policy now names neither
    await c.waitFor(uri, (d) => ofRule(d, "undisclosed-processor").map((x) => x.data.subject).join() === "Intercom");
    c.settings = { manifest: "../elsewhere/processors.yaml" };
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const d = await c.waitFor(uri, (x) => ofRule(x, "manifest-invalid").length === 1);
    assert.match(ofRule(d, "manifest-invalid")[0].message, /points outside the workspace folder; it was not read/);
    c.settings = {};
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await c.waitFor(uri, (x) => ofRule(x, "manifest-invalid").length === 0);
  });
});
