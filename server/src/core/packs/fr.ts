/**
 * French: the phrases, period grammar, dates and cues of French privacy policies
 * (politique de confidentialité), "vous" and "tu" alike, with and without accents in
 * headings, curly and straight apostrophes.
 */
import fr from "i18n-iso-countries/langs/fr.json";
import type { Period, Unit } from "../periodTypes";
import { FRENCH_CLAUSES } from "./fr-clauses";
import { libraryForms, u } from "./regex";
import SNIPPETS from "./snippets/fr.json";
import type { LanguagePack } from "./types";

const WORDS: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, cent: 100,
};

/** Reads a French number word up to one hundred ("trente", "vingt et un", "soixante-dix", "quatre-vingt-dix"). */
function readNumber(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[\s\-‑]+/).filter((w) => w && w !== "et");
  if (!parts.length) return undefined;
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!(p in WORDS)) return undefined;
    // "quatre-vingt(s)" is four twenties
    if (p === "quatre" && (parts[i + 1] === "vingt" || parts[i + 1] === "vingts")) {
      total += 80;
      i++;
    } else if (p === "cent") total = (total || 1) * 100;
    else total += WORDS[p];
  }
  return total;
}

const UNIT_NAMES: Record<Unit, [string, string]> = {
  minute: ["minute", "minutes"], hour: ["heure", "heures"], day: ["jour", "jours"], week: ["semaine", "semaines"], month: ["mois", "mois"], year: ["an", "ans"],
};

function format(p: Period): string {
  switch (p.kind) {
    case "duration":
      return `${p.amount} ${UNIT_NAMES[p.unit][p.amount === 1 ? 0 : 1]}`;
    case "until":
      return /^tant\s+que\b/i.test(p.event) ? p.event : `jusqu’${/^aux?\s/i.test(p.event) ? "" : untilArticle(p.event)}${p.event}`;
    case "session":
      return "durée de la session";
    case "indefinite":
      return "durée indéterminée";
  }
}

/** "à la " before a feminine noun ("suppression", "fin"), "à l’" before a vowel, "au " before others ("terme"); "à " when the event brings its own article. */
function untilArticle(event: string): string {
  const first = event.split(/\s/, 1)[0].toLowerCase();
  if (/^(?:la|le|les|l['’].*|votre|vos|notre|nos|son|sa|ses|leur|leurs|ce|cette|un|une)$/.test(first)) return "à ";
  if (/^[aeiouyéèêh]/.test(first)) return "à l’";
  return /(?:ion|ure|ence|ance|ité|ée|ine|fin|te|se)$/.test(first) ? "à la " : "au ";
}

const MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

const UNITS_1_16 = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:[- ](?:sept|huit|neuf))?|onze|douze|treize|quatorze|quinze|seize";

/** Names i18n-iso-countries lacks: usual short forms, the EU and the EEA. */
const EXTRA_COUNTRIES: Array<[string | null, string]> = [
  ["US", "États-Unis"], ["US", "USA"], ["US", "É.-U."], ["US", "Amérique"],
  ["GB", "UK"], ["GB", "Grande-Bretagne"], ["GB", "Angleterre"],
  ["EU", "UE"], ["EU", "Union européenne"], ["EU", "Union"], ["EU", "Europe"],
  ["EEA", "EEE"], ["EEA", "Espace économique européen"],
  [null, "Amérique du Nord"], [null, "Amérique du Sud"], [null, "Amérique latine"], [null, "Amérique centrale"], [null, "Conseil de l'Europe"],
];

const NAMES: Record<string, string> = { US: "États-Unis", GB: "Royaume-Uni", EU: "Union européenne", EEA: "EEE" };

function countryName(code: string): string {
  if (NAMES[code]) return NAMES[code];
  const n = (fr as { countries: Record<string, string | string[]> }).countries[code];
  return Array.isArray(n) ? n[0] : n ?? code;
}

export const francais: LanguagePack = {
  code: "fr",
  name: "French",

  sentences: {
    abbreviations: new Set([
      "art", "arts", "cf", "p.ex", "ex", "etc", "m", "mme", "mlle", "sas", "sarl", "sa", "inc", "ltd", "llc", "av", "bd", "env",
      "min", "max", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "tél", "al", "chap", "éd", "vol", "n", "no",
      "s.a", "s.a.s", "b.v", "u.s", "co", "corp", "gmbh", "approx", "réf", "st", "ste", "bis",
    ]),
  },

  headings: [
    ["controller", u(/\b(responsable\w*|qui\s+(?:sommes-nous|est\s+responsable|édite)|éditeur|identité|mentions\s+légales)/i)],
    ["contact", u(/\b(contact\w*|nous\s+contacter|questions?)\b/i)],
    ["dpo", u(/\b(délégué\w*\s+à\s+la\s+protection|dpo)\b/i)],
    ["collection", u(/\b(données\s+(?:que\s+nous\s+)?collectées|donn[ée]es\s+trait[ée]es|quelles\s+données|ce\s+que\s+(?:nous\s+collectons|l['’]application\s+collecte)|catégories\s+de\s+données|collecte\s+des\s+données)/i)],
    ["purposes", u(/\b(finalit[ée]s?|pourquoi|utilisation\s+des\s+donn[ée]es|à\s+quoi\s+servent)/i)],
    ["legal-basis", u(/\b(bases?\s+l[ée]gales?|bases?\s+juridiques?|fondements?\s+juridiques?|lic[ée]it[ée])/i)],
    ["recipients", u(/\b(destinataires?|sous-traitants?|prestataires?|services\s+tiers|(?<!sites\s)(?<!vers\sdes\s)(?<!vers\sles\s)tiers|partage|où\s+vont|hébergement|hébergeur|partenaires|fournisseurs)\b/i)],
    ["transfers", u(/\b(transferts?|hors\s+(?:de\s+l['’])?(?:ue|union)|où\s+sont\s+(?:tes|vos|les)\s+données|localisation\s+des\s+données|pays\s+tiers)/i)],
    ["retention", u(/\b(dur[ée]es?\s+de\s+conservation|conservation|combien\s+de\s+temps|dur[ée]e\s+de\s+stockage|suppression\s+des\s+donn[ée]es)/i)],
    ["rights", u(/\b((vos|tes)\s+droits|droits\s+des\s+personnes|exercer\s+(?:vos|tes)\s+droits|droits)\b/i)],
    ["complaint", u(/\b(réclamation\w*|plainte\w*|autorité\s+de\s+contrôle|cnil)\b/i)],
    ["cookies", u(/\b(cookies?|traceurs?|mesure\s+d['’]audience|statistiques?|suivi)\b/i)],
    ["children", u(/\b(enfants?|mineurs?)\b/i)],
    ["links", u(/\b(liens?\s+(?:vers|externes?|hypertextes?)|autres\s+sites|sites\s+(?:tiers|externes|liés))/i)],
    ["security", u(/\b(sécurité|securite)\b/i)],
    ["changes", u(/\b(modifications?|mises?\s+à\s+jour|évolutions?)\b/i)],
    ["ccpa-non-discrimination", u(/\b(non-?discrimination)\b/i)],
  ],

  disclosures: {
    phrases: {
      purposes: [
        u(/\bfinalités?\b/i), u(/\b(?:afin\s+de|afin\s+d['’]|dans\s+le\s+but\s+(?:de|d['’]))/i), u(/\b(?:sert|servent|servira|serviront)\s+(?:uniquement\s+|seulement\s+|exclusivement\s+)?(?:à|a)\s/i), u(/\b(?:utilisons|traitons|collectons|servent|sont\s+utilisées|utilise|servons)\b[^.]{0,60}\b(?:pour|afin)\b/i),
        // "l'identifiant sert à se connecter", "les journaux servent à corriger les erreurs" ("ne sert pas à" states no purpose)
        u(/\b(?:sert|servent)\s+(?:à|a)\s+(?:l['’]|la\s|le\s|les\s|se\s|s['’]|te\s|vous\s)?[a-zéèêâîôûç]+(?:er|ir|re)\b/i),
        // "Pour améliorer l'app, nous mesurons …": a sentence that opens with its purpose
        u(/(?:^|\n|[.!?]\s)\s{0,3}pour\s+[a-zéèêâîôûç]+(?:er|ir|re)\b[^.\n]{0,80},\s{0,3}nous\b/i),
      ],
      "legal-basis": [u(/\bbases?\s+(?:légales?|juridiques?)\b/i), u(/\bart(?:icle|\.)?\s*6\s*(?:\.|,\s*paragraphe\s*|\(|-)\s*1/i), u(/\bintérêts?\s+légitimes?\b/i), u(/\bobligations?\s+légales?\b/i), u(/\bexécution\s+(?:du|d['’]un|de\s+ce|de\s+notre)\s+(?:contrat|service)\b/i), u(/\b(?:sur\s+la\s+base\s+de|fondée?\s+sur)\s+(?:ton|votre)\s+consentement\b/i)],
      recipients: [u(/\b(?:sous-traitants?|prestataires?|destinataires?|fournisseurs?)\b[^.]{0,80}\b(?:trait|reçoi|accè|partag|transmi|héberg|utilis)\w*/i), u(/\b(?:partageons|transmettons|communiquons)\b[^.]{0,40}\bdonnées\b/i)],
      transfers: [u(/\bclauses\s+contractuelles\s+types\b/i), /\bCCT\b/, u(/\bdécisions?\s+d['’]adéquation\b/i), u(/\bdata\s+privacy\s+framework\b/i), u(/\bpays\s+tiers\b/i), u(/\brègles\s+d['’]entreprise\s+contraignantes\b/i), u(/\btransferts?\b[^.]{0,60}\b(?:hors|en\s+dehors|vers\s+des\s+pays)\b/i)],
      retention: [u(/\bdurées?\s+de\s+conservation\b/i), u(/\b(?:conserv|stock|gard)\w*\b[^.]{0,60}\b(?:pendant|durant|jusqu['’]|tant\s+que|au\s+maximum|maximum)/i), u(/\b(?:supprimée?s?|effacée?s?)\b[^.]{0,40}\b(?:après|dans\s+les|sous|au\s+bout)\b/i)],
      "withdraw-consent": [u(/\bretir\w*\b[^.]{0,60}\bconsentement\b/i), u(/\bconsentement\b[^.]{0,100}\b(?:retir\w*|retrait|révoqu\w*)/i), u(/\bretrait\b[^.]{0,40}\bconsentement\b/i), u(/\bmodifier\s+(?:vos|tes)\s+(?:choix|préférences|paramètres|réponses?)\b[^.]{0,40}\bà\s+tout\s+moment\b|\bà\s+tout\s+moment\b[^.]{0,40}\bmodifier\s+(?:vos|tes)\s+(?:choix|préférences|paramètres|réponses?)\b/i)],
      complaint: [u(/\b(?:réclamation|plainte)\b[^.]{0,120}\b(?:CNIL|autorité|APD|PFPDT|EDÖB)\b/i), u(/\bsaisir\s+la\s+CNIL\b/i), u(/\b(?:CNIL|autorité\s+de\s+contrôle)\b[^.]{0,80}\b(?:réclamation|plainte)\b/i)],
      "ccpa-sale": [u(/\b(?:vendons|vendre|vente|vendues?)\b/i)],
      "ccpa-non-discrimination": [u(/\bdiscrimin\w*/i)],
    },
    rights: [u(/\baccès\b|\baccéder\b|\bconsulter\b/i), u(/\brectifi\w*|\bcorrig\w*|\bcorrection\b/i), u(/\beffac\w*|\bsuppression\b|\bsupprimer\b|\boubli\b/i), u(/\blimitation\b|\blimiter\b/i), u(/\bopposition\b|\bopposer\b/i), u(/\bportabilité\b/i)],
    rightsNeeded: 5,
    ccpaRights: [u(/\bsavoir\b|\baccès\b/i), u(/\bsupprim|\beffac/i), u(/\bcorrig|\brectifi/i), u(/\bopposition|\bopt[- ]out\b/i)],
    notStated: u(/\b(?:sauf|à\s+moins|hormis|excepté)\b[^.;]*$/i),
    complaintCue: u(/réclamation|plainte|saisir/i),
    controllerCue: u(/\b(?:responsable\s+(?:du|de)\s+traitement|éditeur|édit[ée]\w*\s+par)\b/i),
    contactLink: /\bhttps?:\/\/[^\s)]{0,200}?(?:contact|nous-joindre|mentions-legales)/i,
    toolUse: [
      // "Pour les statistiques de visite, nous utilisons Plausible"
      { before: u(/\bpour\s[^.\n]{1,60}?\bnous\s{1,3}(?:utilisons|employons|faisons appel à)\s{1,3}[[(*_"«]{0,2}\s{0,1}$/i) },
      // "nous utilisons Supabase pour la connexion", "le site utilise Stripe afin de …"
      { before: u(/\b(?:utilis(?:e|ons|ent)|emploie|employons|faisons appel à|recourons à)\s{1,3}[[(*_"«]{0,2}\s{0,1}$/i), after: u(/^\s{0,1}[\])*_"»]{0,2}\s{0,3}(?:pour|afin|comme|en tant que)\s/i) },
      // "le site est hébergé par Netlify", "les paiements sont traités par Stripe"
      { before: u(/\b(?:héberg|trait|envoy|stock|mesur|analys|collect|gér|expédi|fourni)\w*\s(?:[^.\n]{0,40}?\s)?(?:par|chez|via|avec|sur|auprès de)\s{1,3}[[(*_"«]{0,2}\s{0,1}$/i) },
      // "Sentry collecte les rapports d'erreur"
      { after: u(/^\s{0,1}[\])*_"»]{0,2}(?:,[^,.\n]{0,60},)?\s{1,3}(?:héberge|envoie|stocke|traite|collecte|mesure|analyse|gère|fournit)\b/i) },
    ],
    roleLabel: u(/^(?!\s{0,3}(?:nom|prestataire|fournisseur|sous-traitant|société|entreprise|destinataire|service|partenaire|note|exemple|site|contact|siège)s?\s{0,3}:)[^\n:]{2,30}\s?:\s{0,3}[[(*_"«]{0,2}\s{0,1}$/i),
    purposeColumn: u(/^(?:finalités?|objet|usage|utilisation|rôle|fonction|pourquoi)$/i),
  },

  periods: {
    numberWord: `(?:(?:vingt|trente|quarante|cinquante|soixante)(?:[- ](?:et[- ])?(?:${UNITS_1_16}))?|quatre[- ]vingts?(?:[- ](?:${UNITS_1_16}))?|cent|dix[- ](?:sept|huit|neuf)|onze|douze|treize|quatorze|quinze|seize|dix|deux|trois|quatre|cinq|six|sept|huit|neuf|une?)`,
    readNumber,
    unitWord: "(?:heures?|jours?|semaines?|mois|années?|ans?)",
    units: {
      heure: "hour", heures: "hour", jour: "day", jours: "day", semaine: "week", semaines: "week", mois: "month",
      an: "year", ans: "year", année: "year", années: "year",
    },
    unitHint: /heure|jour|semaine|mois|an/i,
    articles: /^une?$/i,
    qualifiers: u(/^(?:jusqu['’]à|pendant|durant|au\s+maximum|au\s+plus|maximum|max\.?|pour\s+une\s+durée\s+(?:maximale\s+)?de|pour|sur)\s+/),
    // "tant que …" is kept in the event: it is a clause of its own ("tant que votre compte existe")
    until: u(/^(?:jusqu['’]\s?(?:à\s+(?:la|l['’]|(?=ce\s+que\b))\s*|(?=aux?\b))|(?=tant\s+que\b))(.+)$/i),
    session: u(/^(?:session|la\s+session|durée\s+de\s+(?:la\s+)?session)$/),
    indefinite: u(/^(?:indéfiniment|illimitée?|sans\s+limite|permanente?|durée\s+indéterminée)$/),
    format,
  },

  dates: {
    months: ["janv(?:ier)?", "f[ée]vr?(?:ier)?", "mars", "avr(?:il)?", "mai", "juin", "juil(?:let)?", "ao[uû]t", "sept(?:embre)?", "oct(?:obre)?", "nov(?:embre)?", "d[ée]c(?:embre)?"],
    monthNames: MONTH_NAMES,
    dayMark: "(?:er)?",
    dayMonthGap: "\\s+",
    monthFirst: false,
    label: u(/\b(?:derni[èe]re\s+mise\s+[àa]\s+jour|mise?\s+[àa]\s+jour(?:\s+le)?|date\s+de\s+(?:la\s+)?(?:derni[èe]re\s+)?(?:mise\s+[àa]\s+jour|modification|r[ée]vision)|en\s+vigueur\s+(?:le|à\s+compter\s+du|depuis\s+le|au|à\s+partir\s+du)|entr[ée]e\s+en\s+vigueur|version\s+du|maj|derni[èe]re\s+modification|date\s+d['’]effet|applicable\s+(?:à\s+compter\s+du|au|depuis\s+le))\b/gi),
    labelGap: u(/^[\s:*_\-–—\u00a0]*(?:(?:le|du|au)\s+)?/i),
    lawBefore: u(/\b(?:RGPD|GDPR|LIL|loi|règlement|directive)\b[ \t"«»”')\],]{0,8}(?:qui\s+est\s+|entré\w*\s+)?$/i),
    notADate: u(/^(?:ci-dessus|ci-dessous|de\s+cette)/i),
    formatLong: (d) => `${d.getUTCDate() === 1 ? "1er" : d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    example: "2 mai 2025",
  },

  mentions: {
    listException: u(/\b(?:sauf|excepté|hormis|à\s+l['’]exception|en\s+dehors|seulement|uniquement|que)\b/i),
    denial: u(/\b(?:pas|jamais|aucun\w*|ni|sans|non|plus\s+de|au\s+lieu\s+de|plutôt\s+que|à\s+la\s+place\s+de|alternative\s+à)\b/gi),
    notDenial: u(/\bsans\s+(?:s['’]y\s+limiter|que\s+cette\s+liste\s+soit\s+(?:limitative|exhaustive)|limitation)\b|\b(?:non|pas)\s+seulement\b|\bnon\s+exhaustive?\b/gi),
    clauseBreak: u(/[;:]|\b(?:mais|cependant|toutefois|en\s+revanche|par\s+contre)\b|,\s*(?:qui|que|dont|lequel|laquelle|et\s+nous|donc)\b|\b(?:traitée?s?|gérée?s?|fournie?s?|hébergée?s?|assurée?s?)\s+par\b|\b(?:via|chez)\s/gi),
    afterDenial: u(/^[\s.,;:!?"'’“”«»()–—-]{0,3}(?:n['’]\s?(?:est|sont|a|ont)|ne\s+(?:sont|est))\s+(?:pas|jamais|plus)\s+(?:été\s+)?(?:utilisée?s?|chargée?s?|intégrée?s?|employée?s?|installée?s?)/i),
    selfHosted: u(/\bauto-?hébergé\w*|\bself[- ]?host|\bsur\s+nos\s+propres\s+serveurs\b|\bhébergé\w*\s+(?:par\s+nos\s+soins|en\s+interne|chez\s+nous)\b|\ben\s+interne\b/i),
    selfHostDenied: u(/\b(?:pas|jamais|aucun\w*|plus)\b/i),
    clauseEnd: u(/[;]|\b(?:mais|tandis|alors\s+que|sauf|cependant)\b|,\s*(?:et|mais)\b/gi),
    serviceContext: {
      notBefore: u(/(?:\b(?:boîte\s+postale|BP))\s*$/i),
      notAfter: /^\s*(?:n°\s*|#\s*)?\d/,
      before: u(/(?:\b(?:via|avec|par|chez|sur|comme|tels?\s+que|notamment|utilisons|utilise|prestataire|service|services|outil|outils)[\s:]*(?:\*\*|__|\[)?)$/i),
      after: u(/^(?:\*\*|__|\])?\s*(?:\(|—|–|:\s|-\s|,?\s?(?:inc|llc|ltd|limited|gmbh|sas|sarl|sa|corp|plc|b\.?v)\b|\s(?:traite|stocke|héberge|fournit|reçoit|envoie|gère|collecte|conserve|mesure|assure)\b)/i),
      afterWeak: u(/^(?:\*\*|__)?\s(?:peut|est|sont|a|ont)\b/i),
      determiner: u(/\b(?:un|une|le|la|les|l['’]|du|des)\s*$/i),
    },
  },

  retention: {
    cue: u(/\b(?:conserv\w*|stock\w*|gard\w*|supprim\w*|effac\w*|archiv\w*|anonymis\w*|détrui\w*|purg\w*|expir\w*|durée\s+de\s+vie|sauvegard\w*|enregistr\w*)/i),
    notRetention: u(/\b(?:tous\s+les|toutes\s+les|chaque|par|avant|préavis|délai\s+(?:d['’]|de)|répond\w*|sous)\s*$/i),
    notRetentionAfter: u(/^\s{0,3}(?:d['’]essai|de préavis|de rétractation|de garantie|de remboursement|d['’]abonnement)\b/i),
    response: u(/\b(?:répond\w*|réponse\w*|traiter\s+(?:ta|votre)\s+demande|accus\w*\s+réception)/i),
  },

  transfer: {
    gate: u(/\b(?:hors|dehors|quitt\w*|rest\w*|demeur\w*|uniquement|exclusivement|seulement|aucun\w*|jamais|hébergée?s|stockée?s)\b/i),
    claims: [
      { re: u(/\b(?:ne|n['’]|jamais|aucun\w*)\b[^.;]{0,80}?\b(?:hors|en\s+dehors|à\s+l['’]extérieur)\b(?:\s+(?:de\s+l['’]|du|de\s+la|des|de))?/i) },
      { re: u(/\b(?:ne\s+quitt\w*|restent|reste|demeurent|demeure)\b(?:\s+(?:uniquement|exclusivement|toujours|jamais))?(?:\s+(?:en|dans|au|aux|à\s+l['’]intérieur\s+de))?/i), dataBefore: true },
      // "Données hébergées dans l'Union européenne", "Vos données sont stockées et traitées en France": one place for all of
      // it, said of the data as the sentence's subject ("PostHog … : les données sont donc hébergées dans l'UE" speaks of one processor)
      { re: u(/^[\s\-*•–—_>]{0,6}(?:(?:les|vos|tes|nos|toutes\s+(?:les|vos|tes|nos))\s+)?données(?:\s+personnelles)?\s+(?:sont\s+)?[\s*_]{0,4}(?:hébergée?s|stockée?s)(?:\s+et\s+(?:traitée?s|stockée?s|hébergée?s))?\s+(?:dans|en|au|aux)\b/i) },
      { re: u(/\b(?:uniquement|exclusivement|seulement)\b[^.;]{0,60}?\b(?:stockées?|hébergées?|traitées?|conservées?)\b(?:\s+(?:uniquement|exclusivement))?\s+(?:en|dans|au|aux)\b|\b(?:stockées?|hébergées?|traitées?|conservées?)\s+(?:uniquement|exclusivement|seulement)\s+(?:en|dans|au|aux|sur)\b/i) },
    ],
    conditional: u(/\b(?:sauf|à\s+moins|sans\s+(?:ton|votre)|garanties?|clauses\s+contractuelles|décision\s+d['’]adéquation|si\s+(?:nous|un|une|des)|lorsque)\b/i),
    dataSubject: u(/\b(?:données|informations|tout|contenus?|fichiers|notes)\b/i),
    dataBefore: u(/\b(?:données|informations|tout|rien)\b/i),
    stop: u(/[.;:]|\b(?:mais|car|parce|donc|qui)\b/),
  },

  consent: {
    gate: u(/analyse|analytics|audience|suivi|traçage|traceur|tracking|publicit|cookie|marketing|ciblage|statistique/i),
    siteSubject: u(/\b(?:nous|notre|nos|ce site|cette application|ce service|le site|l['’]application)\b/i),
    scope: u(/\bsans\s+(?:ton|votre)\s+(?:accord|consentement)|\bsans\s+(?:(?:vous|t['’])\s+)?(?:en\s+)?(?:informer|prévenir|avertir|préavis|information\s+préalable)\b|\b(?:uniquement|seulement|qu['’])\s*(?:avec|après|si|lorsque|une\s+fois)\b|\bsauf\s+si\b/i),
    onlyWithConsent: u(/\b(?:uniquement|seulement|qu['’])\s*(?:avec|après|si|lorsque|une\s+fois)\b[^.;]{0,60}?(?:consent\w*|accord|accept\w*|autoris\w*|activ\w*)|\b(?:avec|après)\s+(?:ton|votre)\s+(?:consentement|accord)(?:\s+(?:préalable|explicite))?\b|\bsous\s+réserve\s+de\s+(?:ton|votre)\s+consentement\b/i),
    negation: u(/\b(?:pas|jamais|aucun\w*|ni|sans|non)\b/gi),
    scopeEnd: u(/[;:]|\b(?:mais|cependant)\b|\.\s/),
    others: u(/\b(?:autres?|supplémentaires?)\s+(?:\w+\s+){0,2}(?:d['’]\s*)?(?:analyse|suivi|publicit\w*|traçage|traceurs?|mesure\s+d['’]audience)/i),
    notTracking: u(/\bnuméros?\s+de\s+suivi\b|\b(?:clés?|mots?\s+de\s+passe|accès|identifiants\s+de\s+connexion)\s+(?:aux?\s+|des?\s+)?plateformes?\s+publicitaires?\b/gi),
    analytics: u(/analyse|analytics|mesure\s+d['’]audience|statistique/),
    advertising: u(/publicit\w*|\bpub\b|ciblage|retargeting|reciblage|marketing/),
    tracking: u(/\bsuivi\b|traçage|traceur\w*|tracking|pistage/),
    cookies: u(/cookie/),
    noCookies: u(/\b(?:aucun|pas\s+de|ni)\b[^.]{0,20}cookies?/),
    essentialCookies: u(/(?<!non[- ])(?:nécessaires?|essentiels?|strictement|techniques?|fonctionnels?|de\s+session)(?!\s+(?:ou|et|ni)\s+non[- ](?:nécessaires?|essentiels?))/),
  },

  country: {
    placeVerb: u(/^(?:\*\*|__)?[\s,]*(?:(?:dont\s+les\s+)?serveurs?\s+(?:sont\s+)?(?:situés|localisés|hébergés)\s+(?:en|au|aux|dans)|(?:basée?s?|située?s?|établie?s?|implantée?s?|hébergée?s?|domiciliée?s?)\s+(?:en|au|aux|dans|à)|(?:dont\s+le\s+)?siège\s+(?:social\s+)?(?:est\s+)?(?:situé\s+)?(?:en|au|aux|à))/i),
    placeOwnRegion: /^(?!)/,
    placeStop: /[.;(]/,
    nameHeader: u(/prestataire|sous-traitant|fournisseur|destinataire|service|\bnom\b|société|entreprise/i),
    locationHeader: u(/pays|localisation|lieu|siège|région|situé|où/i),
    safeguardHeader: u(/garantie|transfert|mécanisme|\bbase\b/i),
    forms: () => libraryForms(fr, EXTRA_COUNTRIES),
    ordinaryWords: new Set(["Jersey", "Guernesey", "Union"]),
    name: countryName,
  },

  placeholder: {
    // or ends with the template's own marker: "[particulier / entrepreneur — SIRET : À COMPLÉTER]"
    fillInStart: u(/^(?:nom|prénom|adresse|e-?mail|courriel|téléphone|date|ville|pays|site|url|votre|ton|ta|société|entreprise|siret|siren|insérer|indiquer|à\s+compléter)\b|\bà\s+compléter\s*$/i),
    fillInWord: u(/\b(?:nom|société|entreprise|adresse|date|e-?mail|courriel|numéro|téléphone|pays|ville|site|siret|siren|dpo|responsable|autorité|publication|compléter)\b/i),
    small: u(/^(?:de|du|des|la|le|les|l['’]|et|ou|à|en|pour|d['’]|&)$/),
    companyWord: u(/société|entreprise|organisation|structure/i),
    nameWord: u(/\bnom\b/i),
    emailWord: u(/e-?mail|courriel/i),
    markers: u(/(?<!\[[^\]\n]{0,60})\bà\s+compléter\b/gi),
  },

  contact: {
    privacyContext: u(/données\s+personnelles|vie\s+privée|protection\s+des\s+données|\bdroits?\b|demande|exercer|rgpd|\bdpo\b|délégué|réclamation|opposition|effacement|accès|confidentialité/i),
    authority: u(/\b(?:CNIL|autorité\s+de\s+(?:contrôle|protection\s+des\s+données)|commission\s+nationale\s+de\s+l['’]informatique|préposé\s+fédéral|APD|EDÖB)\b/i),
  },

  recipients: {
    stopFirst: new Set([
      "notre", "nos", "nous", "le", "la", "les", "l", "un", "une", "des", "du", "de", "vos", "votre", "ton", "ta", "tes", "tous",
      "toutes", "autres", "ces", "cette", "ce", "chaque", "si", "quand", "pour", "avec", "à", "par", "en", "sur", "aussi", "seulement",
      "aucun", "voir", "note", "e", "i", "ii", "iii", "iv", "v", "vi", "etc", "il", "elle", "ils", "on",
    ]),
    generic: new Set([
      "prestataire", "prestataires", "sous", "traitant", "traitants", "fournisseur", "fournisseurs", "destinataire", "destinataires",
      "partenaire", "partenaires", "hébergement", "hébergeur", "paiement", "paiements", "banque", "banques", "autorités", "administrations",
      "comptable", "avocats", "service", "services", "support", "analyse", "base", "données", "stockage", "cdn", "nom", "finalité",
      "pays", "localisation", "garanties", "garantie", "catégorie", "catégories", "tiers", "société", "entreprise", "messagerie",
      "email", "e", "mail", "authentification", "serveur", "serveurs", "cloud", "sécurité", "clients", "utilisateurs", "personnel",
      "outil", "outils", "application", "rôle", "transfert", "lieu",
      // what a log or a form records, when such a list sits under a hosting or sharing heading
      // ("- Adresse IP", "- Date et heure de connexion", "- Numéro de téléphone")
      "adresse", "adresses", "ip", "date", "heure", "numéro", "téléphone", "prénom", "message", "url", "navigateur",
    ]),
    nameHeader: u(/\b(prestataire|sous-traitant|fournisseur|destinataire|service|nom|société|entreprise|qui)/i),
    attributeLabel: u(/^(?:finalités?|objet|localisation(?: des (?:données|serveurs))?|lieu d['’]hébergement|hébergement des données|pays|siège(?: social)?|garanties?(?: appropriées)?|base (?:légale|juridique)|fondement juridique|durée de conservation|(?:catégories de )?données(?: concernées| traitées)?|site(?: web| internet)?|politique de confidentialité|adresse|certifications?|plus d['’]informations|remarque|transferts?(?: hors (?:de l['’])?UE)?)$/i),
    activity: u(/^\p{Lu}\p{Ll}{2,}(?:er|ir)$/u),
  },

  fixes: {
    contactLine: (email) => `Pour toute question ou demande relative à vos données personnelles, écrivez-nous à ${email}.`,
    dpoLine: (email) => `Notre délégué à la protection des données est joignable à l’adresse ${email}.`,
    recipientsHeading: "Destinataires des données personnelles",
    purposeToDo: "TODO : préciser la finalité",
    transfers: {
      scc: "clauses contractuelles types", adequacy: "décision d’adéquation", dpf: "Data Privacy Framework UE–États-Unis",
      bcr: "règles d’entreprise contraignantes", consent: "votre consentement explicite", none: "non nécessaire",
    },
    noTransfer: "sans objet",
    blockColumns: {
      processors: { name: "Sous-traitant", purpose: "Finalité", category: "Catégorie", data: "Données personnelles", country: "Pays", transfer: "Garantie", retention: "Durée de conservation" },
      retention: { data: "Données", period: "Durée de conservation", store: "Conservées chez" },
      controller: { name: "Responsable du traitement", country: "Pays d’établissement", email: "Contact pour la protection des données", contact: "Formulaire de demande", dpo: "Délégué à la protection des données", authority: "Autorité de contrôle" },
      controllerTable: ["Information", "Valeur"],
    },
  },

  clauses: {
    snippets: SNIPPETS,
    formalCue: u(/\b(?:ci-après|conformément|en\s+application)\b/i),
    templates: FRENCH_CLAUSES,
    lastUpdated: (d) => `Dernière mise à jour : ${d.getUTCDate() === 1 ? "1er" : d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  },

  cookies: {
    columns: {
      name: ["nom du cookie", "nom du traceur", "nom", "cookie", "cookies", "traceur", "témoin"],
      provider: ["fournisseur", "émetteur", "déposé par", "service", "éditeur", "domaine", "tiers"],
      purpose: ["finalité", "finalités", "objectif", "description", "fonction", "utilisation"],
      duration: ["durée", "durée de conservation", "durée de vie", "expiration", "conservation", "validité"],
      category: ["catégorie", "type"],
      consent: ["consentement", "consentement requis"],
    },
    categories: {
      necessary: ["strictement nécessaires", "strictement nécessaire", "nécessaires", "nécessaire", "essentiels", "essentiel", "indispensables", "indispensable", "techniques"],
      preferences: ["préférences", "fonctionnels", "fonctionnel", "personnalisation"],
      statistics: ["statistiques", "statistique", "mesure d'audience", "analytiques", "analyse", "performance"],
      marketing: ["marketing", "publicité", "publicitaires", "publicitaire", "ciblage"],
    },
    session: ["session", "fin de session", "fin de la session", "durée de la session", "fermeture du navigateur"],
    persistent: ["persistant", "permanent"],
    units: {
      seconde: "second", secondes: "second", minute: "minute", minutes: "minute", heure: "hour", heures: "hour",
      jour: "day", jours: "day", semaine: "week", semaines: "week", mois: "month", an: "year", ans: "year", année: "year", années: "year",
    },
    numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, trente: 30 },
    noConsent: ["non", "non requis", "aucun"],
    withoutConsent: ["sans consentement", "sans votre consentement", "exemptés de consentement", "exempté de consentement", "ne nécessitent pas de consentement", "ne requièrent pas votre consentement"],
    onlyNecessary: [
      /\b(?:uniquement|seulement|exclusivement)\sdes\s(?:cookies|traceurs)\s(?:strictement\s)?(?:nécessaires|essentiels|indispensables)/iu,
      /\bque\sdes\s(?:cookies|traceurs)\s(?:strictement\s)?(?:nécessaires|essentiels|indispensables)/iu,
    ],
    sectionWords: ["cookie", "cookies", "traceurs", "témoins"],
    cookieWords: ["cookie", "traceur", "témoin"],
    firstParty: ["première partie"],
    firstPartyStart: ["nous"],
    headings: { name: "Cookie", provider: "Fournisseur", purpose: "Finalité", duration: "Durée", session: "session", firstParty: "nous (première partie)" },
    unitNames: UNIT_NAMES,
    purposeNames: { necessary: "Strictement nécessaire", preferences: "Préférences", statistics: "Statistiques", marketing: "Marketing" },
  },
};
