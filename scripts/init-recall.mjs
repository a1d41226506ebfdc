// Measures `policywright init` recall on the example cases: of the processors a policy
// names (manifest processors it discloses plus the undeclared ones the case expects),
// how many end up in the drafted manifest.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const core = createRequire(import.meta.url)("../dist/core.js");
const { draftManifest } = core;
const dir = process.argv[2] ?? "../shared/examples";
const norm = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
let named = 0;
let drafted = 0;
for (const c of readdirSync(dir).sort()) {
  let policy, manifestText, expected;
  try {
    policy = readFileSync(join(dir, c, "policy.md"), "utf8");
    manifestText = readFileSync(join(dir, c, "processors.yaml"), "utf8");
    expected = JSON.parse(readFileSync(join(dir, c, "expected.json"), "utf8"));
  } catch { continue; }
  const manifest = core.parseManifest(manifestText);
  const a = core.analyze(policy, manifest);
  const undisclosed = new Set(a.findings.filter((f) => f.rule === "undisclosed-processor").map((f) => f.subject));
  const truth = [
    ...(manifest.disclosureList ? manifest.processors.filter((p) => a.mentions.some((m) => m.processor === p && m.direct && !m.denied)) : manifest.processors.filter((p) => !undisclosed.has(p.name))).map((p) => [p.name, ...p.aliases]),
    ...expected.findings.filter((f) => f.rule === "undeclared-processor").map((f) => [f.subject]),
  ];
  const draft = core.parseManifest(draftManifest(policy).yaml);
  const names = new Set(draft.processors.flatMap((p) => [p.name, ...p.aliases]).map(norm));
  const hit = truth.filter((alts) => alts.some((n) => names.has(norm(n))));
  named += truth.length;
  drafted += hit.length;
  const missed = truth.filter((t) => !hit.includes(t)).map((t) => t[0]);
  console.log(`${c}: ${hit.length}/${truth.length}${missed.length ? `  missed: ${missed.join(", ")}` : ""}`);
}
console.log(`init recall ${(drafted / named).toFixed(3)} (${drafted}/${named} processors named in the policies)`);
