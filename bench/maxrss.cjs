// Preloaded (node -r) into every process the benchmark times, ours and the peer's alike: on exit
// it writes the process's peak resident memory and CPU time to the file named in PW_BENCH_STATS.
const file = process.env.PW_BENCH_STATS;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    require("node:fs").writeFileSync(file, JSON.stringify({ maxRssKB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
