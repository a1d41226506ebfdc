import fc from "fast-check";
import { FIXES } from "./properties.mjs";
const seed = Number(process.argv[2]); const which = Number(process.argv[3] ?? 1);
const p = FIXES[which];
const r = fc.check(p.property, { numRuns: p.runs, seed });
if (!r.failed) { console.log("passed"); process.exit(0); }
console.log(JSON.stringify(r.counterexample, null, 1).slice(0, 6000));
console.log(r.errorInstance?.message);
