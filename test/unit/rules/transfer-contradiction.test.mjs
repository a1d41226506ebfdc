// transfer-contradiction: the policy says data stays in a region while the manifest has
// processors elsewhere; one finding per outside processor.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingsOf, subjects, covered } from "../helpers.mjs";

const RULE = "transfer-contradiction";
const MANIFEST = {
  processors: [
    { name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" },
    { name: "Postmark", purpose: "E-mail", category: "email", country: "US", transfer: "scc" },
    { name: "Paddle", purpose: "Payments", category: "payments", country: "GB", transfer: "adequacy" },
    { name: "Mailgun", purpose: "Newsletters", category: "email", country: "EU" },
  ],
};
const run = (policy, manifest = MANIFEST) => findingsOf(policy, manifest, RULE);

test("'never leaves the EU': each processor outside the EU, range on the claim", () => {
  const policy = "# Privacy\n\nHetzner hosts everything. Your data never leaves the EU.\n";
  const fs = run(policy);
  assert.deepEqual(subjects(fs), ["Paddle", "Postmark"]);
  for (const f of fs) {
    assert.equal(covered(policy, f), "Your data never leaves the EU.");
    assert.equal(f.severity, "error");
  }
});

test("'not transferred outside the EEA'", () => {
  assert.deepEqual(subjects(run("# Privacy\n\nPersonal data is not transferred outside the EEA.\n")), ["Paddle", "Postmark"]);
});

test("a claim about a single country catches EU-wide processors too", () => {
  assert.deepEqual(subjects(run("# Privacy\n\nAll data is stored exclusively in Germany.\n")), ["Mailgun", "Paddle", "Postmark"]);
});

test("'outside the UK and the EEA' leaves a UK processor inside", () => {
  assert.deepEqual(subjects(run("# Privacy\n\nYour data is never transferred outside the UK and the EEA.\n")), ["Postmark"]);
});

test("every processor inside the claimed region: no finding", () => {
  const inside = { processors: [MANIFEST.processors[0], MANIFEST.processors[3], { name: "Scaleway", purpose: "Storage", country: "FR" }] };
  assert.deepEqual(run("# Privacy\n\nYour data never leaves the EU.\n", inside), []);
});

test("a transfer statement with safeguards is not a claim that data stays", () => {
  assert.deepEqual(run("# Privacy\n\nWe do not transfer data outside the EEA without safeguards such as the Standard Contractual Clauses.\n"), []);
  assert.deepEqual(run("# Privacy\n\nPostmark is based in the United States; transfers rely on SCCs.\n"), []);
});

test("a claim inside a code span or comment is not read", () => {
  assert.deepEqual(run("# Privacy\n\n`Your data never leaves the EU.`\n\n<!-- Your data never leaves the EU. -->\n"), []);
});

test("a processor with an invalid country is not counted", () => {
  const manifest = { processors: [{ name: "Postmark", purpose: "E-mail", country: "USA" }] };
  assert.deepEqual(run("# Privacy\n\nYour data never leaves the EU.\n", manifest), []);
});

test("'stored and processed in the United States' is one place for all data: processors elsewhere contradict it", () => {
  const policy = "# Privacy\n\nHetzner hosts the site. The information we collect is stored and processed in the United States under this policy.\n";
  assert.deepEqual(subjects(run(policy)), ["Hetzner", "Mailgun", "Paddle"]);
  // a processor's own location is not a claim about the data
  assert.deepEqual(run("# Privacy\n\nPostmark is a company that stores and processes e-mail in the United States.\n"), []);
});

test("processors the next sentences of the claim's section name under safeguards are its exceptions; the others are still reported", () => {
  // from a real developer tool's policy: storage in the EU, then the US services it sends data to
  const policy = "# Privacy\n\n## Where your data lives\n\n- Everything is kept on servers in Germany\n- Your data doesn't leave the EU for storage\n- Hetzner runs the servers\n\nWhen data goes to services in the US (Postmark), appropriate safeguards apply.\n\n## Rights\n\nPaddle handles payments under standard contractual clauses.\n";
  assert.deepEqual(subjects(run(policy)), ["Paddle"], "Postmark is named as an exception; Paddle only in another section");
  assert.deepEqual(subjects(run(policy.replace(", appropriate safeguards apply", " for e-mail"))), ["Paddle", "Postmark"], "a plain mention is no exception");
});

test("German and French: the exception in the following sentence works through the pack", () => {
  const de = "---\nlang: de\n---\n\n# Datenschutz\n\n## Speicherort\n\nIhre Daten verlassen die EU nicht. Für den E-Mail-Versand nutzen wir Postmark in den USA auf Grundlage der Standardvertragsklauseln.\n";
  assert.ok(!subjects(run(de)).includes("Postmark"), subjects(run(de)).join());
  assert.ok(subjects(run(de.replace(" auf Grundlage der Standardvertragsklauseln", ""))).includes("Postmark"), "without the safeguard it is reported");
  const fr = "---\nlang: fr\n---\n\n# Confidentialité\n\n## Hébergement\n\nVos données restent dans l'UE. Pour les e-mails, Postmark (États-Unis) est encadré par des clauses contractuelles types.\n";
  assert.ok(!subjects(run(fr)).includes("Postmark"), subjects(run(fr)).join());
  assert.ok(subjects(run(fr.replace(" est encadré par des clauses contractuelles types", " envoie les messages"))).includes("Postmark"), "without the safeguard it is reported");
});

test("a location claim in a paragraph about a self-hosted tool speaks of that tool's data", () => {
  // from a real German personal site: "eine selbst gehostete Instanz von Umami … alle Daten verbleiben unter Kontrolle in Deutschland"
  const de = "---\nlang: de\n---\n\n# Datenschutz\n\n## Analyse\n\nDiese Website verwendet eine selbst gehostete Instanz von Umami für anonyme Statistiken. Alle Daten verbleiben unter unserer Kontrolle in Deutschland.\n";
  assert.deepEqual(subjects(run(de)), []);
  assert.deepEqual(subjects(run(de.replace("eine selbst gehostete Instanz von Umami", "anonyme Zählungen"))), ["Mailgun", "Paddle", "Postmark"], "a claim not tied to a self-hosted tool is the whole service's");
  const en = "# Privacy\n\n## Analytics\n\nWe run a self-hosted instance of Plausible on our own servers. All data stays in Germany.\n";
  assert.deepEqual(subjects(run(en)), []);
});
