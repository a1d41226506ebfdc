// The preview's cookie view: the policy's cookie table beside the manifest's `cookies:`, each
// cookie marked as in both, only in the manifest, only in the policy, or differing (lifetime,
// category), like the processor coverage table; escaped like every other panel.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, preview, tempDir } from "../unit/helpers.mjs";
import { decode, modelOf, FIXTURE_POLICY, FIXTURE_MANIFEST } from "./helpers.mjs";

const HEAD = "version: 1\ncontroller:\n  name: Pikkulintu Oy\n  email: privacy@pikkulintu.example\n  country: FI\n";
const PROCESSORS = `processors:
  - name: Google Analytics
    purpose: Visitor statistics
    category: analytics
    country: US
    transfer: dpf
    consent: true
  - name: Meta Pixel
    aliases: [Meta]
    purpose: Ads measurement
    category: advertising
    country: US
    transfer: dpf
    consent: true
`;
const COOKIES = `cookies:
  - name: session_id
    provider: first-party
    purpose: necessary
    duration: session
  - name: _ga
    provider: Google Analytics
    purpose: statistics
    duration: 2 years
  - name: _gid
    provider: Google Analytics
    purpose: statistics
    duration: 24 hours
  - name: _fbp
    provider: Meta Pixel
    purpose: marketing
    duration: 3 months
  - name: cart
    provider: first-party
    purpose: necessary
    duration: 30 days
`;
const table = (heading, rows) => `# Privacy notice\n\n## Cookies\n\n${heading}\n|---|---|---|---|\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`;
const POLICY = table("| Cookie | Provider | Category | Expiry |", [
  ["`session_id`", "Pikkulintu Oy", "Strictly necessary", "Session"],
  ["`_ga`", "Google Analytics", "Statistics", "2 years"],
  ["`_gid`", "Google Analytics", "Statistics", "48 hours"],
  ["`_fbp`", "Meta", "Strictly necessary", "3 months"],
  ["`promo_seen`", "Pikkulintu Oy", "Preferences", "1 year"],
]);

/** The cookie view of rendered panels, and its rows as a reader sees them (text of each cell). */
function cookieView(html) {
  const at = html.indexOf('data-panel="cookies"');
  if (at < 0) return undefined;
  const view = html.slice(at, html.indexOf("</details>", at));
  const text = (s) => decode(s.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
  const rows = [...view.matchAll(/<tr class="pw-cookie-([\w-]+)( pw-row-bad)?"><th scope="row">([\s\S]*?)<\/th><td>([\s\S]*?)<\/td><td>([\s\S]*?)<\/td><td>([\s\S]*?)<\/td><\/tr>/g)]
    .map((m) => ({ status: m[1], bad: !!m[2], name: decode(/<code class="pw-cookie-name">([^<]*)<\/code>/.exec(m[3])[1]), said: text(m[4]), policy: m[5], manifest: m[6] }));
  return { html: view, badge: text(/<span class="pw-badge[^"]*">([^<]*)<\/span>/.exec(view)?.[1] ?? ""), rows, byName: Object.fromEntries(rows.map((r) => [r.name, r])) };
}
/** The parts of a cell marked as differing. */
const marked = (cell) => [...cell.matchAll(/<span class="pw-bad">([^<]*)<\/span>/g)].map((m) => decode(m[1]));

test("each cookie is marked: in both, only in the manifest, only in the policy, lifetime or category differs", () => {
  const model = modelOf(POLICY, HEAD + PROCESSORS + COOKIES);
  const view = cookieView(preview.renderPanels(model, { interactive: true }));
  assert.ok(view, "the preview has a cookie view");
  const status = Object.fromEntries(view.rows.map((r) => [r.name, [r.status, r.said, r.bad]]));
  assert.deepEqual(status, {
    session_id: ["both", "in both", false],
    _ga: ["both", "in both", false],
    _gid: ["mismatch", "differs: lifetime", true],
    _fbp: ["mismatch", "differs: category", true],
    promo_seen: ["only-policy", "only in the policy", true],
    cart: ["only-manifest", "only in the manifest", true],
  });
  // what differs is marked on both sides, where the reader looks for it
  assert.deepEqual(marked(view.byName._gid.policy), ["48 hours"]);
  assert.deepEqual(marked(view.byName._gid.manifest), ["24 hours"]);
  assert.deepEqual(marked(view.byName._fbp.policy), ["Strictly necessary"]);
  assert.deepEqual(marked(view.byName._fbp.manifest), ["marketing"]);
  assert.deepEqual(marked(view.byName.cart.policy), ["not listed"]);
  assert.deepEqual(marked(view.byName.promo_seen.manifest), ["not declared"]);
  assert.equal(view.badge, "4 to check");
  // the cookies to check come first
  assert.deepEqual(view.rows.slice(0, 4).map((r) => r.name).sort(), ["_fbp", "_gid", "cart", "promo_seen"]);
  // a policy row reveals the cookie in the editor
  const reveal = /data-s="(\d+)" data-e="(\d+)"/.exec(view.byName._gid.policy);
  assert.equal(POLICY.slice(Number(reveal[1]), Number(reveal[2])), "_gid");
});

test("the view agrees with cookie-mismatch: every row to check has its finding, and a row in both has none", () => {
  const model = modelOf(POLICY, HEAD + PROCESSORS + COOKIES);
  const flagged = new Set(model.findings.filter((f) => f.rule === "cookie-mismatch").map((f) => f.subject));
  for (const r of model.cookies.rows) {
    assert.equal(r.status !== "both", flagged.has(r.name), `${r.name}: ${r.status}`);
    for (const id of r.findingIds) assert.equal(model.findings[id].subject, r.name);
  }
  // on the static review page a row links to the finding's mark in the text
  const view = cookieView(preview.renderPanels(model, { interactive: false }));
  const gid = model.cookies.rows.find((r) => r.name === "_gid");
  assert.match(view.byName._gid.policy, new RegExp(`<a class="pw-where" href="#pw-f-${gid.findingIds[0]}">line \\d+</a>`));
});

test("a German table: 'Speicherdauer 2 Tage' against 24 hours is marked as a lifetime that differs", () => {
  const policy = table("| Name | Anbieter | Kategorie | Speicherdauer |", [
    ["`_ga`", "Google Analytics", "Statistik", "2 Jahre"],
    ["`_gid`", "Google Analytics", "Statistik", "2 Tage"],
  ]);
  const cookies = COOKIES.split("  - name: _fbp")[0];
  const view = cookieView(preview.renderPanels(modelOf(policy, HEAD + PROCESSORS + cookies), { interactive: false }));
  assert.equal(view.byName._ga.status, "both");
  assert.equal(view.byName._gid.status, "mismatch");
  assert.deepEqual(marked(view.byName._gid.policy), ["2 Tage"]);
  assert.equal(view.byName.session_id.status, "only-manifest");
});

test("before the manifest declares cookies, the view lists the table without marking anything and says why", () => {
  const view = cookieView(preview.renderPanels(modelOf(POLICY, HEAD + PROCESSORS), { interactive: true }));
  assert.match(view.html, /has no cookies: section yet/);
  assert.equal(view.badge, "");
  assert.deepEqual(view.rows.map((r) => [r.name, r.bad]), [["session_id", false], ["_ga", false], ["_gid", false], ["_fbp", false], ["promo_seen", false]]);
});

test("a policy and manifest without cookies get no cookie view", () => {
  const model = modelOf(FIXTURE_POLICY, FIXTURE_MANIFEST);
  assert.deepEqual(model.cookies.rows, []);
  assert.equal(cookieView(preview.renderPanels(model, { interactive: true })), undefined);
});

test("what the policy and the manifest write is escaped in the view", () => {
  const policy = table("| Cookie | Provider | Category | Expiry |", [
    ["`_ga`", "Google Analytics", "Statistics", "2 years"],
    ["`x<img src=x onerror=alert(1)>`", "<script>alert(2)</script>", "Preferences", "1 year"],
  ]);
  const yaml = `${HEAD + PROCESSORS}cookies:\n  - name: _ga\n    provider: Google Analytics\n    purpose: statistics\n    duration: "2 years\\" onmouseover=\\"alert(3)"\n`;
  const model = modelOf(policy, yaml);
  const html = preview.renderPanels(model, { interactive: true });
  const view = cookieView(html);
  // the name reads as the policy wrote it, as text: no element, no attribute of its own
  assert.equal(view.rows[0].name, "x<img src=x onerror=alert(1)>");
  assert.match(view.html, /<code class="pw-cookie-name">x&lt;img src=x onerror=alert\(1\)&gt;<\/code>/);
  assert.doesNotMatch(view.html, /<img|<script|" onmouseover/);
});

test("the review page in German (--lang de) names the cookie view's columns and what differs in German", () => {
  const dir = tempDir(join(tmpdir(), "pw-preview-cookies-"));
  writeFileSync(join(dir, "privacy.md"), POLICY);
  writeFileSync(join(dir, "processors.yaml"), HEAD + PROCESSORS + COOKIES);
  const r = spawnSync(process.execPath, [CLI, "preview", "privacy.md", "--out", "review.html", "--lang", "de"], { cwd: dir, encoding: "utf8", timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  const view = cookieView(readFileSync(join(dir, "review.html"), "utf8"));
  assert.match(view.html, /<th scope="col">Die Datenschutzerklärung sagt<\/th><th scope="col">Das Manifest sagt<\/th>/);
  assert.equal(view.byName._gid.said, "weicht ab: Speicherdauer");
  assert.equal(view.byName.cart.said, "nur im Manifest");
  assert.equal(view.badge, "4 zu prüfen");
});
