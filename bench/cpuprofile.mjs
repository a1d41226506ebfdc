// Reads a V8 .cpuprofile (node --cpu-prof): self and inclusive time by function, counted from
// samples (so a busy machine's pauses between samples do not count as work), optionally only
// the samples taken from a moment on (a monotonic-clock time in µs, as process.hrtime gives).

/** { all, self: [label, µs][], total: [label, µs][] } sorted by time, idle and GC kept apart. */
export function summarize(p, { from = 0, interval } = {}) {
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const parent = new Map();
  for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const label = (x) => `${x.callFrame.functionName || "(anonymous)"} ${x.callFrame.url.split("/").pop()}:${x.callFrame.lineNumber + 1}`;
  const hits = new Map();
  let t = p.startTime, n = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i];
    if (t < from) continue;
    const id = p.samples[i];
    if (byId.get(id).callFrame.functionName === "(idle)") continue;
    hits.set(id, (hits.get(id) ?? 0) + 1);
    n++;
  }
  const step = interval ?? (p.endTime - p.startTime) / Math.max(1, p.samples.length);
  const self = new Map(), total = new Map();
  for (const [id, h] of hits) {
    self.set(label(byId.get(id)), (self.get(label(byId.get(id))) ?? 0) + h);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const k = label(byId.get(x));
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + h);
      seen.add(k);
    }
  }
  const sorted = (m) => [...m].map(([k, h]) => [k, h * step]).sort((a, b) => b[1] - a[1]);
  return { all: n * step, self: sorted(self), total: sorted(total) };
}

/** Prints a summary's top entries in milliseconds (divided by `per`, e.g. the number of edits). */
export function printSummary(s, { top = 30, per = 1, title = "" } = {}) {
  const ms = (us) => (us / 1000 / per).toFixed(2).padStart(9);
  console.log(`${title}${ms(s.all).trim()} ms of main-thread samples${per > 1 ? " per edit" : ""}\n\nself time`);
  for (const [k, us] of s.self.slice(0, top)) console.log(`${ms(us)} ms  ${k}`);
  console.log("\ninclusive time");
  for (const [k, us] of s.total.slice(0, top)) console.log(`${ms(us)} ms  ${k}`);
}
