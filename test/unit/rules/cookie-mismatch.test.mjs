// cookie-mismatch: the policy's cookie table against the manifest's `cookies:` (spec §9), in
// English, German and French tables: a cookie only one side lists, a lifetime that differs, a
// cookie the policy calls necessary (or consent-free) that the manifest does not.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { core, check, findingsOf, covered, NOW } from "../helpers.mjs";

const RULE = "cookie-mismatch";
const MANIFEST = {
  processors: [
    { name: "Google Analytics", purpose: "Visitor statistics", category: "analytics", country: "US", transfer: "dpf", consent: true },
    { name: "Meta Pixel", aliases: ["Meta", "Facebook"], purpose: "Ads measurement", category: "advertising", country: "US", transfer: "dpf", consent: true },
  ],
  cookies: [
    { name: "_ga", provider: "Google Analytics", purpose: "statistics", duration: "2 years" },
    { name: "_ga_*", provider: "Google Analytics", purpose: "statistics", duration: "2 years" },
    { name: "_fbp", provider: "Meta Pixel", purpose: "marketing", duration: "3 months" },
    { name: "session_id", provider: "first-party", purpose: "necessary", duration: "session" },
  ],
};
const run = (policy, manifest = MANIFEST) => findingsOf(policy, manifest, RULE);
const shown = (policy, fs) => fs.map((f) => [f.subject, covered(policy, f)]).sort((a, b) => a[0].localeCompare(b[0]));
const fixed = (policy, manifest, f, pick = (x) => x.preferred) => {
  const fix = f.fixes.find(pick);
  assert.ok(fix, `a fix for ${f.subject}`);
  const policyEdits = fix.edits.filter((e) => e.file === "policy");
  return core.applyEdits(policy, policyEdits);
};

/** The same table in three languages: headings, category words and lifetimes as people write them. */
const TABLES = {
  en: (rows) => `# Privacy policy\n\n## Cookies\n\n| Cookie | Provider | Category | Expiry |\n|---|---|---|---|\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`,
  de: (rows) => `# Datenschutzerklärung\n\n## Cookies\n\n| Name | Anbieter | Kategorie | Speicherdauer |\n|---|---|---|---|\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`,
  fr: (rows) => `# Politique de confidentialité\n\n## Cookies\n\n| Nom du cookie | Fournisseur | Catégorie | Durée |\n|---|---|---|---|\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`,
};
const W = {
  en: { stats: "Statistics", mkt: "Marketing", nec: "Strictly necessary", y2: "2 years", m3: "3 months", m13: "13 months", session: "Session", y1: "1 year" },
  de: { stats: "Statistik", mkt: "Marketing", nec: "Technisch notwendig", y2: "2 Jahre", m3: "3 Monate", m13: "13 Monate", session: "Sitzung", y1: "1 Jahr" },
  fr: { stats: "Statistiques", mkt: "Publicité", nec: "Strictement nécessaires", y2: "2 ans", m3: "3 mois", m13: "13 mois", session: "Session", y1: "1 an" },
};

for (const lang of ["en", "de", "fr"]) {
  const w = W[lang];
  const table = TABLES[lang];
  const clean = [
    ["`_ga`", "Google Analytics", w.stats, w.y2],
    ["`_ga_*`", "Google Analytics", w.stats, w.y2],
    ["`_fbp`", "Meta", w.mkt, w.m3],
    ["`session_id`", "Acme", w.nec, w.session],
  ];
  describe(`a ${lang} cookie table`, () => {
    test("that matches the manifest has no finding", () => {
      assert.deepEqual(run(table(clean)), []);
    });

    test("a cookie the table lists that the manifest lacks: subject as written, fix adds it to the manifest", () => {
      const policy = table([...clean, ["`_hjid`", "Hotjar", w.stats, w.y1]]);
      const fs = run(policy);
      assert.deepEqual(shown(policy, fs), [["_hjid", "_hjid"]]);
      const fix = fs[0].fixes.find((x) => x.edits[0].file === "manifest");
      assert.match(fix.edits[0].newText, /- name: _hjid\n\s+provider: TODO.*\n\s+purpose: statistics\n\s+duration: 1 year/);
    });

    test("a manifest cookie missing from the table: the preferred fix adds a row in the table's style and language", () => {
      const policy = table(clean.filter((r) => r[0] !== "`_fbp`"));
      const fs = run(policy);
      assert.deepEqual(fs.map((f) => f.subject), ["_fbp"]);
      const after = fixed(policy, undefined, fs[0]);
      assert.ok(after.includes(`| \`_fbp\` | Meta Pixel | Marketing | ${w.m3} |`), after);
      assert.deepEqual(run(after), []);
    });

    test("a lifetime that differs is reported on the lifetime; equal periods in other units are not", () => {
      const policy = table(clean.map((r) => (r[0] === "`_ga`" ? [r[0], r[1], r[2], w.m13] : r[0] === "`_fbp`" ? [r[0], r[1], r[2], lang === "de" ? "90 Tage" : lang === "fr" ? "90 jours" : "90 days"] : r)));
      const fs = run(policy);
      assert.deepEqual(shown(policy, fs), [["_ga", w.m13]]);
      const after = fixed(policy, undefined, fs[0]);
      assert.ok(after.includes(`| \`_ga\` | Google Analytics | ${w.stats} | ${w.y2} |`), after);
      const toManifest = fs[0].fixes.find((x) => x.edits[0].file === "manifest");
      assert.equal(toManifest.edits[0].newText, "13 months");
    });

    test("a session cookie in the table that the manifest keeps for years is a mismatch", () => {
      const policy = table(clean.map((r) => (r[0] === "`_fbp`" ? [r[0], r[1], r[2], w.session] : r)));
      assert.deepEqual(run(policy).map((f) => f.subject), ["_fbp"]);
    });

    test("a statistics cookie the table calls necessary; the fix writes the manifest's category in the table's language", () => {
      const policy = table(clean.map((r) => (r[0] === "`_ga`" ? [r[0], r[1], w.nec, r[3]] : r)));
      const fs = run(policy);
      assert.deepEqual(shown(policy, fs), [["_ga", w.nec]]);
      const after = fixed(policy, undefined, fs[0]);
      assert.deepEqual(run(after), []);
    });

    test("a cookie set without consent by the table that the manifest sets only with consent", () => {
      const consentCol = { en: ["Consent", "No"], de: ["Einwilligung", "Nein"], fr: ["Consentement", "Non"] }[lang];
      const policy = table(clean).replace(/\| (Expiry|Speicherdauer|Durée) \|\n\|---\|---\|---\|---\|/, `| $1 | ${consentCol[0]} |\n|---|---|---|---|---|`)
        .replace(/(\| `_fbp` .*\|)\n/, `$1 ${consentCol[1]} |\n`);
      const fs = run(policy);
      assert.deepEqual(shown(policy, fs), [["_fbp", consentCol[1]]]);
      assert.match(fs[0].message, /without consent/);
    });

    test("a pattern in the manifest covers the container cookie the table names", () => {
      const policy = table(clean.map((r) => (r[0] === "`_ga_*`" ? ["`_ga_XXXXXXX`", r[1], r[2], r[3]] : r)));
      assert.deepEqual(run(policy), []);
    });
  });
}

test("a manifest without cookies: gets no cookie findings, however the table reads", () => {
  const { cookies, ...rest } = MANIFEST;
  assert.ok(cookies.length);
  assert.deepEqual(run(TABLES.en([["`_hjid`", "Hotjar", "Statistics", "1 year"]]), rest), []);
});

test("a policy without a cookie table gets no 'missing from the table' finding", () => {
  assert.deepEqual(run("# Privacy\n\n## Cookies\n\nWe use cookies for statistics and advertising.\n"), []);
});

test("a list with labels (German 'Speicherdauer: 2 Jahre') is a cookie table too", () => {
  const policy = "# Datenschutz\n\n## Cookies\n\n- `_ga` – Anbieter: Google Analytics; Zweck: Statistik; Speicherdauer: 14 Monate\n- `_ga_*` – Anbieter: Google Analytics; Speicherdauer: 2 Jahre\n- `_fbp` – Anbieter: Meta; Speicherdauer: 3 Monate\n- `session_id` – Anbieter: wir; Speicherdauer: Sitzung\n";
  const fs = run(policy);
  assert.deepEqual(shown(policy, fs), [["_ga", "14 Monate"]]);
  const after = fixed(policy, undefined, fs[0]);
  assert.ok(after.includes("Speicherdauer: 2 Jahre\n- `_ga_*`"), after);
});

test("an HTML table with merged cells and a category row", () => {
  const policy = `# Privacy\n\n## Cookies\n\n<table>\n<thead><tr><th>Cookie</th><th>Provider</th><th>Duration</th></tr></thead>\n<tbody>\n<tr><td colspan="3"><strong>Strictly necessary</strong></td></tr>\n<tr><td><code>session_id</code></td><td>us</td><td>Session</td></tr>\n<tr><td><code>_ga</code></td><td>Google</td><td>2 years</td></tr>\n<tr><td></td><td></td><td></td></tr>\n<tr><td><code>_ga_*</code></td><td rowspan="2">Google</td><td>2 years</td></tr>\n<tr><td><code>_fbp</code></td><td>90 days</td></tr>\n</tbody>\n</table>\n`;
  const fs = run(policy);
  // every row sits under the "Strictly necessary" row; the rowspan keeps _fbp's 90 days in the lifetime column (= 3 months)
  assert.deepEqual(fs.map((f) => f.subject).sort(), ["_fbp", "_ga", "_ga_*"]);
  assert.ok(fs.every((f) => /strictly necessary/.test(f.message)));
});

test("the generated block writes the table from the manifest, and a second check finds nothing", () => {
  const block = core.renderGeneratedBlock("cookies", core.parseManifest(check("", MANIFEST).context.manifest.text), { markers: true });
  const policy = `# Privacy\n\n## Cookies\n\n${block}\n`;
  assert.match(block, /^<!-- policywright:cookies -->/);
  assert.deepEqual(run(policy), []);
  assert.deepEqual(check(policy, MANIFEST, { now: NOW }).findings.filter((f) => f.rule === "generated-block-stale"), []);
});

test("a French cookie table in an English policy: the missing row is written in the table's words ('3 mois', not '3 months')", () => {
  const policy = "# Privacy policy\n\nWe are Pikkulintu Oy. This policy explains how we use your personal data when you visit our website and which cookies we set.\n\n## Cookies\n\n| Nom du cookie | Fournisseur | Catégorie | Durée |\n|---|---|---|---|\n| `_ga` | Google Analytics | Statistiques | 2 ans |\n| `_ga_*` | Google Analytics | Statistiques | 2 ans |\n| `session_id` | Pikkulintu | Strictement nécessaires | Session |\n";
  const fs = run(policy);
  assert.deepEqual(fs.map((f) => f.subject), ["_fbp"]);
  const after = fixed(policy, MANIFEST, fs[0]);
  assert.match(after, /\| `session_id` \| Pikkulintu \| Strictement nécessaires \| Session \|\n\| `_fbp` \| Meta Pixel \| Marketing \| 3 mois \|\n$/);
  assert.deepEqual(run(after), []);
});

test("bold field labels of a paragraph ('**Retention**: 14 months', '**Purpose**: …') are not cookie names", () => {
  // from a real documentation site's policy: the analytics section's fields, under a heading about consent
  const policy = "# Privacy\n\n## Cookies and consent\n\n### Analytics (requires consent)\n\n**Purpose**: to see which pages are read.\n\n**Retention**: 14 months, then deleted.\n\n| Cookie | Provider | Purpose | Duration |\n|---|---|---|---|\n| `_ga` | Google Analytics | statistics | 2 years |\n| `_ga_*` | Google Analytics | statistics | 2 years |\n| `_fbp` | Meta Pixel | marketing | 3 months |\n| `session_id` | first-party | necessary | session |\n";
  assert.deepEqual(run(policy).map((f) => f.subject), []);
  assert.deepEqual(run(policy.replace("**Retention**: 14 months", "**_hjid**: 14 months")).map((f) => f.subject), ["_hjid"], "a bold cookie name there is still read");
});

test("a line that opens with a 'Cookie:' label announces its cookie in any section, inside a paragraph too", () => {
  // from a real German SaaS policy: the sign-in section's lines "**Cookie/Token:** `…` (HttpOnly, Secure, SameSite), Laufzeit bis zu **60 Tagen**."
  const m = { ...MANIFEST, cookies: [...MANIFEST.cookies, { name: "auth_session", provider: "first-party", purpose: "necessary", duration: "30 days" }] };
  const policy = "---\nlang: de\n---\n\n# Datenschutzerklärung\n\n## Anmeldung\n\nWir nutzen einen Magic-Link für die Anmeldung.\n**Cookie/Token:** `auth_session` (HttpOnly, Secure, SameSite), Laufzeit bis zu **60 Tagen**.\n**Zwecke:** Anmeldung und Kontosicherheit.\n";
  const fs = run(policy, m).filter((f) => f.subject === "auth_session");
  assert.deepEqual(fs.map((f) => covered(policy, f)), ["60 Tagen"], "the lifetime differs from the manifest's 30 days");
  const cookie = core.readCookieTables(core.parsePolicy(policy, {})).cookies.find((c) => c.name.text === "auth_session");
  assert.equal(cookie?.provider, undefined, "the attributes in parentheses are not a provider");
  assert.deepEqual(run(policy.replace("**Cookie/Token:** ", "Dabei setzen wir "), m).filter((f) => f.subject === "auth_session").map((f) => f.message.includes("60")), [], "without the label the line is prose");
});
