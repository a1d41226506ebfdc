// The TypeScript sources type-check under the project's strict tsconfig. A type error is a
// defect a user meets sooner or later (a wrong field read, an unhandled case), so it fails
// `npm test` rather than waiting for someone to run `npm run typecheck`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

test("tsc --noEmit reports no error", () => {
  const tsc = require.resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", ".", "--noEmit"], { encoding: "utf8" });
  assert.equal(run.status, 0, `tsc found errors:\n${run.stdout}${run.stderr}`);
});
