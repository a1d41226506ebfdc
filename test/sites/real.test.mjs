// Real site repositories (rewritten, see test/sites/real/README.md and each source.json):
// `check` runs on each without a finding caused by template syntax. Without a manifest only
// the placeholder, missing-section and stale-date rules speak; the pages do lack some
// disclosures (those findings are real), but none may be a placeholder for template syntax,
// a name read out of a shortcode or an MDX expression, or a missing date a template supplies.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CLI } from "../unit/helpers.mjs";

const REAL = fileURLToPath(new URL("./real/", import.meta.url));
const cases = readdirSync(REAL, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

test("the real-site fixtures cover Jekyll, Hugo, Docusaurus and Eleventy, each with its source", () => {
  const generators = cases.map((c) => JSON.parse(readFileSync(join(REAL, c, "source.json"), "utf8")));
  assert.deepEqual([...new Set(generators.map((g) => g.generator))].sort(), ["docusaurus", "eleventy", "hugo", "jekyll"]);
  for (const g of generators) assert.match(g.commit, /^[0-9a-f]{40}$/);
});

for (const name of cases) {
  test(`${name}: no finding caused by template syntax`, (t) => {
    const dir = mkdtempSync(join(tmpdir(), `pw-real-${name}-`));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(REAL, name), dir, { recursive: true });
    const r = spawnSync(process.execPath, [CLI, "check", "--format", "json"], { cwd: dir, encoding: "utf8" });
    const json = JSON.parse(r.stdout);
    const source = JSON.parse(readFileSync(join(REAL, name, "source.json"), "utf8"));
    const pages = source.files.filter((f) => /\.mdx?$/.test(f));
    assert.deepEqual(json.files.map((f) => f.path).sort(), [...pages].sort(), "every policy page is found by the default globs");
    for (const f of json.files) {
      for (const x of f.findings) {
        assert.ok(["missing-section", "stale-date"].includes(x.rule), `${f.path}: ${x.rule} ${x.subject}: ${x.message}`);
        assert.notEqual(x.subject, "last-updated", `${f.path}: the page has a date (${x.message})`);
      }
    }
  });
}
