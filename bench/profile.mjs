// Profiles one `policywright check` with node --cpu-prof and prints where the main thread's
// time went: self time and inclusive time by function, from the profile's samples.
//   node bench/profile.mjs [--size 1024] [--processors 1000] [--top 30] [--keep]
// Sizes in KB. Uses dist/cli.js as built by `node esbuild.mjs` (readable names); --keep leaves
// the .cpuprofile (gitignored) in the temporary folder for a viewer such as Chrome DevTools.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateManifest, generatePolicy } from "./generate.mjs";
import { printSummary, summarize } from "./cpuprofile.mjs";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const kb = arg("size", 1024), n = arg("processors", 1000), top = arg("top", 30);
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "policywright-profile-"));
const m = generateManifest(n, 1);
writeFileSync(join(dir, "processors.yaml"), m.text);
writeFileSync(join(dir, "privacy.md"), generatePolicy(kb * 1024, m));
const interval = 250; // µs between samples
const run = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, `--cpu-prof-interval=${interval}`, cli, "check", "privacy.md", "--manifest", "processors.yaml", "--format", "json"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
if (run.status !== 0 && run.status !== 1) throw new Error(`check exited with ${run.status}`);
const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
const p = JSON.parse(readFileSync(join(dir, file), "utf8"));

printSummary(summarize(p, { interval }), { top, title: `check of a ${kb} KB policy with ${n} processors: ` });
if (process.argv.includes("--keep")) console.log(`\nprofile: ${join(dir, file)}`);
else rmSync(dir, { recursive: true, force: true });
