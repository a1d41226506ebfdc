#!/usr/bin/env node
// Scores Policywright on a real-policy corpus (test/corpus/en by default; test/corpus/defr
// holds the German and French one).
//
//   node test/corpus/score.mjs [--cases DIR] [--case NAME] [--cli FILE] [--verbose] [--json]
//                              [--write-floor] [--floor FILE]
//
// --write-floor raises the corpus's floor (test/corpus/floor.json for the default corpus,
// DIR/floor.json with --cases DIR, or --floor FILE) to this run's values (rounded down to two
// decimals); it never lowers a floor. Cases whose labels carry "language" are also scored per
// language, and those floors are kept too.
//
// For each case folder (policy.md, processors.yaml, expected.json) it runs
// `node dist/cli.js check <policy> --manifest <manifest> --format json` in that folder and
// compares the error- and warning-level findings with the labels:
//
// - a reported finding whose rule and subject match a not-yet-matched label is a true positive;
// - one that matches an `ignore` entry, or repeats a label already matched, is neutral;
// - every other reported finding is a false positive, EACH time it is reported: five
//   reports of the same wrong subject at five lines are five false positives, so a fix
//   that removes a class of false alarm must remove it everywhere in the document;
// - a label left unmatched is a false negative.
//
// Subjects match after the normalisation of the contract (section 5): NFKC, lower case,
// punctuation dropped, trailing legal-form suffixes dropped.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, "..", "..");

/** The rules the corpus scores (error/warning findings only). */
export const SCORED_RULES = Object.freeze([
  "undisclosed-processor", "undeclared-processor", "retention-mismatch", "country-mismatch",
  "transfer-contradiction", "consent-contradiction", "missing-section", "placeholder",
  "contact-mismatch", "manifest-invalid", "cookie-mismatch", "notice-period",
]);
const SCORED = new Set(SCORED_RULES);

const LEGAL_SUFFIXES = new Set([
  "inc", "llc", "ltd", "limited", "gmbh", "ag", "pbc", "plc", "oy", "oü", "ab", "as", "aps",
  "sa", "sas", "srl", "spa", "bv", "nv", "corp", "co", "kg", "ug", "og", "ev", "sarl",
]);

/** Normalises a subject as the contract's section 5 says. */
export function normalizeSubject(subject) {
  const words = String(subject ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\be\.v\.?(?=\s|$)/gu, "ev")
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(" ");
}

const keyOf = (rule, subject) => `${rule}::${normalizeSubject(subject)}`;

/** Lists the case folders under `casesDir` (those holding an expected.json). */
export function listCases(casesDir) {
  return readdirSync(casesDir)
    .filter((d) => statSync(join(casesDir, d)).isDirectory() && existsSync(join(casesDir, d, "expected.json")))
    .sort();
}

function runCli(cli, dir, policy, manifest) {
  return new Promise((done) => {
    const argv = [cli, "check", policy, "--format", "json"];
    if (existsSync(join(dir, manifest))) argv.push("--manifest", manifest);
    const child = spawn(process.execPath, argv, { cwd: dir });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b) => (stdout += b));
    child.stderr.on("data", (b) => (stderr += b));
    const timer = setTimeout(() => child.kill(), 120_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}

/**
 * Compares one case's reported findings with its labels.
 * @returns {{tp: object[], fp: object[], fn: object[], neutral: object[]}}
 */
export function compareCase(expected, reported) {
  const labels = (expected.findings ?? []).filter((e) => SCORED.has(e.rule));
  const ignored = new Set((expected.ignore ?? []).map((i) => keyOf(i.rule, i.subject)));
  const open = new Map();
  for (const l of labels) {
    const k = keyOf(l.rule, l.subject);
    if (!open.has(k)) open.set(k, []);
    open.get(k).push(l);
  }
  const matched = new Set();
  const tp = [];
  const fp = [];
  const neutral = [];
  for (const f of reported) {
    const k = keyOf(f.rule, f.subject);
    const waiting = open.get(k);
    if (waiting && waiting.length) {
      tp.push({ label: waiting.shift(), finding: f });
      matched.add(k);
    } else if (matched.has(k) || ignored.has(k)) {
      neutral.push(f);
    } else {
      fp.push(f);
    }
  }
  const fn = [...open.values()].flat();
  return { tp, fp, fn, neutral };
}

/** Scores every case; resolves to per-case results and per-rule counts. */
export async function scoreCorpus({ casesDir = join(here, "en"), cli = join(projectRoot, "dist", "cli.js"), only = null, parallel = 2 } = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} not found; run \`npm run build\` first`);
  const names = listCases(casesDir).filter((c) => !only || c === only);
  const cases = new Array(names.length);
  let next = 0;
  async function worker() {
    while (next < names.length) {
      const i = next++;
      const name = names[i];
      const dir = join(casesDir, name);
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
      const run = await runCli(cli, dir, expected.policy ?? "policy.md", expected.manifest ?? "processors.yaml");
      let out = null;
      try {
        out = JSON.parse(run.stdout);
      } catch {
        out = null;
      }
      if (!out) {
        const reason = (run.stderr || run.stdout || `exit ${run.status}`).trim().split("\n")[0];
        cases[i] = { name, language: expected.language ?? null, error: reason, ...compareCase(expected, []) };
        continue;
      }
      const reported = [];
      for (const file of out.files ?? [])
        for (const f of file.findings ?? [])
          if (SCORED.has(f.rule) && (f.severity === "error" || f.severity === "warning")) reported.push({ ...f, path: file.path });
      cases[i] = { name, language: expected.language ?? null, error: null, ...compareCase(expected, reported) };
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));

  const rules = {};
  const bump = (rule, k) => {
    rules[rule] ??= { tp: 0, fp: 0, fn: 0 };
    rules[rule][k]++;
  };
  for (const c of cases) {
    for (const x of c.tp) bump(x.label.rule, "tp");
    for (const x of c.fp) bump(x.rule, "fp");
    for (const x of c.fn) bump(x.rule, "fn");
  }
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const r of Object.values(rules)) {
    r.precision = ratio(r.tp, r.tp + r.fp);
    r.recall = ratio(r.tp, r.tp + r.fn);
    total.tp += r.tp;
    total.fp += r.fp;
    total.fn += r.fn;
  }
  total.precision = ratio(total.tp, total.tp + total.fp);
  total.recall = ratio(total.tp, total.tp + total.fn);
  // Per policy language, for corpora whose labels carry "language" (test/corpus/defr).
  const languages = {};
  for (const c of cases) {
    if (!c.language) continue;
    const l = (languages[c.language] ??= { tp: 0, fp: 0, fn: 0 });
    l.tp += c.tp.length;
    l.fp += c.fp.length;
    l.fn += c.fn.length;
  }
  for (const l of Object.values(languages)) {
    l.precision = ratio(l.tp, l.tp + l.fp);
    l.recall = ratio(l.tp, l.tp + l.fn);
  }
  return { cases, rules, total, languages, labels: cases.reduce((n, c) => n + c.tp.length + c.fn.length, 0) };
}

/** Rounds down to two decimals, as the floor is kept. */
export const floorOf = (x) => Math.floor(x * 100 + 1e-9) / 100;

/**
 * Where a run falls below its floors: overall, per scored rule and per given language, one line
 * each ("overall precision 0.912 < floor 0.95"). A rule or language with no finding scores 1.
 */
export function belowFloor(result, floor, languages = []) {
  const below = [];
  const check = (name, got, min) => {
    for (const k of ["precision", "recall"]) if (min && got[k] + 1e-9 < min[k]) below.push(`${name} ${k} ${got[k].toFixed(3)} < floor ${min[k]}`);
  };
  check("overall", result.total, floor.overall);
  for (const rule of SCORED_RULES) check(rule, result.rules[rule] ?? { precision: 1, recall: 1 }, floor.rules?.[rule]);
  for (const lang of languages) check(`language ${lang}`, result.languages[lang] ?? { precision: 1, recall: 1 }, floor.languages?.[lang]);
  return below;
}

/**
 * The floor after this run: for overall and every scored rule, the higher of the old
 * floor and the current value rounded down. A floor never goes down.
 */
export function raiseFloor(old, result) {
  const up = (prev, r) => ({
    precision: Math.max(prev?.precision ?? 0, floorOf(r?.precision ?? 1)),
    recall: Math.max(prev?.recall ?? 0, floorOf(r?.recall ?? 1)),
  });
  const rules = {};
  for (const rule of SCORED_RULES) rules[rule] = up(old?.rules?.[rule], result.rules[rule]);
  const floor = { ...(old?.note ? { note: old.note } : {}), overall: up(old?.overall, result.total), rules };
  const langs = Object.keys(result.languages ?? {}).sort();
  if (langs.length) floor.languages = Object.fromEntries(langs.map((l) => [l, up(old?.languages?.[l], result.languages[l])]));
  return floor;
}

/** Renders the per-rule table. */
export function formatTable(result) {
  const lines = ["rule                       precision  recall    tp   fp   fn"];
  const row = (name, r) =>
    `${name.padEnd(26)} ${r.precision.toFixed(2).padStart(9)} ${r.recall.toFixed(2).padStart(7)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}`;
  for (const rule of Object.keys(result.rules).sort()) lines.push(row(rule, result.rules[rule]));
  lines.push(row("overall", result.total));
  return lines.join("\n");
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : null;
  };
  const result = await scoreCorpus({
    casesDir: opt("--cases") ? resolve(opt("--cases")) : undefined,
    cli: opt("--cli") ? resolve(opt("--cli")) : undefined,
    only: opt("--case"),
  });
  if (args.includes("--write-floor")) {
    // Each corpus keeps its floor beside its cases; the English one is test/corpus/floor.json.
    const file = opt("--floor") ? resolve(opt("--floor")) : opt("--cases") ? join(resolve(opt("--cases")), "floor.json") : join(here, "floor.json");
    const old = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
    writeFileSync(file, JSON.stringify(raiseFloor(old, result), null, 2) + "\n");
  }
  if (args.includes("--json")) {
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    return;
  }
  const verbose = args.includes("--verbose");
  for (const c of result.cases) {
    const head = `${c.name}: ${c.tp.length}/${c.tp.length + c.fn.length} found, ${c.fp.length} false`;
    console.log(c.error ? `${head}  (could not run: ${c.error})` : head);
    for (const m of c.fn) console.log(`  missed  ${m.rule} ${JSON.stringify(m.subject)}${verbose && m.note ? `  (${m.note})` : ""}`);
    for (const x of c.fp) console.log(`  false   ${x.rule} ${JSON.stringify(x.subject)} at ${x.path}:${x.line}: ${x.message}`);
    if (verbose) for (const x of c.neutral) console.log(`  neutral ${x.rule} ${JSON.stringify(x.subject)} at ${x.path}:${x.line}`);
  }
  console.log(`\n${formatTable(result)}\n${result.cases.length} cases, ${result.labels} labels`);
  for (const [lang, r] of Object.entries(result.languages))
    console.log(`language ${lang}: precision ${r.precision.toFixed(2)} recall ${r.recall.toFixed(2)} (${r.tp}/${r.fp}/${r.fn})`);
  if (result.cases.some((c) => c.error)) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e) => {
    console.error(`corpus score: ${e.message}`);
    process.exit(2);
  });
}
