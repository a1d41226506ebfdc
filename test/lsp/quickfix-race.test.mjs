// Ctrl+. must offer a fix for every diagnostic the editor shows, at any moment: also for
// diagnostics published before the editor opened the file (the workspace check read it from
// disk), before the server has re-analysed the buffer, for a buffer that differs from the disk,
// for a manifest's own problems, and for an editor that does not send a diagnostic's data back.
// And a list of problems that did not change is not sent again: in VS Code every list sent
// makes the editor ask for code actions anew, and a Ctrl+. still waiting for its answer is
// then dropped ("No code actions available"; issue 12).
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { applyTextEdits, serveFixture, uriOf } from "./helpers.mjs";

let fx;
let c;
serveFixture("basic", (f, s) => ((fx = f), (c = s)), { each: true });

const checkWorkspace = () => c.request("workspace/executeCommand", { command: "policywright.checkWorkspace", arguments: [] });
const quickFixes = (uri, d) => c.request("textDocument/codeAction", { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })
  .then((actions) => actions.filter((a) => a.kind === "quickfix"));
const analysed = (uri, version) => c.waitForNotification("policywright/analysisChanged", (p) => p.uri === uri && p.version === version, 15_000);
/** Records every list of diagnostics sent for a URI from now on. */
function sentFor(uri) {
  const sent = [];
  c.onDiagnostics((p) => p.uri === uri && sent.push(p));
  return sent;
}

test("a policy the workspace check listed: Ctrl+. right after opening it offers every fix, and opening it sends no second identical list", async () => {
  const path = join(fx.dir, "privacy-policy.md");
  const uri = uriOf(path);
  await checkWorkspace();
  const shown = c.diagnostics.get(uri).diagnostics;
  const withFixes = shown.filter((d) => d.data?.fixes?.length);
  assert.ok(withFixes.length >= 3, `diagnostics with fixes after the workspace check: ${shown.map((d) => d.code)}`);
  const sent = sentFor(uri);
  c.open(path);
  // asked at once: the buffer is not analysed yet, the diagnostics on screen are the disk's
  const answers = await Promise.all(withFixes.map((d) => quickFixes(uri, d)));
  withFixes.forEach((d, i) => {
    const titles = answers[i].map((a) => a.title);
    for (const f of d.data.fixes) assert.ok(titles.includes(f.title), `${d.code}(${d.data.subject}): "${f.title}" not offered; offered ${JSON.stringify(titles)}`);
  });
  await analysed(uri, 1);
  await c.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } }); // one more round trip
  assert.deepEqual(sent.map((p) => p.diagnostics.map((d) => d.code)), [], "the unchanged problems were sent again when the file was opened");
  // and the fixes still apply to the buffer once it is analysed
  const again = await quickFixes(uri, withFixes[0]);
  assert.ok(again.length, `no fix for ${withFixes[0].code} after the analysis of the buffer`);
  // an edit still gets its own list, even when its problems are the same (a letter typed over by itself)
  c.change(uri, [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } }, text: "T" }]);
  await c.waitFor(uri, (d, p) => p.version === 2, 15_000);
});

test("a buffer that differs from the disk: the fixes of the disk's diagnostics edit the buffer where the problem now is", async () => {
  const path = join(fx.dir, "privacy-policy.md");
  const uri = uriOf(path);
  await checkWorkspace();
  const shown = c.diagnostics.get(uri).diagnostics.filter((d) => d.data?.fixes?.length);
  assert.ok(shown.some((d) => d.code === "missing-section"), `no fixable missing-section diagnostic: ${shown.map((d) => d.code)}`);
  // the editor opens the file with two lines above what the disk has (an unsaved edit restored)
  const text = `Draft, not published yet.\n\n${readFileSync(path, "utf8")}`;
  c.open(path, text);
  const now = await Promise.all(shown.map((d) => quickFixes(uri, d)));
  // the same fixes, asked for the diagnostics the server publishes for the buffer
  const published = await c.waitFor(uri, (d, p) => p.version === 1, 15_000);
  for (const [i, d] of shown.entries()) {
    const own = published.find((x) => x.code === d.code && x.data.subject === d.data.subject);
    const fresh = await quickFixes(uri, own);
    assert.deepEqual(now[i].map((a) => a.title), fresh.map((a) => a.title), `${d.code}(${d.data.subject}): other fixes for the disk's diagnostic`);
    assert.deepEqual(now[i].map((a) => a.edit), fresh.map((a) => a.edit), `${d.code}(${d.data.subject}): the disk's diagnostic's fix edits elsewhere`);
  }
  // the complaint clause goes into the buffer, below its first heading as for the buffer's own diagnostic
  const complaint = now[shown.findIndex((d) => d.code === "missing-section")][0];
  const after = applyTextEdits(text, complaint.edit.changes[uri]);
  assert.ok(after.startsWith("Draft, not published yet.\n\n# Tidewater Privacy Notice"), after.slice(0, 120));
  assert.match(after, /supervisory authority/i);
});

test("an editor that does not send the diagnostics' data back still gets their fixes", async () => {
  const path = join(fx.dir, "privacy-policy.md");
  const uri = uriOf(path);
  c.open(path);
  const shown = await c.waitFor(uri, (d) => d.some((x) => x.data?.fixes?.length), 15_000);
  for (const d of shown.filter((x) => x.data?.fixes?.length)) {
    const { data, ...bare } = d;
    const titles = (await quickFixes(uri, bare)).map((a) => a.title);
    for (const f of data.fixes) assert.ok(titles.includes(f.title), `${d.code}(${data.subject}) without data: "${f.title}" not offered; offered ${JSON.stringify(titles)}`);
  }
});

test("a manifest's own problem shown before the manifest was opened: Ctrl+. right after opening it offers the fix", async () => {
  const manifestPath = join(fx.dir, "processors.yaml");
  writeFileSync(manifestPath, `${readFileSync(manifestPath, "utf8")}cookies:\n  - name: _hjSessionUser\n    provider: Hotjar\n    purpose: statistics\n    duration: 1 year\n`);
  const manifestUri = uriOf(manifestPath);
  // the policy is open, so the manifest's problems are listed from the disk
  c.open(join(fx.dir, "privacy-policy.md"));
  const shown = await c.waitFor(manifestUri, (d) => d.some((x) => x.data?.fixes?.length), 15_000);
  const d = shown.find((x) => x.data?.fixes?.length);
  const sent = sentFor(manifestUri);
  c.open(manifestPath);
  const titles = (await quickFixes(manifestUri, d)).map((a) => a.title);
  for (const f of d.data.fixes) assert.ok(titles.includes(f.title), `"${f.title}" not offered right after opening the manifest; offered ${JSON.stringify(titles)}`);
  // the fix adds Hotjar to the manifest
  const fix = (await quickFixes(manifestUri, d))[0];
  assert.match(applyTextEdits(readFileSync(manifestPath, "utf8"), fix.edit.changes[manifestUri]), /- name: Hotjar/);
  await c.request("textDocument/hover", { textDocument: { uri: manifestUri }, position: { line: 0, character: 0 } });
  assert.deepEqual(sent.map((p) => p.diagnostics.length), [], "the manifest's unchanged problems were sent again when it was opened");
});
