// One project model for the command line and the editor (issue 12): the same files are
// policies, the same manifest is found, and .policywright.json means the same in both.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, manifestText } from "../unit/helpers.mjs";
import { startServer, uriOf } from "../lsp/helpers.mjs";

const MANIFEST = manifestText({
  processors: [{ name: "Hetzner Online", aliases: ["Hetzner"], purpose: "Hosting", category: "hosting", country: "DE", transfer: "none" }],
});

/** Terms of service that say in their front matter (closed by `...`) that they are a policy. */
const TERMS = `---
title: Terms and privacy
policywright: true
...
# Terms and privacy

Last updated: 2 May 2025

Pikkulintu Oy is the controller. Write to privacy@pikkulintu.example.

We use Stripe for payments.
`;

const cli = (args, cwd) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 120000 });
const findingsOf = (r) => JSON.parse(r.stdout).files.flatMap((f) => f.findings.map((x) => `${x.rule}(${x.subject})`)).sort();
const diagnosticsOf = (ds) => ds.map((d) => `${d.code}(${d.data?.subject ?? ""})`).sort();

describe("policy discovery and config: the CLI and the editor agree", () => {
  let dir;
  let server;
  before(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "pw-project-")));
    writeFileSync(join(dir, "terms.md"), TERMS);
    writeFileSync(join(dir, "processors.yaml"), MANIFEST);
    writeFileSync(join(dir, "README.md"), "# Readme\n\nWe use Stripe.\n");
    mkdirSync(join(dir, "ca"));
    writeFileSync(join(dir, "ca", "privacy.md"), TERMS.replace("policywright: true\n", ""));
    writeFileSync(join(dir, "ca", ".policywright.json"), JSON.stringify({ regimes: ["CCPA"] }));
    server = await startServer({ root: dir });
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("terms.md marked by front matter closed with '...' is a policy for `policywright check`", () => {
    const r = cli(["check", "--format", "json"], dir);
    assert.notEqual(r.status, 2, r.stderr);
    const files = JSON.parse(r.stdout).files.map((f) => f.path).sort();
    assert.ok(files.includes("terms.md"), `checked: ${files}`);
    assert.ok(!files.includes("README.md"), "a Markdown file without the mark is left alone");
    assert.ok(findingsOf({ stdout: cli(["check", "terms.md", "--format", "json"], dir).stdout }).includes("undeclared-processor(Stripe)"));
  });

  test("the editor checks the same terms.md, with the same findings, and says it is a policy", async () => {
    const uri = server.open(join(dir, "terms.md"));
    const diags = await server.waitFor(uri, (d) => d.length > 0, 30000);
    const expected = findingsOf(cli(["check", "terms.md", "--format", "json"], dir));
    assert.deepEqual(diagnosticsOf(diags), expected);
    const status = await server.request("policywright/status", { uri });
    assert.equal(status.policy, true);
    assert.equal(status.manifestUri, uriOf(join(dir, "processors.yaml")));
    const readme = server.open(join(dir, "README.md"));
    assert.equal((await server.request("policywright/status", { uri: readme })).policy, false);
  });

  test("regimes in .policywright.json are lower-cased by both: 'CCPA' asks for the CCPA disclosures", async () => {
    const r = cli(["check", "ca/privacy.md", "--format", "json"], dir);
    const fromCli = findingsOf(r);
    assert.ok(fromCli.some((f) => /^missing-section\(ccpa-/.test(f)), `CLI findings: ${fromCli}`);
    assert.ok(!fromCli.includes("missing-section(legal-basis)"), "GDPR-only disclosures are not asked for");
    const uri = server.open(join(dir, "ca", "privacy.md"), readFileSync(join(dir, "ca", "privacy.md"), "utf8"));
    const diags = await server.waitFor(uri, (d) => d.length > 0, 30000);
    assert.deepEqual(diagnosticsOf(diags), fromCli);
  });
});
