// Runs inside the extension host (loaded by @vscode/test-electron as extensionTestsPath).
// Plain CommonJS with node:assert, so it needs no compile step and no test framework.
const assert = require("node:assert/strict");
const path = require("node:path");
const vscode = require("vscode");

const ws = process.env.POLICYWRIGHT_TEST_WORKSPACE;
const policyUri = vscode.Uri.file(path.join(ws, "privacy-policy.md"));
const manifestUri = vscode.Uri.file(path.join(ws, "processors.yaml"));

const rule = (d) => String(typeof d.code === "object" ? d.code.value : d.code);
const diags = (uri) => vscode.languages.getDiagnostics(uri);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn until it returns a truthy value; fails with message after timeout ms. */
async function until(fn, message, timeout = 30000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(message());
    await sleep(200);
  }
}
const describe = (uri) => () => `diagnostics now: ${JSON.stringify(diags(uri).map((d) => [rule(d), d.message]))}`;
const find = (uri, id, re) => diags(uri).find((d) => rule(d) === id && re.test(d.message));

const checks = {
  async problems() {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(manifestUri));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(policyUri));
    await until(() => find(policyUri, "missing-section", /complaint/i) && find(policyUri, "undisclosed-processor", /Sentry/)
      && find(policyUri, "undeclared-processor", /Zendesk/), describe(policyUri));
    await until(() => find(manifestUri, "manifest-invalid", /Ireland/), describe(manifestUri));
  },
  async quickFix() {
    let offered = [];
    const fix = await until(async () => {
      const d = find(policyUri, "missing-section", /complaint/i);
      offered = d ? await vscode.commands.executeCommand("vscode.executeCodeActionProvider", policyUri, d.range) : [];
      return offered.find((a) => a.edit && /complaint|supervisory/i.test(a.title) && !/disable/i.test(a.title));
    }, () => `no quick fix; offered: ${offered.map((a) => a.title).join(" | ")}`, 15000);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const doc = await vscode.workspace.openTextDocument(policyUri);
    assert.match(doc.getText(), /supervisory authority/i);
    await until(() => !find(policyUri, "missing-section", /complaint/i), describe(policyUri));
  },
  async manifestEdit() {
    const doc = await vscode.workspace.openTextDocument(manifestUri);
    const line = doc.getText().split("\n").findIndex((l) => l.startsWith("processors:"));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(manifestUri, doc.lineAt(line).range.end,
      "\n  - name: Zendesk\n    purpose: Customer support inbox\n    category: support\n    country: US\n    transfer: dpf");
    assert.ok(await vscode.workspace.applyEdit(edit));
    await doc.save();
    await until(() => !find(policyUri, "undeclared-processor", /Zendesk/), describe(policyUri));
    assert.ok(find(policyUri, "undisclosed-processor", /Sentry/), "the other findings should stay");
  },
  async hover() {
    const doc = await vscode.workspace.openTextDocument(policyUri);
    const pos = doc.positionAt(doc.getText().indexOf("Mailgun") + 2);
    const hovers = await vscode.commands.executeCommand("vscode.executeHoverProvider", policyUri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
    assert.match(text, /Booking confirmations/i, `hover text: ${text}`);
  },
  async preview() {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(policyUri), vscode.ViewColumn.One);
    const cmds = require(path.join(__dirname, "../../package.json")).contributes.commands;
    const cmd = cmds.find((c) => /preview/i.test(c.title) && /side/i.test(c.title)) ?? cmds.find((c) => /preview/i.test(c.title));
    assert.ok(cmd, "package.json contributes no preview command");
    await vscode.commands.executeCommand(cmd.command);
    await until(() => vscode.window.tabGroups.all.some((g) => g.viewColumn !== vscode.ViewColumn.One
      && g.tabs.some((t) => t.input instanceof vscode.TabInputWebview)), () => "no webview tab beside the editor");
  },
  // the pw-* snippets come from the language server, in the policy's language (docs/languages.md)
  async snippet() {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(policyUri), vscode.ViewColumn.One);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, "\npw-security"));
    const at = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const label = (i) => (typeof i.label === "string" ? i.label : i.label.label);
    const item = await until(async () => {
      const list = await vscode.commands.executeCommand("vscode.executeCompletionItemProvider", policyUri, at);
      return list.items.find((i) => label(i) === "pw-security");
    }, () => "no pw-security completion at the end of the policy");
    assert.ok(item.insertText instanceof vscode.SnippetString, "the snippet is inserted as a snippet (tab stops)");
    const range = item.range instanceof vscode.Range ? item.range : item.range.replacing;
    await editor.insertSnippet(item.insertText, range);
    assert.match(editor.document.getText(), /\n## How we protect your data\n/);
    assert.doesNotMatch(editor.document.getText(), /pw-security/);
  },
};

/** Entry point called by the test runner; rejects when any check failed. */
exports.run = async function run() {
  await vscode.extensions.getExtension("policywright.policywright")?.activate();
  let passed = 0, failed = 0;
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
      passed++;
      console.log(`PASS ${name}`);
    } catch (err) {
      failed++;
      console.log(`FAIL ${name}: ${err?.message ?? err}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} check(s) failed`);
};
