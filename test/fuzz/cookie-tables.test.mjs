// Cookie tables from the wild, generated: Markdown and HTML tables and lists with merged cells,
// empty rows, stray pipes, and names full of regex characters (`_ga_*`, `wp-settings-[UID]`,
// `AMCV_###@AdobeOrg`). Reading them never throws, every range lies inside the text, a name
// read is a name written, and no input makes the reader backtrack: each case stays far below
// a time a quadratic pattern would take.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { core } from "../unit/helpers.mjs";

const NAMES = ["_ga", "_ga_*", "_ga_XXXXXXXXXX", "wp-settings-[UID]", "wp-settings-time-{id}", "AMCV_###@AdobeOrg", "_hjSession_<site>", "__utma", "PHPSESSID",
  "_pk_id.*", "a|b", "[", "*", "((((", "\\", "`", "**", "x".repeat(120), "_gat_UA-123-1", "cookie name with spaces", "AMCV_*@AdobeOrg", "…"];
const DURATIONS = ["2 years", "2 Jahre", "13 mois", "session", "Sitzung", "persistent", "30 minutes", "1 year 1 year", "thirty (30) days", "24h", "", "—", "2 2 2 2 2 2", "days days days"];
const name = fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 30 }), fc.stringMatching(/^[_a-zA-Z][\w\-[\]{}*#@.]{0,20}$/));
const cell = fc.oneof(name, fc.constantFrom(...DURATIONS, "Google Analytics", "Strictly necessary", "Statistik", "Publicité", "", "|", "<br>", "`_ga`, `_gid`"), fc.string({ maxLength: 20 }));
const row = fc.array(cell, { minLength: 0, maxLength: 6 });

const markdownTable = fc.tuple(fc.constantFrom("| Cookie | Provider | Purpose | Expiry |", "| Name | Anbieter | Zweck | Speicherdauer |", "| Nom du cookie | Durée |", "| Cookie |"), fc.array(row, { maxLength: 30 }))
  .map(([head, rows]) => `${head}\n|${head.split("|").slice(2).map(() => "---").join("|")}|\n${rows.map((r) => `| ${r.join(" | ")} |`).join("\n")}\n`);
const htmlTable = fc.array(fc.tuple(row, fc.nat(3), fc.nat(3)), { maxLength: 20 })
  .map((rows) => `<table><tr><th>Cookie</th><th>Provider</th><th>Duration</th></tr>${rows.map(([r, cs, rs]) => `<tr>${r.map((c, i) => `<td${i === 0 && cs ? ` colspan="${cs}"` : ""}${i === 1 && rs ? ` rowspan="${rs}"` : ""}>${c}</td>`).join("")}</tr>`).join("\n")}${Math.random() < 0.5 ? "</table>" : ""}\n`);
const list = fc.array(fc.tuple(name, cell, cell), { maxLength: 20 }).map((items) => items.map(([n, a, b]) => `- \`${n}\` – Anbieter: ${a}; Speicherdauer: ${b}`).join("\n") + "\n");
const policy = fc.tuple(fc.array(fc.oneof(markdownTable, htmlTable, list, fc.constantFrom("### Strictly necessary\n", "### Statistik\n", "\n", "Some text.\n")), { maxLength: 5 }))
  .map(([parts]) => `# Privacy\n\n## Cookies\n\n${parts.join("\n")}`);

const MANIFEST = core.parseManifest(`version: 1
controller: {name: Acme, email: privacy@acme.example}
processors:
  - {name: Google Analytics, purpose: stats, category: analytics, consent: true}
cookies:
  - {name: _ga, provider: Google Analytics, purpose: statistics, duration: 2 years}
  - {name: "_ga_*", provider: Google Analytics, purpose: statistics, duration: 2 years}
  - {name: session, provider: first-party, purpose: necessary, duration: session}
`);

test("generated cookie tables read without a throw, inside the text, and fast", () => {
  fc.assert(fc.property(policy, (text) => {
    const t0 = performance.now();
    const doc = core.parsePolicy(text);
    const { cookies, tables } = core.readCookieTables(doc);
    const a = core.analyze(text, MANIFEST, {}, doc);
    const ms = performance.now() - t0;
    // a hang, not a budget: the machine may be busy, a backtracking pattern takes minutes
    assert.ok(ms < 10_000, `${ms} ms`);
    for (const c of cookies) {
      assert.ok(c.nameStart >= 0 && c.nameEnd <= text.length && c.nameStart < c.nameEnd);
      assert.ok(c.table >= 0 && c.table < tables.length);
      // the name read is the name written (less the code or emphasis around it)
      assert.ok(text.slice(c.nameStart, c.nameEnd).includes(c.name.text) || c.name.text.length <= c.nameEnd - c.nameStart);
      if (c.durationRange) assert.ok(c.durationRange[0] >= 0 && c.durationRange[1] <= text.length);
    }
    for (const f of a.findings.filter((x) => x.rule === "cookie-mismatch")) assert.ok(f.start <= f.end && f.end <= text.length);
  }), { numRuns: 300 });
});

test("2,000 rows of regex-character names read in linear time, every name counted", () => {
  const names = Array.from({ length: 2000 }, (_, i) => [`_ga_${i}*`, `wp-settings-[UID${i}]`, `AMCV_${i}###@AdobeOrg`, `x${i}.+$^~!`][i % 4]);
  const text = `# Privacy\n\n## Cookies\n\n| Cookie | Provider | Expiry |\n|---|---|---|\n${names.map((n, i) => `| \`${n}\` | Adobe | ${i % 2 ? "2 years" : "Sitzung"} |`).join("\n")}\n`;
  const t0 = performance.now();
  const { cookies } = core.readCookieTables(core.parsePolicy(text));
  const ms = performance.now() - t0;
  assert.equal(cookies.length, 2000);
  assert.deepEqual(cookies.map((c) => c.name.text), names);
  // linear: well under a second on an idle machine; a quadratic reader takes minutes
  assert.ok(ms < 10_000, `${ms} ms for 2,000 rows`);
});

test("a pumped name cell (long runs of separators, spaces and brackets) stays fast", () => {
  for (const pump of [", ", " and ", "\t", "[", "<", "*", "`", "**", " / ", ":"]) {
    const text = `# Privacy\n\n## Cookies\n\n| Cookie | Expiry |\n|---|---|\n| ${pump.repeat(20_000)}x | ${"2 ".repeat(10_000)}years |\n\n- ${pump.repeat(10_000)} – Speicherdauer: ${"1".repeat(20_000)}\n`;
    const t0 = performance.now();
    core.readCookieTables(core.parsePolicy(text));
    const ms = performance.now() - t0;
    // 20,000 repetitions: a quadratic scan needs billions of steps, a linear one milliseconds
    assert.ok(ms < 8_000, `${JSON.stringify(pump)}: ${ms} ms`);
  }
});
