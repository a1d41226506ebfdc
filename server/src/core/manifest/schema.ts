import * as z from "zod";
import { CATEGORIES } from "../catalog/types";
import { parseManifestDuration } from "../cookies/duration";
import { looksLikeCookieName } from "../cookies/names";
import { COOKIE_PURPOSES } from "../cookies/types";
import { isCountryCode, suggestCountryCode } from "../geo/countries";
import { parsePeriod } from "../periods";

/** The transfer mechanisms a processor outside the EEA may rely on. */
export const TRANSFERS = ["scc", "adequacy", "dpf", "bcr", "consent", "none"] as const;

const TRANSFER_HINTS: Record<string, string> = {
  "standard contractual clauses": "scc", sccs: "scc", "data privacy framework": "dpf",
  "eu-us data privacy framework": "dpf", "binding corporate rules": "bcr", bcrs: "bcr",
  "adequacy decision": "adequacy",
};

const text = (what: string) =>
  z.string({ error: (i) => (i.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim().min(1, `${what} must not be empty`);

/** A value as a message shows it: text quoted, anything else by its kind. */
const show = (v: unknown) => (typeof v === "string" ? `'${v}'` : Array.isArray(v) ? "a list" : v && typeof v === "object" ? "a mapping" : String(v));

/** Text that a refinement checks further; missing or non-text values get a message of their own. */
const plain = (what: string) =>
  z.string({ error: (i) => (i.input === undefined ? `${what} is required` : `${what} must be text, not ${show(i.input)}`) });

const email = plain("an e-mail address").regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: (i) => `'${i.input}' is not an e-mail address` });

const country = plain("a country").refine((v) => v === "EU" || v === "EEA" || isCountryCode(v), {
  error: (i) => {
    const hint = suggestCountryCode(String(i.input));
    return `country '${i.input}' is not an ISO 3166-1 alpha-2 code, EU or EEA${hint ? `; did you mean '${hint}'?` : ""}`;
  },
});

const period = z.union([plain("a period"), z.number()]).transform(String).refine((v) => parsePeriod(v) !== undefined, {
  error: (i) =>
    `'${i.input}' is not a period: write "N days|weeks|months|years|hours", "until <event>", "session" or "indefinite"`,
});

const category = plain("a category").refine((v) => (CATEGORIES as readonly string[]).includes(v), {
  error: (i) => {
    const v = String(i.input).toLowerCase();
    const flat = (s: string) => s.replace(/[^a-z]/g, "");
    // "e-mail" -> email, "monitoring" -> error-monitoring; never a two-letter category inside a word ("e-mail" is not "ai")
    const near = CATEGORIES.find((c) => flat(c) === flat(v)) ?? CATEGORIES.find((c) => (v.length >= 3 && c.includes(v)) || (c.length >= 3 && v.includes(c)));
    return `'${i.input}' is not a category${near ? `; did you mean '${near}'?` : ""} (one of ${CATEGORIES.join(", ")})`;
  },
});

const transfer = plain("a transfer mechanism").refine((v) => (TRANSFERS as readonly string[]).includes(v), {
  error: (i) => {
    const hint = TRANSFER_HINTS[String(i.input).toLowerCase().trim()];
    return `'${i.input}' is not a transfer mechanism${hint ? `; write '${hint}'` : ""} (one of ${TRANSFERS.join(" | ")})`;
  },
});

/** A calendar date written YYYY-MM-DD (YAML reads an unquoted 2026-03-04 as text). */
export function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const isoDate = (what: string) => plain(what).refine(isIsoDate, {
  error: (i) => `${what} '${i.input}' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-04`,
});

const noticeDays = z.number({ error: (i) => `notice_days must be a number of days, not ${show(i.input)}` })
  .int({ error: (i) => `notice_days must be a whole number of days, not ${String(i.input)}` })
  .min(0, { error: "notice_days must not be negative" })
  .max(3650, { error: "notice_days must be at most 3650 (ten years)" });

const stringList = (what: string) =>
  z.array(text(what), { error: `${what} must be a list, e.g. [a, b]` });

export const processorSchema = z.looseObject({
  name: text("name"),
  aliases: stringList("an alias").optional(),
  purpose: text("purpose"),
  category: category.optional(),
  data: stringList("a data item").optional(),
  country: z.union([country, z.array(country, { error: "country must be a code or a list of codes" })]).optional(),
  transfer: transfer.optional(),
  retention: period.optional(),
  consent: z.boolean({ error: "consent must be true or false" }).optional(),
  via: text("via").optional(),
  website: z.string().optional(),
  legal_name: text("legal_name").optional(),
  since: isoDate("since").optional(),
}, { error: "each processor must be a mapping with at least name and purpose" });

export const retentionSchema = z.looseObject({
  data: text("data"),
  aliases: stringList("an alias").optional(),
  period,
  store: text("store").optional(),
}, { error: "each retention entry must be a mapping with data and period" });

const cookieName = plain("a cookie name").refine((v) => looksLikeCookieName(v) && v.trim() !== "*", {
  error: (i) => `'${i.input}' is not a cookie name: write the name as the browser shows it (_ga), or a prefix with a trailing * (_ga_*)`,
});

const cookiePurpose = plain("a cookie purpose").refine((v) => (COOKIE_PURPOSES as readonly string[]).includes(v), {
  error: (i) => {
    const v = String(i.input).toLowerCase();
    const hint = /analytic|statist|perform/.test(v) ? "statistics" : /advert|market|target|ads/.test(v) ? "marketing" : /essential|required|strict|necess/.test(v) ? "necessary" : /function|prefer|personal/.test(v) ? "preferences" : undefined;
    return `'${i.input}' is not a cookie purpose${hint ? `; did you mean '${hint}'?` : ""} (one of ${COOKIE_PURPOSES.join(" | ")})`;
  },
});

const cookieDuration = z.union([plain("a duration"), z.number()]).transform(String).refine((v) => parseManifestDuration(v) !== undefined, {
  error: (i) => `'${i.input}' is not a cookie duration: write "N minutes|hours|days|weeks|months|years" or "session"`,
});

export const cookieSchema = z.looseObject({
  name: cookieName,
  provider: text("provider"),
  purpose: cookiePurpose,
  duration: cookieDuration.optional(),
  consent: z.boolean({ error: "consent must be true or false" }).optional(),
}, { error: "each cookie must be a mapping with name, provider and purpose" });

export const manifestSchema = z.looseObject({
  version: z.literal(1, { error: "version must be 1" }).optional(),
  controller: z.looseObject({
    name: text("controller name"),
    email: email.optional(),
    contact: z.string().optional(),
    country: country.optional(),
    dpo: email.optional(),
    authority: z.string().optional(),
  }, { error: "controller must be a mapping with name and email" }),
  regimes: z.array(z.enum(["gdpr", "uk-gdpr", "ccpa"], { error: (i) => `${show(i.input)} is not a regime (gdpr, uk-gdpr, ccpa)` }), {
    error: "regimes must be a list, e.g. [gdpr, ccpa]",
  }).optional(),
  disclosure: z.looseObject({
    list: z.string().optional(),
    notice_days: noticeDays.optional(),
    feed: plain("feed").regex(/^https?:\/\/\S+$/, { error: (i) => `feed '${i.input}' is not a web address; write the feed's https:// URL` }).optional(),
  }, { error: "disclosure must be a mapping, e.g. {list: https://…, notice_days: 30}" }).optional(),
  processors: z.array(processorSchema, { error: "processors must be a list of processors" }).optional(),
  retention: z.array(retentionSchema, { error: "retention must be a list of {data, period}" }).optional(),
  cookies: z.array(cookieSchema, { error: "cookies must be a list of {name, provider, purpose, duration}" }).optional(),
}, { error: "the manifest must be a mapping with version, controller and processors" });

/** Keys each mapping may have, for typo hints on unknown keys. */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
  root: ["version", "controller", "regimes", "disclosure", "processors", "retention", "cookies"],
  controller: ["name", "email", "contact", "country", "dpo", "authority"],
  processor: ["name", "aliases", "purpose", "category", "data", "country", "transfer", "retention", "consent", "via", "website", "legal_name", "since"],
  retention: ["data", "aliases", "period", "store"],
  disclosure: ["list", "notice_days", "feed"],
  cookie: ["name", "provider", "purpose", "duration", "consent"],
};
