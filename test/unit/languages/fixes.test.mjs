// Fixes other than whole clauses write the policy's language (contact lines, the recipients
// heading and rows, generated blocks, periods), the fixed policy re-checks without the finding,
// and messages and fix titles give citations and periods in the display language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { core, check, ROOT } from "../helpers.mjs";
import { join } from "node:path";

/** Applies the first fix of the first finding of `rule` (optionally with `subject`) to the policy. */
function fixed(text, manifest, rule, subject) {
  const f = check(text, manifest).findings.find((x) => x.rule === rule && (subject === undefined || x.subject === subject));
  assert.ok(f, `${rule} ${subject ?? ""} is reported`);
  const fix = f.fixes.find((x) => x.edits.every((e) => e.file === "policy"));
  assert.ok(fix, `${rule} has a policy fix`);
  const out = core.applyEdits(text, fix.edits.filter((e) => e.file === "policy"));
  const inserted = fix.edits.map((e) => e.newText).join("\n");
  return { out, inserted, fix };
}

/** English words a German or French insertion must not contain. */
const ENGLISH = /\b(?:the|we|you|your|our|for|write|reached|who|receives|personal data|what|does|United States|Germany|Processor|Purpose|Country|Safeguard|required|years?|months?|Standard Contractual)\b/;

/** Runs `fn` with messages in `lang` (through the shipped bundle, as the CLI and server do). */
function inLanguage(lang, fn) {
  const bundle = lang === "en" ? {} : JSON.parse(readFileSync(join(ROOT, `l10n/bundle.l10n.${lang}.json`), "utf8"));
  core.setMessageLanguage(lang, (m, args) => core.fill(bundle[m] ?? m, args));
  try {
    return fn();
  } finally {
    core.setMessageLanguage("en", core.fill);
  }
}

const DE = `---\nlang: de\n---\n# Datenschutzerklärung\n\nStand: 1. März 2025\n\n## Verantwortlicher\n\nVerantwortlich ist die Kranich Reisen GmbH, Hafenstraße 4, Hamburg.\n\n## Speicherdauer\n\nKontaktanfragen löschen wir nach sechs Monaten. Buchungsbelege bewahren wir für acht Jahre auf.\n`;
const FR = `---\nlang: fr\n---\n# Politique de confidentialité\n\nDernière mise à jour : 1er mars 2025\n\n## Responsable du traitement\n\nLe responsable du traitement est Atelier Mistral SAS, Lyon.\n\n## Durée de conservation\n\nNous conservons les factures pendant huit ans.\n`;
const M_DE = {
  controller: { name: "Kranich Reisen GmbH", email: "datenschutz@kranich.example", dpo: "dsb@kranich.example", country: "DE" },
  processors: [{ name: "Postmark", purpose: "Transaktionale E-Mails", category: "email", country: "US", transfer: "scc" }],
  retention: [{ data: "Kontaktanfragen", period: "3 months" }, { data: "Buchungsbelege", period: "10 Jahre" }],
};
const M_FR = {
  controller: { name: "Atelier Mistral SAS", email: "rgpd@mistral.example", country: "FR" },
  processors: [{ name: "Postmark", purpose: "E-mails transactionnels", category: "email", country: "US", transfer: "scc" }],
  retention: [{ data: "factures", period: "10 years" }],
};

test("contact-mismatch adds the contact and DPO lines in German and in French, and they re-check clean", () => {
  const email = fixed(DE, M_DE, "contact-mismatch", "datenschutz@kranich.example");
  assert.equal(email.inserted.trim(), "Fragen und Anliegen zum Datenschutz richten Sie bitte an datenschutz@kranich.example.");
  const dpo = fixed(email.out, M_DE, "contact-mismatch", "dsb@kranich.example");
  assert.equal(dpo.inserted.trim(), "Unseren Datenschutzbeauftragten erreichen Sie unter dsb@kranich.example.");
  assert.deepEqual(check(dpo.out, M_DE).findings.filter((f) => f.rule === "contact-mismatch" || f.rule === "placeholder").map((f) => f.subject), []);
  const fr = fixed(FR, M_FR, "contact-mismatch");
  assert.equal(fr.inserted.trim(), "Pour toute question ou demande relative à vos données personnelles, écrivez-nous à rgpd@mistral.example.");
  assert.deepEqual(check(fr.out, M_FR).findings.filter((f) => f.rule === "contact-mismatch").map((f) => f.subject), []);
  // the title is a message (display language) quoting the line in the policy's language
  assert.equal(inLanguage("de", () => fixed(FR, M_FR, "contact-mismatch").fix.title), "Ergänzen: „Pour toute question ou demande relative à vos données personnelles, écrivez-nous à rgpd@mistral.example.“");
});

test("undisclosed-processor adds a German or French recipients section with the country in that language", () => {
  const de = fixed(DE, M_DE, "undisclosed-processor", "Postmark");
  assert.match(de.inserted, /\n## Empfänger personenbezogener Daten\n\n- \*\*Postmark\*\* — Transaktionale E-Mails \(USA\)\n$/);
  assert.doesNotMatch(de.inserted, ENGLISH);
  const after = check(de.out, M_DE).findings;
  assert.deepEqual(after.filter((f) => f.rule === "undisclosed-processor" || (f.rule === "missing-section" && f.subject === "recipients")).map((f) => f.subject), []);
  const fr = fixed(FR, M_FR, "undisclosed-processor", "Postmark");
  assert.match(fr.inserted, /\n## Destinataires des données personnelles\n\n- \*\*Postmark\*\* — E-mails transactionnels \(États-Unis\)\n$/);
  assert.deepEqual(check(fr.out, M_FR).findings.filter((f) => f.rule === "undisclosed-processor").map((f) => f.subject), []);
});

test("a row added to a German table fills its Land and Garantie columns in German", () => {
  const table = DE.replace("## Speicherdauer", "## Empfänger\n\n| Dienstleister | Zweck | Land | Garantie |\n|---|---|---|---|\n| Hetzner | Hosting | Deutschland | nicht erforderlich |\n\n## Speicherdauer");
  const m = { ...M_DE, processors: [{ name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" }, ...M_DE.processors] };
  const r = fixed(table, m, "undisclosed-processor", "Postmark");
  assert.equal(r.inserted, "\n| Postmark | Transaktionale E-Mails | USA | Standardvertragsklauseln |");
  const after = check(r.out, m).findings.filter((f) => ["undisclosed-processor", "country-mismatch"].includes(f.rule));
  assert.deepEqual(after.map((f) => `${f.rule} ${f.subject}`), []);
});

test("a generated processors block in a German policy is written in German and re-checks clean", () => {
  const text = DE.replace("## Speicherdauer", "## Empfänger\n\n<!-- policywright:processors -->\n<!-- /policywright:processors -->\n\n## Speicherdauer");
  const r = fixed(text, M_DE, "generated-block-stale");
  assert.equal(r.inserted, "| Auftragsverarbeiter | Zweck | Land | Garantie |\n|---|---|---|---|\n| Postmark | Transaktionale E-Mails | USA | Standardvertragsklauseln |\n");
  const after = check(r.out, M_DE).findings.filter((f) => ["generated-block-stale", "undisclosed-processor", "country-mismatch"].includes(f.rule));
  assert.deepEqual(after.map((f) => `${f.rule} ${f.subject}`), []);
  // the retention block: the manifest's "3 months" reads "3 Monate" in a German policy, "10 Jahre" stays as written
  const ret = fixed(DE.replace("## Speicherdauer\n", "## Speicherdauer\n\n<!-- policywright:retention -->\n<!-- /policywright:retention -->\n"), M_DE, "generated-block-stale");
  assert.equal(ret.inserted, "| Daten | Speicherdauer |\n|---|---|\n| Kontaktanfragen | 3 Monate |\n| Buchungsbelege | 10 Jahre |\n");
  // French: the controller block
  const fr = fixed(FR.replace("## Durée", "<!-- policywright:controller -->\n<!-- /policywright:controller -->\n\n## Durée"), M_FR, "generated-block-stale");
  assert.equal(fr.inserted, "- **Responsable du traitement:** Atelier Mistral SAS\n- **Pays d’établissement:** France\n- **Contact pour la protection des données:** rgpd@mistral.example\n");
  // an English policy keeps its English block
  const en = fixed("# Privacy policy\n\n<!-- policywright:processors -->\n<!-- /policywright:processors -->\n", M_DE, "generated-block-stale");
  assert.match(en.inserted, /^\| Processor \| Purpose \| Country \| Safeguard \|\n.*\| Postmark \| Transaktionale E-Mails \| United States \| Standard Contractual Clauses \|/s);
});

test("retention-mismatch writes the manifest's period in the policy's language and grammatical case", () => {
  const six = fixed(DE, M_DE, "retention-mismatch", "Kontaktanfragen");
  assert.equal(six.inserted, "3 Monaten");
  assert.match(six.out, /nach 3 Monaten\./);
  const eight = fixed(six.out, M_DE, "retention-mismatch", "Buchungsbelege");
  assert.equal(eight.inserted, "10 Jahre");
  assert.deepEqual(check(eight.out, M_DE).findings.filter((f) => f.rule === "retention-mismatch").map((f) => f.subject), []);
  const fr = fixed(FR, M_FR, "retention-mismatch");
  assert.equal(fr.inserted, "10 ans");
  assert.deepEqual(check(fr.out, M_FR).findings.filter((f) => f.rule === "retention-mismatch").map((f) => f.subject), []);
  // the other fix writes the manifest in the language its value was written in
  const yaml = "version: 1\ncontroller:\n  name: Kranich Reisen GmbH\n  email: datenschutz@kranich.example\nretention:\n  - data: Buchungsbelege\n    period: 10 Jahre\n";
  const f = core.analyze(DE, core.parseManifest(yaml)).findings.find((x) => x.rule === "retention-mismatch");
  const manifestFix = f.fixes.find((x) => x.edits[0].file === "manifest");
  assert.equal(manifestFix.edits[0].newText, "8 Jahre");
});

test("messages and fix titles give citations and periods in the display language", () => {
  const complaint = (lang) => inLanguage(lang, () => check(DE, M_DE).findings.find((f) => f.rule === "missing-section" && f.subject === "complaint"));
  const en = complaint("en");
  assert.match(en.message, /\(GDPR Art\. 13\(2\)\(d\)\)/);
  const de = complaint("de");
  assert.match(de.message, /\(Art\. 13 Abs\. 2 lit\. d DSGVO\)/);
  assert.match(de.fixes[0].title, /^Klausel „Beschwerderecht“ einfügen \(Art\. 13 Abs\. 2 lit\. d DSGVO\)$/);
  const fr = complaint("fr");
  assert.match(fr.message, /\(article 13\.2\.d du RGPD\)/);
  assert.doesNotMatch(fr.message, /GDPR/);
  const period = (lang) => inLanguage(lang, () => check(DE, M_DE).findings.find((f) => f.rule === "retention-mismatch" && f.subject === "Buchungsbelege"));
  assert.match(period("de").message, /das Manifest dagegen 10 Jahre\.$/);
  assert.match(period("de").fixes[0].title, /10 Jahre/);
  assert.match(period("fr").message, /le manifeste indique 10 ans\.$/);
  assert.match(period("en").message, /the manifest says 10 years\.$/);
});
