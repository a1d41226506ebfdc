// Ctrl+. right after the diagnostics appear must offer their fixes, even while the server is
// waiting on the editor (here: settings that take seconds to arrive after a change, as at
// VS Code's start-up). The end-to-end test used to retry to hide this.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { serveFixture } from "./helpers.mjs";

let fx;
let c;
serveFixture("basic", (f, s) => ((fx = f), (c = s)));

test("every diagnostic with fixes gets its quick fixes at once, while settings are slow to arrive", async () => {
  const path = join(fx.dir, "privacy-policy.md");
  const uri = c.open(path, readFileSync(path, "utf8"));
  const diags = await c.waitFor(uri, (d) => d.length === 4, 30_000);
  // from now on the editor answers workspace/configuration only after 4 s
  c.conn.onRequest("workspace/configuration", async (p) => {
    await new Promise((r) => setTimeout(r, 4000));
    return p.items.map(() => ({}));
  });
  c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  const withFixes = diags.filter((d) => d.data?.fixes?.length);
  assert.ok(withFixes.length >= 2, `diagnostics with fixes: ${withFixes.map((d) => d.code)}`);
  const started = Date.now();
  const answers = await Promise.all(withFixes.map((d) => c.request("textDocument/codeAction", { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ["quickfix"] } })));
  const ms = Date.now() - started;
  withFixes.forEach((d, i) => {
    const titles = answers[i].map((a) => a.title);
    for (const f of d.data.fixes) assert.ok(titles.includes(f.title), `${d.code}(${d.data.subject}): "${f.title}" not offered; offered ${JSON.stringify(titles)}`);
  });
  assert.ok(ms < 3000, `the quick fixes took ${ms} ms: they waited for the settings`);
});
