// Generates schemas/processors.schema.json from the manifest's zod schema (the one the
// language server validates with), so the YAML extension's completion and checks agree with
// ours. Run by `npm run build`; the output is committed so the packaged extension has it.
//
// zod turns refinements (category, transfer, country, period) into plain strings; this script
// puts the allowed values back as enums, from the same constants the validator uses, and adds
// descriptions a person sees on hover in processors.yaml.
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = `${ROOT}schemas/processors.schema.json`;

const entry = `
import { z } from "zod";
import { manifestSchema, TRANSFERS } from "./server/src/core/manifest/schema";
import { COOKIE_PURPOSES } from "./server/src/core/cookies/types";
import { CATEGORIES } from "./server/src/core/catalog/types";
import { COUNTRY_NAMES } from "./server/src/core/geo/countries";
module.exports = { schema: z.toJSONSchema(manifestSchema, { io: "input", unrepresentable: "any", target: "draft-7" }), TRANSFERS, CATEGORIES, COUNTRY_NAMES, COOKIE_PURPOSES };
`;
const bundled = await build({ stdin: { contents: entry, resolveDir: ROOT, loader: "ts" }, bundle: true, platform: "node", format: "cjs", write: false, logLevel: "warning" });
const mod = { exports: {} };
new Function("module", "exports", "require", bundled.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
const { schema, TRANSFERS, CATEGORIES, COUNTRY_NAMES, COOKIE_PURPOSES } = mod.exports;

const codes = ["EU", "EEA", ...Object.keys(COUNTRY_NAMES).sort()];
const country = { type: "string", enum: codes };
const period = "A period: \"N hours|days|weeks|months|years\" (N in digits or words, e.g. \"thirty (30) days\"), \"until <event>\", \"session\" or \"indefinite\".";
const describe = (node, text, extra = {}) => Object.assign(node, { description: text }, extra);

const props = schema.properties;
describe(props.version, "The manifest format version; always 1.");
describe(props.controller, "Who is responsible for the personal data (the controller).");
const c = props.controller.properties;
describe(c.name, "The controller's legal name, as the policy should give it.");
describe(c.email, "The e-mail address for privacy requests; the policy must give it.");
describe(c.contact, "A contact form URL, instead of or beside the e-mail address.");
describe(c.country, "Where the controller is established (ISO 3166-1 alpha-2).", { enum: codes });
describe(c.dpo, "The data protection officer's address; when set, the policy must give it.");
describe(c.authority, "The supervisory authority the policy names for complaints.");
describe(props.regimes, "The laws the policy must satisfy (default [gdpr]).");
describe(props.disclosure, "Where the full list of sub-processors is published.");
describe(props.disclosure.properties.list, "URL of the published sub-processor list; a policy that links to it discloses every processor.");
describe(props.disclosure.properties.notice_days, "Days of notice promised to customers before a new sub-processor starts processing (e.g. 30); checked by the notice-period rule against the manifest's git history.");
describe(props.disclosure.properties.feed, "URL where the Atom feed of sub-processor changes is published (its self link); see `policywright changes`.");
describe(props.processors, "Every service that processes personal data for the controller.");
const p = props.processors.items.properties;
describe(p.name, "The processor's name; names and aliases are unique, case-insensitive.");
describe(p.aliases, "Other names the policy may use (legal entity, product name).");
describe(p.purpose, "What the processor does for you.");
describe(p.category, "The kind of service.", { enum: [...CATEGORIES] });
describe(p.data, "The personal data it receives.");
describe(p.country, "Where it processes data: ISO 3166-1 alpha-2, EU or EEA, or a list of them.", { anyOf: [country, { type: "array", items: country }] });
describe(p.transfer, "The safeguard for a transfer outside the EEA.", { enum: [...TRANSFERS] });
describe(p.retention, `How long this processor keeps the data. ${period}`);
describe(p.consent, "True when the processor is used only after the person consents (analytics, advertising).");
describe(p.via, "The listed processor through which this one is reached.");
describe(p.website, "The processor's website.");
describe(p.legal_name, "The registered company name, shown beside the name on the published sub-processor list.");
describe(p.since, "When the processor starts (or started) processing, as YYYY-MM-DD; announced on the published list.", { pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
describe(props.retention, "The retention schedule, by category of data.");
const r = props.retention.items.properties;
describe(r.data, "A category of data, as the policy names it.");
describe(r.aliases, "Other names the policy may use for this data.");
describe(r.period, period);
describe(r.store, "The listed processor that stores this data, if any.");
describe(props.cookies, "The cookies (and similar browser storage) the site sets; the policy's cookie table is checked against them.");
const k = props.cookies.items.properties;
describe(k.name, "The cookie's name as the browser shows it (_ga), or a prefix pattern with a trailing * (_ga_*).");
describe(k.provider, "Who sets it: a processor's name or alias from processors, or first-party.");
describe(k.purpose, "Why it is set.", { enum: [...COOKIE_PURPOSES] });
describe(k.duration, "How long it lives: \"N minutes|hours|days|weeks|months|years\" or \"session\".");
describe(k.consent, "True when it is set only after consent; default false for necessary cookies, true otherwise.");

const out = { $schema: schema.$schema, $id: "https://github.com/policywright/policywright/blob/main/schemas/processors.schema.json", title: "Policywright processor manifest (processors.yaml)", ...schema };
const text = `${JSON.stringify(out, null, 2)}\n`;
let before = "";
try {
  before = readFileSync(OUT, "utf8");
} catch {}
if (before !== text) {
  mkdirSync(`${ROOT}schemas`, { recursive: true });
  writeFileSync(OUT, text);
  console.log("wrote schemas/processors.schema.json");
}
