// How the policy's language is chosen (spec §6): front matter, setting, file name, folder,
// detection; and what happens on a language no pack reads.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { core, check, NOW } from "../helpers.mjs";

const DE = "Wir verarbeiten Ihre personenbezogenen Daten nur, soweit dies für die Bereitstellung unserer Website erforderlich ist. Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten.";
const FR = "Nous traitons vos données personnelles uniquement pour fournir notre service. Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.";
const EN = "We process your personal data only to provide our service. You have the right to access, correct and erase your data at any time. We keep it only as long as we need it for that purpose.";
const RU = "Настоящая политика конфиденциальности определяет порядок обработки и защиты персональных данных пользователей нашего сайта. Мы обрабатываем ваши данные только для оказания услуг.";
const FI = "Tässä tietosuojaselosteessa kerrotaan, miten käsittelemme henkilötietojasi palvelussamme. Käsittelemme tietoja vain palvelun tarjoamiseksi ja säilytämme niitä vain tarvittavan ajan. Sinulla on oikeus tarkastaa ja korjata tietosi.";

const lang = (text, hints) => core.parsePolicy(text, hints).language;

test("detected from the text when nothing names it", () => {
  assert.deepEqual([lang(DE), lang(FR), lang(EN)].map((l) => [l.code, l.reason]), [["de", "detected"], ["fr", "detected"], ["en", "detected"]]);
  assert.equal(lang(RU).code, "ru");
  assert.equal(lang(RU).supported, false);
  assert.equal(lang(FI).code, "fi");
});

test("a few words are not enough to detect: English, the default", () => {
  const l = lang("# Datenschutz\n\nTODO");
  assert.deepEqual([l.code, l.reason], ["en", "default"]);
});

test("front matter lang or language wins, as BCP 47 (de-AT counts as de)", () => {
  const l = lang(`---\nlang: de-AT\n---\n\n${FR}`);
  assert.deepEqual([l.code, l.reason, l.written], ["de", "front-matter", "de-AT"]);
  assert.equal(lang(`---\nlanguage: fr\n---\n\n${DE}`).code, "fr");
});

test("order: front matter, then the setting, then the file name, then the folder, then detection", () => {
  assert.deepEqual([lang(EN, { setting: "fr", path: "legal/privacy.de.md" }).code, lang(EN, { setting: "fr" }).reason], ["fr", "setting"]);
  const byName = lang(EN, { path: "legal/datenschutz.de.mdx" });
  assert.deepEqual([byName.code, byName.reason], ["de", "file-name"]);
  const byFolder = lang(EN, { path: "content/fr/privacy.md" });
  assert.deepEqual([byFolder.code, byFolder.reason], ["fr", "folder"]);
  assert.equal(lang(DE, { path: "docs/privacy.md" }).reason, "detected");
  assert.equal(lang(DE, { setting: "auto" }).reason, "detected");
});

test("a path naming a language no pack reads does not overrule the text: ca/ is California, not Catalan", () => {
  const ca = lang(EN, { path: "ca/privacy.md" });
  assert.deepEqual([ca.code, ca.reason, ca.supported], ["en", "detected", true]);
  const named = lang(EN, { path: "legal/privacy.ca.md" });
  assert.deepEqual([named.code, named.reason], ["en", "detected"]);
  // a folder such as uk/ (the United Kingdom) never makes a short policy Ukrainian
  const short = lang("# Privacy\n\nTODO", { path: "legal/uk/privacy.md" });
  assert.deepEqual([short.code, short.reason, short.supported], ["en", "default", true]);
  // an explicit suffix on a file the detector cannot read still names its language
  const ru = lang("# Политика\n\nTODO", { path: "legal/privacy.ru.md" });
  assert.deepEqual([ru.code, ru.reason, ru.supported], ["ru", "file-name", false]);
});

test("a real French policy whose detector score is low but far ahead of the rest is French, not the English default", () => {
  const text = readFileSync(new URL("../../corpus/defr/piaf-saclay-association-fr/policy.md", import.meta.url), "utf8");
  const l = lang(text);
  assert.deepEqual([l.code, l.reason], ["fr", "detected"]);
});

test("a front matter lang that is not a tag: one warning, the next source decides", () => {
  const text = `---\nlang: Deutsch bitte\n---\n\n# Datenschutzerklärung\n\n${DE}`;
  const l = lang(text);
  assert.deepEqual([l.code, l.reason, l.invalid], ["de", "detected", "Deutsch bitte"]);
  const fs = check(text, undefined).findings.filter((f) => f.rule === "unsupported-language");
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, "warning");
  assert.equal(text.slice(fs[0].start, fs[0].end), "lang: Deutsch bitte");
});

const MANIFEST = {
  processors: [{ name: "Stripe", purpose: "Payments", category: "payments", country: "US", retention: "7 years" }],
  retention: [{ data: "Logs", period: "14 days" }],
};

test("an unsupported language: one info finding, the language-independent rules still run", () => {
  const text = `# Политика конфиденциальности\n\n${RU}\n\nПлатежи обрабатывает Google Analytics. Логи хранятся 30 дней. Контакт: [Company Name].\n`;
  const fs = check(text, MANIFEST).findings;
  const rules = [...new Set(fs.map((f) => f.rule))].sort();
  assert.deepEqual(rules, ["contact-mismatch", "placeholder", "undeclared-processor", "undisclosed-processor", "unsupported-language"]);
  const info = fs.find((f) => f.rule === "unsupported-language");
  assert.equal(info.severity, "info");
  assert.equal(info.subject, "ru");
  assert.match(info.message, /Russian/);
  assert.match(info.message, /English, German and French/);
});

test("a front matter lang naming an unsupported language silences the language-dependent rules too", () => {
  const fs = check(`---\nlang: fi\n---\n\n${EN}\n\nWe keep logs for 30 days.\n`, MANIFEST).findings;
  assert.ok(fs.some((f) => f.rule === "unsupported-language" && f.subject === "fi"));
  assert.ok(!fs.some((f) => ["missing-section", "stale-date", "retention-mismatch"].includes(f.rule)));
});

test("an English policy with a German imprint is read in English", () => {
  const text = `# Privacy Policy\n\nLast updated: 2 May 2025\n\n${EN} ${EN}\n\nWe keep logs for 30 days and then delete them.\n\n## Impressum\n\nBeispiel GmbH, Musterstraße 1, 10115 Berlin. Geschäftsführer: Max Mustermann.\n`;
  const a = check(text, MANIFEST, { now: NOW });
  assert.equal(a.doc.language.code, "en");
  assert.ok(a.findings.some((f) => f.rule === "retention-mismatch" && f.subject === "Logs"));
});

test("the CLI's JSON gives the language and why", async () => {
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const { CLI } = await import("../helpers.mjs");
  const dir = mkdtempSync(join(tmpdir(), "pw-lang-"));
  try {
    writeFileSync(join(dir, "datenschutz.de.md"), `# Datenschutz\n\n${EN}\n`);
    writeFileSync(join(dir, "privacy.md"), `# Politique\n\n${FR}\n`);
    let out;
    try {
      out = execFileSync(process.execPath, [CLI, "check", "datenschutz.de.md", "privacy.md", "--format", "json"], { cwd: dir, encoding: "utf8" });
    } catch (e) {
      out = e.stdout;
    }
    const files = JSON.parse(out).files;
    assert.deepEqual(files.map((f) => [f.path, f.language, f.languageReason]), [["datenschutz.de.md", "de", "file-name"], ["privacy.md", "fr", "detected"]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
