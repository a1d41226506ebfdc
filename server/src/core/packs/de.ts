/**
 * German: the phrases, period grammar, dates and cues of German privacy policies
 * (Datenschutzerklärung), formal "Sie" and informal "du" alike, German, Austrian and Swiss
 * usage (Jänner, "ss" for "ß", "bearbeiten" for "verarbeiten").
 */
import de from "i18n-iso-countries/langs/de.json";
import type { Period, Unit } from "../periodTypes";
import { GERMAN_CLAUSES } from "./de-clauses";
import { libraryForms, u } from "./regex";
import SNIPPETS from "./snippets/de.json";
import type { LanguagePack } from "./types";

const ONES: Record<string, number> = {
  ein: 1, eins: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1, zwei: 2, drei: 3, vier: 4, "fünf": 5, fuenf: 5,
  sechs: 6, sieben: 7, acht: 8, neun: 9,
};
const TEENS: Record<string, number> = {
  zehn: 10, elf: 11, "zwölf": 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, "fünfzehn": 15, fuenfzehn: 15, sechzehn: 16,
  siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20, "dreißig": 30, dreissig: 30, vierzig: 40, "fünfzig": 50, fuenfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};

/** Reads a German number word up to one hundred ("sieben", "zwölf", "vierundzwanzig", "einhundert"). */
function readNumber(words: string): number | undefined {
  const w = words.toLowerCase().replace(/\s+/g, "");
  if (w in ONES) return ONES[w];
  if (w in TEENS) return TEENS[w];
  if (w in TENS) return TENS[w];
  if (w === "hundert" || w === "einhundert") return 100;
  const m = /^(ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)und(.+)$/.exec(w);
  if (m && m[2] in TENS) return ONES[m[1]] + TENS[m[2]];
  return undefined;
}

const UNIT_NAMES: Record<Unit, [string, string]> = {
  minute: ["Minute", "Minuten"], hour: ["Stunde", "Stunden"], day: ["Tag", "Tage"], week: ["Woche", "Wochen"], month: ["Monat", "Monate"], year: ["Jahr", "Jahre"],
};

function format(p: Period): string {
  switch (p.kind) {
    case "duration":
      return `${p.amount} ${UNIT_NAMES[p.unit][p.amount === 1 ? 0 : 1]}`;
    case "until":
      return /^solange\b/i.test(p.event) ? p.event : `bis ${untilArticle(p.event)}${p.event}`;
    case "session":
      return "Sitzungsdauer";
    case "indefinite":
      return "unbefristet";
  }
}

/** "zur " before a feminine noun ("Löschung", "Kündigung"), "zum " before others ("Ende"); none when the event brings its own article or pronoun. */
function untilArticle(event: string): string {
  const first = event.split(/\s/, 1)[0].toLowerCase();
  if (/^(?:der|die|das|dem|den|des|ihrer?|ihrem|ihren|unserer?|unserem|einer?|einem)$/.test(first)) return "zu ";
  return /(?:ung|heit|keit|schaft|ion|tät|ei|ik|frist|dauer)$/.test(first) ? "zur " : "zum ";
}

const MONTH_NAMES = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

/** Names i18n-iso-countries lacks: inflected forms after "in den/der", regions, and usual short forms. */
const EXTRA_COUNTRIES: Array<[string | null, string]> = [
  ["US", "USA"], ["US", "U.S.A."], ["US", "Vereinigten Staaten"], ["US", "Vereinigten Staaten von Amerika"], ["US", "Amerika"],
  ["GB", "UK"], ["GB", "Vereinigten Königreich"], ["GB", "England"], ["NL", "Niederlanden"], ["NL", "Holland"],
  ["AE", "Vereinigten Arabischen Emiraten"], ["PH", "Philippinen"], ["CH", "Schweiz"], ["CZ", "Tschechien"],
  ["EU", "EU"], ["EU", "Europäische Union"], ["EU", "Europäischen Union"], ["EU", "Europa"],
  ["EEA", "EWR"], ["EEA", "Europäischer Wirtschaftsraum"], ["EEA", "Europäischen Wirtschaftsraum"], ["EEA", "Europäischen Wirtschaftsraums"],
  ["EEA", "EEA"],
  [null, "Nordamerika"], [null, "Südamerika"], [null, "Lateinamerika"], [null, "Mittelamerika"], [null, "Europarat"],
];

const NAMES: Record<string, string> = { US: "USA", GB: "Vereinigtes Königreich", EU: "EU", EEA: "EWR" };

function countryName(code: string): string {
  if (NAMES[code]) return NAMES[code];
  const n = (de as { countries: Record<string, string | string[]> }).countries[code];
  return Array.isArray(n) ? n[0] : n ?? code;
}

export const deutsch: LanguagePack = {
  code: "de",
  name: "German",

  sentences: {
    abbreviations: new Set([
      "z.b", "bzw", "ca", "abs", "lit", "nr", "ggf", "usw", "etc", "d.h", "u.a", "inkl", "gem", "vgl", "art", "str", "tel", "mio",
      "co", "gmbh", "kg", "ag", "e.v", "dr", "hr", "fr", "bspw", "evtl", "insb", "max", "min", "sog", "u.u", "z.t", "i.s.d",
      "i.v.m", "ff", "abschn", "ziff", "zzgl", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
      "inc", "ltd", "llc", "corp", "s.a", "b.v", "s.à", "r.l", "u.s", "bzgl", "allg", "anh", "sa", "st",
    ]),
  },

  headings: [
    ["controller", u(/\b(verantwortlich\w*|name und anschrift|wer wir sind|über uns|impressum|hinweis zur verantwortlichen)|^anbieter\b/i)],
    ["contact", u(/\b(kontakt\w*|ansprechpartner\w*|fragen)\b/i)],
    ["dpo", u(/datenschutzbeauftragte/i)],
    ["collection", u(/\b(welche (personenbezogenen )?daten|erhobene daten|datenerhebung|erhebung (und verarbeitung )?(von |personenbezogener )?daten|verarbeitete daten|kategorien (personenbezogener |von )?daten|art der daten|übersicht der verarbeitungen)/i)],
    ["purposes", u(/\b(zweck\w*|verarbeitungszweck\w*|wofür|wozu|warum wir|nutzung (ihrer |deiner |der )?daten)/i)],
    ["legal-basis", u(/\b(rechtsgrundlage\w*|rechtliche grundlage\w*)/i)],
    ["recipients", u(/\b(empfänger\w*|dienstleister\w*|auftragsverarbeit\w*|unterauftragsverarbeit\w*|drittanbieter\w*|dritte\b|weitergabe|datenweitergabe|weitergeben|wem wir|an wen|eingesetzte (dienste|tools|anbieter)|externe dienste|hosting|partner)/i)],
    ["transfers", u(/\b(drittland\w*|drittländer\w*|drittstaat\w*|datenübermittlung(?:en)?\b(?!\s+an\s+(?:dritte|andere|externe))|übermittlung (in|an) (drittländer|drittstaaten|die usa)|internationale (daten)?übermittlung\w*|außerhalb der (eu|europäischen union)|serverstandort)/i)],
    ["retention", u(/\b(speicherdauer|dauer der speicherung|aufbewahrung\w*|speicherfrist\w*|löschfrist\w*|wie lange|speicherung und löschung|löschung (von |der |ihrer |deiner )?daten)/i)],
    ["rights", u(/\b((ihre|deine) rechte|rechte der betroffenen|betroffenenrechte|rechte als betroffene|datenschutzrechte|rechte)\b/i)],
    ["complaint", u(/\b(beschwerde\w*|aufsichtsbehörde\w*)/i)],
    ["cookies", u(/\b(cookie\w*|tracking|analyse\w*|statistik\w*|reichweitenmessung|webanalyse)/i)],
    ["children", u(/\b(kinder\w*|minderjährig\w*)/i)],
    ["links", u(/\b(externe[nr]?\s+links|links\s+(?:zu|auf)\s+(?:anderen|externen|fremden)|verlinkte[nr]?\s+(?:seiten|websites|webseiten|inhalte)|andere[nr]?\s+(?:websites|webseiten)|(?:websites|webseiten)\s+dritter|fremde[nr]?\s+(?:websites|webseiten))/i)],
    ["security", u(/\b(sicherheit|datensicherheit|verschlüsselung)/i)],
    ["changes", u(/\b(änderung\w*|aktualisierung\w*)/i)],
    ["ccpa-non-discrimination", u(/\b(nichtdiskriminierung|diskriminierung)/i)],
  ],

  disclosures: {
    phrases: {
      purposes: [u(/\bzweck\w*/i), u(/\b(?:verarbeiten|nutzen|verwenden|erheben|bearbeiten|speichern|verarbeitet|genutzt|verwendet|erhoben|bearbeitet|gespeichert)\b[^.]{0,80}\bum\b[^.]{0,80}\bzu\b/i), u(/\bdamit\s+wir\b/i), u(/\b(?:ausgewertet|verarbeitet|genutzt|verwendet|erhoben|gespeichert|erfasst|auswerten|verarbeiten|nutzen|verwenden)\b[^.]{0,60}\bdamit\b/i), u(/\b(?:verarbeiten|nutzen|verwenden|erheben|bearbeiten)\b[^.]{0,60}\bdaten\b[^.]{0,40}\b(?:um|zur|zum|für)\b/i), u(/\bdien(?:t|en)\b[^.]{0,30}\b(?:der|dem|zur|zum)\b/i)],
      "legal-basis": [u(/\brechtsgrundlage\w*/i), u(/\bart\.?\s*6\s*(?:abs\.?\s*1|\(1\))/i), u(/\bberechtigte[nsr]?\s+interesse\w*/i), u(/\bvertragserfüllung\b|\berfüllung\s+(?:eines|des|unseres|ihres|deines)\s+vertrag\w*/i), u(/\brechtliche[nr]?\s+verpflichtung\w*|\bgesetzliche[nr]?\s+(?:verpflichtung|pflicht)\w*/i), u(/\bauf\s+(?:grundlage|basis)\s+(?:ihrer|deiner)\s+einwilligung\b/i)],
      recipients: [u(/\b(?:dienstleister|auftragsverarbeiter|empfänger|drittanbieter|anbieter)\w*\b[^.]{0,80}\b(?:verarbeit|erhalt|übermittel|weitergeb|zugriff|einsetz|setzen|nutzen)\w*/i), u(/\b(?:geben|übermitteln|übertragen)\s+(?:wir\s+)?(?:ihre\s+|deine\s+)?(?:personenbezogenen\s+)?daten\s+(?:an|weiter)\b/i), u(/\bin\s+unserem\s+auftrag\b/i), u(/\bauftragsverarbeitung\w*/i)],
      transfers: [u(/\bstandardvertragsklausel\w*|\bstandarddatenschutzklausel\w*/i), u(/\bangemessenheitsbeschluss\w*/i), u(/\bdata\s+privacy\s+framework\b/i), // a transfer to a third country, as the English pack reads "transfer to third countries"; a third country named
      // without the transfer being explained is not the disclosure ("Wir können nicht garantieren, dass dabei keine
      // Daten an Server in einem Drittland übermittelt werden")
      u(/\b(?:übermittlung|übertragung|transfer|weitergabe)\w*\s+(?:\w+\s+){0,3}?(?:in|an|nach)\s+(?:ein\w*\s+|die\s+|der\s+|sogenannte\s+)?(?:drittl(?:and|änder)\w*|drittstaat\w*)|\bdrittland(?:übermittlung|transfer)\w*|\bdrittstaatenübermittlung\w*/i), u(/\bgeeignete[nr]?\s+garantien\b/i), u(/\bart\.?\s*4[4-9]\b/i), u(/\bverbindliche[nr]?\s+interne[nr]?\s+datenschutzvorschriften\b/i)],
      retention: [u(/\bspeicherdauer\b|\blöschfrist\w*|\baufbewahrungsfrist\w*/i),
        // a duty to keep is a criterion ("entsprechend den gesetzlichen Aufbewahrungspflichten"), but not where none applies:
        // "Löschung deiner Daten (soweit keine gesetzliche Aufbewahrungspflicht besteht)" is a limit of the erasure right
        u(/(?<!\bkeine[nr]?\s{1,3}(?:(?:gesetzliche|steuerliche|handelsrechtliche)[nr]?\s{1,3})?)\baufbewahrungspflicht\w*/i), u(/\b(?:speichern|gespeichert|aufbewahrt|aufbewahren|löschen|gelöscht|bearbeitet)\b[^.]{0,80}\b(?:bis|nach|für|solange|spätestens|sobald)\b/i), u(/\b(?:bis|nach|solange|sobald|spätestens)\b[^.]{0,80}\b(?:gelöscht|gespeichert|aufbewahrt|anonymisiert)\b/i)],
      "withdraw-consent": [u(/\bwiderruf\w*\b[^.]{0,80}\beinwilligung\w*/i), u(/\beinwilligung\w*\b[^.]{0,120}\bwiderruf\w*/i), u(/\bjederzeit\b[^.]{0,60}\bwiderrufen\b/i), u(/\b(?:auswahl|entscheidung|einstellungen|präferenzen)\b[^.]{0,40}\bjederzeit\b[^.]{0,30}\bändern\b|\bjederzeit\b[^.]{0,40}\b(?:auswahl|entscheidung|einstellungen|präferenzen)\b[^.]{0,30}\bändern\b/i)],
      complaint: [u(/\bbeschwer\w*\b[^.]{0,160}\b(?:aufsichtsbehörde\w*|datenschutzbehörde\w*|datenschutz-aufsichtsbehörde\w*|landesbeauftragte\w*|landesdatenschutzbeauftragte\w*|bundesbeauftragte\w*|bfdi|edöb|dsb|behörde\w*)/i), u(/\b(?:aufsichtsbehörde|datenschutzbehörde)\w*\b[^.]{0,100}\bbeschwer\w*/i), u(/\bbeschwerderecht\w*/i), u(/\bart\.?\s*77\b/i)],
      "ccpa-sale": [u(/\b(?:verkaufen|verkauft|verkauf)\b/i)],
      "ccpa-non-discrimination": [u(/\bdiskriminier\w*|\bbenachteilig\w*/i)],
    },
    rights: [u(/\bauskunft\w*/i), u(/\bberichtigung\w*/i), u(/\blöschung\w*|\bvergessenwerden\b|\bvergessen\s+zu\s+werden\b/i), u(/\beinschränkung\w*/i), u(/\bwiderspruch\w*/i), u(/\bübertragbarkeit\b|\bdatenübertragbarkeit\b/i)],
    rightsNeeded: 5,
    ccpaRights: [u(/\bauskunft|\bwissen\b/i), u(/\blösch/i), u(/\bberichtig/i), u(/\bwiderspruch|\bopt[- ]out\b/i)],
    notStated: u(/\b(?:außer|ausser|es\s+sei\s+denn|sofern\s+nicht|ausgenommen)\b[^.;]*$/i),
    complaintCue: u(/beschwer/i),
    controllerCue: u(/\b(?:verantwortlich\w*|anbieter)\b/i),
    contactLink: /\bhttps?:\/\/[^\s)]{0,200}?(?:kontakt|contact|impressum|imprint)/i,
    toolUse: [
      // "Für die Besucherstatistik nutzen wir Plausible", "Zum Versand setzen wir Postmark ein"
      { before: u(/\b(?:für|zum|zur|um)\s[^.\n]{1,60}?\b(?:nutzen|verwenden|setzen|benutzen)\s{1,3}wir\s{1,3}[[(*_"„]{0,2}$/i) },
      // "Wir nutzen Supabase für die Anmeldung", "wir verwenden Stripe zur Zahlungsabwicklung"
      { before: u(/\b(?:nutzen|verwenden|benutzen|setzen)\s{1,3}(?:wir\s{1,3})?(?:den\s|die\s|das\s)?(?:Dienst\s|Anbieter\s)?[[(*_"„]{0,2}$/i), after: u(/^[\])*_"“]{0,2}\s{0,3}(?:für|zum|zur|um|als)\s/i) },
      // "die Website wird bei Netlify gehostet", "Zahlungen werden über Stripe abgewickelt"
      { before: u(/\b(?:bei|über|durch|mit|von)\s{1,3}[[(*_"„]{0,2}$/i), after: u(/^[\])*_"“]{0,2}[^.\n]{0,40}?\b(?:gehostet|abgewickelt|versendet|verschickt|gespeichert|verarbeitet|ausgeliefert|erfasst|gemessen|analysiert|betrieben|bereitgestellt)\b/i) },
      // "Sentry erfasst Fehlerberichte", "Postmark versendet unsere E-Mails"
      { after: u(/^[\])*_"“]{0,2}(?:,[^,.\n]{0,60},)?\s{1,3}(?:hostet|versendet|verschickt|speichert|verarbeitet|erfasst|misst|analysiert|betreibt|stellt)\b/i) },
    ],
    roleLabel: u(/^(?!\s{0,3}(?:name|anbieter|dienst(?:leister)?|auftragsverarbeiter|unternehmen|empfänger|firma|hinweis|beispiel|website|kontakt|sitz)\s{0,3}:)[^\n:]{2,30}:\s{0,3}[[(*_"„]{0,2}$/i),
    purposeColumn: u(/^(?:zweck(?:e)?|verarbeitungszweck(?:e)?|wofür|funktion|rolle|einsatzzweck)$/i),
  },

  periods: {
    numberWord: "(?:(?:ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|fuenfzig|sechzig|siebzig|achtzig|neunzig)|zwanzig|dreißig|dreissig|vierzig|fünfzig|fuenfzig|sechzig|siebzig|achtzig|neunzig|(?:ein)?hundert|dreizehn|vierzehn|fünfzehn|fuenfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwölf|zwoelf|elf|zehn|neun|acht|sieben|sechs|fünf|fuenf|vier|drei|zwei|eins|eine[mnrs]?|ein)",
    readNumber,
    unitWord: "(?:stunden|stunde|std\\.?|tagen|tages|tage|tag|wochen|woche|monaten|monate|monats|monat|jahren|jahres|jahre|jahr)",
    units: {
      stunde: "hour", stunden: "hour", std: "hour", "std.": "hour",
      tag: "day", tage: "day", tagen: "day", tages: "day",
      woche: "week", wochen: "week",
      monat: "month", monate: "month", monaten: "month", monats: "month",
      jahr: "year", jahre: "year", jahren: "year", jahres: "year",
    },
    unitHint: /stunde|std|tag|woche|monat|jahr/i,
    articles: /^ein(?:e[mnrs]?)?$/i,
    qualifiers: u(/^(?:bis zu|für|für die dauer von|höchstens|maximal|max\.?|längstens|spätestens nach|nach)\s+/),
    // "solange …" is kept in the event: it is a clause of its own ("solange Ihr Konto besteht")
    until: u(/^(?:bis\s+(?:zur|zum|zu\s+(?:ihrer|deiner|der|dem))\b\s*|(?=solange\b))(.+)$/i),
    session: u(/^(?:sitzung|sitzungsdauer|dauer der sitzung|für die dauer der sitzung|browsersitzung|session)$/),
    indefinite: u(/^(?:unbegrenzt|unbefristet|dauerhaft|unbestimmt|auf unbestimmte zeit)$/),
    format,
    // after "nach", "von", "mit" a German period is dative: "nach sechs Monaten" -> "nach 10 Jahren"
    formatLike: (p, written) => {
      const f = format(p);
      return p.kind === "duration" && /(?:jahren|monaten|tagen)\b/iu.test(written) && /e$/.test(f) ? `${f}n` : f;
    },
  },

  dates: {
    months: ["j(?:a|ä)n(?:uar|ner)?", "feb(?:ruar)?", "m(?:ärz|aerz|är|rz)", "apr(?:il)?", "mai", "juni?", "juli?", "aug(?:ust)?", "sep(?:t(?:ember)?)?", "okt(?:ober)?", "nov(?:ember)?", "dez(?:ember)?"],
    monthNames: MONTH_NAMES,
    dayMark: "\\.?",
    dayMonthGap: "\\s*",
    monthFirst: false,
    label: u(/\b(?:stand|zuletzt\s+(?:aktualisiert|geändert|überarbeitet|angepasst)|letzte\s+(?:aktualisierung|änderung|überarbeitung)|aktualisiert\s+am|gültig\s+(?:ab|seit)|in\s+kraft\s+(?:seit|ab)|version\s+vom|fassung\s+vom|datum\s+der\s+(?:letzten\s+)?(?:aktualisierung|änderung))\b/gi),
    labelGap: u(/^[\s:*_\-–—]*(?:(?:am|vom|ab|seit|dem)\s+)?/i),
    lawBefore: u(/\b(?:DSGVO|DS-GVO|GDPR|BDSG|TTDSG|TDDDG|DSG|Verordnung|Gesetz\w*|Richtlinie)\b[ \t"“”')\],]{0,8}(?:die\s+|das\s+)?$/),
    notADate: u(/^(?:oben|unten|dieser|der technik)/i),
    formatLong: (d) => `${d.getUTCDate()}. ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    example: "2. Mai 2025",
  },

  mentions: {
    listException: u(/\b(?:außer|ausser|ausgenommen|mit\s+ausnahme|abgesehen|nur|lediglich|sondern|es\s+sei\s+denn)\b/i),
    denial: u(/\b(?:nicht|kein\w*|nie|niemals|weder|ohne|statt|anstelle|anstatt|alternative\s+zu|ersatz\s+für)\b/gi),
    notDenial: u(/\b(?:aber\s+)?nicht\s+(?:nur|beschränkt\s+auf|abschließend|ausschließlich)\b/gi),
    clauseBreak: u(/[;:]|\b(?:aber|jedoch|sondern|allerdings|stattdessen)\b|,\s*(?:die|der|das|welche[rs]?|wobei|sodass|so\s+dass|und\s+wir|da)\b|\b(?:mit\s+hilfe\s+von|mithilfe\s+von)\s/gi),
    afterDenial: u(/^[\s.,;:!?"'’“”«»()–—-]{0,3}(?:(?:oder|und|bzw\.?|sowie)\s[^.;:,!?]{1,40}?\s)?(?:(?:wird|werden|ist|sind|wurde|wurden)\s+(?:nicht|nie|niemals|keine?)\s+(?:mehr\s+)?(?:eingesetzt|verwendet|genutzt|eingebunden|geladen|integriert|aktiviert|aktiv)|[^.;:]{0,40}\bfinde[tn]\s+(?:nicht|nie|keine?)\s+(?:mehr\s+)?statt|(?:setzen|nutzen|verwenden|binden)\s+wir\s+(?:nicht|nie|keine?)\b|(?:nicht|nie|niemals)\b(?!\s+nur\b))/i),
    selfHosted: u(/\bselbst\s+gehostet|\bselbstgehostet|\bself[- ]?host|\bauf\s+(?:unseren\s+eigenen|unseren|eigenen)\s+servern?\b|\bbetreiben\s+(?:wir\s+)?(?:sie\s+|es\s+)?selbst\b|\bin\s+(?:unserem\s+eigenen|unserem|einem\s+eigenen)\s+rechenzentrum\b/i),
    selfHostDenied: u(/\b(?:nicht|nie|niemals|kein\w*)\b/i),
    clauseEnd: u(/[;]|\b(?:aber|jedoch|während|außer|sondern)\b|,\s*(?:und|aber|während)\b/gi),
    serviceContext: {
      notBefore: u(/(?:\b(?:Postfach|Schließfach))\s*$/i),
      notAfter: /^\s*(?:Nr\.?\s*|#\s*)?\d/,
      before: u(/(?:\b(?:über|mit|von|bei|durch|wie|z\.\s?B\.|etwa|nutzen|nutzt|verwenden|setzen|Dienst|Dienste|Anbieter|Dienstleister)[\s:]*(?:\*\*|__|\[)?)$/i),
      after: u(/^(?:\*\*|__|\])?\s*(?:\(|—|–|:\s|-\s|,?\s?(?:inc|llc|ltd|limited|gmbh|ag|se|kg|corp|plc|b\.?v|s\.?a)\b|\s(?:verarbeitet|speichert|hostet|stellt|liefert|erhält|sendet|übernimmt|nutzt|bietet|misst|erfasst|übermittelt)\b)/i),
      afterWeak: u(/^(?:\*\*|__)?\s(?:kann|wird|ist|sind|hat|haben)\b/i),
      determiner: u(/\b(?:ein|eine|einen|einem|der|die|das|den|dem|des)\s+$/i),
    },
  },

  retention: {
    cue: u(/\b(?:speicher\w*|gespeichert|aufbewahr\w*|lösch\w*|gelöscht|entfern\w*|anonymisier\w*|vernicht\w*|archivier\w*|vorgehalten|behalten|bleiben|verbleiben|sicherung\w*|backup\w*|protokolliert|aufgehoben)/i),
    notRetention: u(/\b(?:alle|jede[nrs]?|pro|je|vor|im\s+voraus|vorher|kündigungsfrist|frist\s+von|antwort\w*|innerhalb\s+von)\s*$/i),
    notRetentionAfter: u(/^[\s-]{0,3}(?:testphase|probezeit|probemonat|kündigungsfrist|widerrufsfrist|rückgabe\w*|garantie|gewährleistung)\b/i),
    response: u(/\b(?:antwort\w*|beantwort\w*|reagier\w*|bearbeiten\s+(?:ihre|deine)\s+anfrage\w*|rückmeldung)/i),
  },

  transfer: {
    gate: u(/\b(?:außerhalb|ausserhalb|verlass\w*|verbleib\w*|bleib\w*|innerhalb|ausschließlich|ausschliesslich|nur|allein)\b/i),
    claims: [
      { re: u(/\b(?:nicht|nie|niemals|keine?)\b[^.;]{0,80}?\b(?:außerhalb|ausserhalb)\b/i) },
      { re: u(/\bverlass\w*\b(?=[^.;]{0,60}\b(?:nicht|nie|niemals)\b)/i), dataBefore: true },
      { re: u(/\b(?:verbleib(?:en|t)|bleib(?:en|t))\b(?:\s+(?:ausschließlich|ausschliesslich|nur|stets|immer))?(?:\s+(?:in|innerhalb))?/i), dataBefore: true },
      { re: u(/\b(?:ausschließlich|ausschliesslich|nur|allein)\s+(?:auf\s+servern\s+)?(?:in|innerhalb)\b(?=[^.;]{0,80}\b(?:gespeichert|verarbeitet|bearbeitet|gehostet|gehalten|betrieben|abgelegt)\b)/i) },
      { re: u(/\b(?:verarbeit\w*|speicher\w*|hoste\w*|bearbeit\w*|betreib\w*)\b[^.;]{0,80}?\b(?:ausschließlich|ausschliesslich|nur|allein)\s+(?:auf\s+servern\s+)?(?:in|innerhalb)\b/i) },
    ],
    conditional: u(/\b(?:ohne|außer|ausser|es\s+sei\s+denn|sofern|soweit|wenn|falls|garantie\w*|standardvertragsklausel\w*|standarddatenschutzklausel\w*|angemessenheitsbeschluss\w*)/i),
    dataSubject: u(/(?:daten|informationen|inhalte|dateien|notizen)\b|\balles\b/i),
    dataBefore: u(/(?:daten|informationen|inhalte|dateien)\b|\balles\b/i),
    stop: u(/[.;:]|\b(?:aber|jedoch|weil|da|sondern|wobei|und\s+werden)\b/),
    exception: u(/\b(?:mit\s+ausnahme\s+(?:von|der|des)|ausgenommen|abgesehen\s+von)\b/i),
  },

  consent: {
    gate: u(/analyse|analytics|tracking|tracker|track|werb|cookie|marketing|retargeting|reichweitenmessung|statistik/i),
    siteSubject: u(/\b(?:wir|unser\w*|uns|diese (?:website|webseite|internetseite|app|seite)|die (?:website|webseite|app))\b/i),
    scope: u(/\bohne\s+(?:ihre|deine)\s+(?:vorherige\s+|ausdrückliche\s+)?(?:einwilligung|zustimmung)|\bohne\s+(?:(?:vorherige|ausdrückliche|gesonderte)n?\s+)?(?:ankündigung|hinweis|information|mitteilung|benachrichtigung)\b|\b(?:nur|erst|ausschließlich|ausschliesslich)\s+(?:mit|nach|wenn|sofern|falls|bei)\b|\bes\s+sei\s+denn\b/i),
    onlyWithConsent: u(/\b(?:nur|erst|ausschließlich|ausschliesslich)\s+(?:mit|nach|wenn|sofern|falls|auf\s+grundlage|bei)\b[^.;]{0,60}?(?:einwilligung|zustimmung|einverstanden|zustimm\w*|einwillig\w*|akzeptier\w*|aktivier\w*|erlaub\w*)|\b(?:mit|nach)\s+(?:ihrer|deiner)\s+(?:vorherigen\s+|ausdrücklichen\s+)?(?:einwilligung|zustimmung)\b|\bauf\s+(?:grundlage|basis)\s+(?:ihrer|deiner)\s+(?:ausdrücklichen\s+)?einwilligung\b/i),
    negation: u(/\b(?:nicht|kein\w*|nie|niemals|weder|ohne)\b/gi),
    scopeEnd: u(/[;:]|\b(?:aber|jedoch|sondern)\b|\.\s/),
    others: u(/\b(?:weitere[nrs]?|andere[nrs]?|zusätzliche[nrs]?|sonstige[nrs]?)\s+(?:analyse|tracking|werbe|marketing|statistik)/i),
    notTracking: u(/\b(?:tracking|werbe|analyse|marketing)-?(?:nummern?|zugangsdaten|schlüssel|passwörter|passwort|budgets?)\b|\bsendungsverfolgung\w*/gi),
    negationLast: u(/\b(?:verwenden|nutzen|setzen|einsetzen|binden|betreiben|verwendet|nutzt|setzt)\s+(?:wir|sie|die\s+\w+)?\s*(?:nicht|keine?|nie|niemals)\b/i),
    analytics: u(/analyse|analytics|statistik|reichweitenmessung/),
    advertising: u(/werb\w*|\bads?\b|anzeigen|retargeting|marketing-cookies/),
    tracking: u(/track\w*/),
    cookies: u(/cookie/),
    noCookies: u(/\b(?:keine|nicht)\b[^.]{0,30}cookies|cookies\b[^.]{0,40}\b(?:nicht|keine)\b/),
    essentialCookies: u(/(?<!nicht[- ]|un)(?:notwendig|erforderlich|essenziell|essentiell|technisch|funktional|sitzungs)(?!\w*\s+(?:oder|und|noch)\s+(?:nicht[- ]|un)(?:notwendig|erforderlich|essenziell|essentiell))/),
  },

  country: {
    placeVerb: u(/^(?:\*\*|__)?[\s,]*(?:(?:mit\s+)?sitz\s+in|(?:ansässig|gelegen|gehostet|registriert|niedergelassen|beheimatet)\s+in|(?:der|die|das)\s+(?:seinen|ihren)\s+sitz\s+in|(?:aus|in)\s)/i),
    placeOwnRegion: /^(?!)/,
    placeStop: /[.;(]/,
    nameHeader: u(/dienstleister|anbieter|empfänger|auftragsverarbeiter|name|firma|unternehmen|dienst/i),
    locationHeader: u(/sitz|standort|land|\bort\b|region|verarbeitungsort/i),
    safeguardHeader: u(/garantie|übermittlung|mechanismus|rechtsgrundlage|grundlage/i),
    forms: () => libraryForms(de, EXTRA_COUNTRIES),
    ordinaryWords: new Set(["Jersey", "Guernsey"]),
    name: countryName,
  },

  placeholder: {
    fillInStart: u(/^(?:firmenname|name|vorname|nachname|adresse|anschrift|e-?mail|telefon|datum|ort|stadt|land|website|url|ihr(?:e|en)?|unternehmen|hier\s+einfügen|einfügen|bitte)\b|^[a-zäöüß]+(?:name|nummer|adresse|anschrift|datum)$/i),
    fillInWord: u(/\b(?:name|firma|firmenname|unternehmen|adresse|anschrift|datum|e-?mail|nummer|telefon|land|stadt|ort|website|behörde|verantwortliche\w*|straße|plz)\b/i),
    small: u(/^(?:der|die|das|des|und|oder|von|für|im|in|zur|zum|&)$/),
    companyWord: u(/firma|firmen|unternehmen|gesellschaft/i),
    nameWord: /name/i,
    emailWord: /e-?mail/i,
    markers: u(/\bhier\s+einfügen\b/gi),
  },

  contact: {
    privacyContext: u(/datenschutz|personenbezogen|betroffenenrecht|\brechte\b|anfrage|auskunft|widerruf|widerspruch|löschung|beschwerde|dsgvo/i),
    authority: u(/\b(?:aufsichtsbehörde\w*|datenschutzbehörde\w*|landesbeauftragte\w*|bundesbeauftragte\w*|landesamt\s+für\s+datenschutz\w*|BfDI|EDÖB|CNIL)\b/i),
  },

  recipients: {
    stopFirst: new Set([
      "unser", "unsere", "unseren", "wir", "der", "die", "das", "den", "dem", "ein", "eine", "ihr", "ihre", "dein", "deine", "alle", "andere",
      "diese", "dieser", "jede", "wenn", "für", "mit", "zu", "von", "bei", "als", "auch", "nur", "kein", "keine", "sie", "es", "siehe",
      "hinweis", "z", "e", "i", "ii", "iii", "iv", "v", "vi", "etc", "soweit", "sofern", "zweck", "daten",
    ]),
    generic: new Set([
      "dienstleister", "anbieter", "auftragsverarbeiter", "empfänger", "partner", "hosting", "hoster", "zahlungsanbieter",
      "zahlungsdienstleister", "steuerberater", "behörden", "gerichte", "banken", "bank", "versand", "versanddienstleister", "e", "mail",
      "newsletter", "support", "analyse", "datenbank", "speicher", "cdn", "zweck", "daten", "sitz", "rechtsgrundlage", "kategorie",
      "kategorien", "name", "dritte", "dritter", "drittanbieter", "sonstige", "weitere", "externe", "interne", "it", "dienstleistern",
      "kunden", "nutzer", "mitarbeiter", "unternehmen", "gruppe", "konzern", "übermittlung", "garantie", "land", "ort", "zahlung",
      "zahlungen", "buchhaltung", "server", "cloud", "sicherheit", "authentifizierung", "anmeldung", "fehlerüberwachung", "monitoring",
      // what a log or a form records, when such a list sits under a hosting or sharing heading
      // ("- IP-Adresse", "- Datum und Uhrzeit des Zugriffs", "- Referrer-URL")
      "ip", "adresse", "adressen", "datum", "uhrzeit", "referrer", "url", "browsertyp", "browser", "betriebssystem",
      "telefonnummer", "vorname", "nachname", "geburtsdatum", "nachricht", "zeitpunkt",
    ]),
    nameHeader: u(/\b(dienstleister|anbieter|empfänger|auftragsverarbeiter|unterauftragsverarbeiter|firma|unternehmen|name|dienst)/i),
    attributeLabel: u(/^(?:zwecke?|verarbeitungszwecke?|(?:server|daten|speicher)?standort|serverstandort|sitz|land|länder|garantien?|geeignete garantien|rechtsgrundlagen?|speicherdauer|(?:verarbeitete |betroffene )?daten(?:kategorien)?|kategorien|website|datenschutzerklärung|datenschutzhinweise|adresse|anschrift|zertifizierung(?:en)?|weitere informationen|hinweis|drittland(?:transfer|übermittlung)?|übermittlung in drittländer)$/i),
    activity: u(/^\p{Lu}\p{Ll}{2,}ung$/u),
  },

  fixes: {
    contactLine: (email) => `Fragen und Anliegen zum Datenschutz richten Sie bitte an ${email}.`,
    dpoLine: (email) => `Unseren Datenschutzbeauftragten erreichen Sie unter ${email}.`,
    recipientsHeading: "Empfänger personenbezogener Daten",
    purposeToDo: "TODO: Zweck der Verarbeitung angeben",
    transfers: {
      scc: "Standardvertragsklauseln", adequacy: "Angemessenheitsbeschluss", dpf: "EU-US Data Privacy Framework",
      bcr: "verbindliche interne Datenschutzvorschriften", consent: "Ihre ausdrückliche Einwilligung", none: "nicht erforderlich",
    },
    noTransfer: "nicht erforderlich",
    blockColumns: {
      processors: { name: "Auftragsverarbeiter", purpose: "Zweck", category: "Kategorie", data: "Personenbezogene Daten", country: "Land", transfer: "Garantie", retention: "Speicherdauer" },
      retention: { data: "Daten", period: "Speicherdauer", store: "Gespeichert bei" },
      controller: { name: "Verantwortlicher", country: "Sitz", email: "Kontakt für Datenschutzfragen", contact: "Anfrageformular", dpo: "Datenschutzbeauftragter", authority: "Aufsichtsbehörde" },
      controllerTable: ["Angabe", "Inhalt"],
    },
  },

  clauses: {
    snippets: SNIPPETS,
    formalCue: u(/\b(?:gemäß|im\s+sinne|nachfolgend)\b/i),
    templates: GERMAN_CLAUSES,
    lastUpdated: (d) => `Stand: ${d.getUTCDate()}. ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  },

  cookies: {
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
      /\b(?:nur|ausschließlich|lediglich)\s(?:technisch\s)?(?:notwendige|erforderliche|essenzielle)\scookies/iu,
      /\bkeine\s(?:anderen\s)?cookies\saußer\s(?:technisch\s)?(?:notwendigen|erforderlichen)/iu,
    ],
    sectionWords: ["cookie", "cookies", "tracking", "lokaler speicher"],
    cookieWords: ["cookie"],
    firstParty: ["erstanbieter", "eigene"],
    firstPartyStart: ["wir"],
    headings: { name: "Cookie", provider: "Anbieter", purpose: "Zweck", duration: "Speicherdauer", session: "Sitzung", firstParty: "wir (Erstanbieter)" },
    unitNames: UNIT_NAMES,
    purposeNames: { necessary: "Technisch notwendig", preferences: "Präferenzen", statistics: "Statistik", marketing: "Marketing" },
  },
};
