// German policies: every language-dependent rule, positive and negative, the period
// grammar, dates and negations, read through the German pack.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, findingsOf, subjects } from "../helpers.mjs";

const de = (body) => `---\nlang: de\n---\n\n${body}\n`;
const DE = core.packFor("de");
const M = {
  controller: { name: "Nordwerk GmbH", email: "datenschutz@nordwerk.example", country: "DE" },
  processors: [
    { name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" },
    { name: "Sentry", purpose: "Fehler", category: "error-monitoring", country: "US", transfer: "scc", retention: "30 days" },
    { name: "Google Analytics", purpose: "Statistik", category: "analytics", country: "US", transfer: "dpf", consent: false },
  ],
  retention: [{ data: "Server-Logfiles", period: "14 Tage" }, { data: "Rechnungen", period: "zehn Jahre" }],
};

test("periods: number words to one hundred, units in every case, qualifiers", () => {
  const got = (s) => core.findDurations(s, 0, DE).map((d) => [d.period.amount, d.period.unit]);
  assert.deepEqual(got("nach sieben Tagen, bis zu zehn Jahre, 12 Monate, binnen eines Monats"), [[7, "day"], [10, "year"], [12, "month"], [1, "month"]]);
  assert.deepEqual(got("vierundzwanzig Stunden und dreißig Tage, einhundert Jahre"), [[24, "hour"], [30, "day"], [100, "year"]]);
  assert.deepEqual(got("einundneunzig Wochen; 2 Std."), [[91, "week"], [2, "hour"]]);
  assert.deepEqual(got("Die Tagesordnung und das Jahresende"), []);
});

test("manifest periods in German or French parse like English ones", () => {
  for (const [v, amount, unit] of [["drei Jahre", 3, "year"], ["bis zu 30 Tage", 30, "day"], ["höchstens sechs Monate", 6, "month"], ["13 mois", 13, "month"], ["trois ans", 3, "year"], ["pendant 90 jours", 90, "day"]]) {
    assert.deepEqual(core.parsePeriod(v), { kind: "duration", amount, unit }, v);
  }
  assert.equal(core.parsePeriod("bis zur Löschung des Kontos").kind, "until");
  assert.equal(core.parsePeriod("dreimal täglich"), undefined);
});

test("dates: Stand: 1. März 2026, 01.03.2026, Jänner, month and year", () => {
  const d = (s) => core.parseDate(s, DE)?.date?.toISOString().slice(0, 10);
  assert.equal(d("1. März 2026"), "2026-03-01");
  assert.equal(d("01.03.2026"), "2026-03-01");
  assert.equal(d("3. Jänner 2026"), "2026-01-03");
  assert.equal(d("September 2026"), "2026-09-01");
  const found = core.findPolicyDate("# Datenschutz\n\nStand: 1. März 2026\n", undefined, 0, undefined, DE);
  assert.equal(found.text, "1. März 2026");
  assert.equal(core.findPolicyDate("Zuletzt aktualisiert am 14.10.2026", undefined, 0, undefined, DE).text, "14.10.2026");
  assert.equal(core.findPolicyDate("Der Stand der Technik wird beachtet.", undefined, 0, undefined, DE), undefined);
});

test("stale-date: a German date is read; a missing one is reported; the fix writes German", () => {
  assert.deepEqual(findingsOf(de("# Datenschutz\n\nStand: 1. März 2025"), undefined, "stale-date"), []);
  assert.equal(findingsOf(de("# Datenschutz\n\nKein Datum hier."), undefined, "stale-date").length, 1);
  const future = findingsOf(de("# Datenschutz\n\nStand: 1. März 2031"), undefined, "stale-date")[0];
  assert.match(future.fixes[0].edits[0].newText, /^15\. Juni 2025$/);
});

test("retention-mismatch: '8 Jahre' against 'zehn Jahre', dative plurals, processor periods", () => {
  const fs = findingsOf(de("## Speicherdauer\n\n- Server-Logfiles: 30 Tage\n- Rechnungen bewahren wir 8 Jahre auf.\n\nSentry löscht Fehlerberichte nach 90 Tagen."), M, "retention-mismatch");
  assert.deepEqual(subjects(fs), ["Rechnungen", "Sentry", "Server-Logfiles"]);
  assert.deepEqual(findingsOf(de("## Speicherdauer\n\n- Server-Logfiles: vierzehn Tage\n- Rechnungen: zehn Jahre\n\nSentry löscht Fehlerberichte nach 30 Tagen."), M, "retention-mismatch"), []);
  // a response time is not a retention period
  assert.deepEqual(findingsOf(de("Anfragen zu Rechnungen beantworten wir innerhalb von 30 Tagen."), M, "retention-mismatch"), []);
});

test("country-mismatch: 'Sentry (Irland)', a Sitz column, 'mit Sitz in'", () => {
  assert.deepEqual(subjects(findingsOf(de("Wir nutzen Sentry (Irland) für Fehlerberichte."), M, "country-mismatch")), ["Sentry"]);
  assert.deepEqual(subjects(findingsOf(de("| Dienstleister | Zweck | Sitz |\n|---|---|---|\n| Hetzner Online GmbH | Hosting | Finnland |"), M, "country-mismatch")), ["Hetzner"]);
  assert.deepEqual(subjects(findingsOf(de("Hetzner, mit Sitz in den Vereinigten Staaten, hostet die Website."), M, "country-mismatch")), ["Hetzner"]);
  assert.deepEqual(findingsOf(de("Wir nutzen Sentry (USA) und Hetzner mit Sitz in Deutschland."), M, "country-mismatch"), []);
});

test("transfer-contradiction: 'Ihre Daten verlassen die EU nicht', with and without exceptions", () => {
  assert.deepEqual(subjects(findingsOf(de("Ihre Daten verlassen die EU nicht."), M, "transfer-contradiction")), ["Google Analytics", "Sentry"]);
  assert.deepEqual(subjects(findingsOf(de("Alle Daten werden ausschließlich in Deutschland gespeichert."), M, "transfer-contradiction")), ["Google Analytics", "Sentry"]);
  assert.deepEqual(subjects(findingsOf(de("Mit Ausnahme von Sentry verarbeiten alle Dienstleister Ihre Daten ausschließlich innerhalb der Europäischen Union."), M, "transfer-contradiction")), ["Google Analytics"]);
  assert.deepEqual(findingsOf(de("Übermittlungen in die USA erfolgen nur auf Grundlage von Standardvertragsklauseln."), M, "transfer-contradiction"), []);
  assert.deepEqual(findingsOf(de("Deine Trainingsdaten bleiben auf deinem Gerät."), M, "transfer-contradiction"), []);
});

test("consent-contradiction: 'keine Analyse-Tools', verb-final denials, 'nur mit Ihrer Einwilligung'", () => {
  assert.deepEqual(subjects(findingsOf(de("Wir setzen keine Analyse- oder Tracking-Tools ein."), M, "consent-contradiction")), ["Google Analytics"]);
  assert.deepEqual(subjects(findingsOf(de("Analyse- oder Tracking-Cookies verwenden wir nicht."), M, "consent-contradiction")), ["Google Analytics"]);
  assert.deepEqual(subjects(findingsOf(de("Google Analytics laden wir nur mit Ihrer Einwilligung."), M, "consent-contradiction")), ["Google Analytics"]);
  assert.deepEqual(findingsOf(de("Wir setzen nur technisch notwendige Cookies ein und keine Werbe-Cookies ohne Ihre Einwilligung."), { ...M, processors: M.processors.slice(0, 2) }, "consent-contradiction"), []);
});

test("negations: a denied name neither discloses nor is undeclared", () => {
  const m = { processors: [M.processors[0]] };
  assert.deepEqual(findingsOf(de("Wir setzen kein Google Analytics ein. Hetzner hostet die Website."), m, "undeclared-processor"), []);
  assert.deepEqual(findingsOf(de("Eine Weitergabe an Facebook findet nicht statt. Hetzner hostet die Website."), m, "undeclared-processor"), []);
  assert.deepEqual(findingsOf(de("Google Analytics setzen wir nicht ein. Hetzner hostet die Website."), m, "undeclared-processor"), []);
  // the denial closes a clause that names more than the service
  assert.deepEqual(findingsOf(de("Schriften kommen von unserem Server; eine Verbindung zu Google Fonts oder anderen Schriftanbietern findet nicht statt. Hetzner hostet die Website."), m, "undeclared-processor"), []);
  assert.deepEqual(subjects(findingsOf(de("Wir nutzen Google Analytics. Hetzner hostet die Website."), m, "undeclared-processor")), ["Google Analytics"]);
  assert.deepEqual(subjects(findingsOf(de("Wir setzen Hetzner nicht ein."), m, "undisclosed-processor")), ["Hetzner"]);
});

test("undeclared-processor: the leading name of a row in a German recipients section", () => {
  const fs = findingsOf(de("## Empfänger und Dienstleister\n\n| Dienstleister | Zweck |\n|---|---|\n| Brandt Buchhaltungsservice GmbH | Buchhaltung |\n| Hetzner | Hosting |"), { processors: [M.processors[0]] }, "undeclared-processor");
  assert.deepEqual(subjects(fs), ["Brandt Buchhaltungsservice"]);
});

const FULL = `# Datenschutzerklärung

Stand: 1. März 2025

## Verantwortlicher

Nordwerk GmbH, Hafenstraße 1, 20457 Hamburg, datenschutz@nordwerk.example

## Zwecke und Rechtsgrundlagen

Wir verarbeiten Ihre Daten, um die Website bereitzustellen (Art. 6 Abs. 1 lit. f DSGVO).

## Empfänger

Hetzner hostet die Website. Sentry verarbeitet Fehlerberichte. Google Analytics misst die Reichweite.

## Übermittlung in Drittländer

Sentry und Google Analytics verarbeiten Daten in den USA auf Grundlage von Standardvertragsklauseln.

## Speicherdauer

- Server-Logfiles: 14 Tage
- Rechnungen: zehn Jahre

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch und Datenübertragbarkeit.

## Beschwerderecht

Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren.
`;

test("missing-section: a complete German policy has every disclosure; each missing one is found", () => {
  assert.deepEqual(findingsOf(FULL, M, "missing-section"), []);
  const cut = (heading) => FULL.replace(new RegExp(`## ${heading}[\\s\\S]*?(?=\\n## |$)`), "");
  assert.deepEqual(subjects(findingsOf(cut("Beschwerderecht"), M, "missing-section")), ["complaint"]);
  assert.deepEqual(subjects(findingsOf(cut("Ihre Rechte"), M, "missing-section")), ["rights"]);
  assert.deepEqual(subjects(findingsOf(cut("Speicherdauer"), M, "missing-section")), ["retention"]);
  assert.deepEqual(subjects(findingsOf(FULL.replace("Stand: 1. März 2025", ""), M, "missing-section")), ["last-updated"]);
});

test("placeholder: German fill-ins and markers, not ordinary brackets", () => {
  assert.deepEqual(subjects(findingsOf(de("Firmenbuch: FN [Firmenbuchnummer], Anschrift: [Adresse]. Hier einfügen."), undefined, "placeholder")), ["Hier einfügen", "[Adresse]", "[Firmenbuchnummer]"]);
  assert.deepEqual(findingsOf(de("Siehe [Art. 13 DSGVO](https://dsgvo-gesetz.de/art-13-dsgvo/) und [1]."), undefined, "placeholder"), []);
});

test("contact-mismatch: another domain given as the privacy contact in German", () => {
  const fs = findingsOf(de("Anfragen zum Datenschutz richten Sie an datenschutz@andere-firma.example."), M, "contact-mismatch");
  assert.deepEqual(subjects(fs), ["datenschutz@andere-firma.example", "datenschutz@nordwerk.example"]);
  assert.deepEqual(findingsOf(de("Datenschutzanfragen: datenschutz@nordwerk.example. Bestellungen: shop@nordwerk.example"), M, "contact-mismatch"), []);
});

test("missing-section: purposes said with a participle ('werden … gespeichert, um dein Anliegen zu bearbeiten')", () => {
  // from a real personal site's policy: no purposes heading, the purpose in the sentence
  const body = "# Datenschutzerklärung\n\n**Verantwortlich:** Nordwerk GmbH, datenschutz@nordwerk.example\n\nSchreibst du uns eine E-Mail, werden die Angaben von uns gespeichert, um dein Anliegen zu bearbeiten.\n";
  const purposes = (t) => findingsOf(de(t), M, "missing-section").filter((f) => f.subject === "purposes");
  assert.deepEqual(purposes(body), []);
  assert.equal(purposes(body.replace(", um dein Anliegen zu bearbeiten", "")).length, 1, "without the purpose it is missing");
});
