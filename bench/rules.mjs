// Times the analysis core rule by rule, so that a change to one rule's reading shows up as that
// rule's time rather than vanishing in the total. Optionally compares two builds of the core.
//   node bench/rules.mjs [--core dist/core.js] [--base other/core.js] [--size KB] [--processors N] [--runs N]
// Prints, per stage (parse, mentions, each rule), the median over the runs after two warm-ups.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { generateManifest, generatePolicy } from "./generate.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const require = createRequire(import.meta.url);
const cores = [["current", opt("--core", "dist/core.js")], ...(opt("--base", "") ? [["base", opt("--base", "")]] : [])].map(([label, p]) => [label, require(resolve(p))]);
const size = Number(opt("--size", "1024")) * 1024;
const processors = Number(opt("--processors", "1000"));
const runs = Number(opt("--runs", "9"));
const now = new Date("2025-06-01T00:00:00Z");

const gm = generateManifest(processors);
const manifestText = typeof gm === "string" ? gm : gm.text;
const policy = generatePolicy(size, gm);
const text = typeof policy === "string" ? policy : policy.text;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

const results = new Map();
for (let round = 0; round < runs + 2; round++) {
  // interleave the builds, so that load on a shared machine weighs on both alike
  for (const [label, core] of cores) {
    const manifest = core.parseManifest(manifestText);
    let doc;
    const row = { parse: time(() => (doc = core.parsePolicy(text))) };
    row.mentions = time(() => core.findMentions(doc, manifest));
    const { context } = core.analyze(text, manifest, { now }, doc);
    for (const rule of core.RULES) row[rule.id] = time(() => rule.run(context));
    if (round < 2) continue;
    for (const [k, v] of Object.entries(row)) {
      const key = `${k}\u0000${label}`;
      results.set(key, [...(results.get(key) ?? []), v]);
    }
  }
}
const stages = [...new Set([...results.keys()].map((k) => k.split("\u0000")[0]))];
console.log(`policy ${(text.length / 1024).toFixed(0)} KB, ${processors} processors, median of ${runs} runs (ms)`);
console.log(["stage".padEnd(24), ...cores.map(([l]) => l.padStart(10)), cores.length > 1 ? "change".padStart(8) : ""].join(" "));
for (const s of stages) {
  const vals = cores.map(([l]) => median(results.get(`${s}\u0000${l}`) ?? [NaN]));
  const change = vals.length > 1 && vals[1] > 0 ? `${(((vals[0] - vals[1]) / vals[1]) * 100).toFixed(0)}%` : "";
  console.log([s.padEnd(24), ...vals.map((v) => v.toFixed(2).padStart(10)), change.padStart(8)].join(" "));
}
