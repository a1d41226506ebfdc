// The bad-input corpus through the language server (node dist/server.js --stdio): each
// case's policy, opened as an editor would open it, gets its diagnostics promptly; the
// finding the command line reports is among them; the server never crashes or logs an error.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CASES } from "./cases.mjs";

const SERVER = new URL("../../dist/server.js", import.meta.url).pathname;
const CASES_DIR = new URL("./cases/", import.meta.url).pathname;
const skip = existsSync(SERVER) ? false : "dist/server.js is not built yet (run node esbuild.mjs)";

/** The text an editor shows for a file: UTF-8 or UTF-16 by BOM, bad bytes as U+FFFD. */
function editorText(path) {
  const buf = readFileSync(path);
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder("utf-16le").decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder("utf-16be").decode(buf.subarray(2));
  return new TextDecoder("utf-8").decode(buf).replace(/^\uFEFF/, "");
}

/** Cases the server sees: a policy file an editor can open (not a pipe, a folder or a missing file). */
const serverCases = CASES.filter((c) => !c.args && !c.skip && !["policy-fifo", "policy-deleted"].includes(c.name));

describe("bad-input corpus in the language server", { skip }, () => {
  let home;
  let c;
  const logged = [];
  before(async () => {
    const { startServer } = await import("../lsp/helpers.mjs");
    home = realpathSync(mkdtempSync(join(tmpdir(), "pw-bad-lsp-")));
    c = await startServer({ root: home });
    c.conn.onNotification("window/logMessage", (p) => p.type === 1 && logged.push(p.message));
  });
  after(async () => {
    await c?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  for (const k of serverCases) {
    test(`server: ${k.name}`, { todo: k.server?.todo }, async () => {
      const { uriOf } = await import("../lsp/helpers.mjs");
      const dir = join(home, k.name);
      mkdirSync(dir);
      cpSync(join(CASES_DIR, "_base"), dir, { recursive: true });
      if (existsSync(join(CASES_DIR, k.name))) cpSync(join(CASES_DIR, k.name), dir, { recursive: true });
      k.make?.(dir);
      const policy = join(dir, "privacy.md");
      const started = Date.now();
      const uri = c.open(policy, editorText(policy), "markdown");
      const diags = await c.waitFor(uri, () => true, 15_000);
      assert.ok(Date.now() - started < 10_000, `${k.name}: diagnostics after ${Date.now() - started} ms`);
      const e = k.server ?? k.expect;
      const codes = diags.map((d) => `${d.code}(${d.data?.subject ?? ""})`);
      if (e.code === 2 && /larger than/.test(String(e.stderr))) assert.match(diags[0]?.message ?? "", /above policywright\.maxFileSize/);
      if (e.clean) assert.deepEqual(diags.filter((d) => d.severity <= 2).map((d) => d.code), [], `${k.name}: ${codes}`);
      if (e.messageLacks) for (const d of diags) assert.doesNotMatch(d.message, e.messageLacks, `${k.name}: a diagnostic quotes a file outside the workspace`);
      if (e.rule && e.file !== "manifest") {
        assert.ok(diags.some((d) => d.code === e.rule && (!e.subject || d.data?.subject === e.subject)), `${k.name}: expected ${e.rule}(${e.subject ?? "*"}), got ${codes}`);
      }
      if (e.rule && e.file === "manifest" && !lstatSync(join(dir, "processors.yaml")).isSymbolicLink()) {
        const m = await c.waitFor(uriOf(join(dir, "processors.yaml")), (d) => d.some((x) => x.code === e.rule), 15_000);
        assert.ok(m.some((x) => x.code === e.rule && (!e.subject || x.data?.subject === e.subject)), `${k.name}: manifest diagnostics ${m.map((x) => x.code)}`);
      }
      c.close(uri);
      assert.equal(c.child.exitCode, null, `${k.name}: the server exited: ${c.stderr()}`);
      assert.deepEqual(logged, [], `${k.name}: the server logged errors`);
    });
  }
});
