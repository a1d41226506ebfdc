// No module of the server, client or CLI imports itself through a circle of other modules,
// type-only imports included. Circles make initialisation order matter (a value read before
// its module has run) and tie together parts that should stand apart. Imports are read with
// the TypeScript compiler's own pre-processor, so `import type` and re-exports count.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const roots = ["server/src", "client/src"];
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [join(dir, e.name)] : []));

function resolveImport(from, spec) {
  if (!spec.startsWith(".")) return undefined;
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) if (/\.tsx?$/.test(c) && existsSync(c)) return relative(".", c);
  return undefined;
}

function importGraph() {
  const graph = new Map();
  for (const f of roots.flatMap(files)) {
    const info = ts.preProcessFile(readFileSync(f, "utf8"), true, true);
    graph.set(f, info.importedFiles.map((i) => resolveImport(f, i.fileName)).filter(Boolean));
  }
  return graph;
}

/** Each circle found by a depth-first walk, as the list of files around it. */
function cycles(graph) {
  const found = [];
  const state = new Map(); // file -> 1 on the stack, 2 done
  const stack = [];
  const visit = (f) => {
    state.set(f, 1);
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 1) found.push([...stack.slice(stack.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 2);
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return found;
}

test("the import graph of server/src and client/src has no circle", () => {
  const graph = importGraph();
  assert.ok(graph.size > 50, `expected the project's modules in the graph, found ${graph.size}`);
  assert.deepEqual(cycles(graph).map((c) => c.join(" -> ")), []);
});

test("the cycle finder reports a planted circle and passes a tree", () => {
  assert.deepEqual(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", []]])), [["a", "b", "c", "a"]]);
  assert.deepEqual(cycles(new Map([["a", ["b", "c"]], ["b", ["c"]], ["c", []]])), []);
});
