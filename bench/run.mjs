// The benchmark suite (`npm run bench`; `node bench/run.mjs --quick` for a few-second sanity run
// that writes nothing). It builds a production bundle outside dist/, generates policies and
// manifests of realistic shape (bench/generate.mjs), then measures: whole-process
// `policywright check` beside markdownlint-cli2 on the same files, the core alone per size,
// the language server (bench/lsp-latency.mjs) and the preview, and writes bench/results.md.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { cpus, hostname, loadavg, release, tmpdir, totalmem, type } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateManifest, generatePolicy } from "./generate.mjs";
import { fmtMs, fmtSize, median, p95, summarize, timeProcess } from "./measure.mjs";
import { renderMarkdown, save, deltas, loadHistory } from "./report.mjs";
import { benchHistory } from "./git-history.mjs";

const quick = process.argv.includes("--quick");
// --nice: on a shared machine, measure at raised priority (as root) and say so in the results
if (process.argv.includes("--nice") && !process.env.PW_BENCH_NICE) {
  const x = spawnSync("nice", ["-n", "-15", process.execPath, ...process.argv.slice(1)], { stdio: "inherit", env: { ...process.env, PW_BENCH_NICE: "-15" } });
  process.exit(x.status ?? 1);
}
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BENCH = join(ROOT, "bench");
const started = performance.now();
const log = (s) => console.log(s);
const KB = 1024, MB = 1048576;
const PLAN = quick
  ? { sizes: [["10 KB", 10 * KB, 2, 1]], cells: [[10 * KB, 100, true]], coreRuns: { [10 * KB]: [5, 10] }, lsp: { "10 KB": 5 }, many: 2, manyBytes: 10 * KB, peerTimeout: 30_000 }
  : {
      // [label, bytes, runs of ours, runs of markdownlint-cli2]
      sizes: [["10 KB", 10 * KB, 7, 5], ["100 KB", 100 * KB, 7, 5], ["1 MB", MB, 5, 3], ["5 MB", 5 * MB, 3, 1]],
      // [policy bytes, processors, also run markdownlint-cli2 on it]
      cells: [[10 * KB, 100, true], [100 * KB, 100, true], [MB, 100, false], [5 * MB, 100, true], [10 * KB, 1000, false], [100 * KB, 1000, false], [MB, 1000, true], [5 * MB, 1000, false], [MB, 10, false]],
      coreRuns: { [10 * KB]: [15, 30], [100 * KB]: [8, 15], [MB]: [3, 9], [5 * MB]: [2, 5] },
      lsp: { "10 KB": 30, "100 KB": 30, "1 MB": 12 },
      many: 50,
      manyBytes: 100 * KB,
      peerTimeout: 45_000,
    };
const label = (bytes) => PLAN.sizes.find((s) => s[1] === bytes)?.[0] ?? fmtSize(bytes);

// 1. the build measured: production (minified), as packaged, in a folder of its own
// (--quick measures dist/ as it is, building it only when it is missing)
const work = join(tmpdir(), `policywright-bench-${process.pid}`);
const out = quick && existsSync(join(ROOT, "dist", "cli.js")) ? join(ROOT, "dist") : join(work, "dist");
mkdirSync(work, { recursive: true });
const built = out === join(ROOT, "dist") ? { status: 0 } : spawnSync(process.execPath, ["esbuild.mjs", ...(quick ? [] : ["--production"]), `--outdir=${out}`], { cwd: ROOT, stdio: "inherit" });
if (built.status !== 0) throw new Error("the build failed");
const cli = join(out, "cli.js");
// the bare-parse baseline, bundled the same way (bench/bare-parse.mjs)
const bare = join(work, "bare.js");
const bareBuilt = spawnSync(process.execPath, ["-e", `require("esbuild").buildSync({ entryPoints: ["bench/bare-parse.mjs"], outfile: ${JSON.stringify(bare)}, bundle: true, platform: "node", format: "cjs", target: "node20", minify: true, logLevel: "warning" })`], { cwd: ROOT, stdio: "inherit" });
if (bareBuilt.status !== 0) throw new Error("the bare-parse baseline did not build");
const peer = join(ROOT, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");

const r = {
  date: new Date().toISOString().replace(/\.\d+Z$/, "Z"), quick,
  machine: { host: hostname(), cpu: cpus()[0]?.model ?? "?", cores: cpus().length, memGB: Math.round(totalmem() / 2 ** 30), node: process.version, os: `${type()} ${release()}`, loadStart: loadavg().map((x) => +x.toFixed(2)) },
  // the command is a small loader (dist/cli.js) and its main bundle (dist/cli-main.js): both counted
  build: { what: quick ? "dist/ as built" : "node esbuild.mjs --production", cliBytes: statSync(cli).size + (existsSync(join(out, "cli-main.js")) ? statSync(join(out, "cli-main.js")).size : 0) },
  priority: process.env.PW_BENCH_NICE ? `nice ${process.env.PW_BENCH_NICE}` : "normal",
  cli: [], core: [], manifests: [], notes: [],
};
log(`policywright benchmark${quick ? " (quick)" : ""} on ${r.machine.host}, ${r.machine.cores} cores, load ${r.machine.loadStart.join(" ")}`);

// 2. inputs: every policy names its manifest's processors; the manifests share their first entries
const full = generateManifest(1000, 1);
const manifests = new Map();
for (const n of [10, 100, 1000]) {
  const m = n === 1000 ? full : generateManifest(n, 1);
  const path = join(work, `processors-${n}.yaml`);
  writeFileSync(path, m.text);
  manifests.set(n, { ...m, path });
  r.manifests.push({ processors: n, bytes: m.text.length });
}
const policyPath = (bytes, n) => join(work, `privacy-${bytes}-${n}.md`);
for (const [bytes, n] of PLAN.cells) writeFileSync(policyPath(bytes, n), generatePolicy(bytes, manifests.get(n)));
for (const s of PLAN.sizes) if (!PLAN.cells.some(([b, n]) => b === s[1] && n === 1000)) writeFileSync(policyPath(s[1], 1000), generatePolicy(s[1], full));

// 3. whole process, ours and the peer's interleaved so that load changes hit both alike
let broken = false;
for (const [bytes, n, withPeer] of PLAN.cells) {
  const [, , runs, peerRuns] = PLAN.sizes.find((s) => s[1] === bytes);
  const file = policyPath(bytes, n);
  const ours = [], theirs = [], base = [];
  const usePeer = withPeer && existsSync(peer);
  // the bare parse of the same two files, interleaved with ours, where the target compares them
  const useBare = quick || (bytes === MB && n === 1000);
  for (let i = 0; i <= Math.max(runs, usePeer ? peerRuns : 0); i++) {
    if (i <= runs) {
      const x = timeProcess(cli, ["check", file, "--manifest", manifests.get(n).path, "--format", "json"], { cwd: work });
      if (x.status !== 0 && x.status !== 1) (broken = true), log(`  check failed (${x.status}): ${x.stderr}`);
      if (i > 0) ours.push(x);
      if (useBare) {
        const b = timeProcess(bare, [file, manifests.get(n).path], { cwd: work });
        if (b.status !== 0) (broken = true), log(`  bare parse failed (${b.status}): ${b.stderr}`);
        if (i > 0) base.push(b);
      }
    }
    // markdownlint at 5 MB takes most of a minute: one run, and no warm-up, is all the budget allows
    if (usePeer && i < peerRuns + (peerRuns > 1 ? 1 : 0)) {
      const y = timeProcess(peer, [file], { cwd: work, timeoutMs: PLAN.peerTimeout });
      if (peerRuns === 1 || i > 0) theirs.push(y);
    }
  }
  const c = { policy: label(bytes), bytes, processors: n, ...summarize(ours), peer: theirs.length ? summarize(theirs) : undefined, bare: base.length ? summarize(base) : undefined };
  r.cli.push(c);
  log(`  check ${c.policy} / ${n} processors: ${fmtMs(c.wallMs)} (${Math.round(c.rssMB)} MB)${c.bare ? `, bare parse ${fmtMs(c.bare.wallMs)}` : ""}${c.peer ? `, markdownlint-cli2 ${c.peer.timedOut ? ">" : ""}${fmtMs(c.peer.wallMs)}` : ""}`);
}

// 4. the core alone, warm, one process per size
const coreTime = (spec) => {
  const x = spawnSync(process.execPath, [join(BENCH, "core-time.mjs"), JSON.stringify({ core: join(out, "core.js"), ...spec })], { encoding: "utf8", maxBuffer: 16 * MB });
  if (x.status !== 0) throw new Error(`core-time failed: ${x.stderr}`);
  return JSON.parse(x.stdout);
};
let before;
for (const [name, bytes] of PLAN.sizes) {
  const [warmup, runs] = PLAN.coreRuns[bytes];
  const t = coreTime({ policy: policyPath(bytes, 1000), manifest: manifests.get(1000).path, warmup, runs });
  const totals = t.parseMs.map((p, i) => p + t.analyzeMs[i]);
  const c = { policy: name, bytes, processors: 1000, runs, parseMs: median(t.parseMs), analyzeMs: median(t.analyzeMs), totalMs: median(totals) };
  if (before) c.growth = `${(c.totalMs / before.totalMs).toFixed(1)}× time for ${(bytes / before.bytes).toFixed(0)}× text`;
  r.core.push(c);
  before = c;
  log(`  core ${name}: ${fmtMs(c.totalMs)} (parse ${fmtMs(c.parseMs)})`);
  if (bytes === 100 * KB || quick) {
    for (const [n, m] of manifests) if (!quick || n === 100) r.manifests.find((x) => x.processors === n).parseMs = median(coreTime({ policy: policyPath(bytes, 1000), manifest: m.path, warmup: 3, runs: 1 }).manifestMs);
  }
}

// 5. the language server (the server engineers' bench/lsp-latency.mjs)
const serverJs = join(out, "server.js");
r.lsp = { reason: "dist/server.js is not built" };
if (existsSync(serverJs)) {
  try {
    const { measureLsp } = await import("./lsp-latency.mjs");
    const m = manifests.get(100);
    const sizes = Object.fromEntries(Object.keys(PLAN.lsp).map((l) => [l, generatePolicy(PLAN.sizes.find((s) => s[0] === l)?.[1] ?? 100 * KB, m)]));
    const many = Array.from({ length: PLAN.many }, (_, i) => generatePolicy(PLAN.manyBytes, m, i + 2));
    const x = await measureLsp({ serverJs, dir: join(work, "lsp"), manifestText: m.text, policies: sizes, many, editsPerSize: PLAN.lsp, settleMs: quick ? 200 : 1500, log });
    r.lsp = { keystroke: Object.fromEntries(Object.entries(x.keystroke).map(([k, v]) => [k, { n: v.length, median: median(v), p95: p95(v) }])), manifestChange: x.manifestChange, rssMB: x.rss?.bytes / MB, rssDocuments: x.rss?.documents, manyBytes: PLAN.manyBytes };
  } catch (e) {
    r.lsp = { reason: `the measurement failed: ${(e.message ?? e).split("\n")[0]}` };
    broken = true;
  }
}

// 6. the preview: the preview engineers' bench/preview.mjs, else the core's model and renderer directly
r.preview = { reason: "no bench/preview.mjs and no preview in the core" };
const sample100 = policyPath(quick ? 10 * KB : 100 * KB, 100);
if (existsSync(join(BENCH, "preview.mjs"))) {
  try {
    const mod = await import("./preview.mjs");
    const fn = mod.benchPreview ?? mod.default ?? Object.values(mod).find((f) => typeof f === "function");
    const x = await fn({ bytes: quick ? 10 * KB : 100 * KB, runs: quick ? 3 : 30 });
    // their numbers are { median, p95, ... } per step, in ms
    const pick = (k) => (typeof x[k] === "object" ? `${fmtMs(x[k].median)} (p95 ${fmtMs(x[k].p95)})` : x[k]);
    r.preview = { available: true, source: `bench/preview.mjs, ${fmtSize(x.bytes ?? 100 * KB)} policy, ${x.runs ?? "?"} refreshes`, numbers: { model: pick("model"), render: pick("render"), "model + render": pick("preview") } };
  } catch (e) {
    r.preview = { reason: `bench/preview.mjs failed: ${(e.message ?? e).split("\n")[0]}` };
  }
} else {
  const t = coreTime({ policy: sample100, manifest: manifests.get(100).path, warmup: 5, runs: quick ? 3 : 15, preview: true });
  if (!t.previewUnavailable) r.preview = { available: true, source: "core buildPreviewModel + renderPolicyBody (no bench/preview.mjs yet)", numbers: { model: median(t.previewModelMs), render: median(t.previewRenderMs) } };
}

// 6b. `policywright changes` over a long manifest history, built with git fast-import (bench/git-history.mjs)
try {
  const x = benchHistory({ cli, commits: quick ? 200 : 5000, runs: quick ? 1 : 3 });
  r.history = { commits: x.commits, entries: x.entries, runs: x.runs, medianMs: x.medianMs, cpuMs: x.cpuMs, rssMB: x.rssMB };
  log(`changes over ${x.commits} commits: ${fmtMs(x.medianMs)}`);
} catch (e) {
  r.history = { reason: (e.message ?? String(e)).split("\n")[0] };
}

// 7. targets, and the record
r.machine.loadEnd = loadavg().map((x) => +x.toFixed(2));
r.durationS = (performance.now() - started) / 1000;
const target = (name, goal, actual, met) => ({ name, goal, actual, met });
const big = r.cli.find((c) => c.bytes === MB && c.processors === 1000);
const grow = (a, b) => { const x = r.core.find((c) => c.bytes === a), y = r.core.find((c) => c.bytes === b); return x && y ? y.totalMs / x.totalMs : NaN; };
const ks = (l) => r.lsp.keystroke?.[l]?.p95;
r.targets = quick ? [] : [
  target("check 1 MB / 1,000 processors vs markdownlint-cli2", "≤ 0.10 of its time", big?.peer ? (big.wallMs / big.peer.wallMs).toFixed(3) : "–", big?.peer ? big.wallMs <= 0.1 * big.peer.wallMs : undefined),
  target("check 1 MB / 1,000 processors, whole process", "< 500 ms", fmtMs(big?.wallMs), big ? big.wallMs < 500 : undefined),
  target("check 1 MB / 1,000 processors vs a bare markdown-it + yaml parse of the same files (wall)", "≤ 1.0×", big?.bare ? `${(big.wallMs / big.bare.wallMs).toFixed(2)}× (${fmtMs(big.wallMs)} vs ${fmtMs(big.bare.wallMs)}; CPU ${(big.cpuMs / big.bare.cpuMs).toFixed(2)}×)` : "–", big?.bare ? big.wallMs <= big.bare.wallMs : undefined),
  target("keystroke to diagnostics, 100 KB, p95", "< 20 ms", fmtMs(ks("100 KB")), ks("100 KB") === undefined ? undefined : ks("100 KB") < 20),
  target("keystroke to diagnostics, 1 MB, p95", "< 150 ms", fmtMs(ks("1 MB")), ks("1 MB") === undefined ? undefined : ks("1 MB") < 150),
  target("core growth 100 KB → 1 MB (10× text)", "≤ 12× time", `${grow(100 * KB, MB).toFixed(1)}×`, grow(100 * KB, MB) <= 12),
  target("core growth 1 MB → 5 MB (5× text)", "≤ 6× time", `${grow(MB, 5 * MB).toFixed(1)}×`, grow(MB, 5 * MB) <= 6),
  target("server RSS, 50 open 100 KB policies", "< 150 MB", r.lsp.rssMB ? `${Math.round(r.lsp.rssMB)} MB` : "–", r.lsp.rssMB ? r.lsp.rssMB < 150 : undefined),
  target("benchmark duration", "< 5 min", `${Math.round(r.durationS)} s`, r.durationS < 300),
];
if (quick) {
  log("\n" + renderMarkdown(r, deltas(loadHistory(join(BENCH, "history.json")), r)));
} else {
  const d = save(r, { resultsPath: join(BENCH, "results.md"), previousPath: join(BENCH, "results.previous.md"), historyPath: join(BENCH, "history.json"), notesPath: join(BENCH, "notes.md") });
  log("\nchanges since the previous run:");
  for (const [k, v] of Object.entries(d)) log(`  ${k}: ${v >= 0 ? "+" : ""}${v.toFixed(1)}%`);
  for (const t of r.targets) log(`${t.met === false ? "MISSED" : t.met ? "met   " : "n/a   "} ${t.name}: ${t.actual} (goal ${t.goal})`);
  log("wrote bench/results.md");
}
rmSync(work, { recursive: true, force: true });
if (broken) process.exitCode = 1;
