// The name matcher reads a text directly (matchText) instead of from a word list (match); both
// must find exactly the same names, whatever the letters, case, separators and scripts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core } from "./helpers.mjs";
import { rng } from "../../bench/generate.mjs";

const NAMES = ["Stripe", "Google Analytics", "Amazon Web Services", "AWS", "Bunny.net", "Hetzner Online", "Müller Cloud", "Ｓtripe Pay", "Zoë Mail",
  "OVHcloud", "Sinch Mailgun", "G Suite", "1Password", "Straße Hosting", "Ĳssel Data", "Café", "x", "Deep L", "Σigma"];
const FILLER = ["the", "and", "we", "use", "data", "of", "Stripe's", "Google", "web", "services", "über", "naïve", "ﬁle", "e-mail", "2024", "x", "Cafe\u0301", "ǅ", "𝒳yz", "a😀b"];
const SEPS = [" ", "  ", ". ", ", ", "\n", "\n> ", " - ", "–", "/", "·", "'", "’", "\u00a0", "\u200b", "(", ") ", "**", "é", "\t", " & "];

function text(r, words) {
  let t = "";
  for (let i = 0; i < words; i++) {
    let w = r.chance(0.3) ? r.pick(NAMES) : r.pick(FILLER);
    if (r.chance(0.2)) w = w.toUpperCase();
    else if (r.chance(0.2)) w = w.toLowerCase();
    t += w + r.pick(SEPS);
  }
  return t;
}

test("matchText finds what match finds over tokenize", () => {
  const m = new core.NameMatcher();
  NAMES.forEach((n, i) => m.add(n, i));
  for (const e of core.CATALOG.slice(0, 300)) m.add(e.name, e.name);
  const r = rng(7);
  for (let k = 0; k < 3000; k++) {
    const t = text(r, r.int(1, 40));
    const accept = r.chance(0.3) ? (x) => x.start % 3 !== 0 : undefined;
    assert.deepEqual(m.matchText(t, accept), m.match(t, core.tokenize(t), accept), JSON.stringify(t));
  }
});

test("tokenize reads the same words as the regular expression /[\\p{L}\\p{N}]+/u", () => {
  const r = rng(11);
  for (let k = 0; k < 2000; k++) {
    const t = text(r, r.int(1, 30));
    const from = r.int(0, t.length), to = r.int(from, t.length);
    const want = [];
    const re = /[\p{L}\p{N}]+/gu;
    re.lastIndex = from;
    for (let x = re.exec(t); x && x.index < to; x = re.exec(t)) {
      const raw = x[0];
      want.push({ start: x.index, end: x.index + raw.length, norm: /^[\x00-\x7f]*$/.test(raw) ? raw.toLowerCase() : raw.normalize("NFKC").toLowerCase() });
    }
    assert.deepEqual(core.tokenize(t, from, to), want, JSON.stringify({ t, from, to }));
  }
});
