// Random sessions against the real language server (node dist/server.js --stdio): opens,
// closes, incremental and full edits of two policies and the manifest, manifest changes on
// disk. The server must not crash or log an error, and once it settles its diagnostics must
// equal those a fresh server gives the same final files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { SEED } from "./run.mjs";

const SERVER = new URL("../../dist/server.js", import.meta.url).pathname;
const BASE = new URL("../bad-input/cases/_base/", import.meta.url).pathname;
const RUNS = Number(process.env.PW_LSP_RUNS ?? 6);
const { TextDocument } = createRequire(import.meta.url)("vscode-languageserver-textdocument");

const FILES = { policy: "privacy.md", notice: "cookie-notice.md", manifest: "processors.yaml" };
const PIECES = ["Stripe", "Hetzner", "Sentry", "Strіpe", "30 days", "TODO", "<!--", "-->", "```\n", "---\n", "\n## Sub-processors\n", "- **Sentry** — errors (USA)\n",
  "We do not use analytics cookies.", "manifest: ../outside.yaml\n", "\r\n", "\r", "\u200b", "\ud800", "é", "\n", " ", "  - name: Sentry\n    purpose: Errors\n", "retention: 30 days\n", "\t", "&a ", "*a"];

const target = fc.constantFrom("policy", "notice", "manifest");
const action = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("edit"), target, at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.integer({ min: 0, max: 30 }), text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("full"), target, text: fc.constantFrom("", "# Privacy\n\nWe use Stripe.\n", "version: 1\n") }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom("open", "close"), target }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("write-manifest", "delete-manifest", "delete-policy"), text: fc.constantFrom(...PIECES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("pause"), ms: fc.integer({ min: 0, max: 80 }) }) },
);

/** Starts a server on a workspace folder; collects diagnostics, logged errors and stderr. */
async function start(root) {
  const { startServer } = await import("../lsp/helpers.mjs");
  const c = await startServer({ root });
  c.errors = [];
  c.conn.onNotification("window/logMessage", (p) => p.type === 1 && c.errors.push(p.message));
  return c;
}

/** Waits until every open policy has diagnostics for its version and nothing arrived for a while. */
async function settle(c, versions) {
  const deadline = Date.now() + 15_000;
  let last = Date.now();
  const off = c.onDiagnostics(() => (last = Date.now()));
  try {
    for (;;) {
      const current = [...versions].every(([uri, v]) => c.diagnostics.get(uri)?.version === v);
      if ((current && Date.now() - last > 600) || Date.now() > deadline) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    off();
  }
}

/** Diagnostics without the analysis stamp (which differs between servers), in a fixed order. */
function normalized(c, uris) {
  const out = {};
  for (const uri of uris) {
    const list = (c.diagnostics.get(uri)?.diagnostics ?? []).map((d) => JSON.stringify([d.range, d.severity, d.code, d.message, d.data?.subject, d.data?.fixes]));
    if (list.length) out[uri.split("/").pop()] = list.sort();
  }
  return out;
}

/** Plays a session in `dir`; returns the URIs and texts of the documents open at the end. */
async function play(c, dir, actions, uriOf) {
  const docs = new Map();
  const path = (t) => join(dir, FILES[t]);
  const lang = (t) => (t === "manifest" ? "yaml" : "markdown");
  const watched = (type) => c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(path("manifest")), type }] });
  for (const a of actions) {
    const t = a.target;
    const doc = docs.get(t);
    if (a.kind === "open" && !doc && existsSync(path(t))) {
      const text = readFileSync(path(t), "utf8");
      docs.set(t, TextDocument.create(uriOf(path(t)), lang(t), 1, text));
      c.open(path(t), text, lang(t));
    } else if (a.kind === "close" && doc) {
      c.close(doc.uri);
      docs.delete(t);
    } else if ((a.kind === "edit" || a.kind === "full") && doc) {
      const at = Math.floor(a.at * (doc.getText().length + 1));
      const change = a.kind === "full" ? { text: a.text } : { range: { start: doc.positionAt(at), end: doc.positionAt(at + a.del) }, text: a.text };
      const version = c.change(doc.uri, [change]);
      docs.set(t, TextDocument.update(doc, [change], version));
    } else if (a.kind === "write-manifest") {
      const existed = existsSync(path("manifest"));
      writeFileSync(path("manifest"), `${existed ? readFileSync(path("manifest"), "utf8") : ""}${a.text}`);
      watched(existed ? 2 : 1);
    } else if (a.kind === "delete-manifest" && existsSync(path("manifest"))) {
      rmSync(path("manifest"));
      watched(3);
    } else if (a.kind === "delete-policy") {
      rmSync(path("policy"), { force: true });
    }
    else if (a.kind === "pause") await new Promise((r) => setTimeout(r, a.ms));
  }
  return docs;
}

test("language server: random sessions end with the diagnostics of a fresh check", { skip: existsSync(SERVER) ? false : "dist/server.js is not built yet (run node esbuild.mjs)", timeout: 600_000 }, async () => {
  const { uriOf } = await import("../lsp/helpers.mjs");
  const home = realpathSync(mkdtempSync(join(tmpdir(), "pw-lsp-fuzz-")));
  const subjectRoot = join(home, "subject");
  const freshRoot = join(home, "fresh");
  mkdirSync(subjectRoot);
  mkdirSync(freshRoot);
  const subject = await start(subjectRoot);
  let run = 0;
  try {
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 40 }), async (actions) => {
      const dir = join(subjectRoot, `run-${++run}`);
      cpSync(BASE, dir, { recursive: true });
      writeFileSync(join(dir, FILES.notice), "# Cookie notice\n\nWe do not use analytics cookies. Stripe sets a fraud cookie.\n");
      const docs = await play(subject, dir, [{ kind: "open", target: "policy" }, ...actions], uriOf);
      const versions = new Map([...docs.values()].map((d) => [d.uri, d.version]));
      await settle(subject, versions);
      assert.equal(subject.child.exitCode, null, `the server exited: ${subject.stderr()}`);
      assert.deepEqual(subject.errors, [], "the server logged errors");
      // the same final files, opened once in a fresh server
      const copy = join(freshRoot, `run-${run}`);
      cpSync(dir, copy, { recursive: true });
      const fresh = await start(freshRoot);
      try {
        const opened = [...docs].map(([t, d]) => [fresh.open(join(copy, FILES[t]), d.getText(), d.languageId), 1]);
        await settle(fresh, new Map(opened));
        const uris = (root) => Object.values(FILES).map((f) => uriOf(join(root, f)));
        let got = normalized(subject, uris(dir));
        const want = normalized(fresh, uris(copy));
        // a slow machine may still be on its way: give it one more look before calling it wrong
        if (JSON.stringify(got) !== JSON.stringify(want)) await settle(subject, versions), (got = normalized(subject, uris(dir)));
        assert.deepEqual(got, want, `after ${JSON.stringify(actions)}`);
        for (const d of docs.values()) subject.close(d.uri);
      } finally {
        await fresh.stop();
      }
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
    assert.doesNotMatch(subject.stderr(), /Unhandled|uncaught|policywright: /, "stderr reports a crash or a rejection");
  } finally {
    await subject.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
