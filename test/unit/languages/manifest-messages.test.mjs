// manifest-invalid in the display language: the schema's messages (zod) are German or French,
// while the YAML keys, the allowed values and the finding's subject stay as written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { core, ROOT } from "../helpers.mjs";

const BROKEN = `version: 2
controller:
  name: Kranich Reisen GmbH
  email: datenschutz-at-kranich
  country: Deutschland
regimes: gdpr
processors:
  - name: Postmark
    purpose: E-Mails
    category: e-mail
    transfer: Standard Contractual Clauses
    retention: ewig
    consent: vielleicht
  - purpose: Hosting
retention:
  - data: Rechnungen
    period: 10 Jahre
  - data: Logs
    period: bald
`;

function findings(lang) {
  const bundle = lang === "en" ? {} : JSON.parse(readFileSync(join(ROOT, `l10n/bundle.l10n.${lang}.json`), "utf8"));
  core.setMessageLanguage(lang, (m, args) => core.fill(bundle[m] ?? m, args));
  try {
    return core.parseManifest(BROKEN).findings.map((f) => [f.subject, f.message]);
  } finally {
    core.setMessageLanguage("en", core.fill);
  }
}

test("manifest-invalid speaks German and French; subjects are the same in every language", () => {
  const en = findings("en");
  const de = findings("de");
  const fr = findings("fr");
  assert.deepEqual(de.map(([s]) => s), en.map(([s]) => s));
  assert.deepEqual(fr.map(([s]) => s), en.map(([s]) => s));
  const by = (list, subject) => list.find(([s]) => s === subject)?.[1];
  assert.equal(by(en, "version"), "version must be 1");
  assert.equal(by(de, "version"), "version muss 1 sein");
  assert.equal(by(de, "controller.email"), "„datenschutz-at-kranich“ ist keine E-Mail-Adresse");
  assert.equal(by(fr, "controller.email"), "« datenschutz-at-kranich » n’est pas une adresse e-mail");
  assert.match(by(de, "controller.country"), /^country „Deutschland“ ist kein Ländercode nach ISO 3166-1 alpha-2, weder EU noch EEA; meinten Sie „DE“\?$/);
  assert.equal(by(de, "regimes"), "regimes muss eine Liste sein, z. B. [gdpr, ccpa]");
  assert.match(by(de, "processors[0].category"), /^„e-mail“ ist keine Kategorie; meinten Sie „email“\? \(zulässig: .*hosting.*\)$/);
  assert.match(by(fr, "processors[0].transfer"), /^« Standard Contractual Clauses » n’est pas un mécanisme de transfert ; écrivez « scc » \(valeurs possibles : scc \| adequacy/);
  assert.match(by(de, "processors[0].retention"), /^„ewig“ ist keine Frist: schreiben Sie „N Tage\|Wochen\|Monate\|Jahre\|Stunden“/);
  assert.equal(by(de, "processors[0].consent"), "consent muss true oder false sein");
  assert.equal(by(fr, "processors[1].name"), "name est obligatoire");
  assert.match(by(fr, "retention[1].period"), /^« bald » n’est pas une durée : écrivez « N jours/);
  // "10 Jahre" is a period in German, so it is not reported
  assert.equal(by(en, "retention[0].period"), undefined);
  // nothing English is left in the German messages but keys, values and names
  for (const [, m] of de) assert.doesNotMatch(m.replace(/'[^']*'|„[^“]*“|\([^)]*\)|\[[^\]]*\]/g, ""), /\b(?:must|is not|required|write|one of|did you mean)\b/, m);
});
