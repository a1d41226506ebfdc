// `policywright changes` over a long history: a repository whose manifest changed in every one of
// N commits (5,000 by default), written with one `git fast-import` process, then the whole
// command timed (`--format json`). The product reads the history in one pass with isomorphic-git
// and spawns no process; this script spawns git only to build the repository.
// Standalone: `node bench/git-history.mjs [--commits N] [--runs R]`; `bench/run.mjs` calls it too.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, timeProcess } from "./measure.mjs";

const COUNTRIES = ["US", "IE", "DE", "FR", "NL", "SE", "FI", "GB"];

/** A manifest of 20 processors; commit i changes one fact, adds or removes one processor. */
function manifestAt(i) {
  const lines = ["version: 1", "controller:", "  name: Bench Oy", "  email: privacy@bench.example", "disclosure:", "  notice_days: 30", "processors:"];
  const count = 20 + (i % 7);
  for (let p = 0; p < count; p++) {
    lines.push(`  - name: Service ${p}`, `    purpose: Purpose ${p}`, `    country: ${COUNTRIES[(p + Math.floor(i / (p + 1))) % COUNTRIES.length]}`, `    retention: ${30 + ((i + p) % 5)} days`);
  }
  return lines.join("\n") + "\n";
}

/** Builds the repository: one fast-import stream, N commits each touching processors.yaml. */
export function buildRepo(dir, commits) {
  const git = (args, input) => {
    const r = spawnSync("git", args, { cwd: dir, input, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1" } });
    if (r.status !== 0) throw new Error(`git ${args[0]}: ${r.stderr}`);
  };
  git(["init", "-q", "-b", "main"]);
  const parts = [];
  const start = Date.UTC(2020, 0, 1) / 1000;
  for (let i = 0; i < commits; i++) {
    const text = manifestAt(i);
    const msg = `change ${i}`;
    parts.push(`commit refs/heads/main\nmark :${i + 1}\ncommitter Bench <b@bench.example> ${start + i * 3600} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`);
    if (i > 0) parts.push(`from :${i}\n`);
    parts.push(`M 100644 inline processors.yaml\ndata ${Buffer.byteLength(text)}\n${text}\n`);
  }
  git(["fast-import", "--quiet"], parts.join(""));
  git(["checkout", "-q", "main"]);
}

/** Times `policywright changes --format json` over a fresh N-commit repository. */
export function benchHistory({ cli, commits = 5000, runs = 3 }) {
  const dir = mkdtempSync(join(tmpdir(), "pw-bench-git-"));
  try {
    const t0 = performance.now();
    buildRepo(dir, commits);
    const buildMs = performance.now() - t0;
    const times = [];
    const rss = [];
    const cpu = [];
    let entries = 0;
    for (let i = 0; i < runs; i++) {
      const t = timeProcess(cli, ["changes", "--format", "json", "--out", join(dir, "changes.json")], { cwd: dir, timeoutMs: 1_800_000 });
      if (t.status !== 0) throw new Error(`changes failed: ${t.stderr}`);
      times.push(t.wallMs);
      rss.push(t.rssMB);
      cpu.push(t.cpuMs);
    }
    entries = JSON.parse(readFileSync(join(dir, "changes.json"), "utf8")).entries.length;
    return { commits, entries, runs, medianMs: median(times), times, cpuMs: median(cpu), rssMB: median(rss), buildMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, d) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : d; };
  const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
  const x = benchHistory({ cli, commits: arg("--commits", 5000), runs: arg("--runs", 3) });
  console.log(`changes over ${x.commits} commits (${x.entries} with changes): median ${x.medianMs.toFixed(0)} ms of ${x.runs} runs [${x.times.map((t) => t.toFixed(0)).join(", ")}], CPU ${x.cpuMs.toFixed(0)} ms, peak memory ${x.rssMB.toFixed(0)} MB; repository built in ${x.buildMs.toFixed(0)} ms`);
}
