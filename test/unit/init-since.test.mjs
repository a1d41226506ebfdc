// `policywright init` drafts `since` from git when the manifest at its target is already committed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { CLI, core } from "./helpers.mjs";
import { tempDir, tempRepo } from "./gitRepo.mjs";

const POLICY = `# Privacy policy

Last updated: 1 March 2026

## Who receives your data

- Stripe processes payments.
- Sentry receives error reports.
- Mailchimp sends our newsletter.
`;

const init = (cwd) => spawnSync(process.execPath, [CLI, "init", "privacy.md", "--out", "-"], { cwd, encoding: "utf8" });

test("processors the committed manifest lists get the date they were first added; others none", (t) => {
  const r = tempRepo(t);
  r.write("privacy.md", POLICY);
  r.write("processors.yaml", "version: 1\ncontroller: {name: Acme Oy, email: privacy@acme.example}\nprocessors:\n  - name: Stripe\n    purpose: Payments\n");
  const first = r.commit("2026-01-05", "Start");
  r.write("processors.yaml", "version: 1\ncontroller: {name: Acme Oy, email: privacy@acme.example}\nprocessors:\n  - name: Stripe\n    purpose: Payments\n  - name: Sentry\n    purpose: Errors\n");
  const second = r.commit("2026-02-01", "Add Sentry");
  const res = init(r.dir);
  assert.equal(res.status, 0, res.stderr);
  const m = core.parseManifest(res.stdout);
  const since = Object.fromEntries(m.processors.map((p) => [p.name, p.since]));
  assert.deepEqual(since, { Stripe: "2026-01-05", Sentry: "2026-02-01", Mailchimp: undefined });
  assert.match(res.stdout, new RegExp(`since: 2026-02-01  # TODO: check \\(first committed in ${second.slice(0, 7)}\\)`));
  assert.ok(res.stdout.includes(first.slice(0, 7)));
});

test("outside git the draft has no since at all", (t) => {
  const dir = tempDir(t);
  spawnSync("sh", ["-c", `cat > privacy.md <<'X'\n${POLICY}X`], { cwd: dir });
  const res = init(dir);
  assert.equal(res.status, 0, res.stderr);
  assert.doesNotMatch(res.stdout, /since:/);
});
