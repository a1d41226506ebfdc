// Checks on the built-in processor catalog (server/src/core/catalog/data.ts).
// Node cannot import TypeScript, so the data and types modules are bundled
// with esbuild into a temporary ESM file first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { build } from "esbuild";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tempDir } from "./helpers.mjs";


const dir = tempDir(join(tmpdir(), "pw-cat-"));
const entry = join(dir, "entry.ts");
const catalogDir = fileURLToPath(new URL("../../server/src/core/catalog/", import.meta.url));
writeFileSync(
  entry,
  `export { CATALOG } from ${JSON.stringify(join(catalogDir, "data"))};\n` +
    `export { CATEGORIES } from ${JSON.stringify(join(catalogDir, "types"))};\n`,
);
const out = join(dir, "catalog.mjs");
await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", outfile: out, logLevel: "silent" });
const { CATALOG, CATEGORIES } = await import(pathToFileURL(out).href);

/** Same normalisation as lookupCatalog: case and punctuation insensitive. */
const key = (name) => name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const namesOf = (e) => [e.name, ...(e.aliases ?? [])];
const byKey = new Map();
for (const e of CATALOG) for (const n of namesOf(e)) if (!byKey.has(key(n))) byKey.set(key(n), e);
const entryFor = (name) => byKey.get(key(name));

test("catalog has at least 400 entries", () => {
  assert.ok(CATALOG.length >= 400, `only ${CATALOG.length} entries`);
});

test("every entry has the required fields with sane values", () => {
  for (const e of CATALOG) {
    assert.equal(typeof e.name, "string", JSON.stringify(e));
    assert.ok(e.name.trim() === e.name && e.name.length > 0, `bad name ${JSON.stringify(e.name)}`);
    if (e.aliases !== undefined) {
      assert.ok(Array.isArray(e.aliases), `${e.name}: aliases must be an array`);
      for (const a of e.aliases) assert.ok(typeof a === "string" && a.trim() === a && a.length > 0, `${e.name}: bad alias ${JSON.stringify(a)}`);
    }
    for (const flag of ["ambiguous", "cookieless"]) {
      if (flag in e) assert.equal(e[flag], true, `${e.name}: ${flag} should be true or absent`);
    }
  }
});

test("every category is a valid category", () => {
  for (const e of CATALOG) assert.ok(CATEGORIES.includes(e.category), `${e.name}: unknown category ${e.category}`);
});

test("every country is an uppercase alpha-2 code or EU", () => {
  for (const e of CATALOG) assert.match(e.country, /^(?:[A-Z]{2}|EU)$/, `${e.name}: bad country ${e.country}`);
});

test("every website is an https URL", () => {
  for (const e of CATALOG) {
    assert.match(e.website, /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(?:\/\S*)?$/, `${e.name}: bad website ${e.website}`);
    assert.doesNotThrow(() => new URL(e.website), `${e.name}: unparsable website`);
  }
});

test("names and aliases are unique case-insensitively across the catalog", () => {
  // Checked both by plain lower case and by the lookup's punctuation-insensitive key.
  for (const norm of [(n) => n.toLowerCase(), key]) {
    const seen = new Map();
    for (const e of CATALOG) {
      for (const n of namesOf(e)) {
        const k = norm(n);
        assert.ok(!seen.has(k), `"${n}" (${e.name}) clashes with "${seen.get(k)}"`);
        seen.set(k, `${n}" of "${e.name}`);
      }
    }
  }
});

test("every parent names an existing entry other than itself", () => {
  const names = new Set(CATALOG.map((e) => e.name));
  for (const e of CATALOG) {
    if (e.parent === undefined) continue;
    assert.ok(names.has(e.parent), `${e.name}: parent ${e.parent} is not an entry name`);
    assert.notEqual(e.parent, e.name, `${e.name} is its own parent`);
    assert.equal(CATALOG.find((p) => p.name === e.parent).parent, undefined, `${e.name}: parent ${e.parent} has a parent itself`);
  }
});

test("well-known platform products point at their platform", () => {
  for (const [child, parent] of [
    ["Amazon SES", "Amazon Web Services"], ["Amazon S3", "Amazon Web Services"], ["Amazon EC2", "Amazon Web Services"],
    ["Amazon CloudFront", "Amazon Web Services"], ["Amazon Bedrock", "Amazon Web Services"],
    ["Firebase Authentication", "Firebase"], ["Azure OpenAI Service", "Microsoft Azure"],
  ]) {
    assert.equal(entryFor(child)?.parent, parent, `${child} should have parent ${parent}`);
  }
});

test("well-known ambiguous words are marked ambiguous", () => {
  for (const word of ["Segment", "Notion", "Stripe", "Linear", "Heap", "Drift", "Front", "Box", "Mux", "Loops", "Resend", "Crisp", "Plausible", "Close", "Make", "Tally", "Slack", "Zoom", "Square", "Wise"]) {
    const e = entryFor(word);
    assert.ok(e, `${word} is missing from the catalog`);
    assert.equal(e.ambiguous, true, `${e.name} (holding "${word}") should be ambiguous`);
  }
});

test("cookieless analytics include Plausible Analytics and Fathom Analytics", () => {
  const cookieless = new Set(CATALOG.filter((e) => e.cookieless).map((e) => e.name));
  for (const n of ["Plausible Analytics", "Fathom Analytics", "Simple Analytics", "Umami", "Pirsch"]) assert.ok(cookieless.has(n), `${n} should be cookieless`);
  assert.ok(!cookieless.has("Google Analytics"), "Google Analytics sets cookies");
  for (const e of CATALOG.filter((x) => x.cookieless)) assert.equal(e.category, "analytics", `${e.name}: cookieless outside analytics`);
});

test("no name or alias is a bare generic word", () => {
  const generic = ["google", "amazon", "microsoft", "meta", "apple", "facebook", "redis", "postgresql", "postgres", "mysql", "mongodb", "twitter", "x", "cloud", "email", "analytics"];
  for (const e of CATALOG) for (const n of namesOf(e)) assert.ok(!generic.includes(key(n)), `${e.name}: generic name/alias "${n}"`);
});

test("key processors are present with their expected countries", () => {
  for (const [name, country] of [
    ["Stripe", "US"], ["Hetzner Online", "DE"], ["OVHcloud", "FR"], ["Scaleway", "FR"], ["Brevo", "FR"], ["Bunny.net", "SI"],
    ["UpCloud", "FI"], ["Plausible Analytics", "EE"], ["Mollie", "NL"], ["Adyen", "NL"], ["Sendinblue", "FR"], ["Redis Cloud", "US"],
  ]) {
    const e = entryFor(name);
    assert.ok(e, `${name} is missing`);
    assert.equal(e.country, country, `${name}: country`);
  }
});
