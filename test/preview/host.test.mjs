// The preview's extension side, driven through a fake VS Code API: one panel per policy, a
// strict webview, refreshes (first at once, then throttled), and only checked messages acted on.
import { test } from "node:test";
import assert from "node:assert/strict";
import Module, { createRequire } from "node:module";
import { build } from "esbuild";
import { ROOT, core, NOW, preview } from "../unit/helpers.mjs";
import { fakeVscode } from "./fake-vscode.mjs";
import { FIXTURE_POLICY, FIXTURE_MANIFEST } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const manifest = core.parseManifest(FIXTURE_MANIFEST);
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Bundles client/src/preview with `vscode` resolved to a fresh fake; returns the module and the fake. */
async function load() {
  const out = await build({ entryPoints: [`${ROOT}/client/src/preview/index.ts`], bundle: true, platform: "node", format: "cjs", write: false, external: ["vscode"], loader: { ".css": "text" }, logLevel: "silent" });
  const fake = fakeVscode();
  const mod = new Module(`${ROOT}/client/src/preview/bundle.js`);
  mod.paths = Module._nodeModulePaths(`${ROOT}/client/src/preview`);
  const original = Module._load;
  Module._load = (req, ...rest) => (req === "vscode" ? fake.vscode : original(req, ...rest));
  try {
    mod._compile(out.outputFiles[0].text, mod.id);
  } finally {
    Module._load = original;
  }
  return { preview: mod.exports, ...fake };
}

/** A language client that answers previewContent (and the status) from the document's current text. */
function fakeClient(docs) {
  const client = { requests: 0, handlers: {}, isRunning: () => true, onDidChangeState: () => ({ dispose() {} }) };
  client.sendRequest = async (method, params) => {
    const doc = docs.get(params.uri);
    if (method === "policywright/status") return { policy: !!doc, errors: 0, warnings: 0, infos: 0 };
    if (method === "policywright/exportHtml") return { html: preview.renderExportPage(doc?.text ?? "") };
    assert.equal(method, "policywright/previewContent");
    client.requests++;
    if (!doc) return null;
    const model = preview.buildPreviewModel(core.analyze(doc.text, manifest, { now: NOW }));
    return { model, update: preview.previewUpdate(model, params.uri) };
  };
  client.onNotification = (method, fn) => { client.handlers[method] = fn; return { dispose() {} }; };
  return client;
}

async function setup() {
  const env = await load();
  const { vscode, document, editor } = env;
  const uri = vscode.Uri.parse("file:///work/legal/privacy-notice.md");
  const doc = document(uri, FIXTURE_POLICY);
  vscode.window.activeTextEditor = editor(doc);
  vscode.window.visibleTextEditors.push(vscode.window.activeTextEditor);
  const client = fakeClient(new Map([[uri.toString(), doc]]));
  const context = { subscriptions: [], extensionUri: vscode.Uri.parse("file:///ext") };
  env.preview.registerPreview(context, client);
  return { ...env, uri, doc, client, context };
}

test("open to the side: one strict webview per policy, filled at once", async () => {
  const { vscode, log, client } = await setup();
  await vscode.commands.executeCommand("policywright.preview.openToSide");
  await vscode.commands.executeCommand("policywright.preview.openToSide");
  assert.equal(log.panels.length, 1, "a second open reveals the same panel");
  const [panel] = log.panels;
  assert.equal(panel.viewType, "policywright.preview");
  assert.equal(panel.options.enableScripts, true);
  assert.deepEqual(panel.options.localResourceRoots.map(String), ["file:///ext/media", "file:///ext/dist"]);
  const csp = /Content-Security-Policy" content="([^"]+)"/.exec(panel.webview.html)[1].replace(/&#39;/g, "'");
  const nonce = /'nonce-([^']+)'/.exec(csp)[1];
  assert.ok(nonce.length >= 16);
  assert.match(panel.webview.html, new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, "\\$&")}" src="https://csp.test/ext/dist/webview.js">`));
  await tick(20);
  assert.equal(client.requests, 1);
  const update = panel.sent.find((m) => m.type === "update");
  assert.equal(update.uri, "file:///work/legal/privacy-notice.md");
  assert.ok(update.blocks.some((b) => b.includes(">60 days</mark>")));
  assert.equal(log.contexts["policywright.isPolicyFile"], true);
});

test("typing refreshes at once, then at most every 150 ms; the server's notification refreshes too", async () => {
  const { vscode, log, client, fire, doc, uri } = await setup();
  await vscode.commands.executeCommand("policywright.preview.openToSide");
  await tick(20);
  const start = client.requests;
  for (let i = 0; i < 10; i++) {
    fire("change", { document: doc, contentChanges: [{}] });
    await tick(10);
  }
  await tick(400);
  const during = client.requests - start;
  assert.ok(during >= 1 && during <= 3, `${during} refreshes for 10 keystrokes in 100 ms`);
  client.handlers["policywright/analysisChanged"]({ uri: uri.toString(), version: 2 });
  await tick(300);
  assert.equal(client.requests - start, during + 1);
  fire("change", { document: { uri: vscode.Uri.parse("file:///work/legal/processors.yaml") }, contentChanges: [{}] });
  await tick(300);
  assert.equal(client.requests - start, during + 2, "a manifest edit refreshes every preview");
  assert.ok(log.panels[0].sent.filter((m) => m.type === "update").length >= 3);
});

test("checked messages act; anything else is ignored", async () => {
  const { vscode, log, doc } = await setup();
  await vscode.commands.executeCommand("policywright.preview.openToSide");
  await tick(20);
  const [panel] = log.panels;
  const at = FIXTURE_POLICY.indexOf("60 days");
  await panel.receive({ type: "reveal", start: at, end: at + 7 });
  const ed = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  assert.equal(doc.getText(ed.selection), "60 days");
  const before = { opened: log.opened.length, messages: log.messages.length, edits: log.edits.length };
  for (const bad of [{ type: "reveal", start: 0, end: 1e9 }, { type: "openLink", href: "javascript:alert(1)" }, { type: "openLink", href: "command:workbench.action.terminal.new" },
    { type: "applyFix", fix: 99 }, { type: "eval", code: "x" }, "reveal", null]) await panel.receive(bad);
  assert.deepEqual({ opened: log.opened.length, messages: log.messages.length, edits: log.edits.length }, before);
  await panel.receive({ type: "openLink", href: "https://www.edpb.europa.eu/" });
  assert.equal(log.messages.at(-1), "open https://www.edpb.europa.eu/");
});

test("the insert-clause button applies its edit, unless the policy changed since the preview was drawn", async () => {
  const { vscode, log, doc } = await setup();
  await vscode.commands.executeCommand("policywright.preview.openToSide");
  await tick(20);
  const [panel] = log.panels;
  await panel.receive({ type: "applyFix", fix: 0 });
  assert.equal(log.edits.length, 1);
  assert.match(log.edits[0].text, /Office of the Data Protection Ombudsman/);
  assert.equal(doc.offsetAt(log.edits[0].range.start), doc.offsetAt(log.edits[0].range.end), "an insertion");
  doc.text += "\nA new line typed meanwhile.\n";
  await panel.receive({ type: "applyFix", fix: 0 });
  assert.equal(log.edits.length, 1, "a stale fix is refused");
  assert.match(log.messages.at(-1), /changed since the preview was drawn/);
});

test("scroll sync both ways, without echo", async () => {
  const { vscode, log, fire } = await setup();
  await vscode.commands.executeCommand("policywright.preview.openToSide");
  await tick(20);
  const [panel] = log.panels;
  const ed = vscode.window.activeTextEditor;
  fire("visibleRanges", { textEditor: ed, visibleRanges: [new vscode.Range(12, 0, 40, 0)] });
  assert.deepEqual(panel.sent.at(-1), { type: "scrollTo", line: 12 });
  await panel.receive({ type: "scroll", line: 30.4 });
  assert.deepEqual(log.revealed.at(-1), { line: 30, how: 3 });
  const sent = panel.sent.length;
  fire("visibleRanges", { textEditor: ed, visibleRanges: [new vscode.Range(30, 0, 58, 0)] });
  assert.equal(panel.sent.length, sent, "the editor's echo of a preview scroll is not sent back");
});

test("restored after a reload from the webview's state; export writes the published page", async () => {
  const { vscode, log, uri } = await setup();
  const { s } = log.serializer;
  const restored = vscode.window.createWebviewPanel("policywright.preview", "x", 2, {});
  await s.deserializeWebviewPanel(restored, { uri: uri.toString(), line: 12 });
  await tick(20);
  assert.ok(restored.sent.some((m) => m.type === "update"));
  const junk = vscode.window.createWebviewPanel("policywright.preview", "y", 2, {});
  await s.deserializeWebviewPanel(junk, { uri: 42 });
  assert.equal(junk.disposed, true, "a panel without a valid policy is closed");
  await vscode.commands.executeCommand("policywright.preview.export");
  assert.equal(log.saved.length, 1);
  assert.equal(log.saved[0].uri, "file:///work/legal/privacy-notice.html");
  assert.match(log.saved[0].text, /<title>Fernleaf privacy notice<\/title>/);
  assert.ok(!/<mark|<script/.test(log.saved[0].text));
});
