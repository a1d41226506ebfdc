// Writes bench/results.md (tables), keeps the previous one as bench/results.previous.md and a
// JSON history (bench/history.json), and works out the change of each key number since the
// last run of the same kind, so that a regression shows.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fmtMs, fmtSize } from "./measure.mjs";

const HISTORY_LIMIT = 30;

/** The numbers compared from run to run, by a stable key. */
export function keyNumbers(r) {
  const k = {};
  for (const c of r.cli) k[`check ${c.policy} / ${c.processors}`] = c.wallMs;
  for (const c of r.cli) if (c.bare) k[`bare parse ${c.policy} / ${c.processors}`] = c.bare.wallMs;
  for (const c of r.core) k[`core ${c.policy}`] = c.totalMs;
  for (const [size, s] of Object.entries(r.lsp?.keystroke ?? {})) k[`keystroke p95 ${size}`] = s.p95;
  if (r.lsp?.manifestChange) k["manifest change, 50 policies"] = r.lsp.manifestChange.ms;
  if (r.lsp?.rssMB) k["server RSS, 50 policies (MB)"] = r.lsp.rssMB;
  if (r.history?.medianMs) k[`changes, ${r.history.commits} commits`] = r.history.medianMs;
  return k;
}

export function loadHistory(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return [];
  }
}

/** Percent changes against the last run of the same mode (quick or full). */
export function deltas(history, r) {
  const prev = [...history].reverse().find((h) => h.quick === r.quick);
  if (!prev) return {};
  const before = keyNumbers(prev);
  const out = {};
  for (const [k, v] of Object.entries(keyNumbers(r))) {
    if (Number.isFinite(before[k]) && Number.isFinite(v) && before[k] > 0) out[k] = ((v - before[k]) / before[k]) * 100;
  }
  return out;
}

const pct = (d) => (d === undefined ? "" : ` (${d >= 0 ? "+" : ""}${d.toFixed(0)}%)`);
const mb = (x) => (Number.isFinite(x) ? `${Math.round(x)} MB` : "–");

export function renderMarkdown(r, d, notes) {
  const L = [];
  const m = r.machine;
  L.push("# Benchmark results", "");
  L.push(`Run ${r.date} on **${m.host}** (${m.cpu}, ${m.cores} cores, ${m.memGB} GB), Node ${m.node}, ${m.os}.`);
  L.push(`Load average ${m.loadStart.join(" / ")} at the start, ${m.loadEnd.join(" / ")} at the end; the whole run took ${r.durationS.toFixed(0)} s${r.priority && r.priority !== "normal" ? `, at raised priority (${r.priority}) because the machine was shared` : ""}.`);
  L.push(`Measured build: \`${r.build.what}\` (the CLI: ${Math.round(r.build.cliBytes / 1024)} KB). Medians over the runs shown, after warm-up runs; (±n%) is the change since the previous ${r.quick ? "quick " : ""}run.`, "");
  if (r.targets.length) L.push("## Targets", "", "| target | goal | measured | met |", "|---|---|---|---|");
  for (const t of r.targets) L.push(`| ${t.name} | ${t.goal} | ${t.actual} | ${t.met === undefined ? "n/a" : t.met ? "yes" : "**no**"} |`);
  L.push("", "## `policywright check`, whole process, beside markdownlint-cli2", "");
  L.push("| policy | processors | runs | ours: wall | CPU | peak RSS | markdownlint-cli2: wall | peak RSS | ours / theirs |", "|---|---|---|---|---|---|---|---|---|");
  for (const c of r.cli) {
    const p = c.peer;
    const theirs = !p ? "–" : p.timedOut ? `> ${fmtMs(p.wallMs)} (stopped)` : `${fmtMs(p.wallMs)} (${p.runs} run${p.runs > 1 ? "s" : ""})`;
    const ratio = !p ? "–" : `${p.timedOut ? "< " : ""}${(c.wallMs / p.wallMs).toFixed(3)}`;
    L.push(`| ${c.policy} | ${c.processors} | ${c.runs} | ${fmtMs(c.wallMs)}${pct(d[`check ${c.policy} / ${c.processors}`])} | ${fmtMs(c.cpuMs)} | ${mb(c.rssMB)} | ${theirs} | ${p ? mb(p.rssMB) : "–"} | ${ratio} |`);
  }
  L.push("", "CPU is the process's user + system time, all threads (V8 compiles and collects garbage on helper threads).", "");
  for (const c of r.cli.filter((x) => x.bare)) {
    const b = c.bare;
    L.push(`Baseline, a bare Node process that only parses the same ${c.policy} policy and ${c.processors}-processor manifest with markdown-it and yaml (bench/bare-parse.mjs, bundled and minified like the CLI): wall ${fmtMs(b.wallMs)}, CPU ${fmtMs(b.cpuMs)}, peak RSS ${mb(b.rssMB)}; \`policywright check\` takes ${(c.wallMs / b.wallMs).toFixed(2)}× its wall time and ${(c.cpuMs / b.cpuMs).toFixed(2)}× its CPU.`, "");
  }
  L.push("## Core analysis alone (parse + all rules, warm, in one process per size)", "");
  L.push("| policy | processors | runs | parse | rules | total | per MB | growth vs the size before |", "|---|---|---|---|---|---|---|---|");
  for (const c of r.core) {
    L.push(`| ${c.policy} | ${c.processors} | ${c.runs} | ${fmtMs(c.parseMs)} | ${fmtMs(c.analyzeMs)} | ${fmtMs(c.totalMs)}${pct(d[`core ${c.policy}`])} | ${fmtMs(c.totalMs / (c.bytes / 1048576))} | ${c.growth ?? "–"} |`);
  }
  L.push("", "| manifest | processors | parse (warm median) |", "|---|---|---|");
  for (const x of r.manifests) if (Number.isFinite(x.parseMs)) L.push(`| ${Math.round(x.bytes / 1024)} KB | ${x.processors} | ${fmtMs(x.parseMs)} |`);
  L.push("", "## Language server", "");
  if (!r.lsp?.keystroke) L.push(`Not available: ${r.lsp?.reason ?? "no dist/server.js"}.`);
  else {
    L.push("| one-character edit to diagnostics | edits | median | p95 |", "|---|---|---|---|");
    for (const [size, s] of Object.entries(r.lsp.keystroke)) L.push(`| ${size} policy | ${s.n} | ${fmtMs(s.median)} | ${fmtMs(s.p95)}${pct(d[`keystroke p95 ${size}`])} |`);
    const size = fmtSize(r.lsp.manyBytes ?? 102400);
    if (r.lsp.manifestChange) L.push("", `Manifest saved with ${r.lsp.manifestChange.documents} open ${size} policies sharing it: all re-checked in ${fmtMs(r.lsp.manifestChange.ms)}${pct(d["manifest change, 50 policies"])}.`);
    if (r.lsp.rssMB) L.push(`Server resident memory with ${r.lsp.rssDocuments} open ${size} policies (a fresh server): ${mb(r.lsp.rssMB)}${pct(d["server RSS, 50 policies (MB)"])}.`);
  }
  L.push("", "## Preview", "");
  if (!r.preview?.available) L.push(`Not available: ${r.preview?.reason ?? "no preview benchmark"}.`);
  else L.push(`${r.preview.source}: ${Object.entries(r.preview.numbers).map(([k, v]) => `${k} ${typeof v === "number" ? fmtMs(v) : v}`).join(", ")}.`);
  L.push("", "## Manifest history (`policywright changes`)", "");
  if (!r.history?.medianMs) L.push(`Not available: ${r.history?.reason ?? "not measured in this run"}.`);
  else L.push(`A manifest changed in each of ${r.history.commits} commits (bench/git-history.mjs), read in one pass with no process spawned: \`changes --format json\` takes ${fmtMs(r.history.medianMs)} (median of ${r.history.runs}${pct(d[`changes, ${r.history.commits} commits`])}; CPU ${fmtMs(r.history.cpuMs)}), peak memory ${mb(r.history.rssMB)}, ${r.history.entries} entries.`);
  if (r.notes?.length) L.push("", "## Notes", "", ...r.notes.map((n) => `- ${n}`));
  // the analysis that goes with the numbers (profile, what was optimised, what is missed) is kept by hand
  if (notes) L.push("", notes.trim());
  return L.join("\n") + "\n";
}

/** Saves results.md (keeping the last one as results.previous.md) and appends to the history. */
export function save(r, { resultsPath, previousPath, historyPath, notesPath }) {
  const history = loadHistory(historyPath);
  const d = deltas(history, r);
  if (existsSync(resultsPath)) copyFileSync(resultsPath, previousPath);
  writeFileSync(resultsPath, renderMarkdown(r, d, existsSync(notesPath) ? readFileSync(notesPath, "utf8") : undefined));
  writeFileSync(historyPath, JSON.stringify([...history, r].slice(-HISTORY_LIMIT), null, 1) + "\n");
  return d;
}

// `node bench/report.mjs` writes results.md again from the last run in the history (after editing notes.md)
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const here = (f) => fileURLToPath(new URL(f, import.meta.url));
  const history = loadHistory(here("history.json"));
  const last = [...history].reverse().find((h) => !h.quick);
  if (!last) throw new Error("no full run in bench/history.json yet: run npm run bench");
  const notes = existsSync(here("notes.md")) ? readFileSync(here("notes.md"), "utf8") : undefined;
  writeFileSync(here("results.md"), renderMarkdown(last, deltas(history.slice(0, history.lastIndexOf(last)), last), notes));
}
