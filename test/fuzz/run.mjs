// Runs a group of fuzz properties as node:test tests with bounded runs. The seed is fixed so
// that `npm test` is repeatable; PW_FUZZ_SEED=<n> explores other inputs.
import { test } from "node:test";
import fc from "fast-check";

export const SEED = Number(process.env.PW_FUZZ_SEED ?? 9_172_025);

export function runGroup(properties) {
  for (const p of properties) {
    test(`${p.name} (${p.runs} runs)`, () => {
      try {
        fc.assert(p.property, { numRuns: p.runs, seed: SEED });
      } catch (e) {
        // fast-check keeps the property's own error as the cause: show what went wrong, not only the input
        throw new Error(`${e.message}\n\nWhat went wrong: ${e.cause?.message ?? e.cause ?? "see above"}`);
      }
    });
  }
}
