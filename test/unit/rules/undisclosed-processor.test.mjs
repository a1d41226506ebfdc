// undisclosed-processor: a manifest processor the policy never names (by name or alias),
// unless the policy links to disclosure.list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingsOf, subjects, covered } from "../helpers.mjs";

const RULE = "undisclosed-processor";
const MANIFEST = {
  processors: [
    { name: "Stripe", aliases: ["Stripe Payments Europe"], purpose: "Card payments", category: "payments", country: "US", transfer: "dpf" },
    { name: "Amazon Web Services", aliases: ["AWS"], purpose: "Hosting", category: "hosting", country: "DE" },
    { name: "Sentry", purpose: "Crash reports", category: "error-monitoring", country: "DE" },
  ],
};
const LIST = "https://pikkulintu.example/legal/subprocessors";
const WITH_LIST = { ...MANIFEST, disclosure: { list: LIST } };
const run = (policy, manifest = MANIFEST) => findingsOf(policy, manifest, RULE);

test("every processor named: no finding", () => {
  assert.deepEqual(run("# Privacy\n\nStripe takes card payments, Amazon Web Services hosts the app and Sentry collects crash reports.\n"), []);
});

test("a processor never named is reported, with its manifest name, as an error", () => {
  const policy = "# Privacy\n\n## Who receives data\n\nAWS hosts the app and Sentry collects crash reports.\n";
  const fs = run(policy);
  assert.deepEqual(subjects(fs), ["Stripe"]);
  assert.equal(fs[0].severity, "error");
  assert.equal(covered(policy, fs[0]), "Who receives data", "anchored at the recipients heading");
  assert.match(fs[0].message, /Stripe/);
});

test("an alias is a disclosure", () => {
  assert.deepEqual(run("# Privacy\n\nStripe Payments Europe takes cards; AWS hosts; Sentry catches crashes.\n"), []);
});

test("possessives and legal suffixes count", () => {
  assert.deepEqual(run("# Privacy\n\nStripe's checkout takes cards. AWS hosts the app. Crashes go to Sentry, Inc. for triage.\n"), []);
  assert.deepEqual(run("# Privacy\n\nWe use Stripe, Inc., Amazon Web Services and Functional Software (Sentry).\n"), []);
});

test("case and Unicode compatibility forms do not matter", () => {
  assert.deepEqual(run("# Privacy\n\nＳｔｒｉｐｅ takes cards, aws hosts the app and SENTRY collects crashes.\n"), []);
});

test("names in code spans, fenced code, HTML comments and front matter do not count", () => {
  const rest = "AWS hosts the app and Sentry collects crashes.";
  assert.deepEqual(subjects(run(`# Privacy\n\nOur \`stripe-js\` bundle. ${rest}\n`)), ["Stripe"]);
  assert.deepEqual(subjects(run(`# Privacy\n\n\`\`\`\nStripe\n\`\`\`\n\n${rest}\n`)), ["Stripe"]);
  assert.deepEqual(subjects(run(`# Privacy\n\n<!-- Stripe takes cards -->\n${rest}\n`)), ["Stripe"]);
  assert.deepEqual(subjects(run(`---\npolicywright: true\nnote: Stripe\n---\n# Privacy\n\n${rest}\n`)), ["Stripe"]);
});

test("a denial is not a disclosure", () => {
  assert.deepEqual(subjects(run("# Privacy\n\nWe do not use Stripe. AWS hosts the app and Sentry collects crashes.\n")), ["Stripe"]);
});

test("a common word that happens to be a manifest name is not a disclosure", () => {
  assert.deepEqual(subjects(run("# Privacy\n\nEach receipt has a colour stripe. AWS hosts the app; Sentry collects crashes.\n")), ["Stripe"]);
});

test("a link to disclosure.list satisfies every processor", () => {
  assert.deepEqual(run(`# Privacy\n\nOur processors are listed [here](${LIST}).\n`, WITH_LIST), []);
  assert.deepEqual(run(`# Privacy\n\nSee <${LIST}>.\n`, WITH_LIST), []);
  assert.deepEqual(run("# Privacy\n\nSee [the list](/legal/subprocessors).\n", WITH_LIST), [], "a relative link to the same path");
  assert.deepEqual(run("# Privacy\n\nSee [the list](../legal/subprocessors.md).\n", WITH_LIST), [], "a relative link to the same file");
  assert.deepEqual(run(`# Privacy\n\nSee [the list](${LIST.replace("https://", "https://www.")}/).\n`, WITH_LIST), []);
});

test("naming the list in words, or linking elsewhere, is not enough", () => {
  const all = ["Amazon Web Services", "Sentry", "Stripe"];
  assert.deepEqual(subjects(run("# Privacy\n\nOur sub-processor list is on our website under legal/subprocessors.\n", WITH_LIST)), all);
  assert.deepEqual(subjects(run("# Privacy\n\nSee [the list](https://other.example/legal/subprocessors).\n", WITH_LIST)), all);
  assert.deepEqual(subjects(run(`# Privacy\n\nSee \`${LIST}\`.\n`, WITH_LIST)), all, "a URL inside a code span is not a link");
  assert.deepEqual(subjects(run(`# Privacy\n\n<!-- [list](${LIST}) -->\n`, WITH_LIST)), all);
});

test("the fix adds the processor to the recipients list and then it is disclosed", async () => {
  const { core } = await import("../helpers.mjs");
  const policy = "# Privacy\n\n## Who receives data\n\n- **AWS** — hosting\n- **Sentry** — crash reports\n\n## Your rights\n\nAsk us.\n";
  const [f] = run(policy);
  const fix = f.fixes.find((x) => x.preferred);
  assert.ok(fix, "a preferred fix");
  const fixed = core.applyEdits(policy, fix.edits);
  assert.match(fixed, /- \*\*Stripe\*\* — Card payments/);
  assert.ok(fixed.indexOf("Stripe") < fixed.indexOf("## Your rights"), "inserted inside the recipients section");
  assert.deepEqual(run(fixed), []);
});

test("without a manifest the rule says nothing", () => {
  assert.deepEqual(findingsOf("# Privacy\n\nHello.\n", undefined, RULE), []);
});
