// Cookie-table reading on real cookie declarations (rewritten; each case names its `source`):
// how many of the cookies the table lists are read, against a floor of 95 % over the corpus,
// and, with the manifest written from the site's own declaration, no cookie-mismatch finding
// except those the case expects. The table's names were written down before the tool ran.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { core } from "../../unit/helpers.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const cases = readdirSync(here).filter((d) => statSync(join(here, d)).isDirectory()).sort();
const FLOOR = 0.95;

/** Reads one case: cookies read from the table, and the table's names that were missed. */
function measure(c) {
  const expected = JSON.parse(readFileSync(join(here, c, "expected.json"), "utf8"));
  const policy = readFileSync(join(here, c, "policy.md"), "utf8");
  const { cookies } = core.readCookieTables(core.parsePolicy(policy));
  const read = cookies.map((x) => x.name.text);
  const missed = expected.table.filter((n) => !read.includes(n));
  const extra = read.filter((n) => !expected.table.includes(n));
  return { expected, policy, read, missed, extra };
}

test("at least five real cookie declarations, each with its source", () => {
  assert.ok(cases.length >= 5, `${cases.length} cases`);
  for (const c of cases) assert.match(JSON.parse(readFileSync(join(here, c, "expected.json"), "utf8")).source, /^https?:\/\//);
});

test(`the reader finds at least ${FLOOR * 100} % of the cookies the tables list, and nothing that is not a cookie`, () => {
  let total = 0;
  let found = 0;
  const report = [];
  for (const c of cases) {
    const r = measure(c);
    total += r.expected.table.length;
    found += r.expected.table.length - r.missed.length;
    report.push(`${c}: ${r.expected.table.length - r.missed.length}/${r.expected.table.length}${r.missed.length ? ` missed ${r.missed.join(", ")}` : ""}${r.extra.length ? ` extra ${r.extra.join(", ")}` : ""}`);
    assert.deepEqual(r.extra, [], `${c} reads only cookies`);
  }
  console.log(`cookie accuracy: ${found}/${total} = ${((100 * found) / total).toFixed(1)} %\n${report.join("\n")}`);
  assert.ok(found / total >= FLOOR, report.join("\n"));
});

test("against a manifest written from the same declaration, the check is quiet but for what each case expects", () => {
  for (const c of cases) {
    const r = measure(c);
    const m = core.parseManifest(readFileSync(join(here, c, "processors.yaml"), "utf8"));
    assert.deepEqual(m.findings.filter((f) => f.severity !== "info").map((f) => f.subject), [], `${c}: the manifest is valid`);
    const got = core.analyze(r.policy, m).findings.filter((f) => f.rule === "cookie-mismatch").map((f) => f.subject).sort();
    assert.deepEqual(got, [...(r.expected.mismatches ?? [])].sort(), c);
  }
});
