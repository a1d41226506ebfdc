// The command line (contract §4): exit codes, discovery, JSON and SARIF output, init.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { CLI, ROOT, manifestText } from "./helpers.mjs";
import { tempDir } from "./helpers.mjs";


const require = createRequire(import.meta.url);

function run(args, cwd) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (r) => JSON.parse(r.stdout);

const MANIFEST = manifestText({
  processors: [
    { name: "Hetzner Online", aliases: ["Hetzner"], purpose: "Hosting", category: "hosting", country: "DE", transfer: "none" },
    { name: "Postmark", purpose: "Receipts by e-mail", category: "email", country: "US", transfer: "scc", retention: "45 days" },
  ],
  retention: [{ data: "Support e-mails", period: "1 year" }],
});

/** A policy that satisfies the manifest above and every GDPR disclosure. */
const CLEAN = `# Privacy notice

Last updated: 2 May 2025

Pikkulintu Oy, Esimerkkikatu 1, Helsinki, is the controller. Write to privacy@pikkulintu.example.

## Why we use your data

We use your e-mail address to run your account, on the basis of our contract with you.

## Service providers

- Hetzner hosts the app in Germany.
- Postmark sends receipts. Postmark keeps delivery logs for 45 days.

## Transfers

Postmark is in the United States; we rely on the Standard Contractual Clauses.

## How long we keep data

- Support e-mails: 12 months

## Your rights

You may ask for access, rectification or erasure, restrict or object to processing, and
ask for data portability. You may lodge a complaint with a supervisory authority.
`;

function workspace(files) {
  const dir = tempDir(join(tmpdir(), "pw-cli-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, ".."), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

describe("exit status", () => {
  test("0 when there is no error-severity finding", () => {
    const dir = workspace({ "privacy.md": CLEAN, "processors.yaml": MANIFEST });
    const r = run(["check", "privacy.md", "--format", "json"], dir);
    assert.equal(r.status, 0, r.stdout);
    assert.equal(json(r).summary.error, 0);
    // a clean file is still listed, with empty findings (info aside)
    assert.deepEqual(json(r).files.map((f) => [f.path, f.findings.filter((x) => x.severity !== "info")]), [["privacy.md", []]]);
  });

  test("1 when there is an error finding", () => {
    const dir = workspace({ "privacy.md": CLEAN.replace("Write to", "TODO. Write to"), "processors.yaml": MANIFEST });
    const r = run(["check", "privacy.md"], dir);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /privacy\.md:5:\d+ +error +.*placeholder/);
  });

  const usage = [
    ["a missing policy", ["check", "nowhere.md"]],
    ["an unknown option", ["check", "privacy.md", "--colour"]],
    ["a bad --format", ["check", "privacy.md", "--format", "xml"]],
    ["--format without a value", ["check", "privacy.md", "--format"]],
    ["a manifest given but missing", ["check", "privacy.md", "--manifest", "missing.yaml"]],
  ];
  for (const [what, args] of usage) {
    test(`2 with one line on stderr for ${what}`, () => {
      const dir = workspace({ "privacy.md": CLEAN, "processors.yaml": MANIFEST });
      const r = run(args, dir);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, "");
      const lines = r.stderr.split("\n").filter(Boolean);
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], /^policywright: \S/);
    });
  }

  test("2 when no policy is found", () => {
    const dir = workspace({ "README.md": "# Hello\n" });
    const r = run(["check"], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no policy files found/);
  });
});

describe("check with no paths", () => {
  test("finds every policy under the current folder, and only policies", () => {
    const dir = workspace({
      "privacy.md": CLEAN,
      "processors.yaml": MANIFEST,
      "legal/cookie-policy.md": "# Cookie policy\n\nTODO\n",
      "legal/terms.md": "# Terms\n\nTODO\n",
      "docs/handbook.md": "---\npolicywright: true\n---\n# Handbook\n\nTBD\n",
      "node_modules/pkg/privacy.md": "# Not ours\n",
      ".git/privacy-notice.md": "# Not ours either\n",
    });
    const r = run(["check", "--format", "json"], dir);
    const paths = json(r).files.map((f) => f.path).filter((p) => p.endsWith(".md")).sort();
    assert.deepEqual(paths, [join("docs", "handbook.md"), join("legal", "cookie-policy.md"), "privacy.md"]);
    assert.equal(r.status, 1);
  });

  test("a folder argument is searched the same way", () => {
    const dir = workspace({ "site/privacy.md": CLEAN, "site/processors.yaml": MANIFEST, "other/privacy.md": "TODO\n" });
    const r = run(["check", "site", "--format", "json"], dir);
    assert.deepEqual(json(r).files.map((f) => f.path), [join("site", "privacy.md")]);
  });
});

describe("JSON output", () => {
  const policy = CLEAN.replace("Write to privacy", "Phone: TBD. Write to privacy").replace("- Support e-mails: 12 months", "- Support e-mails: 2 years");
  const dir = workspace({ "legal/privacy.md": policy, "legal/processors.yaml": MANIFEST });
  const r = run(["check", "--format", "json"], dir);
  const report = json(r);

  test("has the contract's shape", () => {
    assert.deepEqual(Object.keys(report).sort(), ["files", "summary", "version"]);
    assert.equal(report.version, 1);
    const [file] = report.files;
    assert.equal(file.path, join("legal", "privacy.md"));
    assert.equal(file.manifest, join("legal", "processors.yaml"));
    for (const f of file.findings) {
      assert.deepEqual(Object.keys(f).sort(), ["column", "endColumn", "endLine", "line", "message", "rule", "severity", "subject"]);
      for (const k of ["line", "column", "endLine", "endColumn"]) assert.ok(Number.isInteger(f[k]) && f[k] >= 1, `${k} is 1-based`);
    }
  });

  test("lines and columns are 1-based and cover the finding's text", () => {
    const lines = policy.split("\n");
    const tbd = report.files[0].findings.find((f) => f.rule === "placeholder");
    assert.equal(lines[tbd.line - 1].slice(tbd.column - 1, tbd.endColumn - 1), "TBD");
    const ret = report.files[0].findings.find((f) => f.rule === "retention-mismatch");
    assert.equal(ret.subject, "Support e-mails");
    assert.equal(lines[ret.line - 1].slice(ret.column - 1, ret.endColumn - 1), "2 years");
  });

  test("summary counts match the findings; info is counted too", () => {
    const all = report.files.flatMap((f) => f.findings);
    for (const s of ["error", "warning", "info"]) assert.equal(report.summary[s], all.filter((f) => f.severity === s).length, s);
    assert.equal(report.summary.files, report.files.length);
    assert.equal(report.summary.error, 2);
    assert.equal(r.status, 1);
  });

  test("manifest findings are reported under the manifest's path, once even when shared", () => {
    const broken = MANIFEST.replace("country: US", "country: USA");
    const d = workspace({ "legal/privacy.md": CLEAN, "legal/app-privacy.md": CLEAN, "legal/processors.yaml": broken });
    const rep = json(run(["check", "--format", "json"], d));
    const entries = rep.files.filter((f) => f.path === join("legal", "processors.yaml"));
    assert.equal(entries.length, 1, "the manifest has one entry of its own");
    const [f, ...more] = entries[0].findings;
    assert.equal(more.length, 0);
    assert.equal(f.rule, "manifest-invalid");
    assert.equal(f.subject, "processors[1].country");
    assert.equal(broken.split("\n")[f.line - 1].slice(f.column - 1, f.endColumn - 1), "USA");
    for (const p of rep.files.filter((x) => x.path.endsWith(".md"))) {
      assert.equal(p.manifest, join("legal", "processors.yaml"));
      assert.ok(!p.findings.some((x) => x.rule === "manifest-invalid"));
    }
  });

  test("--manifest overrides discovery", () => {
    const d = workspace({ "privacy.md": CLEAN, "processors.yaml": MANIFEST, "other.yaml": manifestText({ processors: [{ name: "Scaleway", purpose: "Hosting", country: "FR" }] }) });
    const rep = json(run(["check", "privacy.md", "--manifest", "other.yaml", "--format", "json"], d));
    assert.equal(rep.files[0].manifest, "other.yaml");
    assert.ok(rep.files[0].findings.some((f) => f.rule === "undisclosed-processor" && f.subject === "Scaleway"));
  });

  test("a front matter manifest outside the workspace is an error finding, never read", () => {
    const outside = workspace({ "processors.yaml": MANIFEST });
    const d = workspace({ "privacy.md": `---\nmanifest: ${join(outside, "processors.yaml")}\n---\n${CLEAN}` });
    const r2 = run(["check", "--format", "json"], d);
    const f = json(r2).files[0].findings.find((x) => x.rule === "manifest-invalid");
    assert.ok(f, "reported");
    assert.equal(f.subject, "manifest");
    assert.match(f.message, /outside the workspace/);
    assert.equal(json(r2).files[0].manifest, undefined);
  });
});

describe("SARIF output", () => {
  const Ajv = require("ajv");
  const addFormats = require("ajv-formats");
  const schema = JSON.parse(readFileSync(join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
  // The official file declares draft-04 ("id"); its keywords are the same in draft-07, which ajv 8 reads.
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  const broken = MANIFEST.replace("country: US", "country: USA");
  const dir = workspace({ "legal/privacy.md": CLEAN.replace("Write to", "TODO. Write to"), "legal/processors.yaml": broken });
  const r = run(["check", "--format", "sarif"], dir);
  const sarif = JSON.parse(r.stdout);

  test("validates against the SARIF 2.1.0 schema", () => {
    const ok = validate(sarif);
    assert.ok(ok, JSON.stringify(validate.errors, null, 1));
    assert.equal(sarif.version, "2.1.0");
    assert.equal(r.status, 1);
  });

  test("the validator is not a rubber stamp", () => {
    const bad = structuredClone(sarif);
    bad.runs[0].results[0].level = "fatal";
    assert.equal(validate(bad), false);
  });

  test("one rule per rule id, each with a helpUri to its doc page", () => {
    const rules = sarif.runs[0].tool.driver.rules;
    const ids = rules.map((x) => x.id);
    assert.equal(new Set(ids).size, ids.length);
    const { RULES } = require(join(ROOT, "dist/core.js"));
    for (const rule of RULES) assert.ok(ids.includes(rule.id), `${rule.id} described`);
    assert.ok(ids.includes("unknown-rule"));
    for (const x of rules) {
      assert.match(x.helpUri, new RegExp(`/docs/rules/${x.id}\\.md$`));
      assert.ok(existsSync(join(ROOT, "docs", "rules", `${x.id}.md`)), `docs/rules/${x.id}.md exists`);
    }
  });

  test("results point at their rule and file, with 1-based regions", () => {
    const { rules } = sarif.runs[0].tool.driver;
    const results = sarif.runs[0].results;
    assert.ok(results.length >= 2);
    for (const x of results) {
      assert.equal(rules[x.ruleIndex].id, x.ruleId);
      const region = x.locations[0].physicalLocation.region;
      assert.ok(region.startLine >= 1 && region.startColumn >= 1);
    }
    const manifestResult = results.find((x) => x.ruleId === "manifest-invalid");
    assert.equal(manifestResult.locations[0].physicalLocation.artifactLocation.uri, "legal/processors.yaml");
    const todo = results.find((x) => x.ruleId === "placeholder");
    assert.equal(todo.locations[0].physicalLocation.artifactLocation.uri, "legal/privacy.md");
    assert.equal(todo.level, "error");
  });
});

describe("init", () => {
  const POLICY = `# Privacy at Kuusi

Last updated: 1 April 2025

Kuusi Games Oy makes puzzle games. Contact: privacy@kuusi.example.

## Service providers

- **Scaleway** — game servers (France)
- **Stripe** — in-app purchases on the web
- **Postmark** (United States)
- **Lintukoto Analytics** — anonymous play statistics

We do not use Google Analytics.

## How long we keep data

- Player accounts: until you delete your account
- Support e-mails: 6 months
- Purchase records: seven (7) years

Stripe keeps payment data for 7 years.
`;

  test("drafts a manifest; checking the policy against it finds no processor or retention drift", () => {
    const dir = workspace({ "privacy.md": POLICY });
    const r = run(["init", "privacy.md"], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Wrote processors\.yaml/);
    const drafted = readFileSync(join(dir, "processors.yaml"), "utf8");
    const { parseManifest } = require(join(ROOT, "dist/core.js"));
    const m = parseManifest(drafted);
    const names = m.processors.map((p) => p.name);
    for (const n of ["Scaleway", "Stripe", "Postmark", "Lintukoto Analytics"]) assert.ok(names.includes(n), `${n} drafted`);
    assert.ok(!names.includes("Google Analytics"), "a denied service is not drafted");
    assert.deepEqual(m.retention.map((x) => x.data).sort(), ["Player accounts", "Purchase records", "Support e-mails"]);
    assert.equal(m.controller.email, "privacy@kuusi.example");
    for (const p of m.processors) assert.ok(!/\*\*|Lintukoto|—/.test(p.purpose ?? "") || p.name === "Lintukoto Analytics", `${p.name}'s purpose stays on its own line: ${p.purpose}`);
    const check = run(["check", "privacy.md", "--format", "json"], dir);
    const drift = json(check).files.flatMap((f) => f.findings).filter((f) => ["undisclosed-processor", "undeclared-processor", "retention-mismatch", "country-mismatch"].includes(f.rule));
    assert.deepEqual(drift.map((f) => `${f.rule} ${f.subject}`), []);
  });

  test("round trip on every scenario fixture (in process)", async () => {
    const { readdirSync } = await import("node:fs");
    const core = require(join(ROOT, "dist/core.js"));
    const fixtures = join(ROOT, "test", "scenarios", "fixtures");
    for (const c of readdirSync(fixtures)) {
      const text = readFileSync(join(fixtures, c, "policy.md"), "utf8");
      const drafted = core.parseManifest(core.draftManifest(text).yaml);
      assert.deepEqual(drafted.findings.filter((f) => f.subject === "yaml"), [], `${c}: the draft is valid YAML`);
      const drift = core.analyze(text, drafted).findings.filter((f) => ["undisclosed-processor", "undeclared-processor", "retention-mismatch"].includes(f.rule));
      assert.deepEqual(drift.map((f) => `${f.rule} ${f.subject}`), [], c);
    }
  });

  test("refuses to overwrite, with exit 2 and the file unchanged", () => {
    const dir = workspace({ "privacy.md": POLICY, "processors.yaml": "# mine\n" });
    const r = run(["init", "privacy.md"], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /already exists/);
    assert.equal(readFileSync(join(dir, "processors.yaml"), "utf8"), "# mine\n");
    const out = run(["init", "privacy.md", "--out", "drafts/processors.yaml"], dir);
    assert.equal(out.status, 2, "a missing folder is an I/O problem, not a crash");
  });

  test("--out - prints the draft instead of writing", () => {
    const dir = workspace({ "privacy.md": POLICY });
    const r = run(["init", "privacy.md", "--out", "-"], dir);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^version: 1$/m);
    assert.equal(existsSync(join(dir, "processors.yaml")), false);
  });

  test("needs exactly one policy", () => {
    assert.equal(run(["init"], workspace({})).status, 2);
  });
});
