// Cookies (spec §9) beyond the cookie-mismatch rule: the manifest's `cookies:` section, the
// Open Cookie Database lookup, lifetimes in three languages, the platforms a table implies,
// "only necessary cookies" claims, init, hover, the draft fix and the generated block.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { core, check, findingsOf, covered, manifestText, ROOT } from "./helpers.mjs";

const MANIFEST = `version: 1
controller:
  name: Acme Oy
  email: privacy@acme.example
processors:
  - name: Google Analytics
    purpose: Visitor statistics
    category: analytics
    country: US
    transfer: dpf
    consent: true
cookies:
  - name: _ga
    provider: Google Analytics
    purpose: statistics
    duration: 2 years
  - name: _hjSessionUser_*
    provider: Hotjar
    purpose: statistics
    duration: 1 year
  - name: csrf
    provider: first-party
    purpose: necessary
    duration: 30 minutes
  - name: prefs
    provider: first-party
    purpose: functional
    duration: a fortnight
`;

describe("the manifest's cookies:", () => {
  const m = core.parseManifest(MANIFEST);
  const at = (f) => MANIFEST.slice(f.start, f.end);

  test("valid entries are read; consent defaults to false for necessary and true otherwise; minutes are a duration", () => {
    const byName = Object.fromEntries(m.cookies.map((c) => [c.name.text, c]));
    assert.equal(byName._ga.consent, true);
    assert.equal(byName.csrf.consent, false);
    assert.deepEqual(byName.csrf.lifetime, { kind: "duration", amount: 30, unit: "minute" });
    assert.equal(byName["_hjSessionUser_*"].name.pattern, true);
    assert.equal(byName["_hjSessionUser_*"].name.prefix, "_hjSessionUser_");
  });

  test("a duration that is not a period, and a purpose out of the list, are errors at their node", () => {
    const d = m.findings.find((f) => f.subject === "cookies[3].duration");
    assert.equal(at(d), "a fortnight");
    assert.match(d.message, /not a cookie duration/);
    const p = m.findings.find((f) => f.subject === "cookies[3].purpose");
    assert.equal(at(p), "functional");
    assert.match(p.message, /did you mean 'preferences'/);
  });

  test("a provider that is not a processor is an error whose fix adds it from the catalog", () => {
    const f = m.findings.find((x) => x.subject === "cookies[1].provider");
    assert.equal(at(f), "Hotjar");
    assert.equal(f.rule, "manifest-invalid");
    const fixedText = core.applyEdits(MANIFEST, f.fixes[0].edits);
    const again = core.parseManifest(fixedText);
    assert.ok(again.processors.some((p) => p.name === "Hotjar" && p.category === "analytics"));
    assert.equal(again.findings.filter((x) => x.subject === "cookies[1].provider").length, 0);
  });

  test("first-party and aliases are providers", () => {
    const ok = core.parseManifest(manifestText({
      processors: [{ name: "Meta Pixel", aliases: ["Facebook"], purpose: "Ads" }],
      cookies: [{ name: "_fbp", provider: "Facebook", purpose: "marketing", duration: "90 days" }, { name: "sid", provider: "first-party", purpose: "necessary", duration: "session" }],
    }));
    assert.deepEqual(ok.findings, []);
  });

  test("a typo in a cookie key gets a hint", () => {
    const t = manifestText({ cookies: [{ name: "_ga", provider: "first-party", purpose: "statistics", duraton: "2 years" }] });
    assert.ok(core.parseManifest(t).findings.some((f) => f.subject === "cookies[0].duraton" && /did you mean 'duration'/.test(f.message)));
  });
});

describe("the Open Cookie Database", () => {
  test("exact names and prefix patterns, joined with the catalog", () => {
    assert.equal(core.lookupCookie("_ga").service.name, "Google Analytics");
    assert.equal(core.lookupCookie("_ga_4XYZ123").name, "_ga_");
    assert.equal(core.lookupCookie("_fbp").service.name, "Meta Pixel");
    assert.equal(core.lookupCookie("wp-settings-42").platform, "WordPress");
    assert.equal(core.lookupCookie("wp-settings-42").service, undefined, "WordPress is software the site runs, not a processor");
    // a two-letter prefix ("CT", Adform) does not swallow a longer word
    assert.equal(core.lookupCookie("CTX"), undefined);
    assert.equal(core.cookieDatabase().licence, "Apache-2.0");
    assert.match(core.cookieDatabase().commit, /^[0-9a-f]{40}$/);
  });

  test("the packaged extension carries the database's licence and a NOTICE naming the commit it bundles", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "node_modules/@vscode/vsce/vsce"), "ls", "--no-dependencies"], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split("\n").map((l) => l.trim());
    for (const f of ["NOTICE", "licenses/open-cookie-database.LICENSE"]) assert.ok(files.includes(f), `${f} is not in the .vsix`);
    assert.match(readFileSync(join(ROOT, "licenses/open-cookie-database.LICENSE"), "utf8"), /Apache License\s+Version 2\.0/);
    const notice = readFileSync(join(ROOT, "NOTICE"), "utf8");
    assert.ok(notice.includes(core.cookieDatabase().commit), "NOTICE names the commit of the bundled data");
    assert.match(notice, /Open Cookie Database[\s\S]*Apache License, Version 2\.0/);
  });
});

describe("lifetimes", () => {
  const same = (a, b) => core.sameLifetime(core.parseLifetime(a), core.parseLifetime(b));
  test("periods in three languages compare by the period rules", () => {
    assert.ok(same("2 Jahre", "24 months"));
    assert.ok(same("13 mois", "13 months"));
    assert.ok(same("1 an", "365 days"));
    assert.ok(same("24 Stunden", "1 day"));
    assert.ok(same("bis zu 2 Jahre", "2 years"));
    assert.ok(!same("13 Monate", "2 years"));
  });
  test("session words, and persistent against any duration", () => {
    assert.deepEqual(core.parseLifetime("Sitzung"), { kind: "session" });
    assert.deepEqual(core.parseLifetime("End of session"), { kind: "session" });
    assert.deepEqual(core.parseLifetime("fin de session"), { kind: "session" });
    assert.ok(!same("Sitzung", "2 years"));
    assert.ok(same("persistent", "2 years"));
  });
  test("a value with two different lifetimes is not compared", () => {
    assert.equal(core.parseLifetime("30 seconds till 1 year"), undefined);
  });
});

const TABLE = "# Privacy\n\n## Cookies\n\n| Cookie | Provider | Expiry |\n|---|---|---|\n| `_ga` | Google | 2 years |\n| `_fbp` | Facebook | 3 months |\n| `csrf` | us | 30 minutes |\n";

test("a known cookie in the table implies its platform: undeclared-processor at the cookie's name", () => {
  const fs = findingsOf(TABLE, { processors: [{ name: "Hetzner", purpose: "Hosting" }] }, "undeclared-processor");
  assert.deepEqual(fs.map((f) => [f.subject, covered(TABLE, f)]), [["Google Analytics", "_ga"], ["Meta Pixel", "_fbp"]]);
  assert.match(fs[0].fixes[0].edits[0].newText, /name: Google Analytics/);
  // declared under another name of the same service: nothing
  assert.deepEqual(findingsOf(TABLE, { processors: [{ name: "GA4", purpose: "Stats" }, { name: "Facebook Pixel", purpose: "Ads" }] }, "undeclared-processor"), []);
});

describe("consent-contradiction learns cookies", () => {
  const manifest = { processors: [{ name: "Google Analytics", purpose: "Stats", category: "analytics", consent: true }], cookies: [{ name: "_ga", provider: "Google Analytics", purpose: "statistics", duration: "2 years" }] };
  for (const [lang, sentence] of [
    ["en", "We only set strictly necessary cookies."],
    ["de", "Wir verwenden ausschließlich technisch notwendige Cookies."],
    ["fr", "Nous utilisons uniquement des cookies strictement nécessaires."],
  ]) {
    test(`${lang}: "${sentence}" beside a statistics cookie`, () => {
      const policy = `# Privacy\n\n## Cookies\n\n${sentence}\n`;
      const fs = findingsOf(policy, manifest, "consent-contradiction");
      assert.deepEqual(fs.map((f) => f.subject), ["Google Analytics"]);
      assert.match(fs[0].message, /_ga/);
    });
  }
  test("only necessary cookies in the manifest: no finding", () => {
    const m = { ...manifest, processors: [], cookies: [{ name: "sid", provider: "first-party", purpose: "necessary", duration: "session" }] };
    assert.deepEqual(findingsOf("# Privacy\n\nWe only set strictly necessary cookies.\n", m, "consent-contradiction"), []);
  });
});

test("init drafts cookies: from the table, with the services the cookies imply", () => {
  const { yaml } = core.draftManifest(TABLE);
  const m = core.parseManifest(yaml);
  assert.deepEqual(m.cookies.map((c) => [c.name.text, c.provider, c.lifetime && core.formatLifetime(c.lifetime)]), [
    ["_ga", "Google Analytics", "2 years"], ["_fbp", "Meta Pixel", "3 months"], ["csrf", "first-party", "30 minutes"],
  ]);
  assert.ok(m.processors.some((p) => p.name === "Google Analytics"));
  assert.deepEqual(m.findings.filter((f) => /^cookies/.test(f.subject)), []);
  // the table's own facts are plain; the database's guesses are marked
  assert.match(yaml, /purpose: statistics {2}# TODO: check/);
});

test("hover on a cookie name shows the database's platform, category, usual retention and description", () => {
  const a = check(TABLE, MANIFEST);
  const at = TABLE.indexOf("_fbp") + 1;
  const h = core.policyCookieHover(a.doc, a.manifest, at);
  assert.match(h.markdown, /Platform: Facebook \(Meta Pixel in the catalog\)/);
  assert.match(h.markdown, /Category: Marketing/);
  assert.match(h.markdown, /Usual retention: 4 months/);
  assert.equal(TABLE.slice(h.start, h.end), "_fbp");
  const m = core.parseManifest(MANIFEST);
  const mh = core.manifestCookieHover(m, MANIFEST.indexOf("_ga") + 1);
  assert.match(mh.markdown, /Google Analytics/);
});

test("before the manifest declares cookies, the table offers a fix that drafts them", () => {
  const { cookies, ...rest } = { cookies: 1, processors: [{ name: "Google Analytics", purpose: "Stats" }] };
  assert.ok(cookies);
  const text = manifestText(rest);
  const m = core.parseManifest(text);
  const fix = core.draftCookiesFix(core.parsePolicy(TABLE), m);
  const after = core.parseManifest(core.applyEdits(text, fix.edits));
  assert.deepEqual(after.cookies.map((c) => c.name.text), ["_ga", "_fbp", "csrf"]);
  assert.equal(after.cookies[0].provider, "Google Analytics");
});

test("the generated cookie block writes the policy's language", () => {
  const m = core.parseManifest(MANIFEST);
  const de = core.renderGeneratedBlock("cookies", m, { lang: "de" });
  assert.match(de, /^\| Cookie \| Anbieter \| Zweck \| Speicherdauer \|/);
  assert.match(de, /\| `_ga` \| Google Analytics \| Statistik \| 2 Jahre \|/);
  assert.match(de, /\| `csrf` \| wir \(Erstanbieter\) \| Technisch notwendig \| 30 Minuten \|/);
});
