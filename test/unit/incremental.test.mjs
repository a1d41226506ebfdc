// The editor re-checks a policy on every keystroke and reuses what it read from sentences and
// paragraphs whose text did not change (core/policy/memo.ts). Whatever it reuses, the findings
// and mentions after any sequence of edits must be exactly those of a check from scratch with
// nothing reused. Real policies (test/corpus/en and defr) with their manifests, edited at
// random: typing letters, deleting, inserting processor names, periods, places, denials and
// consent phrases, and line breaks that split or join paragraphs and list items.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { core, manifestText, NOW } from "./helpers.mjs";
import { rng } from "../../bench/generate.mjs";

const corpus = fileURLToPath(new URL("../corpus/", import.meta.url));
const cases = ["en", "defr"].flatMap((set) =>
  readdirSync(join(corpus, set))
    .filter((d) => existsSync(join(corpus, set, d, "expected.json")))
    .map((d) => {
      const dir = join(corpus, set, d);
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
      const manifestPath = join(dir, expected.manifest ?? "processors.yaml");
      const manifest = existsSync(manifestPath) ? core.parseManifest(readFileSync(manifestPath, "utf8")) : undefined;
      return { name: `${set}/${d}`, text: readFileSync(join(dir, expected.policy ?? "policy.md"), "utf8"), manifest };
    }),
);

const PHRASES = [" stored for 30 days", " kept for two years", " deleted after 6 months", " (Germany)", " based in Ireland", " in the United States",
  " We do not use", " only with your consent", " mit Ihrer Einwilligung", " pendant 3 ans", " für 14 Tage gespeichert", " self-hosted on our own servers",
  ". ", ", and ", "\n\n", "\n", "\n- ", "\n\n## Cookies\n\n", "**", ":", " the", "e", "s", "x"];

/** What a user sees of an analysis: the findings (with fixes) and the mentions, as comparable text. */
function seen(a) {
  const mentions = a.mentions.map((m) => [m.start, m.end, m.processor?.name, m.direct, m.catalog?.name, m.sentence, m.denied, m.selfHosted]);
  return JSON.stringify({ findings: a.findings, mentions }, (k, v) => (v instanceof Set ? [...v] : v));
}

test("findings after random edits equal a check from scratch, over the real corpus", () => {
  assert.ok(cases.length >= 60, `only ${cases.length} corpus policies`);
  const r = rng(2026);
  const hints = { path: "policy.md" };
  let reusedParses = 0;
  let edits = 0;
  for (let round = 0; round < 1; round++) {
    for (const c of cases) {
      let text = c.text;
      let doc = core.parsePolicy(text, hints);
      core.analyze(text, c.manifest, { now: NOW }, doc);
      let at = r.int(0, text.length);
      for (let step = 0; step < 10; step++) {
        // mostly typing near the last edit, sometimes a jump elsewhere
        if (r.chance(0.25)) at = r.int(0, text.length);
        let next;
        if (r.chance(0.3)) {
          const del = r.int(1, 4);
          next = text.slice(0, at) + text.slice(Math.min(text.length, at + del));
        } else {
          const ins = r.chance(0.25) && c.manifest?.processors.length ? ` ${r.pick(c.manifest.processors).name}` : r.pick(PHRASES);
          next = text.slice(0, at) + ins + text.slice(at);
          at += ins.length;
        }
        at = Math.min(at, next.length);
        const prev = doc;
        doc = core.reparsePolicy(prev, next);
        if (doc.blocks.length && doc.blocks[0] === prev.blocks[0]) reusedParses++;
        const incremental = core.analyze(next, c.manifest, { now: NOW }, doc);
        core.setMemoEnabled(false);
        let scratch;
        try {
          scratch = core.analyze(next, c.manifest, { now: NOW }, core.parsePolicy(next, hints));
        } finally {
          core.setMemoEnabled(true);
        }
        assert.equal(seen(incremental), seen(scratch), `${c.name}, edit ${step} at ${at}: ${JSON.stringify(next.slice(Math.max(0, at - 60), at + 20))}`);
        text = next;
        edits++;
      }
    }
  }
  // the comparison is worth something only if most edits went through the reuse path
  assert.ok(reusedParses > edits / 4, `only ${reusedParses} of ${edits} edits reused the previous parse`);
});

test("typing on a generated 100 KB policy: every keystroke's findings equal a check from scratch", async () => {
  const { generateManifest, generatePolicy } = await import("../../bench/generate.mjs");
  const { typist } = await import("../../bench/lsp-latency.mjs");
  const m = generateManifest(100, 1);
  const manifest = core.parseManifest(m.text);
  const typing = typist(generatePolicy(100 * 1024, m));
  let doc = core.parsePolicy(typing.text);
  for (let i = 0; i < 40; i++) {
    typing.next();
    doc = core.reparsePolicy(doc, typing.text);
    const incremental = core.analyze(typing.text, manifest, { now: NOW }, doc);
    core.setMemoEnabled(false);
    try {
      assert.equal(seen(incremental), seen(core.analyze(typing.text, manifest, { now: NOW }, core.parsePolicy(typing.text))), `keystroke ${i}`);
    } finally {
      core.setMemoEnabled(true);
    }
  }
});

test("an edit near the top that changes the detected language re-reads it; one below what the detector read does not need to", () => {
  const de = readFileSync(join(corpus, "defr", "atlyra-trainings-app-de", "policy.md"), "utf8");
  const german = de.replace(/\s+/g, " ").match(/(?<=[.] )[A-ZÄÖÜ][^.!?#*|<>`]{40,200}[.]/g);
  const english = ["We collect your name and e-mail address when you create an account.", "We use this information to run the service and to answer your questions.",
    "Payment details are handled by our payment provider and never stored on our servers.", "You can ask us at any time which data we hold about you and have it corrected.",
    "Server logs are kept for a short time to keep the service secure and then deleted.", "We do not sell your personal data to anyone, and we never will.",
    "If you close your account, we delete your profile and the content you uploaded.", "Some features need your location, which we only read while you use them.",
    "Our support team can see your messages only when you write to them.", "We review these practices every year and update this page when they change."];
  // an English first paragraph above a German policy: the detector reads the first 3,000 characters
  let text = `# Privacy\n\n${[...english, ...english, ...english].join(" ")}\n\n${de}\n`;
  let doc = core.parsePolicy(text);
  const start = `${doc.language.code} ${doc.language.reason}`;
  let changed = 0;
  let reused = 0;
  for (let i = 0; i < 24; i++) {
    // an English sentence replaced by a German one, inside the paragraph (the parse is reused)
    const prev = doc;
    text = text.replace(english[i % english.length], german[i]);
    doc = core.reparsePolicy(prev, text);
    if (doc.blocks[0] === prev.blocks[0]) reused++;
    const scratch = core.parsePolicy(text);
    assert.deepEqual(doc.language, scratch.language, `after ${i + 1} sentences`);
    if (`${scratch.language.code} ${scratch.language.reason}` !== start) changed++;
    // an edit far below what the detector read keeps the language
    const far = text.length - 40;
    const typed = text.slice(0, far) + "x" + text.slice(far);
    assert.deepEqual(core.reparsePolicy(doc, typed).language, core.parsePolicy(typed).language);
  }
  assert.ok(changed > 0 && reused > 12, `the language changed after ${changed} edits (from ${start}), ${reused} edits reused the parse`);
});

test("typing inside a recipient's name in a list or a table: the finding names what is written now", () => {
  const manifest = core.parseManifest(manifestText({ processors: [{ name: "Hetzner", purpose: "Hosting", country: "DE" }] }));
  let text = "# Privacy\n\n## Who receives your data\n\n- Hetzner: hosting in Germany.\n- Quillbox: newsletters.\n- Tarnwick: support tickets.\n\n| Recipient | Purpose |\n|---|---|\n| Hetzner | Hosting |\n| Parlowen | Analytics |\n";
  let doc = core.parsePolicy(text);
  const subjects = (a) => a.findings.filter((f) => f.rule === "undeclared-processor").map((f) => f.subject).sort();
  assert.deepEqual(subjects(core.analyze(text, manifest, { now: NOW }, doc)), ["Parlowen", "Quillbox", "Tarnwick"]);
  for (const [after, typed] of [["Quill", "er"], ["Parlo", "ng"], ["Tarnwick", "s"]]) {
    let at = text.indexOf(after) + after.length;
    for (const ch of typed) {
      text = text.slice(0, at) + ch + text.slice(at++);
      const prev = doc;
      doc = core.reparsePolicy(prev, text);
      assert.equal(doc.blocks[0], prev.blocks[0], "the parse is reused");
      const got = subjects(core.analyze(text, manifest, { now: NOW }, doc));
      core.setMemoEnabled(false);
      try {
        assert.deepEqual(got, subjects(core.analyze(text, manifest, { now: NOW }, core.parsePolicy(text))));
      } finally {
        core.setMemoEnabled(true);
      }
    }
  }
  assert.deepEqual(subjects(core.analyze(text, manifest, { now: NOW }, doc)), ["Parlongwen", "Quillerbox", "Tarnwicks"]);
});

/** A check from scratch with nothing reused, as comparable text. */
function scratch(text, manifest, hints) {
  core.setMemoEnabled(false);
  try {
    return seen(core.analyze(text, manifest, { now: NOW }, core.parsePolicy(text, hints)));
  } finally {
    core.setMemoEnabled(true);
  }
}

test("many policies open, one typed in: only the last few typed in keep what an edit needs, and the findings stay those of a check from scratch", async () => {
  const { generateManifest, generatePolicy } = await import("../../bench/generate.mjs");
  const { typist } = await import("../../bench/lsp-latency.mjs");
  const m = generateManifest(100, 1);
  const manifest = core.parseManifest(m.text);
  const check = (text, doc) => seen(core.analyze(text, manifest, { now: NOW }, doc));
  const typing = typist(generatePolicy(30 * 1024, m, 1));
  let doc = core.parsePolicy(typing.text);
  check(typing.text, doc);
  assert.equal(core.keepsStages(doc), false, "a policy only opened keeps nothing for an edit");
  const type = (n) => {
    for (let i = 0; i < n; i++) {
      typing.next();
      doc = core.reparsePolicy(doc, typing.text);
      assert.equal(check(typing.text, doc), scratch(typing.text, manifest), `keystroke ${i}`);
      assert.ok(core.keepsStages(doc), "the version typed in keeps what the next edit needs");
    }
  };
  type(4);
  // more policies opened and typed in than are kept: the first one's edit-only values are dropped
  const others = [];
  for (let i = 0; i < core.KEEP_STAGES + 1; i++) {
    const text = generatePolicy(10 * 1024, m, i + 2);
    const at = text.indexOf(" the ", text.length >> 1) + 1;
    const typed = text.slice(0, at) + "x" + text.slice(at);
    const other = core.reparsePolicy(core.parsePolicy(text), typed);
    check(typed, other);
    others.push([typed, other]);
  }
  assert.equal(core.keepsStages(doc), false, `after ${others.length} other policies were typed in, the first no longer keeps its edit-only values`);
  assert.equal(core.keepsStages(others[0][1]), false);
  assert.ok(core.keepsStages(others.at(-1)[1]));
  // typing in the first policy again: the first edit computes them anew, the later ones take them over
  type(8);
  // the others still give the findings they gave (re-checked as after a manifest change)
  for (const [text, other] of others) assert.equal(check(text, other), scratch(text, manifest));
});

test("typed line breaks (a parse from scratch) take over what the unchanged sentences and paragraphs read, by their text", async () => {
  const { generateManifest, generatePolicy } = await import("../../bench/generate.mjs");
  const m = generateManifest(100, 1);
  const manifest = core.parseManifest(m.text);
  let text = generatePolicy(60 * 1024, m, 3);
  let doc = core.parsePolicy(text);
  core.analyze(text, manifest, { now: NOW }, doc);
  const r = rng(12);
  const breaks = ["\n\n", "\n", "\n- ", "\n\n## Recipients\n\n", ". Stripe keeps it for 30 days.\n\n"];
  let parsedAgain = 0;
  for (let i = 0; i < 16; i++) {
    // after a word, between sentences, or a line break taken out again
    let at = text.indexOf(" the ", r.int(0, text.length - 200)) + 4;
    let next;
    if (i % 4 === 3) {
      at = text.indexOf("\n\n", r.int(0, text.length - 200));
      next = text.slice(0, at) + " " + text.slice(at + 2);
    } else next = text.slice(0, at) + r.pick(breaks) + text.slice(at);
    const prev = doc;
    doc = core.reparsePolicy(prev, next);
    if (doc.blocks[0] !== prev.blocks[0]) parsedAgain++;
    text = next;
    assert.equal(seen(core.analyze(text, manifest, { now: NOW }, doc)), scratch(text, manifest), `edit ${i} at ${at}`);
  }
  assert.ok(parsedAgain >= 12, `only ${parsedAgain} edits were parsed from scratch`);
});
