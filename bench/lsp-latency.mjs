// Language-server latency, measured from outside as an editor sees it: `node server.js --stdio`
// over JSON-RPC. Exported for bench/run.mjs:
//
//   measureLsp({ serverJs, dir, manifestText, policies, many, editsPerSize, settleMs, log })
//     policies: { "10 KB": text, ... }   one open policy per size, edited one character at a time
//     many: [text, ...]                  policies opened together (50 × 100 KB) sharing the manifest
//   -> { keystroke: { [size]: number[] (ms) }, manifestChange: { ms, cpuMs, documents }, rss: { bytes, documents } }
//
// Keystroke latency is the time from sending didChange to receiving publishDiagnostics for that
// version. Edits are spaced out (an editor's typing pace), so the server's burst coalescing
// does not merge them. They type as a person does (`typist`): a word letter by letter, then
// three of its letters deleted from its start, then the next word further down, so no edit
// ever brings back a text the server has seen before (a cache keyed by text cannot hit for
// the block being edited). The many policies are opened in a fresh server, whose resident memory is
// then read; the manifest change is a save on disk plus didChangeWatchedFiles, timed until
// every open policy has been analysed again (the server's policywright/analysisChanged: a list
// of problems that did not change is not published again).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";

const PAUSE_MS = 80;
const TIMEOUT_MS = 30_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of a process in bytes (Linux /proc), or undefined elsewhere. */
export function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** User + system CPU time of a process in ms, all threads (Linux /proc; clock ticks of 10 ms), or undefined elsewhere. */
export function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return undefined;
  }
}

export function lineCol(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

const WORDS = ["careful", "weekly", "printed", "signed", "shared", "written", "regular", "simple", "general", "monthly", "annual", "partial"];

/**
 * Realistic typing in a policy: from the middle on, a word and a space typed letter by letter
 * after a " the " in prose, then its first three letters deleted one by one (the Delete key at
 * the word's start), then the next word after the next " the " at least 300 characters further
 * on (from the middle again at the end). Every edit leaves a text that never occurred before,
 * in the block edited too. `next()` gives the LSP change and applies it to `text`.
 */
export function typist(start) {
  let text = start;
  const place = (from) => {
    const i = text.indexOf(" the ", from);
    return i >= 0 ? i + 1 : text.indexOf(" the ", text.length >> 1) + 1 || text.length >> 1;
  };
  let at = place(text.length >> 1);
  let word = 0;
  let step = 0;
  return {
    get text() {
      return text;
    },
    next() {
      const typed = WORDS[word % WORDS.length] + " ";
      let change;
      if (step < typed.length) {
        const pos = lineCol(text, at + step);
        change = { range: { start: pos, end: pos }, text: typed[step] };
        text = text.slice(0, at + step) + typed[step] + text.slice(at + step);
      } else {
        const pos = lineCol(text, at);
        change = { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: "" };
        text = text.slice(0, at) + text.slice(at + 1);
      }
      if (++step === typed.length + 3) {
        step = 0;
        word++;
        at = place(at + 300);
      }
      return change;
    },
  };
}

/** A language server over stdio in `dir`, with a wait for the diagnostics it publishes. */
export async function startServer(serverJs, dir) {
  // PW_BENCH_SERVER_FLAGS passes node options to the server (e.g. --cpu-prof to see where a keystroke goes)
  const flags = process.env.PW_BENCH_SERVER_FLAGS?.split(" ").filter(Boolean) ?? [];
  const proc = spawn(process.execPath, [...flags, serverJs, "--stdio"], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = [];
  const deliver = (p) => {
    const now = performance.now();
    for (const w of waiters.splice(0)) if (!w(p, now)) waiters.push(w);
  };
  conn.onNotification("textDocument/publishDiagnostics", deliver);
  // the server's "analysis done" for an open document, sent even when its diagnostics did not
  // change (an unchanged list is not published again): marked `analysis` for the waiters
  conn.onNotification("policywright/analysisChanged", (p) => deliver({ ...p, analysis: true }));
  conn.onRequest(() => null); // configuration, registrations, progress: defaults are fine
  conn.listen();
  const next = (test) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics within ${TIMEOUT_MS / 1000} s${stderr ? `; server said: ${stderr.trim().split("\n").pop()}` : ""}`)), TIMEOUT_MS);
    waiters.push((p, now) => (test(p) ? (clearTimeout(timer), resolve(now), true) : false));
  });
  const rootUri = pathToFileURL(dir).href;
  // the capabilities that decide the server's work per keystroke are VS Code's: it registers file
  // watchers (then a manifest's location and text are kept until a watched-file event), which
  // the bench sends for the manifest change as VS Code would
  const capabilities = { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } };
  await conn.sendRequest("initialize", { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: "bench" }], capabilities });
  conn.sendNotification("initialized", {});
  let n = 0;
  const open = async (text) => {
    const path = join(dir, `privacy-${++n}.md`);
    writeFileSync(path, text);
    const uri = pathToFileURL(path).href;
    const done = next((p) => !p.analysis && p.uri === uri);
    conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
    await done;
    return uri;
  };
  const stop = async () => {
    try {
      await Promise.race([conn.sendRequest("shutdown"), sleep(2000)]);
      conn.sendNotification("exit");
    } catch {}
    conn.dispose();
    setTimeout(() => proc.kill(), 500).unref();
  };
  return { proc, conn, next, open, stop };
}

export async function measureLsp({ serverJs, dir, manifestText, policies, many = [], editsPerSize = {}, settleMs = 1500, log = () => {} }) {
  mkdirSync(dir, { recursive: true });
  const manifestPath = join(dir, "processors.yaml");
  writeFileSync(manifestPath, manifestText);
  const result = { keystroke: {}, manifestChange: undefined, rss: undefined };
  // one server for the edits, a fresh one for the many open policies (its memory is then theirs alone)
  let s = await startServer(serverJs, dir);
  try {
    for (const [size, text] of Object.entries(policies)) {
      const uri = await s.open(text);
      // typing in prose sentences from the middle on (see typist)
      const typing = typist(text);
      const times = [];
      const count = editsPerSize[size] ?? 20;
      for (let i = 0, version = 1; i < count + 3; i++) {
        version++;
        const change = typing.next();
        const done = s.next((p) => !p.analysis && p.uri === uri && p.version === version);
        const t0 = performance.now();
        s.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [change] });
        const t1 = await done;
        if (i >= 3) times.push(t1 - t0);
        await sleep(PAUSE_MS);
      }
      s.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
      result.keystroke[size] = times;
      log(`  lsp ${size}: ${times.length} edits`);
    }
    if (many.length) {
      await s.stop();
      s = await startServer(serverJs, dir);
      const uris = [];
      for (const text of many) uris.push(await s.open(text));
      await sleep(settleMs);
      result.rss = { bytes: rssOf(s.proc.pid), documents: uris.length };
      const pending = new Set(uris);
      // every open policy analysed again; its list of problems is published only if it changed
      const all = s.next((p) => p.analysis && (pending.delete(p.uri), pending.size === 0));
      // a real change: one processor's retention period differs from before
      const changed = manifestText.replace(/retention: (\d+) (days|months|years)/, (_, k, u) => `retention: ${Number(k) + 1} ${u}`);
      writeFileSync(manifestPath, changed);
      const t0 = performance.now();
      const cpu0 = cpuOf(s.proc.pid);
      s.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(manifestPath).href, type: 2 }] });
      const ms = (await all) - t0;
      const cpu = cpuOf(s.proc.pid);
      result.manifestChange = { ms, cpuMs: cpu === undefined || cpu0 === undefined ? undefined : cpu - cpu0, documents: uris.length };
      log(`  lsp: ${uris.length} policies re-checked after a manifest change`);
    }
  } finally {
    await s.stop();
  }
  return result;
}
