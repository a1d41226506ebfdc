/**
 * The words a cookie table is written in, per language: column names, category words, lifetime
 * words and units. Plain data, one record per language, so that it moves into the language
 * packs as it stands; the reader code never asks which language it reads, it takes the union.
 */
import type { CookiePurpose } from "./types";

export interface CookieVocabulary {
  /** Column headings (and list labels) per field, lower-case; a heading matches when it equals one or starts with one. */
  columns: {
    name: string[];
    provider: string[];
    purpose: string[];
    duration: string[];
    category: string[];
    consent: string[];
  };
  /** Words that put a cookie in a purpose, lower-case, matched as whole words. */
  categories: Record<CookiePurpose, string[]>;
  /** A lifetime that ends with the browser session. */
  session: string[];
  /** A lifetime that outlives the session, without a length. */
  persistent: string[];
  /** Time units, lower-case, to the grammar's units. */
  units: Record<string, "second" | "minute" | "hour" | "day" | "week" | "month" | "year">;
  /** Small number words. */
  numbers: Record<string, number>;
  /** Values of a consent column that mean "set without consent". */
  noConsent: string[];
  /** Phrases in a row or heading that say a cookie is set without consent. */
  withoutConsent: string[];
  /** Sentences that say only necessary cookies are set (regular expression sources, no nested quantifiers). */
  onlyNecessary: string[];
  /** Heading words for a section about cookies (beyond the English heading classifier). */
  sectionWords: string[];
  /** How the generated block and a drafted row write the columns. */
  headings: { name: string; provider: string; purpose: string; duration: string; session: string; firstParty: string };
  /** Unit names for writing, singular and plural. */
  unitNames: Record<"minute" | "hour" | "day" | "week" | "month" | "year", [string, string]>;
  /** How the purposes read in a drafted row. */
  purposeNames: Record<CookiePurpose, string>;
}

export const COOKIE_VOCABULARY: Record<"en" | "de" | "fr", CookieVocabulary> = {
  en: {
    columns: {
      name: ["cookie name", "name of cookie", "cookie", "cookies", "name", "key", "identifier"],
      provider: ["provider", "set by", "service", "third party", "vendor", "source", "platform", "host", "domain", "party", "owner"],
      purpose: ["purpose", "description", "function", "what it does", "used for", "usage", "why we use it", "details"],
      duration: ["expiry", "expiration", "expires", "duration", "retention", "lifetime", "storage period", "lifespan", "life span", "max age", "how long"],
      category: ["category", "type", "cookie type", "classification"],
      consent: ["consent", "consent required", "requires consent", "opt-in"],
    },
    categories: {
      necessary: ["strictly necessary", "necessary", "essential", "required", "technically necessary"],
      preferences: ["preferences", "preference", "functional", "functionality", "personalisation", "personalization"],
      statistics: ["statistics", "statistical", "analytics", "analytical", "performance", "measurement"],
      marketing: ["marketing", "advertising", "targeting", "advertisement", "ads", "retargeting"],
    },
    session: ["session", "browser session", "end of session", "end of the session", "end of browser session", "until the browser is closed", "until you close your browser"],
    persistent: ["persistent"],
    units: {
      second: "second", seconds: "second", sec: "second", secs: "second", s: "second",
      minute: "minute", minutes: "minute", min: "minute", mins: "minute",
      hour: "hour", hours: "hour", hr: "hour", hrs: "hour", h: "hour",
      day: "day", days: "day", d: "day",
      week: "week", weeks: "week",
      month: "month", months: "month", mo: "month",
      year: "year", years: "year", yr: "year", yrs: "year", y: "year",
    },
    numbers: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, eighteen: 18, twenty: 20, thirty: 30 },
    noConsent: ["no", "not required", "none", "n/a", "exempt"],
    withoutConsent: ["without consent", "without your consent", "no consent required", "no consent is required", "do not require consent", "does not require consent", "don't require consent", "exempt from consent"],
    onlyNecessary: [
      "\\bonly\\s(?:use|uses|set|sets|place|places|store|stores)\\s(?:strictly\\s)?(?:necessary|essential|technically\\snecessary)\\scookies",
      "\\b(?:use|set|place)\\sonly\\s(?:strictly\\s)?(?:necessary|essential)\\scookies",
      "\\bno\\scookies\\sother\\sthan\\s(?:strictly\\s)?(?:necessary|essential)",
      "\\b(?:all\\s)?(?:the\\s)?cookies\\s(?:we\\sset\\s)?are\\s(?:all\\s)?(?:strictly\\s)?(?:necessary|essential)\\b",
    ],
    sectionWords: ["cookie", "cookies", "tracking technologies", "local storage"],
    headings: { name: "Cookie", provider: "Provider", purpose: "Purpose", duration: "Duration", session: "session", firstParty: "us (first party)" },
    unitNames: { minute: ["minute", "minutes"], hour: ["hour", "hours"], day: ["day", "days"], week: ["week", "weeks"], month: ["month", "months"], year: ["year", "years"] },
    purposeNames: { necessary: "Strictly necessary", preferences: "Preferences", statistics: "Statistics", marketing: "Marketing" },
  },
  de: {
    columns: {
      name: ["cookie-name", "name des cookies", "cookie", "cookies", "name", "bezeichnung"],
      provider: ["anbieter", "gesetzt von", "dienst", "dienstanbieter", "herkunft", "domäne", "drittanbieter"],
      purpose: ["zweck", "verwendungszweck", "beschreibung", "funktion", "zweck und funktion"],
      duration: ["speicherdauer", "laufzeit", "ablauf", "gültigkeit", "dauer", "lebensdauer", "ablaufzeit", "aufbewahrungsdauer", "löschfrist"],
      category: ["kategorie", "typ", "art"],
      consent: ["einwilligung", "einwilligung erforderlich", "zustimmung"],
    },
    categories: {
      necessary: ["technisch notwendig", "technisch erforderlich", "unbedingt erforderlich", "notwendig", "notwendige", "erforderlich", "erforderliche", "essenziell", "essenzielle", "essentiell", "essentielle"],
      preferences: ["präferenzen", "funktional", "funktionale", "komfort", "personalisierung"],
      statistics: ["statistik", "statistiken", "statistische", "analyse", "analytische", "reichweitenmessung", "leistung"],
      marketing: ["marketing", "werbung", "werbe", "targeting", "personalisierte werbung"],
    },
    session: ["sitzung", "session", "sitzungsende", "ende der sitzung", "ende der browsersitzung", "bis zum schließen des browsers", "browsersitzung"],
    persistent: ["persistent", "dauerhaft"],
    units: {
      sekunde: "second", sekunden: "second", minute: "minute", minuten: "minute", stunde: "hour", stunden: "hour",
      tag: "day", tage: "day", tagen: "day", woche: "week", wochen: "week", monat: "month", monate: "month", monaten: "month",
      jahr: "year", jahre: "year", jahren: "year",
    },
    numbers: { ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, dreißig: 30 },
    noConsent: ["nein", "nicht erforderlich", "keine"],
    withoutConsent: ["ohne einwilligung", "ohne ihre einwilligung", "keine einwilligung erforderlich", "ohne zustimmung", "keine einwilligung"],
    onlyNecessary: [
      "\\b(?:nur|ausschließlich|lediglich)\\s(?:technisch\\s)?(?:notwendige|erforderliche|essenzielle)\\scookies",
      "\\bkeine\\s(?:anderen\\s)?cookies\\saußer\\s(?:technisch\\s)?(?:notwendigen|erforderlichen)",
    ],
    sectionWords: ["cookie", "cookies", "tracking", "lokaler speicher"],
    headings: { name: "Cookie", provider: "Anbieter", purpose: "Zweck", duration: "Speicherdauer", session: "Sitzung", firstParty: "wir (Erstanbieter)" },
    unitNames: { minute: ["Minute", "Minuten"], hour: ["Stunde", "Stunden"], day: ["Tag", "Tage"], week: ["Woche", "Wochen"], month: ["Monat", "Monate"], year: ["Jahr", "Jahre"] },
    purposeNames: { necessary: "Technisch notwendig", preferences: "Präferenzen", statistics: "Statistik", marketing: "Marketing" },
  },
  fr: {
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
      "\\b(?:uniquement|seulement|exclusivement)\\sdes\\s(?:cookies|traceurs)\\s(?:strictement\\s)?(?:nécessaires|essentiels|indispensables)",
      "\\bque\\sdes\\s(?:cookies|traceurs)\\s(?:strictement\\s)?(?:nécessaires|essentiels|indispensables)",
    ],
    sectionWords: ["cookie", "cookies", "traceurs", "témoins"],
    headings: { name: "Cookie", provider: "Fournisseur", purpose: "Finalité", duration: "Durée", session: "session", firstParty: "nous (première partie)" },
    unitNames: { minute: ["minute", "minutes"], hour: ["heure", "heures"], day: ["jour", "jours"], week: ["semaine", "semaines"], month: ["mois", "mois"], year: ["an", "ans"] },
    purposeNames: { necessary: "Strictement nécessaire", preferences: "Préférences", statistics: "Statistiques", marketing: "Marketing" },
  },
};

type Lang = keyof typeof COOKIE_VOCABULARY;
const LANGS = Object.keys(COOKIE_VOCABULARY) as Lang[];

/** Every language's entries of one list, merged: the reader accepts any of them. */
function union(pick: (v: CookieVocabulary) => string[]): string[] {
  return [...new Set(LANGS.flatMap((l) => pick(COOKIE_VOCABULARY[l])))].sort((a, b) => b.length - a.length);
}

/** The merged vocabulary the reader uses, built once. */
export const READING = {
  columns: {
    name: union((v) => v.columns.name),
    provider: union((v) => v.columns.provider),
    purpose: union((v) => v.columns.purpose),
    duration: union((v) => v.columns.duration),
    category: union((v) => v.columns.category),
    consent: union((v) => v.columns.consent),
  },
  categories: {
    necessary: union((v) => v.categories.necessary),
    preferences: union((v) => v.categories.preferences),
    statistics: union((v) => v.categories.statistics),
    marketing: union((v) => v.categories.marketing),
  } as Record<CookiePurpose, string[]>,
  session: union((v) => v.session),
  persistent: union((v) => v.persistent),
  units: Object.assign({}, ...LANGS.map((l) => COOKIE_VOCABULARY[l].units)) as CookieVocabulary["units"],
  numbers: Object.assign({}, ...LANGS.map((l) => COOKIE_VOCABULARY[l].numbers)) as Record<string, number>,
  noConsent: union((v) => v.noConsent),
  withoutConsent: union((v) => v.withoutConsent),
  onlyNecessary: new RegExp(LANGS.flatMap((l) => COOKIE_VOCABULARY[l].onlyNecessary).join("|"), "iu"),
  sectionWords: union((v) => v.sectionWords),
};

/** The vocabulary to write in: the policy's language when it is one we have, else English. */
export function writingVocabulary(lang: string | undefined): CookieVocabulary {
  return (lang && (COOKIE_VOCABULARY as Record<string, CookieVocabulary>)[lang]) || COOKIE_VOCABULARY.en;
}

/** Guesses the table's language from its own headings (until the language packs detect it for the whole policy). */
export function languageOfHeadings(headings: string[]): Lang | undefined {
  const h = headings.map((x) => x.toLowerCase().trim());
  for (const l of ["de", "fr", "en"] as Lang[]) {
    const v = COOKIE_VOCABULARY[l].columns;
    const en = COOKIE_VOCABULARY.en.columns;
    const shared = new Set(l === "en" ? [] : [...en.provider, ...en.purpose, ...en.duration]);
    const own = [...v.provider, ...v.purpose, ...v.duration].filter((w) => !shared.has(w));
    if (h.some((x) => own.some((w) => x === w || x.startsWith(`${w} `)))) return l;
  }
  return undefined;
}
