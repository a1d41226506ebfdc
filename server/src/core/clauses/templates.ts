import { countryName, regionContains } from "../geo/countries";
import type { Manifest, Processor } from "../manifest/parse";
import { formatPeriod } from "../periods";
import type { ClauseFacts, LanguagePack } from "../packs/types";
import { ccpaCategories } from "./ccpaCategories";

/** The manifest's facts for a clause in any language. */
export function clauseFacts(m: Manifest | undefined): ClauseFacts {
  const c = m?.controller ?? {};
  const processors = m?.processors ?? [];
  return {
    controllerName: c.name, email: c.email, form: c.contact, dpo: c.dpo, authority: c.authority, country: c.country,
    processors,
    outside: processors.filter((p) => (p.countries ?? []).some((x) => !regionContains("EEA", x) && x !== c.country)),
    consent: processors.filter((p) => p.consent === true),
    retention: m?.retention ?? [],
  };
}

export type Tone = "plain" | "formal";

/** A clause ready to insert: its heading text (without #) and its Markdown body. */
export interface Clause {
  id: string;
  heading: string;
  body: string;
}

type Facts = ReturnType<typeof facts>;
type Template = { heading: [string, string]; body: (f: Facts, formal: boolean) => string };

/** Everything the templates say, drawn from the manifest (neutral wording where it is silent). */
function facts(m: Manifest | undefined) {
  const c = m?.controller ?? {};
  const processors = m?.processors ?? [];
  return {
    name: c.name ?? "We",
    org: c.name ?? "the company that operates this service",
    email: c.email,
    contact: c.email ? c.email : c.contact ?? "the contact details below",
    form: c.contact,
    dpo: c.dpo,
    authority: c.authority,
    processors,
    outside: processors.filter((p) => (p.countries ?? []).some((x) => !regionContains("EEA", x) && x !== c.country)),
    consent: processors.filter((p) => p.consent === true),
    retention: m?.retention ?? [],
  };
}

const where = (p: Processor) => (p.countries?.length ? ` (${p.countries.map(countryName).join(", ")})` : "");
const sentence = (s: string) => s.replace(/\s+/g, " ").trim().replace(/\.$/, "");
const MECHANISM: Record<string, string> = {
  scc: "the European Commission's Standard Contractual Clauses", adequacy: "an adequacy decision of the European Commission",
  dpf: "the EU–US Data Privacy Framework", bcr: "the provider's Binding Corporate Rules", consent: "your explicit consent", none: "no transfer mechanism (no transfer takes place)",
};

const TEMPLATES: Record<string, Template> = {
  controller: {
    heading: ["Who we are", "Identity of the controller"],
    body: (f, formal) => formal
      ? `${f.org} is the controller of the personal data described in this policy. Any question or request about personal data may be sent to ${f.contact}${f.form && f.email ? ` or submitted through ${f.form}` : ""}.`
      : `${f.org} is responsible for your personal data (the "controller"). You can reach us at ${f.contact}${f.form && f.email ? ` or through ${f.form}` : ""}.`,
  },
  purposes: {
    heading: ["Why we use your data", "Purposes of processing"],
    body: (f, formal) => [
      formal ? "We process personal data for the following purposes:" : "We use personal data for these purposes:",
      "",
      "- to provide your account and the service you signed up for;",
      ...f.processors.filter((p) => p.purpose).map((p) => `- ${lower(p.purpose!)} (with ${p.name});`),
      "- to keep the service secure and to meet our legal obligations.",
    ].join("\n"),
  },
  "legal-basis": {
    heading: ["Legal bases", "Lawful bases for processing"],
    body: (f, formal) => [
      formal ? "We rely on the following lawful bases under Article 6(1) GDPR:" : "The law lets us use personal data only on a legal basis. We rely on:",
      "",
      "- **Contract** (Art. 6(1)(b)): to provide the service you signed up for;",
      "- **Legal obligation** (Art. 6(1)(c)): to keep accounting and tax records;",
      "- **Legitimate interests** (Art. 6(1)(f)): to keep the service secure and to improve it, where our interests are not overridden by yours;",
      ...(f.consent.length ? [`- **Consent** (Art. 6(1)(a)): for ${f.consent.map((p) => p.name).join(", ")}, only after you agree.`] : []),
    ].join("\n"),
  },
  recipients: {
    heading: ["Who receives your data", "Recipients of personal data"],
    body: (f, formal) => [
      formal ? "We disclose personal data to the following service providers, each acting as our processor under a written agreement:" : "These service providers process personal data for us, each under a data processing agreement:",
      "",
      ...f.processors.map((p) => `- **${p.name}** — ${sentence(p.purpose ?? "service provider")}${where(p)}`),
    ].join("\n"),
  },
  transfers: {
    heading: ["International transfers", "Transfers outside the EEA"],
    body: (f, formal) => [
      formal ? "Some of our service providers process personal data outside the European Economic Area. Each transfer is protected as follows:" : "Some service providers process data outside the European Economic Area (EEA). We protect these transfers as follows:",
      "",
      ...f.outside.map((p) => `- **${p.name}**${where(p)}: ${MECHANISM[p.transfer ?? ""] ?? "ask us which safeguard applies"}`),
      "",
      `You can ask for a copy of these safeguards at ${f.contact}.`,
    ].join("\n"),
  },
  retention: {
    heading: ["How long we keep data", "Retention"],
    body: (f, formal) => [
      formal ? "We retain personal data only for as long as necessary for the purposes set out in this policy, namely:" : "We keep personal data only as long as we need it:",
      "",
      ...f.retention.filter((r) => r.periodText).map((r) => `- ${r.data}: ${r.period ? formatPeriod(r.period) : r.periodText}`),
      ...f.processors.filter((p) => p.retention).map((p) => `- ${p.name} keeps the data it processes for us for ${formatPeriod(p.retention!)}`),
      ...(f.retention.length || f.processors.some((p) => p.retention) ? [] : ["- account data: until you delete your account"]),
      "",
      "When a period ends, we delete the data or anonymise it.",
    ].join("\n"),
  },
  rights: {
    heading: ["Your rights", "Your rights as a data subject"],
    body: (f) => [
      "You have the right to:",
      "",
      "- access the personal data we hold about you;",
      "- rectification of data that is wrong;",
      "- erasure of your data;",
      "- restriction of processing;",
      "- object to processing based on legitimate interests;",
      "- data portability: receive your data in a machine-readable format.",
      "",
      `To use any of these rights, write to ${f.contact}. We answer within one month.`,
    ].join("\n"),
  },
  "withdraw-consent": {
    heading: ["Withdrawing consent", "Withdrawal of consent"],
    body: (f) => `Where we rely on your consent${f.consent.length ? ` (${f.consent.map((p) => p.name).join(", ")})` : ""}, you can withdraw it at any time, as easily as you gave it, for example in your settings or by writing to ${f.contact}. Withdrawing consent does not affect processing that took place before.`,
  },
  complaint: {
    heading: ["Complaints", "Right to lodge a complaint"],
    body: (f) => `You have the right to lodge a complaint with a supervisory authority${f.authority ? `, in particular ${f.authority}` : ", in particular the data protection authority where you live or work"}. We would appreciate the chance to address your concern first at ${f.contact}.`,
  },
  dpo: {
    heading: ["Data protection officer", "Data protection officer"],
    body: (f) => `You can contact our data protection officer at ${f.dpo ?? f.contact}.`,
  },
  "ccpa-categories": {
    heading: ["Categories of personal information we collect", "Categories of personal information"],
    body: (f) => ["In the last 12 months we collected these categories of personal information:", "", ...ccpaCategories(f.processors).map((c) => `- ${c}`)].join("\n"),
  },
  "ccpa-sale": {
    heading: ["Sale or sharing of personal information", "Sale or sharing of personal information"],
    body: () => "We do not sell your personal information and we do not share it for cross-context behavioral advertising. We have not done so in the last 12 months.",
  },
  "ccpa-rights": {
    heading: ["Your California privacy rights", "California privacy rights"],
    body: (f) => [
      "If you live in California, you have the right to:",
      "",
      "- know what personal information we collect, use and disclose, and get a copy;",
      "- delete personal information we collected from you;",
      "- correct inaccurate personal information;",
      "- opt out of the sale or sharing of personal information;",
      "- limit the use of sensitive personal information.",
      "",
      `To make a request, write to ${f.contact}${f.form && f.email ? ` or use ${f.form}` : ""}. We verify requests by confirming the e-mail address on your account. An authorized agent may act for you with your signed permission.`,
    ].join("\n"),
  },
  "ccpa-non-discrimination": {
    heading: ["Non-discrimination", "Non-discrimination"],
    body: () => "We will not discriminate against you for exercising any of your privacy rights: we will not deny you the service, charge a different price or give you a lower quality of service because you made a request.",
  },
  cookies: {
    heading: ["Cookies", "Cookies and similar technologies"],
    body: (f) => `We use cookies that are strictly necessary to keep you signed in.${f.consent.length ? ` ${f.consent.map((p) => p.name).join(", ")} set cookies only after you agree in the cookie banner.` : ""} You can change your choice at any time.`,
  },
  children: { heading: ["Children", "Children"], body: () => "Our service is not directed at children under 16, and we do not knowingly collect their personal data. If you believe a child has given us personal data, contact us and we will delete it." },
  security: { heading: ["Security", "Security of processing"], body: () => "We protect personal data with encryption in transit and at rest, access controls limited to the staff who need it, and regular reviews of our service providers." },
  changes: { heading: ["Changes to this policy", "Amendments"], body: () => "When we change this policy, we update the date at the top. If a change matters to how we use your data, we tell account holders before it takes effect." },
  contact: { heading: ["Contact", "Contact details"], body: (f) => `${f.org}${f.email ? `\n${f.email}` : ""}${f.form ? `\n${f.form}` : ""}` },
};

function lower(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** Clause ids: every required disclosure id plus common optional sections. */
export const CLAUSE_IDS: readonly string[] = [...Object.keys(TEMPLATES), "last-updated"];

/** Renders a clause from the manifest, in a plain or a formal tone, in the pack's language; undefined when that language has no such clause (the English templates serve English and packs without templates). */
export function renderClause(id: string, manifest: Manifest | undefined, tone: Tone = "plain", today = new Date(), pack?: LanguagePack): Clause | undefined {
  const own = pack?.clauses.templates;
  if (pack && own) {
    if (id === "last-updated" && pack.clauses.lastUpdated) return { id, heading: "", body: pack.clauses.lastUpdated(today) };
    const t = own[id];
    // no clause in the policy's language: none at all, never an English one inside a German text
    if (!t) return undefined;
    const formal = tone === "formal";
    return { id, heading: t.heading[formal ? 1 : 0], body: t.body(clauseFacts(manifest), formal, pack) };
  }
  if (id === "last-updated") return { id, heading: "", body: `Last updated: ${today.getUTCDate()} ${today.toLocaleString("en-GB", { month: "long", timeZone: "UTC" })} ${today.getUTCFullYear()}` };
  const t = TEMPLATES[id];
  if (!t) return undefined;
  const formal = tone === "formal";
  return { id, heading: t.heading[formal ? 1 : 0], body: t.body(facts(manifest), formal) };
}
