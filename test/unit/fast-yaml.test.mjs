// The manifest's fast YAML reader must build exactly what the `yaml` package builds (values,
// node types and source ranges, which findings and fixes point at), or step aside.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import YAML from "yaml";
import { core, ROOT } from "./helpers.mjs";
import { generateManifest, rng } from "../../bench/generate.mjs";

function kind(n) {
  return YAML.isMap(n) ? "map" : YAML.isSeq(n) ? "seq" : YAML.isScalar(n) ? "scalar" : String(n);
}

/** Node-by-node differences between the fast reader's tree and the full parser's. */
function differences(fast, full) {
  const out = [];
  const walk = (a, b, path) => {
    if (kind(a) !== kind(b)) return out.push(`${path}: ${kind(a)} vs ${kind(b)}`);
    if (JSON.stringify(a.range) !== JSON.stringify(b.range)) out.push(`${path}: range ${a.range} vs ${b.range}`);
    if (YAML.isScalar(a) && !Object.is(a.value, b.value)) out.push(`${path}: ${JSON.stringify(a.value)} vs ${JSON.stringify(b.value)}`);
    if (a.items?.length !== b.items?.length) return out.push(`${path}: ${a.items?.length} vs ${b.items?.length} items`);
    (a.items ?? []).forEach((x, i) => {
      if (YAML.isPair(x)) {
        walk(x.key, b.items[i].key, `${path}.<key ${i}>`);
        walk(x.value, b.items[i].value, `${path}.${x.key.value}`);
      } else walk(x, b.items[i], `${path}[${i}]`);
    });
  };
  walk(fast.contents, full.contents, "$");
  if (JSON.stringify(fast.toJS()) !== JSON.stringify(full.toJS())) out.push("toJS differs");
  return out;
}

/** Checks one text; returns whether the fast reader took it. */
function agrees(text) {
  const fast = core.readSimpleYaml(text);
  if (!fast) return false;
  const full = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  assert.deepEqual(full.errors.map((e) => e.message), [], `the fast reader accepted YAML the full parser rejects:\n${text}`);
  assert.deepEqual(differences(fast, full), [], `trees differ for:\n${text}`);
  return true;
}

const corpus = [];
for (const dir of ["../shared/examples", "test/scenarios/fixtures"]) {
  const root = new URL(dir + "/", new URL(ROOT, "file://"));
  if (!existsSync(root)) continue;
  for (const d of readdirSync(root)) {
    const f = new URL(`${d}/processors.yaml`, root);
    if (existsSync(f)) corpus.push(readFileSync(f, "utf8"));
  }
}
for (const n of [3, 40]) corpus.push(generateManifest(n, 5).text);

test("every manifest of the examples, fixtures and benchmark takes the fast path and agrees", () => {
  for (const text of corpus) assert.ok(agrees(text), `fell back on:\n${text.slice(0, 200)}`);
});

const EDITS = [
  (l) => l + "   ", (l) => l + "  # a note", (l) => l.replace(/: "([^"]*)"/, ": '$1'"), (l) => l.replace(/: (\w[^#]*)$/, ': "$1"'),
  (l) => l.replace(/\[(.*)\]/, "[ $1 ]"), (l) => l.replace(/, /g, ","), (l) => l.replace(/: .*/, ": "), (l) => l.replace(/: .*/, ": ~"),
  (l) => l.replace(/: .*/, ": 1.5"), (l) => l.replace(/: .*/, ": 0x1F"), (l) => l.replace(/: .*/, ": TRUE"), (l) => l.replace(/: .*/, ": yes"),
  (l) => l.replace(/: .*/, ": a: b"), (l) => l.replace(/: .*/, ": https://x.example/a#b"), (l) => l.replace(/: .*/, ": 'it''s'"),
  (l) => l.replace(/: .*/, ': "a\\"b"'), (l) => l.replace(/: .*/, ": -5"), (l) => l.replace(/: .*/, ": [a, [b]]"), (l) => l.replace(/: .*/, ": {a: 1}"),
  (l) => l.replace(/: .*/, ": &x y"), (l) => l.replace(/: .*/, ": !tag y"), (l) => l.replace(/: .*/, ": |"), (l) => l.replace(/: .*/, ': "open'),
  (l) => l.replace(/: .*/, ": [a, b"), (l) => l.replace(/: .*/, ": []"), (l) => l.replace(/: .*/, ": [\"x, y\", 'z']"), (l) => l.replace(/: .*/, ": [ 'it''s' , b ]"), (l) => "\t" + l,
  (l) => " " + l, (l) => l.slice(1), (l) => "  " + l, (l) => l.replace(/^(\s*)- /, "$1-   "), (l) => l.replace(/^(\s*)(\w)/, "$1- $2"),
  (l) => `${l}\n`, (l) => `${l}\n# comment`, (l) => `${l}\n      # deep comment`, (l) => l.replace(/:/, " :"), (l) => l.replace(/(\w+):/, "$1$1:"),
  (l) => l.replace(/(\w+):/, "null:"), (l) => l.replace(/(\w+):/, "'$1':"), (l) => `${l}\n${l}`, (l) => `${l}\n    continued words`,
];

test("random edits of real manifests either fall back or agree with the full parser", () => {
  const r = rng(42);
  let fast = 0;
  for (let k = 0; k < 1500; k++) {
    const lines = r.pick(corpus).split("\n");
    for (let e = r.int(1, 3); e > 0; e--) {
      const i = r.int(0, lines.length - 1);
      lines[i] = r.pick(EDITS)(lines[i]);
    }
    const text = r.chance(0.2) ? lines.join("\n").trimEnd() : lines.join("\n");
    if (agrees(text)) fast++;
  }
  assert.ok(fast > 300, `the fast reader took only ${fast} of 1500 edited manifests`);
});

test("parseManifest builds the same manifest through either reader", () => {
  for (const text of corpus) {
    // a backslash in a closing comment sends the text to the full parser without moving any node
    const viaFull = core.parseManifest(`${text}#\\\n`);
    const viaFast = core.parseManifest(text);
    assert.deepEqual({ ...viaFast, text: "" }, { ...viaFull, text: "" });
  }
});
