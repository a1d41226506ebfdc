// reparsePolicy reuses the previous parse when an edit cannot change the Markdown structure;
// whatever it does, the result must be exactly what parsing the new text from scratch gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { core, ROOT } from "./helpers.mjs";
import { rng, generateManifest, generatePolicy } from "../../bench/generate.mjs";

const same = (d) => JSON.stringify(d, (k, v) => (v instanceof Set ? [...v] : v));
const features = readFileSync(new URL("./fixtures/markdown-features.md", import.meta.url), "utf8");
const docs = [features, features.replace(/\n/g, "\r\n"), features.replace(/^---[\s\S]*?---\n/, ""), generatePolicy(20_000, generateManifest(30, 2), 2)];
const examples = new URL("../shared/examples/", new URL(ROOT, "file://"));
if (existsSync(examples)) for (const d of readdirSync(examples)) if (existsSync(new URL(`${d}/policy.md`, examples))) docs.push(readFileSync(new URL(`${d}/policy.md`, examples), "utf8"));
const BITS = ["x", "Stripe", " ", "e", ".", ". ", "1", "-", "*", "#", "|", "`", "<", "[", "]", ":", "=", "é", "\n", "\r", "!", "'", "’", "~", "_", ">", "\\"];

test("every edit gives the same document as parsing from scratch", () => {
  const r = rng(17);
  let reused = 0;
  for (let k = 0; k < 800; k++) {
    let text = r.pick(docs);
    let prev = core.parsePolicy(text);
    for (let step = 0; step < 5; step++) {
      const at = r.int(0, text.length);
      const del = r.chance(0.4) ? r.int(1, 6) : 0;
      const ins = r.chance(0.7) ? Array.from({ length: r.int(1, 3) }, () => r.pick(BITS)).join("") : "";
      const next = text.slice(0, at) + ins + text.slice(Math.min(text.length, at + del));
      const doc = core.reparsePolicy(prev, next);
      assert.equal(same(doc), same(core.parsePolicy(next)), JSON.stringify({ around: text.slice(at - 40, at + 40), ins, del }));
      if (doc.blocks.length && doc.blocks[0] === prev.blocks[0]) reused++;
      text = next;
      prev = doc;
    }
  }
  assert.ok(reused > 1000, `only ${reused} of 4000 edits reused the previous parse`);
});

test("typing in a sentence reuses the parse; a new line does not", () => {
  const prev = core.parsePolicy(features);
  const at = features.indexOf("Final paragraph") + 5;
  const typed = core.reparsePolicy(prev, features.slice(0, at) + "ly" + features.slice(at));
  assert.equal(typed.blocks[0], prev.blocks[0]);
  const broken = core.reparsePolicy(prev, features.slice(0, at) + "\n\n" + features.slice(at));
  assert.notEqual(broken.blocks[0], prev.blocks[0]);
});
