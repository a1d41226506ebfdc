// country-mismatch: the policy places a processor in a country other than the manifest's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingsOf, covered } from "../helpers.mjs";

const RULE = "country-mismatch";
const MANIFEST = {
  processors: [
    { name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" },
    { name: "Mailgun", purpose: "E-mail", category: "email", country: "EU" },
    { name: "AssemblyAI", purpose: "Transcription", category: "transcription", country: "DE" },
    { name: "Fly.io", purpose: "Edge servers", category: "hosting", country: ["US", "GB"], transfer: "scc" },
  ],
};
const run = (policy, manifest = MANIFEST) => findingsOf(policy, manifest, RULE);
const shown = (policy, fs) => fs.map((f) => [f.subject, covered(policy, f)]);

test("a country in parentheses after the name, range on the country", () => {
  const policy = "# Privacy\n\n- AssemblyAI (USA) transcribes audio.\n- Hetzner (Germany) hosts the app.\n";
  const fs = run(policy);
  assert.deepEqual(shown(policy, fs), [["AssemblyAI", "USA"]]);
  assert.equal(fs[0].severity, "warning");
  assert.match(fs[0].message, /Germany|DE/);
});

test("'based in' / 'located in' phrasing", () => {
  const policy = "# Privacy\n\nAssemblyAI, based in the United States, transcribes audio. Hetzner is located in Finland.\n";
  assert.deepEqual(shown(policy, run(policy)), [["AssemblyAI", "United States"], ["Hetzner", "Finland"]]);
});

test("a country inside the manifest's region is consistent", () => {
  assert.deepEqual(run("# Privacy\n\nMailgun (Germany) sends our e-mail. Mailgun's EU region is used.\n"), []);
  assert.deepEqual(run("# Privacy\n\nMailgun, based in France, sends our e-mail.\n"), []);
});

test("one country of a manifest list is consistent; a country outside the list is not", () => {
  assert.deepEqual(run("# Privacy\n\nFly.io (United Kingdom) runs edge servers.\n"), []);
  const policy = "# Privacy\n\nFly.io (Canada) runs edge servers.\n";
  assert.deepEqual(shown(policy, run(policy)), [["Fly.io", "Canada"]]);
});

test("a location column in a sub-processor table; a safeguard column is not a location", () => {
  const policy = [
    "# Privacy",
    "",
    "## Sub-processors",
    "",
    "| Provider | Purpose | Location | Safeguard |",
    "|---|---|---|---|",
    "| Hetzner | Hosting | Ireland | none needed |",
    "| Mailgun | E-mail | France | none needed |",
    "| Fly.io | Edge | United States | EU–US DPF, not Germany |",
    "",
  ].join("\n");
  assert.deepEqual(shown(policy, run(policy)), [["Hetzner", "Ireland"]]);
});

test("a denied processor claims no place", () => {
  assert.deepEqual(run("# Privacy\n\nWe no longer use AssemblyAI (USA).\n"), []);
});

test("a processor whose manifest country is invalid is not compared", () => {
  const manifest = { processors: [{ name: "AssemblyAI", purpose: "Transcription", country: "USA" }] };
  assert.deepEqual(run("# Privacy\n\nAssemblyAI (Germany) transcribes audio.\n", manifest), []);
});
