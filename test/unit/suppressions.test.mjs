// Suppression comments in the policy, and per-rule severities from .policywright.json (CLI).
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check, covered, manifestText, CLI } from "./helpers.mjs";
import { tempDir } from "./helpers.mjs";


const lines = (policy, fs) => fs.map((f) => policy.slice(0, f.start).split("\n").length);
const placeholders = (policy) => check(policy, { processors: [] }).findings.filter((f) => f.rule === "placeholder");
const unknown = (policy) => check(policy, { processors: [] }).findings.filter((f) => f.rule === "unknown-rule");

describe("suppression comments", () => {
  test("disable-next-line silences only the next line", () => {
    const policy = "# Privacy\n\n<!-- policywright-disable-next-line placeholder -->\nPhone: TODO\nFax: TBD\n";
    assert.deepEqual(lines(policy, placeholders(policy)), [5]);
  });

  test("disable-next-line at the end of a line does not silence that line's earlier text", () => {
    const policy = "# Privacy\n\nPhone: TODO <!-- policywright-disable-next-line placeholder -->\nFax: TBD\nTelex: XXX\n";
    assert.deepEqual(placeholders(policy).map((f) => f.subject), ["TODO", "XXX"]);
  });

  test("disable … enable silences the range between", () => {
    const policy = [
      "# Privacy", "",
      "<!-- policywright-disable placeholder -->",
      "Phone: TODO", "",
      "Fax: TBD",
      "<!-- policywright-enable placeholder -->",
      "Telex: XXX", "",
    ].join("\n");
    assert.deepEqual(placeholders(policy).map((f) => f.subject), ["XXX"]);
  });

  test("disable without enable runs to the end", () => {
    const policy = "# Privacy\n\nA: TODO\n\n<!-- policywright-disable placeholder -->\n\nB: TBD\n\nC: XXX\n";
    assert.deepEqual(placeholders(policy).map((f) => f.subject), ["TODO"]);
  });

  test("a suppression names only its rules", () => {
    const manifest = { processors: [{ name: "Hetzner", purpose: "Hosting", country: "DE" }] };
    const policy = "# Privacy\n\n<!-- policywright-disable-next-line contact-mismatch -->\nFax: TBD. Mailchimp sends our digest.\n";
    const fs = check(policy, manifest).findings;
    assert.ok(fs.some((f) => f.rule === "placeholder"));
    assert.ok(fs.some((f) => f.rule === "undeclared-processor"));
  });

  test("several rules in one comment", () => {
    const manifest = { processors: [{ name: "Hetzner", purpose: "Hosting", country: "DE" }] };
    const policy = "# Privacy\n\nHetzner hosts it.\n<!-- policywright-disable-next-line placeholder, undeclared-processor -->\nFax: TBD. Mailchimp sends our digest.\nTelex: XXX\n";
    const fs = check(policy, manifest).findings.filter((f) => f.rule === "placeholder" || f.rule === "undeclared-processor");
    assert.deepEqual(fs.map((f) => covered(policy, f)), ["XXX"]);
  });

  test("no rule listed means every rule", () => {
    const policy = "# Privacy\n\n<!-- policywright-disable -->\nFax: TBD\n<!-- policywright-enable -->\nTelex: XXX\n";
    assert.deepEqual(placeholders(policy).map((f) => f.subject), ["XXX"]);
  });

  test("an unknown rule id is reported at the comment, as unknown-rule", () => {
    const policy = "# Privacy\n\n<!-- policywright-disable-next-line placeholders -->\nFax: TBD\n";
    const [u, ...rest] = unknown(policy);
    assert.equal(rest.length, 0);
    assert.equal(u.subject, "placeholders");
    assert.equal(u.severity, "warning");
    assert.equal(covered(policy, u), "<!-- policywright-disable-next-line placeholders -->");
    assert.equal(placeholders(policy).length, 1, "a misspelt rule silences nothing");
  });

  test("one unknown among known rules", () => {
    const policy = "# Privacy\n\n<!-- policywright-disable-next-line placeholder, stale-dates -->\nFax: TBD\n";
    assert.deepEqual(unknown(policy).map((f) => f.subject), ["stale-dates"]);
    assert.equal(placeholders(policy).length, 0);
  });

  test("ordinary comments are not directives", () => {
    assert.deepEqual(unknown("# Privacy\n\n<!-- policywright is great -->\n<!-- reviewed by legal -->\n"), []);
  });
});

describe(".policywright.json severities via the CLI", () => {
  const POLICY = "# Privacy notice\n\nPikkulintu Oy, privacy@pikkulintu.example. Fax: TBD.\n";
  function workspace(config, where = ".") {
    const dir = tempDir(join(tmpdir(), "pw-sev-"));
    mkdirSync(join(dir, "legal"));
    writeFileSync(join(dir, "legal", "privacy.md"), POLICY);
    writeFileSync(join(dir, "legal", "processors.yaml"), manifestText({ processors: [] }));
    if (config) writeFileSync(join(dir, where, ".policywright.json"), JSON.stringify(config));
    return dir;
  }
  const run = (dir) => {
    const r = spawnSync(process.execPath, [CLI, "check", "--format", "json"], { cwd: dir, encoding: "utf8" });
    return { status: r.status, report: JSON.parse(r.stdout), stderr: r.stderr };
  };
  const severities = (report, rule) => report.files.flatMap((f) => f.findings).filter((f) => f.rule === rule).map((f) => f.severity);

  test("defaults: placeholder is an error, exit 1", () => {
    const { status, report } = run(workspace());
    assert.deepEqual(severities(report, "placeholder"), ["error"]);
    assert.equal(status, 1);
  });

  test("off at the workspace root removes the rule and the exit status follows", () => {
    const { status, report } = run(workspace({ rules: { placeholder: "off" } }));
    assert.deepEqual(severities(report, "placeholder"), []);
    assert.equal(report.summary.error, 0);
    assert.equal(status, 0);
  });

  test("a changed severity beside the policy", () => {
    const { status, report } = run(workspace({ rules: { placeholder: "info", "missing-section": "error" } }, "legal"));
    assert.deepEqual(severities(report, "placeholder"), ["info"]);
    const ms = severities(report, "missing-section");
    assert.ok(ms.length > 0 && ms.every((s) => s === "error"));
    assert.equal(status, 1);
    assert.equal(report.summary.info, report.files.flatMap((f) => f.findings).filter((f) => f.severity === "info").length);
  });

  test("a broken .policywright.json is reported on stderr and defaults apply", () => {
    const dir = workspace();
    writeFileSync(join(dir, ".policywright.json"), "{ rules: ");
    const { report, stderr } = run(dir);
    assert.match(stderr, /policywright\.json/);
    assert.deepEqual(severities(report, "placeholder"), ["error"]);
  });
});
