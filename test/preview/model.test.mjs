// The preview model: what the live preview and the review page show, checked against the
// analysis it comes from (findings, mentions, and the three tables).
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, NOW, preview } from "../unit/helpers.mjs";
import { FIXTURE_POLICY, FIXTURE_MANIFEST, modelOf } from "./helpers.mjs";

const analysis = () => core.analyze(FIXTURE_POLICY, core.parseManifest(FIXTURE_MANIFEST), { now: NOW });

test("findings and mentions mirror the analysis, with lines", () => {
  const a = analysis();
  const model = preview.buildPreviewModel(a);
  assert.deepEqual(model.findings.map(({ rule, subject, start, end, severity }) => ({ rule, subject, start, end, severity })),
    a.findings.map(({ rule, subject, start, end, severity }) => ({ rule, subject, start, end, severity })));
  for (const f of model.findings) assert.equal(f.line, FIXTURE_POLICY.slice(0, f.start).split("\n").length - 1);
  assert.equal(model.mentions.length, a.mentions.length);
  for (const m of model.mentions) assert.equal(FIXTURE_POLICY.slice(m.start, m.end), m.written);
  assert.equal(model.title, "Fernleaf privacy notice");
  assert.deepEqual(model.regimes, ["gdpr"]);
  assert.equal(model.hasManifest, true);
  assert.equal(model.controller, "Fernleaf Tutoring Oy");
});

test("the model is plain JSON (the language server sends it as-is) and renders the same after the trip", () => {
  const model = modelOf();
  const plain = (v, path) => {
    if (v === null || ["string", "boolean", "undefined"].includes(typeof v)) return;
    if (typeof v === "number") return assert.ok(Number.isFinite(v), path);
    assert.ok(Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype, `${path} is a plain object or array`);
    for (const [k, x] of Object.entries(v)) plain(x, `${path}.${k}`);
  };
  plain(model, "model");
  const sent = JSON.parse(JSON.stringify(model));
  assert.deepEqual(preview.previewUpdate(sent, "file:///p.md"), preview.previewUpdate(model, "file:///p.md"));
});

test("mention statuses: disclosed, related, not in the manifest, denied, self-hosted", () => {
  const policy = "# Privacy\n\n- **Stripe** takes payments.\n- Hotjar records heatmaps.\n\nWe do not use Google Analytics.\n\nVisits are counted by Matomo, which we run on our own servers.\n";
  const yaml = "version: 1\ncontroller:\n  name: Pikkulintu Oy\n  email: privacy@pikkulintu.example\nprocessors:\n  - name: Stripe Payments Europe\n    purpose: Payments\n";
  const model = modelOf(policy, yaml);
  const status = Object.fromEntries(model.mentions.map((m) => [m.written, m.status]));
  assert.deepEqual(status, { Stripe: "related", Hotjar: "undeclared", "Google Analytics": "denied", Matomo: "self-hosted" });
  assert.equal(model.mentions.find((m) => m.written === "Stripe").processor, "Stripe Payments Europe");
  const named = modelOf(policy.replace("**Stripe**", "**Stripe Payments Europe**"), yaml);
  assert.equal(named.mentions.find((m) => m.processor).status, "disclosed");
});

test("checklist: one group per active regime, present and missing as the missing-section rule decides", () => {
  const model = modelOf(FIXTURE_POLICY, FIXTURE_MANIFEST.replace("regimes: [gdpr]", "regimes: [gdpr, ccpa]"));
  assert.deepEqual(model.checklist.map((g) => g.regime), ["gdpr", "ccpa"]);
  const missing = new Set(model.findings.filter((f) => f.rule === "missing-section").map((f) => f.subject));
  for (const g of model.checklist) {
    for (const item of g.items) {
      assert.equal(item.present, !missing.has(item.id), `${g.regime} ${item.id}`);
      if (!item.present) assert.equal(model.findings[item.findingId].subject, item.id);
      if (item.present && item.at) assert.ok(item.at.end > item.at.start);
    }
  }
  const ids = (r) => model.checklist.find((g) => g.regime === r).items.map((i) => i.id);
  assert.ok(ids("gdpr").includes("legal-basis") && !ids("ccpa").includes("legal-basis"));
  assert.ok(ids("ccpa").includes("ccpa-sale") && !ids("gdpr").includes("ccpa-sale"));
  assert.ok(ids("gdpr").includes("retention") && ids("ccpa").includes("retention"), "shared disclosures appear in both groups");
  const gdprRetention = model.checklist[0].items.find((i) => i.id === "retention");
  assert.equal(FIXTURE_POLICY.slice(gdprRetention.at.start, gdprRetention.at.end), "5. How long we keep data");
});

test("the checklist's insert-clause fix adds the missing disclosure", () => {
  const model = modelOf();
  const item = model.checklist[0].items.find((i) => i.id === "complaint");
  assert.equal(item.present, false);
  const fix = model.fixes[item.fixId];
  assert.ok(fix.edits.every((e) => e.file === "policy" && e.start === e.end), "it only inserts");
  const fixed = core.applyEdits(FIXTURE_POLICY, fix.edits);
  assert.match(fixed, /Office of the Data Protection Ombudsman/);
  const after = modelOf(fixed);
  assert.equal(after.checklist[0].items.find((i) => i.id === "complaint").present, true);
  assert.ok(!after.findings.some((f) => f.rule === "missing-section"));
});

test("processor coverage: every manifest processor, named or not, where, and the manifest's facts", () => {
  const model = modelOf();
  const rows = Object.fromEntries(model.processors.map((p) => [p.name, p]));
  assert.deepEqual(Object.keys(rows), ["UpCloud", "Stripe", "Mailgun", "Sentry", "Matomo Cloud"]);
  assert.equal(rows.Sentry.named, "no");
  assert.deepEqual(rows.Sentry.findingIds.map((id) => model.findings[id].rule), ["undisclosed-processor"]);
  assert.equal(rows.Stripe.named, "named");
  for (const p of rows.Stripe.places) assert.match(FIXTURE_POLICY.slice(p.start, p.end), /^Stripe$/);
  assert.equal(FIXTURE_POLICY.slice(rows["Matomo Cloud"].places[0].start, rows["Matomo Cloud"].places[0].end), "Matomo");
  assert.deepEqual([rows.Stripe.countries, rows.Stripe.transfer, rows.Stripe.retention, rows.Stripe.consent], [["US"], "dpf", "7 years", undefined]);
  assert.equal(rows["Matomo Cloud"].consent, true);
  const undisclosed = model.findings.filter((f) => f.rule === "undisclosed-processor").map((f) => f.subject);
  assert.deepEqual(model.processors.filter((p) => p.named === "no").map((p) => p.name), undisclosed);
  const html = preview.renderPanels(model, { interactive: true });
  assert.match(html, /<th scope="row"><span class="pw-proc-name">Stripe<\/span>[\s\S]*?<td>United States<\/td><td>EU–US Data Privacy Framework<\/td><td>7 years<\/td>/);
  assert.match(html, /<span class="pw-proc-name">Matomo Cloud<\/span>[\s\S]*?only after consent/);
});

test("a link to the published sub-processor list covers processors the text does not name", () => {
  const yaml = FIXTURE_MANIFEST.replace("regimes: [gdpr]", "regimes: [gdpr]\ndisclosure:\n  list: https://fernleaf.example/subprocessors");
  const model = modelOf(FIXTURE_POLICY.replace("## 4.", "The full list is at [our sub-processor page](https://fernleaf.example/subprocessors).\n\n## 4."), yaml);
  assert.equal(model.processors.find((p) => p.name === "Sentry").named, "list");
  assert.match(preview.renderPanels(model, { interactive: false }), /via the published list/);
});

test("retention: what the policy says beside the manifest, mismatches as the rule reports them", () => {
  const model = modelOf();
  const rows = Object.fromEntries(model.retention.map((r) => [r.subject, r]));
  assert.deepEqual(Object.keys(rows), ["Lesson recordings", "Chat messages", "Invoices", "Stripe", "Mailgun", "Sentry"]);
  assert.deepEqual(rows["Lesson recordings"].claims.map((c) => [c.text, c.status]), [["14 days", "match"]]);
  assert.equal(rows["Lesson recordings"].store, "UpCloud");
  assert.deepEqual(rows["Chat messages"].claims.map((c) => [c.text, c.status]), [["2 years", "mismatch"]]);
  assert.equal(rows["Chat messages"].status, "mismatch");
  assert.equal(rows.Mailgun.manifest, "30 days");
  assert.equal(rows.Mailgun.status, "mismatch");
  assert.equal(rows.Sentry.status, "not-stated");
  const mismatched = model.retention.filter((r) => r.status === "mismatch").map((r) => r.subject).sort();
  assert.deepEqual(mismatched, model.findings.filter((f) => f.rule === "retention-mismatch").map((f) => f.subject).sort());
  for (const r of model.retention) for (const c of r.claims) assert.equal(FIXTURE_POLICY.slice(c.start, c.end), c.text);
  assert.match(preview.renderPanels(model, { interactive: false }), /<tr class="pw-status-mismatch pw-row-bad"><th scope="row">Chat messages<\/th><td><span class="pw-claim pw-claim-mismatch"><span class="pw-period">2 years<\/span>/);
});

test("without a manifest: the checks that need none, and tables that say why they are empty", () => {
  const model = modelOf(FIXTURE_POLICY, null);
  assert.equal(model.hasManifest, false);
  assert.deepEqual([model.processors, model.retention], [[], []]);
  assert.ok(model.checklist[0].items.length > 0);
  const html = preview.renderPanels(model, { interactive: true });
  assert.match(html, /No manifest: add processors\.yaml/);
  assert.match(preview.renderSummary(model), /no processors\.yaml found/);
});
