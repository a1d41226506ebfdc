// End-to-end scenarios through the CLI.
//
// 1. Every fixture under fixtures/ (policy.md + processors.yaml + expected.json, in the format of
//    ../shared/examples) is checked with `check --format json`: every expected finding must be
//    reported (rule + subject, and line when given), and nothing else at error/warning level
//    except what `ignore` lists.
// 2. A markdownlint-style fix run over these fixtures and the shared examples: after
//    `check --fix`, no finding with a preferred fix remains, nothing outside the fixes' ranges
//    changed, and both files still parse.
//
// All fixtures go through one CLI process per step to keep the suite fast.
import { test, describe, before } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { tempDir } from "../unit/helpers.mjs";


const here = dirname(fileURLToPath(import.meta.url));
const core = createRequire(import.meta.url)("../../dist/core.js");
const CLI = join(here, "..", "..", "dist", "cli.js");
const FIXTURES = join(here, "fixtures");
const EXAMPLES = join(here, "..", "..", "..", "shared", "examples");

const dirsIn = (root) => (existsSync(root) ? readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()).sort() : []);
const readJson = (p) => JSON.parse(readFileSync(p, "utf8"));

/** The scorer's subject normalisation: case, punctuation and legal suffixes do not matter. */
const SUFFIX = new Set(["inc", "llc", "ltd", "limited", "gmbh", "ag", "pbc", "plc", "oy", "oü", "ou", "ab", "as", "aps", "sa", "sas", "srl", "spa", "bv", "nv", "corp", "corporation", "co"]);
const norm = (s) => String(s ?? "").normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter((w) => w && !SUFFIX.has(w)).join(" ");

function cli(args, cwd) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60000 });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    assert.fail(`policywright ${args.join(" ")} printed no JSON (exit ${r.status}): ${r.stderr}`);
  }
  return { status: r.status, report, stderr: r.stderr };
}

/** Findings of one case folder from a report over many folders, tagged with their file's base name. */
function caseFindings(report, caseDir) {
  const prefix = `${caseDir}${sep}`;
  return report.files
    .filter((f) => f.path.startsWith(prefix) || f.path.startsWith(`${caseDir}/`))
    .flatMap((f) => f.findings.map((x) => ({ ...x, file: f.path.slice(caseDir.length + 1) })));
}

describe("fixture scenarios (check --format json)", () => {
  const cases = dirsIn(FIXTURES);
  let report;
  before(() => {
    ({ report } = cli(["check", "--format", "json"], FIXTURES));
  });

  test("there are at least six fixtures and each was checked", () => {
    assert.ok(cases.length >= 6, `${cases.length} fixtures`);
    for (const c of cases) assert.ok(report.files.some((f) => f.path === join(c, "policy.md")), `${c}/policy.md checked`);
  });

  for (const c of cases) {
    test(c, () => {
      const expected = readJson(join(FIXTURES, c, "expected.json"));
      const got = caseFindings(report, c).filter((x) => x.severity === "error" || x.severity === "warning");
      const policyFile = expected.policy ?? "policy.md";
      const manifestFile = expected.manifest ?? "processors.yaml";
      const left = [...got];
      const problems = [];
      for (const e of expected.findings) {
        const file = e.file ?? policyFile;
        const i = left.findIndex((g) => g.rule === e.rule && norm(g.subject) === norm(e.subject) && g.file === file && (e.line === undefined || g.line === e.line));
        if (i < 0) {
          const near = got.filter((g) => g.rule === e.rule && norm(g.subject) === norm(e.subject));
          problems.push(`missed ${e.rule} ${JSON.stringify(e.subject)}${e.line ? ` at ${file}:${e.line}` : ""}${near.length ? ` (reported at ${near.map((g) => `${g.file}:${g.line}`).join(", ")})` : ""}`);
        } else left.splice(i, 1);
      }
      const ignored = (g) => (expected.ignore ?? []).some((x) => x.rule === g.rule && norm(x.subject) === norm(g.subject));
      for (const g of left) if (!ignored(g)) problems.push(`unexpected ${g.severity} ${g.rule} ${JSON.stringify(g.subject)} at ${g.file}:${g.line}: ${g.message}`);
      assert.deepEqual(problems, []);
      // manifest findings are reported under the manifest's own path
      for (const g of got) if (g.rule === "manifest-invalid" && g.subject !== "manifest") assert.equal(g.file, manifestFile);
    });
  }
});

/** Original and fixed texts must differ only inside the edited ranges. */
function assertOnlyEdited(before, after, edits, label) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  // exact reconstruction: the kept stretches of `before`, in order, with each edit's new text between them
  let pos = 0;
  let last = 0;
  for (const e of sorted) {
    const kept = before.slice(last, e.start);
    assert.equal(after.slice(pos, pos + kept.length), kept, `${label}: text before offset ${e.start} changed`);
    pos += kept.length;
    assert.equal(after.slice(pos, pos + e.newText.length), e.newText, `${label}: the edit at ${e.start} was not applied as planned`);
    pos += e.newText.length;
    last = e.end;
  }
  assert.equal(after.slice(pos), before.slice(last), `${label}: text after the last edit changed`);
  // an independent line diff: every line of `before` that is gone from `after` lies in an edited range
  const a = before.split("\n");
  const b = after.split("\n");
  const lcs = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  let offset = 0;
  for (let i = 0, j = 0; i < a.length; ) {
    if (j < b.length && a[i] === b[j]) { offset += a[i].length + 1; i++; j++; continue; }
    if (j < b.length && lcs[i][j + 1] >= lcs[i + 1][j]) { j++; continue; }
    const s = offset;
    const e = offset + a[i].length;
    assert.ok(sorted.some((x) => x.start <= e && x.end >= s && x.end > x.start), `${label}: line ${i + 1} (${JSON.stringify(a[i])}) changed outside every fix`);
    offset += a[i].length + 1;
    i++;
  }
}

describe("check --fix over every fixture and shared example", () => {
  const work = tempDir(join(tmpdir(), "pw-fix-"));
  const cases = [];
  for (const [root, prefix] of [[FIXTURES, "own"], [EXAMPLES, "shared"]]) {
    for (const c of dirsIn(root)) {
      const name = `${prefix}-${c}`;
      cpSync(join(root, c), join(work, name), { recursive: true });
      const exp = existsSync(join(root, c, "expected.json")) ? readJson(join(root, c, "expected.json")) : {};
      cases.push({ name, policy: exp.policy ?? "policy.md", manifest: exp.manifest ?? "processors.yaml" });
    }
  }
  const original = new Map();
  const planned = new Map();
  let fixRun;
  let recheck;

  before(() => {
    for (const c of cases) {
      const dir = join(work, c.name);
      const policyText = readFileSync(join(dir, c.policy), "utf8");
      const manifestText = existsSync(join(dir, c.manifest)) ? readFileSync(join(dir, c.manifest), "utf8") : undefined;
      original.set(c.name, { policyText, manifestText });
      // what --fix is expected to do: every preferred fix the core offers, minus conflicts
      const a = core.analyze(policyText, manifestText === undefined ? undefined : core.parseManifest(manifestText));
      planned.set(c.name, core.planFixes(a.findings, { policy: policyText, manifest: manifestText }));
    }
    fixRun = cli(["check", "--fix", "--format", "json"], work);
    recheck = cli(["check", "--format", "json"], work);
  });

  test("the shared examples are there: a missing ../shared/examples fails, it is not skipped", () => {
    assert.ok(dirsIn(EXAMPLES).length > 0, `no example cases in ${EXAMPLES}; the fix scenarios need the shared examples`);
  });

  test("--fix reports what it changed", () => {
    const total = [...planned.values()].reduce((n, p) => n + p.applied.length, 0);
    assert.ok(total > 0, "the fixtures offer safe fixes");
    assert.equal((fixRun.stderr.match(/^policywright: fixed /gm) ?? []).length, total);
  });

  for (const c of cases) {
    test(c.name, () => {
      const dir = join(work, c.name);
      const { policyText, manifestText } = original.get(c.name);
      const plan = planned.get(c.name);
      const fixedPolicy = readFileSync(join(dir, c.policy), "utf8");
      const edits = plan.applied.flatMap((x) => x.fix.edits);
      assertOnlyEdited(policyText, fixedPolicy, edits.filter((e) => e.file === "policy"), `${c.name}/${c.policy}`);
      if (manifestText !== undefined) {
        const fixedManifest = readFileSync(join(dir, c.manifest), "utf8");
        assertOnlyEdited(manifestText, fixedManifest, edits.filter((e) => e.file === "manifest"), `${c.name}/${c.manifest}`);
        const before = core.parseManifest(manifestText).findings.length;
        assert.ok(core.parseManifest(fixedManifest).findings.length <= before, "the manifest still parses as well as before");
      }
      // the fixed policy still parses: same headings as before (clauses only add), front matter intact
      const docBefore = core.parsePolicy(policyText);
      const docAfter = core.parsePolicy(fixedPolicy);
      const titles = (d) => d.sections.map((s) => s.title);
      for (const t of titles(docBefore)) assert.ok(titles(docAfter).includes(t), `heading "${t}" survives`);
      assert.deepEqual(docAfter.frontMatter?.data, docBefore.frontMatter?.data);
      // after one --fix run nothing with a preferred fix is left
      const m = manifestText === undefined ? undefined : core.parseManifest(readFileSync(join(dir, c.manifest), "utf8"));
      const remaining = core.analyze(fixedPolicy, m).findings.filter((f) => f.fixes?.some((x) => x.preferred));
      assert.deepEqual(remaining.map((f) => `${f.rule} ${f.subject}`), []);
      // and the CLI's second check agrees that those rules are gone
      const after = caseFindings(recheck.report, c.name);
      for (const x of plan.applied) {
        const still = after.filter((g) => g.rule === x.finding.rule && g.subject === x.finding.subject);
        assert.deepEqual(still.map((g) => `${g.rule} ${g.subject} at ${g.file}:${g.line}`), [], `fixed: ${x.fix.title}`);
      }
    });
  }
});
