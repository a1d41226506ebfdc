// Clauses in the policy's language: the missing-section fix inserts a German or French
// clause (naming the authority of the controller's country), and the policy re-checks clean.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, check } from "../helpers.mjs";

const withFix = (text, manifest, id) => {
  const f = check(text, manifest).findings.find((x) => x.rule === "missing-section" && x.subject === id);
  assert.ok(f, `missing-section ${id} is reported`);
  const e = f.fixes[0].edits[0];
  return { fixed: text.slice(0, e.start) + e.newText + text.slice(e.end), inserted: e.newText };
};

const DE_POLICY = `---\nlang: de\n---\n\n# Datenschutzerklärung\n\nStand: 1. März 2025\n\n## Verantwortlicher\n\nBergwerk Kletterhalle GmbH, Wien, datenschutz@bergwerk.example\n\n## Ihre Rechte\n\nSie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch und Datenübertragbarkeit.\n`;
const FR_POLICY = `---\nlang: fr\n---\n\n# Politique de confidentialité\n\nDernière mise à jour : 1er mars 2025\n\n## Responsable du traitement\n\nAtelier Clair SAS, Lyon, contact@atelier.example\n\n## Vos droits\n\nVous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, d'opposition et à la portabilité.\n`;

test("German policy: the complaint fix inserts a German clause naming the Austrian authority, and it re-checks clean", () => {
  const m = { controller: { name: "Bergwerk Kletterhalle GmbH", email: "datenschutz@bergwerk.example", country: "AT" } };
  const { fixed, inserted } = withFix(DE_POLICY, m, "complaint");
  assert.match(inserted, /## Beschwerderecht/);
  assert.match(inserted, /Österreichischen Datenschutzbehörde/);
  assert.doesNotMatch(inserted, /\b(?:the|you|right|authority)\b/i);
  assert.ok(!check(fixed, m).findings.some((x) => x.rule === "missing-section" && x.subject === "complaint"));
});

test("German policy: the manifest's authority wins; retention and transfers in German, re-checked clean", () => {
  const m = {
    controller: { name: "Nordwerk GmbH", email: "datenschutz@nordwerk.example", country: "DE", authority: "dem Hamburgischen Beauftragten für Datenschutz und Informationsfreiheit" },
    processors: [{ name: "Sentry", purpose: "Fehlerberichte", category: "error-monitoring", country: "US", transfer: "scc", retention: "30 days" }],
    retention: [{ data: "Server-Logfiles", period: "14 days" }],
  };
  const complaint = withFix(DE_POLICY, m, "complaint");
  assert.match(complaint.inserted, /Hamburgischen Beauftragten/);
  const retention = withFix(DE_POLICY, m, "retention");
  assert.match(retention.inserted, /- Server-Logfiles: 14 Tage/);
  assert.match(retention.inserted, /Sentry speichert .* für 30 Tage/);
  const transfers = withFix(retention.fixed, m, "transfers");
  assert.match(transfers.inserted, /\*\*Sentry\*\* \(USA\): Standardvertragsklauseln/);
  const after = check(transfers.fixed, m).findings.filter((x) => ["missing-section", "retention-mismatch"].includes(x.rule)).map((x) => x.subject);
  assert.ok(!after.includes("retention") && !after.includes("transfers") && !after.includes("Sentry") && !after.includes("Server-Logfiles"), after.join());
});

test("French policy: the complaint fix names the CNIL, in French, and re-checks clean", () => {
  const m = { controller: { name: "Atelier Clair SAS", email: "contact@atelier.example", country: "FR" } };
  const { fixed, inserted } = withFix(FR_POLICY, m, "complaint");
  assert.match(inserted, /## Réclamation/);
  assert.match(inserted, /CNIL/);
  assert.match(inserted, /Vous avez le droit d’introduire une réclamation/);
  assert.ok(!check(fixed, m).findings.some((x) => x.rule === "missing-section" && x.subject === "complaint"));
});

test("every clause a fix can insert exists in German and French", () => {
  for (const code of ["de", "fr"]) {
    const pack = core.packFor(code);
    for (const d of core.DISCLOSURES.filter((x) => x.regimes.includes("gdpr"))) {
      if (d.id === "last-updated") continue;
      assert.ok(pack.clauses.templates[d.id], `${code}: ${d.id}`);
    }
  }
});

test("a policy without a date gets a German or French date line", () => {
  const de = withFix("---\nlang: de\n---\n\n# Datenschutzerklärung\n\nWir verarbeiten Daten.\n", undefined, "last-updated");
  assert.match(de.inserted, /Stand: 15\. Juni 2025/);
  const fr = withFix("---\nlang: fr\n---\n\n# Politique de confidentialité\n\nNous traitons des données.\n", undefined, "last-updated");
  assert.match(fr.inserted, /Dernière mise à jour : 15 juin 2025/);
});
