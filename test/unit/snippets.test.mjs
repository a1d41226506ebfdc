// The clause snippets of each language pack (served by completion in a policy of that language):
// every entry is valid VS Code snippet syntax, prefixes are the same pw-* in every language,
// every required disclosure has one, and an inserted clause, once filled in, satisfies the
// checker reading the policy in that language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const core = require("../../dist/core.js");
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const LANGS = ["en", "de", "fr"];
const SETS = Object.fromEntries(LANGS.map((l) => [l, core.packFor(l).clauses.snippets]));
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
const byPrefixIn = (lang) => new Map(Object.values(SETS[lang]).flatMap((s) => prefixesOf(s).map((p) => [p, s])));

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

/** The fill-ins that name the controller, its e-mail and its DPO, per language. */
const FILL_INS = {
  en: [["[Company Name]", "Acme Analytics Oy"], ["[DPO Email Address]", "dpo@acme.example"], ["[Email Address]", "privacy@acme.example"]],
  de: [["[Firmenname]", "Acme Analytics Oy"], ["[E-Mail-Adresse des Datenschutzbeauftragten]", "dpo@acme.example"], ["[E-Mail-Adresse]", "privacy@acme.example"]],
  fr: [["[Nom de la société]", "Acme Analytics Oy"], ["[Adresse e-mail du DPO]", "dpo@acme.example"], ["[Adresse e-mail]", "privacy@acme.example"]],
};
const TITLE = { en: "# Privacy policy", de: "# Datenschutzerklärung", fr: "# Politique de confidentialité" };

/** The clause as an author leaves it after filling every bracketed fill-in. */
function filled(text, lang) {
  for (const [from, to] of FILL_INS[lang]) text = text.split(from).join(to);
  return text.replace(/\[([^\]\n]+)\](?!\()/g, "Mainstreet 1, Helsinki");
}

/** The disclosures a language's snippets cover: all of them in English; the GDPR ones and the date in German and French (no CCPA text is written in those languages, as no CCPA clause is). */
/** Checks `text` read in `lang` (the setting, as a user who picked the language would). */
const check = (text, manifest, lang, options = {}) => core.analyze(text, manifest, options, core.parsePolicy(text, { setting: lang }));

const covered = (lang) => core.DISCLOSURES.filter((d) => lang === "en" || !d.regimes.every((r) => r === "ccpa"));

for (const lang of LANGS) {
  const SNIPPETS = SETS[lang];
  const byPrefix = byPrefixIn(lang);

  test(`${lang}: every snippet parses and is valid snippet syntax`, () => {
    const entries = Object.entries(SNIPPETS);
    assert.ok(entries.length >= (lang === "en" ? 23 : 20), `only ${entries.length} snippets`);
    for (const [name, s] of entries) {
      assert.ok(s.prefix && s.body && typeof s.description === "string" && s.description.length > 10, `${name} needs prefix, body and description`);
      assert.doesNotThrow(() => expand(bodyOf(s)), name);
    }
  });

  test(`${lang}: prefixes are unique and start with pw-`, () => {
    const all = Object.values(SNIPPETS).flatMap(prefixesOf);
    assert.equal(new Set(all).size, all.length, "duplicate prefix");
    for (const p of all) assert.match(p, /^pw-[a-z][a-z-]*$/);
    // a German or French snippet answers to the English prefix, so the prefixes a user learnt keep working
    for (const p of all) assert.ok(byPrefixIn("en").has(p), `${p} is not an English prefix`);
  });

  test(`${lang}: every required disclosure id has a snippet named after it`, () => {
    assert.equal(core.DISCLOSURES.length, 15);
    for (const d of covered(lang)) assert.ok(byPrefix.has(`pw-${d.id}`), `no snippet pw-${d.id}`);
    for (const id of ["cookies", "children", "security", "changes", "contact", "automated-decisions", "block-processors", "block-retention", "block-controller"]) assert.ok(byPrefix.has(`pw-${id}`), `no snippet pw-${id}`);
  });

  test(`${lang}: a filled-in disclosure snippet makes its disclosure, read in ${lang}`, () => {
    for (const d of covered(lang)) {
      const text = `${TITLE[lang]}\n\n${filled(expand(bodyOf(byPrefix.get(`pw-${d.id}`))).text, lang)}\n`;
      const a = check(text, MANIFEST, lang, { now: new Date("2025-03-20") });
      assert.equal(a.doc.language.code, lang);
      const missing = a.findings.filter((f) => f.rule === "missing-section" && f.subject === d.id);
      assert.deepEqual(missing.map((f) => f.message), [], `pw-${d.id} does not satisfy ${d.id}:\n${text}`);
      const unfinished = a.findings.filter((f) => f.rule === "placeholder");
      assert.deepEqual(unfinished.map((f) => f.subject), [], `pw-${d.id} leaves unfinished text once filled in`);
    }
  });

  test(`${lang}: a fill-in left at its default is caught by the placeholder rule`, () => {
    let checked = 0;
    for (const [name, s] of Object.entries(SNIPPETS)) {
      const { text, stops } = expand(bodyOf(s));
      const brackets = stops.some((x) => /\[[A-Z][^\]]*\](?!\()/.test(x.placeholder ?? "") || (x.choices ?? []).some((c) => /\[[A-Z][^\]]*\]/.test(c)));
      if (!brackets || !/\[[A-Z][^\]]*\](?!\()/.test(text)) continue;
      const a = check(`${TITLE[lang]}\n\n${text}`, undefined, lang);
      assert.ok(a.findings.some((f) => f.rule === "placeholder"), `${name}: unfilled default is not flagged`);
      checked++;
    }
    assert.ok(checked >= 8, `${checked} snippets with fill-ins`);
  });

  test(`${lang}: the author decides legal bases, transfer mechanism and authority from choices`, () => {
    for (const prefix of ["pw-legal-basis", "pw-transfers", "pw-complaint"]) {
      const { stops } = expand(bodyOf(byPrefix.get(prefix)));
      assert.ok(stops.some((x) => x.choices && x.choices.length >= 3), `${prefix} offers no choice`);
    }
    const bases = expand(bodyOf(byPrefix.get("pw-legal-basis"))).stops.filter((x) => x.choices).flatMap((x) => x.choices).join(" ");
    const words = { en: ["contract", "legitimate interests", "consent", "legal obligation"], de: ["Vertrag", "berechtigten Interessen", "Einwilligung", "rechtlichen Verpflichtung"], fr: ["contrat", "intérêt légitime", "consentement", "obligation légale"] }[lang];
    for (const b of words) assert.ok(bases.includes(b), b);
  });

  test(`${lang}: the generated-block snippets insert markers the checker fills`, () => {
    for (const kind of ["processors", "retention", "controller"]) {
      const text = expand(bodyOf(byPrefix.get(`pw-block-${kind}`))).text;
      const a = check(`${TITLE[lang]}\n\n${text}\n`, MANIFEST, lang);
      const stale = a.findings.filter((f) => f.rule === "generated-block-stale");
      assert.equal(stale.length, 1, kind);
      assert.ok(stale[0].fixes?.[0]?.preferred, kind);
    }
  });
}

test("the German and French snippets read German and French, not English", () => {
  const english = /\b(?:the|we|you|your|our|with|for|data)\b/i;
  for (const lang of ["de", "fr"]) {
    for (const s of Object.values(SETS[lang])) {
      const text = expand(bodyOf(s)).text.replace(/<!--[^>]*-->|Data Privacy Framework/g, "");
      assert.doesNotMatch(text, english, `${lang} ${s.prefix}: ${text}`);
      assert.doesNotMatch(s.description.replace(/processors\.yaml|pw-[a-z-]+/g, ""), english, `${lang} ${s.prefix}: ${s.description}`);
    }
  }
});

test("no static snippet file is contributed: VS Code would offer English snippets in every Markdown file and in a German policy", () => {
  assert.equal(pkg.contributes.snippets, undefined);
});

test("the strict parser rejects broken snippet syntax", () => {
  for (const bad of ["${1:open", "${1|a,b", "$ 5", "${NOPE}", "${1|a,,b|}", "${1|a|b|}"]) assert.throws(() => expand(bad), bad);
  assert.equal(expand("a \\$5 ${1|x\\,y,z|} ${2:[Name]}").text, "a $5 x,y [Name]");
});
