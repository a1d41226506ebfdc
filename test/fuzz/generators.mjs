// fast-check arbitraries for the fuzz tests: realistic manifests and policies built from
// the pieces real ones are made of, arbitrary text, and mutations that damage either.
import fc from "fast-check";
import YAML from "yaml";

const CATALOG_NAMES = ["Stripe", "Sentry", "Postmark", "OpenAI", "PostHog", "Hetzner Online", "Mailgun", "Google Analytics",
  "Plausible", "Cloudflare", "Intercom", "Mailchimp", "Amazon Web Services", "Deepgram", "Twilio", "Zendesk", "HubSpot"];
const OWN_NAMES = ["Kettle Data", "Fjordmail", "Brightline Labs", "Northwind Hosting"];
const COUNTRIES = ["US", "DE", "FI", "GB", "IE", "NO", "EU", "EEA", "FR", "CA"];
const PLACES = { US: "USA", DE: "Germany", FI: "Finland", GB: "United Kingdom", IE: "Ireland", NO: "Norway", EU: "the EU", EEA: "the EEA", FR: "France", CA: "Canada" };
const CATEGORIES = ["hosting", "payments", "email", "analytics", "error-monitoring", "ai", "support", "crm", "other"];
const DATA = ["Account data", "Server logs", "Support tickets", "Invoices", "Backups", "Chat transcripts"];
const UNITS = ["hour", "day", "week", "month", "year"];
const WORDS = { 1: "one", 7: "seven", 14: "fourteen", 30: "thirty", 90: "ninety" };

/** A period as a manifest or a policy writes it. */
export const periodText = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom(...UNITS)).map(([n, u]) => `${n} ${u}${n === 1 ? "" : "s"}`),
  fc.tuple(fc.constantFrom(1, 7, 14, 30, 90), fc.constantFrom("day", "month", "year"), fc.boolean())
    .map(([n, u, paren]) => `${WORDS[n]}${paren ? ` (${n})` : ""} ${u}${n === 1 ? "" : "s"}`),
  fc.constantFrom("until account deletion", "session", "indefinite", "24 months", "2 years", "12 months", "365 days"),
);

const email = fc.constantFrom("privacy@acme.example", "dpo@acme.example", "help@other.example", "legal@acme.example");

const processor = fc.record({
  name: fc.constantFrom(...CATALOG_NAMES, ...OWN_NAMES),
  aliases: fc.option(fc.constantFrom(["Stripe Payments Europe"], ["AWS"], ["Sentry.io"], []), { nil: undefined }),
  purpose: fc.constantFrom("Payments", "Error reports", "Account e-mails", "Product analytics", "Servers and backups", "Suggested rewrites"),
  category: fc.constantFrom(...CATEGORIES),
  data: fc.option(fc.subarray(["email address", "IP address", "billing details", "name"]), { nil: undefined }),
  country: fc.oneof(fc.constantFrom(...COUNTRIES), fc.subarray(COUNTRIES, { minLength: 1, maxLength: 2 })),
  transfer: fc.option(fc.constantFrom("scc", "dpf", "adequacy", "none"), { nil: undefined }),
  retention: fc.option(periodText, { nil: undefined }),
  consent: fc.option(fc.boolean(), { nil: undefined }),
}, { requiredKeys: ["name", "purpose"] });

/** A manifest as an object (valid or nearly so). */
export const manifestObject = fc.record({
  controller: fc.record({
    name: fc.constantFrom("Acme Oy", "Harborlight Ltd", "Kestrel GmbH"),
    email,
    country: fc.constantFrom("FI", "DE", "GB", "US"),
    dpo: fc.option(email, { nil: undefined }),
  }, { requiredKeys: ["name", "email"] }),
  regimes: fc.option(fc.subarray(["gdpr", "uk-gdpr", "ccpa"], { minLength: 1 }), { nil: undefined }),
  disclosure: fc.option(fc.constant({ list: "https://acme.example/subprocessors" }), { nil: undefined }),
  processors: fc.uniqueArray(processor, { maxLength: 6, selector: (p) => p.name }),
  retention: fc.uniqueArray(fc.record({ data: fc.constantFrom(...DATA), period: periodText, store: fc.option(fc.constantFrom(...CATALOG_NAMES), { nil: undefined }) },
    { requiredKeys: ["data", "period"] }), { maxLength: 4, selector: (r) => r.data }),
}, { requiredKeys: ["controller", "processors", "retention"] }).map((m) => JSON.parse(JSON.stringify({ version: 1, ...m })));

/** A manifest as YAML text, in block or flow style. */
export const manifestText = fc.tuple(manifestObject, fc.boolean()).map(([m, flow]) => YAML.stringify(m, flow ? { collectionStyle: "flow" } : undefined));

const heading = (level, title) => `${"#".repeat(level)} ${title}`;
const place = (p) => PLACES[Array.isArray(p.country) ? p.country[0] : p.country] ?? "Germany";

/** Sentences and blocks a policy is made of, given the manifest it is checked against. */
function pieces(m) {
  const names = m.processors.map((p) => p.name);
  const name = names.length ? fc.constantFrom(...names, ...CATALOG_NAMES) : fc.constantFrom(...CATALOG_NAMES);
  const proc = m.processors.length ? fc.constantFrom(...m.processors) : fc.constant({ name: "Stripe", purpose: "Payments", country: "US" });
  return fc.oneof(
    proc.map((p) => `- **${p.name}** — ${p.purpose} (${place(p)})`),
    proc.map((p) => `| ${p.name} | ${p.purpose} | ${place(p)} |`),
    fc.tuple(fc.constantFrom(...DATA), periodText).map(([d, t]) => `- ${d}: ${t}`),
    fc.tuple(fc.constantFrom(...DATA), periodText).map(([d, t]) => `We keep ${d.toLowerCase()} for ${t}.`),
    fc.tuple(name, periodText).map(([n, t]) => `${n} keeps message content for ${t}.`),
    name.map((n) => `We do not use ${n}.`),
    name.map((n) => `We use ${n} only with your consent.`),
    fc.tuple(name, fc.constantFrom(...Object.values(PLACES))).map(([n, pl]) => `${n}'s servers are located in ${pl}.`),
    name.map((n) => `Our \`${n}\` integration <!-- ${n} --> runs in-house.`),
    fc.constantFrom("Your data never leaves the EU.", "We do not use analytics cookies.", "We do not sell personal information.",
      "You have the right to access, rectify, erase, restrict, object and port your data.", "You may lodge a complaint with a supervisory authority.",
      "You can withdraw your consent at any time.", "Our legal basis is Art. 6(1)(b) GDPR.", "Write to privacy@acme.example.",
      "Contact [Company Name] at [email protected] TODO.", "Hello {{company}}, lorem ipsum.", "<!-- policywright-disable-next-line placeholder -->",
      "| Name | Purpose | Location |\n|---|---|---|", "```\nStripe 30 days\n```", "> We use Redis on our own servers.", "1. First\n   - nested Stripe"),
  );
}

const SECTION_TITLES = ["Who we are", "What we collect", "Purposes", "Legal basis", "Who receives personal data", "Sub-processors",
  "International transfers", "How long we keep data", "Your rights", "Cookies", "Complaints", "Contact", "Changes"];

/** A whole policy for a manifest object: optional front matter, a date, sections of pieces. */
export function policyFor(m) {
  const section = fc.tuple(fc.constantFrom(...SECTION_TITLES), fc.integer({ min: 2, max: 3 }), fc.array(pieces(m), { minLength: 1, maxLength: 5 }))
    .map(([t, l, ps]) => `${heading(l, t)}\n\n${ps.join("\n")}\n`);
  return fc.record({
    front: fc.option(fc.constantFrom("---\nmanifest: ./processors.yaml\n---\n", "---\nregimes: [gdpr, ccpa]\nlast_updated: 2025-05-02\n---\n", "---\npolicywright: true\n"), { nil: "" }),
    date: fc.option(fc.constantFrom("Last updated: 2 May 2025", "Effective: January 6, 2025", "Last updated: 2031-01-01", "Last updated: soon"), { nil: "" }),
    sections: fc.array(section, { minLength: 1, maxLength: 8 }),
    crlf: fc.boolean(),
  }).map(({ front, date, sections, crlf }) => {
    const text = `${front}# Privacy Policy\n\n${date}\n\n${sections.join("\n")}`;
    return crlf ? text.replace(/\n/g, "\r\n") : text;
  });
}

/** A manifest object with a policy written for it. */
export const policyCase = manifestObject.chain((m) => policyFor(m).map((policy) => ({ manifest: YAML.stringify(m), policy })));

const SPECIAL = ["\r", "\n", "\r\n", "\t", "\0", "\uFEFF", "\u200b", "\u00ad", "\u2028", "\ud800", "\udc00", "\u0456", "---\n", "<!--", "-->", "`", "``",
  "|", "**", "[", "](", ")", "#", "> ", "- ", "1. ", "{{", "}}", "&a ", "*a", ":", "'", "\"", "\\", "é", "𝐒", "Ｓｔｒｉｐｅ", "Stripe", " 30 days", "TODO"];

/** Edits that damage a text: insertions of awkward characters, deletions, duplications. */
const mutation = fc.oneof(
  fc.tuple(fc.constant("insert"), fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: "binary", maxLength: 8 }))),
  fc.tuple(fc.constant("delete"), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })),
  fc.tuple(fc.constant("duplicate"), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 80 })),
);

export function mutate(text, ops) {
  let t = text;
  for (const [op, at, arg] of ops) {
    const i = Math.min(t.length, Math.floor(at * (t.length + 1)));
    if (op === "insert") t = t.slice(0, i) + arg + t.slice(i);
    else if (op === "delete") t = t.slice(0, i) + t.slice(i + arg);
    else t = t.slice(0, i) + t.slice(i, i + arg) + t.slice(i);
  }
  return t;
}

/** Mutations to apply with `mutate`. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 8 });

const YAML_BITS = ["version: 1\n", "controller:\n", "  name: Acme\n", "  email: a@b.co\n", "processors:\n", "  - name: Stripe\n", "    purpose: x\n",
  "    country: [US, DE]\n", "    retention: 30 days\n", "retention:\n", "  - data: Logs\n", "    period: 2 years\n", "&a ", "*a", "<<: *a\n", "{", "}",
  "[", "]", ", ", "\t", " ", "\n", "\"", "'", ": ", "- ", "#", "---\n", "...\n", "!!str ", "!!binary ", "? ", "|\n", ">-\n", "1e999", "0x1F", "~", "null",
  "true", "Strіpe", "\u200b", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n"];

/** YAML-looking text: fragments of manifests in any order. */
export const yamlish = fc.array(fc.constantFrom(...YAML_BITS), { maxLength: 40 }).map((xs) => xs.join(""));

/** Markdown-looking text: fragments of policies in any order. */
export const markdownish = fc.array(fc.oneof(fc.constantFrom(...SPECIAL, "# ", "## Retention\n", "## Sub-processors\n", "We keep logs for ", "We do not use ",
  "Google Analytics", " (USA)", ".", " ", "\n\n", "Last updated: ", "2 May 2025", "privacy@acme.example"), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((xs) => xs.join(""));

/** Any text at all, including lone surrogates and control characters. */
export const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ maxLength: 400 }));
