// Times the analysis core in one fresh process (spawned by bench/run.mjs for each size, so one
// size's heap never weighs on the next): parsing the policy, running every rule, and parsing
// the manifest, each repeated after warm-up runs. With "preview", times the preview model and
// its HTML rendering too (the fallback when bench/preview.mjs is not there).
// Usage: node bench/core-time.mjs '{"core":"dist/core.js","policy":"p.md","manifest":"m.yaml","runs":7,"warmup":2}'
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const spec = JSON.parse(process.argv[2]);
const core = createRequire(import.meta.url)(resolve(spec.core));
// the preview is bundled beside the core (dist/preview.js); older builds kept it inside
let preview = core;
try {
  preview = createRequire(import.meta.url)(resolve(spec.core, "../preview.js"));
} catch {}
// each run analyses the text from scratch, as `check` does: with the editor's reuse on, a run
// would look up what the run before read from the same texts (places, countries, lead names,
// and until session 6 every sentence: all of them at 100 KB, none at 5 MB, where they outnumber
// the memo), and the growth rows would measure the memo's size, not the analysis. Reuse from
// one keystroke to the next is what bench/lsp-latency.mjs measures.
core.setMemoEnabled?.(false);
const text = readFileSync(spec.policy, "utf8");
const manifestText = spec.manifest ? readFileSync(spec.manifest, "utf8") : undefined;
const now = new Date("2025-06-01T00:00:00Z");
const out = { parseMs: [], analyzeMs: [], manifestMs: [], findings: 0 };
const time = (f) => {
  const t0 = performance.now();
  const v = f();
  return [performance.now() - t0, v];
};

let manifest;
for (let i = 0; manifestText !== undefined && i < spec.warmup + 3; i++) {
  const [ms, m] = time(() => core.parseManifest(manifestText));
  manifest = m;
  if (i >= spec.warmup) out.manifestMs.push(ms);
}
let analysis;
for (let i = 0; i < spec.warmup + spec.runs; i++) {
  const [pms, doc] = time(() => core.parsePolicy(text));
  const [ams, a] = time(() => core.analyze(text, manifest, { now, maxLength: Infinity }, doc));
  analysis = a;
  if (i >= spec.warmup) {
    out.parseMs.push(pms);
    out.analyzeMs.push(ams);
  }
}
out.findings = analysis.findings.length;

if (spec.preview) {
  out.previewModelMs = [];
  out.previewRenderMs = [];
  if (typeof preview.buildPreviewModel === "function" && typeof preview.renderPolicyBody === "function") {
    for (let i = 0; i < spec.warmup + spec.runs; i++) {
      const [mms, model] = time(() => preview.buildPreviewModel(analysis));
      const [rms] = time(() => preview.renderPolicyBody(model));
      if (i >= spec.warmup) {
        out.previewModelMs.push(mms);
        out.previewRenderMs.push(rms);
      }
    }
  } else out.previewUnavailable = "the core has no buildPreviewModel/renderPolicyBody";
}
process.stdout.write(JSON.stringify(out));
