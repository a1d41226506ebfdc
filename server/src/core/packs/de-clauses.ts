/** Clauses in German, in the register of a lawyer's text (formal "Sie"), built from the manifest. */
import type { ClauseFacts, ClauseProcessor, ClauseTemplate, LanguagePack } from "./types";

/** The supervisory authority of the controller's country, named as a German policy names it. */
const AUTHORITIES: Record<string, string> = {
  DE: "der für uns zuständigen Landesdatenschutzbehörde oder dem Bundesbeauftragten für den Datenschutz und die Informationsfreiheit (BfDI)",
  AT: "der Österreichischen Datenschutzbehörde (DSB), Barichgasse 40–42, 1030 Wien",
  CH: "dem Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB)",
  LI: "der Datenschutzstelle Liechtenstein",
  LU: "der Nationalen Kommission für den Datenschutz (CNPD) in Luxemburg",
  FR: "der französischen Datenschutzbehörde (CNIL)",
};

const MECHANISM: Record<string, string> = {
  scc: "Standardvertragsklauseln der Europäischen Kommission (Art. 46 Abs. 2 lit. c DSGVO)",
  adequacy: "Angemessenheitsbeschluss der Europäischen Kommission (Art. 45 DSGVO)",
  dpf: "EU-US Data Privacy Framework (Angemessenheitsbeschluss, Art. 45 DSGVO)",
  bcr: "verbindliche interne Datenschutzvorschriften des Anbieters (Art. 47 DSGVO)",
  consent: "Ihre ausdrückliche Einwilligung (Art. 49 Abs. 1 lit. a DSGVO)",
  none: "keine Übermittlung",
};

const contact = (f: ClauseFacts) => f.email ?? f.form ?? "die unten genannten Kontaktdaten";
const org = (f: ClauseFacts) => f.controllerName ?? "der Betreiber dieses Dienstes";
const where = (p: ClauseProcessor, pack: LanguagePack) => (p.countries?.length ? ` (${p.countries.map(pack.country.name).join(", ")})` : "");
const plain = (s: string) => s.replace(/\s+/g, " ").trim().replace(/\.$/, "");
const names = (ps: ClauseProcessor[]) => ps.map((p) => p.name).join(", ");

export const GERMAN_CLAUSES: Record<string, ClauseTemplate> = {
  controller: {
    heading: ["Verantwortlicher", "Verantwortlicher im Sinne der DSGVO"],
    body: (f) => `Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten im Sinne der Datenschutz-Grundverordnung (DSGVO) ist ${org(f)}. Fragen und Anliegen zum Datenschutz richten Sie bitte an ${contact(f)}${f.form && f.email ? ` oder über ${f.form}` : ""}.`,
  },
  purposes: {
    heading: ["Zwecke der Verarbeitung", "Zwecke der Verarbeitung"],
    body: (f) => [
      "Wir verarbeiten Ihre personenbezogenen Daten zu folgenden Zwecken:",
      "",
      "- zur Bereitstellung Ihres Kontos und des von Ihnen genutzten Dienstes;",
      ...f.processors.filter((p) => p.purpose).map((p) => `- ${plain(p.purpose!)} (mit ${p.name});`),
      "- zur Gewährleistung der Sicherheit des Dienstes und zur Erfüllung unserer gesetzlichen Pflichten.",
    ].join("\n"),
  },
  "legal-basis": {
    heading: ["Rechtsgrundlagen", "Rechtsgrundlagen der Verarbeitung"],
    body: (f) => [
      "Wir stützen die Verarbeitung auf folgende Rechtsgrundlagen nach Art. 6 Abs. 1 DSGVO:",
      "",
      "- **Vertragserfüllung** (Art. 6 Abs. 1 lit. b DSGVO): zur Erbringung des von Ihnen gewählten Dienstes;",
      "- **rechtliche Verpflichtung** (Art. 6 Abs. 1 lit. c DSGVO): zur Erfüllung handels- und steuerrechtlicher Aufbewahrungspflichten;",
      "- **berechtigte Interessen** (Art. 6 Abs. 1 lit. f DSGVO): zur Sicherheit und Verbesserung des Dienstes, soweit Ihre Interessen nicht überwiegen;",
      ...(f.consent.length ? [`- **Einwilligung** (Art. 6 Abs. 1 lit. a DSGVO): für ${names(f.consent)}, erst nachdem Sie eingewilligt haben.`] : []),
    ].join("\n"),
  },
  recipients: {
    heading: ["Empfänger", "Empfänger personenbezogener Daten"],
    body: (f, _formal, pack) => [
      "Folgende Dienstleister verarbeiten personenbezogene Daten in unserem Auftrag, jeweils auf Grundlage eines Vertrags zur Auftragsverarbeitung (Art. 28 DSGVO):",
      "",
      ...f.processors.map((p) => `- **${p.name}** – ${plain(p.purpose ?? "Dienstleister")}${where(p, pack)}`),
    ].join("\n"),
  },
  transfers: {
    heading: ["Übermittlung in Drittländer", "Übermittlung in Drittländer"],
    body: (f, _formal, pack) => [
      "Einige unserer Dienstleister verarbeiten personenbezogene Daten außerhalb des Europäischen Wirtschaftsraums (EWR). Die Übermittlung ist jeweils wie folgt abgesichert:",
      "",
      ...f.outside.map((p) => `- **${p.name}**${where(p, pack)}: ${MECHANISM[p.transfer ?? ""] ?? "bitte fragen Sie uns nach der anwendbaren Garantie"}`),
      "",
      `Eine Kopie dieser Garantien erhalten Sie auf Anfrage an ${contact(f)}.`,
    ].join("\n"),
  },
  retention: {
    heading: ["Speicherdauer", "Dauer der Speicherung"],
    body: (f, _formal, pack) => [
      "Wir speichern personenbezogene Daten nur so lange, wie es für die genannten Zwecke erforderlich ist, und zwar:",
      "",
      ...f.retention.filter((r) => r.periodText).map((r) => `- ${r.data}: ${r.period ? pack.periods.format(r.period) : r.periodText}`),
      ...f.processors.filter((p) => p.retention).map((p) => `- ${p.name} speichert die in unserem Auftrag verarbeiteten Daten für ${pack.periods.format(p.retention!)}`),
      ...(f.retention.length || f.processors.some((p) => p.retention) ? [] : ["- Kontodaten: bis zur Löschung Ihres Kontos"]),
      "",
      "Nach Ablauf der jeweiligen Frist werden die Daten gelöscht oder anonymisiert.",
    ].join("\n"),
  },
  rights: {
    heading: ["Ihre Rechte", "Rechte der betroffenen Person"],
    body: (f) => [
      "Sie haben das Recht auf:",
      "",
      "- Auskunft über die zu Ihrer Person gespeicherten Daten (Art. 15 DSGVO);",
      "- Berichtigung unrichtiger Daten (Art. 16 DSGVO);",
      "- Löschung Ihrer Daten (Art. 17 DSGVO);",
      "- Einschränkung der Verarbeitung (Art. 18 DSGVO);",
      "- Widerspruch gegen die Verarbeitung auf Grundlage berechtigter Interessen (Art. 21 DSGVO);",
      "- Datenübertragbarkeit, also Herausgabe Ihrer Daten in einem maschinenlesbaren Format (Art. 20 DSGVO).",
      "",
      `Zur Ausübung dieser Rechte wenden Sie sich bitte an ${contact(f)}. Wir antworten innerhalb eines Monats.`,
    ].join("\n"),
  },
  "withdraw-consent": {
    heading: ["Widerruf Ihrer Einwilligung", "Widerruf der Einwilligung"],
    body: (f) => `Soweit die Verarbeitung auf Ihrer Einwilligung beruht${f.consent.length ? ` (${names(f.consent)})` : ""}, können Sie diese jederzeit mit Wirkung für die Zukunft widerrufen, etwa in den Einstellungen oder durch eine Nachricht an ${contact(f)} (Art. 7 Abs. 3 DSGVO). Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.`,
  },
  complaint: {
    heading: ["Beschwerderecht", "Recht auf Beschwerde bei einer Aufsichtsbehörde"],
    body: (f) => {
      const authority = f.authority ? `bei ${f.authority}` : f.country && AUTHORITIES[f.country] ? `bei ${AUTHORITIES[f.country]}` : "bei der Aufsichtsbehörde Ihres Wohnorts oder Arbeitsplatzes";
      return `Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77 DSGVO), insbesondere ${authority}. Gerne klären wir Ihr Anliegen vorab unter ${contact(f)}.`;
    },
  },
  dpo: {
    heading: ["Datenschutzbeauftragter", "Datenschutzbeauftragter"],
    body: (f) => `Unseren Datenschutzbeauftragten erreichen Sie unter ${f.dpo ?? contact(f)}.`,
  },
  cookies: {
    heading: ["Cookies", "Cookies und ähnliche Technologien"],
    body: (f) => `Wir setzen technisch notwendige Cookies ein, damit Sie angemeldet bleiben.${f.consent.length ? ` ${names(f.consent)} setzen Cookies erst, nachdem Sie im Cookie-Banner eingewilligt haben.` : ""} Ihre Auswahl können Sie jederzeit ändern.`,
  },
  children: { heading: ["Kinder", "Kinder"], body: () => "Unser Dienst richtet sich nicht an Kinder unter 16 Jahren, und wir erheben wissentlich keine Daten von ihnen. Sollte uns ein Kind Daten übermittelt haben, wenden Sie sich bitte an uns; wir löschen sie dann." },
  security: { heading: ["Datensicherheit", "Sicherheit der Verarbeitung"], body: () => "Wir schützen personenbezogene Daten durch Verschlüsselung bei der Übertragung und Speicherung, durch Zugriffsrechte nur für die Mitarbeitenden, die sie benötigen, und durch regelmäßige Überprüfung unserer Dienstleister." },
  changes: { heading: ["Änderungen dieser Datenschutzerklärung", "Änderungen"], body: () => "Ändern wir diese Datenschutzerklärung, passen wir das Datum am Anfang an. Über wesentliche Änderungen informieren wir Kontoinhaber, bevor sie wirksam werden." },
  contact: { heading: ["Kontakt", "Kontaktdaten"], body: (f) => `${org(f)}${f.email ? `\n${f.email}` : ""}${f.form ? `\n${f.form}` : ""}` },
};
