// Runs every test/**/*.test.mjs with Node's built-in runner (Node 20 has no glob support
// in `node --test`), except the end-to-end suites, which have their own commands.
// The tests get a temporary folder of their own (TMPDIR); a folder or file of ours (pw-*,
// policywright-*) still there after the run fails it, so no test leaves anything in /tmp.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
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
const tmp = mkdtempSync(join(tmpdir(), "policywright-test-run-"));
let status = 1;
try {
  const run = spawnSync(process.execPath, ["--test", "--test-concurrency=2", "--test-timeout=300000", "--test-reporter=spec", ...chosen], { stdio: "inherit", env: { ...process.env, TMPDIR: tmp } });
  status = run.status ?? 1;
  const left = readdirSync(tmp);
  const ours = left.filter((n) => /^(?:pw|policywright)-/.test(n));
  if (ours.length) {
    console.error(`\n✖ the tests left ${ours.length} temporary folder(s) behind: ${ours.join(", ")}`);
    status = status || 1;
  }
  if (left.length > ours.length) console.error(`note: other tools left ${left.filter((n) => !ours.includes(n)).join(", ")} in the tests' temporary folder`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);
