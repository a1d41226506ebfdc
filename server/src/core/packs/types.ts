/**
 * A language pack: everything language-bound that the rules read, as data. A rule asks the
 * pack of the policy's language and never tests which language it reads; adding a language is
 * one new pack file (plus its tests) and a line in packs/index.ts.
 */
import type { CookiePurpose } from "../cookies/types";
import type { Period, Unit } from "../periodTypes";
import type { SectionKind } from "../policy/sectionKinds";

/** When a catalog name that is also an ordinary word ("Box", "Close") names a service (see mentions/serviceContext.ts). */
export interface ServiceContextPhrases {
  /** Just before the name: the name is part of a fixed phrase, not a service ("PO Box"). */
  notBefore: RegExp;
  /** Just after the name: the same ("Box 1916", "Square 4"). */
  notAfter: RegExp;
  /** Just before the name: the way one uses or names a service ("via", "powered by", "such as"). */
  before: RegExp;
  /** Just after the name: what a service does or is ("processes", "Inc.", "(US)", "'s servers"). */
  after: RegExp;
  /** Just after the name: a verb any subject takes ("is", "may"); it shows a name only without an article before it ("A Loom is a frame"). */
  afterWeak: RegExp;
  /** Just before the name: an article or determiner, which makes a common noun of it. */
  determiner: RegExp;
}

/** Disclosure ids whose key phrases are language-bound (spec section 3). */
export type DisclosureId =
  | "controller" | "purposes" | "legal-basis" | "recipients" | "transfers" | "retention" | "rights"
  | "withdraw-consent" | "complaint" | "dpo" | "ccpa-categories" | "ccpa-sale" | "ccpa-rights"
  | "ccpa-non-discrimination" | "last-updated";

/** A claim pattern of a transfer denial ("data never leaves the EU"). */
export interface StayClaim {
  re: RegExp;
  /** The data must be named before the match ("your data stays in"), not a processor's own location. */
  dataBefore?: boolean;
}

export interface LanguagePack {
  /** BCP 47 primary language subtag: "en", "de", "fr". */
  code: string;
  /** The language's name in English, for messages and docs. */
  name: string;

  sentences: {
    /** Lower-cased words (with inner dots) that a period does not end a sentence after ("inc", "e.g", "abs"). */
    abbreviations: ReadonlySet<string>;
  };

  /** What a heading names: section kinds with the pattern a heading title must match. */
  headings: readonly (readonly [SectionKind, RegExp])[];

  disclosures: {
    /** Text that makes each disclosure (key phrases; a heading alone counts where the disclosure says so). */
    phrases: Partial<Record<DisclosureId, RegExp[]>>;
    /** The six GDPR rights: access, rectification, erasure, restriction, objection, portability. */
    rights: RegExp[];
    /** How many of `rights` a passage must name. */
    rightsNeeded: number;
    /** The CCPA rights: know, delete, correct, opt out (all needed). */
    ccpaRights: RegExp[];
    /** Just before a key phrase: it names an exception, not what the policy does ("unless it is needed for a contract"). */
    notStated: RegExp;
    /** A word of complaint, for a policy that names the manifest's authority. */
    complaintCue: RegExp;
    /** Without a controller name in the manifest: words that say who the controller is. */
    controllerCue: RegExp;
    /** A link to a page where the controller can be reached (a contact form, an imprint). */
    contactLink: RegExp;
    /**
     * How a policy says what one named service does for it ("for visitor statistics we use
     * Plausible", "the site uses Supabase for sign-in", "we track errors with Sentry"): the text of
     * the sentence just before the name and just after it; both must match where both are given.
     * Two services described so tell the purposes of processing.
     */
    toolUse: { before?: RegExp; after?: RegExp }[];
    /** A list label before a service's name that names a role, not the service ("Payments: Stripe", not "Provider: Stripe"). */
    roleLabel: RegExp;
    /** A table column that says what each service is for ("Purpose", "Used for"). */
    purposeColumn: RegExp;
  };

  periods: {
    /** Regex source of one number word up to one hundred (no capture groups). */
    numberWord: string;
    /** Reads number words ("thirty", "dreißig", "trente") as a number. */
    readNumber(words: string): number | undefined;
    /** Regex source of a unit word (no capture groups). */
    unitWord: string;
    /** Unit word (lower-case) to unit. */
    units: Readonly<Record<string, Unit>>;
    /** Cheap test: without a match no duration can be in the text. */
    unitHint: RegExp;
    /** Number words that mean 1 only directly before a unit ("a year", "ein Jahr"). */
    articles: RegExp;
    /** Qualifiers before a manifest period that do not change it ("up to", "bis zu", "jusqu'à"). */
    qualifiers: RegExp;
    /** "until account deletion": the event is group 1. */
    until: RegExp;
    session: RegExp;
    indefinite: RegExp;
    /** Writes a period the way this language's manifest or policy would ("30 days", "30 Tage", "30 jours"). */
    format(p: Period): string;
    /** Writes a period in place of `written`, in its grammatical form ("nach sechs Monaten" -> "10 Jahren"); absent: `format`. */
    formatLike?(p: Period, written: string): string;
  };

  dates: {
    /** Month names and abbreviations, January first; each a regex source. */
    months: readonly string[];
    /** Full month names, January first, for writing dates. */
    monthNames: readonly string[];
    /** Regex source after a day number before the month ("st|nd|rd|th", "\\.", "er"). */
    dayMark: string;
    /** Regex source between the day and the month ("\\s+(?:of\\s+)?"). */
    dayMonthGap: string;
    /** Whether "January 6, 2025" (month first) is written. */
    monthFirst: boolean;
    /** Labels of the policy's date ("Last updated", "Stand", "Dernière mise à jour"); global. */
    label: RegExp;
    /** What may stand between the label and the date (": ", " on ", " am "). */
    labelGap: RegExp;
    /** Just before a date label: the date is a law's, not the policy's ("the GDPR, effective May 25, 2018"). */
    lawBefore: RegExp;
    /** Text after a label that is not a date to read ("above", "of this"). */
    notADate: RegExp;
    /** Writes a date in words the way this language does ("2 May 2025", "2. Mai 2025", "2 mai 2025"). */
    formatLong(d: Date, monthFirst: boolean): string;
    /** A date example for messages ("2 May 2025"). */
    example: string;
  };

  mentions: {
    /** Denial cues before a name in the same clause ("we do not use", "kein", "aucun"); global. */
    denial: RegExp;
    /** Words with a negation that deny nothing ("including but not limited to", "not only"), blanked before `denial` is read; global. */
    notDenial: RegExp;
    /** Where a clause ends, so a denial does not reach past it; global. */
    clauseBreak: RegExp;
    /** A denial right after a name ("X is not used", "X wird nicht eingesetzt"). */
    afterDenial: RegExp;
    /** Words that turn a denying lead-in into a list of exceptions ("We share no data except with:"). */
    listException: RegExp;
    /** The software runs on the company's own servers ("we host it on our own servers", "self-hosted"). */
    selfHosted: RegExp;
    /** Before a self-hosting cue in its clause: it is denied ("we do not self-host"). */
    selfHostDenied: RegExp;
    /** Where the clause of a self-hosting cue ends, so it speaks only of the names in it; global. */
    clauseEnd: RegExp;
    /** When a catalog name that is also an ordinary word ("Box", "Close") names a service. */
    serviceContext: ServiceContextPhrases;
  };

  retention: {
    /** Words that make a sentence with a duration about keeping data. */
    cue: RegExp;
    /** Words just before a duration that make it measure something else ("every", "notice"). */
    notRetention: RegExp;
    /** Just after a period: what it measures when that is not how long data is kept ("a 30-day trial", "a 14-day refund window", "after a 30-day overlap"). */
    notRetentionAfter?: RegExp;
    /** Response times ("we reply within 30 days"). */
    response: RegExp;
    /**
     * Other ways the text writes a manifest data category: "logged data" is also "data is
     * logged", "stored files" also "files are stored".
     */
    dataVariants?(name: string): string[];
    /** A sentence that opens with a pronoun for what the sentence before named ("It is deleted after seven days"). */
    anaphora?: RegExp;
  };

  transfer: {
    /** Cheap test before the claim patterns. */
    gate: RegExp;
    claims: StayClaim[];
    /** Words that make a stay-claim conditional ("unless", "safeguards"). */
    conditional: RegExp;
    /** The sentence must be about data. */
    dataSubject: RegExp;
    /** What `dataBefore` claims need before the match. */
    dataBefore: RegExp;
    /** Where the region after a claim ends. */
    stop: RegExp;
    /** Words that name exceptions ("mit Ausnahme von Stripe"): processors named in the sentence are exempt from its claim. */
    exception?: RegExp;
  };

  consent: {
    /** Cheap test: the sentence is about tracking at all. */
    gate: RegExp;
    /**
     * The company or its site as the one speaking ("we", "our website"): a denial whose sentence
     * starts with a named service and has none of these is about that service
     * ("Google Tag Manager itself sets no cookies"), not a claim about the site.
     */
    siteSubject: RegExp;
    /** Sentences scoped by consent ("without your consent", "only after") or by notice ("without explicit notice") are not denials. */
    scope: RegExp;
    /**
     * A denial of further services ("no other analytics platforms"): it denies only what the
     * policy does not name, so the processors it names are not contradicted.
     */
    others?: RegExp;
    /** "only with your consent". */
    onlyWithConsent: RegExp;
    /** A negation that starts a no-tracking claim; global. */
    negation: RegExp;
    /** Where the claim's scope ends. */
    scopeEnd: RegExp;
    /**
     * A tracking word used to name something else, blanked before the claim is read: "no ad
     * platform credentials" denies credentials, "tracking numbers" are parcels; global.
     */
    notTracking?: RegExp;
    /** A negation that closes its clause ("Tracking-Cookies verwenden wir nicht"): the claim is the clause before it. */
    negationLast?: RegExp;
    analytics: RegExp;
    advertising: RegExp;
    tracking: RegExp;
    cookies: RegExp;
    /** "no cookies" as a whole denial. */
    noCookies: RegExp;
    /** Cookies that are not tracking ("essential", "session"). */
    essentialCookies: RegExp;
  };

  country: {
    /** Before a country after a processor's name ("based in", "mit Sitz in"). */
    placeVerb: RegExp;
    /** A processor's own region named after it: "AWS's Frankfurt region"; group 1 holds the place. */
    placeOwnRegion: RegExp;
    /** Where the place after placeVerb ends. */
    placeStop: RegExp;
    /** A table column that names the processor. */
    nameHeader: RegExp;
    /** A table column that gives a location. */
    locationHeader: RegExp;
    /** A table column about safeguards (its countries are not locations). */
    safeguardHeader: RegExp;
    /** Names of countries and regions in this language: [code or null for "not a country", form]. */
    forms(): Array<[code: string | null, form: string]>;
    /** Names that are also ordinary words; only the capitalised form counts. */
    ordinaryWords: ReadonlySet<string>;
    /** A country or region code written as a name in a sentence ("Germany", "the EU"). */
    name(code: string): string;
  };

  placeholder: {
    /** A bracketed fill-in that starts like an instruction ("[insert", "[your", "[Firmenname"). */
    fillInStart: RegExp;
    /** Words that make a capitalised bracket a fill-in ("Name", "Address"). */
    fillInWord: RegExp;
    /** Small words allowed lower-case in a capitalised fill-in ("of", "the"). */
    small: RegExp;
    /** A fill-in for the company name (both must match). */
    companyWord: RegExp;
    nameWord: RegExp;
    emailWord: RegExp;
    /** Bare markers of text still to be written in this language ("à compléter"); global, may be empty. */
    markers?: RegExp;
  };

  contact: {
    /** Words that make an address a privacy contact. */
    privacyContext: RegExp;
    /** A supervisory authority named in the sentence: an address there is the authority's, not another privacy contact of ours. */
    authority: RegExp;
  };

  recipients: {
    /** First words of a list item that are not a name. */
    stopFirst: ReadonlySet<string>;
    /** Words of generic recipient descriptions. */
    generic: ReadonlySet<string>;
    /** The table column with the recipient's name. */
    nameHeader: RegExp;
    /**
     * A label of one of a processor's attributes ("Purpose:", "Server location:", "Garantien:"):
     * the value after it is a place, a purpose or a safeguard, never a recipient. Matched whole.
     */
    attributeLabel: RegExp;
    /** A first word that starts an activity, not a name ("Meeting legal obligations", "Erfüllung …"). */
    activity: RegExp;
  };

  /** The words of cookie tables and cookie lifetimes (spec section 9). */
  cookies: CookieWords;

  /** The short texts fixes write into a policy besides whole clauses. */
  fixes: {
    /** The sentence that gives the privacy contact's address. */
    contactLine(email: string): string;
    /** The sentence that gives the data protection officer's address. */
    dpoLine(email: string): string;
    /** The heading of a recipients section the fix adds when the policy has none. */
    recipientsHeading: string;
    /** A processor's purpose when the manifest gives none: a fill-in the placeholder rule flags. */
    purposeToDo: string;
    /** Short names of the transfer mechanisms (manifest `transfer` values), for list items and table cells. */
    transfers: Readonly<Record<string, string>>;
    /** A table cell for `transfer: none` (worded without a negation that reads as a denial). */
    noTransfer: string;
    /**
     * Column headings of the generated blocks a policy holds (processors, retention schedule,
     * controller; the controller table's two headings), by column key; absent keys take the
     * English heading. The published sub-processor list stays English.
     */
    blockColumns: {
      processors: Readonly<Record<string, string>>;
      retention: Readonly<Record<string, string>>;
      controller: Readonly<Record<string, string>>;
      controllerTable: readonly [string, string];
    };
  };

  clauses: {
    /** Text that reads formal: clauses are then written in the formal tone. */
    formalCue: RegExp;
    /** Clause templates by clause id, in this language; absent: the English templates. */
    templates?: Readonly<Record<string, ClauseTemplate>>;
    /** The "Last updated" line with a date. */
    lastUpdated?(today: Date): string;
    /**
     * The pw-* clause snippets, offered by completion in a policy in this language: VS Code
     * snippet syntax with tab stops, choices and bracketed fill-ins, keyed by a title. Kept as
     * JSON (packs/snippets/) so the snippet syntax is the one VS Code's own snippet files use.
     */
    snippets: Readonly<Record<string, ClauseSnippet>>;
  };
}

/** One clause snippet: the prefix the author types, what it is for, and its lines in snippet syntax. */
export interface ClauseSnippet {
  prefix: string;
  description: string;
  body: string[];
}

/** What a clause may say, drawn from the manifest (neutral wording where it is silent). */
export interface ClauseFacts {
  /** The controller's name, or undefined. */
  controllerName?: string;
  email?: string;
  form?: string;
  dpo?: string;
  authority?: string;
  /** The controller's country (ISO alpha-2). */
  country?: string;
  processors: ClauseProcessor[];
  /** Processors outside the EEA and not in the controller's country. */
  outside: ClauseProcessor[];
  /** Processors used only with consent. */
  consent: ClauseProcessor[];
  retention: { data: string; period?: Period; periodText?: string }[];
}

export interface ClauseProcessor {
  name: string;
  purpose?: string;
  countries?: string[];
  transfer?: string;
  retention?: Period;
}

/** A clause in one language: its heading (plain, formal) and its Markdown body. */
export interface ClauseTemplate {
  heading: [plain: string, formal: string];
  body(f: ClauseFacts, formal: boolean, pack: LanguagePack): string;
}

/**
 * The words of cookie tables in one language: the reader accepts the words of every pack (a
 * table's headings may be in another language than the policy), the writer takes those of one.
 */
export interface CookieWords {
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
  /** Sentences that say only necessary cookies are set (no nested quantifiers; no `g` flag). */
  onlyNecessary: RegExp[];
  /** Heading words for a section about cookies (beyond the English heading classifier). */
  sectionWords: string[];
  /** Words for a cookie itself: a "Name" column whose heading holds one names cookies even outside a cookie section; a sentence without one is not about cookies. */
  cookieWords: string[];
  /** Phrases in a provider cell that name the site itself ("first party", "Erstanbieter"), lower-case, anywhere in the cell. */
  firstParty: string[];
  /** Words that name the site itself when a provider cell starts with them ("we", "wir", "nous"). */
  firstPartyStart: string[];
  /** How the generated block and a drafted row write the columns. */
  headings: { name: string; provider: string; purpose: string; duration: string; session: string; firstParty: string };
  /** Unit names for writing, singular and plural. */
  unitNames: Record<Unit, [string, string]>;
  /** How the purposes read in a drafted row. */
  purposeNames: Record<CookiePurpose, string>;
}
