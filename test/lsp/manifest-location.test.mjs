// Where a policy's manifest is, as the editor's file events say: the server keeps the location
// between keystrokes (no folder walk per edit), and a manifest created, deleted or renamed on
// disk, or opened in the editor before it is saved, is picked up at once.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ofRule, serveFixture, uriOf } from "./helpers.mjs";

let fx;
let c;
serveFixture("basic", (f, s) => ((fx = f), (c = s)));

const event = (path, type) => c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(path), type }] });
const undisclosed = (d) => ofRule(d, "undisclosed-processor").map((x) => x.data.subject).sort().join();

test("a manifest created next to a policy, renamed away and deleted: the policy follows each step while it is being edited", async () => {
  const rootManifest = readFileSync(join(fx.dir, "processors.yaml"), "utf8");
  mkdirSync(join(fx.dir, "legal"));
  const path = join(fx.dir, "legal", "privacy-policy.md");
  writeFileSync(path, readFileSync(join(fx.dir, "privacy-policy.md"), "utf8"));
  const uri = c.open(path);
  // first the workspace's processors.yaml, one folder up, is the manifest (Sentry is not in the policy)
  await c.waitFor(uri, (d) => undisclosed(d) === "Sentry", 15_000);
  c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: " " }]);
  await c.waitFor(uri, (d, p) => p.version === 2, 15_000);
  // a nearer manifest appears, with Mixpanel instead of Sentry
  const near = join(fx.dir, "legal", "processors.yaml");
  writeFileSync(near, rootManifest.replace("name: Sentry", "name: Mixpanel"));
  event(near, 1);
  await c.waitFor(uri, (d) => undisclosed(d) === "Mixpanel", 15_000);
  // and typing keeps it
  c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: "" }]);
  const typed = await c.waitFor(uri, (d, p) => p.version === 3, 15_000);
  assert.equal(undisclosed(typed), "Mixpanel");
  // renamed to a name that is not a manifest's: the one up the tree is used again
  renameSync(near, join(fx.dir, "legal", "old-processors.yaml"));
  c.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(near), type: 3 }, { uri: uriOf(join(fx.dir, "legal", "old-processors.yaml")), type: 1 }] });
  await c.waitFor(uri, (d) => undisclosed(d) === "Sentry", 15_000);
  // the workspace's manifest deleted too: no manifest at all
  rmSync(join(fx.dir, "processors.yaml"));
  event(join(fx.dir, "processors.yaml"), 3);
  const none = await c.waitFor(uri, (d) => ofRule(d, "undisclosed-processor").length === 0, 15_000);
  assert.ok(ofRule(none, "missing-section").length >= 1, "the checks that need no manifest still run");
  // a manifest opened in the editor before it was ever saved counts as the policy's manifest
  const unsaved = c.open(near, rootManifest.replace("name: Sentry", "name: Amplitude"));
  await c.waitFor(uri, (d) => undisclosed(d) === "Amplitude", 15_000);
  c.close(unsaved);
  await c.waitFor(uri, (d) => ofRule(d, "undisclosed-processor").length === 0, 15_000);
});

test("a manifest a policy's front matter names is followed when it changes on disk", async () => {
  const dir = join(fx.dir, "de");
  mkdirSync(dir);
  const manifest = join(dir, "verarbeiter.yaml");
  writeFileSync(manifest, readFileSync(join(fx.dir, "legal", "old-processors.yaml"), "utf8"));
  const path = join(dir, "datenschutz.md");
  writeFileSync(path, `---\nmanifest: ./verarbeiter.yaml\n---\n${readFileSync(join(fx.dir, "privacy-policy.md"), "utf8")}`);
  const uri = c.open(path);
  await c.waitFor(uri, (d) => undisclosed(d) === "Mixpanel", 15_000);
  writeFileSync(manifest, readFileSync(manifest, "utf8").replace("name: Mixpanel", "name: Segment"));
  event(manifest, 2);
  await c.waitFor(uri, (d) => undisclosed(d) === "Segment", 15_000);
});
