import * as z from "zod";
import { CATEGORIES } from "../catalog/types";
import { parseManifestDuration } from "../cookies/duration";
import { looksLikeCookieName } from "../cookies/names";
import { COOKIE_PURPOSES } from "../cookies/types";
import { isCountryCode, suggestCountryCode } from "../geo/countries";
import { msg, type MessageKey } from "../messages";
import { findCountriesIn, PACKS } from "../packs/index";
import { parsePeriod } from "../periods";

/** The transfer mechanisms a processor outside the EEA may rely on. */
export const TRANSFERS = ["scc", "adequacy", "dpf", "bcr", "consent", "none"] as const;

const TRANSFER_HINTS: Record<string, string> = {
  "standard contractual clauses": "scc", sccs: "scc", "data privacy framework": "dpf",
  "eu-us data privacy framework": "dpf", "binding corporate rules": "bcr", bcrs: "bcr",
  "adequacy decision": "adequacy",
};

/**
 * Messages are built when an issue is found (zod calls `error` then), so they follow the
 * display language. `what` is a YAML key as written ("name") or a catalogue key that names
 * what was expected ("schema.what.period": "a period", "eine Frist").
 */
const label = (what: string) => (what.startsWith("schema.what.") ? msg(what as MessageKey) : what);
const err = (key: MessageKey, args?: Record<string, string | number>) => ({ error: () => msg(key, args) });

const text = (what: string) =>
  z.string({ error: (i) => msg(i.input === undefined ? "schema.required" : "schema.text", { what: label(what) }) })
    .trim().min(1, { error: () => msg("schema.empty", { what: label(what) }) });

/** A value as a message shows it: text quoted, anything else by its kind. */
const show = (v: unknown) => (typeof v === "string" ? `'${v}'` : Array.isArray(v) ? msg("schema.a-list") : v && typeof v === "object" ? msg("schema.a-mapping") : String(v));

/** Text that a refinement checks further; missing or non-text values get a message of their own. */
const plain = (what: string) =>
  z.string({ error: (i) => (i.input === undefined ? msg("schema.required", { what: label(what) }) : msg("schema.text-not", { what: label(what), value: show(i.input) })) });

const email = plain("schema.what.email").regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: (i) => msg("schema.email", { value: String(i.input) }) });

const country = plain("schema.what.country").refine((v) => v === "EU" || v === "EEA" || isCountryCode(v), {
  error: (i) => {
    const hint = suggestCountryCode(String(i.input)) ?? nameInAnyLanguage(String(i.input));
    return msg("schema.country", { value: String(i.input), hint: hint ? msg("schema.did-you-mean", { value: hint }) : "" });
  },
});

/** The code of a country written out in one of the languages ("Deutschland", "Autriche"). */
function nameInAnyLanguage(v: string): string | undefined {
  const t = v.trim();
  for (const pack of PACKS) {
    const found = findCountriesIn(pack, t);
    if (found.length === 1 && found[0].start === 0 && found[0].end === t.length) return found[0].code;
  }
  return undefined;
}

const period = z.union([plain("schema.what.period"), z.number()]).transform(String).refine((v) => parsePeriod(v) !== undefined, {
  error: (i) => msg("schema.period", { value: String(i.input) }),
});

const category = plain("schema.what.category").refine((v) => (CATEGORIES as readonly string[]).includes(v), {
  error: (i) => {
    const v = String(i.input).toLowerCase();
    const flat = (s: string) => s.replace(/[^a-z]/g, "");
    // "e-mail" -> email, "monitoring" -> error-monitoring; never a two-letter category inside a word ("e-mail" is not "ai")
    const near = CATEGORIES.find((c) => flat(c) === flat(v)) ?? CATEGORIES.find((c) => (v.length >= 3 && c.includes(v)) || (c.length >= 3 && v.includes(c)));
    return msg("schema.category", { value: String(i.input), hint: near ? msg("schema.did-you-mean", { value: near }) : "", list: CATEGORIES.join(", ") });
  },
});

const transfer = plain("schema.what.transfer").refine((v) => (TRANSFERS as readonly string[]).includes(v), {
  error: (i) => {
    const hint = TRANSFER_HINTS[String(i.input).toLowerCase().trim()];
    return msg("schema.transfer", { value: String(i.input), hint: hint ? msg("schema.write-instead", { value: hint }) : "", list: TRANSFERS.join(" | ") });
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
  error: (i) => msg("schema.date", { what: label(what), value: String(i.input) }),
});

const noticeDays = z.number({ error: (i) => msg("schema.notice-days", { value: show(i.input) }) })
  .int({ error: (i) => msg("schema.notice-days.whole", { value: String(i.input) }) })
  .min(0, err("schema.notice-days.negative"))
  .max(3650, err("schema.notice-days.max"));

const stringList = (what: string) =>
  z.array(text(what), { error: () => msg("schema.list", { what: label(what) }) });

export const processorSchema = z.looseObject({
  name: text("name"),
  aliases: stringList("schema.what.alias").optional(),
  purpose: text("purpose"),
  category: category.optional(),
  data: stringList("schema.what.data-item").optional(),
  country: z.union([country, z.array(country, err("schema.country-list"))]).optional(),
  transfer: transfer.optional(),
  retention: period.optional(),
  consent: z.boolean(err("schema.consent")).optional(),
  via: text("via").optional(),
  website: z.string().optional(),
  legal_name: text("legal_name").optional(),
  since: isoDate("since").optional(),
}, err("schema.processor"));

export const retentionSchema = z.looseObject({
  data: text("data"),
  aliases: stringList("schema.what.alias").optional(),
  period,
  store: text("store").optional(),
}, err("schema.retention-entry"));

const cookieName = plain("schema.what.cookie-name").refine((v) => looksLikeCookieName(v) && v.trim() !== "*", {
  error: (i) => msg("schema.cookie-name", { value: String(i.input) }),
});

const cookiePurpose = plain("schema.what.cookie-purpose").refine((v) => (COOKIE_PURPOSES as readonly string[]).includes(v), {
  error: (i) => {
    const v = String(i.input).toLowerCase();
    const hint = /analytic|statist|perform/.test(v) ? "statistics" : /advert|market|target|ads/.test(v) ? "marketing" : /essential|required|strict|necess/.test(v) ? "necessary" : /function|prefer|personal/.test(v) ? "preferences" : undefined;
    return msg("schema.cookie-purpose", { value: String(i.input), hint: hint ? msg("schema.did-you-mean", { value: hint }) : "", list: COOKIE_PURPOSES.join(" | ") });
  },
});

const cookieDuration = z.union([plain("schema.what.duration"), z.number()]).transform(String).refine((v) => parseManifestDuration(v) !== undefined, {
  error: (i) => msg("schema.cookie-duration", { value: String(i.input) }),
});

export const cookieSchema = z.looseObject({
  name: cookieName,
  provider: text("provider"),
  purpose: cookiePurpose,
  duration: cookieDuration.optional(),
  consent: z.boolean(err("schema.consent")).optional(),
}, err("schema.cookie"));

export const manifestSchema = z.looseObject({
  version: z.literal(1, err("schema.version")).optional(),
  controller: z.looseObject({
    name: text("schema.what.controller-name"),
    email: email.optional(),
    contact: z.string().optional(),
    country: country.optional(),
    dpo: email.optional(),
    authority: z.string().optional(),
  }, err("schema.controller")),
  regimes: z.array(z.enum(["gdpr", "uk-gdpr", "ccpa"], { error: (i) => msg("schema.regime", { value: show(i.input) }) }), err("schema.regimes")).optional(),
  disclosure: z.looseObject({
    list: z.string().optional(),
    notice_days: noticeDays.optional(),
    feed: plain("feed").regex(/^https?:\/\/\S+$/, { error: (i) => msg("schema.feed", { value: String(i.input) }) }).optional(),
  }, err("schema.disclosure")).optional(),
  processors: z.array(processorSchema, err("schema.processors")).optional(),
  retention: z.array(retentionSchema, err("schema.retention")).optional(),
  cookies: z.array(cookieSchema, err("schema.cookies")).optional(),
}, err("schema.root"));

/** Keys each mapping may have, for typo hints on unknown keys. */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
  root: ["version", "controller", "regimes", "disclosure", "processors", "retention", "cookies"],
  controller: ["name", "email", "contact", "country", "dpo", "authority"],
  processor: ["name", "aliases", "purpose", "category", "data", "country", "transfer", "retention", "consent", "via", "website", "legal_name", "since"],
  retention: ["data", "aliases", "period", "store"],
  disclosure: ["list", "notice_days", "feed"],
  cookie: ["name", "provider", "purpose", "duration", "consent"],
};
