// Benchmark entry for `check --changed [REF]` (`node bench/changed.mjs [--files N] [--runs N]`):
// a repository of N files (default 20,000 in 400 folders) with 20 policies and their manifests,
// on a branch that changed one policy. Compares how the changed files are found: with the git
// library (isomorphic-git, dist/history.js, asked only about the policies and what they use, as
// `--changed` does; and a status of the whole tree), against the `git` program (`git diff
// --name-only` + `git ls-files --others`, what --changed spawned before). Also the whole
// `policywright check --changed main` process. Writes bench/changed-results.md.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fmtMs, median, summarize, timeProcess } from "./measure.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const arg = (name, d) => Number(process.argv[process.argv.indexOf(name) + 1]) || d;
const FILES = arg("--files", 20000);
const runs = arg("--runs", 5);
const FOLDERS = 400;
const POLICIES = 20;
const MANIFEST = "version: 1\ncontroller:\n  name: Pikkulintu Oy\n  email: privacy@pikkulintu.example\nprocessors:\n  - name: Stripe\n    purpose: Payments\n";

const dir = join(tmpdir(), `policywright-bench-changed-${process.pid}`);
const git = (...a) => {
  const r = spawnSync("git", ["-c", "user.name=B", "-c", "user.email=b@example.com", "-c", "commit.gpgsign=false", ...a], { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git ${a.join(" ")}: ${r.stderr}`);
  return r.stdout;
};
try {
  rmSync(dir, { recursive: true, force: true });
  for (let f = 0; f < FOLDERS; f++) {
    mkdirSync(join(dir, `src/m${f}`), { recursive: true });
    for (let i = 0; i < FILES / FOLDERS; i++) writeFileSync(join(dir, `src/m${f}/file${i}.ts`), `export const v${i} = ${f * 1000 + i};\n`);
  }
  for (let p = 0; p < POLICIES; p++) {
    mkdirSync(join(dir, `sites/s${p}`), { recursive: true });
    writeFileSync(join(dir, `sites/s${p}/processors.yaml`), MANIFEST);
    writeFileSync(join(dir, `sites/s${p}/privacy.md`), `# Privacy ${p}\n\nStripe takes payments.\n`);
  }
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  git("checkout", "-q", "-b", "change");
  writeFileSync(join(dir, "sites/s3/privacy.md"), "# Privacy 3\n\nStripe and Hotjar.\n");
  git("commit", "-qam", "change one policy");

  const history = createRequire(import.meta.url)(join(ROOT, "dist", "history.js"));
  const policies = Array.from({ length: POLICIES }, (_, p) => [join(dir, `sites/s${p}/privacy.md`), join(dir, `sites/s${p}/processors.yaml`)]).flat();
  const all = git("ls-files", "-z").split("\0").filter(Boolean);
  const timeIt = async (fn) => {
    const ms = [];
    let n = 0;
    for (let i = 0; i < runs + 1; i++) {
      const t0 = performance.now();
      n = (await fn()).size;
      if (i) ms.push(performance.now() - t0); // the first run warms the file cache
    }
    return { ms: median(ms), n };
  };
  const lib = await timeIt(() => history.changedFiles(dir, "main", policies));
  // what a plain replacement of `git status` would do: the library's status of the whole tree
  const iso = createRequire(import.meta.url)("isomorphic-git");
  const fs = createRequire(import.meta.url)("node:fs");
  const libAll = await timeIt(async () => {
    const base = (await iso.findMergeBase({ fs, dir, oids: [await iso.resolveRef({ fs, dir, ref: "main" }), await iso.resolveRef({ fs, dir, ref: "HEAD" })] }))[0];
    const rows = await iso.statusMatrix({ fs, dir, ref: base, refresh: false, cache: {} });
    return new Set(rows.filter(([, a, b, c]) => !(a === 1 && b === 1 && c === 1)).map(([f]) => f));
  });
  const prog = await timeIt(async () => {
    const base = git("merge-base", "main", "HEAD").trim();
    return new Set([...git("diff", "--name-only", "-z", "--no-renames", base, "--").split("\0"), ...git("ls-files", "--others", "--exclude-standard", "-z").split("\0")].filter(Boolean));
  });
  const cli = summarize(Array.from({ length: runs }, () => timeProcess(CLI, ["check", "--changed", "main", "--format", "json"], { cwd: dir })));
  const full = summarize(Array.from({ length: runs }, () => timeProcess(CLI, ["check", "--format", "json"], { cwd: dir })));
  const text = `# \`check --changed\` benchmark

${new Date().toISOString()}, load ${loadavg().map((x) => x.toFixed(1)).join(" ")}, ${runs} runs each, medians. A repository of ${FILES} files in ${FOLDERS} folders with ${POLICIES} policies and their manifests; the branch changed one policy since \`main\`.

| how the changed files are found | time | files reported |
|---|---|---|
| git library (isomorphic-git), asked about the ${policies.length} policy and manifest files, as \`--changed\` does | ${fmtMs(lib.ms)} | ${lib.n} |
| git library, status of the whole tree (${all.length} files; \`statusMatrix\` without a file list) | ${fmtMs(libAll.ms)} | ${libAll.n} |
| \`git\` program: \`merge-base\` + \`diff --name-only\` + \`ls-files --others\` (before) | ${fmtMs(prog.ms)} | ${prog.n} |

| whole process | wall | CPU |
|---|---|---|
| \`policywright check --changed main\` (1 policy checked) | ${fmtMs(cli.wallMs)} | ${fmtMs(cli.cpuMs)} |
| \`policywright check\` (${POLICIES} policies checked) | ${fmtMs(full.wallMs)} | ${fmtMs(full.cpuMs)} |
`;
  writeFileSync(join(ROOT, "bench", "changed-results.md"), text);
  console.log(text);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
