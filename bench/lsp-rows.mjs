// The language-server rows of `npm run bench` alone: one-character edits to diagnostics at 10 KB,
// 100 KB and 1 MB (the same generated policies, edits and measureLsp as bench/run.mjs), printed
// as median and p95 per size, with the server's CPU time per edit. For comparing builds
// interleaved on a shared machine without the rest of the bench:
//   node bench/lsp-rows.mjs [--server path/to/server.js] [--sizes "100 KB,1 MB"] [--runs 1]
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateManifest, generatePolicy } from "./generate.mjs";
import { measureLsp } from "./lsp-latency.mjs";
import { median, p95 } from "./measure.mjs";

const opt = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const serverJs = resolve(opt("server", fileURLToPath(new URL("../dist/server.js", import.meta.url))));
const SIZES = { "10 KB": [10 * 1024, 30], "100 KB": [100 * 1024, 30], "1 MB": [1024 * 1024, 12] };
const wanted = opt("sizes", Object.keys(SIZES).join(",")).split(",").map((s) => s.trim());
const m = generateManifest(100, 1);
for (let run = 0; run < Number(opt("runs", 1)); run++) {
  const dir = mkdtempSync(join(tmpdir(), "policywright-lsp-rows-"));
  try {
    const load = loadavg()[0].toFixed(1);
    const policies = Object.fromEntries(wanted.map((l) => [l, generatePolicy(SIZES[l][0], m)]));
    const x = await measureLsp({ serverJs, dir, manifestText: m.text, policies, editsPerSize: Object.fromEntries(wanted.map((l) => [l, SIZES[l][1]])) });
    console.log(`load ${load}: ` + wanted.map((l) => `${l} median ${median(x.keystroke[l]).toFixed(1)} p95 ${p95(x.keystroke[l]).toFixed(1)} ms`).join("; "));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
