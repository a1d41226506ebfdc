// Phrases that real policies of the fourth held-out set (test/corpus/heldout-s6, session 6) wrote
// and the tool misread, each from the rewritten sentence of its case, with the near miss that must
// keep its finding: purposes told as "serves only to", "sert à", "…, damit"; vendor categories and
// log fields at the head of list items taken for recipients' names; German denials after a second
// coordinated name or with "nicht aktiviert"; a family name of products the manifest lists; and a
// French "Données hébergées dans l'Union européenne" claim.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingsOf } from "../helpers.mjs";

const missing = (policy, manifest) => findingsOf(policy, manifest, "missing-section").map((f) => f.subject);
const undeclared = (policy, manifest) => findingsOf(policy, manifest, "undeclared-processor").map((f) => f.subject);
const de = (body) => `---\nlang: de\n---\n\n# Datenschutzerklärung\n\n${body}\n`;
const fr = (body) => `---\nlang: fr\n---\n\n# Politique de confidentialité\n\n${body}\n`;

test("purposes: 'the anonymous information serves only to make the app better' states a purpose", () => {
  const M = { controller: { name: "Charlie Chapman", email: "privacy@darknoise.example", country: "US" }, processors: [{ name: "TelemetryDeck", purpose: "Analytics", category: "analytics", country: "DE" }] };
  // charliemchapman/dark-noise-site, _includes/privacy-text.md, as rewritten
  assert.ok(!missing("Dark Noise collects anonymous data with TelemetryDeck.\n\nDark Noise never sells or rents out your data, and the anonymous information serves only to make the app better.\n", M).includes("purposes"));
  assert.ok(!missing("Dark Noise collects anonymous data with TelemetryDeck. The data serves to improve the app.\n", M).includes("purposes"));
  // naming the tool, or a page that "serves as" something, says nothing of what the data is for
  assert.ok(missing("Dark Noise collects anonymous data with TelemetryDeck.\n\nDark Noise never sells or rents out your data.\n", M).includes("purposes"));
  assert.ok(missing("Dark Noise collects anonymous data with TelemetryDeck. This page serves as our notice.\n", M).includes("purposes"));
});

test("purposes: 'Ausgewertet werden diese Daten nur, damit die Seite störungsfrei läuft' states a purpose", () => {
  const M = { controller: { name: "Kerstin Stegemann", email: "stallcheck@web.de", country: "DE" }, processors: [{ name: "GitHub Pages", purpose: "Hosting", category: "hosting", country: "US" }] };
  // Kerstin78/stallcheck, datenschutz.md, as rewritten
  assert.ok(!missing(de("GitHub Pages erfasst Zugriffsdaten. Ausgewertet werden diese Daten nur, damit die Seite störungsfrei läuft und das Angebot besser wird."), M).includes("purposes"));
  // "damit" without a processing verb ("damit einverstanden") is no purpose
  assert.ok(missing(de("GitHub Pages erfasst Zugriffsdaten. Wenn Sie damit nicht einverstanden sind, verlassen Sie die Seite."), M).includes("purposes"));
});

test("purposes: 'Numéro de téléphone (sert à l'authentification)' states a purpose", () => {
  const M = { controller: { name: "Kin Alerte", email: "kin@alerte.example", country: "CD" }, processors: [{ name: "Firebase Authentication", purpose: "Auth", category: "authentication", country: "US" }] };
  // Andreshamuana/kinalert-docs, confidentialite.md, as rewritten
  assert.ok(!missing(fr("## Données collectées\n\n* Numéro de téléphone (sert à l'authentification via Firebase Authentication)\n* Nom ou pseudonyme"), M).includes("purposes"));
  assert.ok(missing(fr("## Données collectées\n\n* Numéro de téléphone\n* Nom ou pseudonyme"), M).includes("purposes"));
});

test("recipients: vendor categories heading a sharing list's items are not names; a named vendor still is", () => {
  const M = { controller: { name: "Ultrahope", email: "support@ultrahope.dev", country: "JP" }, processors: [{ name: "Vercel", purpose: "Hosting", category: "hosting", country: "US" }] };
  // toyamarinyon/ultrahope, privacy.md, section 4, as rewritten
  const list = "## 4. WHEN AND WITH WHOM DO WE SHARE YOUR PERSONAL INFORMATION?\n\nThe categories of third parties we may share personal information with are:\n\n- AI Platforms\n\n- Communication & Collaboration Tools\n\n- Social Networks\n\n- User Account Registration & Authentication Services\n\n- Website Hosting Service Providers (Vercel)\n";
  assert.deepEqual(undeclared(`# Privacy\n\n${list}`, M), []);
  assert.deepEqual(undeclared(`# Privacy\n\n${list}\n- Acme Analytics (usage statistics)\n`, M), ["Acme Analytics"]);
});

test("recipients: log fields listed under a hosting heading are not names (de, fr)", () => {
  const M = { controller: { name: "Milz Informatik", email: "jannis@eintrittli.ch", country: "CH" }, processors: [{ name: "GitHub Pages", aliases: ["GitHub"], purpose: "Hosting", category: "hosting", country: "US" }] };
  // MilzInformatik/eintrittli-website, datenschutz.md, as rewritten
  const fields = "## Hosting über GitHub Pages\n\nWenn Sie die Website aufrufen, schickt Ihr Browser technische Daten an die Server von GitHub, insbesondere:\n\n- IP-Adresse\n- Datum und Uhrzeit des Zugriffs\n- die aufgerufene Seite oder Datei\n- Referrer-URL (die Seite, die Sie vorher besucht haben)\n";
  assert.deepEqual(undeclared(de(fields), M), []);
  assert.deepEqual(undeclared(de(`${fields}- Mustermann Hosting GmbH\n`), M), ["Mustermann Hosting"]);
  const champs = "## Hébergement\n\nL'hébergeur GitHub Pages enregistre notamment :\n\n- Adresse IP\n- Date et heure de connexion\n- Numéro de téléphone\n";
  assert.deepEqual(undeclared(fr(champs), M), []);
});

test("denial: 'Externe Dienste wie Google Fonts oder Content Delivery Networks binden wir nicht ein' names no processor", () => {
  const M = { controller: { name: "Milz Informatik", email: "jannis@eintrittli.ch", country: "CH" }, processors: [] };
  // MilzInformatik/eintrittli-website, datenschutz.md, as rewritten
  assert.deepEqual(undeclared(de("Externe Dienste wie Google Fonts oder Content Delivery Networks binden wir nicht ein."), M), []);
  assert.deepEqual(undeclared(de("Google Fonts binden wir nicht ein."), M), []);
  // toolsucher.de: "Google Signals, Remarketing und eine Verknüpfung mit Google Ads sind nicht aktiviert."
  assert.deepEqual(undeclared(de("Google Signals, Remarketing und eine Verknüpfung mit Google Ads sind nicht aktiviert."), M), []);
  // a name in a clause of its own, before another name's denial, is still used
  assert.deepEqual(undeclared(de("Wir binden Google Fonts ein, Google Ads binden wir nicht ein."), M), ["Google Fonts"]);
  assert.deepEqual(undeclared(de("Wir nutzen Google Fonts. Google Ads ist aktiviert."), M), ["Google Fonts", "Google Ads"]);
});

test("undeclared: 'via Firebase' beside the Firebase products the manifest lists is declared; another family is not", () => {
  const M = { controller: { name: "Kin Alerte", email: "kin@alerte.example", country: "CD" }, processors: [
    { name: "Firebase Authentication", purpose: "Auth", category: "authentication", country: "US" },
    { name: "Firebase Firestore", purpose: "DB", category: "database", country: "US" },
  ] };
  // Andreshamuana/kinalert-docs, as rewritten: "Numéro de téléphone (sert à l'authentification via Firebase)"
  assert.deepEqual(undeclared(fr("* Numéro de téléphone (sert à l'authentification via Firebase)"), M), []);
  // the manifest lists no product of Amazon Web Services, so naming it is still undeclared
  assert.deepEqual(undeclared(fr("Les photos sont stockées chez Amazon Web Services."), M), ["Amazon Web Services"]);
});

test("transfer: 'Données hébergées dans l'Union européenne' claims all data stays in the EU; one processor's hosting does not", () => {
  const M = { controller: { name: "Thibaut Sauvager", email: "t@lume.example", country: "FR" }, processors: [
    { name: "Supabase", purpose: "Base de données", category: "database", country: "EU" },
    { name: "OpenAI", purpose: "IA", category: "ai", country: "US" },
  ] };
  const claims = (body) => findingsOf(fr(body), M, "transfer-contradiction").map((f) => f.subject);
  // thibaut-sauavger/lume-landing, confidentialite.md, as rewritten
  assert.deepEqual(claims("## 5. Où et combien de temps\n\n- Données **hébergées dans l'Union européenne**.\n- Gardées tant que tu utilises le service."), ["OpenAI"]);
  // "en France" is narrower than Supabase's EU
  assert.deepEqual(claims("Vos données sont stockées et traitées en France."), ["Supabase", "OpenAI"]);
  // test/corpus/defr/gym-timer-app-fr: a list item about one processor speaks of that processor's data
  assert.deepEqual(claims("- **Supabase** (base) : l'infrastructure « EU » — les données sont donc hébergées dans l'Union européenne."), []);
  // a safeguard makes it no claim
  assert.deepEqual(claims("Vos données sont hébergées en France, sauf celles que traite OpenAI avec des clauses contractuelles types."), []);
});

test("retention: 'Löschung deiner Daten (soweit keine gesetzliche Aufbewahrungspflicht besteht)' says nothing of how long data is kept", () => {
  const M = { controller: { name: "Kerstin Stegemann", email: "stallcheck@web.de", country: "DE" }, processors: [] };
  // Kerstin78/stallcheck, datenschutz.md, as rewritten: the duty appears only as a limit of the erasure right
  const rights = "## 4. Rechte der Nutzer\n\nDu kannst verlangen:\n\n- Auskunft über die zu dir gespeicherten Daten\n- Löschung deiner Daten (soweit keine gesetzliche Aufbewahrungspflicht besteht)\n";
  assert.ok(missing(de(`Schreibst du mir eine E-Mail, speichere ich deine E-Mail-Adresse zusammen mit deiner Nachricht.\n\n${rights}`), M).includes("retention"));
  // keeping data by the legal duties is a criterion
  assert.ok(!missing(de(`Rechnungen bewahren wir entsprechend den gesetzlichen Aufbewahrungspflichten auf.\n\n${rights}`), M).includes("retention"));
});

test("transfers: a third country named without the transfer explained, or a 'Datenübermittlung an Dritte' heading, is no transfers disclosure", () => {
  const M = { controller: { name: "MATHEMA GmbH", email: "info@mathema.de", country: "DE" }, processors: [{ name: "GitHub Pages", purpose: "Hosting", category: "hosting", country: "US" }] };
  // MATHEMA-GmbH/mathema_apps, datenschutz.md, as rewritten (an eRecht24-style text)
  const text = "### Datenübermittlung an Dritte\n\nIhre personenbezogenen Daten übermitteln wir nicht an Dritte, es sei denn, Sie haben zugestimmt.\n\n### YouTube\n\nWir können nicht garantieren, das dabei keine Daten an Server in einem Drittland übermittelt werden.";
  assert.ok(missing(de(text), M).includes("transfers"));
  // the transfer itself, a transfers heading, or a safeguard is the disclosure
  assert.ok(!missing(de("Eine Übermittlung personenbezogener Daten in Drittländer erfolgt nur an GitHub Pages (USA)."), M).includes("transfers"));
  assert.ok(!missing(de("### Datenübermittlung in die USA\n\nGitHub Pages verarbeitet Daten in den USA."), M).includes("transfers"));
  assert.ok(!missing(de(`${text} Für GitHub Pages gelten EU-Standardvertragsklauseln.`), M).includes("transfers"));
});
