// Timing helpers for the benchmark: whole processes (wall time, CPU time, peak memory) and
// the statistics it reports (medians and 95th percentiles over several runs, after warm-up).
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PRELOAD = fileURLToPath(new URL("./maxrss.cjs", import.meta.url));

export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank 95th percentile. */
export function p95(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : NaN;
}

/**
 * Runs `node [preload] script ...args` once and measures it: wall time from spawn to exit as
 * the caller sees it, and the child's own CPU time and peak RSS. Output is discarded.
 */
export function timeProcess(script, args, { cwd, timeoutMs = 120_000 } = {}) {
  const stats = join(tmpdir(), `pw-bench-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["-r", PRELOAD, script, ...args], {
    cwd, stdio: ["ignore", "ignore", "pipe"], timeout: timeoutMs, env: { ...process.env, PW_BENCH_STATS: stats, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  let s = {};
  try {
    s = JSON.parse(readFileSync(stats, "utf8"));
  } catch {}
  rmSync(stats, { force: true });
  const timedOut = r.error?.code === "ETIMEDOUT" || r.signal === "SIGTERM";
  return { wallMs, cpuMs: s.cpuMs ?? NaN, rssMB: s.maxRssKB ? s.maxRssKB / 1024 : NaN, status: r.status, timedOut, stderr: String(r.stderr ?? "").slice(-400) };
}

/** Summary of repeated process runs: medians of wall time, CPU time and peak memory. */
export function summarize(runs) {
  return {
    runs: runs.length,
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rssMB: median(runs.map((r) => r.rssMB)),
    timedOut: runs.some((r) => r.timedOut),
  };
}

export function fmtMs(ms) {
  if (!Number.isFinite(ms)) return "–";
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

export function fmtSize(bytes) {
  return bytes >= 1048576 ? `${+(bytes / 1048576).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
