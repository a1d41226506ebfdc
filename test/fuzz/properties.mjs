// The fuzz properties, by group, with the number of runs `npm test` gives each. The same
// properties run for much longer in `npm run fuzz` (test/fuzz/long.mjs).
import fc from "fast-check";
import { core } from "../unit/helpers.mjs";
import { allFixesProblems, eachFixProblems } from "./fix-checks.mjs";
import { anyText, manifestText, markdownish, mutate, mutations, periodText, policyCase, yamlish } from "./generators.mjs";
import { checkedAnalysis, checkedManifest, expectNone } from "./invariants.mjs";

const { parsePeriod, formatPeriod, samePeriod } = core;

export const PARSING = [
  {
    name: "manifest parser on arbitrary and YAML-like text",
    runs: 400,
    property: fc.property(fc.oneof(anyText, yamlish), (t) => expectNone(checkedManifest(t).problems)),
  },
  {
    name: "manifest parser on mutated realistic manifests",
    runs: 300,
    property: fc.property(manifestText, mutations, (t, ops) => expectNone(checkedManifest(mutate(t, ops)).problems)),
  },
  {
    name: "analysis of arbitrary and Markdown-like text, with and without a manifest",
    runs: 150,
    property: fc.property(fc.oneof(anyText, markdownish), fc.option(manifestText, { nil: undefined }), (p, m) => expectNone(checkedAnalysis(p, m).problems)),
  },
  {
    name: "analysis of mutated realistic policies against mutated manifests",
    runs: 120,
    property: fc.property(policyCase, mutations, mutations, fc.boolean(), ({ policy, manifest }, pOps, mOps, both) =>
      expectNone(checkedAnalysis(mutate(policy, pOps), both ? mutate(manifest, mOps) : manifest).problems)),
  },
];

export const FIXES = [
  {
    name: "every fix on a generated policy changes only its range and is not offered again once applied",
    runs: 25,
    property: fc.property(policyCase, (texts) => expectNone(eachFixProblems(texts))),
  },
  {
    name: "every fix on a damaged policy keeps the other text and is not offered again once applied",
    runs: 15,
    property: fc.property(policyCase, mutations, ({ policy, manifest }, ops) => expectNone(eachFixProblems({ policy: mutate(policy, ops), manifest }, { maxFixes: 15 }))),
  },
  {
    name: "applying every safe fix, then checking again, leaves nothing fixable",
    runs: 40,
    property: fc.property(policyCase, (texts) => expectNone(allFixesProblems(texts))),
  },
];

/** Numeric periods in any unit, with whole and decimal amounts (what a manifest can write). */
const duration = fc.record({
  kind: fc.constant("duration"),
  amount: fc.oneof(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1, max: 99999 }).map((n) => n / 100)),
  unit: fc.constantFrom("hour", "day", "week", "month", "year"),
});
const event = fc.array(fc.constantFrom("account", "deletion", "the", "contract", "ends", "you", "ask", "closure", "1"), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const period = fc.oneof(duration, event.map((e) => ({ kind: "until", event: e })), fc.constant({ kind: "session" }), fc.constant({ kind: "indefinite" }));
/** The same small amount written many ways: multiples of every conversion factor, in every unit. */
function forms(k) {
  const out = [];
  for (const f of [1, 7, 12, 24, 30, 365, 168, 720, 8760]) for (const unit of ["hour", "day", "week", "month", "year"]) out.push({ kind: "duration", amount: k * f, unit });
  return out;
}

/** a, then b equal to a, then c equal to b (chains are what transitivity is about): a must equal c. */
const chain = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.nat(), fc.nat(), fc.nat()).map(([k, i, j, l]) => {
  const pool = forms(k);
  const a = pool[i % pool.length];
  const bs = pool.filter((x) => samePeriod(a, x));
  const b = bs[j % bs.length];
  const cs = pool.filter((x) => samePeriod(b, x));
  return [a, b, cs[l % cs.length]];
});

export const PERIODS = [
  { name: "parse(format(p)) = p", runs: 2000, property: fc.property(period, (p) => expectNone(JSON.stringify(parsePeriod(formatPeriod(p))) === JSON.stringify(p) ? [] : [`${formatPeriod(p)} parses as ${JSON.stringify(parsePeriod(formatPeriod(p)))}`])) },
  { name: "every written period parses, and format is a fixed point", runs: 1000, property: fc.property(periodText, (t) => {
    const p = parsePeriod(t);
    return expectNone(p && JSON.stringify(parsePeriod(formatPeriod(p))) === JSON.stringify(p) ? [] : [`'${t}' does not round-trip`]);
  }) },
  { name: "equivalence is reflexive and symmetric", runs: 2000, property: fc.property(period, period, (a, b) => samePeriod(a, a) && samePeriod(a, b) === samePeriod(b, a)) },
  { name: "equivalence of numeric periods is transitive", runs: 3000, property: fc.property(chain, ([a, b, c]) =>
    expectNone(samePeriod(a, c) ? [] : [`${formatPeriod(a)} = ${formatPeriod(b)} = ${formatPeriod(c)}, but ${formatPeriod(a)} != ${formatPeriod(c)}`])) },
  { name: "equivalence of arbitrary numeric periods is transitive", runs: 2000, property: fc.property(duration, duration, duration, (a, b, c) => !(samePeriod(a, b) && samePeriod(b, c)) || samePeriod(a, c)) },
];
