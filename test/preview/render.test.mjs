// The preview renderer: findings and mentions land on the right text, the Markdown renders
// exactly as it would without them, and the review pages are what they claim to be.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { core, preview } from "../unit/helpers.mjs";
import { generateManifest, generatePolicy } from "../../bench/generate.mjs";
import { FIXTURE_POLICY, FIXTURE_MANIFEST, marksIn, markedText, modelOf, withoutReview } from "./helpers.mjs";

const STRIPE = "processors:\n  - name: Stripe\n    purpose: Payments\n    category: payments\n    country: US\n    transfer: dpf\n    retention: 7 years\n";
const manifestYaml = (body) => `version: 1\ncontroller:\n  name: Pikkulintu Oy\n  email: privacy@pikkulintu.example\n  country: FI\n${body}`;

test("every finding of the fixture is marked on the text it is about", () => {
  const model = modelOf();
  const marks = marksIn(preview.renderPolicyBody(model).blocks.join(""));
  const expected = {
    "placeholder [Company address]": "[Company address]",
    "retention-mismatch Mailgun": "60 days",
    "retention-mismatch Chat messages": "2 years",
    "undeclared-processor Hotjar": "Hotjar",
    "undisclosed-processor Sentry": "3. Who receives data",
    "missing-section complaint": "Privacy notice",
  };
  const policyFindings = model.findings.filter((f) => f.file === "policy");
  assert.deepEqual(policyFindings.map((f) => `${f.rule} ${f.subject}`).sort(), Object.keys(expected).sort());
  for (const f of policyFindings) assert.equal(markedText(marks, "f", f.id), expected[`${f.rule} ${f.subject}`], `${f.rule} ${f.subject}`);
  const mailgun = marks.find((m) => m.text === "60 days");
  assert.ok(mailgun.classes.includes("pw-sev-error"));
  assert.match(mailgun.title, /^Error · retention-mismatch: The policy gives 60 days for Mailgun, but the manifest says 30 days\./);
  assert.equal(FIXTURE_POLICY.slice(mailgun.start, mailgun.end), "60 days", "a mark carries the source range it reveals");
});

test("processor names are marked as disclosed, not in the manifest, or denied", () => {
  const model = modelOf();
  const marks = marksIn(preview.renderPolicyBody(model).blocks.join(""));
  for (const m of model.mentions) assert.equal(markedText(marks, "m", m.id), m.written.trim(), `mention ${m.written}`);
  const statusOf = (text) => marks.find((m) => m.text === text && m.m.length).classes.find((c) => c.startsWith("pw-m-"));
  assert.equal(statusOf("Stripe"), "pw-m-disclosed");
  assert.equal(statusOf("Matomo"), "pw-m-disclosed");
  assert.equal(statusOf("Hotjar"), "pw-m-undeclared");
  assert.equal(statusOf("Google Analytics"), "pw-m-denied");
  assert.match(marks.find((m) => m.text === "Hotjar").title, /Hotjar: a known service that the manifest does not list/);
});

const EDGE = `# Privacy

Last updated: 1 May 2025

- __Stripe__ and _Stripe_ and ~~Stripe~~ and *Stripe*: payments kept for 9 years.

> Stripe keeps payment data
> for 9 years, in a quote that spans lines.

Setext Stripe heading
---------------------

## Stripe closing ##

| Name | Data |
|---|---|
| Stripe \\| pipe | kept 9 years |

Text with \`privacy@wrong.example\`, &amp; entities, \\*escaped\\* stars and [Stripe link](https://stripe.com "Stripe title").
Inline <b>Stripe</b> HTML, <https://stripe.com/legal> and https://stripe.com/privacy (Stripe).
TODO: [Company Name] and {{ company }}.
`;

test("marks never change how the Markdown renders (emphasis, quotes, setext, tables, links, HTML)", () => {
  const cases = [["edge cases", EDGE, manifestYaml(STRIPE)], ["fixture", FIXTURE_POLICY, FIXTURE_MANIFEST]];
  const g = generateManifest(30, 3);
  cases.push(["generated", generatePolicy(40_000, g, 3), g.text]);
  const examples = "/work/shared/examples";
  if (existsSync(examples)) for (const d of readdirSync(examples)) {
    const p = join(examples, d, "policy.md");
    if (existsSync(p)) cases.push([d, readFileSync(p, "utf8"), readFileSync(join(examples, d, "processors.yaml"), "utf8")]);
  }
  for (const [name, text, yaml] of cases) {
    const body = preview.renderPolicyBody(modelOf(text, yaml));
    assert.equal(withoutReview(body.blocks.join("")), preview.renderPublishedBody(text).html, name);
  }
});

test("edge cases: marks sit inside emphasis, cells, quotes and links, and every finding is placed", () => {
  const model = modelOf(EDGE, manifestYaml(STRIPE));
  const body = preview.renderPolicyBody(model);
  const html = body.blocks.join("");
  const marks = marksIn(html);
  assert.deepEqual(model.findings.filter((f) => f.file === "policy" && !body.placed.includes(f.id)), []);
  assert.match(html, /<strong><span class="pw-anchor" id="pw-m-\d+"><\/span><mark [^>]*>Stripe<\/mark><\/strong>/);
  assert.match(html, /<s><span class="pw-anchor"[^>]*><\/span><mark [^>]*>Stripe<\/mark><\/s>/);
  const quoted = model.findings.find((f) => f.rule === "retention-mismatch" && EDGE.slice(f.start - 30, f.start).includes("data\n> for"));
  assert.equal(markedText(marks, "f", quoted.id), "9 years");
  for (const tag of ["td", "h2", "a"]) assert.match(html, new RegExp(`<${tag}[^>]*>(?:<[^>]+>)*<mark[^>]*>Stripe</mark>`), `a mark inside <${tag}>`);
  assert.equal(markedText(marks, "f", model.findings.find((f) => f.subject === "{{ company }}").id), "{{ company }}");
  assert.ok(!/data-m="[^"]*"[^>]*>stripe</.test(html), "names inside URLs are not marked");
});

test("raw HTML and unsafe links are escaped or rebuilt from an allowlist", () => {
  const text = [
    "# Policy", "", `<script>alert(1)</script>`, "", `Hi <b onclick="x()">bold</b> and <i style="color:red">it</i>.`, "",
    `<div align="center" id="pw-policy"><a href="javascript:alert(1)" title="t">x</a> <a href="https://ok.example/?a=1&amp;b=2">ok</a></div>`, "",
    `[bad](javascript:alert(1)) [data](data:text/html,hi) [mail](mailto:a@b.example) [rel](./cookies.md) [frag](#policy)`, "",
    `Unbalanced </div></p> close tags, and a block tag <details> inline.`, "", `<details open><summary>More</summary>`, "text", "", "Kept &copy; &#169; &amp; entities.", "",
  ].join("\n");
  const html = preview.renderPublishedBody(text).html;
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /Hi <b>bold<\/b> and <i>it<\/i>\./);
  assert.match(html, /<div><a title="t">x<\/a> <a href="https:\/\/ok.example\/\?a=1&amp;b=2">ok<\/a><\/div>/);
  assert.ok(!/(?:href|src)="(?:javascript|data)|onclick|style=|id="pw-/.test(html), html);
  assert.match(html, /\[bad\]\(javascript:alert\(1\)\)/, "an unsafe Markdown link stays text");
  assert.match(html, /<a href="mailto:a@b.example">mail<\/a> <a href="\.\/cookies\.md">rel<\/a> <a href="#policy">frag<\/a>/);
  assert.match(html, /<details open><summary>More<\/summary>\ntext\n<\/details>/, "an HTML block is closed where it ends");
  assert.match(html, /<p>Unbalanced &lt;\/div&gt;&lt;\/p&gt; close tags, and a block tag &lt;details&gt; inline\.<\/p>/, "stray closing tags and block tags in a line stay text");
  assert.match(html, /&copy; ©|Kept © © &amp; entities/);
});

test("links: only http(s), mailto, relative paths and fragments survive", () => {
  const kinds = Object.fromEntries(["https://a.example", "HTTP://A.EXAMPLE", "mailto:x@y.example", "#top", "./a.md", "docs/b.html",
    "javascript:alert(1)", " java\tscript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "vbscript:x", "//evil.example", "/\\evil.example", "file:///etc/passwd", ""]
    .map((h) => [h, preview.linkKind(h) ?? "rejected"]));
  assert.deepEqual(Object.values(kinds), ["external", "external", "external", "fragment", "relative", "relative",
    "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected"]);
});

test("blocks carry their source line for scroll sync", () => {
  const model = modelOf();
  const body = preview.renderPolicyBody(model);
  const lines = FIXTURE_POLICY.split("\n");
  for (const [i, html] of body.blocks.entries()) {
    const m = /^<(\w+)[^>]* data-line="(\d+)"/.exec(html);
    assert.ok(m, `block ${i} has a source line`);
    assert.equal(Number(m[2]), body.lines[i]);
    if (m[1] === "h2") assert.match(lines[body.lines[i]], /^## /);
  }
  assert.ok(!body.blocks.join("").includes("policywright-disable"), "comments are not shown");
  assert.ok(!body.blocks.join("").includes("manifest: ./processors.yaml"), "front matter is not shown");
});

test("findings with no place in the text are listed above it: manifest errors, text in comments", () => {
  const text = "# Privacy\n\nStripe takes payments.\n\n<!-- policywright-disable no-such-rule -->\n";
  const model = modelOf(text, manifestYaml(`${STRIPE}    country: XX\n`));
  const body = preview.renderPolicyBody(model);
  const notices = preview.renderNotices(model, body.placed, { interactive: false });
  const unplaced = model.findings.filter((f) => !body.placed.includes(f.id));
  assert.ok(unplaced.some((f) => f.file === "manifest") && unplaced.some((f) => f.rule === "unknown-rule"));
  for (const f of unplaced) assert.ok(notices.includes(preview.escapeHtml(f.message)), f.message);
  assert.match(notices, /processors\.yaml line \d+/);
});

test("the published page: the policy alone, accessible, with no scripts and a hash-only CSP", () => {
  const html = preview.renderExportPage(FIXTURE_POLICY);
  assert.match(html, /^<!doctype html>\n<html lang="en">/);
  assert.match(html, /<title>Fernleaf privacy notice<\/title>/, "the front matter's title");
  assert.match(html, /<main class="pw-policy pw-published" id="content">/);
  assert.match(html, /<h2 id="3-who-receives-data">3\. Who receives data<\/h2>/);
  assert.match(html, /<th scope="col">Data<\/th>/);
  assert.ok(!/<script|<mark|pw-gutter|data-line|data-f=|title="Error/.test(html));
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)[1];
  const hash = createHash("sha256").update(style).digest("base64");
  assert.match(html, new RegExp(`default-src &#39;none&#39;; style-src &#39;sha256-${hash.replace(/[+/]/g, "\\$&")}&#39;`));
  assert.match(preview.renderExportPage("---\nlang: de\n---\n# Datenschutz\n"), /<html lang="de">[\s\S]*<title>Datenschutz<\/title>/);
  assert.match(preview.renderExportPage("---\nlang: '\"><script>'\n---\n# X\n"), /<html lang="en">/, "a bad language tag is ignored");
});

test("the review page: findings in place, the three tables, readable without scripts", () => {
  const model = modelOf();
  const html = preview.renderReviewPage(model, { source: "legal/privacy.md" });
  assert.ok(!/<script/i.test(html));
  assert.match(html, /4 errors<\/span> <span class="pw-count pw-sev-warning">2 warnings/);
  for (const panel of ["checklist", "processors", "retention"]) assert.match(html, new RegExp(`<details class="pw-panel" data-panel="${panel}" open>`));
  assert.ok(marksIn(html).length > 10);
  for (const [, id] of html.matchAll(/<a class="pw-where" href="#([^"]+)">/g)) assert.ok(html.includes(`id="${id}"`), `the link to #${id} has a target`);
  assert.match(html, /Review of <code>legal\/privacy\.md<\/code>/);
  assert.ok(!html.includes("<button"), "no buttons without a script to run them");
});

test("the webview document: one script, by nonce; styles and script only from the webview's source", () => {
  const html = preview.webviewShell({ cspSource: "https://x.vscode-cdn.net", nonce: "abc123", scriptUri: "https://x.vscode-cdn.net/dist/webview.js", styleUris: ["https://x.vscode-cdn.net/media/preview.css"], title: "Preview" });
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)[1].replace(/&#39;/g, "'");
  assert.equal(csp, "default-src 'none'; img-src https://x.vscode-cdn.net; style-src https://x.vscode-cdn.net; font-src https://x.vscode-cdn.net; script-src 'nonce-abc123'; form-action 'none'; base-uri 'none'; frame-src 'none'");
  assert.equal(html.match(/<script/g).length, 1);
  assert.match(html, /<script nonce="abc123" src="https:\/\/x.vscode-cdn.net\/dist\/webview.js"><\/script>/);
  assert.ok(!/<style|style="/.test(html));
});
