/** English: the phrases, period grammar, dates and cues of English privacy policies. */
import { countryName, englishCountryForms, ENGLISH_ORDINARY_WORDS } from "../geo/countries";
import type { Period } from "../periodTypes";
import { KIND_SPECS } from "../generated/options";
import SNIPPETS from "./snippets/en.json";
import type { LanguagePack } from "./types";

const SMALL: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Reads an English number word ("thirty", "twenty-four", "one hundred", "eighteen"). */
function readNumber(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== "and");
  if (parts.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const p of parts) {
    if (p in SMALL) current += SMALL[p];
    else if (p in TENS) current += TENS[p];
    else if (p === "hundred") current = (current || 1) * 100;
    else if (p === "thousand") { total += (current || 1) * 1000; current = 0; }
    else return undefined;
  }
  return total + current;
}

function format(p: Period): string {
  switch (p.kind) {
    case "duration":
      return `${p.amount} ${p.unit}${p.amount === 1 ? "" : "s"}`;
    case "until":
      return `until ${p.event}`;
    case "session":
      return "session";
    case "indefinite":
      return "indefinite";
  }
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export const en: LanguagePack = {
  code: "en",
  name: "English",

  sentences: {
    abbreviations: new Set([
      "inc", "ltd", "llc", "co", "corp", "e.g", "i.e", "etc", "art", "arts", "no", "nos", "vs", "cf", "mr", "mrs", "ms", "dr",
      "st", "u.s", "u.k", "d.o.o", "b.v", "n.v", "s.a", "s.r.l", "s.p.a", "ca", "approx", "incl", "org", "reg", "para", "sec",
      "ch", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "p", "pp", "gmbh", "plc",
    ]),
  },

  headings: [
    ["controller", /\b(who we are|about us|controller|identity|data controller|company information)\b/i],
    ["contact", /\b(contact|reach us|get in touch|questions)\b/i],
    ["dpo", /\b(data protection officer|dpo)\b/i],
    ["collection", /\b(what (personal )?(data|information) (do )?we (collect|process|hold)|(data|information) (that )?we collect|what we collect|categories of (personal )?(data|information)|personal (data|information) we (collect|process)|(data|information) (we|you) (collect|provide|give us)|collection of (personal )?(data|information))\b/i],
    // a section that sets out what personal information is collected gives its categories (CCPA §1798.110)
    ["ccpa-categories", /\b(categories of personal (information|data)|what (personal )?(data|information) (do )?we collect|(personal )?(data|information) (that )?we collect|what we collect|collection of (personal )?(data|information))\b/i],
    ["purposes", /\b(purposes?|why we (use|process|collect)|how we use|use of (your )?(personal )?(data|information)|what we do with|(collect|process|use) and why)\b/i],
    ["legal-basis", /\b(legal bas[ie]s|lawful bas[ie]s|legal grounds?|lawful grounds?)\b/i],
    ["recipients", /\b(recipients?|sub-?processors?|service providers?|third[- ]part(y|ies)(?![- ](?:links?|websites?|sites?))|processors|vendors|who (we share|receives|else sees|has access|gets|helps)|sharing|share|disclos(e|ure|ures)( of)?|partners|who we work with|(services|tools|providers) (we use|we rely on|used)|providers and services|transmission of (personal )?(data|information))\b/i],
    ["transfers", /\b(international (data )?transfers?|transfers? (of (personal )?data )?(outside|abroad|to third countries)|cross-border|data transfers?|where (we store|your data is|data is) (stored|processed)|transfers)\b/i],
    ["retention", /\b(retention|retain|how long|storage period|keep(ing)? (your )?(data|information)|deletion)\b/i],
    ["rights", /\b(your (privacy )?rights|rights (of|as a) data subjects?|data subject rights|your choices|rights)\b/i],
    ["complaint", /\b(complaints?|supervisory authority|right to complain)\b/i],
    ["cookies", /\b(cookies?|tracking technolog|analytics|statistics|tracking)\b/i],
    ["children", /\b(children|kids|minors)\b/i],
    ["links", /\b(third[- ]party (links|websites|sites)|links to (other|third[- ]party|external)|other (web)?sites|external (links|sites|websites)|linked (web)?sites)\b/i],
    ["security", /\b(security|how we protect)\b/i],
    ["changes", /\b(changes|updates to this|amendments?)\b/i],
    ["ccpa-rights", /\b(california (privacy )?rights|your rights under the ccpa|ccpa rights|california residents)\b/i],
    ["ccpa-sale", /\b(do not sell|sale of personal information|sell(ing)? or shar(e|ing)|we do not sell)\b/i],
    ["ccpa-non-discrimination", /\b(non-?discrimination)\b/i],
  ],

  disclosures: {
    phrases: {
      purposes: [
        /\bpurposes?\b/i, /\bwe (?:use|process|collect) (?:your |this |the |personal )*(?:data|information|it) (?:to|for|in order to)\b/i, /\bwe use (?:it|them) to\b/i, /\bso (?:that )?(?:we|you) can\b/i,
        // what is done with the data, said in the sentence that names it: "we process your e-mail address to send you the newsletter"
        /\bwe (?:use|process|collect|store|need|keep|analy[sz]e|record|ask for|save)\b[^.;]{0,80}?\b(?:to|in order to|so (?:that )?we can)\s+(?:(?:help|be able to)\s+)?(?:send|provide|deliver|process|respond|reply|answer|improve|operate|run|bill|invoice|contact|create|manage|administer|understand|measure|prevent|detect|protect|secure|comply|fulfil+|show|display|personali[sz]e|analy[sz]e|verify|authenticate|notify|remind|maintain|offer|handle|enable|ship|charge|support|investigate|troubleshoot|fix|debug|communicate|inform|keep|log|sign|register|count|recogni[sz]e|remember|book|schedule|confirm)\b/i,
        // "the anonymous information serves only to make the app better" (Dark Noise)
        /\bserv(?:e|es|ed|ing)\s+(?:only\s+|solely\s+|exclusively\s+|just\s+)?(?:to|for)\s+(?:help\s+(?:us\s+)?)?(?:make|improv|provid|deliver|operat|run|secur|protect|fix|debug|analy|understand|measur|send|support|maintain|keep|answer|respond|process|authenticat|verif|notif|bill|invoic)\w*/i,
        /\b(?:is|are|will be|gets?)\s+(?:only\s+|solely\s+|exclusively\s+)?(?:used|processed|collected|needed|required)\s+(?:only\s+|solely\s+|exclusively\s+)?(?:to|in order to|for)\s+(?:(?:the|your|our)\s+)?(?:send|provid|deliver|process|respond|reply|answer|improv|operat|run|bill|contact|creat|manag|administ|understand|measur|prevent|detect|protect|secur|comply|fulfil|show|display|personali|analy|verif|authenticat|notif|remind|maintain|offer|handl|enabl|support|communicat|inform|keep|log|sign|regist|count|book|schedul|confirm|newsletter|statistic)\w*/i,
      ],
      "legal-basis": [/\blegal bas[ie]s\b/i, /\blawful bas[ie]s\b/i, /\bart(?:icle|\.)?\s*6\s*\(1\)/i, /\blegitimate interests?\b/i,
        // a legal obligation as the ground of processing, not as one more reason to keep data ("to meet legal obligations")
        /\b(?:process\w*|basis|bases|grounds?|rely|relies|relying|lawful)\b[^.]{0,80}\blegal obligations?\b|\blegal obligations?\b[^.]{0,60}\b(?:basis|bases|grounds?|art(?:icle|\.)?\s*6)\b/i, /\bperformance of (?:a|the|our) contract\b/i, /\b(?:necessary|needed) (?:for|to perform) (?:the |a |our )?contract\b/i, /\bcontractual necessity\b/i, /\b(?:on the basis of|based on|rely on) your consent\b/i, /\b(?:on the basis of|based on|rely on|relying on) (?:the |a |our |your )?(?:contract|agreement) (?:with you|between us)\b/i],
      recipients: [/\b(?:service providers?|sub-?processors?|processors?|recipients?)\b[^.]{0,80}\b(?:share|disclose|receive|use|process)\w*/i, /\bwe (?:share|disclose) (?:personal |your )?(?:data|information) with\b/i],
      transfers: [/\bstandard contractual clauses\b/i, /\bSCCs?\b/, /\bdata privacy framework\b/i, /\badequacy decisions?\b/i, /\bbinding corporate rules\b/i, /\binternational data transfer (?:agreement|addendum)\b/i, /\btransfers? (?:of (?:personal )?data )?(?:outside|to (?:countries|third countries))\b/i],
      retention: [
        // "keep … for" says how long only when a period or a criterion follows ("for later reference" is a purpose);
        // "as long as that makes sense" leaves it to us and is no criterion
        /\b(?:we )?(?:keep|retain|store)s?\b[^.]{0,60}?\b(?:for\s+(?:up to\s+|at (?:least|most)\s+|about\s+|around\s+|a (?:maximum|minimum|period) of\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|thirty|sixty|ninety|several|a few|a|an)\s+(?:hours?|days?|weeks?|months?|years?)\b|the (?:duration|length|lifetime|life|period|term|time)\b|(?:as|so) long as\b(?! (?:that|it|this) makes sense| we (?:like|want|wish|see fit)))|until\b|(?:as|so) long as\b(?! (?:that|it|this) makes sense| we (?:like|want|wish|see fit)))/i, /\bretention (?:period|schedule)s?\b/i, /\bkept (?:for|until)\b/i, /\bdeleted? (?:after|within)\b/i,
        // when data goes, however it is said: "logs are rotated within 30 days", "erased once the account is closed"
        /\b(?:delet|eras|remov|purg|rotat|anonymi[sz]|pseudonymi[sz]|overwrit|destroy|discard|expir)(?:e[sd]?|ing|s|ten)?\s+(?:[\w,]+\s+){0,4}?(?:after|within|when|once|upon|at the end of|as soon as|no later than|every)\b/i,
        /\b(?:kept|stored|retained|held|saved|logged|archived)\s+(?:[\w,]+\s+){0,3}?(?:(?:for|up to|no longer than|a maximum of)\s+(?:up to\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|thirty|sixty|ninety|several|the (?:duration|length|lifetime|life|period|term))|until|as long as|while)\b/i,
      ],
      "withdraw-consent": [/\b(?:withdraw|revoke|retract)\w*\b[^.]{0,60}\bconsent\b/i, /\bconsent\b[^.]{0,80}\b(?:withdraw|revoke|retract)\w*/i, /\bwithdraw (?:it|them) at any time\b/i, /\bchange your mind\b[^.]{0,60}\b(?:consent|cookie|settings)\b/i, /\b(?:change|update|revisit)\s+your\s+(?:answer|choice|preferences?|decision|settings?)\b[^.]{0,40}\bat\s+any\s+time\b/i],
      complaint: [/\b(?:lodge|file|make|submit|raise|bring)\b[^.]{0,30}\bcomplaints?\b[^.]{0,160}\b(?:supervisory authority|data protection (?:authority|agency|ombudsman|commission(?:er)?|inspectorate|board)|regulator|Information Commissioner|ICO|Datatilsynet|CNIL|Autoriteit Persoonsgegevens|authority)\b/i, /\bright to complain\b[^.]{0,120}\b(?:authority|regulator|commissioner)\b/i, /\b(?:contact|approach|write to|complain to)\b[^.]{0,40}\b(?:regulatory (?:body|authority)|data protection (?:authority|agency)|supervisory authority)\b[^.]{0,40}\bcomplain\w*/i, /\bcomplain\w*\b[^.]{0,60}\b(?:to|with)\b[^.]{0,40}\b(?:supervisory|data protection|regulatory) authorit(?:y|ies)\b/i,
        // "If our answer does not satisfy you, you can turn to the data protection authority responsible for your country"
        // (2fa.directory, under a "GDPR Complaints" heading): the reader is told to take the matter to the authority
        /\byou\s+(?:can|may|could|are entitled to|have the right to)\b[^.]{0,30}\b(?:contact|approach|turn to|write to|reach out to|appeal to)\s+(?:the\s+|your\s+|a\s+)?(?:[\w-]+\s+){0,2}\[?(?:supervisory authority|data protection (?:authority|agency|commission(?:er)?|regulator))\b/i],
      "ccpa-categories": [/\bcategories of personal information\b/i],
      "ccpa-sale": [/\b(?:do not|don['’]t|never|will not|won['’]t)\s+(?:sell|share)\b/i,
        // "PDFShift neither rents nor sells information", "the company does not and will not sell"
        /\b(?:not|never|neither|nor)\s+(?:[\w,]+\s+){0,4}?(?:sell|sells|selling)\b/i, /\bsell(?:s|ing)? or shar(?:e|es|ing)\b/i, /\bsale of (?:your )?personal information\b/i, /\bdo not sell\b/i, /\bsold or shared\b/i, /\b(?:not|never) (?:been )?sold\b/i],
      "ccpa-non-discrimination": [/\bdiscriminat\w*/i, /\b(?:not|never)\s+(?:treat|penali[sz]e|charge)\s+you\s+(?:differently|worse|more)\b/i, /\bno (?:different|worse) (?:treatment|service|price)\b/i],
    },
    rights: [/\baccess\b/i, /\brectif\w*|\bcorrect(?:ion|ed)?\b/i, /\beras\w*|\bdelet\w*|\bforgotten\b/i, /\brestrict\w*|\blimit\s+(?:the\s+)?processing\b/i, /\bobject\w*\b/i, /\bportab\w*|\bmachine-readable\b|\btransmit\w* (?:it )?to another\b/i],
    rightsNeeded: 5,
    ccpaRights: [/\bright to know\b|\bknow\b/i, /\bdelet/i, /\bcorrect/i, /\bopt(?:s|ed|ing)?[- ]out\b/i],
    // an exception, or a condition on what we may do ("where we rely on your consent, you may withdraw it")
    notStated: /\b(?:unless|except(?:\s+where)?|other\s+than|save\s+where)\b[^.;]*$|\b(?:where|if|when|whenever)\s{1,3}we\s{1,3}$/i,
    complaintCue: /\bcomplain/i,
    controllerCue: /\b(?:controller|we are|operated by)\b/i,
    contactLink: /\bhttps?:\/\/[^\s)]{0,200}?(?:contact|support|help)/i,
    toolUse: [
      // the purpose first: "for visitor statistics we use Plausible", "to send e-mail we rely on Postmark"
      { before: /\b(?:for|to)\s[^.\n]{1,60}?\b(?:we|I|the (?:site|website|app|service)|this (?:site|website|app|service))\s{1,3}(?:use[sd]?|rel(?:y|ies) on)\s{1,3}[[(*_"“]{0,2}$/i },
      // the tool, then what for: "the site uses Supabase for sign-in", "we use Stripe to take payments"
      { before: /\b(?:use[sd]?|using|rel(?:y|ies) on)\s{1,3}[[(*_"“]{0,2}$/i, after: /^[\])*_"”]{0,2}\s{0,3}(?:for|to|as)\s/i },
      // the tool described by what it does: "uses Plausible, a web analytics platform that measures…"
      { before: /\buse[sd]?\s{1,3}[[(*_"“]{0,2}$/i, after: /^[\])*_"”]{0,2},\s{1,3}(?:an?|the)\s[^.\n]{0,80}?\b(?:tool|platform|service|provider|solution|software|app|system)\s(?:that|which|to|for)\b/i },
      // an activity done with or by it: "we track errors with Sentry", "hosted on Netlify", "payments are processed by Stripe"
      { before: /\b(?:host|track|monitor|send|deliver|stor|process|handl|measur|analy[sz]|collect|manag|accept|charg|bill|authenticat|log|serv|run)\w*\b[^.\n]{0,40}?\b(?:with|via|through|using|by|on|at)\s{1,3}(?:the\s)?[[(*_"“]{0,2}$/i },
      // the tool does it: "Sentry collects crash reports", "Postmark sends our e-mail"
      { after: /^[\])*_"”]{0,2}(?:,[^,.\n]{0,60},)?\s{1,3}(?:(?:is|are) used (?:for|to)|helps? us|hosts|sends|delivers|stores|processes|handles|measures|analy[sz]es|collects|tracks|monitors|powers|provides (?:our|the))\b/i },
    ],
    roleLabel: /^(?!\s{0,3}(?:names?|providers?|processors?|sub-?processors?|compan(?:y|ies)|vendors?|services?|recipients?|entit(?:y|ies)|third part(?:y|ies)|partners?|notes?|examples?|e\.g|important|see|source|website|contact)\s{0,3}:)[^\n:]{2,30}:\s{0,3}[[(*_"“]{0,2}$/i,
    purposeColumn: /^(?:purposes?|used for|what (?:it|we use it) (?:is )?(?:used )?for|role|function|why)$/i,
  },

  periods: {
    numberWord: "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an)",
    readNumber,
    unitWord: "(?:hours?|hrs?|days?|weeks?|months?|years?|yrs?)",
    units: {
      hour: "hour", hours: "hour", hr: "hour", hrs: "hour",
      day: "day", days: "day",
      week: "week", weeks: "week",
      month: "month", months: "month",
      year: "year", years: "year", yr: "year", yrs: "year",
    },
    unitHint: /hour|hr|day|week|month|year|yr/i,
    articles: /^an?$/i,
    qualifiers: /^(?:up to|for|a maximum of|at most|max(?:imum)?\.?|no more than|not more than)\s+/,
    until: /^(?:until|till|as long as|for as long as)\b\s*(.+)$/i,
    session: /^(?:session|the session|browser session|for the session)$/,
    indefinite: /^(?:indefinite|indefinitely|forever|permanent|permanently|no limit)$/,
    format,
  },

  dates: {
    months: ["jan(?:uary)?", "feb(?:ruary)?", "mar(?:ch)?", "apr(?:il)?", "may", "june?", "july?", "aug(?:ust)?", "sep(?:t(?:ember)?)?", "oct(?:ober)?", "nov(?:ember)?", "dec(?:ember)?"],
    monthNames: MONTH_NAMES,
    dayMark: "(?:st|nd|rd|th|\\.)?",
    dayMonthGap: "\\s+(?:of\\s+)?",
    monthFirst: true,
    label: /\b(?:last\s+(?:updated?|revised|revision|modified|modification|changed?|reviewed|amended|amendment)|effective(?:\s+(?:date|as\s+of|from|on|since))?|updated(?:\s+on)?|date\s+of\s+(?:the\s+)?(?:last\s+)?(?:update|revision)|version\s+date|in\s+effect\s+(?:from|since))\b/gi,
    labelGap: /^[\s:*_\-–—]*(?:on\s+)?/,
    lawBefore: /\b(?:GDPR|CCPA|CPRA|PIPEDA|LGPD|Regulation|Act|Directive|law|statute|amendments?)\b[ \t"”')\],]{0,8}(?:(?:which|that)\s+(?:was|became|is)\s+|(?:which|that)\s+)?$/,
    notADate: /^(?:above|below|at the top|of this|version)/i,
    formatLong: (d, monthFirst) => monthFirst ? `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}` : `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
    example: "2 May 2025",
  },

  mentions: {
    denial: /\b(?:do|does|did|will|would|shall)\s+not\b|n['’]t\b|\bnever\b|\bno\s+longer\b|\bnot\b|\bnor\b|\bneither\b|\bwithout\b|\bno\b|\binstead\s+of\b|\brather\s+than\b|\b(?:a\s+)?(?:replacement|substitute)\s+for\b|\b(?:an\s+)?alternative\s+to\b|\bin\s+place\s+of\b/gi,
    notDenial: /\b(?:but\s+)?not\s+(?:limited|restricted)\s+to\b|\bnot\s+(?:only|just|necessarily)\b|\bno\s+(?:later|more|less)\s+than\b|\bno\s+matter\b/gi,
    clauseBreak: /[;:]|\bbut\b|\bhowever\b|,\s*(?:which|who|and\s+we|so|as)\b|\b(?:handled|provided|processed|run|operated|powered)\s+by\b/gi,
    listException: /\b(?:except|other than|apart from|besides|but|only|unless|save)\b/i,
    afterDenial: /^[\s\p{P}]{0,3}(?:is|are|was|were)\s+(?:not|never|no\s+longer)\s+(?:used|loaded|embedded|integrated)/iu,
    // read over the whole page on every keystroke: a leading \b under /iu defeats V8's quick scan
    // (about 15x slower); before a letter it means no word character (with ſ and K, as /iu has) before
    selfHosted: /(?<![\w\u017F\u212A])self[- ]?(?:host|manag)|(?<![\w\u017F\u212A])(?:we|which\s+we)\s+(?:run|host|operate|manage|maintain|install)\s+(?:[^.;:\n]{1,40}?\s+)?(?:ourselves|in-house|on[- ]prem(?:ise|ises)?)\b|(?<![\w\u017F\u212A])on\s+our\s+own\s+(?:servers?|infrastructure|hardware|machines|systems)|(?<![\w\u017F\u212A])our\s+own\s+(?:instance|installation|deployment|copy)\s+of\b|(?<![\w\u017F\u212A])that\s+we\s+(?:run|operate|host)\s+ourselves|(?<![\w\u017F\u212A])in-house\b|\(\s*(?:self-)?(?:hosted|running|run)\s+(?:by\s+us\s+)?on\s+(?:our\s+)?\p{Lu}/iu,
    selfHostDenied: /\b(?:not|never|no\s+longer)\b|n['’]t\b/i,
    clauseEnd: /[;]|\b(?:but|while|whereas|however|except)\b|,\s*(?:and|while|but)\b/gi,
    serviceContext: {
      // "PO Box", and a street in an address: "26 Bastion Square", "4 Juniper Close"
      notBefore: /(?:\b(?:[Pp]\.?\s?[Oo]\.?|[Pp](?:OST|ost)(?:\s+[Oo](?:FFICE|ffice))?|PMB|[Ll]ocked|[Mm]ail|[Ll]etter|[Ss]afe[- ]?[Dd]eposit))\s*$|\b\d{1,5}[A-Za-z]?,?\s{1,3}(?:\p{Lu}[\p{L}'’.-]{0,20}\s{1,3}){1,3}$/u,
      notAfter: /^\s*(?:No\.?\s*|#\s*)?\d/,
      before: /(?:\b(?:in|on|at|via|using|uses?|used|through|(?:self-?)?host(?:s|ed)?|runs?|deploy(?:s|ed)?|install(?:s|ed)?|operates?|embed(?:s|ded)?|loads?|loaded|integrates?|integrated|instance\s+of|(?:switched|moved|migrated|subscribe|subscribed)\s+to|by|with|from|into|including|includes?|like|such\s+as|e\.g\.,?|i\.e\.,?|namely|rel(?:y|ies)\s+on|runs?\s+on|built\s+on|based\s+on|hosted\s+(?:on|at|by|with)|stored\s+(?:on|at|in|with)|(?:go|goes|sent|send|passed|forwarded|shared|transferred|disclosed|transmitted|uploaded|provided|given|synced|synchronised|synchronized|exported)\s+to|(?:provided|powered|operated|run|handled|processed|supplied|offered)\s+by|account\s+(?:at|with)|sign(?:ing)?\s+in\s+with|log(?:ging)?\s+in\s+with|integrat\w*\s+with|processors?|providers?|vendors?|services?|tools?)[\s:]*(?:the\s+|our\s+|their\s+)?(?:\*\*|__|\[)?)$/i,
      after:
        /^(?:\*\*|__|\])?\s*(?:\(|—|–|:\s|-\s|'s\b|’s\b|,\s*(?:an?|our)\s|,?\s?(?:inc|llc|ltd|limited|gmbh|corp|plc|pbc|b\.?v|s\.?a|oy|ab|as|aps|sas|ag)\b|\s(?:keeps?|takes?|processes|process|provides?|handles?|stores?|hosts?|serves?|supports?|enables?|lets|allows?|protects?|secures?|monitors?|logs|syncs?|backs\s+up|transmits?|forwards?|shows?|displays?|renders?|bills?|charges?|invoices?|verif(?:y|ies)|authenticates?|emails?|mails?|notifies|notify|messages?|receives?|sends?|delivers?|helps?|powers?|runs?|collects?|retains?|deletes?|offers?|supplies|acts?|manages?|transcribes?|analy[sz]es|uses?|sees?|gets?|checks?|counts?|measures?|tracks?|records?|sets?|places?|stores?|account|accounts|integration|dashboard|API|SDK|servers?|platform|service|services|plugin|app|widget|script|pixel|cookies?|tag|workspace|subscription|privacy\s+policy|DPA|data\s+processing)\b)/i,
      afterWeak: /^(?:\*\*|__)?\s(?:may|will|can|is|are|was|were|has|have|does|did|also|then)\b/i,
      determiner: /\b(?:a|an|the|this|that|these|those|each|every|one|any|no|another)\s+$/i,
    },
  },

  retention: {
    cue: /\b(?:keep|keeps|kept|keeping|retain\w*|retention|stor(?:e|es|ed|ing)|delet\w*|eras\w*|expir\w*|purg\w*|hold|holds|held|remov\w*|overwrit\w*|anonymi[sz]\w*|destroy\w*|discard\w*|archiv\w*|lifetime|saved?)\b/i,
    notRetention: /\b(?:every|per|once a|in advance|before|notice|respond|answer|reply)\s*$/i,
    notRetentionAfter: /^[\s-]{0,3}(?:overlap|trial|notice|refund|money-back|warranty|guarantee|response time|turnaround|cancellation|billing (?:cycle|period)|subscription|free trial|return)\b/i,
    response: /\b(?:repl(?:y|ies)|respond\w*|answer\w*|acknowledg\w*|resolv\w*|process(?:es)?\s+(?:your\s+)?requests?)\b/i,
    dataVariants: (name) => {
      const m = /^(\p{L}+ed) (\p{L}+)$/iu.exec(name.trim());
      return m ? [`${m[2]} is ${m[1]}`, `${m[2]} are ${m[1]}`] : [];
    },
    anaphora: /^[\s*_]{0,4}(?:it|they|this|these|such data|this data|this information)\b/i,
  },

  transfer: {
    gate: /\b(?:outside|beyond|leave|leaves|stay|stays|remain|remains|within|inside|only|exclusively|solely|entirely|all|stored and processed)\b/i,
    claims: [
      { re: /\b(?:never|not|no|isn['’]t|aren['’]t|won['’]t)\b[^.;]{0,80}?\b(?:leaves?|leaving|transferr?(?:ed|s)?|sent|moved|stored|processed|hosted|shared)\b[^.;]{0,40}?\b(?:outside|beyond|out\s+of)\b(?:\s+of)?/i },
      { re: /\b(?:never\s+leaves?|does\s*n['’]?o?t\s+leave|will\s*n['’]?o?t\s+leave|won['’]t\s+leave|stays?|remains?)\b(?:\s+(?:only|exclusively|solely|entirely))?(?:\s+(?:in|within|inside))?/i, dataBefore: true },
      { re: /\b(?:all|only|exclusively|solely|entirely)\b[^.;]{0,60}?\b(?:stored|processed|hosted|kept)\b(?:\s+(?:only|exclusively|solely|entirely))?\s+(?:in|within|inside)\b/i },
      // "The information we collect is stored and processed in the United States": one place for all of it
      { re: /\b(?:is|are|will\s+be)\s+stored\s+and\s+processed\s+in\b/i, dataBefore: true },
    ],
    conditional: /\b(?:without|unless|except|other\s+than|safeguards?|standard\s+contractual|adequacy|where\s+we|if\s+we)\b/i,
    dataSubject: /\b(?:data|information|everything|it|files|content|notes)\b/i,
    dataBefore: /\b(?:data|information|everything)\b/i,
    stop: /[.;:]|\b(?:but|because|so|which)\b/,
  },

  consent: {
    gate: /\b(?:analytics|track\w*|advertis\w*|ads?|cookies?|marketing|retargeting)\b/i,
    siteSubject: /\b(?:we|our|us|this (?:web)?site|this app(?:lication)?|this service|the (?:web)?site|the app)\b/i,
    scope: /\bwithout\s+(?:your\s+)?(?:prior\s+)?(?:consent|permission|agreement)|\bwithout\s+(?:(?:explicit|prior|advance|clear|first)\s+)?(?:notice|notifying|telling|informing)\b|\bunless\s+you\b|\buntil\s+you\b|\bonly\s+(?:with|after|if|when|once)\b/i,
    onlyWithConsent: /\bonly\s+(?:with|after|if|when|once)\b[^.;]{0,50}?\b(?:consent|agree|accept|opt(?:s|ed)?[- ]?in|allow|choose|switch)|\bif,?\s+and\s+only\s+if,?\s+you\s+(?:opt|agree|consent|accept)|\b(?:with|after|subject\s+to)\s+your\s+(?:prior\s+|explicit\s+)?consent\b|\bonly\s+for\s+(?:people|users|visitors|those|customers)\s+who\s+opt[- ]?in|\b(?:loaded|enabled|activated|runs?|set)\s+(?:only\s+)?after\s+you\s+(?:click|accept|agree|consent|opt)/i,
    negation: /\b(?:do(?:es)?\s+not|don['’]t|doesn['’]t|never|no|not|neither|nor|without)\b/gi,
    scopeEnd: /[;:]|\bbut\b|\.\s/,
    others: /\b(?:other|additional|further|more|new)\s+(?:(?:third[- ]party|external)\s+)?(?:analytics|track\w*|advertis\w*|ads?|marketing)\b/i,
    notTracking: /\b(?:ads?|advertising|analytics|tracking|marketing)\s+(?:(?:platform|network|account|provider|tool)s?\s+)?(?:credentials?|keys?|secrets?|tokens?|passwords?|logins?|permissions?|numbers?|budgets?|spend|invoices?)\b/gi,
    analytics: /\banalytics\b|\bstatistics\s+(?:tools?|services?)\b/,
    advertising: /\badvertis\w*|\bads?\b|\bad\s+networks?\b|\bmarketing\s+cookies\b|\bretargeting\b/,
    tracking: /\btrack(?:ing|ers?)\b/,
    cookies: /\bcookies?\b/,
    noCookies: /\b(?:no|(?:not|n['’]t|never)\s+(?:\w+ly\s+)?use)\b[^.]{0,40}\bcookies\b/,
    // "no cookies other than essential ones" keeps some; "no essential or non-essential cookies" keeps none
    essentialCookies: /(?<!non-)\b(?:necessary|essential|functional|session)\b(?!\s+(?:or|and|nor)\s+(?:non-?|un)(?:necessary|essential)\b)/,
  },

  country: {
    placeVerb: /^(?:\*\*|__)?(?:['’]s)?[\s,]*(?:(?:which|that|who)\s+)?(?:(?:is|are|was|were)\s+)?(?:(?:(?:based|located|headquartered|hosted|established|registered|situated)\s+in|(?:processes|stores|hosts|keeps)\s+(?:(?:your|personal|the|our)\s+)?(?:data|information)\s+(?:only\s+)?in)\b|(?:(?:processed|stored|hosted|kept|run|operated|sent|transferred|(?:processes|stores|hosts|keeps)\s+(?:(?:your|personal|the|all)\s+)?(?:data|information))\s+)?(?:(?:on|to|at|in)\s+)?(?:(?:its|their|the)\s+)?(?:own\s+)?(?:servers?|data\s+cent(?:er|re)s?|infrastructure|region|cloud|facilities)\s+(?:(?:located|based|situated|hosted|housed)\s+)?in\b)/i,
    placeOwnRegion: /^(?:\*\*|__)?['’]s\s+((?:\p{Lu}[\p{L}.-]*\s+){1,3})(?:region|data\s+cent(?:er|re)s?|availability\s+zones?|location|facilit(?:y|ies))\b/u,
    placeStop: /[.;(]/,
    nameHeader: /processor|provider|vendor|recipient|name|company|service/i,
    locationHeader: /locat|countr|where|region|based|place|jurisdiction/i,
    safeguardHeader: /safeguard|transfer|mechanism|basis/i,
    forms: englishCountryForms,
    ordinaryWords: ENGLISH_ORDINARY_WORDS,
    name: countryName,
  },

  placeholder: {
    fillInStart: /^(?:insert|enter|add|your|company|name|date|address|e-?mail|phone|country|website|url|jurisdiction|state|city)\b/i,
    fillInWord: /\b(?:name|company|address|date|email|e-mail|number|country|state|city|website|url|officer|title|entity|organi[sz]ation|business|phone|jurisdiction|authority)\b/i,
    small: /^(?:of|the|and|or|a|an|to|for|in|at|de|&)$/,
    companyWord: /company|business|entity|organi[sz]ation/i,
    nameWord: /name/i,
    emailWord: /e-?mail/i,
  },

  contact: {
    privacyContext: /\b(?:privacy|personal\s+(?:data|information)|data\s+protection|rights?|requests?|exercise|gdpr|ccpa|dpo|complain\w*|opt[- ]out|erasure|access\s+to)\b/i,
    authority: /\b(?:regulator|supervisory\s+authorit(?:y|ies)|data\s+protection\s+(?:authority|agency|commission(?:er)?|inspectorate|ombudsman|board)|(?:privacy|information)\s+commissioner|ICO|CNIL|Datatilsynet|Autoriteit\s+Persoonsgegevens)\b/i,
  },

  recipients: {
    stopFirst: new Set([
      "our", "we", "the", "a", "an", "your", "any", "all", "other", "some", "these", "this", "those", "each", "they", "it",
      "if", "when", "where", "for", "in", "on", "with", "to", "from", "by", "as", "such", "also", "only", "no", "none",
      "you", "us", "their", "its", "there", "here", "see", "note", "e", "i", "ii", "iii", "iv", "v", "vi", "etc",
    ]),
    generic: new Set([
      "service", "services", "provider", "providers", "processor", "processors", "sub", "subprocessor", "subprocessors",
      "partner", "partners", "vendor", "vendors", "affiliate", "affiliates", "advisers", "advisors", "auditors", "accountants",
      "lawyers", "authorities", "authority", "courts", "police", "government", "regulators", "law", "enforcement", "tax",
      "professional", "legal", "hosting", "payments", "payment", "email", "e", "mail", "delivery", "analytics", "support",
      "error", "monitoring", "database", "storage", "cdn", "network", "security", "infrastructure", "cloud", "ai",
      "customer", "customers", "users", "employees", "staff", "contractors", "tutors", "operators", "buyers", "buyer",
      "successor", "successors", "group", "companies", "company", "entities", "recipients", "recipient", "third", "party",
      "parties", "category", "categories", "name", "purpose", "location", "country", "safeguard", "sms", "crm", "other",
      "banks", "bank", "insurers", "marketing", "communication", "communications", "product", "tools", "software",
      // who else may see data, as sharing sections head their items ("**Corporate Affiliates**.", "**Forums**.")
      "corporate", "access", "instructions", "forum", "forums", "community", "communities", "public", "organizers",
      "organisers", "sponsors", "events", "event", "webinars", "business", "transfers", "transfer", "aggregated",
      "identified", "de", "anonymised", "anonymized", "data", "information", "displaying", "collaborating", "others",
      "advertisers", "merger", "acquisition", "legal", "requirements", "protection", "rights", "consent", "affiliated",
      "subsidiaries", "personnel", "team", "members", "member", "professionals", "consultants", "agents", "agencies",
      // what a form asks for, when such a list sits in a sharing section ("- Address", "- Phone number")
      "address", "addresses", "phone", "number", "numbers", "first", "last", "names", "date", "birth", "message", "messages",
      // the vendor categories of generated notices ("AI Platforms", "Social Networks", "User Account Registration &
      // Authentication Services", "Website Hosting Service Providers", "Communication & Collaboration Tools")
      "platform", "platforms", "networks", "social", "media", "collaboration", "user", "account", "accounts",
      "registration", "authentication", "website", "websites", "web",
    ]),
    nameHeader: /\b(sub-?processor|processor|provider|vendor|recipient|company|service|third part|name|who)\b/i,
    attributeLabel: /^(?:purposes?|(?:server |data |hosting |processing )?locations?|country|countries|headquarters|seat|safeguards?|transfer(?: mechanism| safeguards?)?|legal basis|retention(?: period)?|(?:categories of )?data(?: categories| processed| shared)?|website|privacy policy|address|certifications?|more information|details|note)$/i,
    activity: /^\p{Lu}\p{Ll}{2,}ing$/u,
  },

  fixes: {
    contactLine: (email) => `For privacy questions and requests, write to ${email}.`,
    dpoLine: (email) => `Our data protection officer can be reached at ${email}.`,
    recipientsHeading: "Who receives personal data",
    purposeToDo: "TODO: what it does for us",
    transfers: {
      scc: "Standard Contractual Clauses", adequacy: "adequacy decision", dpf: "EU–US Data Privacy Framework",
      bcr: "Binding Corporate Rules", consent: "your explicit consent", none: "not needed",
    },
    noTransfer: "none required",
    // the English headings are the generated blocks' own (one place: generated/options.ts)
    blockColumns: {
      processors: KIND_SPECS.processors.columns, retention: KIND_SPECS.retention.columns, controller: KIND_SPECS.controller.columns,
      controllerTable: ["Detail", "Value"],
    },
  },

  clauses: {
    snippets: SNIPPETS,
    formalCue: /\bshall\b/,
  },

  cookies: {
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
      /\bonly\s(?:use|uses|set|sets|place|places|store|stores)\s(?:strictly\s)?(?:necessary|essential|technically\snecessary)\scookies/iu,
      /\b(?:use|set|place)\sonly\s(?:strictly\s)?(?:necessary|essential)\scookies/iu,
      /\bno\scookies\sother\sthan\s(?:strictly\s)?(?:necessary|essential)/iu,
      /\b(?:all\s)?(?:the\s)?cookies\s(?:we\sset\s)?are\s(?:all\s)?(?:strictly\s)?(?:necessary|essential)\b/iu,
    ],
    sectionWords: ["cookie", "cookies", "tracking technologies", "local storage"],
    cookieWords: ["cookie"],
    firstParty: ["first party", "first-party", "own domain"],
    firstPartyStart: ["us", "we"],
    headings: { name: "Cookie", provider: "Provider", purpose: "Purpose", duration: "Duration", session: "session", firstParty: "us (first party)" },
    unitNames: { minute: ["minute", "minutes"], hour: ["hour", "hours"], day: ["day", "days"], week: ["week", "weeks"], month: ["month", "months"], year: ["year", "years"] },
    purposeNames: { necessary: "Strictly necessary", preferences: "Preferences", statistics: "Statistics", marketing: "Marketing" },
  },
};
