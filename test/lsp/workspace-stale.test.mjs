// A closed policy the workspace check listed in the Problems panel follows the disk: edited,
// it is checked again; deleted, its problems go away.
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ofRule, serveFixture, uriOf } from "./helpers.mjs";

let fx;
let c;
serveFixture("basic", (f, s) => ((fx = f), (c = s)), {
  prepare: (f) => {
    mkdirSync(join(f.dir, "app", "legal"), { recursive: true });
    writeFileSync(join(f.dir, "app", "legal", "cookie-policy.md"), "# Cookie policy\n\nTODO list the cookies. Sentry sets none.\n");
  },
});

test("a file reported by Check Workspace is re-checked when it changes on disk, and cleared when deleted", async () => {
  const path = join(fx.dir, "app", "legal", "cookie-policy.md");
  const uri = uriOf(path);
  await c.request("workspace/executeCommand", { command: "policywright.checkWorkspace", arguments: [] });
  const first = await c.waitFor(uri, (d) => ofRule(d, "placeholder").length === 1);
  assert.equal(ofRule(first, "placeholder").length, 1);
  writeFileSync(path, "# Cookie policy\n\nWe set no cookies. Sentry sets none.\n");
  c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 2 }] });
  const edited = await c.waitFor(uri, (d) => ofRule(d, "placeholder").length === 0, 15_000, { fresh: true });
  assert.deepEqual(ofRule(edited, "placeholder"), [], "the placeholder fixed on disk is gone from the Problems panel");
  rmSync(path);
  c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri, type: 3 }] });
  const deleted = await c.waitFor(uri, (d) => d.length === 0, 15_000, { fresh: true });
  assert.deepEqual(deleted, []);
});
