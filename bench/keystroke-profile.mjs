// Where a keystroke's time goes in the language server: opens one generated policy in
// `node dist/server.js --stdio`, makes one-character edits at an editor's pace as
// bench/lsp-latency.mjs does (typing words and deleting letters, never the same text twice), and prints the server's CPU time per edit (user + system, all
// threads, from /proc; robust on a shared machine, unlike wall time) and the wall latency;
// then does the same in a server run with --cpu-prof and prints the main thread's profile of
// the edits alone (the open is left out). The profiler's own cost stays out of the CPU figure.
//   node bench/keystroke-profile.mjs [--size 100] [--processors 100] [--edits 60] [--top 25] [--keep]
//                                    [--no-profile] [--server path/to/server.js]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateManifest, generatePolicy } from "./generate.mjs";
import { cpuOf, startServer, typist } from "./lsp-latency.mjs";
import { printSummary, summarize } from "./cpuprofile.mjs";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const kb = arg("size", 100), n = arg("processors", 100), edits = arg("edits", 60), top = arg("top", 25);
const serverAt = process.argv.indexOf("--server");
const serverJs = serverAt > 0 ? resolve(process.argv[serverAt + 1]) : fileURLToPath(new URL("../dist/server.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "policywright-keystroke-"));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const m = generateManifest(n, 1);
writeFileSync(join(dir, "processors.yaml"), m.text);
const text = generatePolicy(kb * 1024, m);

/** One server: open the policy, then the edits; CPU per edit and wall times, and when the edits began. */
async function session(flags) {
  process.env.PW_BENCH_SERVER_FLAGS = flags;
  const s = await startServer(serverJs, dir);
  const times = [];
  let cpu, from;
  try {
    const uri = await s.open(text);
    await sleep(500);
    const cpu0 = cpuOf(s.proc.pid);
    from = Number(process.hrtime.bigint() / 1000n);
    const typing = typist(text);
    for (let i = 0, version = 1; i < edits; i++) {
      version++;
      const change = typing.next();
      const done = s.next((p) => p.uri === uri && p.version === version);
      const t0 = performance.now();
      s.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [change] });
      times.push((await done) - t0);
      await sleep(80);
    }
    cpu = cpuOf(s.proc.pid) - cpu0;
  } finally {
    await s.stop();
    // a profiling server writes its profile as it exits: wait, so the folder is removed after it
    if (s.proc.exitCode === null && s.proc.signalCode === null) await new Promise((r) => s.proc.once("exit", r));
  }
  return { cpu, times, from };
}

const load = loadavg()[0].toFixed(1);
const { cpu, times } = await session("");
const sorted = [...times].sort((a, b) => a - b);
const q = (f) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))].toFixed(1);
console.log(`${kb} KB policy, ${n} processors, ${edits} edits, load ${load} -> ${loadavg()[0].toFixed(1)}`);
console.log(`server CPU per edit: ${(cpu / edits).toFixed(1)} ms (all threads); wall latency median ${q(0.5)} ms, p95 ${q(0.95)} ms\n`);
if (process.argv.includes("--no-profile")) {
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
const { from } = await session(`--cpu-prof --cpu-prof-dir=${dir} --cpu-prof-interval=100`);
const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
if (file) printSummary(summarize(JSON.parse(readFileSync(join(dir, file), "utf8")), { from }), { top, per: edits });
else console.log("no profile was written (the server did not exit in time)");
if (process.argv.includes("--keep") && file) console.log(`\nprofile: ${join(dir, file)}`);
else rmSync(dir, { recursive: true, force: true });
