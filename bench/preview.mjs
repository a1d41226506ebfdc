// Preview refresh time for a generated policy of about 100 KB: after each simulated keystroke,
// the time to build the preview model from the analysis and render everything the webview
// shows (the policy's blocks with marks, the summary, the notices and the three panels).
// The analysis itself (done by the language server anyway) is timed apart.
//   node bench/preview.mjs [--bytes 100000] [--runs 30]       (build first: node esbuild.mjs)
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { generateManifest, generatePolicy } from "./generate.mjs";

const core = createRequire(import.meta.url)("../dist/core.js");
const preview = createRequire(import.meta.url)("../dist/preview.js");

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2), min: +s[0].toFixed(2), max: +s[s.length - 1].toFixed(2) };
};

/**
 * Measures preview refreshes. Returns milliseconds per refresh for the model, the render,
 * both together (`preview`, the number that matters; `previewCpu` is the process's CPU time
 * for it, garbage-collector threads included), and the analysis before them. On a busy
 * machine run it as `chrt -f 20 node bench/preview.mjs` (root) to see the unloaded cost.
 */
export function benchPreview({ bytes = 100_000, processors = 40, runs = 30, warmup = 5, seed = 1 } = {}) {
  const m = generateManifest(processors, seed);
  const base = generatePolicy(bytes, m, seed);
  const manifest = core.parseManifest(m.text);
  const at = Math.floor(base.length / 2);
  const times = { analyze: [], model: [], render: [], preview: [], previewCpu: [] };
  let marks = 0;
  for (let i = 0; i < warmup + runs; i++) {
    // one keystroke in the middle of the document, as while typing
    const text = base.slice(0, at) + "abcdefghij"[i % 10] + base.slice(at);
    const t0 = performance.now();
    const analysis = core.analyze(text, manifest);
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const model = preview.buildPreviewModel(analysis);
    const t2 = performance.now();
    const update = preview.previewUpdate(model, "file:///bench/privacy.md");
    const t3 = performance.now();
    const c3 = process.cpuUsage(c1);
    if (i < warmup) continue;
    times.previewCpu.push((c3.user + c3.system) / 1000);
    times.analyze.push(t1 - t0);
    times.model.push(t2 - t1);
    times.render.push(t3 - t2);
    times.preview.push(t3 - t1);
    marks = (update.blocks.join("").match(/<mark /g) ?? []).length;
  }
  return { bytes: base.length, processors, runs, marks, analyze: stats(times.analyze), model: stats(times.model), render: stats(times.render), preview: stats(times.preview), previewCpu: stats(times.previewCpu) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const r = benchPreview({ bytes: arg("bytes", 100_000), runs: arg("runs", 30) });
  console.log(`preview of a ${(r.bytes / 1024).toFixed(0)} KB policy (${r.processors} processors, ${r.marks} marks), ${r.runs} refreshes:`);
  for (const k of ["model", "render", "preview", "previewCpu", "analyze"]) {
    const s = r[k];
    console.log(`  ${k.padEnd(10)} median ${String(s.median).padStart(7)} ms   p95 ${String(s.p95).padStart(7)} ms   min ${String(s.min).padStart(7)} ms`);
  }
  console.log(JSON.stringify(r));
}
