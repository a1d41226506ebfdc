// A minimal LSP client for the protocol tests and the latency benchmark: starts the bundled
// server (`node dist/server.js --stdio`), speaks JSON-RPC to it over the child's stdio, keeps
// the latest diagnostics per URI and lets a test wait for the ones it expects.
import { spawn } from "node:child_process";
import { after, afterEach, before, beforeEach } from "node:test";
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const rpc = require("vscode-jsonrpc/node");

export const SERVER = fileURLToPath(new URL("../../dist/server.js", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const uriOf = (path) => pathToFileURL(path).href;

/**
 * A copy of fixture `name` with a server started in it, for the tests of the file (or, with
 * `each`, a fresh pair for every test); `set(fx, c)` receives them, and both go away afterwards.
 * `prepare(fx)` changes the copy before the server starts; `server(fx)` gives startServer's
 * options beyond the root (settings, folders, initializationOptions, locale).
 */
export function serveFixture(name, set, { each = false, prepare, server } = {}) {
  let fx;
  let c;
  (each ? beforeEach : before)(async () => {
    fx = copyFixture(name);
    prepare?.(fx);
    c = await startServer({ root: fx.dir, ...server?.(fx) });
    set(fx, c);
  });
  (each ? afterEach : after)(async () => {
    await c?.stop();
    fx?.cleanup();
  });
}

/** A fresh copy of a fixture folder in a temp dir (outside git, so no commit dates leak in). */
export function copyFixture(name) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `pw-lsp-${name}-`)));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts the server with one workspace folder. `settings` answers workspace/configuration;
 * `initializationOptions` is passed as-is (e.g. { trusted: false }); `locale` is the editor's display language.
 */
export async function startServer({ root, settings = {}, initializationOptions, folders, locale } = {}) {
  const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const diagnostics = new Map();
  const listeners = new Set();
  const notifications = [];
  const client = { child, conn, diagnostics, notifications, settings, stderr: () => stderr };
  conn.onNotification("textDocument/publishDiagnostics", (p) => {
    diagnostics.set(p.uri, p);
    for (const l of [...listeners]) l(p);
  });
  const noteListeners = new Set();
  const note = (method, params) => {
    notifications.push({ method, params });
    for (const l of [...noteListeners]) l({ method, params });
  };
  conn.onNotification(note);
  // vscode-jsonrpc routes $/progress apart from other notifications
  conn.onUnhandledProgress((params) => note("$/progress", params));
  conn.onRequest("workspace/configuration", (p) => p.items.map(() => client.settings));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("window/workDoneProgress/create", () => null);
  conn.listen();
  const workspaceFolders = (folders ?? (root ? [root] : [])).map((f) => ({ uri: uriOf(f), name: f }));
  client.init = await conn.sendRequest("initialize", {
    processId: process.pid,
    rootUri: root ? uriOf(root) : null,
    workspaceFolders,
    initializationOptions,
    ...(locale ? { locale } : {}),
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ["markdown"] } },
    },
  });
  conn.sendNotification("initialized", {});

  const versions = new Map();
  /** Opens a document; the text defaults to the file's content. */
  client.open = (path, text = readFileSync(path, "utf8"), languageId = /\.ya?ml$/.test(path) ? "yaml" : "markdown") => {
    const uri = uriOf(path);
    versions.set(uri, 1);
    conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  };
  /** Sends content changes ({range, text} or {text}); returns the new version. */
  client.change = (uri, changes) => {
    const version = (versions.get(uri) ?? 0) + 1;
    versions.set(uri, version);
    conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
    return version;
  };
  client.close = (uri) => conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
  client.request = (method, params) => conn.sendRequest(method, params);
  /** Resolves with the first publishDiagnostics for `uri` (already received or next) that satisfies `pred`. */
  client.waitFor = (uri, pred = () => true, timeout = 10000, { fresh = false } = {}) =>
    new Promise((resolve, reject) => {
      const have = diagnostics.get(uri);
      if (!fresh && have && pred(have.diagnostics, have)) return resolve(have.diagnostics);
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`timed out waiting for diagnostics of ${uri}; last: ${JSON.stringify(diagnostics.get(uri)?.diagnostics.map((d) => [d.code, d.message]))}\n${stderr}`));
      }, timeout);
      const check = (p) => {
        if (p.uri !== uri || !pred(p.diagnostics, p)) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve(p.diagnostics);
      };
      listeners.add(check);
    });
  /** Resolves with the first notification (already received or next) of `method` that satisfies `pred`. */
  client.waitForNotification = (method, pred = () => true, timeout = 10000) =>
    new Promise((resolve, reject) => {
      const hit = notifications.find((n) => n.method === method && pred(n.params));
      if (hit) return resolve(hit.params);
      const timer = setTimeout(() => (noteListeners.delete(check), reject(new Error(`timed out waiting for ${method}`))), timeout);
      const check = (n) => {
        if (n.method !== method || !pred(n.params)) return;
        clearTimeout(timer);
        noteListeners.delete(check);
        resolve(n.params);
      };
      noteListeners.add(check);
    });
  client.onDiagnostics = (fn) => (listeners.add(fn), () => listeners.delete(fn));
  client.stop = async () => {
    try {
      await Promise.race([conn.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      conn.sendNotification("exit");
    } catch {}
    setTimeout(() => child.kill(), 500).unref();
    await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
    conn.dispose();
  };
  return client;
}

/** The diagnostics of one rule. */
export const ofRule = (diags, rule) => diags.filter((d) => d.code === rule);

/** 0-based position of the nth occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(text, needle, delta = 0, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`'${needle}' not found`);
  return offsetToPosition(text, at + delta);
}

export function offsetToPosition(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The LSP range of the nth occurrence of `needle`. */
export function rangeOfText(text, needle, nth = 0) {
  const start = positionOf(text, needle, 0, nth);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

/** Applies LSP text edits to a text (edits must not overlap). */
export function applyTextEdits(text, edits) {
  const lines = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lines.push(i + 1);
  const off = (p) => Math.min(lines[p.line] ?? text.length, text.length) + p.character;
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}
