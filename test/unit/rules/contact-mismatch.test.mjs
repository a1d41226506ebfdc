// contact-mismatch: controller.email (or dpo) never given, or another domain given as the privacy contact.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, findingsOf, covered, manifestText, subjects } from "../helpers.mjs";

const RULE = "contact-mismatch";
const MANIFEST = { processors: [{ name: "Hetzner", purpose: "Hosting", country: "DE" }] };
const DPO = { ...MANIFEST, controller: { dpo: "dpo@pikkulintu.example" } };
const run = (policy, manifest = MANIFEST) => findingsOf(policy, manifest, RULE);

test("the controller's address given: no finding", () => {
  assert.deepEqual(run("# Privacy\n\nWrite to privacy@pikkulintu.example.\n"), []);
  assert.deepEqual(run("# Privacy\n\nWrite to PRIVACY@Pikkulintu.example.\n"), [], "addresses compare case-insensitively");
});

test("an address in a code span counts (a reader sees it)", () => {
  assert.deepEqual(run("# Privacy\n\nWrite to `privacy@pikkulintu.example`.\n"), []);
});

// "privacy@pikkulintu.example" written as character references, as sites do against harvesters
const ENCODED = [..."privacy@pikkulintu.example"].map((c) => (/[a-z]/.test(c) ? c : `&#${c.charCodeAt(0)};`)).join("");

test("an address written as HTML character references is the address a reader sees", () => {
  assert.deepEqual(run(`# Privacy\n\nWrite to ${ENCODED}.\n`), []);
  assert.deepEqual(run("# Privacy\n\nWrite to privacy&commat;pikkulintu&period;example.\n"), [], "named references too");
  const other = run(`# Privacy\n\nWrite to privacy@pikkulintu.example. For data protection requests write to ${ENCODED.replace("pikkulintu", "helpdesk-partner")}.\n`);
  assert.deepEqual(other.map((f) => f.subject), ["privacy@helpdesk-partner.example"], "an encoded address on another domain is reported, decoded");
});

test("an encoded address identifies the controller's contact (the controller disclosure is present)", () => {
  const policy = `# Privacy\n\n## Controller\n\nPikkulintu Oy, Helsinki\n${ENCODED}\n`;
  const m = { ...MANIFEST, controller: { name: "Pikkulintu Oy", email: "privacy@pikkulintu.example", country: "FI" } };
  assert.deepEqual(findingsOf(policy, m, "missing-section").filter((f) => f.subject === "controller"), []);
  assert.equal(findingsOf(policy.replace(ENCODED, "by post"), m, "missing-section").filter((f) => f.subject === "controller").length, 1, "without it the contact is missing");
});

test("an address written in a template's arguments is shown by it ({{< cloakemail address=… >}})", () => {
  // from a real Hugo site: the theme's shortcode renders the address, guarded against harvesters
  assert.deepEqual(run('# Privacy\n\nWrite to us:\n{{< cloakemail address="privacy@pikkulintu.example" >}}\n'), []);
  assert.deepEqual(run('# Privacy\n\nWrite to us: {% include email.html to="privacy@pikkulintu.example" %}\n'), [], "a Liquid include too");
  assert.deepEqual(subjects(run("# Privacy\n\nWrite to us:\n{{< cloakemail >}}\n")), ["privacy@pikkulintu.example"], "a template without an address shows none");
});

test("an address only inside an HTML comment does not count", () => {
  const fs = run("# Privacy\n\n<!-- privacy@pikkulintu.example -->\nWrite to us.\n");
  assert.deepEqual(fs.map((f) => f.subject), ["privacy@pikkulintu.example"]);
});

test("never given: subject is the manifest address, anchored at the contact heading, with a fix", () => {
  const policy = "# Privacy\n\n## Contact\n\nWrite to us by post.\n";
  const [f, ...rest] = run(policy);
  assert.equal(rest.length, 0);
  assert.equal(f.subject, "privacy@pikkulintu.example");
  assert.equal(f.severity, "warning");
  assert.equal(covered(policy, f), "Contact");
  const fixed = core.applyEdits(policy, f.fixes.find((x) => x.preferred).edits);
  assert.match(fixed, /## Contact\n\n.*privacy@pikkulintu\.example/);
  assert.deepEqual(run(fixed), []);
});

test("another domain given as a privacy contact: subject and range are that address", () => {
  const policy = "# Privacy\n\nWrite to privacy@pikkulintu.example. For data protection requests you may also write to requests@helpdesk-partner.example.\n";
  const fs = run(policy);
  assert.deepEqual(fs.map((f) => [f.subject, covered(policy, f)]), [["requests@helpdesk-partner.example", "requests@helpdesk-partner.example"]]);
});

test("another domain outside a privacy context is not a mismatch", () => {
  assert.deepEqual(run("# Privacy\n\nWrite to privacy@pikkulintu.example. Questions about your trip: bookings@tours.example.\n"), []);
});

test("another address on the same domain is fine", () => {
  assert.deepEqual(run("# Privacy\n\nFor data protection requests write to privacy@pikkulintu.example or support@pikkulintu.example.\n"), []);
  assert.deepEqual(run("# Privacy\n\nFor data protection requests write to privacy@pikkulintu.example or gdpr@mail.pikkulintu.example.\n"), []);
});

test("dpo set but never given: subject is the dpo address, even if another DPO address is shown", () => {
  const fs = run("# Privacy\n\nWrite to privacy@pikkulintu.example. Our data protection officer: officer@pikkulintu.example.\n", DPO);
  assert.deepEqual(fs.map((f) => f.subject), ["dpo@pikkulintu.example"]);
  assert.deepEqual(run("# Privacy\n\nWrite to privacy@pikkulintu.example. Our DPO: dpo@pikkulintu.example.\n", DPO), []);
});

test("no dpo in the manifest: no dpo finding", () => {
  assert.deepEqual(run("# Privacy\n\nWrite to privacy@pikkulintu.example.\n"), []);
});

test("no manifest: the rule is silent", () => {
  assert.deepEqual(findingsOf("# Privacy\n\nWrite to someone@else.example about privacy.\n", undefined, RULE), []);
});

test("a manifest with a contact form and no e-mail does not demand an address", () => {
  const text = "version: 1\ncontroller:\n  name: Pikkulintu Oy\n  contact: https://pikkulintu.example/privacy-request\nprocessors: []\n";
  const fs = core.analyze("# Privacy\n\nUse our form at https://pikkulintu.example/privacy-request.\n", core.parseManifest(text)).findings;
  assert.deepEqual(fs.filter((f) => f.rule === RULE), []);
});

test("a supervisory authority's address in a complaint sentence is the authority's, not ours", () => {
  // real policy: a regional section that names the regulator and its enquiries address
  const regulator = "# Privacy\n\nWrite to privacy@pikkulintu.example. If you are unhappy with how we handle a complaint, you can contact the Information Regulator (South Africa), general enquiries at enquiries@inforegulator.example.\n";
  assert.deepEqual(run(regulator), []);
  // an address of ours on another domain in the same kind of sentence still counts
  const ours = "# Privacy\n\nWrite to privacy@pikkulintu.example. If you are unhappy with how we handle a complaint, write to complaints@pikkulintu-help.example.\n";
  assert.deepEqual(run(ours).map((f) => f.subject), ["complaints@pikkulintu-help.example"]);
});
