// Scores the command line against the German and French real-policy corpus in ./defr/.
//
// Each case folder holds a rewritten real policy (policy.md), a manifest written from what
// the company says (processors.yaml) and expected.json, labelled by the contract before the
// tool was run on it. Matching is by rule and subject, as in ../../../shared/tools/score.mjs,
// with one difference: every reported finding that is neither expected nor in `ignore` counts
// as false, each time it is reported (no dedup), because a user sees every one of them.
//
//   node test/corpus/defr-score.mjs [--case NAME] [--verbose] [--raise-floors]
//
// --raise-floors rewrites defr/floor.json with the measured values rounded down to 0.05, but
// only where they are higher than the floor already there: a floor only goes up.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const CORPUS = fileURLToPath(new URL("./defr/", import.meta.url));
export const FLOOR_FILE = join(CORPUS, "floor.json");
const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** The rules the contract scores (error and warning findings only). */
export const SCORED = new Set([
  "undisclosed-processor", "undeclared-processor", "retention-mismatch", "country-mismatch",
  "transfer-contradiction", "consent-contradiction", "missing-section", "placeholder",
  "contact-mismatch", "manifest-invalid", "cookie-mismatch", "notice-period",
]);
const SUFFIX = new Set(["inc", "llc", "ltd", "limited", "gmbh", "ag", "pbc", "plc", "oy", "oü", "ou", "ab",
  "as", "aps", "sa", "sas", "srl", "spa", "bv", "nv", "corp", "corporation", "co", "kg", "ug", "og", "e", "v", "sarl", "sàrl"]);

/** A subject as the shared scorer compares it: NFKC, lower case, no punctuation, no legal suffix. */
export function normSubject(s) {
  return String(s ?? "").normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/).filter((w) => w && !SUFFIX.has(w)).join(" ");
}
const key = (rule, subject) => `${rule}::${normSubject(subject)}`;

/** The case folders, sorted. */
export function caseNames() {
  return readdirSync(CORPUS).filter((d) => statSync(join(CORPUS, d)).isDirectory()).sort();
}

export function readCase(name) {
  const dir = join(CORPUS, name);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  return { name, dir, expected };
}

/** Runs `check --format json` in the case folder; returns the scored findings or throws. */
export function runCase({ name, dir, expected }) {
  const argv = [CLI, "check", expected.policy ?? "policy.md", "--format", "json",
    "--manifest", expected.manifest ?? "processors.yaml"];
  const run = spawnSync(process.execPath, argv, { cwd: dir, encoding: "utf8", timeout: 60_000 });
  let out;
  try {
    out = JSON.parse(run.stdout);
  } catch {
    throw new Error(`${name}: no JSON report (exit ${run.status}): ${(run.stderr || run.stdout).trim().split("\n")[0]}`);
  }
  const got = [];
  for (const f of out.files ?? [])
    for (const x of f.findings ?? [])
      if (SCORED.has(x.rule) && (x.severity === "error" || x.severity === "warning")) got.push(x);
  return { got, languages: (out.files ?? []).map((f) => f.language).filter(Boolean) };
}

/** Compares one case's findings with its labels. */
export function compare(expected, got) {
  const want = new Map(expected.findings.filter((e) => SCORED.has(e.rule)).map((e) => [key(e.rule, e.subject), e]));
  const ignored = new Set((expected.ignore ?? []).map((i) => key(i.rule, i.subject)));
  const found = new Set();
  const tp = [];
  const fp = [];
  for (const g of got) {
    const k = key(g.rule, g.subject);
    if (want.has(k)) {
      if (!found.has(k)) tp.push(g);
      found.add(k); // a repeat of a true finding is neither credited nor held against the tool
    } else if (!ignored.has(k)) {
      fp.push(g); // every false finding counts, however often it repeats
    }
  }
  const fn = [...want.entries()].filter(([k]) => !found.has(k)).map(([, e]) => e);
  return { tp, fp, fn };
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);

/** Scores every case (or the named ones); returns per-case results and totals. */
export function scoreCorpus(names = caseNames()) {
  const cases = [];
  const perRule = new Map();
  const perLang = new Map();
  const bump = (map, k, field, n) => {
    const r = map.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    r[field] += n;
    map.set(k, r);
  };
  for (const name of names) {
    const c = readCase(name);
    const { got, languages } = runCase(c);
    const res = compare(c.expected, got);
    cases.push({ name, language: c.expected.language, reportedLanguages: languages, ...res });
    for (const field of ["tp", "fp", "fn"])
      for (const f of res[field]) {
        bump(perRule, f.rule, field, 1);
        bump(perLang, c.expected.language, field, 1);
        bump(perLang, "all", field, 1);
      }
  }
  const summarise = (r) => ({ ...r, precision: ratio(r.tp, r.tp + r.fp), recall: ratio(r.tp, r.tp + r.fn) });
  return {
    cases,
    rules: Object.fromEntries([...perRule].sort().map(([k, r]) => [k, summarise(r)])),
    languages: Object.fromEntries([...perLang].sort().map(([k, r]) => [k, summarise(r)])),
  };
}

export function readFloors() {
  return existsSync(FLOOR_FILE) ? JSON.parse(readFileSync(FLOOR_FILE, "utf8")) : { languages: {}, rules: {} };
}

const down = (x) => Math.floor(x * 20 + 1e-9) / 20;

/** New floors: the measured values rounded down to 0.05, never below the old floor. */
export function raisedFloors(score, old = readFloors()) {
  const raise = (prev = {}, r) => ({
    precision: Math.max(prev.precision ?? 0, down(r.precision)),
    recall: Math.max(prev.recall ?? 0, down(r.recall)),
  });
  const out = { note: old.note, languages: { ...old.languages }, rules: { ...old.rules } };
  for (const [k, r] of Object.entries(score.languages)) out.languages[k] = raise(old.languages?.[k], r);
  for (const [k, r] of Object.entries(score.rules)) out.rules[k] = raise(old.rules?.[k], r);
  return out;
}

export function formatScore(score, verbose = false) {
  const lines = [];
  for (const c of score.cases) {
    lines.push(`${c.name} (${c.language}): ${c.tp.length} found, ${c.fn.length} missed, ${c.fp.length} false`);
    if (verbose || c.fn.length || c.fp.length) {
      for (const m of c.fn) lines.push(`  missed  ${m.rule} ${JSON.stringify(m.subject)}`);
      for (const x of c.fp) lines.push(`  false   ${x.rule} ${JSON.stringify(x.subject)} at ${x.line}: ${x.message}`);
    }
  }
  lines.push("", "rule                      precision  recall   (tp/fp/fn)");
  const row = (k, r) => `${k.padEnd(26)}${r.precision.toFixed(2).padStart(9)}${r.recall.toFixed(2).padStart(8)}   (${r.tp}/${r.fp}/${r.fn})`;
  for (const [k, r] of Object.entries(score.rules)) lines.push(row(k, r));
  lines.push("");
  for (const [k, r] of Object.entries(score.languages)) lines.push(row(`language ${k}`, r));
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf("--case");
  const names = i >= 0 ? [args[i + 1]] : caseNames();
  const score = scoreCorpus(names);
  console.log(formatScore(score, args.includes("--verbose")));
  if (args.includes("--raise-floors")) {
    if (i >= 0) throw new Error("--raise-floors needs the whole corpus, not --case");
    writeFileSync(FLOOR_FILE, JSON.stringify(raisedFloors(score), null, 2) + "\n");
    console.log(`\nfloors written to ${FLOOR_FILE}`);
  }
}
