// The long fuzz run (`npm run fuzz`): every property of properties.mjs with fresh random
// seeds until its time share is spent, then a table of inputs tried, time and failures.
// Failing inputs are written to test/fuzz/failures/ so they can become regression tests.
//
//   node test/fuzz/long.mjs [--minutes N] [--only NAME]
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { FIXES, PARSING, PERIODS } from "./properties.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const minutes = Number(opt("--minutes", "20"));
const only = opt("--only", "");
const properties = [...PARSING, ...FIXES, ...PERIODS].filter((p) => !only || p.name.includes(only));
// slow properties (whole analyses and re-analyses per input) get more of the time
const weight = (p) => (p.runs < 100 ? 4 : p.runs < 1000 ? 2 : 0.25);
const total = properties.reduce((s, p) => s + weight(p), 0);
const failuresDir = new URL("./failures/", import.meta.url);

const rows = [];
const started = Date.now();
for (const p of properties) {
  const budget = (minutes * 60_000 * weight(p)) / total;
  const t0 = Date.now();
  let tried = 0;
  let batches = 0;
  const failures = [];
  while (Date.now() - t0 < budget) {
    const seed = (Math.random() * 2 ** 31) | 0;
    const numRuns = Math.max(10, p.runs);
    const details = fc.check(p.property, { numRuns, seed, interruptAfterTimeLimit: Math.max(1000, budget - (Date.now() - t0)) });
    tried += details.numRuns;
    batches++;
    if (details.failed) {
      const cause = details.errorInstance?.message ?? String(details.error);
      failures.push({ seed, path: details.counterexamplePath, counterexample: details.counterexample, cause });
      console.log(`FAIL ${p.name} seed=${seed} path=${details.counterexamplePath}\n  ${cause.split("\n").slice(0, 4).join("\n  ")}`);
      if (failures.length >= 3) break;
    }
  }
  const secs = (Date.now() - t0) / 1000;
  rows.push({ name: p.name, tried, batches, secs, failures: failures.length });
  console.log(`${p.name}: ${tried} inputs in ${secs.toFixed(0)} s, ${failures.length} failure(s)`);
  if (failures.length) {
    mkdirSync(failuresDir, { recursive: true });
    const file = new URL(`${p.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)}.json`, failuresDir);
    writeFileSync(file, JSON.stringify(failures, null, 2));
  }
}

// language-server sessions: a share of the time, a few seconds per session
const server = new URL("../../dist/server.js", import.meta.url).pathname;
if (!only && existsSync(server)) {
  const runs = Math.max(10, Math.round((minutes * 60) / 15 / 3));
  const seed = (Math.random() * 2 ** 31) | 0;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--test", new URL("./lsp-sequences.test.mjs", import.meta.url).pathname], { env: { ...process.env, PW_LSP_RUNS: String(runs), PW_FUZZ_SEED: String(seed) }, encoding: "utf8" });
  const failed = r.status !== 0;
  if (failed) console.log(`FAIL language-server sessions seed=${seed}\n${r.stdout.split("\n").filter((l) => /not ok|error|after/.test(l)).slice(0, 10).join("\n")}`);
  rows.push({ name: "language-server sessions (each compared with a fresh server)", tried: runs, batches: 1, secs: (Date.now() - t0) / 1000, failures: failed ? 1 : 0 });
}

const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log("\nproperty | inputs | seconds | failures");
for (const r of rows) console.log(`${r.name} | ${r.tried} | ${r.secs.toFixed(0)} | ${r.failures}`);
console.log(`total | ${sum("tried")} | ${((Date.now() - started) / 1000).toFixed(0)} | ${sum("failures")}`);
process.exitCode = sum("failures") ? 1 : 0;
