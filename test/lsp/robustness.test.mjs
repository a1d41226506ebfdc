// Nothing crashes, and the user is told what happened: a broken manifest, a manifest deleted
// while open, a policy without a manifest, files that are not UTF-8, files above the size
// limit, an untrusted workspace and a manifest path outside the workspace.
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { ofRule, positionOf, rangeOfText, serveFixture, uriOf } from "./helpers.mjs";

/** Every read-only request a user could make at a position; none may fail. */
async function pokeEverything(c, uri, position) {
  const td = { textDocument: { uri } };
  await c.request("textDocument/hover", { ...td, position });
  await c.request("textDocument/definition", { ...td, position });
  await c.request("textDocument/references", { ...td, position, context: { includeDeclaration: true } });
  await c.request("textDocument/completion", { ...td, position });
  await c.request("textDocument/documentSymbol", td);
  await c.request("textDocument/codeLens", td);
  await c.request("textDocument/codeAction", { ...td, range: { start: position, end: position }, context: { diagnostics: [] } });
  await c.request("policywright/previewModel", { uri });
  return c.request("policywright/status", { uri });
}

describe("robustness", () => {
  let fx, c, pp, mp, policy;
  serveFixture("basic", (f, s) => ((fx = f), (c = s)));
  before(async () => {
    pp = join(fx.dir, "privacy-policy.md");
    mp = join(fx.dir, "processors.yaml");
    policy = c.open(pp);
    await c.waitFor(policy, (d) => d.length === 4);
  });

  test("a manifest that is not YAML at all: syntax errors in the manifest, the policy keeps its own checks", async () => {
    const m = c.open(mp, "version: 1\ncontroller: [name: x\nprocessors:\n  - {name: Stripe\n");
    const md = await c.waitFor(m, (d) => d.length > 0);
    assert.ok(md.every((d) => d.code === "manifest-invalid"));
    // yaml recovers what it can (a Stripe entry); every check that needs nothing broken still runs
    const pd = await c.waitFor(policy, (d) => ofRule(d, "undisclosed-processor").some((x) => x.data.subject === "Stripe"));
    assert.ok(ofRule(pd, "missing-section").length > 0);
    const status = await pokeEverything(c, m, { line: 1, character: 5 });
    assert.equal(status.policy, false);
    await pokeEverything(c, policy, positionOf(readFileSync(pp, "utf8"), "Postmark"));
    c.close(m);
    await c.waitFor(policy, (d) => d.length === 4);
  });

  test("a manifest deleted while open: the buffer is used until it is closed, then the policy has none", async () => {
    const m = c.open(mp);
    rmSync(mp);
    c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(mp), type: 3 }] });
    await pokeEverything(c, policy, { line: 0, character: 2 });
    assert.equal(ofRule(c.diagnostics.get(policy).diagnostics, "undisclosed-processor").length, 1);
    c.close(m);
    const pd = await c.waitFor(policy, (d) => ofRule(d, "undisclosed-processor").length === 0);
    assert.ok(ofRule(pd, "missing-section").length >= 1, "checks that need no manifest still run");
    await c.waitFor(uriOf(mp), (d) => d.length === 0);
    const status = await pokeEverything(c, policy, positionOf(readFileSync(pp, "utf8"), "Postmark"));
    assert.equal(status.noManifest, true);
  });

  test("a manifest that is not UTF-8: Latin-1 is read leniently, UTF-16 with a BOM exactly, binary is refused", async () => {
    const yaml = "version: 1\ncontroller:\n  name: Tidewater Studio Oy\n  email: privacy@tidewater.example\nprocessors:\n  - name: Hetzner\n    purpose: Server für Daten\n    country: DE\n";
    writeFileSync(mp, Buffer.from(yaml, "latin1"));
    c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(mp), type: 1 }] });
    const subjects = (d) => [...new Set(ofRule(d, "undeclared-processor").map((x) => x.data.subject))].sort().join();
    let pd = await c.waitFor(policy, (d) => subjects(d) === "Intercom,Postmark");
    writeFileSync(mp, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(yaml.replace("    country: DE\n", "    country: DE\n  - name: Postmark\n    purpose: Mail\n"), "utf16le")]));
    c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(mp), type: 2 }] });
    pd = await c.waitFor(policy, (d) => subjects(d) === "Intercom");
    writeFileSync(mp, Buffer.from([0x00, 0x01, 0x02, 0x9f, 0x92, 0x96, 0x00]));
    c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(mp), type: 2 }] });
    pd = await c.waitFor(policy, (d) => ofRule(d, "manifest-invalid").length === 1);
    assert.match(ofRule(pd, "manifest-invalid")[0].message, /could not be read: .*binary/);
    await pokeEverything(c, policy, { line: 0, character: 2 });
  });

  test("a policy that is not valid UTF-16 text (lone surrogates, NULs) is still checked", async () => {
    const odd = c.open(join(fx.dir, "odd-privacy.md"), "# Odd\n\n\uD800 TODO \u0000 Stripe\uDFFF\n");
    const d = await c.waitFor(odd, (x) => ofRule(x, "placeholder").length === 1);
    assert.ok(d.length >= 1);
    await pokeEverything(c, odd, { line: 2, character: 9 });
  });

  test("a policy above policywright.maxFileSize gets one info diagnostic instead of an analysis", async () => {
    c.settings = { maxFileSize: 0.001 };
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const big = c.open(join(fx.dir, "big-privacy.md"), `# Big\n\n${"TODO filler text. ".repeat(200)}\n`);
    const d = await c.waitFor(big, (x) => x.length === 1 && x[0].severity === 3);
    assert.match(d[0].message, /above policywright\.maxFileSize/);
    const status = await pokeEverything(c, big, { line: 2, character: 3 });
    assert.equal(status.tooLarge, true);
    c.settings = {};
    c.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    await c.waitFor(big, (x) => ofRule(x, "placeholder").length > 0);
  });

  test("a manifest named in the front matter outside the workspace is an error on the front matter, never read", async () => {
    const text = "---\nmanifest: ../../../etc/processors.yaml\n---\n# Policy\n\nHello.\n";
    const p = c.open(join(fx.dir, "outside-policy.md"), text);
    const d = await c.waitFor(p, (x) => ofRule(x, "manifest-invalid").length === 1);
    const err = ofRule(d, "manifest-invalid")[0];
    assert.match(err.message, /outside the workspace folder; it was not read/);
    assert.deepEqual(err.range, { start: { line: 0, character: 0 }, end: { line: 2, character: 3 } });
    const url = c.open(join(fx.dir, "url-policy.md"), "---\nmanifest: https://example.com/p.yaml\n---\n# Policy\n");
    assert.match(ofRule(await c.waitFor(url, (x) => ofRule(x, "manifest-invalid").length === 1), "manifest-invalid")[0].message, /is a URL/);
  });

  test("the server is still answering after all of it", async () => {
    const syms = await c.request("textDocument/documentSymbol", { textDocument: { uri: policy } });
    assert.equal(syms[0].name, "Tidewater Privacy Notice");
    assert.doesNotMatch(c.stderr(), /uncaught|unhandled/i);
    assert.equal(c.child.exitCode, null);
  });
});

describe("untrusted workspace", () => {
  let fx, c;
  serveFixture("basic", (f, s) => ((fx = f), (c = s)), { server: () => ({ initializationOptions: { trusted: false } }) });

  test("only open documents are read: the manifest counts once it is opened", async () => {
    const pp = join(fx.dir, "privacy-policy.md");
    const policy = c.open(pp);
    const first = await c.waitFor(policy, (d) => d.length > 0);
    assert.equal(ofRule(first, "undisclosed-processor").length, 0, "the manifest on disk was not read");
    assert.equal((await c.request("policywright/status", { uri: policy })).noManifest, true);
    const m = c.open(join(fx.dir, "processors.yaml"));
    const d = await c.waitFor(policy, (x) => ofRule(x, "undisclosed-processor").length === 1);
    assert.deepEqual(ofRule(d, "undeclared-processor")[0].range, rangeOfText(readFileSync(pp, "utf8"), "Intercom"));
    const summary = await c.request("workspace/executeCommand", { command: "policywright.checkWorkspace", arguments: [] });
    assert.equal(summary.files, 1, "the workspace check stays with the open policy");
    c.close(m);
  });
});
