// French policies: every language-dependent rule, positive and negative, the period
// grammar, dates and negations, read through the French pack.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, findingsOf, subjects } from "../helpers.mjs";

const fr = (body) => `---\nlang: fr\n---\n\n${body}\n`;
const FR = core.packFor("fr");
const M = {
  controller: { name: "Atelier Clair SAS", email: "confidentialite@atelier.example", country: "FR" },
  processors: [
    { name: "OVHcloud", purpose: "Hébergement", category: "hosting", country: "FR" },
    { name: "Stripe", purpose: "Paiement", category: "payments", country: "US", transfer: "dpf", retention: "7 years" },
    { name: "Matomo Cloud", purpose: "Statistiques", category: "analytics", country: "FR", consent: false },
  ],
  retention: [{ data: "Factures", period: "10 ans" }, { data: "Journaux", period: "13 mois" }],
};

test("periods: number words to one hundred, elision, qualifiers", () => {
  const got = (s) => core.findDurations(s, 0, FR).map((d) => [d.period.amount, d.period.unit]);
  assert.deepEqual(got("pendant trois ans, jusqu'à 13 mois, dans les trente jours, d'un mois"), [[3, "year"], [13, "month"], [30, "day"], [1, "month"]]);
  assert.deepEqual(got("soixante-dix jours, quatre-vingt-dix jours, vingt et un jours, cent ans"), [[70, "day"], [90, "day"], [21, "day"], [100, "year"]]);
  assert.deepEqual(got("dans la semaine sans chiffres; les années passées"), []);
});

test("dates: 3 septembre 2026, 1er janvier 2026, 03/09/2026", () => {
  const d = (s) => core.parseDate(s, FR)?.date?.toISOString().slice(0, 10);
  assert.equal(d("3 septembre 2026"), "2026-09-03");
  assert.equal(d("1er janvier 2026"), "2026-01-01");
  assert.equal(d("03/09/2026"), "2026-09-03");
  assert.equal(core.findPolicyDate("Dernière mise à jour : 3 septembre 2026", undefined, 0, undefined, FR).text, "3 septembre 2026");
  assert.equal(core.findPolicyDate("En vigueur à compter du 1er mars 2026.", undefined, 0, undefined, FR).text, "1er mars 2026");
});

test("retention-mismatch: 'conservées 5 ans' against '10 ans'; equal periods are quiet", () => {
  assert.deepEqual(subjects(findingsOf(fr("## Durée de conservation\n\n- Factures : 5 ans\n- Journaux : 13 mois"), M, "retention-mismatch")), ["Factures"]);
  assert.deepEqual(findingsOf(fr("## Durée de conservation\n\n- Factures : dix ans\n- Journaux : treize mois"), M, "retention-mismatch"), []);
});

test("country-mismatch: 'Stripe (Irlande)' against US; 'États-Unis' agrees", () => {
  assert.deepEqual(subjects(findingsOf(fr("Le paiement est traité par Stripe (Irlande)."), M, "country-mismatch")), ["Stripe"]);
  assert.deepEqual(findingsOf(fr("Le paiement est traité par Stripe (États-Unis)."), M, "country-mismatch"), []);
});

test("transfer-contradiction: 'vos données ne quittent jamais l'Union européenne'", () => {
  assert.deepEqual(subjects(findingsOf(fr("Vos données ne quittent jamais l’Union européenne."), M, "transfer-contradiction")), ["Stripe"]);
  assert.deepEqual(subjects(findingsOf(fr("Tes données ne sont transférées vers aucun pays hors de l'Union."), M, "transfer-contradiction")), ["Stripe"]);
  assert.deepEqual(findingsOf(fr("Si un transfert hors de l'Union européenne a lieu, il est encadré par des clauses contractuelles types."), M, "transfer-contradiction"), []);
  assert.deepEqual(findingsOf(fr("Tes notes ne quittent jamais ton téléphone."), M, "transfer-contradiction"), []);
});

test("consent-contradiction: 'aucun outil de mesure d'audience', 'uniquement avec votre consentement'", () => {
  assert.deepEqual(subjects(findingsOf(fr("Nous n'utilisons aucun outil de mesure d'audience ni cookie publicitaire."), M, "consent-contradiction")), ["Matomo Cloud"]);
  assert.deepEqual(subjects(findingsOf(fr("Matomo Cloud n'est activé qu'avec votre consentement."), M, "consent-contradiction")), ["Matomo Cloud"]);
  assert.deepEqual(findingsOf(fr("Nous n'utilisons que des cookies strictement nécessaires."), { ...M, processors: M.processors.slice(0, 2) }, "consent-contradiction"), []);
});

test("negations: 'nous n'utilisons pas Google Analytics' claims nothing", () => {
  const m = { processors: [M.processors[0]] };
  assert.deepEqual(findingsOf(fr("Nous n'utilisons pas Google Analytics. OVHcloud héberge le site."), m, "undeclared-processor"), []);
  assert.deepEqual(findingsOf(fr("Aucune donnée n'est transmise à Facebook. OVHcloud héberge le site."), m, "undeclared-processor"), []);
  assert.deepEqual(subjects(findingsOf(fr("Nous utilisons Google Analytics. OVHcloud héberge le site."), m, "undeclared-processor")), ["Google Analytics"]);
});

const FULL = `# Politique de confidentialité

Dernière mise à jour : 1er mars 2025

## Responsable du traitement

Atelier Clair SAS, 12 rue des Lilas, 69001 Lyon, confidentialite@atelier.example

## Finalités et bases légales

Nous traitons vos données afin de fournir le service (exécution du contrat, article 6.1.b du RGPD).

## Destinataires

OVHcloud héberge le site. Stripe traite les paiements. Matomo Cloud mesure l'audience.

## Transferts hors de l'Union européenne

Stripe traite des données aux États-Unis dans le cadre du Data Privacy Framework.

## Durée de conservation

- Factures : 10 ans
- Journaux : 13 mois

## Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et à la portabilité.

## Réclamation

Vous pouvez introduire une réclamation auprès de la CNIL.
`;

test("missing-section: a complete French policy has every disclosure; each missing one is found", () => {
  assert.deepEqual(findingsOf(FULL, M, "missing-section"), []);
  const cut = (heading) => FULL.replace(new RegExp(`## ${heading}[\\s\\S]*?(?=\\n## |$)`), "");
  assert.deepEqual(subjects(findingsOf(cut("Réclamation"), M, "missing-section")), ["complaint"]);
  assert.deepEqual(subjects(findingsOf(cut("Vos droits"), M, "missing-section")), ["rights"]);
  assert.deepEqual(subjects(findingsOf(cut("Transferts hors de l'Union européenne"), M, "missing-section")), ["transfers"]);
});

test("placeholder: French fill-ins and 'à compléter', not ordinary brackets", () => {
  assert.deepEqual(subjects(findingsOf(fr("Éditeur : [NOM DE L'ENTREPRISE], SIRET : à compléter. Contact : [adresse e-mail à compléter]."), undefined, "placeholder")), ["[NOM DE L'ENTREPRISE]", "[adresse e-mail à compléter]", "à compléter"]);
  assert.deepEqual(findingsOf(fr("Voir [la CNIL](https://www.cnil.fr)."), undefined, "placeholder"), []);
});

test("stale-date and contact-mismatch in French", () => {
  assert.deepEqual(findingsOf(fr("# Confidentialité\n\nDernière mise à jour : 3 mars 2025"), undefined, "stale-date"), []);
  assert.equal(findingsOf(fr("# Confidentialité\n\nMise à jour : 3 mars 2031"), undefined, "stale-date")[0].fixes[0].edits[0].newText, "15 juin 2025");
  assert.deepEqual(subjects(findingsOf(fr("Pour exercer vos droits, écrivez à rgpd@ailleurs.example."), M, "contact-mismatch")), ["confidentialite@atelier.example", "rgpd@ailleurs.example"]);
});

test("missing-section: purposes said with 'dans le but d'…' (elided)", () => {
  // from a real app's French policy: "Ces données sont collectées dans le but d'améliorer l'application"
  const body = "# Politique de confidentialité\n\nNous collectons des données d'utilisation anonymisées. Ces données sont collectées dans le but d'améliorer l'application.\n";
  const purposes = (t) => findingsOf(fr(t), M, "missing-section").filter((f) => f.subject === "purposes");
  assert.deepEqual(purposes(body), []);
  assert.equal(purposes(body.replace(" dans le but d'améliorer l'application", "")).length, 1);
});
