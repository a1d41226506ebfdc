// The clause snippets: every file entry is valid VS Code snippet syntax, prefixes are unique and
// discoverable, every required disclosure has one, and an inserted clause satisfies the checker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const core = require("../../dist/core.js");
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const SNIPPETS = JSON.parse(readFileSync(new URL("../../snippets/policy-clauses.json", import.meta.url), "utf8"));
const VARIABLES = { CURRENT_YEAR: "2025", CURRENT_MONTH: "03", CURRENT_DATE: "14", CURRENT_MONTH_NAME: "March", CURRENT_DAY_NAME: "Friday" };

/**
 * Parses VS Code snippet syntax strictly (tab stops, placeholders, choices, variables, escapes)
 * and returns the text an editor inserts when every stop keeps its default, plus the stops.
 */
function expand(body) {
  let i = 0;
  const stops = [];
  const fail = (why) => { throw new Error(`${why} at ${i}: ${JSON.stringify(body.slice(Math.max(0, i - 20), i + 20))}`); };
  function any(inside) {
    let out = "";
    while (i < body.length) {
      const c = body[i];
      if (c === "\\" && i + 1 < body.length && "$}\\".includes(body[i + 1])) { out += body[i + 1]; i += 2; continue; }
      if (c === "}" && inside) return out;
      if (c !== "$") { out += c; i++; continue; }
      i++;
      let m;
      if ((m = /^\d+/.exec(body.slice(i)))) { stops.push({ n: +m[0] }); i += m[0].length; continue; }
      if ((m = /^[A-Z_]+/.exec(body.slice(i)))) { out += variable(m[0]); i += m[0].length; continue; }
      if (body[i] !== "{") fail("a '$' that starts nothing (escape it as \\$)");
      i++;
      if ((m = /^(\d+)\}/.exec(body.slice(i)))) { stops.push({ n: +m[1] }); i += m[0].length; continue; }
      if ((m = /^(\d+):/.exec(body.slice(i)))) {
        i += m[0].length;
        const inner = any(true);
        if (body[i] !== "}") fail("an unclosed placeholder");
        i++;
        stops.push({ n: +m[1], placeholder: inner });
        out += inner;
        continue;
      }
      if ((m = /^(\d+)\|/.exec(body.slice(i)))) {
        i += m[0].length;
        const options = [""];
        while (i < body.length && !(body[i] === "|" && body[i + 1] === "}")) {
          if (body[i] === "\\" && ",|\\".includes(body[i + 1])) { options[options.length - 1] += body[i + 1]; i += 2; }
          else if (body[i] === ",") { options.push(""); i++; }
          else if (body[i] === "|") fail("a '|' inside a choice (separate options with ',')");
          else options[options.length - 1] += body[i++];
        }
        if (i >= body.length) fail("an unclosed choice");
        i += 2;
        if (options.some((o) => !o)) fail("an empty choice option");
        stops.push({ n: +m[1], choices: options });
        out += options[0];
        continue;
      }
      if ((m = /^([A-Z_]+)(\}|:)/.exec(body.slice(i)))) {
        i += m[0].length;
        if (m[2] === "}") { out += variable(m[1]); continue; }
        any(true);
        if (body[i] !== "}") fail("an unclosed variable default");
        i++;
        out += variable(m[1]);
        continue;
      }
      fail("an unreadable ${...}");
    }
    if (inside) fail("an unclosed ${");
    return out;
  }
  function variable(name) {
    if (!(name in VARIABLES)) fail(`an unknown variable ${name}`);
    return VARIABLES[name];
  }
  const text = any(false);
  return { text, stops };
}

const bodyOf = (s) => (Array.isArray(s.body) ? s.body.join("\n") : s.body);
const prefixesOf = (s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);
const byPrefix = new Map(Object.values(SNIPPETS).flatMap((s) => prefixesOf(s).map((p) => [p, s])));

const MANIFEST = core.parseManifest(`version: 1
controller:
  name: Acme Analytics Oy
  email: privacy@acme.example
  country: FI
  dpo: dpo@acme.example
regimes: [gdpr, ccpa]
processors:
  - name: Stripe
    purpose: Payments
    country: US
    transfer: dpf
  - name: Plausible
    purpose: Website statistics
    category: analytics
    country: EE
    consent: true
`);

/** The clause as an author leaves it after filling every bracketed fill-in. */
function filled(text) {
  return text
    .replace(/\[Company Name\]/g, "Acme Analytics Oy")
    .replace(/\[DPO Email Address\]/g, "dpo@acme.example")
    .replace(/\[Email Address\]/g, "privacy@acme.example")
    .replace(/\[([^\]\n]+)\](?!\()/g, "Mainstreet 1, Helsinki");
}

test("the snippet file parses and every body is valid snippet syntax", () => {
  const entries = Object.entries(SNIPPETS);
  assert.ok(entries.length >= 23, `only ${entries.length} snippets`);
  for (const [name, s] of entries) {
    assert.ok(s.prefix && s.body && typeof s.description === "string" && s.description.length > 10, `${name} needs prefix, body and description`);
    assert.doesNotThrow(() => expand(bodyOf(s)), name);
  }
});

test("prefixes are unique and start with pw-", () => {
  const all = Object.values(SNIPPETS).flatMap(prefixesOf);
  assert.equal(new Set(all).size, all.length, "duplicate prefix");
  for (const p of all) assert.match(p, /^pw-[a-z][a-z-]*$/);
});

test("every required disclosure id has a snippet named after it", () => {
  assert.equal(core.DISCLOSURES.length, 15);
  for (const d of core.DISCLOSURES) assert.ok(byPrefix.has(`pw-${d.id}`), `no snippet pw-${d.id}`);
});

test("the common optional sections have snippets", () => {
  for (const id of ["cookies", "children", "security", "changes", "contact", "automated-decisions", "ccpa-notice-at-collection", "do-not-sell"]) {
    assert.ok(byPrefix.has(`pw-${id}`), `no snippet pw-${id}`);
  }
});

test("a filled-in disclosure snippet makes its disclosure", () => {
  for (const d of core.DISCLOSURES) {
    const text = `# Privacy policy\n\n${filled(expand(bodyOf(byPrefix.get(`pw-${d.id}`))).text)}\n`;
    const a = core.analyze(text, MANIFEST, { now: new Date("2025-03-20") });
    const missing = a.findings.filter((f) => f.rule === "missing-section" && f.subject === d.id);
    assert.deepEqual(missing.map((f) => f.message), [], `pw-${d.id} does not satisfy ${d.id}:\n${text}`);
    const unfinished = a.findings.filter((f) => f.rule === "placeholder");
    assert.deepEqual(unfinished.map((f) => f.subject), [], `pw-${d.id} leaves unfinished text once filled in`);
  }
});

test("a fill-in left at its default is caught by the placeholder rule", () => {
  for (const [name, s] of Object.entries(SNIPPETS)) {
    const { text, stops } = expand(bodyOf(s));
    const brackets = stops.some((x) => /\[[A-Z][^\]]*\](?!\()/.test(x.placeholder ?? "") || (x.choices ?? []).some((c) => /\[[A-Z][^\]]*\]/.test(c)));
    if (!brackets || !/\[[A-Z][^\]]*\](?!\()/.test(text)) continue;
    const a = core.analyze(text, undefined, {});
    assert.ok(a.findings.some((f) => f.rule === "placeholder"), `${name}: unfilled default is not flagged`);
  }
});

test("the author decides legal bases, transfer mechanism and authority from choices", () => {
  for (const prefix of ["pw-legal-basis", "pw-transfers", "pw-complaint"]) {
    const { stops } = expand(bodyOf(byPrefix.get(prefix)));
    assert.ok(stops.some((x) => x.choices && x.choices.length >= 3), `${prefix} offers no choice`);
  }
  const bases = expand(bodyOf(byPrefix.get("pw-legal-basis"))).stops.filter((x) => x.choices).flatMap((x) => x.choices).join(" ");
  for (const b of ["contract", "legitimate interests", "consent", "legal obligation"]) assert.ok(bases.includes(b), b);
});

test("the generated-block snippets insert markers the checker fills", () => {
  for (const kind of ["processors", "retention", "controller"]) {
    const text = expand(bodyOf(byPrefix.get(`pw-block-${kind}`))).text;
    const a = core.analyze(`# Policy\n\n${text}\n`, MANIFEST, {});
    const stale = a.findings.filter((f) => f.rule === "generated-block-stale");
    assert.equal(stale.length, 1, kind);
    assert.ok(stale[0].fixes?.[0]?.preferred, kind);
  }
});

test("package.json contributes the snippets for Markdown", () => {
  const entry = pkg.contributes.snippets.find((s) => s.path === "./snippets/policy-clauses.json");
  assert.equal(entry?.language, "markdown");
});

test("the strict parser rejects broken snippet syntax", () => {
  for (const bad of ["${1:open", "${1|a,b", "$ 5", "${NOPE}", "${1|a,,b|}", "${1|a|b|}"]) assert.throws(() => expand(bad), bad);
  assert.equal(expand("a \\$5 ${1|x\\,y,z|} ${2:[Name]}").text, "a $5 x,y [Name]");
});
