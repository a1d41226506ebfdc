// missing-section: a disclosure the active regimes require is absent (contract §3 table).
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { core, check, findingsOf, manifestText } from "../helpers.mjs";

const RULE = "missing-section";
const HOST = { name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" };
const US = { name: "Postmark", purpose: "E-mail", category: "email", country: "US", transfer: "scc" };
const UK = { name: "Paddle", purpose: "Payments", category: "payments", country: "GB", transfer: "adequacy" };
const CONSENTED = { name: "Hotjar", purpose: "Heatmaps", category: "analytics", country: "IE", consent: true };
const missing = (policy, manifest, options) => findingsOf(policy, manifest, RULE, options).map((f) => f.subject).sort();

/** A GDPR policy with every disclosure, built from parts so a test can leave one out. */
const PARTS = {
  controller: "Pikkulintu Oy, Esimerkkikatu 1, Helsinki, is the controller. Write to privacy@pikkulintu.example.",
  updated: "Last updated: 3 March 2025",
  purposes: "## Why we use your data\n\nWe use your e-mail address to run your account and send receipts.",
  basis: "## Legal bases\n\nWe rely on the performance of our contract with you, and on our legitimate interest in keeping the service secure.",
  recipients: "## Service providers\n\nHetzner hosts the service in Germany.",
  retention: "## How long we keep data\n\nWe keep account data until you delete your account.",
  rights: "## Your rights\n\nYou may ask for access, rectification or erasure of your data, restrict or object to its processing, and ask for data portability.",
  complaint: "You can lodge a complaint with a supervisory authority, such as the Finnish Data Protection Ombudsman.",
};
const policyWith = (omit = [], extra = []) => ["# Privacy notice", ...Object.entries(PARTS).filter(([k]) => !omit.includes(k)).map(([, v]) => v), ...extra].join("\n\n") + "\n";

describe("GDPR", () => {
  test("a complete policy has no missing sections", () => {
    assert.deepEqual(missing(policyWith(), { processors: [HOST] }), []);
  });

  for (const [part, id] of [["controller", "controller"], ["updated", "last-updated"], ["purposes", "purposes"], ["basis", "legal-basis"], ["recipients", "recipients"], ["retention", "retention"], ["rights", "rights"], ["complaint", "complaint"]]) {
    test(`leaving out ${part} reports ${id}, and only that`, () => {
      assert.deepEqual(missing(policyWith([part]), { processors: [HOST] }), [id]);
    });
  }

  test("findings are warnings and anchored at the top heading", () => {
    const policy = policyWith(["rights"]);
    const [f] = findingsOf(policy, { processors: [HOST] }, RULE);
    assert.equal(f.severity, "warning");
    assert.equal(policy.slice(f.start, f.end), "Privacy notice");
  });

  test("recipients is not required without processors", () => {
    assert.deepEqual(missing(policyWith(["recipients"]), { processors: [] }), []);
  });

  test("a heading alone is enough for headed disclosures", () => {
    const policy = policyWith(["basis"], ["## Legal basis\n\nSee the table above."]);
    assert.deepEqual(missing(policy, { processors: [HOST] }), []);
  });

  test("'no cookies that need consent' is not a legal basis", () => {
    assert.deepEqual(missing(policyWith(["basis"], ["We set no cookies that need consent."]), { processors: [HOST] }), ["legal-basis"]);
  });

  test("'Art. 6(1)(b)' states a legal basis", () => {
    assert.deepEqual(missing(policyWith(["basis"], ["We process account data under Art. 6(1)(b) GDPR."]), { processors: [HOST] }), []);
  });

  test("'on the basis of our contract with you' states a legal basis", () => {
    assert.deepEqual(missing(policyWith(["basis"], ["We use your e-mail address on the basis of our contract with you."]), { processors: [HOST] }), []);
  });

  test("a heading such as 'Who helps us' names the recipients", () => {
    const policy = policyWith(["recipients"], ["## Who helps us\n\n- Hetzner runs our servers."]);
    assert.deepEqual(missing(policy, { processors: [HOST] }), []);
  });

  test("'E-mail us to complain' is not a complaint disclosure", () => {
    assert.deepEqual(missing(policyWith(["complaint"], ["E-mail us to complain about anything at all."]), { processors: [HOST] }), ["complaint"]);
  });

  test("a complaint naming the manifest's authority counts", () => {
    const manifest = { processors: [HOST], controller: { authority: "Tietosuojavaltuutettu" } };
    assert.deepEqual(missing(policyWith(["complaint"], ["You may complain to the Tietosuojavaltuutettu."]), manifest), []);
  });

  test("the manifest's authority still counts when its name wraps across lines", () => {
    const manifest = { processors: [HOST], controller: { authority: "Garante per la protezione dei dati personali" } };
    const policy = policyWith(["complaint"], ["You also have the right to complain to the Garante per la protezione dei dati\npersonali."]);
    assert.deepEqual(missing(policy, manifest), []);
  });

  test("a partial list of rights is not the rights disclosure", () => {
    const policy = policyWith(["rights"], ["## What you can ask\n\nYou may ask for a copy of your data (access)."]);
    assert.deepEqual(missing(policy, { processors: [HOST] }), ["rights"]);
  });

  test("the controller must be named with a contact", () => {
    const policy = policyWith(["controller"], ["We are a small company. Write to privacy@pikkulintu.example."]);
    assert.deepEqual(missing(policy, { processors: [HOST] }), ["controller"]);
  });
});

describe("transfers", () => {
  const transfersText = "## International transfers\n\nPostmark is in the United States; we rely on the Standard Contractual Clauses.";

  test("required when a processor is outside the EEA", () => {
    assert.deepEqual(missing(policyWith([], ["Postmark sends receipts."]), { processors: [HOST, US] }), ["transfers"]);
    assert.deepEqual(missing(policyWith([], ["Postmark sends receipts.", transfersText]), { processors: [HOST, US] }), []);
  });

  test("not required when every processor is inside the EEA", () => {
    assert.deepEqual(missing(policyWith(), { processors: [HOST, { name: "Mailgun", purpose: "E-mail", country: "EU" }] }), []);
  });

  test("not required when the processor is in the controller's own country", () => {
    const manifest = { controller: { country: "US" }, processors: [HOST, US] };
    assert.deepEqual(missing(policyWith([], ["Postmark sends receipts."]), manifest), []);
  });

  test("under the GDPR the UK is outside the EEA", () => {
    assert.deepEqual(missing(policyWith([], ["Paddle takes payments."]), { processors: [HOST, UK] }), ["transfers"]);
  });

  test("under the UK GDPR a UK processor is inside", () => {
    const manifest = { regimes: ["uk-gdpr"], controller: { country: "GB" }, processors: [HOST, UK] };
    assert.deepEqual(missing(policyWith([], ["Paddle takes payments."]), manifest), []);
    const withUs = { ...manifest, processors: [HOST, UK, US] };
    assert.deepEqual(missing(policyWith([], ["Paddle takes payments. Postmark sends receipts."]), withUs), ["transfers"]);
  });
});

describe("conditional disclosures", () => {
  test("withdraw-consent only when a processor has consent: true", () => {
    const extra = ["Hotjar records heatmaps if you agree."];
    assert.deepEqual(missing(policyWith([], extra), { processors: [HOST, CONSENTED] }), ["withdraw-consent"]);
    assert.deepEqual(missing(policyWith([], [...extra, "You can withdraw your consent at any time in the cookie settings."]), { processors: [HOST, CONSENTED] }), []);
    assert.deepEqual(missing(policyWith([], extra), { processors: [HOST, { ...CONSENTED, consent: false }] }), []);
  });

  test("dpo only when controller.dpo is set, and present when the address is given", () => {
    const manifest = { processors: [HOST], controller: { dpo: "dpo@pikkulintu.example" } };
    assert.deepEqual(missing(policyWith(), manifest), ["dpo"]);
    assert.deepEqual(missing(policyWith([], ["Our data protection officer: dpo@pikkulintu.example."]), manifest), []);
    assert.deepEqual(missing(policyWith([], ["Our data protection officer: dpo@pikkulintu.example."]), { processors: [HOST] }), []);
  });
});

describe("CCPA", () => {
  const ccpa = { regimes: ["ccpa"], controller: { country: "US" }, processors: [HOST] };
  const CCPA_PARTS = [
    "## Categories of personal information we collect\n\nIdentifiers (name, e-mail address) and commercial information (orders).",
    "## Sale and sharing\n\nWe do not sell or share your personal information.",
    "## Your California privacy rights\n\nYou have the right to know what we collect, to delete it, to correct it, and to opt out of its sale or sharing.",
    "## Non-discrimination\n\nWe will not treat you differently for using these rights.",
  ];

  test("GDPR-only disclosures are not required under the CCPA alone", () => {
    const policy = ["# Privacy", PARTS.controller, PARTS.updated, PARTS.recipients, PARTS.retention, ...CCPA_PARTS].join("\n\n");
    assert.deepEqual(missing(policy, ccpa), []);
  });

  test("each CCPA disclosure is required", () => {
    const ids = ["ccpa-categories", "ccpa-sale", "ccpa-rights", "ccpa-non-discrimination"];
    CCPA_PARTS.forEach((_, i) => {
      const policy = ["# Privacy", PARTS.controller, PARTS.updated, PARTS.recipients, PARTS.retention, ...CCPA_PARTS.filter((__, j) => j !== i)].join("\n\n");
      assert.deepEqual(missing(policy, ccpa), [ids[i]]);
    });
  });

  test("front matter regimes override the manifest", () => {
    const policy = `---\nregimes: [ccpa]\n---\n${["# Privacy", PARTS.controller, PARTS.updated, PARTS.recipients, PARTS.retention, ...CCPA_PARTS].join("\n\n")}\n`;
    assert.deepEqual(missing(policy, { processors: [HOST] }), []);
    assert.deepEqual(check(policy, { processors: [HOST] }).regimes, ["ccpa"]);
  });
});

test("the clause fix inserts a heading and text, changes nothing else, and satisfies the rule", () => {
  const text = manifestText({ processors: [HOST] });
  const m = core.parseManifest(text);
  const policy = policyWith(["rights"]);
  const [f] = core.analyze(policy, m).findings.filter((x) => x.rule === RULE);
  const fix = f.fixes.find((x) => x.preferred);
  assert.ok(fix);
  for (const e of fix.edits) assert.equal(e.start, e.end, "insert only");
  const fixed = core.applyEdits(policy, fix.edits);
  const e = fix.edits[0];
  assert.equal(fixed.slice(0, e.start) + fixed.slice(e.start + e.newText.length), policy);
  assert.deepEqual(core.analyze(fixed, m).findings.filter((x) => x.rule === RULE), []);
});

test("naming a processor as a service used discloses the recipients, with no heading or phrase for them", () => {
  const body = "# Privacy\n\nLast updated: 2 May 2025\n\n";
  const GTM = { name: "Google Tag Manager", purpose: "Tags", category: "analytics", country: "US", transfer: "dpf" };
  const withNames = `${body}This website uses Google Tag Manager to load its tags, and Hetzner hosts it.\n`;
  assert.ok(!missing(withNames, { processors: [HOST, GTM] }).includes("recipients"));
  // one named is a recipient named (the other, unnamed, is undisclosed-processor's finding)
  assert.ok(!missing(`${body}Hetzner hosts this website.\n`, { processors: [HOST, GTM] }).includes("recipients"));
  // a denied name, or software run on our own servers, names no recipient
  assert.ok(missing(`${body}We do not use Google Tag Manager.\n`, { processors: [HOST, GTM] }).includes("recipients"));
  assert.ok(missing(`${body}We run Google Tag Manager on our own servers.\n`, { processors: [HOST, GTM] }).includes("recipients"));
});

test("the message cites the law of the active regimes only", () => {
  const policy = "# Privacy\n\nPikkulintu Oy runs this site.\n";
  const messageOf = (regimes, id) => findingsOf(policy, { regimes, processors: [HOST] }, RULE).find((f) => f.subject === id)?.message;
  // a GDPR-only policy is not sent to California law, nor a CCPA-only one to Art. 13
  assert.equal(messageOf(["gdpr"], "retention"), "Missing disclosure: retention (GDPR Art. 13(2)(a)), required under the GDPR.");
  assert.match(messageOf(["ccpa"], "retention"), /\(Cal\. Civ\. Code §1798\.100\(a\)\(3\)\)/);
  assert.doesNotMatch(messageOf(["ccpa"], "retention"), /GDPR/);
  assert.match(messageOf(["gdpr", "ccpa"], "retention"), /\(GDPR Art\. 13\(2\)\(a\); Cal\. Civ\. Code §1798\.100\(a\)\(3\)\)/);
  assert.doesNotMatch(messageOf(["uk-gdpr"], "last-updated"), /Cal\./);
  // the insert-clause fix names the same law
  const fix = findingsOf(policy, { regimes: ["gdpr"], processors: [HOST] }, RULE).find((f) => f.subject === "retention").fixes[0];
  assert.doesNotMatch(fix.title, /Cal\./);
});

test("withdrawing consent: changing one's answer at any time is the withdrawal (en, de, fr)", () => {
  // from a real CLI tool's policy: opt-in telemetry, "You can change your answer at any time"
  const m = { processors: [{ name: "Amplitude", purpose: "Opt-in usage statistics", category: "analytics", country: "US", transfer: "dpf", consent: true }] };
  const withdraw = (policy) => findingsOf(policy, m, "missing-section").filter((f) => f.subject === "withdraw-consent").length;
  for (const [policy, without] of [
    ["# Privacy\n\nAmplitude receives usage statistics only if you opt in. You can change your answer at any time with one command.\n", "with one command"],
    ["---\nlang: de\n---\n\n# Datenschutz\n\nAmplitude erhält Nutzungsstatistiken nur, wenn Sie zustimmen. Ihre Auswahl können Sie jederzeit in den Einstellungen ändern.\n", "in den Einstellungen"],
    ["---\nlang: fr\n---\n\n# Confidentialité\n\nAmplitude reçoit des statistiques d'usage seulement si vous l'acceptez. Vous pouvez modifier vos choix à tout moment dans les réglages.\n", "dans les réglages"],
  ]) {
    assert.equal(withdraw(policy), 0, policy);
    const cut = policy.replace(/ (?:You can change your answer at any time|Ihre Auswahl können Sie jederzeit|Vous pouvez modifier vos choix à tout moment)[^.]*\./, "");
    assert.equal(withdraw(cut), 1, `without it the disclosure is missing (${without})`);
  }
});

test("a heading about links to other sites does not disclose recipients ('Third-party links', 'Liens vers des tiers')", () => {
  const m = { processors: [{ name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" }] };
  const recipients = (policy) => findingsOf(policy, m, "missing-section").some((f) => f.subject === "recipients");
  assert.equal(recipients("# Privacy\n\nWe run this site.\n\n## Third-party links\n\nWe link to other sites.\n"), true);
  assert.equal(recipients("# Privacy\n\nWe run this site.\n\n## Third-party services\n\nWe use them.\n"), false, "a third-party services heading still does");
  assert.equal(recipients("---\nlang: fr\n---\n\n# Confidentialité\n\nNous exploitons ce site.\n\n## Liens vers des tiers\n\nNous ne sommes pas responsables de ces sites.\n"), true);
  assert.equal(recipients("---\nlang: fr\n---\n\n# Confidentialité\n\nNous exploitons ce site.\n\n## Tiers\n\nNous travaillons avec des prestataires.\n"), false);
});
