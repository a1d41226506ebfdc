// The web build (vscode.dev, github.dev): dist/web/server.js runs in a browser's web worker,
// reads the manifest through the client's file requests (as the web extension answers them
// from workspace.fs), shows diagnostics, and offers a quick fix that removes its finding.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, manifestText } from "../unit/helpers.mjs";
import { launch } from "../preview/browser.mjs";

const ORIGIN = "https://web.test";
const FOLDER = "vscode-vfs://github/acme/site";
const MANIFEST = manifestText({
  processors: [
    { name: "Hetzner Online", aliases: ["Hetzner"], purpose: "Hosting", category: "hosting", country: "DE", transfer: "none" },
    { name: "Postmark", purpose: "Receipts by e-mail", category: "email", country: "US", transfer: "scc", retention: "45 days" },
  ],
});
const POLICY = "# Privacy notice\n\nLast updated: 2 May 2025\n\nPikkulintu Oy is the controller. Write to privacy@pikkulintu.example.\n\n## Service providers\n\n- Hetzner hosts the app in Germany.\n- Postmark sends receipts. Postmark keeps delivery logs for 90 days.\n";

/** The page: a worker running the server, and a tiny LSP client that answers its requests. */
const PAGE = `<!doctype html><meta charset="utf-8"><script>
const files = ${JSON.stringify({ "/acme/site/processors.yaml": MANIFEST, "/acme/site/legal/privacy.md": POLICY })};
const worker = new Worker("/server.js");
const pending = new Map();
window.fsRequests = [];
window.published = [];
let id = 0;
const pathOf = (uri) => decodeURIComponent(new URL(uri).pathname);
const answers = {
  "workspace/configuration": (p) => p.items.map(() => ({})),
  "client/registerCapability": () => null,
  "window/workDoneProgress/create": () => null,
  "policywright/fs/stat": ({ uri }) => {
    const p = pathOf(uri);
    if (p in files) return { type: "file", size: files[p].length, mtime: 1 };
    return Object.keys(files).some((f) => f.startsWith(p + "/")) ? { type: "directory", size: 0, mtime: 1 } : null;
  },
  "policywright/fs/read": ({ uri }) => (pathOf(uri) in files ? { base64: btoa(unescape(encodeURIComponent(files[pathOf(uri)]))) } : null),
  "policywright/fs/list": () => [],
};
worker.onmessage = (e) => {
  const m = e.data;
  if (m.method && m.id !== undefined) {
    if (m.method.startsWith("policywright/fs/")) window.fsRequests.push(m.method + " " + m.params.uri);
    const f = answers[m.method];
    worker.postMessage({ jsonrpc: "2.0", id: m.id, result: f ? f(m.params) : null });
  } else if (m.id !== undefined) {
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  } else if (m.method === "textDocument/publishDiagnostics") window.published.push(m.params);
};
window.request = (method, params) => new Promise((resolve) => {
  const i = ++id;
  pending.set(i, resolve);
  worker.postMessage({ jsonrpc: "2.0", id: i, method, params });
});
window.notify = (method, params) => worker.postMessage({ jsonrpc: "2.0", method, params });
</script>`;

let browser;
let page;
before(async () => {
  browser = await launch();
  await browser.context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === "/server.js") return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(join(ROOT, "dist/web/server.js"), "utf8") });
    return route.fulfill({ status: 200, contentType: "text/html", body: PAGE });
  });
  page = await browser.context.newPage();
  await page.goto(`${ORIGIN}/`);
});
after(async () => {
  await browser?.close();
});

/** The diagnostics last published for a URI, once `pred` holds for them. */
const diagnosticsOf = (uri, pred) =>
  page.waitForFunction(({ uri, src }) => {
    const p = window.published.filter((x) => x.uri === uri).pop();
    return p && new Function("d", `return (${src})(d)`)(p.diagnostics) ? p.diagnostics : false;
  }, { uri, src: pred.toString() }, { timeout: 60_000 }).then((h) => h.jsonValue());

test("in a web worker: diagnostics from a manifest read through workspace.fs, and a quick fix that works", async () => {
  const init = await page.evaluate((folder) => window.request("initialize", { processId: null, rootUri: folder, workspaceFolders: [{ uri: folder, name: "site" }], capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }, initializationOptions: { trusted: true } }), FOLDER);
  assert.ok(init.result?.capabilities?.codeActionProvider, JSON.stringify(init));
  const uri = `${FOLDER}/legal/privacy.md`;
  await page.evaluate(({ uri, text }) => {
    window.notify("initialized", {});
    window.notify("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
  }, { uri, text: POLICY });
  const diags = await diagnosticsOf(uri, (d) => d.some((x) => x.code === "retention-mismatch"));
  const mismatch = diags.find((d) => d.code === "retention-mismatch");
  assert.match(mismatch.message, /90 days for Postmark, but the manifest says 45 days/);
  const fsRequests = await page.evaluate(() => window.fsRequests);
  assert.ok(fsRequests.includes(`policywright/fs/read ${FOLDER}/processors.yaml`), `the manifest was read through the client: ${fsRequests}`);

  const actions = (await page.evaluate((p) => window.request("textDocument/codeAction", p), { textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch] } })).result;
  const fix = actions.find((a) => /Change the policy to 45 days/.test(a.title));
  assert.ok(fix, `quick fixes offered: ${actions.map((a) => a.title)}`);
  const [edit] = fix.edit.changes[uri];
  const lines = POLICY.split("\n");
  const line = lines[edit.range.start.line];
  lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
  const fixed = lines.join("\n");
  assert.match(fixed, /Postmark keeps delivery logs for 45 days\./);
  await page.evaluate(({ uri, text }) => window.notify("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text }] }), { uri, text: fixed });
  const after = await diagnosticsOf(uri, (d) => !d.some((x) => x.code === "retention-mismatch"));
  assert.ok(!after.some((d) => d.code === "retention-mismatch"));
});
