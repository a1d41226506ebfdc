// Behaviour added for reliability: broken front matter, line breaks of every kind,
// unclosed comments and fences, and period equality that stays transitive.
import { test } from "node:test";
import assert from "node:assert/strict";
import { check, core, covered } from "./helpers.mjs";

const manifest = { processors: [{ name: "Stripe", purpose: "Payments", country: "US", retention: "7 years" }] };

test("front matter that never closes, or is not YAML, is reported on the policy", () => {
  const unclosed = check("---\nmanifest: ./processors.yaml\n\n# Privacy\n", manifest).findings.find((f) => f.subject === "front-matter");
  assert.equal(unclosed?.severity, "warning");
  assert.match(unclosed.message, /never closed/);
  const broken = check("---\nregimes: [gdpr\n---\n# Privacy\n", manifest).findings.find((f) => f.subject === "front-matter");
  assert.match(broken?.message ?? "", /not valid YAML/);
  assert.equal(check("---\nregimes: [gdpr]\n---\n# Privacy\n", manifest).findings.some((f) => f.subject === "front-matter"), false);
});

test("lone CR, CRLF and LF policies give the same findings at the same lines", () => {
  const lf = "# Privacy\n\nStripe keeps invoices for 3 years.\n\nTODO\n";
  const describe = (text) => {
    const a = check(text, manifest);
    return a.findings.map((f) => `${f.rule}@${core.positionAt(a.doc, f.start).line}`).sort();
  };
  const expected = describe(lf);
  assert.ok(expected.includes("retention-mismatch@2") && expected.includes("placeholder@4"), expected.join());
  assert.deepEqual(describe(lf.replace(/\n/g, "\r\n")), expected);
  assert.deepEqual(describe(lf.replace(/\n/g, "\r")), expected);
});

test("an unclosed comment or fence is reported, and no fix writes into what it hides", () => {
  for (const [opener, subject] of [["<!-- notes", "<!--"], ["```", "```"]]) {
    const policy = `# Privacy\n\nWe use Stripe.\n\n${opener}\n\n## Who we are\n\nAcme.\n`;
    const a = check(policy, manifest);
    const f = a.findings.find((x) => x.rule === "placeholder" && x.subject === subject);
    assert.ok(f, `${subject}: ${a.findings.map((x) => x.rule)}`);
    assert.equal(covered(policy, f), subject);
    const hiddenFrom = policy.indexOf(opener);
    for (const x of a.findings) for (const fix of x.fixes ?? []) for (const e of fix.edits) {
      assert.ok(e.file !== "policy" || e.start <= hiddenFrom, `${x.rule}: "${fix.title}" writes at ${e.start}, inside the hidden text`);
    }
  }
});

test("a whole number of months equals the same number of years, and 365 days is a year", () => {
  const P = core.parsePeriod;
  assert.ok(core.samePeriod(P("12 months"), P("365 days")));
  assert.ok(core.samePeriod(P("24 months"), P("730 days")));
  assert.ok(core.samePeriod(P("6 months"), P("180 days")));
  assert.equal(core.samePeriod(P("12 months"), P("360 days")), false, "else 360 days = 12 months = 1 year = 365 days");
});

test("a denial still covers a long list of names", () => {
  const names = ["Google Analytics", "Hotjar", "Mixpanel", "Amplitude", "Heap", "FullStory", "Segment", "Matomo", "Facebook Pixel"];
  const a = check(`# Privacy\n\nWe do not use ${names.join(", ")} or any similar tool.\n`, manifest);
  assert.deepEqual(a.findings.filter((f) => f.rule === "undeclared-processor").map((f) => f.subject), []);
});
