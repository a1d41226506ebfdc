// Disclosures that are made are present, wherever and however the policy makes them (issue 13):
// purposes told inside the legal-basis section or in a short policy without a purposes heading,
// retention told as rotation or deletion on an event, a date in emphasis inside a list item.
// Near misses that disclose nothing stay missing. Sentences modelled on real short policies.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingsOf } from "./helpers.mjs";

const MANIFEST = {
  controller: { name: "Lindenhof Werkstatt GmbH", email: "privacy@lindenhof.example", country: "DE" },
  processors: [{ name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" }],
};
const missing = (policy) => findingsOf(policy, MANIFEST, "missing-section").map((f) => f.subject);
const stale = (policy) => findingsOf(policy, MANIFEST, "stale-date").map((f) => f.message);

test("purposes stated inside the legal-basis section are present", () => {
  const policy = "# Privacy\n\n## Legal basis\n\nWe process your e-mail address to send you the newsletter (Art. 6(1)(a) GDPR). Invoices are kept because tax law requires it (Art. 6(1)(c) GDPR).\n";
  assert.ok(!missing(policy).includes("purposes"));
});

test("purposes stated in a short policy without a purposes heading are present", () => {
  const a = "# Privacy\n\nThe app keeps your notes on your device. Your e-mail address is only used to send you a sign-in link.\n";
  assert.ok(!missing(a).includes("purposes"));
  const b = "# Privacy\n\nWe store your name and address in order to ship the order to you.\n";
  assert.ok(!missing(b).includes("purposes"));
  // saying what is collected is not saying why
  const c = "# Privacy\n\nWe collect your name and your e-mail address. Hetzner hosts the server.\n";
  assert.ok(missing(c).includes("purposes"));
});

test("retention given as rotation or as deletion on an event is present", () => {
  assert.ok(!missing("# Privacy\n\nAccess logs on the web server are rotated within 30 days.\n").includes("retention"));
  assert.ok(!missing("# Privacy\n\nYour profile is erased once the account is closed.\n").includes("retention"));
  assert.ok(!missing("# Privacy\n\nBooking records are stored for three years after the workshop.\n").includes("retention"));
  // keeping data for a reason, or deleting it on request, says nothing of how long
  assert.ok(missing("# Privacy\n\nData is stored for security reasons on servers in Germany.\n").includes("retention"));
});

test("a date in emphasis inside a list item is the policy's date", () => {
  const policy = "# Privacy\n\n- _Updated: June 14, 2023_\n- Version 3\n\nWe keep data for 30 days.\n";
  assert.ok(!missing(policy).includes("last-updated"));
  assert.deepEqual(stale(policy), []);
  // without a label, a date is just a date
  assert.ok(missing("# Privacy\n\n- _June 14, 2023_\n").includes("last-updated"));
});
