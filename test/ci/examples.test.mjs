// docs/ci.md's examples, run: the action is a valid composite action, the GitHub workflow
// uses it with inputs it has, the GitLab job's script produces a JUnit report, and the
// pre-commit hook runs on staged files in a temporary git repository.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { CLI, ROOT, manifestText } from "../unit/helpers.mjs";

const doc = readFileSync(join(ROOT, "docs/ci.md"), "utf8");
/** The YAML block of docs/ci.md whose first line names `file`. */
function example(file) {
  const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.startsWith(`# ${file}`));
  assert.ok(block, `docs/ci.md has an example for ${file}`);
  return YAML.parse(block);
}

const action = YAML.parse(readFileSync(join(ROOT, "action.yml"), "utf8"));

test("action.yml is a valid composite action", () => {
  assert.equal(typeof action.name, "string");
  assert.equal(typeof action.description, "string");
  assert.equal(action.runs.using, "composite");
  for (const [name, input] of Object.entries(action.inputs)) {
    assert.equal(typeof input.description, "string", `input ${name} has a description`);
    assert.equal(typeof input.default, "string", `input ${name} has a string default`);
  }
  const inputs = new Set(Object.keys(action.inputs));
  const steps = action.runs.steps;
  assert.ok(steps.length > 0);
  for (const step of steps) {
    // GitHub refuses a composite step that runs a script without a shell
    if (step.run) assert.ok(["bash", "sh", "pwsh", "python"].includes(step.shell), "every run step names its shell");
    else assert.ok(step.uses, "a step either runs a script or uses an action");
    for (const m of JSON.stringify(step).matchAll(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g)) assert.ok(inputs.has(m[1]), `input ${m[1]} is declared`);
    // inputs reach the script through env, never pasted into it (script injection)
    if (step.run) assert.doesNotMatch(step.run, /\$\{\{/);
  }
  assert.match(steps.map((s) => s.run ?? "").join("\n"), /npx --yes "policywright@\$PW_VERSION" check .*--format github/);
  for (const [name, out] of Object.entries(action.outputs ?? {})) {
    const id = /steps\.([\w-]+)\.outputs/.exec(out.value)?.[1];
    assert.ok(steps.some((s) => s.id === id), `output ${name} reads a step that exists`);
  }
});

test("the GitHub Actions example uses the action with inputs it declares", () => {
  const wf = example(".github/workflows/privacy-policy.yml");
  const steps = Object.values(wf.jobs)[0].steps;
  const ours = steps.find((s) => /^policywright\/policywright@/.test(s.uses ?? ""));
  assert.ok(ours, "the workflow uses the action");
  for (const k of Object.keys(ours.with ?? {})) assert.ok(k in action.inputs, `the action has the input ${k}`);
  assert.equal(steps.find((s) => s.uses?.startsWith("actions/checkout"))?.with?.["fetch-depth"], 0, "--changed needs the history");
  assert.equal(steps.find((s) => s.uses?.includes("upload-sarif"))?.with?.sarif_file, ours.with.sarif);
});

/** A repository with one policy that has an error (Stripe undisclosed) and one clean manifest. */
function fixtureRepo(t) {
  const dir = mkdtempSync(join(tmpdir(), "pw-ci-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args) => {
    const r = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  git("init", "-q", "-b", "main");
  writeFileSync(join(dir, "processors.yaml"), manifestText({ processors: [{ name: "Stripe", purpose: "Payments", category: "payments", country: "US", transfer: "dpf" }] }));
  writeFileSync(join(dir, "README.md"), "# Readme\n");
  git("add", "-A");
  git("commit", "-q", "-m", "start");
  return { dir, git };
}

test("the GitLab CI job writes a JUnit report and fails on an error", (t) => {
  const job = example(".gitlab-ci.yml").policywright;
  assert.equal(job.artifacts.reports.junit, "policywright-junit.xml");
  const { dir } = fixtureRepo(t);
  writeFileSync(join(dir, "privacy.md"), "# Privacy\n\nContact privacy@pikkulintu.example.\n");
  const script = job.script.map((l) => l.replace(/npx --yes policywright/g, `"${process.execPath}" "${CLI}"`)).join("\n");
  const r = spawnSync("sh", ["-c", script], { cwd: dir, encoding: "utf8" });
  assert.notEqual(r.status, 0, "the job fails: the policy never names Stripe");
  const junit = readFileSync(join(dir, "policywright-junit.xml"), "utf8");
  assert.match(junit, /<testcase classname="privacy.md" name="undisclosed-processor: Stripe \(line \d+\)"/);
  assert.match(readFileSync(join(dir, "policywright.md"), "utf8"), /### `privacy.md`/);
});

test("the pre-commit hook checks the staged policy and manifest in a temporary repository", (t) => {
  const hooks = YAML.parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8"));
  const config = example(".pre-commit-config.yaml");
  const wanted = config.repos[0].hooks[0].id;
  const hook = hooks.find((h) => h.id === wanted);
  assert.ok(hook, `.pre-commit-hooks.yaml defines ${wanted}`);
  assert.equal(hook.language, "node");
  assert.match(hook.entry, /^policywright check\b/);
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  assert.equal(pkg.bin.policywright, "dist/cli.js", "npm installs the hook's entry as a command");
  // pre-commit matches `files` with Python's re.search; (?i) at the start means ignore case
  const files = new RegExp(hook.files.replace(/^\(\?i\)/, ""), hook.files.startsWith("(?i)") ? "i" : "");
  const { dir, git } = fixtureRepo(t);
  const runHook = () => {
    // what pre-commit does: the staged files matching `files`, appended to `entry`
    const staged = git("diff", "--cached", "--name-only", "--diff-filter=ACMR").split("\n").filter((f) => f && files.test(f));
    if (!staged.length) return { status: 0, staged };
    const r = spawnSync(process.execPath, [CLI, ...hook.entry.split(" ").slice(1), ...staged], { cwd: dir, encoding: "utf8" });
    return { ...r, staged };
  };
  writeFileSync(join(dir, "notes.md"), "# Notes\n");
  git("add", "notes.md");
  assert.deepEqual(runHook().staged, [], "a file that is not a policy is not passed");

  writeFileSync(join(dir, "Privacy-Policy.mdx"), "import X from './x';\n\n# Privacy\n\nWe use <X>Stripe</X> for payments. Write to privacy@pikkulintu.example.\n");
  git("add", "Privacy-Policy.mdx");
  let r = runHook();
  assert.deepEqual(r.staged, ["Privacy-Policy.mdx"]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  git("commit", "-q", "-m", "policy");

  // a staged manifest stands for the policies that use it
  writeFileSync(join(dir, "processors.yaml"), manifestText({ processors: [{ name: "Stripe", purpose: "Payments", category: "payments", country: "US", transfer: "dpf" }, { name: "Sentry", purpose: "Errors", category: "error-monitoring", country: "US", transfer: "scc" }] }));
  git("add", "processors.yaml");
  r = runHook();
  assert.deepEqual(r.staged, ["processors.yaml"]);
  assert.equal(r.status, 1, "the commit is refused: the policy never names Sentry");
  assert.match(r.stdout, /Privacy-Policy\.mdx:\d+:\d+ +error +Sentry is in the manifest/);
  assert.ok(existsSync(join(dir, ".git")));
});
