// Generated blocks: rendered from the manifest, reported when stale, regenerated between the
// markers only, idempotent, and never a crash on broken markers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const core = require("../../dist/core.js");

const MANIFEST_TEXT = `version: 1
controller:
  name: Acme Analytics Oy
  email: privacy@acme.example
  country: FI
  authority: Office of the Data Protection Ombudsman
processors:
  - name: Stripe
    purpose: Payments
    category: payments
    country: US
    transfer: dpf
    retention: 7 years
  - name: Hetzner Online
    aliases: [Hetzner]
    purpose: Hosting
    category: hosting
    country: DE
    transfer: none
retention:
  - data: Support tickets
    aliases: [tickets]
    period: 30 days
    store: Hetzner
  - data: Invoices
    period: 7 years
`;
const M = core.parseManifest(MANIFEST_TEXT);
const SENTRY = "  - name: Sentry\n    purpose: Error monitoring\n    country: DE\n    transfer: none\n";
/** The manifest with one more processor, appended after the last one. */
const withSentry = () => core.parseManifest(MANIFEST_TEXT.replace(/(transfer: none\n)/, `$1${SENTRY}`));
const TABLE = "| Processor | Purpose | Country | Safeguard |\n|---|---|---|---|\n| Stripe | Payments | United States | EU–US Data Privacy Framework |\n| Hetzner Online | Hosting | Germany | None required |";

const policy = (inner, marker = "policywright:processors") =>
  `# Privacy policy\n\nOur own intro text.\n\n## Who receives your data\n\n<!-- ${marker} -->\n${inner}<!-- /${marker.split(" ")[0]} -->\n\nText after the block.\n`;
const stale = (text, m = M) => core.analyze(text, m).findings.filter((f) => f.rule === "generated-block-stale");
const applyFix = (text, f) => core.applyEdits(text, f.fixes[0].edits);

test("the processors table renders like the documented example", () => {
  assert.equal(core.renderGeneratedBlock("processors", M), TABLE);
  assert.equal(core.renderGeneratedBlock("processors", M, { markers: true }), `<!-- policywright:processors -->\n${TABLE}\n<!-- /policywright:processors -->`);
});

test("list format and chosen columns", () => {
  const list = core.renderGeneratedBlock("processors", M, { format: "list", columns: ["name", "purpose", "country", "transfer", "retention"] });
  assert.equal(list, "- **Stripe** (United States; safeguard: EU–US Data Privacy Framework; retention: 7 years) — Payments\n- **Hetzner Online** (Germany) — Hosting");
  assert.equal(core.renderGeneratedBlock("processors", M, { columns: ["purpose", "data"] }).split("\n")[0], "| Processor | Purpose | Personal data |");
});

test("retention and controller blocks", () => {
  assert.equal(core.renderGeneratedBlock("retention", M), "| Data | Retention period |\n|---|---|\n| Support tickets | 30 days |\n| Invoices | 7 years |");
  assert.equal(core.renderGeneratedBlock("retention", M, { format: "list", columns: ["data", "period", "store"] }), "- Support tickets (stored with: Hetzner): 30 days\n- Invoices: 7 years");
  assert.equal(core.renderGeneratedBlock("controller", M), "- **Controller:** Acme Analytics Oy\n- **Established in:** Finland\n- **Privacy contact:** privacy@acme.example\n- **Supervisory authority:** Office of the Data Protection Ombudsman");
});

test("insert: empty markers are filled by the fix, and then nothing is reported", () => {
  const text = policy("");
  const [f] = stale(text);
  assert.equal(f.severity, "warning");
  assert.equal(f.subject, "processors");
  assert.equal(text.slice(f.start, f.end), "<!-- policywright:processors -->");
  assert.equal(f.fixes[0].preferred, true);
  const fixed = applyFix(text, f);
  assert.equal(fixed, policy(`${TABLE}\n`));
  assert.deepEqual(stale(fixed), []);
});

test("a freshly rendered block with its markers is in sync", () => {
  for (const kind of core.GENERATED_KINDS) {
    const text = `# Policy\n\n${core.renderGeneratedBlock(kind, M, { markers: true })}\n`;
    assert.deepEqual(stale(text), [], kind);
  }
});

test("stale: a processor added to the manifest is reported and the fix touches only the block", () => {
  const text = policy(`${TABLE}\n`);
  const m3 = withSentry();
  assert.equal(m3.processors.length, 3);
  const [f] = stale(text, m3);
  assert.match(f.message, /Sentry is missing/);
  const [edit] = f.fixes[0].edits;
  const open = text.indexOf("<!-- policywright:processors -->");
  const close = text.indexOf("<!-- /policywright:processors -->");
  assert.equal(edit.start, text.indexOf("\n", open) + 1);
  assert.equal(edit.end, close);
  const fixed = applyFix(text, f);
  assert.equal(fixed.slice(0, edit.start), text.slice(0, edit.start));
  assert.equal(fixed.slice(fixed.indexOf("<!-- /policywright:processors -->")), text.slice(close));
  assert.match(fixed, /\| Sentry \| Error monitoring \| Germany \| None required \|/);
  assert.deepEqual(stale(fixed, m3), []);
});

test("check --fix regenerates in one pass, and a second pass changes nothing", () => {
  const m3 = withSentry();
  const text = policy("| Processor | Purpose |\n|---|---|\n| Stripe | Old purpose |\n") + `\n<!-- policywright:retention -->\n<!-- /policywright:retention -->\n`;
  const once = core.planFixes(core.analyze(text, m3).findings, { policy: text }).results.policy;
  assert.ok(once.includes("| Sentry |") && once.includes("| Support tickets | 30 days |"));
  assert.equal(once.split("| Sentry |").length, 2, "Sentry added once, by regenerating, not by a hand-made row");
  assert.deepEqual(stale(once, m3), []);
  assert.ok(!core.analyze(once, m3).findings.some((f) => f.rule === "undisclosed-processor"));
  const twice = core.planFixes(core.analyze(once, m3).findings, { policy: once }).results.policy ?? once;
  assert.equal(twice, once);
});

test("an edited block is reported, never silently accepted", () => {
  const text = policy(TABLE.replace("| Payments |", "| Payments and refunds |") + "\n");
  const [f] = stale(text);
  assert.match(f.message, /1 line differs/);
  assert.match(f.message, /Edits between the markers are replaced/);
});

test("| in manifest values is escaped in table cells", () => {
  const m = core.parseManifest(MANIFEST_TEXT.replace("purpose: Payments", 'purpose: "Payments | refunds"'));
  const block = core.renderGeneratedBlock("processors", m);
  assert.match(block, /\| Stripe \| Payments \\\| refunds \| United States \|/);
  const text = policy(`${block}\n`);
  const row = core.parsePolicy(text).blocks.find((b) => b.kind === "row" && text.slice(b.start, b.end).includes("Stripe"));
  assert.equal(row.cells.length, 4);
  assert.deepEqual(stale(text, m), []);
});

test("line endings, trailing spaces and table padding do not make a block stale", () => {
  const padded = "| Processor      | Purpose  | Country       | Safeguard                    |\n| -------------- | -------- | ------------- | ---------------------------- |\n| Stripe         | Payments | United States | EU–US Data Privacy Framework |   \n| Hetzner Online | Hosting  | Germany       | None required                |\n";
  assert.deepEqual(stale(policy(padded)), []);
  assert.deepEqual(stale(policy(`${TABLE}\n`).replace(/\n/g, "\r\n")), []);
  const crlf = policy("").replace(/\n/g, "\r\n");
  const fixed = applyFix(crlf, stale(crlf)[0]);
  assert.ok(!/[^\r]\n/.test(fixed), "regenerated lines keep CRLF");
});

test("a processor named only inside a generated block counts as disclosed", () => {
  const text = policy(`${TABLE}\n`);
  const findings = core.analyze(text, M).findings;
  assert.deepEqual(findings.filter((f) => f.rule === "undisclosed-processor"), []);
  const without = core.analyze(policy(""), M).findings.filter((f) => f.rule === "undisclosed-processor");
  assert.equal(without.length, 2);
  assert.equal(without[0].fixes[0].title, "Regenerate the processors block from the manifest");
  assert.equal(without[0].fixes[0].preferred, false);
});

test("generated content raises no findings from the content rules", () => {
  const m = core.parseManifest(MANIFEST_TEXT.replace(/(transfer: none\n)/, "$1  - name: PostHog\n    purpose: Product analytics\n    category: analytics\n    country: EU\n    transfer: none\n    consent: true\n    retention: 30 days\n"));
  const all = ["name", "transfer", "retention", "purpose", "country", "category", "data"];
  const text = [
    "# Privacy policy", "## Who we are", core.renderGeneratedBlock("controller", m, { markers: true }),
    "## Who receives your data", core.renderGeneratedBlock("processors", m, { markers: true, columns: all }),
    core.renderGeneratedBlock("processors", m, { markers: true, format: "list", columns: all }),
    "## How long we keep data", core.renderGeneratedBlock("retention", m, { markers: true, columns: ["data", "period", "store"] }),
    core.renderGeneratedBlock("retention", m, { markers: true, format: "list", columns: ["data", "period", "store"] }),
  ].join("\n\n") + "\n";
  const content = ["undisclosed-processor", "undeclared-processor", "retention-mismatch", "country-mismatch", "transfer-contradiction", "consent-contradiction", "placeholder", "generated-block-stale", "unknown-rule"];
  const found = core.analyze(text, m).findings.filter((f) => content.includes(f.rule));
  assert.deepEqual(found.map((f) => `${f.rule}: ${f.message}`), []);
});

test("broken markers get a clear finding and no fix", () => {
  const cases = [
    ["<!-- policywright:processors -->\n| a |\n", /never closed/],
    ["<!-- /policywright:processors -->\n", /no opening/],
    ["<!-- policywright:processors -->\n<!-- policywright:retention -->\n<!-- /policywright:retention -->\n<!-- /policywright:processors -->\n", /cannot be nested/],
    ["<!-- policywright:vendors -->\n<!-- /policywright:vendors -->\n", /not a generated block/],
    ["<!-- policywright:processors format=grid -->\n<!-- /policywright:processors -->\n", /format=grid is unknown/],
    ["<!-- policywright:processors columns=name,price -->\n<!-- /policywright:processors -->\n", /unknown column price/],
  ];
  for (const [inner, re] of cases) {
    const text = `# Policy\n\n${inner}\nAfter.\n`;
    const found = stale(text);
    assert.ok(found.length >= 1, inner);
    assert.match(found.map((f) => f.message).join(" "), re);
    assert.ok(found.every((f) => !f.fixes?.length), `${inner}: a broken block must not be rewritten`);
  }
});

test("markers shown in code are not blocks", () => {
  const text = "# Policy\n\nAdd `<!-- policywright:processors -->` to a policy.\n\n```markdown\n<!-- policywright:processors -->\n<!-- /policywright:processors -->\n```\n";
  assert.deepEqual(stale(text), []);
});

test("a broken manifest never empties a block", () => {
  const broken = core.parseManifest(MANIFEST_TEXT.replace("country: US", "country: Narnia"));
  assert.ok(broken.findings.length);
  assert.deepEqual(stale(policy(`${TABLE}\n`), broken), []);
});

test("the rule can be suppressed above the block", () => {
  const text = policy("").replace("<!-- policywright:processors -->", "<!-- policywright-disable-next-line generated-block-stale -->\n<!-- policywright:processors -->");
  assert.deepEqual(stale(text), []);
});

test("random marker soup never throws and never edits outside a block", () => {
  const parts = ["<!-- policywright:processors -->", "<!-- /policywright:processors -->", "<!-- policywright:retention format=list -->", "<!-- /policywright:retention -->", "<!-- policywright:controller -->", "<!-- /policywright:controller -->", "| x |", "text", "", "```", "<!-- policywright:", "<!--"];
  let seed = 7;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  for (let i = 0; i < 300; i++) {
    const text = Array.from({ length: 1 + rand(10) }, () => parts[rand(parts.length)]).join(rand(2) ? "\n" : "\r\n");
    const found = stale(text);
    for (const f of found) for (const e of f.fixes?.[0]?.edits ?? []) {
      const before = text.slice(0, e.start);
      assert.ok(/<!-- policywright:\w+[^\n]*-->\r?\n$/.test(before), `edit not right after an opening marker: ${JSON.stringify(text)}`);
      assert.match(text.slice(e.end), /^<!-- \/policywright:/);
    }
  }
});
