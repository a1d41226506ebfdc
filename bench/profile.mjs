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

// samples counted per node, so that a busy machine's pauses between samples do not count as work
const hits = new Map();
for (const id of p.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const byId = new Map(p.nodes.map((x) => [x.id, x]));
const parent = new Map();
for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const label = (x) => `${x.callFrame.functionName || "(anonymous)"} ${x.callFrame.url.split("/").pop()}:${x.callFrame.lineNumber + 1}`;
const self = new Map();
const total = new Map();
for (const [id, h] of hits) {
  self.set(label(byId.get(id)), (self.get(label(byId.get(id))) ?? 0) + h);
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const k = label(byId.get(x));
    if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + h);
    seen.add(k);
  }
}
const ms = (h) => ((h * interval) / 1000).toFixed(1).padStart(8);
const all = p.samples.length;
console.log(`check of a ${kb} KB policy with ${n} processors: ${ms(all).trim()} ms of main-thread samples\n\nself time`);
for (const [k, h] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(h)} ms  ${k}`);
console.log("\ninclusive time");
for (const [k, h] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(h)} ms  ${k}`);
if (process.argv.includes("--keep")) console.log(`\nprofile: ${join(dir, file)}`);
else rmSync(dir, { recursive: true, force: true });
