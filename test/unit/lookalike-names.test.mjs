// Look-alike names (core/names/lookalike.ts, core/rules/lookalike-names.ts): invisible
// characters and letters of other scripts drawn like Latin ones never pass for a name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check, core, covered, manifestText, NOW } from "./helpers.mjs";

const CYRILLIC_I = "\u0456";
const ZWSP = "\u200b";
const stripe = { name: "Stripe", purpose: "Payments", category: "payments", country: "US" };
const plainManifest = { processors: [stripe] };

function manifestFindings(processors) {
  const text = manifestText({ processors });
  return { text, findings: core.parseManifest(text).findings };
}

test("a processor name with a Cyrillic letter is invalid, on that name, naming the letter", () => {
  const { text, findings } = manifestFindings([{ ...stripe, name: `Str${CYRILLIC_I}pe` }]);
  const f = findings.find((x) => x.subject === "processors[0].name");
  assert.ok(f, JSON.stringify(findings));
  assert.equal(f.rule, "manifest-invalid");
  assert.equal(covered(text, f), `Str${CYRILLIC_I}pe`);
  assert.match(f.message, /U\+0456 \(Cyrillic "і", looks like "i"\)/);
});

test("names made of, or hiding, invisible characters are invalid (names and aliases)", () => {
  const { findings } = manifestFindings([
    { ...stripe, name: `${ZWSP}${ZWSP}` },
    { name: "Postmark", purpose: "Mail", aliases: ["Post\u00admark"] },
  ]);
  assert.match(findings.find((x) => x.subject === "processors[0].name")?.message ?? "", /U\+200B \(zero-width space\)/);
  assert.match(findings.find((x) => x.subject === "processors[1].aliases[0]")?.message ?? "", /U\+00AD \(soft hyphen\)/);
});

test("names in another script, with accents or in full-width letters are ordinary names", () => {
  const { findings } = manifestFindings([
    { name: "Яндекс", purpose: "Maps" },
    { name: "Société Générale", purpose: "Banking" },
    { name: "Ｋｅｔｔｌｅ", purpose: "Storage" },
  ]);
  assert.deepEqual(findings.filter((x) => /look-alike/.test(x.message)), []);
});

test("a look-alike in the policy does not count as the name and is reported with a fix", () => {
  const policy = `# Privacy\n\nPayments go through Str${CYRILLIC_I}pe.\n`;
  const a = check(policy, plainManifest);
  const look = a.findings.find((f) => f.rule === "undeclared-processor");
  assert.ok(look, JSON.stringify(a.findings.map((f) => f.rule)));
  assert.equal(look.subject, `Str${CYRILLIC_I}pe`);
  assert.match(look.message, /looks like Stripe but contains U\+0456/);
  assert.ok(a.findings.some((f) => f.rule === "undisclosed-processor" && f.subject === "Stripe"), "the look-alike did not disclose Stripe");
  const fixed = core.applyEdits(policy, look.fixes[0].edits);
  assert.equal(fixed, "# Privacy\n\nPayments go through Stripe.\n");
  const again = check(fixed, plainManifest).findings;
  assert.deepEqual(again.filter((f) => f.rule === "undeclared-processor" || f.rule === "undisclosed-processor"), []);
});

test("a zero-width space inside a catalog name is reported as a look-alike of it", () => {
  const policy = `# Privacy\n\nWe use Stripe, and Go${ZWSP}ogle Analytics for statistics.\n`;
  const f = check(policy, plainManifest).findings.find((x) => x.rule === "undeclared-processor");
  assert.equal(f?.subject, `Go${ZWSP}ogle Analytics`);
  assert.match(f.message, /"Go<U\+200B>ogle Analytics" looks like Google Analytics but contains U\+200B \(zero-width space\)/);
  assert.equal(f.fixes[0].edits[0].newText, "Google Analytics");
});

test("ordinary text in another script, full-width names and code spans raise nothing", () => {
  const policy = "# Privacy\n\nМы используем Яндекс и Stripe. Ｓｔｒｉｐｅ keeps invoices. Example: `Str\u0456pe`.\n";
  const a = check(policy, plainManifest, { now: NOW });
  assert.deepEqual(a.findings.filter((f) => f.rule === "undeclared-processor").map((f) => f.subject), []);
  assert.ok(!a.findings.some((f) => f.rule === "undisclosed-processor"), "Stripe is named");
});
