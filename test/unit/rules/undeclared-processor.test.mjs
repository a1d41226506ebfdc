// undeclared-processor: the policy names a third party the manifest lacks (a catalog service
// anywhere, or the leading name of a list item / table row in a recipients section).
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingsOf, subjects, covered } from "../helpers.mjs";

const RULE = "undeclared-processor";
const MANIFEST = {
  processors: [{ name: "Hetzner", aliases: ["Hetzner Online"], purpose: "Hosting", category: "hosting", country: "DE" }],
};
const run = (policy, manifest = MANIFEST) => findingsOf(policy, manifest, RULE);

test("a catalog service named in prose is reported at the name, as a warning", () => {
  const policy = "# Privacy\n\nHetzner hosts the app. The monthly digest goes out through Mailchimp.\n";
  const fs = run(policy);
  assert.deepEqual(subjects(fs), ["Mailchimp"]);
  assert.equal(covered(policy, fs[0]), "Mailchimp");
  assert.equal(fs[0].severity, "warning");
});

test("possessive and legal-suffix forms are still mentions", () => {
  const a = "# Privacy\n\nHetzner hosts the app. Mailchimp's servers send the digest.\n";
  assert.deepEqual(run(a).map((f) => covered(a, f)), ["Mailchimp"]);
  const b = "# Privacy\n\nHetzner hosts the app. Chat support is run by Intercom, Inc. for us.\n";
  assert.deepEqual(subjects(run(b)), ["Intercom"]);
});

test("the catalog's canonical name is the subject even when an alias is written", () => {
  const policy = "# Privacy\n\nHetzner hosts the app. Newsletters are sent with Sendinblue.\n";
  assert.deepEqual(subjects(run(policy)), ["Brevo"]);
});

test("a service the manifest lists (by name or alias) is not undeclared", () => {
  assert.deepEqual(run("# Privacy\n\nHetzner Online GmbH hosts the app.\n"), []);
});

test("denial sentences claim nothing", () => {
  assert.deepEqual(run("# Privacy\n\nHetzner hosts the app. We do not use Google Analytics or Facebook Pixel.\n"), []);
  assert.deepEqual(run("# Privacy\n\nHetzner hosts the app. We never load Hotjar, Mixpanel or any other tracker.\n"), []);
  assert.deepEqual(run("# Privacy\n\nHetzner hosts the app. Intercom is no longer used.\n"), []);
});

test("self-hosted software is not a third party", () => {
  assert.deepEqual(run("# Privacy\n\nHetzner hosts the app. Rate limits live in Redis on our own servers.\n"), []);
  assert.deepEqual(run("# Privacy\n\nHetzner hosts the app. We self-host Plausible for page statistics.\n"), []);
});

test("common words that are also service names are not mentions", () => {
  const policy = [
    "# Privacy",
    "",
    "Hetzner hosts the app. We segment our list by language. Each card has a colour stripe.",
    "If a message bounces we will resend it. It is plausible that you wrote to us twice.",
    "We had a notion to measure drift in reply times. The logo is a square.",
    "",
  ].join("\n");
  assert.deepEqual(run(policy), []);
});

test("code spans, fenced code, HTML comments and front matter do not count", () => {
  assert.deepEqual(run("# Privacy\n\nHetzner hosts the app. The `mixpanel_id` cookie is gone.\n"), []);
  assert.deepEqual(run("# Privacy\n\nHetzner hosts the app.\n\n```js\nIntercom('boot')\n```\n"), []);
  assert.deepEqual(run("# Privacy\n\nHetzner hosts the app.\n<!-- Zendesk was retired in 2024 -->\n"), []);
  assert.deepEqual(run("---\npolicywright: true\nreplaced: Mailchimp\n---\n# Privacy\n\nHetzner hosts the app.\n"), []);
});

test("leading names of list items and table rows in a recipients section", () => {
  const policy = [
    "# Privacy",
    "",
    "## Who receives your data",
    "",
    "- **Hetzner** — hosting in Germany",
    "- **Lintukoto Ltd** — bookkeeping",
    "- Kirjanpito Pro: invoices",
    "- Our lawyers, when a dispute needs them",
    "- Tax authorities, where the law requires",
    "",
    "| Provider | Purpose | Location |",
    "|---|---|---|",
    "| Hetzner | Hosting | Germany |",
    "| Sorsa Dashboards | Reports | Finland |",
    "",
  ].join("\n");
  const fs = run(policy);
  assert.deepEqual(fs.map((f) => covered(policy, f)), ["Lintukoto Ltd", "Kirjanpito Pro", "Sorsa Dashboards"]);
  assert.match(fs[0].subject, /^Lintukoto(?: Ltd)?$/);
  assert.deepEqual(fs.slice(1).map((f) => f.subject), ["Kirjanpito Pro", "Sorsa Dashboards"]);
});

test("a lead name joined by '&' is read whole", () => {
  const policy = "# Privacy\n\n## Recipients\n\n- **Hetzner** — hosting\n- **Novák & Partners** — external auditors\n- Berg & Sons: payroll\n";
  assert.deepEqual(run(policy).map((f) => covered(policy, f)), ["Novák & Partners", "Berg & Sons"]);
});

test("a catalog name inside the controller's own name is not a third party", () => {
  const manifest = { ...MANIFEST, controller: { name: "Thistle & Loom Ltd" } };
  assert.deepEqual(run("# Privacy at Thistle & Loom\n\nThistle & Loom Ltd sells patterns. Hetzner hosts the shop.\n", manifest), []);
  const policy = "# Privacy\n\nThistle & Loom Ltd sells patterns. Hetzner hosts the shop. Product videos are recorded with Loom.\n";
  assert.deepEqual(run(policy, manifest).map((f) => [f.subject, policy.slice(f.start, f.end)]), [["Loom", "Loom"]], "Loom on its own still counts");
});

test("a category label before the name is skipped", () => {
  const policy = "# Privacy\n\n## Sub-processors\n\n- **Hosting:** Hetzner\n- **Bookkeeping:** Tilitoimisto Virta\n";
  const fs = run(policy);
  assert.deepEqual(fs.map((f) => covered(policy, f)), ["Tilitoimisto Virta"]);
});

test("list items outside a recipients section are not recipients", () => {
  assert.deepEqual(run("# Privacy\n\n## What we collect\n\n- **Account data** — name and e-mail\n- Lintukoto Ltd appears here by accident\n\nHetzner hosts it.\n"), []);
});

test("the controller itself is not a recipient", () => {
  const manifest = { ...MANIFEST, controller: { name: "Lintukoto Oy" } };
  assert.deepEqual(run("# Privacy\n\n## Recipients\n\n- **Lintukoto Oy** — that is us\n- **Hetzner** — hosting\n", manifest), []);
});

test("the fix appends the service to the manifest", async () => {
  const { core, manifestText } = await import("../helpers.mjs");
  const text = manifestText(MANIFEST);
  const m = core.parseManifest(text);
  const [f] = core.analyze("# Privacy\n\nHetzner hosts it. Digests are sent by Mailchimp.\n", m).findings.filter((x) => x.rule === RULE);
  const edits = f.fixes[0].edits;
  assert.ok(edits.every((e) => e.file === "manifest"));
  const after = core.parseManifest(core.applyEdits(text, edits));
  assert.deepEqual(after.processors.map((p) => p.name), ["Hetzner", "Mailchimp"]);
});

test("a bold label that is itself a known service heads an item about it: the words after it are no recipient", () => {
  // from a real site: "- **Google Analytics 4:** Uses JavaScript tags to collect usage statistics"
  const m = { processors: [{ name: "Google Analytics", purpose: "Statistics", category: "analytics", country: "US", transfer: "dpf" }] };
  const policy = "# Privacy\n\n## Third parties\n\nWe share data with:\n\n- **Google Analytics 4:** Uses JavaScript tags to collect usage statistics\n- **Hosting:** Brightline Cloud stores the site\n";
  assert.deepEqual(findingsOf(policy, m, "undeclared-processor").map((f) => f.subject), ["Brightline Cloud"], "a category label is still followed by the name");
});

test("services named in a section about links to other sites are link targets, not recipients (en, de, fr)", () => {
  // from a real French app site: "Les autres sites liés depuis ici — GitHub et Discord sont des services distincts"
  const m = { processors: [{ name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" }] };
  for (const policy of [
    "# Privacy\n\n## Other sites linked from here\n\nGitHub and Discord are separate services with their own policies.\n",
    "---\nlang: de\n---\n\n# Datenschutz\n\n## Externe Links\n\nGitHub und Discord sind eigenständige Dienste mit eigenen Datenschutzerklärungen.\n",
    "---\nlang: fr\n---\n\n# Vie privée\n\n## Les autres sites liés depuis ici\n\nGitHub et Discord sont des services distincts, avec leurs propres politiques.\n",
  ]) {
    assert.deepEqual(findingsOf(policy, m, "undeclared-processor").map((f) => f.subject), [], policy);
    const used = policy.replace(/## [^\n]+/, "## Services").replace(/(GitHub)/, "We use $1 for hosting. $1");
    assert.ok(findingsOf(used, m, "undeclared-processor").some((f) => f.subject === "GitHub"), `outside a links section the service is reported: ${used}`);
  }
});
