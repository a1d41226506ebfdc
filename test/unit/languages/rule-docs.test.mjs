// Every rule page's German and French example (docs/rules/*.md, "In German and French"), run:
// the files it shows are written to a folder, `policywright check --lang de|fr` runs on the
// policy, and the finding the page quotes must be among what the rule reports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { CLI, ROOT, tempDir } from "../helpers.mjs";

const run = promisify(execFile);
const RULES = join(ROOT, "docs/rules");
const pages = readdirSync(RULES).filter((f) => f.endsWith(".md") && f !== "README.md");

/** The examples of one page: per language, the files (name, text), the policy's name and the quoted finding. */
function examples(page) {
  const text = readFileSync(join(RULES, page), "utf8");
  const start = text.indexOf("\n## In German and French\n");
  if (start < 0) return [];
  // the section runs to the next level-2 heading outside a code block (the examples have headings of their own)
  const lines = text.slice(start + 1).split("\n");
  let fenced = false;
  const end = lines.findIndex((l, i) => {
    if (l.startsWith("```")) fenced = !fenced;
    return i > 0 && !fenced && l.startsWith("## ");
  });
  const section = (end < 0 ? lines : lines.slice(0, end)).join("\n");
  return section.split(/\n### /).slice(1).map((part) => {
    const lang = part.startsWith("German") ? "de" : part.startsWith("French") ? "fr" : undefined;
    const blocks = [...part.matchAll(/(?:^|\n)(`([^`\n]+)`(?: as first committed)?|and as committed on (\d{4}-\d{2}-\d{2})):\n\n```\w*\n([\s\S]*?)\n```/g)];
    const files = blocks.map((b) => ({ name: b[2] ?? "processors.yaml", date: b[3], text: `${b[4]}\n` }));
    const finding = /\n> (.+)(?:\n|$)/.exec(part)?.[1];
    return { lang, files, finding };
  });
}

const GIT_ENV = { GIT_AUTHOR_NAME: "Policywright Docs", GIT_AUTHOR_EMAIL: "docs@policywright.example", GIT_COMMITTER_NAME: "Policywright Docs", GIT_COMMITTER_EMAIL: "docs@policywright.example" };

/** Writes the example's files (a manifest shown twice is committed twice: first, then on the date given) and checks its policy. */
async function check(example) {
  const dir = tempDir(join(tmpdir(), "pw-rule-docs-"));
  const policy = example.files.findLast((f) => /\.md$/.test(f.name));
  const manifests = example.files.filter((f) => f.name === "processors.yaml");
  for (const f of example.files) {
    if (f.name === "processors.yaml") continue;
    mkdirSync(dirname(join(dir, f.name)), { recursive: true });
    writeFileSync(join(dir, f.name), f.text);
  }
  if (manifests.length === 2) {
    const git = (args, date) => execFileSync("git", args, { cwd: dir, env: { ...process.env, ...GIT_ENV, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) } });
    writeFileSync(join(dir, "processors.yaml"), manifests[0].text);
    git(["init", "-q"]);
    git(["add", "processors.yaml"]);
    git(["commit", "-qm", "Processors"], "2026-01-15T10:00:00+00:00");
    writeFileSync(join(dir, "processors.yaml"), manifests[1].text);
    git(["commit", "-qam", "New processor"], `${manifests[1].date}T10:00:00+00:00`);
  } else if (manifests.length === 1) writeFileSync(join(dir, "processors.yaml"), manifests[0].text);
  const { stdout } = await run(process.execPath, [CLI, "check", policy.name, "--format", "json", "--lang", example.lang], { cwd: dir, timeout: 60000 }).catch((e) => e);
  return JSON.parse(stdout).files.flatMap((f) => f.findings);
}

test("every rule page has a German and a French example", () => {
  const missing = pages.filter((p) => examples(p).map((e) => e.lang).join() !== "de,fr");
  assert.deepEqual(missing, []);
});

for (const page of pages) {
  const rule = page.replace(/\.md$/, "");
  test(`${rule}: the German and French examples report what the page says`, async () => {
    for (const ex of examples(page)) {
      assert.ok(ex.finding, `${page} (${ex.lang}) quotes a finding`);
      const found = (await check(ex)).filter((f) => f.rule === rule).map((f) => f.message);
      // a commit hash is shown as (…): it depends on git's version of the commit format
      const want = new RegExp(`^${ex.finding.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\(…\\\)/g, "\\([0-9a-f]{7,}\\)")}$`);
      assert.ok(found.some((m) => want.test(m)), `${page} (${ex.lang}): expected\n  ${ex.finding}\ngot\n  ${found.join("\n  ")}`);
    }
  });
}
