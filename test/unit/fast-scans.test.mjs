// Sentence splitting and address finding read characters in place instead of slicing and
// matching at every position; they must find exactly what the plain regular expressions
// below (the references) find.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core } from "./helpers.mjs";
import { rng } from "../../bench/generate.mjs";

const ABBREVIATIONS = new Set([
  "inc", "ltd", "llc", "co", "corp", "e.g", "i.e", "etc", "art", "arts", "no", "nos", "vs", "cf", "mr", "mrs", "ms", "dr",
  "st", "u.s", "u.k", "d.o.o", "b.v", "n.v", "s.a", "s.r.l", "s.p.a", "ca", "approx", "incl", "org", "reg", "para", "sec",
  "ch", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "p", "pp", "gmbh", "plc",
]);

function reference(text, start, end) {
  const out = [];
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  for (let i = s; i < end; i++) {
    const ch = text[i];
    const paraBreak = ch === "\n" && /^\n[ \t]*\n/.test(text.slice(i, i + 3));
    if (!paraBreak && ch !== "." && ch !== "!" && ch !== "?") continue;
    if (!paraBreak) {
      const next = text[i + 1];
      if (next !== undefined && i + 1 < end && !/\s/.test(next) && !/["'”’)*_]/.test(next)) continue;
      if (ch === ".") {
        const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(s, i - 12), i))?.[1]?.toLowerCase() ?? "";
        if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
        const after = /^[\s"'”’)*_]*(\S)/.exec(text.slice(i + 1, Math.min(end, i + 8)));
        if (after && /\p{Ll}/u.test(after[1]) && word.length <= 3) continue;
      }
    }
    let e = i + 1;
    while (e < end && /["'”’)*_]/.test(text[e])) e++;
    if (e > s) out.push([s, e]);
    s = e;
    while (s < end && /\s/.test(text[s])) s++;
    i = s - 1;
  }
  if (s < end) {
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  }
  return out;
}

const PARTS = ["Inc.", "e.g.", "Art. 6", "approx. five", "We use it.", " ", "\n", "\n\n", "\n \n", "\n\t\n", "ü.", "é", "São Paulo.", "x.", "A.",
  "U.S.", "etc.", "\"quoted.\"", "(paren.)", "**bold.**", "?", "!", "..", ". a", ". B", "Ω.", "𝒳.", "1.", "St.", "No. 5", "d.o.o.", "’", "'", "the", "GmbH."];

test("splitSentences splits as the regular-expression reference does", () => {
  const r = rng(3);
  for (let k = 0; k < 5000; k++) {
    let t = "";
    for (let i = r.int(1, 25); i > 0; i--) t += r.pick(PARTS) + (r.chance(0.5) ? " " : "");
    const start = r.int(0, t.length), end = r.int(start, t.length);
    assert.deepEqual(core.splitSentences(t, start, end), reference(t, start, end), JSON.stringify({ t, start, end }));
  }
});

test("findAddresses finds what the address expression finds when tried at every position", () => {
  const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
  const bits = ["a", "b.c", "@", ".", "com", "x-y", "%", "+", "_", " ", "é", "@@", "..", "co.uk", "1", "-", "ab", "Z", "\n"];
  const r = rng(5);
  for (let k = 0; k < 20000; k++) {
    let t = "";
    for (let i = r.int(1, 14); i > 0; i--) t += r.pick(bits);
    const want = [...t.matchAll(EMAIL)].map((m) => ({ address: m[0], start: m.index, end: m.index + m[0].length }));
    assert.deepEqual(core.findAddresses(t), want, JSON.stringify(t));
  }
});
