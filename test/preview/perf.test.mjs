// The preview of a 100 KB policy refreshes well within a frame budget after a keystroke.
// (bench/preview.mjs prints the full numbers; this keeps a regression from slipping in.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { benchPreview } from "../../bench/preview.mjs";

test("model and render of a 100 KB policy: under 100 ms per refresh", () => {
  const r = benchPreview({ bytes: 100_000, runs: 12, warmup: 4 });
  assert.ok(r.bytes > 95_000 && r.marks > 100, `a realistic load (${r.bytes} bytes, ${r.marks} marks)`);
  // CPU time, and the best wall time, show the cost without the noise of a busy machine
  assert.ok(r.previewCpu.median < 100, `median CPU time per refresh ${r.previewCpu.median} ms`);
  assert.ok(r.preview.min < 100, `best refresh ${r.preview.min} ms`);
  console.log(`preview refresh of ${r.bytes} bytes: median ${r.preview.median} ms wall, ${r.previewCpu.median} ms CPU, best ${r.preview.min} ms (model ${r.model.median}, render ${r.render.median}; analysis ${r.analyze.median})`);
});
