// Reads a V8 heap snapshot (.heapsnapshot JSON) and prints where the memory is: self size by
// node type and constructor, and the retained size of the largest dominators (the objects
// whose removal frees the most), computed with the Cooper–Harvey–Kennedy dominator algorithm.
//   node bench/heap-summary.mjs FILE.heapsnapshot [--top 30]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const MB = 1048576;

export function summarizeSnapshot(snap, { top = 30 } = {}) {
  const meta = snap.snapshot.meta;
  const nf = meta.node_fields, ef = meta.edge_fields;
  const NS = nf.length, ES = ef.length;
  const nodes = snap.nodes, edges = snap.edges, strings = snap.strings;
  const types = meta.node_types[0], etypes = meta.edge_types[0];
  const iType = nf.indexOf("type"), iName = nf.indexOf("name"), iSize = nf.indexOf("self_size"), iEdges = nf.indexOf("edge_count");
  const eType = ef.indexOf("type"), eName = ef.indexOf("name_or_index"), eTo = ef.indexOf("to_node");
  const n = nodes.length / NS;
  const firstEdge = new Uint32Array(n + 1);
  for (let i = 0, e = 0; i < n; i++) {
    firstEdge[i] = e;
    e += nodes[i * NS + iEdges] * ES;
    firstEdge[i + 1] = e;
  }
  const weak = etypes.indexOf("weak"), shortcut = etypes.indexOf("shortcut");
  const label = (i) => {
    const t = types[nodes[i * NS + iType]];
    const name = strings[nodes[i * NS + iName]];
    return t === "object" || t === "native" || t === "closure" ? `${t} ${name}` : t === "string" || t === "concatenated string" || t === "sliced string" ? t : `${t} ${name}`.slice(0, 80);
  };
  // self size by label
  let total = 0;
  const bySelf = new Map();
  for (let i = 0; i < n; i++) {
    const s = nodes[i * NS + iSize];
    total += s;
    const k = label(i);
    const v = bySelf.get(k) ?? { size: 0, count: 0 };
    v.size += s;
    v.count++;
    bySelf.set(k, v);
  }
  console.log(`\nheap snapshot: ${n} nodes, ${(total / MB).toFixed(1)} MB self size in all`);
  console.log(`\nself size by type / constructor (top ${top}):`);
  for (const [k, v] of [...bySelf].sort((a, b) => b[1].size - a[1].size).slice(0, top)) console.log(`  ${(v.size / MB).toFixed(2).padStart(7)} MB  ${String(v.count).padStart(8)}  ${k}`);

  // dominators: reverse postorder from the root (node 0), ignoring weak edges
  const order = new Int32Array(n).fill(-1);
  const post = new Uint32Array(n);
  let count = 0;
  {
    const stack = new Uint32Array(n), edgeAt = new Uint32Array(n);
    const seen = new Uint8Array(n);
    let sp = 0;
    stack[sp] = 0;
    edgeAt[sp] = firstEdge[0];
    seen[0] = 1;
    sp++;
    while (sp) {
      const v = stack[sp - 1];
      let e = edgeAt[sp - 1];
      let pushed = false;
      while (e < firstEdge[v + 1]) {
        const t = edges[e + eType];
        const to = edges[e + eTo] / NS;
        e += ES;
        if (t === weak || t === shortcut || seen[to]) continue;
        seen[to] = 1;
        edgeAt[sp - 1] = e;
        stack[sp] = to;
        edgeAt[sp] = firstEdge[to];
        sp++;
        pushed = true;
        break;
      }
      if (!pushed) {
        order[v] = count;
        post[count++] = v;
        sp--;
      }
    }
  }
  // predecessors (reachable ones only)
  const predCount = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) {
    if (order[v] < 0) continue;
    for (let e = firstEdge[v]; e < firstEdge[v + 1]; e += ES) {
      const t = edges[e + eType];
      if (t === weak || t === shortcut) continue;
      predCount[edges[e + eTo] / NS + 1]++;
    }
  }
  for (let i = 0; i < n; i++) predCount[i + 1] += predCount[i];
  const preds = new Uint32Array(predCount[n]);
  const fill = predCount.slice();
  for (let v = 0; v < n; v++) {
    if (order[v] < 0) continue;
    for (let e = firstEdge[v]; e < firstEdge[v + 1]; e += ES) {
      const t = edges[e + eType];
      if (t === weak || t === shortcut) continue;
      const to = edges[e + eTo] / NS;
      preds[fill[to]++] = v;
    }
  }
  const idom = new Int32Array(n).fill(-1);
  idom[0] = 0;
  const intersect = (a, b) => {
    while (a !== b) {
      while (order[a] < order[b]) a = idom[a];
      while (order[b] < order[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = count - 2; k >= 0; k--) {
      const v = post[k];
      let d = -1;
      for (let p = predCount[v]; p < predCount[v + 1]; p++) {
        const u = preds[p];
        if (idom[u] < 0) continue;
        d = d < 0 ? u : intersect(u, d);
      }
      if (d >= 0 && idom[v] !== d) (idom[v] = d), (changed = true);
    }
  }
  const retained = new Float64Array(n);
  for (let k = 0; k < count; k++) {
    const v = post[k];
    retained[v] += nodes[v * NS + iSize];
    if (v !== 0) retained[idom[v]] += retained[v];
  }
  // the largest dominators that are not just holders of one bigger dominator below them
  const edgeName = (e) => {
    const t = etypes[edges[e + eType]];
    return t === "element" || t === "hidden" ? `[${edges[e + eName]}]` : strings[edges[e + eName]];
  };
  const via = (v) => {
    const d = idom[v];
    for (let e = firstEdge[d]; e < firstEdge[d + 1]; e += ES) if (edges[e + eTo] / NS === v) return `${label(d)} .${edgeName(e)}`;
    return label(d);
  };
  console.log(`\nretained size by constructor, objects not dominated by another of the same (top ${top}):`);
  const byRetained = new Map();
  for (let k = 0; k < count; k++) {
    const v = post[k];
    const l = label(v);
    let d = idom[v], nested = false;
    while (d !== 0 && d >= 0) {
      if (label(d) === l) {
        nested = true;
        break;
      }
      if (d === idom[d]) break;
      d = idom[d];
    }
    if (nested) continue;
    const x = byRetained.get(l) ?? { size: 0, count: 0 };
    x.size += retained[v];
    x.count++;
    byRetained.set(l, x);
  }
  for (const [k, v] of [...byRetained].sort((a, b) => b[1].size - a[1].size).slice(0, top)) console.log(`  ${(v.size / MB).toFixed(2).padStart(7)} MB  ${String(v.count).padStart(8)}  ${k}`);
  console.log(`\nlargest single dominators (top ${top}):`);
  const big = [...post.subarray(0, count)].filter((v) => v !== 0).sort((a, b) => retained[b] - retained[a]).slice(0, top * 3);
  for (const v of big.slice(0, top)) console.log(`  ${(retained[v] / MB).toFixed(2).padStart(7)} MB  ${label(v)}  <- ${via(v)}`);
  // what the root dominates directly (held by more than one thing), grouped by what holds it
  const holders = (v) => {
    const out = [];
    for (let p = predCount[v]; p < predCount[v + 1] && out.length < 3; p++) {
      const u = preds[p];
      for (let e = firstEdge[u]; e < firstEdge[u + 1]; e += ES) if (edges[e + eTo] / NS === v) {
        out.push(`${label(u)}.${edgeName(e)}`);
        break;
      }
    }
    return out.join(" | ");
  };
  const shared = new Map();
  for (let k = 0; k < count; k++) {
    const v = post[k];
    if (v === 0 || idom[v] !== 0) continue;
    const key = `${label(v)}  <- ${holders(v)}`.replace(/\[\d+\]/g, "[i]").replace(/\.\d+\b/g, ".i");
    const x = shared.get(key) ?? { size: 0, count: 0 };
    x.size += retained[v];
    x.count++;
    shared.set(key, x);
  }
  console.log(`\nheld by more than one path (dominated by the root only), by holders (top ${top}):`);
  for (const [k, v] of [...shared].sort((a, b) => b[1].size - a[1].size).slice(0, top)) console.log(`  ${(v.size / MB).toFixed(2).padStart(7)} MB  ${String(v.count).padStart(7)}  ${k.slice(0, 200)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--top");
  summarizeSnapshot(JSON.parse(readFileSync(process.argv[2], "utf8")), { top: i > 0 ? Number(process.argv[i + 1]) : 30 });
}
