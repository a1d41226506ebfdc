// The preview of a 100 KB policy refreshes well within a frame budget after a keystroke.
// (bench/preview.mjs prints the full numbers; this keeps a regression from slipping in.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpus, loadavg } from "node:os";
import { createRequire } from "node:module";
import { benchPreview } from "../../bench/preview.mjs";
import { generateManifest, generatePolicy } from "../../bench/generate.mjs";

const core = createRequire(import.meta.url)("../../dist/core.js");
const preview = createRequire(import.meta.url)("../../dist/preview.js");

/** The best time of n runs of f, in ms. */
function best(n, f) {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

test("model and render of a 100 KB policy: under 100 ms per refresh", () => {
  const r = benchPreview({ bytes: 100_000, runs: 12, warmup: 4 });
  assert.ok(r.bytes > 95_000 && r.marks > 100, `a realistic load (${r.bytes} bytes, ${r.marks} marks)`);
  // against plain Markdown rendering of the same text, measured in the same conditions: a
  // ratio holds on a busy machine, where absolute times do not
  const text = generatePolicy(100_000, generateManifest(40, 1), 1);
  const plain = best(8, () => preview.renderPublishedBody(text));
  assert.ok(r.preview.min < 4 * plain + 20, `preview ${r.preview.min} ms against plain rendering ${plain.toFixed(1)} ms`);
  const busy = loadavg()[0] / cpus().length;
  if (busy < 1.5) assert.ok(r.preview.min < 100, `best refresh ${r.preview.min} ms`);
  console.log(`preview refresh of ${r.bytes} bytes: best ${r.preview.min} ms, median ${r.preview.median} ms (model ${r.model.median}, render ${r.render.median}; plain Markdown ${plain.toFixed(1)}; load ${busy.toFixed(1)} per CPU)`);
});
