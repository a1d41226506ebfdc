// placeholder: unfinished text. Subject is the marker as written.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, findingsOf, covered } from "../helpers.mjs";

const RULE = "placeholder";
const MANIFEST = { processors: [{ name: "Hetzner", purpose: "Hosting", country: "DE" }] };
const run = (policy, manifest = MANIFEST) => findingsOf(policy, manifest, RULE);
const shown = (policy, fs) => fs.map((f) => [f.subject, covered(policy, f)]);

test("every kind of marker, each with its own range and subject", () => {
  const policy = [
    "# Privacy",
    "",
    "[Company Name] is the controller.",
    "Our address: [TODO: add the street address].",
    "Registration number: TBD. VAT: XXX.",
    "Hello {{ customer_name }}, welcome to {{company}}.",
    "Lorem ipsum dolor sit amet.",
    "Write to [email protected] with questions.",
    "",
  ].join("\n");
  const fs = run(policy);
  assert.deepEqual(shown(policy, fs), [
    ["[Company Name]", "[Company Name]"],
    ["TODO", "TODO"],
    ["TBD", "TBD"],
    ["XXX", "XXX"],
    ["{{ customer_name }}", "{{ customer_name }}"],
    ["{{company}}", "{{company}}"],
    ["Lorem ipsum", "Lorem ipsum"],
    ["[email protected]", "[email protected]"],
  ]);
  assert.ok(fs.every((f) => f.severity === "error"));
});

test("ordinary brackets, links, task boxes, footnotes and reference links are not placeholders", () => {
  const policy = [
    "# Privacy",
    "",
    "See [our list](https://pikkulintu.example/list) and [the terms][terms].",
    "- [x] encrypted backups",
    "A footnote.[^1] Todo lists in the app are yours. Mixed-case Tbd is just a word.",
    "",
    "[terms]: https://pikkulintu.example/terms",
    "[^1]: A note.",
    "",
  ].join("\n");
  assert.deepEqual(run(policy), []);
});

test("markers in code spans, code blocks and HTML comments are not reported", () => {
  assert.deepEqual(run("# Privacy\n\nThe `TODO` column in our app.\n\n```\n{{company}}\n```\n\n<!-- TODO: ask the lawyer -->\n"), []);
});

test("the rule runs without a manifest", () => {
  assert.deepEqual(findingsOf("# Privacy\n\nTBD\n", undefined, RULE).map((f) => f.subject), ["TBD"]);
});

test("fixes fill [Company Name] and the hidden e-mail from the manifest", () => {
  const policy = "# Privacy\n\n[Company Name] runs this site. Write to [email protected].\n";
  const fs = run(policy);
  const edits = fs.flatMap((f) => f.fixes?.find((x) => x.preferred)?.edits ?? []);
  assert.equal(core.applyEdits(policy, edits), "# Privacy\n\nPikkulintu Oy runs this site. Write to privacy@pikkulintu.example.\n");
});

test("markers without a safe replacement get no preferred fix", () => {
  const [f] = run("# Privacy\n\nOur VAT number is TBD.\n");
  assert.equal(f.fixes?.some((x) => x.preferred) ?? false, false);
});

test("a template's own marker is unfinished text however long it runs, across lines", () => {
  const policy = "# Privacy\n\n{{DPO_STATEMENT — either name your Data Protection Officer and contact details,\nor delete this line if you are not required to appoint one under UK GDPR\nArt. 37}}\n\nWe answer within a month.\n";
  const fs = run(policy);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].subject, "{{DPO_STATEMENT — either name your Data Protection Officer and contact details, or delete this line if you are not required to appoint one under UK GDPR Art. 37}}");
  assert.ok(covered(policy, fs[0]).endsWith("Art. 37}}"));
  // a long output of ordinary words is not a marker
  assert.deepEqual(run("# Privacy\n\n{{ the long text that a site would fill in here is written by somebody else, in another file,\nand it is not ours }}\n"), []);
});
