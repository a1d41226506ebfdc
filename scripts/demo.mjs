// Checks the bundled example policy and explains the exit status: the example has
// deliberate problems, so exit 1 (errors found) is the expected outcome here.
import { spawnSync } from "node:child_process";

const policy = "examples/acme/privacy-policy.md";
console.log(`$ policywright check ${policy}\n`);
const run = spawnSync(process.execPath, ["dist/cli.js", "check", policy], { stdio: "inherit" });
if (run.status === 2) process.exit(2);
console.log(`\nExit status ${run.status}: ${run.status === 1 ? "errors found, as the example intends" : "clean"}.`);
console.log("Try: node dist/cli.js check examples/acme/privacy-policy.md --format json | --format sarif | --fix");
