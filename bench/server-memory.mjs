// What the language server keeps per open policy: opens the benchmark's 50 generated 100 KB
// policies (the same texts as `npm run bench`'s memory row) in a fresh `node server.js --stdio`,
// waits as the bench does, and prints the resident memory (as the bench reads it) and, after a
// full garbage collection, the V8 heap. With --snapshot it also writes a heap snapshot
// (node --heapsnapshot-signal) and prints the largest retained groups by constructor.
//   node bench/server-memory.mjs [--documents 50] [--size 100] [--settle 1500] [--server path/to/server.js]
//                                [--snapshot] [--keep] [--bench]
// --bench measures exactly as `npm run bench` does (its measureLsp): resident memory, then the
// time to re-check every open policy after a manifest change.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateManifest, generatePolicy } from "./generate.mjs";
import { rssOf, startServer } from "./lsp-latency.mjs";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const count = arg("documents", 50), kb = arg("size", 100), settle = arg("settle", 1500);
const serverAt = process.argv.indexOf("--server");
const serverJs = serverAt > 0 ? resolve(process.argv[serverAt + 1]) : fileURLToPath(new URL("../dist/server.js", import.meta.url));
const snapshot = process.argv.includes("--snapshot");
const dir = mkdtempSync(join(tmpdir(), "policywright-memory-"));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const MB = 1048576;

const m = generateManifest(100, 1);
writeFileSync(join(dir, "processors.yaml"), m.text);
const texts = Array.from({ length: count }, (_, i) => generatePolicy(kb * 1024, m, i + 2));

if (process.argv.includes("--bench")) {
  // exactly the bench's row: bench/lsp-latency.mjs's measureLsp with the many policies only (memory, then a manifest change)
  const { measureLsp } = await import("./lsp-latency.mjs");
  const load = loadavg()[0].toFixed(1);
  const x = await measureLsp({ serverJs, dir: join(dir, "lsp"), manifestText: m.text, policies: {}, many: texts, settleMs: settle });
  console.log(`bench row, load ${load}: resident ${(x.rss.bytes / MB).toFixed(1)} MB with ${x.rss.documents} open; manifest change re-checked them in ${x.manifestChange.ms.toFixed(0)} ms (server CPU ${x.manifestChange.cpuMs} ms)`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.env.PW_BENCH_SERVER_FLAGS = [process.env.PW_BENCH_SERVER_FLAGS ?? "", snapshot ? "--heapsnapshot-signal=SIGUSR2" : ""].join(" ");
const load = loadavg()[0].toFixed(1);
const s = await startServer(serverJs, dir);
let file;
try {
  const empty = rssOf(s.proc.pid);
  for (const t of texts) await s.open(t);
  await sleep(settle);
  const rss = rssOf(s.proc.pid);
  console.log(`${count} × ${kb} KB open, load ${load}: resident ${(rss / MB).toFixed(1)} MB (bench figure; ${(empty / MB).toFixed(1)} MB before the first open)`);
  if (snapshot) {
    process.kill(s.proc.pid, "SIGUSR2");
    for (let i = 0; i < 600 && !file; i++) {
      await sleep(100);
      const f = readdirSync(dir).find((x) => x.endsWith(".heapsnapshot"));
      if (f) file = join(dir, f);
    }
    // the server writes the snapshot on its main thread: it answers a request only when done
    await s.conn.sendRequest("policywright/noSuchRequest").catch(() => {});
    console.log(`resident after the snapshot's GC: ${(rssOf(s.proc.pid) / MB).toFixed(1)} MB`);
  }
} finally {
  await s.stop();
  // a server writing its snapshot exits only when the snapshot is complete
  if (s.proc.exitCode === null && s.proc.signalCode === null) await new Promise((r) => s.proc.once("exit", r));
}
if (file) {
  const { summarizeSnapshot } = await import("./heap-summary.mjs");
  summarizeSnapshot(JSON.parse(readFileSync(file, "utf8")));
  if (process.argv.includes("--keep")) console.log(`\nsnapshot: ${file}`);
}
if (!process.argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
