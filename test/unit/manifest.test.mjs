// parseManifest (contract §2 and the manifest-invalid rule): every problem is a finding at the
// exact YAML node, with a zero-based field path as subject; the valid parts survive.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { core } from "./helpers.mjs";

/** 1-based line and column of an offset. */
function pos(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The offset range of the n-th occurrence of `needle` (a node's text) in `text`. */
function nodeAt(text, needle, n = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `'${needle}' (#${n}) is in the text`);
  return [at, at + needle.length];
}

const bySubject = (m, subject) => {
  const hits = m.findings.filter((f) => f.subject === subject);
  assert.equal(hits.length, 1, `one finding for ${subject}; got ${JSON.stringify(m.findings.map((f) => f.subject))}`);
  return hits[0];
};

const BROKEN = `# Nordlys AS processor manifest
version: 1
controller:
  name: Nordlys AS
  email: privacy@nordlys.example
  country: "NO"
processors:
  - name: Stripe
    purpose: Card payments for the shop
    category: payments
    country: USA
    transfer: dpf
    retention: 7 years
  - name: Postmark
    aliases: [Postmark App, PM]
    purpose: Order confirmations
    category: e-mail
    country: US
    transfer: standard contractual clauses
    retention: 30 dayz
  - name: Resend
    aliases: [Newsletters, pm]
    purpose: Newsletter
    category: email
    country: US
    transfer: scc
    via: Gateway Inc
    retension: 30 days
retention:
  - data: Shop orders
    period: soon
    store: Redis
  - data: Support tickets
    period: 1 year
    store: Postmark
`;

describe("parseManifest: schema errors at the exact node", () => {
  const m = core.parseManifest(BROKEN);

  test("every finding is manifest-invalid, in the manifest, inside the text", () => {
    assert.ok(m.findings.length > 0);
    for (const f of m.findings) {
      assert.equal(f.rule, "manifest-invalid");
      assert.equal(f.file, "manifest");
      assert.ok(0 <= f.start && f.start < f.end && f.end <= BROKEN.length, `${f.subject}: range ${f.start}-${f.end}`);
      assert.ok(f.message.length > 10, "the message says something a person can act on");
    }
  });

  test("bad country: at the value, with a suggestion", () => {
    const f = bySubject(m, "processors[0].country");
    assert.deepEqual([f.start, f.end], nodeAt(BROKEN, "USA"));
    assert.deepEqual(pos(BROKEN, f.start), { line: 11, column: 14 });
    assert.match(f.message, /did you mean 'US'/);
  });

  test("unknown category: at the value, suggesting the near category", () => {
    const f = bySubject(m, "processors[1].category");
    assert.deepEqual([f.start, f.end], nodeAt(BROKEN, "e-mail"));
    assert.equal(pos(BROKEN, f.start).line, 17);
    assert.match(f.message, /'e-mail' is not a category/);
    assert.match(f.message, /did you mean 'email'/);
  });

  test("bad transfer: at the value, with the code to write", () => {
    const f = bySubject(m, "processors[1].transfer");
    assert.deepEqual([f.start, f.end], nodeAt(BROKEN, "standard contractual clauses"));
    assert.match(f.message, /write 'scc'/);
  });

  test("bad period (processor retention and retention schedule)", () => {
    const a = bySubject(m, "processors[1].retention");
    assert.deepEqual([a.start, a.end], nodeAt(BROKEN, "30 dayz"));
    assert.equal(pos(BROKEN, a.start).line, 20);
    const b = bySubject(m, "retention[0].period");
    assert.deepEqual([b.start, b.end], nodeAt(BROKEN, "soon"));
    assert.equal(pos(BROKEN, b.start).line, 31);
  });

  test("duplicate alias (case-insensitive) is reported on the later node only", () => {
    const f = bySubject(m, "processors[2].aliases[1]");
    const [at] = nodeAt(BROKEN, "pm]");
    assert.deepEqual([f.start, f.end], [at, at + 2]);
    assert.match(f.message, /Postmark \(processors\[1\]\)/);
    assert.equal(m.findings.some((x) => x.subject === "processors[1].aliases[1]"), false, "the first PM is not reported");
  });

  test("via and store naming unknown processors", () => {
    const via = bySubject(m, "processors[2].via");
    assert.deepEqual([via.start, via.end], nodeAt(BROKEN, "Gateway Inc"));
    const store = bySubject(m, "retention[0].store");
    assert.deepEqual([store.start, store.end], nodeAt(BROKEN, "Redis"));
    assert.equal(m.findings.some((f) => f.subject === "retention[1].store"), false, "Postmark is listed");
  });

  test("an unknown key that looks like a typo gets a hint, at the key", () => {
    const f = bySubject(m, "processors[2].retension");
    assert.deepEqual([f.start, f.end], nodeAt(BROKEN, "retension"));
    assert.match(f.message, /did you mean 'retention'/);
  });

  test("nothing else is reported", () => {
    assert.deepEqual(m.findings.map((f) => f.subject).sort(), [
      "processors[0].country", "processors[1].category", "processors[1].retention", "processors[1].transfer",
      "processors[2].aliases[1]", "processors[2].retension", "processors[2].via", "retention[0].period", "retention[0].store",
    ]);
  });

  test("the valid parts survive", () => {
    assert.deepEqual(m.controller, { name: "Nordlys AS", email: "privacy@nordlys.example", country: "NO" });
    const [stripe, postmark, resend] = m.processors;
    assert.equal(stripe.name, "Stripe");
    assert.equal(stripe.countries, undefined, "the bad country is dropped");
    assert.deepEqual(stripe.retention, { kind: "duration", amount: 7, unit: "year" }, "a processor with a bad country keeps its retention");
    assert.equal(stripe.transfer, "dpf");
    assert.equal(stripe.category, "payments");
    assert.deepEqual(postmark.countries, ["US"]);
    assert.equal(postmark.category, undefined);
    assert.equal(postmark.retention, undefined);
    assert.deepEqual(postmark.aliases, ["Postmark App", "PM"]);
    assert.equal(resend.name, "Resend");
    assert.equal(m.retention.length, 2);
    assert.equal(m.retention[0].period, undefined);
    assert.deepEqual(m.retention[1].period, { kind: "duration", amount: 1, unit: "year" });
  });
});

describe("parseManifest: other shapes", () => {
  test("YAML syntax error: subject yaml, on the offending line", () => {
    const text = "version: 1\ncontroller:\n  name: Acme\n  email: a@acme.example\nprocessors:\n  - name: A\n    purpose: p\n    country: US\n    country: DE\n";
    const m = core.parseManifest(text);
    const f = bySubject(m, "yaml");
    assert.match(f.message, /YAML/);
    assert.equal(pos(text, f.start).line, 9);
  });

  test("unclosed flow collection: subject yaml, range inside the text", () => {
    const text = "version: 1\ncontroller: {name: Acme, email: a@acme.example\nprocessors: []\n";
    const m = core.parseManifest(text);
    assert.ok(m.findings.some((f) => f.subject === "yaml"));
    for (const f of m.findings) assert.ok(f.start <= f.end && f.end <= text.length);
  });

  for (const [what, text, expect] of [
    ["a list", "- Stripe\n- Postmark\n", /mapping/],
    ["a string", "just some words\n", /mapping/],
    ["null", "null\n", /empty/],
    ["empty", "", /empty/],
    ["only a comment", "# nothing yet\n", /empty/],
  ]) {
    test(`a manifest that is ${what} gives one finding and an empty model`, () => {
      const m = core.parseManifest(text);
      assert.equal(m.findings.length, 1, JSON.stringify(m.findings));
      assert.equal(m.findings[0].subject, "manifest");
      assert.match(m.findings[0].message, expect);
      assert.ok(m.findings[0].end <= text.length);
      assert.deepEqual(m.processors, []);
      assert.deepEqual(m.regimes, ["gdpr"]);
    });
  }

  test("an alias bomb does not crash or hang: one yaml finding", () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (const [p, c] of [["b", "a"], ["c", "b"], ["d", "c"], ["e", "d"], ["f", "e"], ["g", "f"], ["h", "g"]]) rows.push(`${p}: &${p} [${Array(10).fill(`*${c}`).join(",")}]`);
    const text = `${rows.join("\n")}\nversion: 1\ncontroller: {name: X, email: x@x.example}\n`;
    const t0 = Date.now();
    const m = core.parseManifest(text);
    assert.ok(Date.now() - t0 < 5000, "no hang");
    assert.ok(m.findings.some((f) => f.subject === "yaml" && /alias/i.test(f.message)));
  });

  test("missing required fields point at the entry", () => {
    const text = "version: 1\ncontroller:\n  email: privacy@acme.example\nprocessors:\n  - purpose: Hosting\n    country: DE\n";
    const m = core.parseManifest(text);
    const name = bySubject(m, "controller.name");
    assert.match(name.message, /required/);
    assert.equal(pos(text, name.start).line, 3);
    const pname = bySubject(m, "processors[0].name");
    assert.equal(pos(text, pname.start).line, 5);
    assert.equal(m.processors.length, 0, "a processor without a name is not modelled");
  });

  test("a bad code inside a country list is reported by index and left out of the model", () => {
    const text = "version: 1\ncontroller: {name: Acme, email: a@acme.example}\nprocessors:\n  - name: Fly.io\n    purpose: Hosting\n    country: [US, XX, GB]\n";
    const m = core.parseManifest(text);
    const f = bySubject(m, "processors[0].country[1]");
    assert.deepEqual([f.start, f.end], nodeAt(text, "XX"));
    assert.deepEqual(m.processors[0].countries, ["US", "GB"]);
  });

  test("country hints: UK -> GB, lower case, EU and EEA are valid", () => {
    const one = (c) => core.parseManifest(`version: 1\ncontroller: {name: X, email: x@x.example}\nprocessors:\n  - name: A\n    purpose: p\n    country: ${c}\n`);
    assert.match(one("UK").findings[0].message, /did you mean 'GB'/);
    assert.match(one("de").findings[0].message, /did you mean 'DE'/);
    assert.deepEqual(one("EU").findings, []);
    assert.deepEqual(one("EEA").findings, []);
    assert.deepEqual(one("[US, GB]").processors[0].countries, ["US", "GB"]);
  });

  test("a duplicate processor name differing only in case is reported on the later name", () => {
    const text = "version: 1\ncontroller: {name: X, email: x@x.example}\nprocessors:\n  - name: Sentry\n    purpose: a\n  - name: sentry\n    purpose: b\n";
    const m = core.parseManifest(text);
    const f = bySubject(m, "processors[1].name");
    assert.deepEqual([f.start, f.end], nodeAt(text, "sentry"));
  });

  test("regimes, version and consent are validated", () => {
    const text = "version: 2\ncontroller: {name: X, email: x@x.example}\nregimes: [gdpr, pipeda]\nprocessors:\n  - name: A\n    purpose: p\n    consent: maybe\n";
    const m = core.parseManifest(text);
    assert.deepEqual(m.findings.map((f) => f.subject).sort(), ["processors[0].consent", "regimes[1]", "version"]);
    assert.deepEqual(m.regimes, ["gdpr"]);
    assert.equal(m.processors[0].consent, undefined);
  });

  test("a clean manifest has no findings and a full model", () => {
    const text = `version: 1
controller:
  name: Acme Ltd
  email: privacy@acme.example
  dpo: dpo@acme.example
  country: GB
regimes: [uk-gdpr]
disclosure:
  list: https://acme.example/subprocessors
processors:
  - name: Stripe
    aliases: [Stripe Payments Europe]
    purpose: Payments
    category: payments
    data: [billing details]
    country: US
    transfer: dpf
    retention: thirty (30) days
    consent: false
retention:
  - data: Support tickets
    aliases: [tickets]
    period: until the ticket is closed
    store: Stripe
`;
    const m = core.parseManifest(text);
    assert.deepEqual(m.findings, []);
    assert.deepEqual(m.regimes, ["uk-gdpr"]);
    assert.equal(m.disclosureList, "https://acme.example/subprocessors");
    assert.equal(m.controller.dpo, "dpo@acme.example");
    assert.deepEqual(m.processors[0].retention, { kind: "duration", amount: 30, unit: "day" });
    assert.equal(m.processors[0].consent, false);
    assert.deepEqual(m.retention[0].period, { kind: "until", event: "the ticket is closed" });
    assert.deepEqual(m.retention[0].aliases, ["tickets"]);
  });
});
