// Template and MDX syntax is masked with offsets kept (contract §7): neither mentions nor
// missing text, and everything else stays exactly where it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, check, NOW } from "./helpers.mjs";

test("Liquid, Nunjucks, Hugo and Go syntax is found with exact offsets", () => {
  const text = "A {{ site.email | downcase }} B {%- if x -%} C {{< param \"email\" >}} D {{% notice %}} E {{ .Site.Params.x }} F {{- end }} G {# note #} H {{/* go comment */}}";
  const found = core.findTemplates(text).map((t) => [t.kind, text.slice(t.start, t.end), t.body]);
  assert.deepEqual(found, [
    ["output", "{{ site.email | downcase }}", "site.email | downcase"],
    ["tag", "{%- if x -%}", "if x"],
    ["shortcode", "{{< param \"email\" >}}", "param \"email\""],
    ["shortcode", "{{% notice %}}", "notice"],
    ["output", "{{ .Site.Params.x }}", ".Site.Params.x"],
    ["tag", "{{- end }}", "end"],
    ["comment", "{# note #}", "note"],
    ["comment", "{{/* go comment */}}", "/* go comment */"],
  ]);
});

test("a Liquid comment hides its body; a raw block shows its body as written", () => {
  const text = "a {% comment %}Hotjar {{ x }}{% endcomment %} b {% raw %}{{ shown }}{% endraw %} c";
  const kinds = core.findTemplates(text).map((t) => [t.kind, text.slice(t.start, t.end)]);
  assert.deepEqual(kinds, [["comment", "{% comment %}Hotjar {{ x }}{% endcomment %}"], ["tag", "{% raw %}"], ["tag", "{% endraw %}"]]);
});

test("braces across a blank line, or unclosed, are prose", () => {
  assert.deepEqual(core.findTemplates("{{ a\n\nb }} and {% never closed"), []);
});

test("masking keeps offsets: the policy parses to the same length, templates blank, prose in place", () => {
  const text = "# Privacy\n\n{{ site.company }} uses Stripe. {% if x %}Sentry{% endif %}\n";
  const doc = core.parsePolicy(text);
  assert.equal(doc.masked.length, text.length);
  assert.equal(doc.masked.indexOf("Stripe"), text.indexOf("Stripe"));
  assert.equal(doc.masked.indexOf("{"), -1);
  // a template at the start of a line does not turn the line into an indented code block
  assert.deepEqual(doc.blocks.map((b) => b.kind), ["heading", "paragraph"]);
  const r = check(text, { processors: [{ name: "Stripe", purpose: "Pay", category: "payments", country: "US", transfer: "dpf" }] });
  assert.ok(r.mentions.some((m) => text.slice(m.start, m.end) === "Stripe"));
});

// Shapes from the MDX documentation and test suite: multi-line ESM, JSX with expression
// attributes holding '>' and '}', nested braces, fragments, self-closing tags, comments.
const MDX = `import {Chart} from '../components/chart.js'
import Tabs, {
  TabItem,
} from '@theme/Tabs'
export const meta = {title: 'Privacy', tags: ['a > b', '}']}

# Privacy at {meta.title}

<Chart year={2025} filter={(x) => x > 1 && {a: 1}.a} />

We use <Highlight color="#25c2a0">Stripe</Highlight> for payments {/* TODO: link */}.

<>
  <TabItem value="eu">Data stays with Hetzner in Germany.</TabItem>
</>

- {props.items.map((i) => \`\${i}\`)} Plausible
- Contact: privacy@example.com

\`\`\`js
const x = {notMdx: true}
\`\`\`
`;

test("MDX: ESM, JSX tags and expressions are masked by micromark's MDX tokenizer; the text between tags stays", () => {
  const doc = core.parsePolicy(MDX, { path: "privacy.mdx" });
  const masked = doc.masked;
  assert.equal(masked.length, MDX.length);
  for (const gone of ["import", "export", "Chart", "Highlight", "TabItem", "TODO", "meta.title", "props.items", "=>"]) assert.ok(!masked.includes(gone), `${gone} is masked`);
  for (const kept of ["Stripe", "Data stays with Hetzner in Germany.", "Plausible", "We use"]) assert.equal(masked.indexOf(kept), MDX.indexOf(kept), `${kept} stays in place`);
  assert.ok(doc.visible.includes("privacy@example.com"));
  // the code block's braces are code, not an MDX expression
  assert.ok(!doc.templates.some((t) => t.body.includes("notMdx")));
  assert.deepEqual(doc.sections.map((s) => s.title), ["Privacy at"]);
  // no "TODO" placeholder (it is in an MDX comment) and no "{{" false positives
  const r = core.analyze(MDX, undefined, { now: NOW }, doc);
  assert.deepEqual(r.findings.filter((f) => f.rule === "placeholder"), []);
});

test("MDX that micromark rejects falls back to a looser mask, never a crash", () => {
  const bad = "# Policy\n\nA stray < sign and <Open attr={1}> never closed {x} and Stripe.\n";
  const doc = core.parsePolicy(bad, { path: "privacy.mdx" });
  assert.equal(doc.masked.length, bad.length);
  assert.ok(!doc.masked.includes("<Open"));
  assert.ok(!doc.masked.includes("{x}"));
  assert.equal(doc.masked.indexOf("Stripe"), bad.indexOf("Stripe"));
});

test("a .md page is not read as MDX: braces and tags are prose or HTML, not masked", () => {
  const text = "# Policy\n\nWe keep {about 30} days of logs.\n";
  assert.equal(core.parsePolicy(text).masked.indexOf("{about 30}"), text.indexOf("{about 30}"));
});

test("outside a site, {{ … }} stays an error placeholder; template tags are not reported", () => {
  const r = check("# Privacy\n\nWe are {{company}}. {% if x %}yes{% endif %}\n", undefined);
  const ph = r.findings.filter((f) => f.rule === "placeholder");
  assert.deepEqual(ph.map((f) => [f.subject, f.severity]), [["{{company}}", "error"]]);
});
