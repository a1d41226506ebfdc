// `policywright init` on a German and a French policy: the draft's comments and fill-ins are in
// the display language (--lang or the locale), the periods in the policy's language, and the
// policy checked against its draft shows no drift.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, core, tempDir } from "../helpers.mjs";

const GERMAN = `# Datenschutzerklärung

Stand: 1. März 2026

Verantwortlicher im Sinne der DSGVO ist die Kranich Reisen GmbH, Hafenstraße 4, 20457 Hamburg. Anfragen zum Datenschutz richten Sie bitte an datenschutz@kranich-reisen.example.

## Empfänger

Wir setzen folgende Auftragsverarbeiter ein:

- **Hetzner Online** – Hosting unserer Server (Deutschland)
- **Mailjet** – Versand unserer Buchungsbestätigungen (Frankreich)
- **Vogelsang Steuerberatung** – Buchhaltung (Deutschland)

## Speicherdauer

- Buchungsunterlagen: 10 Jahre
- Anfragen über das Kontaktformular: sechs Monate
- Kundenkonto: bis zur Löschung Ihres Kontos
`;

const FRENCH = `# Politique de confidentialité

Dernière mise à jour : 1er mars 2026

Le responsable du traitement est la société Atelier Mistral SAS, 12 rue des Tanneurs, 69001 Lyon. Pour toute question relative à vos données, écrivez à rgpd@atelier-mistral.example.

## Destinataires des données

Nous faisons appel aux sous-traitants suivants :

- **OVHcloud** – hébergement du site (France)
- **Brevo** – envoi de notre lettre d'information (France)

## Durée de conservation

- Factures : 10 ans
- Messages du formulaire de contact : trois ans
- Compte client : jusqu’à la suppression de votre compte
- Lettre d'information : tant que vous restez abonné
`;

function initIn(files, args, env = {}) {
  const dir = tempDir(join(tmpdir(), "pw-init-lang-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [CLI, "init", ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "", ...env } });
  return { ...r, dir };
}

/** The findings of a check of the policy against the drafted manifest that say the two disagree. */
function drift(dir, policy) {
  const r = spawnSync(process.execPath, [CLI, "check", policy, "--format", "json"], { cwd: dir, encoding: "utf8" });
  return JSON.parse(r.stdout).files.flatMap((f) => f.findings).filter((f) => ["undisclosed-processor", "undeclared-processor", "retention-mismatch", "country-mismatch", "manifest-invalid"].includes(f.rule)).map((f) => `${f.rule} ${f.subject}`);
}

test("init --lang de on a German policy: German comments and fill-ins, German periods, no drift", () => {
  const r = initIn({ "datenschutz.md": GERMAN }, ["datenschutz.md", "--lang", "de"]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "processors.yaml geschrieben: 3 Auftragsverarbeiter (Hetzner Online, Mailjet, Vogelsang Steuerberatung), 3 Einträge zur Speicherdauer. Prüfen Sie die mit TODO markierten Zeilen.\n");
  const yaml = readFileSync(join(r.dir, "processors.yaml"), "utf8");
  assert.match(yaml, /^# Von `policywright init` aus der Datenschutzerklärung entworfen\. Prüfen Sie jede mit TODO markierte Zeile\.\n/);
  assert.match(yaml, /\n {2}name: Kranich Reisen GmbH\n {2}email: datenschutz@kranich-reisen\.example\n/);
  assert.match(yaml, /regimes: \[gdpr\] {2}# TODO: bitte prüfen\n/);
  assert.match(yaml, /- name: Vogelsang Steuerberatung\n {4}purpose: Buchhaltung {2}# TODO: bitte prüfen\n {4}category: other {2}# TODO: bitte prüfen\n/);
  assert.match(yaml, /- data: Buchungsunterlagen\n {4}period: 10 Jahre\n/);
  assert.match(yaml, /- data: "?Anfragen über das Kontaktformular"?\n {4}period: 6 Monate\n/);
  assert.match(yaml, /- data: Kundenkonto\n {4}period: "bis zur Löschung Ihres Kontos"\n/);
  // no English comment or fill-in is left (names, keys and the catalog's categories are data)
  const words = yaml.replace(/^\s*[\w-]+:/gm, "").replace(/policywright init/g, "");
  assert.doesNotMatch(words, /\b(?:check|what|does|for you|years?|months?|legal name|Drafted|Review)\b/);
  const m = core.parseManifest(yaml);
  assert.deepEqual(m.findings.map((f) => f.message), []);
  assert.deepEqual(m.retention.map((x) => core.formatPeriod(x.period)), ["10 years", "6 months", "until Löschung Ihres Kontos"].slice(0, m.retention.length));
  assert.deepEqual(drift(r.dir, "datenschutz.md"), []);
});

test("init --lang fr on a French policy: French comments, French periods, no drift", () => {
  const r = initIn({ "confidentialite.md": FRENCH }, ["confidentialite.md", "--out", "-", "--lang", "fr"]);
  assert.equal(r.status, 0, r.stderr);
  const yaml = r.stdout;
  assert.match(yaml, /^# Brouillon établi par `policywright init` à partir de la politique de confidentialité\. Vérifiez chaque ligne marquée TODO\.\n/);
  assert.match(yaml, /\n {2}email: rgpd@atelier-mistral\.example\n/);
  assert.match(yaml, /regimes: \[gdpr\] {2}# TODO : à vérifier\n/);
  assert.match(yaml, /- data: Factures\n {4}period: 10 ans\n/);
  assert.match(yaml, /- data: Messages du formulaire de contact\n {4}period: 3 ans\n/);
  assert.match(yaml, /- data: Compte client\n {4}period: "jusqu’à la suppression de votre compte"\n/);
  assert.match(yaml, /period: "?tant que vous restez abonné"?\n/);
  const words = yaml.replace(/^\s*[\w-]+:/gm, "").replace(/policywright init/g, "");
  assert.doesNotMatch(words, /\b(?:check|what|does|for you|years?|months?|legal name|Drafted|Review)\b/);
  writeFileSync(join(r.dir, "processors.yaml"), yaml);
  assert.deepEqual(drift(r.dir, "confidentialite.md"), []);
});

test("the draft's comments follow the locale; its periods stay in the policy's language", () => {
  const en = initIn({ "datenschutz.md": GERMAN }, ["datenschutz.md", "--out", "-"], { LANG: "en_GB.UTF-8" });
  assert.match(en.stdout, /^# Drafted by `policywright init` from the policy\. Review every line marked TODO\.\n/);
  assert.match(en.stdout, /period: 10 Jahre\n/);
  const fr = initIn({ "datenschutz.md": GERMAN }, ["datenschutz.md", "--out", "-"], { LANG: "fr_CH.UTF-8" });
  assert.match(fr.stdout, /regimes: \[gdpr\] {2}# TODO : à vérifier\n/);
  assert.match(fr.stdout, /period: 10 Jahre\n/);
  // the refusal to overwrite is a message too
  const again = initIn({ "datenschutz.md": GERMAN, "processors.yaml": "# meins\n" }, ["datenschutz.md", "--lang", "de"]);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /processors\.yaml existiert bereits; wählen Sie mit --out eine andere Datei \(init überschreibt nie\)/);
});

test("the add-to-manifest fix writes its fill-in and comment in the display language", () => {
  const m = core.parseManifest("version: 1\ncontroller:\n  name: Kranich Reisen GmbH\n  email: datenschutz@kranich-reisen.example\nprocessors:\n  - name: Hetzner Online\n    purpose: Hosting\n    country: DE\n");
  const policy = "# Datenschutzerklärung\n\nWir nutzen Hetzner Online für das Hosting und Mailchimp für unseren Newsletter. Ihre Daten werden nur für diese Zwecke verarbeitet.\n";
  const fixText = () => core.analyze(policy, m).findings.find((f) => f.rule === "undeclared-processor")?.fixes.find((x) => x.edits[0].file === "manifest");
  const en = fixText();
  assert.match(en.edits[0].newText, /purpose: TODO describe what Mailchimp does for you\n.*# TODO: check \(catalog default\)/s);
  core.setMessageLanguage("de", (english, args) => core.fill(JSON.parse(readFileSync(new URL("../../../l10n/bundle.l10n.de.json", import.meta.url), "utf8"))[english] ?? english, args));
  try {
    const de = fixText();
    assert.equal(de.title, "Mailchimp in das Manifest aufnehmen");
    assert.match(de.edits[0].newText, /purpose: TODO beschreiben Sie, wofür Sie Mailchimp einsetzen\n.*# TODO: bitte prüfen \(Vorgabe des Katalogs\)/s);
  } finally {
    core.setMessageLanguage("en", core.fill);
  }
});
