// Runs every test/**/*.test.mjs with Node's built-in runner (Node 20 has no glob support
// in `node --test`), except the end-to-end suites, which have their own commands.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const skip = new Set(["e2e", "electron", "fixtures", "node_modules"]);
function collect(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return skip.has(e.name) ? [] : collect(p);
    return e.name.endsWith(".test.mjs") ? [p] : [];
  });
}
const files = collect("test").sort();
const filter = process.argv.slice(2);
const chosen = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
const run = spawnSync(process.execPath, ["--test", "--test-concurrency=2", "--test-timeout=300000", "--test-reporter=spec", ...chosen], { stdio: "inherit" });
process.exit(run.status ?? 1);
