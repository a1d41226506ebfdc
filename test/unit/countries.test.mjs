import { test } from "node:test";
import assert from "node:assert/strict";
import { build } from "esbuild";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { tempDir } from "./helpers.mjs";


const out = join(tempDir(join(tmpdir(), "pw-geo-")), "geo.mjs");
await build({
  entryPoints: [new URL("../../server/src/core/geo/countries.ts", import.meta.url).pathname],
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: out,
  logLevel: "silent",
});
const geo = await import(pathToFileURL(out).href);

/** Matches as [code, matched text, start, end] so failures show what was found. */
function find(text) {
  return geo.findCountries(text).map((m) => [m.code, text.slice(m.start, m.end), m.start, m.end]);
}

test("country table covers the assigned ISO codes", () => {
  assert.equal(Object.keys(geo.COUNTRY_NAMES).length, 249);
  assert.equal(geo.COUNTRY_NAMES.US, "United States");
  assert.equal(geo.COUNTRY_NAMES.GB, "United Kingdom");
  assert.equal(geo.COUNTRY_NAMES.NL, "Netherlands");
  assert.equal(geo.COUNTRY_NAMES.KR, "South Korea");
  assert.equal(geo.COUNTRY_NAMES.CZ, "Czechia");
  assert.ok(Object.isFrozen(geo.COUNTRY_NAMES));
  for (const code of Object.keys(geo.COUNTRY_NAMES)) assert.match(code, /^[A-Z]{2}$/);
});

test("EU has 27 members and the EEA 30", () => {
  assert.equal(geo.EU_MEMBERS.size, 27);
  assert.equal(geo.EEA_MEMBERS.size, 30);
  for (const c of geo.EU_MEMBERS) assert.ok(geo.EEA_MEMBERS.has(c), c);
  for (const c of ["IS", "LI", "NO"]) {
    assert.ok(geo.EEA_MEMBERS.has(c));
    assert.ok(!geo.EU_MEMBERS.has(c));
  }
  assert.ok(!geo.EU_MEMBERS.has("GB"));
  assert.ok(!geo.EEA_MEMBERS.has("CH"));
});

test("isCountryCode wants an exact assigned upper-case code", () => {
  assert.ok(geo.isCountryCode("US"));
  assert.ok(geo.isCountryCode("GB"));
  assert.ok(!geo.isCountryCode("us"));
  assert.ok(!geo.isCountryCode("UK"));
  assert.ok(!geo.isCountryCode("EU"));
  assert.ok(!geo.isCountryCode("USA"));
  assert.ok(!geo.isCountryCode("ZZ"));
  assert.ok(!geo.isCountryCode(""));
  assert.ok(!geo.isCountryCode("toString"));
});

test("suggestCountryCode", () => {
  const cases = {
    USA: "US", DEU: "DE", GBR: "GB", fra: "FR",
    UK: "GB", EL: "GR",
    Germany: "DE", GERMANY: "DE", "the Netherlands": "NL", Holland: "NL",
    "United States of America": "US", "Great Britain": "GB", "u.s.a.": "US",
    us: "US", de: "DE",
    UAE: "AE", "Ivory Coast": "CI", "Cote d'Ivoire": "CI", "St Kitts & Nevis": "KN",
    "european union": "EU", eea: "EEA",
    "Frankfurt, Germany": "DE",
    Germnay: "DE", Phillipines: "PH",
  };
  for (const [input, want] of Object.entries(cases)) {
    assert.equal(geo.suggestCountryCode(input), want, input);
  }
  for (const input of ["xyz", "", "   ", "usb", "Paris and Berlin, Germany and France"]) {
    assert.equal(geo.suggestCountryCode(input), undefined, input);
  }
});

test("regionContains", () => {
  assert.ok(geo.regionContains("DE", "DE"));
  assert.ok(geo.regionContains("EU", "EU"));
  assert.ok(geo.regionContains("EU", "DE"));
  assert.ok(geo.regionContains("EEA", "DE"));
  assert.ok(geo.regionContains("EEA", "NO"));
  assert.ok(geo.regionContains("EEA", "EU"));
  assert.ok(!geo.regionContains("EU", "NO"));
  assert.ok(!geo.regionContains("EU", "EEA"));
  assert.ok(!geo.regionContains("EU", "US"));
  assert.ok(!geo.regionContains("EEA", "CH"));
  assert.ok(!geo.regionContains("DE", "EU"));
  assert.ok(!geo.regionContains("US", "DE"));
});

test("countryName", () => {
  assert.equal(geo.countryName("EU"), "the EU");
  assert.equal(geo.countryName("EEA"), "the EEA");
  assert.equal(geo.countryName("DE"), "Germany");
  assert.equal(geo.countryName("KR"), "South Korea");
  assert.equal(geo.countryName("ZZ"), "ZZ");
  assert.equal(geo.countryName("constructor"), "constructor");
});

test("findCountries: codes in parentheses and lists", () => {
  assert.deepEqual(find("Deepgram (USA)"), [["US", "USA", 10, 13]]);
  // a data-centre city places its country too ("AWS's Frankfurt region")
  assert.deepEqual(find("Sentry (EU region, Frankfurt, Germany)"), [
    ["EU", "EU", 8, 10],
    ["DE", "Frankfurt", 19, 28],
    ["DE", "Germany", 30, 37],
  ]);
  assert.deepEqual(find("Hetzner Online GmbH | Finland"), [["FI", "Finland", 22, 29]]);
  assert.deepEqual(find("Stored in the EU/EEA."), [
    ["EU", "EU", 14, 16],
    ["EEA", "EEA", 17, 20],
  ]);
});

test("findCountries: the word 'us' and other short words are not countries", () => {
  assert.deepEqual(find("send us an email"), []);
  assert.deepEqual(find("Us and usa and Usa"), []);
  assert.deepEqual(find("IN IT IS NO AT BE DE ME AM"), []);
  assert.deepEqual(find("a guinea pig and a turkey from china in chad"), []);
  assert.deepEqual(find("focus, USAGE, bus, Britains"), []);
});

test("findCountries: US spellings", () => {
  assert.deepEqual(find("the US, the U.S., the U.S.A. and the UK"), [
    ["US", "US", 4, 6],
    ["US", "U.S.", 12, 16],
    ["US", "U.S.A.", 22, 28],
    ["GB", "UK", 37, 39],
  ]);
  assert.deepEqual(find("United States of America"), [["US", "United States of America", 0, 24]]);
  assert.deepEqual(find("the United States."), [["US", "United States", 4, 17]]);
  assert.deepEqual(find("servers in America"), [["US", "America", 11, 18]]);
});

test("findCountries: longest name wins", () => {
  assert.deepEqual(find("Northern Ireland"), [["GB", "Northern Ireland", 0, 16]]);
  assert.deepEqual(find("Ireland"), [["IE", "Ireland", 0, 7]]);
  assert.deepEqual(find("European Economic Area"), [["EEA", "European Economic Area", 0, 22]]);
  assert.deepEqual(find("European Union"), [["EU", "European Union", 0, 14]]);
  assert.deepEqual(find("a European company"), []);
  assert.deepEqual(find("Guinea-Bissau and Papua New Guinea"), [
    ["GW", "Guinea-Bissau", 0, 13],
    ["PG", "Papua New Guinea", 18, 34],
  ]);
  assert.deepEqual(find("North Korea, South Korea"), [
    ["KP", "North Korea", 0, 11],
    ["KR", "South Korea", 13, 24],
  ]);
});

test("findCountries: continents and US states are not countries", () => {
  assert.deepEqual(find("North America"), []);
  assert.deepEqual(find("South America and Latin America"), []);
  assert.deepEqual(find("New Jersey, New Mexico"), []);
  assert.deepEqual(find("American customers"), []);
});

test("findCountries: alternate names", () => {
  assert.deepEqual(find("the Netherlands"), [["NL", "the Netherlands", 0, 15]]);
  assert.deepEqual(find("in Netherlands"), [["NL", "Netherlands", 3, 14]]);
  const text =
    "Holland, Great Britain, Britain, England, Scotland, Wales, Czech Republic, Korea, Russia, " +
    "UAE, United Arab Emirates, Switzerland, Europe";
  assert.deepEqual(
    find(text).map(([code]) => code),
    ["NL", "GB", "GB", "GB", "GB", "GB", "CZ", "KR", "RU", "AE", "AE", "CH", "EU"],
  );
});

test("findCountries: names in any case, ordinary words only capitalised", () => {
  assert.deepEqual(find("germany GERMANY Germany"), [
    ["DE", "germany", 0, 7],
    ["DE", "GERMANY", 8, 15],
    ["DE", "Germany", 16, 23],
  ]);
  assert.deepEqual(find("Turkey, China and Jersey"), [
    ["TR", "Turkey", 0, 6],
    ["CN", "China", 8, 13],
    ["JE", "Jersey", 18, 24],
  ]);
  assert.deepEqual(find("German law"), []);
});

test("findCountries: names split across lines and with curly apostrophes", () => {
  assert.deepEqual(find("the United\nKingdom"), [["GB", "United\nKingdom", 4, 18]]);
  assert.deepEqual(find("Côte d’Ivoire"), [["CI", "Côte d’Ivoire", 0, 13]]);
});

test("findCountries: offsets are into the original text", () => {
  const text = "## Processors\n\n| Vendor | Location |\n|---|---|\n| Stripe | USA |\n| Mux | Ireland |\n";
  for (const m of geo.findCountries(text)) {
    assert.equal(geo.suggestCountryCode(text.slice(m.start, m.end)), m.code);
  }
  assert.deepEqual(find(text).map(([code]) => code), ["US", "IE"]);
});

test("findCountries stays fast on 5 MB", () => {
  const para =
    "We and our processors (Stripe, Inc., United States; Hetzner Online GmbH, Germany) may contact us. " +
    "Data stays in the EU/EEA and the United Kingdom, and some goes to the U.S. under SCCs; " +
    "none goes to North America at large. United United States of the Netherlands us us us.\n";
  const text = para.repeat(Math.ceil(5_000_000 / para.length));
  const t0 = performance.now();
  const found = geo.findCountries(text);
  const ms = performance.now() - t0;
  assert.ok(found.length > 0);
  assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);

  // Inputs that would blow up a backtracking-prone pattern.
  for (const nasty of ["United ".repeat(700_000), "the" + " ".repeat(5_000_000) + "x", "u.s.".repeat(1_250_000)]) {
    const t1 = performance.now();
    geo.findCountries(nasty);
    const ms1 = performance.now() - t1;
    assert.ok(ms1 < 2000, `took ${ms1.toFixed(0)} ms`);
  }
});
