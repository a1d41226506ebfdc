// ESLint with typescript-eslint's recommended rules (eslint.config.mjs) passes on the
// sources, so the few targeted `eslint-disable-next-line` comments are checked by a real
// linter and nothing is disabled wholesale.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";

test("eslint reports no problem in server/src and client/src", async () => {
  const eslint = new ESLint();
  const results = await eslint.lintFiles(["server/src", "client/src"]);
  const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId ?? ""} ${m.message}`));
  assert.deepEqual(problems, []);
});

test("no eslint-disable comment turns a rule off for a whole file or without naming the rule", () => {
  const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
  const blanket = [];
  for (const f of [...files("server/src"), ...files("client/src")]) {
    readFileSync(f, "utf8").split("\n").forEach((line, i) => {
      const m = /eslint-disable(-next-line|-line)?\b\s*([\w@/-]*)/.exec(line);
      if (m && (!m[1] || !m[2])) blanket.push(`${f}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(blanket, []);
});
