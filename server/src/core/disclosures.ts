import { regionContains } from "./geo/countries";
import type { Manifest } from "./manifest/parse";
import type { PolicyDoc } from "./policy/parse";
import type { SectionKind } from "./policy/sections";
import type { Regime } from "./types";
import type { DisclosureId, LanguagePack } from "./packs/index";
import { msg, msgText } from "./messages";
import { findAddresses } from "./policy/contacts";

/** The key phrases that make a disclosure in a pack's language. */
export function phrasesOf(d: Disclosure, pack: LanguagePack): RegExp[] {
  return pack.disclosures.phrases[d.id] ?? NO_PHRASES;
}

const NO_PHRASES: RegExp[] = [];

/** Where the law requires a disclosure, for the GDPR family and for the CCPA. */
export interface Citation {
  gdpr?: string;
  ccpa?: string;
}

/**
 * The citation for the active regimes only, in the display language: a GDPR-only policy is not
 * sent to California law for its retention clause, nor a CCPA-only one to Art. 13.
 */
export function citationFor(d: Disclosure, regimes: readonly Regime[]): string {
  const parts: string[] = [];
  if (d.citation.gdpr && regimes.some((r) => r !== "ccpa")) parts.push(msgText(d.citation.gdpr));
  if (d.citation.ccpa && regimes.includes("ccpa")) parts.push(msgText(d.citation.ccpa));
  if (!parts.length) parts.push(...[d.citation.gdpr, d.citation.ccpa].filter((c): c is string => !!c).map(msgText));
  return parts.reduce((a, b) => msg("citation.both", { a, b }));
}

/** A disclosure that a regime requires, with the law that requires it. */
export interface Disclosure {
  id: DisclosureId;
  title: string;
  regimes: Regime[];
  /** The law that requires it, by family: `gdpr` stands for the GDPR and the UK GDPR (same article numbers). */
  citation: Citation;
  /** The section kind a heading must name for the disclosure to be present by heading. */
  heading?: SectionKind;
  /** Whether the heading alone suffices, or the text must make the disclosure too. */
  headingSuffices: boolean;
  /** Extra condition for present-by-text (e.g. several rights named); key phrases are in the language pack. */
  present?: (text: string, doc: PolicyDoc, manifest: Manifest | undefined, pack: LanguagePack) => boolean;
  required: (manifest: Manifest | undefined, regimes: Regime[]) => boolean;
  /** The section it usually follows, for placing an inserted clause. */
  after: SectionKind[];
}

const GDPR: Regime[] = ["gdpr", "uk-gdpr"];
/** An international telephone number ("+49 30 1234567", "+44 (0)20 7946 0000"). */
const PHONE = /(?<![\w+])\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?\d{1,5}(?:[ .-]\d{2,8}){1,4}(?![\w])/;
const ALL: Regime[] = ["gdpr", "uk-gdpr", "ccpa"];
const always = () => true;


export const DISCLOSURES: Disclosure[] = [
  {
    id: "controller", title: "Who the controller is", regimes: ALL, citation: { gdpr: "GDPR Art. 13(1)(a)", ccpa: "Cal. Civ. Code §1798.100" }, heading: "controller", headingSuffices: false,
    required: always, after: [],
    present: (text, _doc, m, pack) => {
      const name = m?.controller.name;
      // the name must appear as a name: "privacy@acme.example" gives a contact, not the controller's identity
      const prose = text.replace(/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/g, " ").replace(/https?:\/\/\S+/g, " ");
      const named = name ? new RegExp(`\\b${escape(name.replace(/[,.]?\s*(?:Inc|LLC|Ltd|Limited|GmbH|Oy|OÜ|AS|ApS|AB|B\.V|BV|SAS|SA|AG)\.?$/i, ""))}`, "i").test(prose) : pack.disclosures.controllerCue.test(prose);
      // a contact: an e-mail address, a telephone number, or a link to a contact page (a link to the
      // site itself, or to the regulator, reaches nobody)
      // or the manifest's own contact form, wherever it is hosted ("https://forms.gle/…")
      const form = m?.controller.contact?.replace(/\/+$/, "");
      return named && (findAddresses(text).length > 0 || pack.disclosures.contactLink.test(text) || PHONE.test(text) || (!!form && text.includes(form)));
    },
  },
  {
    id: "purposes", title: "Purposes of processing", regimes: GDPR, citation: { gdpr: "GDPR Art. 13(1)(c)" }, heading: "purposes", headingSuffices: true,
    required: always, after: ["collection", "controller"],
  },
  {
    id: "legal-basis", title: "Legal bases", regimes: GDPR, citation: { gdpr: "GDPR Art. 13(1)(c)" }, heading: "legal-basis", headingSuffices: true,
    required: always, after: ["purposes"],
  },
  {
    id: "recipients", title: "Recipients", regimes: ALL, citation: { gdpr: "GDPR Art. 13(1)(e)", ccpa: "Cal. Civ. Code §1798.100(a)" }, heading: "recipients", headingSuffices: true,
    required: (m) => !!m && m.processors.length > 0, after: ["legal-basis", "purposes"],
  },
  {
    id: "transfers", title: "International transfers", regimes: GDPR, citation: { gdpr: "GDPR Art. 13(1)(f)" }, heading: "transfers", headingSuffices: true,
    required: (m, regimes) => !!m && m.processors.some((p) => (p.countries ?? []).some((c) => outsideArea(c, regimes) && c !== m.controller.country)),
    after: ["recipients"],
  },
  {
    id: "retention", title: "Retention", regimes: ALL, citation: { gdpr: "GDPR Art. 13(2)(a)", ccpa: "Cal. Civ. Code §1798.100(a)(3)" }, heading: "retention", headingSuffices: true,
    required: always, after: ["transfers", "recipients"],
  },
  {
    id: "rights", title: "Data subject rights", regimes: GDPR, citation: { gdpr: "GDPR Art. 13(2)(b)" }, heading: "rights", headingSuffices: true,
    present: (text, _d, _m, pack) => pack.disclosures.rights.filter((r) => r.test(text)).length >= pack.disclosures.rightsNeeded, required: always, after: ["retention"],
  },
  {
    id: "withdraw-consent", title: "Withdrawing consent", regimes: GDPR, citation: { gdpr: "GDPR Art. 13(2)(c)" }, headingSuffices: false,
    required: (m) => !!m && m.processors.some((p) => p.consent === true), after: ["rights"],
  },
  {
    id: "complaint", title: "Complaint to a supervisory authority", regimes: GDPR, citation: { gdpr: "GDPR Art. 13(2)(d)" }, headingSuffices: false,
    // the authority's name may wrap across lines in the Markdown source
    present: (text, _d, m, pack) => !!m?.controller.authority && pack.disclosures.complaintCue.test(text) && flatText(text).includes(flat(m.controller.authority)),
    required: always, after: ["rights"],
  },
  {
    id: "dpo", title: "Data protection officer", regimes: GDPR, citation: { gdpr: "GDPR Art. 13(1)(b)" }, heading: "dpo", headingSuffices: false, present: (text, _d, m) => !!m?.controller.dpo && lowerText(text).includes(m.controller.dpo.toLowerCase()),
    required: (m) => !!m?.controller.dpo, after: ["controller"],
  },
  {
    id: "ccpa-categories", title: "Categories of personal information", regimes: ["ccpa"], citation: { ccpa: "Cal. Civ. Code §1798.100(a)(1), §1798.110" }, heading: "ccpa-categories", headingSuffices: true,
    required: always, after: ["controller"],
  },
  {
    id: "ccpa-sale", title: "Sale or sharing of personal information", regimes: ["ccpa"], citation: { ccpa: "Cal. Civ. Code §1798.120, §1798.135" }, heading: "ccpa-sale", headingSuffices: true,
    required: always, after: ["recipients"],
  },
  {
    id: "ccpa-rights", title: "California privacy rights", regimes: ["ccpa"], citation: { ccpa: "Cal. Civ. Code §1798.130(a)(5), §1798.100–§1798.125" }, heading: "ccpa-rights", headingSuffices: true, present: (text, _d, _m, pack) => pack.disclosures.ccpaRights.every((r) => r.test(text)),
    required: always, after: ["rights", "retention"],
  },
  {
    id: "ccpa-non-discrimination", title: "Non-discrimination", regimes: ["ccpa"], citation: { ccpa: "Cal. Civ. Code §1798.125" }, heading: "ccpa-non-discrimination", headingSuffices: true,
    required: always, after: ["ccpa-rights"],
  },
  {
    id: "last-updated", title: "Last updated date", regimes: ALL, citation: { gdpr: "good practice under GDPR Art. 12", ccpa: "Cal. Civ. Code §1798.130(a)(5)" }, headingSuffices: false,
    required: always, after: [],
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
