// The editor side of §8 over the protocol, with a real git repository: notice-period on
// processors.yaml, the code lens and hover history per processor, and the changelog request.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ofRule, positionOf, startServer } from "./helpers.mjs";
import { mkdirSync, writeFileSync } from "node:fs";
import { tempDir, tempRepo } from "../unit/gitRepo.mjs";

const MANIFEST = (extra = "") => `version: 1
controller:
  name: Acme Oy
  email: privacy@acme.example
disclosure:
  notice_days: 30
processors:
  - name: Stripe
    purpose: Payments
    since: 2025-01-01
${extra}`;
const SENTRY = "  - name: Sentry\n    purpose: Error monitoring\n    since: 2026-04-07\n";

let c, repo, text, uri, ids;
const cleanups = [];
before(async () => {
  repo = tempRepo({ after: (fn) => cleanups.push(fn) });
  repo.write("privacy.md", "# Privacy\n\nWe use Stripe and Sentry.\n");
  repo.write("processors.yaml", MANIFEST());
  ids = { start: repo.commit("2025-01-01", "Start") };
  repo.write("processors.yaml", MANIFEST(SENTRY.replace("Sentry", "Sentri")));
  ids.add = repo.commit("2026-03-04", "Add Sentry");
  text = MANIFEST(SENTRY + "  - name: Plausible\n    purpose: Analytics\n    since: 2026-03-10\n");
  repo.write("processors.yaml", text);
  ids.rename = repo.commit("2026-03-05", "Spelling, and Plausible");
  c = await startServer({ root: repo.dir });
  uri = c.open(join(repo.dir, "processors.yaml"));
});
after(async () => {
  await c?.stop();
  cleanups.forEach((fn) => fn());
});

test("processors.yaml gets the notice-period warning once its history is read", async () => {
  const diags = await c.waitFor(uri, (d) => ofRule(d, "notice-period").length > 0, 30000);
  const [d] = ofRule(diags, "notice-period");
  assert.equal(d.severity, 2);
  assert.deepEqual(d.range.start, positionOf(text, "2026-03-10"));
  assert.match(d.message, /^Plausible starts on 2026-03-10, 5 days after it was added to the manifest on 2026-03-05/);
  assert.match(d.message, /first date that keeps the promise is 2026-04-04/);
  assert.equal(ofRule(diags, "notice-period").length, 1, "Sentry, announced 34 days ahead, keeps the promise");
});

test("a code lens over each processor: when it was added and how far ahead it was announced", async () => {
  await c.waitFor(uri, (d) => ofRule(d, "notice-period").length > 0, 30000);
  const lenses = await c.request("textDocument/codeLens", { textDocument: { uri } });
  assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command.title]), [
    [7, `in the first list 2025-01-01 (${ids.start.slice(0, 7)}) · since 2025-01-01`],
    [10, `added 2026-03-04 (${ids.add.slice(0, 7)}), announced 34 days ahead`],
    [13, `added 2026-03-05 (${ids.rename.slice(0, 7)}), announced 5 days ahead`],
  ]);
});

test("hover on a processor in the manifest shows its history, one line per change", async () => {
  const h = await c.request("textDocument/hover", { textDocument: { uri }, position: positionOf(text, "Sentry", 2) });
  const value = h.contents.value;
  assert.ok(value.includes(`History:\n- 2026-03-05 (${ids.rename.slice(0, 7)}) Renamed Sentri to Sentry\n- 2026-03-04 (${ids.add.slice(0, 7)}) Added Sentri`), value);
});

test("policywright/subprocessorChanges returns the Markdown changelog", async () => {
  const got = await c.request("policywright/subprocessorChanges", { uri });
  assert.equal(got.manifest, "processors.yaml");
  assert.match(got.markdown, /^## Sub-processor changes\n\n### 2026-03-05 \([0-9a-f]{7}\)\n\n- Renamed Sentri to Sentry\n- Added Plausible — Analytics; since 2026-03-10\n/);
});

test("the published list page (disclosure.list) is checked in the editor with the list rules only", async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, "processors.yaml"), "version: 1\ncontroller:\n  name: Acme Oy\n  email: privacy@acme.example\ndisclosure:\n  list: https://acme.example/legal/subprocessors\nprocessors:\n  - name: Stripe\n    purpose: Payments\n  - name: Sentry\n    purpose: Errors\n");
  mkdirSync(join(dir, "content", "legal"), { recursive: true });
  const page = join(dir, "content", "legal", "subprocessors.md");
  writeFileSync(page, "# Sub-processors\n\n| Name | Purpose |\n|---|---|\n| Stripe | Payments |\n| Mixpanel | Analytics |\n");
  const s = await startServer({ root: dir });
  t.after(() => s.stop());
  const listUri = s.open(page);
  const diags = await s.waitFor(listUri, (d) => d.length > 0, 30000);
  assert.deepEqual(diags.map((d) => [d.code, d.message.split(" ")[0]]).sort(), [["undeclared-processor", "The"], ["undisclosed-processor", "Sentry"]]);
});
