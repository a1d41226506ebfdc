// Every regular expression literal in the core and the host, attacked with long pumped
// strings (runs of one character or pair, then a character that makes the match fail).
// A pattern with catastrophic or quadratic backtracking takes seconds on these inputs;
// a linear one takes a few milliseconds. Patterns are found by parsing the TypeScript
// sources, so a new pattern is tested the day it is written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";
import { ROOT } from "../unit/helpers.mjs";

const ts = createRequire(import.meta.url)("typescript");

/** Input length for the attack; the budget is far above a linear scan and far below a quadratic one. */
const LENGTH = 20_000;
const BUDGET_MS = 150;

/**
 * Patterns that are quadratic in principle but only ever see short, bounded input,
 * attacked at that bound instead: [file, start of the pattern's source, bound, where it runs].
 */
const BOUNDED = [
  ["policy/sentences.ts", "([\\p{L}.]+)$", 12, "the 12 characters before a period"],
  ["core/disclosures.ts", "[,.]?\\s*(?:Inc|LLC", 200, "the manifest's controller name"],
  ["init/draft.ts", "\\s+\\(.*?\\)\\s*$", 120, "a purpose of at most 120 characters"],
  ["mentions/serviceContext.ts", "^[\\s*_>([]*", 12, "at most 12 characters before a name in its list item, cell or heading"],
  ["core/packs/", "(?:\\b(?:P\\.?", 40, "the 40 characters before a name (a language pack's fixed phrases)"],
  ["core/packs/", "(?:\\b(?:in|on|at|via", 40, "the 40 characters before a name (a language pack's service context)"],
  ["core/packs/", "^(?:\\*\\*|__|\\])?\\s*(?:\\(", 40, "the 40 characters after a name (a language pack's service context)"],
  ["core/packs/", "\\b(?:unless|except", 80, "the 80 characters before a disclosure phrase (a language pack's exceptions)"],
  ["core/packs/", "\\b(?:a|an|the|this", 40, "the 40 characters before a name (a language pack's determiners)"],
  ["core/packs/", "^(?:\\*\\*|__)?\\s*(?:,?\\s*(?:inc", 24, "the 24 characters after a name (a language pack's service verbs)"],
  ["fixes/recipients.ts", "^(?:\\*\\*|__)?[^*_\\n]*?", 400, "the first 400 characters of a list item"],
];
const boundOf = (at, source) => BOUNDED.find(([file, head]) => at.includes(file) && source.startsWith(head))?.[2];

/** Strings repeated to LENGTH: characters and pairs that the core's patterns consume in runs. */
const PUMPS = ["a", "A", "1", " ", "\n", "\r\n", "\t", ".", "-", "_", "*", "|", "[", "(", ")", "`", "@", "#", ">", ":", ",", "'", "\"",
  "a ", "a.", "a-", "1.", "1 ", "a@", "a\n", " \n", ", ", "a:", "Aa ", "é", "<!--", "# ", "> ", "- ", "**", "__", "[a](", "do not ", "only with ",
  "we ", "the ", "is not ", "30 ", "thirty ", "last updated ", "\u200b", "\u00a0"];
const ENDINGS = ["", "!", "\u0000", "\n"];

function sources(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return p.endsWith(".ts") && !p.endsWith("catalog/data.ts") ? [p] : [];
  });
}

/** Every regex literal with its file and line. */
function literals() {
  const out = [];
  for (const file of [...sources(join(ROOT, "server/src/core")), ...sources(join(ROOT, "server/src/host"))]) {
    const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const visit = (n) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const at = `${relative(ROOT, file)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
        const m = /^\/(.*)\/([a-z]*)$/s.exec(n.text);
        out.push({ at, source: m[1], flags: m[2] });
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return out;
}

/** The slowest (input, time) of one pattern over every pump and ending. */
function attack(source, flags, length) {
  const re = new RegExp(source, flags.includes("g") ? flags : `${flags}g`);
  let worst = { ms: 0, input: "" };
  for (const pump of PUMPS) {
    for (const end of ENDINGS) {
      const input = pump.repeat(Math.ceil(length / pump.length)).slice(0, length) + end;
      const t = performance.now();
      re.lastIndex = 0;
      let n = 0;
      for (let m = re.exec(input); m && n < 2000; m = re.exec(input), n++) if (m[0] === "") re.lastIndex++;
      const ms = performance.now() - t;
      if (ms > worst.ms) worst = { ms, input: `${JSON.stringify(pump)} x ${length}${end ? ` + ${JSON.stringify(end)}` : ""}` };
      // one input over the budget is enough to report the pattern: stop before the others add minutes
      if (worst.ms > BUDGET_MS) return worst;
    }
  }
  return worst;
}

const found = literals();
if (process.env.PW_REGEX_PROFILE) {
  const rows = found.map((f) => { const t = performance.now(); attack(f.source, f.flags, boundOf(f.at, f.source) ?? LENGTH); return [performance.now() - t, f.at, f.source.slice(0, 50)]; });
  rows.sort((a, b) => b[0] - a[0]);
  for (const r of rows.slice(0, 20)) console.log(r[0].toFixed(0), r[1], r[2]);
}

test("the scan finds the core's patterns", () => {
  assert.ok(found.length > 100, `only ${found.length} regex literals found`);
});

test(`no regex literal backtracks badly on ${LENGTH}-character adversarial input`, () => {
  const slow = [];
  for (const { at, source, flags } of found) {
    const length = boundOf(at, source) ?? LENGTH;
    let worst = attack(source, flags, length);
    // one retry absorbs a garbage-collection pause
    if (worst.ms > BUDGET_MS) worst = attack(source, flags, length);
    if (worst.ms > BUDGET_MS) slow.push(`${at} /${source}/${flags}: ${worst.ms.toFixed(0)} ms on ${worst.input}`);
  }
  assert.deepEqual(slow, []);
});
