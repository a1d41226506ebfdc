// The CLI's code cache (server/src/cli.ts, written by esbuild.mjs): the built cache belongs to the
// bundle beside it and this Node accepts it, and a check reads the same with, without, or with a
// cache that belongs to another bundle.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { CLI, ROOT, tempDir } from "./helpers.mjs";

const DIST = join(ROOT, "dist");
const POLICY = join(ROOT, "examples/acme/privacy-policy.md");

function check(cli, env = {}) {
  const r = spawnSync(process.execPath, [cli, "check", POLICY, "--format", "json"], { cwd: ROOT, encoding: "utf8", timeout: 60000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("the built code cache is made from the bundle beside it, and this Node's V8 accepts it", () => {
  const bundle = readFileSync(join(DIST, "cli-main.js"));
  const cache = readFileSync(join(DIST, "cli-main.js.cache"));
  const digest = createHash("sha1").update(bundle).digest();
  assert.ok(digest.equals(cache.subarray(0, 20)), "the cache starts with the SHA-1 of dist/cli-main.js");
  // compiled the way cli.ts compiles it: rejected data would mean every run compiles from scratch
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${bundle.toString("utf8")}\n});`, { filename: join(DIST, "cli-main.js"), cachedData: cache.subarray(20) });
  assert.equal(script.cachedDataRejected, false);
});

test("a check reads the same with the code cache, without it, and with a cache of another bundle", () => {
  const cached = check(CLI);
  assert.ok(cached.status === 0 || cached.status === 1, cached.stderr);
  assert.ok(JSON.parse(cached.stdout).files.length > 0);
  assert.deepEqual(check(CLI, { POLICYWRIGHT_CODE_CACHE: "off" }), cached);
  // a bundle of the same length with a message changed, beside the old cache (V8 itself compares
  // only lengths): the check says the new message, so the old cache was not used
  const dir = tempDir(join(tmpdir(), "pw-code-cache-"));
  for (const f of ["cli.js", "cli-main.js.cache", "side.js", "history.js"]) copyFileSync(join(DIST, f), join(dir, f));
  const [before, after] = ["marks text still to be written", "marks text still to be WRITTEN"];
  const text = readFileSync(join(DIST, "cli-main.js"), "utf8");
  assert.ok(text.includes(before) && cached.stdout.includes(before));
  writeFileSync(join(dir, "cli-main.js"), text.replaceAll(before, after));
  assert.deepEqual(check(join(dir, "cli.js")), { ...cached, stdout: cached.stdout.replace(before, after) });
});
