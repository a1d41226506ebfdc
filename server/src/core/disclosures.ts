import { regionContains } from "./geo/countries";
import type { Manifest } from "./manifest/parse";
import type { PolicyDoc } from "./policy/parse";
import type { SectionKind } from "./policy/sections";
import type { Regime } from "./types";

/** A disclosure that a regime requires, with the law that requires it. */
export interface Disclosure {
  id: string;
  title: string;
  regimes: Regime[];
  citation: string;
  /** The section kind a heading must name for the disclosure to be present by heading. */
  heading?: SectionKind;
  /** Whether the heading alone suffices, or the text must make the disclosure too. */
  headingSuffices: boolean;
  /** Text that makes the disclosure. Phrase lists are data; near misses are tested. */
  phrases: RegExp[];
  /** Extra condition for present-by-text (e.g. several rights named). */
  present?: (text: string, doc: PolicyDoc, manifest?: Manifest) => boolean;
  required: (manifest: Manifest | undefined, regimes: Regime[]) => boolean;
  /** The section it usually follows, for placing an inserted clause. */
  after: SectionKind[];
}

const GDPR: Regime[] = ["gdpr", "uk-gdpr"];
const ALL: Regime[] = ["gdpr", "uk-gdpr", "ccpa"];
const always = () => true;

const RIGHTS: RegExp[] = [/\baccess\b/i, /\brectif\w*|\bcorrect(?:ion|ed)?\b/i, /\beras\w*|\bdelet\w*|\bforgotten\b/i, /\brestrict\w*|\blimit\s+(?:the\s+)?processing\b/i, /\bobject\w*\b/i, /\bportab\w*|\bmachine-readable\b|\btransmit\w* (?:it )?to another\b/i];

export const DISCLOSURES: Disclosure[] = [
  {
    id: "controller", title: "Who the controller is", regimes: ALL, citation: "GDPR Art. 13(1)(a); Cal. Civ. Code §1798.100", heading: "controller", headingSuffices: false,
    phrases: [], required: always, after: [],
    present: (text, _doc, m) => {
      const name = m?.controller.name;
      // the name must appear as a name: "privacy@acme.example" gives a contact, not the controller's identity
      const prose = text.replace(/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/g, " ").replace(/https?:\/\/\S+/g, " ");
      const named = name ? new RegExp(`\\b${escape(name.replace(/[,.]?\s*(?:Inc|LLC|Ltd|Limited|GmbH|Oy|OÜ|AS|ApS|AB|B\.V|BV|SAS|SA|AG)\.?$/i, ""))}`, "i").test(prose) : /\b(?:controller|we are|operated by)\b/i.test(prose);
      return named && (/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/.test(text) || /https?:\/\/\S+/.test(text));
    },
  },
  {
    id: "purposes", title: "Purposes of processing", regimes: GDPR, citation: "GDPR Art. 13(1)(c)", heading: "purposes", headingSuffices: true,
    phrases: [/\bpurposes?\b/i, /\bwe (?:use|process|collect) (?:your |this |the |personal )*(?:data|information|it) (?:to|for|in order to)\b/i, /\bwe use (?:it|them) to\b/i, /\bso (?:that )?(?:we|you) can\b/i],
    required: always, after: ["collection", "controller"],
  },
  {
    id: "legal-basis", title: "Legal bases", regimes: GDPR, citation: "GDPR Art. 13(1)(c)", heading: "legal-basis", headingSuffices: true,
    phrases: [/\blegal bas[ie]s\b/i, /\blawful bas[ie]s\b/i, /\bart(?:icle|\.)?\s*6\s*\(1\)/i, /\blegitimate interests?\b/i, /\blegal obligations?\b/i, /\bperformance of (?:a|the|our) contract\b/i, /\b(?:necessary|needed) (?:for|to perform) (?:the |a |our )?contract\b/i, /\bcontractual necessity\b/i, /\b(?:on the basis of|based on|rely on) your consent\b/i, /\b(?:on the basis of|based on|rely on|relying on) (?:the |a |our |your )?(?:contract|agreement) (?:with you|between us)\b/i],
    required: always, after: ["purposes"],
  },
  {
    id: "recipients", title: "Recipients", regimes: ALL, citation: "GDPR Art. 13(1)(e); Cal. Civ. Code §1798.100(a)", heading: "recipients", headingSuffices: true,
    phrases: [/\b(?:service providers?|sub-?processors?|processors?|recipients?)\b[^.]{0,80}\b(?:share|disclose|receive|use|process)\w*/i, /\bwe (?:share|disclose) (?:personal |your )?(?:data|information) with\b/i],
    required: (m) => !!m && m.processors.length > 0, after: ["legal-basis", "purposes"],
  },
  {
    id: "transfers", title: "International transfers", regimes: GDPR, citation: "GDPR Art. 13(1)(f)", heading: "transfers", headingSuffices: true,
    phrases: [/\bstandard contractual clauses\b/i, /\bSCCs?\b/, /\bdata privacy framework\b/i, /\badequacy decisions?\b/i, /\bbinding corporate rules\b/i, /\binternational data transfer (?:agreement|addendum)\b/i, /\btransfers? (?:of (?:personal )?data )?(?:outside|to (?:countries|third countries))\b/i],
    required: (m, regimes) => !!m && m.processors.some((p) => (p.countries ?? []).some((c) => outsideArea(c, regimes) && c !== m.controller.country)),
    after: ["recipients"],
  },
  {
    id: "retention", title: "Retention", regimes: ALL, citation: "GDPR Art. 13(2)(a); Cal. Civ. Code §1798.100(a)(3)", heading: "retention", headingSuffices: true,
    phrases: [/\b(?:we )?(?:keep|retain|store)s?\b[^.]{0,60}\b(?:for|until|as long as)\b/i, /\bretention (?:period|schedule)s?\b/i, /\bkept (?:for|until)\b/i, /\bdeleted? (?:after|within)\b/i],
    required: always, after: ["transfers", "recipients"],
  },
  {
    id: "rights", title: "Data subject rights", regimes: GDPR, citation: "GDPR Art. 13(2)(b)", heading: "rights", headingSuffices: true,
    phrases: [], present: (text) => RIGHTS.filter((r) => r.test(text)).length >= 5, required: always, after: ["retention"],
  },
  {
    id: "withdraw-consent", title: "Withdrawing consent", regimes: GDPR, citation: "GDPR Art. 13(2)(c)", headingSuffices: false,
    phrases: [/\b(?:withdraw|revoke|retract)\w*\b[^.]{0,60}\bconsent\b/i, /\bconsent\b[^.]{0,80}\b(?:withdraw|revoke|retract)\w*/i, /\bwithdraw (?:it|them) at any time\b/i, /\bchange your mind\b[^.]{0,60}\b(?:consent|cookie|settings)\b/i],
    required: (m) => !!m && m.processors.some((p) => p.consent === true), after: ["rights"],
  },
  {
    id: "complaint", title: "Complaint to a supervisory authority", regimes: GDPR, citation: "GDPR Art. 13(2)(d)", headingSuffices: false,
    phrases: [/\b(?:lodge|file|make|submit|raise|bring)\b[^.]{0,30}\bcomplaints?\b[^.]{0,160}\b(?:supervisory authority|data protection (?:authority|agency|ombudsman|commission(?:er)?|inspectorate|board)|regulator|Information Commissioner|ICO|Datatilsynet|CNIL|Autoriteit Persoonsgegevens|authority)\b/i, /\bright to complain\b[^.]{0,120}\b(?:authority|regulator|commissioner)\b/i, /\bcomplain\w*\b[^.]{0,60}\b(?:to|with)\b[^.]{0,40}\b(?:supervisory|data protection) authority\b/i],
    // the authority's name may wrap across lines in the Markdown source
    present: (text, _d, m) => !!m?.controller.authority && /\bcomplain/i.test(text) && flatText(text).includes(flat(m.controller.authority)),
    required: always, after: ["rights"],
  },
  {
    id: "dpo", title: "Data protection officer", regimes: GDPR, citation: "GDPR Art. 13(1)(b)", heading: "dpo", headingSuffices: false,
    phrases: [], present: (text, _d, m) => !!m?.controller.dpo && lowerText(text).includes(m.controller.dpo.toLowerCase()),
    required: (m) => !!m?.controller.dpo, after: ["controller"],
  },
  {
    id: "ccpa-categories", title: "Categories of personal information", regimes: ["ccpa"], citation: "Cal. Civ. Code §1798.100(a)(1), §1798.110", heading: "ccpa-categories", headingSuffices: true,
    phrases: [/\bcategories of personal information\b/i], required: always, after: ["controller"],
  },
  {
    id: "ccpa-sale", title: "Sale or sharing of personal information", regimes: ["ccpa"], citation: "Cal. Civ. Code §1798.120, §1798.135", heading: "ccpa-sale", headingSuffices: true,
    phrases: [/\b(?:do not|don['’]t|never|will not|won['’]t)\s+(?:sell|share)\b/i, /\bsell(?:s|ing)? or shar(?:e|es|ing)\b/i, /\bsale of (?:your )?personal information\b/i, /\bdo not sell\b/i, /\bsold or shared\b/i, /\b(?:not|never) (?:been )?sold\b/i],
    required: always, after: ["recipients"],
  },
  {
    id: "ccpa-rights", title: "California privacy rights", regimes: ["ccpa"], citation: "Cal. Civ. Code §1798.130(a)(5), §1798.100–§1798.125", heading: "ccpa-rights", headingSuffices: true,
    phrases: [], present: (text) => /\bright to know\b|\bknow\b/i.test(text) && /\bdelet/i.test(text) && /\bcorrect/i.test(text) && /\bopt[- ]out\b/i.test(text),
    required: always, after: ["rights", "retention"],
  },
  {
    id: "ccpa-non-discrimination", title: "Non-discrimination", regimes: ["ccpa"], citation: "Cal. Civ. Code §1798.125", heading: "ccpa-non-discrimination", headingSuffices: true,
    phrases: [/\bdiscriminat\w*/i], required: always, after: ["ccpa-rights"],
  },
  {
    id: "last-updated", title: "Last updated date", regimes: ALL, citation: "Cal. Civ. Code §1798.130(a)(5); good practice under GDPR Art. 12", headingSuffices: false,
    phrases: [], required: always, after: [],
  },
];

function outsideArea(code: string, regimes: Regime[]): boolean {
  const eea = regionContains("EEA", code);
  if (regimes.includes("uk-gdpr") && !regimes.includes("gdpr")) return !(eea || code === "GB");
  return !eea;
}

function flat(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ");
}

/** f, remembered for the last input: each check reads the same whole policy, once per keystroke. */
function lastOf(f: (s: string) => string): (s: string) => string {
  let input: string | undefined;
  let output = "";
  return (s) => {
    if (s !== input) {
      input = s;
      output = f(s);
    }
    return output;
  };
}

const lowerText = lastOf((s) => s.toLowerCase());
const flatText = lastOf(flat);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
