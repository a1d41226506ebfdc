/** Clauses in French, in the register of a lawyer's text ("vous"), built from the manifest. */
import type { ClauseFacts, ClauseProcessor, ClauseTemplate, LanguagePack } from "./types";

/** The supervisory authority of the controller's country, named as a French policy names it. */
const AUTHORITIES: Record<string, string> = {
  FR: "la Commission nationale de l’informatique et des libertés (CNIL)",
  BE: "l’Autorité de protection des données (APD)",
  LU: "la Commission nationale pour la protection des données (CNPD)",
  CH: "le Préposé fédéral à la protection des données et à la transparence (PFPDT)",
  MC: "l’Autorité de protection des données personnelles de Monaco (APDP)",
  DE: "l’autorité de protection des données compétente en Allemagne",
  AT: "l’autorité autrichienne de protection des données (DSB)",
};

const MECHANISM: Record<string, string> = {
  scc: "clauses contractuelles types de la Commission européenne (article 46.2.c du RGPD)",
  adequacy: "décision d’adéquation de la Commission européenne (article 45 du RGPD)",
  dpf: "Data Privacy Framework UE–États-Unis (décision d’adéquation, article 45 du RGPD)",
  bcr: "règles d’entreprise contraignantes du prestataire (article 47 du RGPD)",
  consent: "votre consentement explicite (article 49.1.a du RGPD)",
  none: "aucun transfert",
};

const contact = (f: ClauseFacts) => f.email ?? f.form ?? "les coordonnées ci-dessous";
const org = (f: ClauseFacts) => f.controllerName ?? "l’éditeur de ce service";
const where = (p: ClauseProcessor, pack: LanguagePack) => (p.countries?.length ? ` (${p.countries.map(pack.country.name).join(", ")})` : "");
const plain = (s: string) => s.replace(/\s+/g, " ").trim().replace(/\.$/, "");
const names = (ps: ClauseProcessor[]) => ps.map((p) => p.name).join(", ");

export const FRENCH_CLAUSES: Record<string, ClauseTemplate> = {
  controller: {
    heading: ["Responsable du traitement", "Identité du responsable du traitement"],
    body: (f) => `Le responsable du traitement de vos données personnelles, au sens du règlement général sur la protection des données (RGPD), est ${org(f)}. Pour toute question relative à vos données, vous pouvez nous écrire à ${contact(f)}${f.form && f.email ? ` ou utiliser ${f.form}` : ""}.`,
  },
  purposes: {
    heading: ["Finalités du traitement", "Finalités du traitement"],
    body: (f) => [
      "Nous traitons vos données personnelles pour les finalités suivantes :",
      "",
      "- fournir votre compte et le service que vous utilisez ;",
      ...f.processors.filter((p) => p.purpose).map((p) => `- ${plain(p.purpose!)} (avec ${p.name}) ;`),
      "- assurer la sécurité du service et respecter nos obligations légales.",
    ].join("\n"),
  },
  "legal-basis": {
    heading: ["Bases légales", "Bases légales du traitement"],
    body: (f) => [
      "Nos traitements reposent sur les bases légales suivantes (article 6.1 du RGPD) :",
      "",
      "- **exécution du contrat** (article 6.1.b du RGPD) : pour fournir le service que vous avez choisi ;",
      "- **obligation légale** (article 6.1.c du RGPD) : pour tenir nos registres comptables et fiscaux ;",
      "- **intérêt légitime** (article 6.1.f du RGPD) : pour sécuriser et améliorer le service, sauf si vos intérêts prévalent ;",
      ...(f.consent.length ? [`- **consentement** (article 6.1.a du RGPD) : pour ${names(f.consent)}, uniquement après votre accord.`] : []),
    ].join("\n"),
  },
  recipients: {
    heading: ["Destinataires des données", "Destinataires des données personnelles"],
    body: (f, _formal, pack) => [
      "Les prestataires suivants traitent des données personnelles pour notre compte, en qualité de sous-traitants liés par un contrat conforme à l’article 28 du RGPD :",
      "",
      ...f.processors.map((p) => `- **${p.name}** – ${plain(p.purpose ?? "prestataire")}${where(p, pack)}`),
    ].join("\n"),
  },
  transfers: {
    heading: ["Transferts hors de l’Union européenne", "Transferts hors de l’Espace économique européen"],
    body: (f, _formal, pack) => [
      "Certains de nos prestataires traitent des données personnelles en dehors de l’Espace économique européen (EEE). Chaque transfert est encadré comme suit :",
      "",
      ...f.outside.map((p) => `- **${p.name}**${where(p, pack)} : ${MECHANISM[p.transfer ?? ""] ?? "demandez-nous quelle garantie s’applique"}`),
      "",
      `Vous pouvez obtenir une copie de ces garanties en écrivant à ${contact(f)}.`,
    ].join("\n"),
  },
  retention: {
    heading: ["Durée de conservation", "Durées de conservation"],
    body: (f, _formal, pack) => [
      "Nous conservons les données personnelles uniquement pendant la durée nécessaire aux finalités décrites, à savoir :",
      "",
      ...f.retention.filter((r) => r.periodText).map((r) => `- ${r.data} : ${r.period ? pack.periods.format(r.period) : r.periodText}`),
      ...f.processors.filter((p) => p.retention).map((p) => `- ${p.name} conserve les données traitées pour notre compte pendant ${pack.periods.format(p.retention!)}`),
      ...(f.retention.length || f.processors.some((p) => p.retention) ? [] : ["- données du compte : jusqu’à la suppression de votre compte"]),
      "",
      "À l’issue de ces durées, les données sont supprimées ou anonymisées.",
    ].join("\n"),
  },
  rights: {
    heading: ["Vos droits", "Droits des personnes concernées"],
    body: (f) => [
      "Vous disposez des droits suivants :",
      "",
      "- droit d’accès aux données vous concernant (article 15 du RGPD) ;",
      "- droit de rectification des données inexactes (article 16 du RGPD) ;",
      "- droit à l’effacement de vos données (article 17 du RGPD) ;",
      "- droit à la limitation du traitement (article 18 du RGPD) ;",
      "- droit d’opposition au traitement fondé sur l’intérêt légitime (article 21 du RGPD) ;",
      "- droit à la portabilité : recevoir vos données dans un format lisible par machine (article 20 du RGPD).",
      "",
      `Pour exercer ces droits, écrivez-nous à ${contact(f)}. Nous vous répondrons dans un délai d’un mois.`,
    ].join("\n"),
  },
  "withdraw-consent": {
    heading: ["Retrait du consentement", "Retrait du consentement"],
    body: (f) => `Lorsque le traitement repose sur votre consentement${f.consent.length ? ` (${names(f.consent)})` : ""}, vous pouvez le retirer à tout moment, aussi simplement que vous l’avez donné, par exemple dans vos paramètres ou en écrivant à ${contact(f)} (article 7.3 du RGPD). Le retrait ne remet pas en cause la licéité du traitement effectué auparavant.`,
  },
  complaint: {
    heading: ["Réclamation", "Droit d’introduire une réclamation"],
    body: (f) => {
      const authority = f.authority ? `auprès de ${f.authority}` : f.country && AUTHORITIES[f.country] ? `auprès de ${AUTHORITIES[f.country]}` : "auprès de l’autorité de contrôle de votre lieu de résidence ou de travail";
      return `Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle (article 77 du RGPD), notamment ${authority}. Nous vous invitons toutefois à nous contacter d’abord à ${contact(f)}.`;
    },
  },
  dpo: {
    heading: ["Délégué à la protection des données", "Délégué à la protection des données"],
    body: (f) => `Vous pouvez contacter notre délégué à la protection des données (DPO) à ${f.dpo ?? contact(f)}.`,
  },
  cookies: {
    heading: ["Cookies", "Cookies et traceurs"],
    body: (f) => `Nous utilisons des cookies strictement nécessaires pour maintenir votre session.${f.consent.length ? ` ${names(f.consent)} ne déposent des cookies qu’après votre accord dans le bandeau cookies.` : ""} Vous pouvez modifier votre choix à tout moment.`,
  },
  children: { heading: ["Enfants", "Mineurs"], body: () => "Notre service ne s’adresse pas aux enfants de moins de 15 ans et nous ne collectons pas sciemment leurs données. Si vous pensez qu’un enfant nous a transmis des données, contactez-nous et nous les supprimerons." },
  security: { heading: ["Sécurité", "Sécurité des traitements"], body: () => "Nous protégeons les données personnelles par le chiffrement en transit et au repos, par des accès réservés aux seules personnes qui en ont besoin et par un contrôle régulier de nos prestataires." },
  changes: { heading: ["Modifications de la présente politique", "Modifications"], body: () => "Lorsque nous modifions la présente politique, nous mettons à jour la date indiquée en tête. Si une modification touche à l’usage de vos données, nous en informons les titulaires de compte avant son entrée en vigueur." },
  contact: { heading: ["Contact", "Coordonnées"], body: (f) => `${org(f)}${f.email ? `\n${f.email}` : ""}${f.form ? `\n${f.form}` : ""}` },
};
