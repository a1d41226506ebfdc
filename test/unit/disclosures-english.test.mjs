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

test("purposes told service by service in a short policy are present", () => {
  // modelled on short real policies: a list of tools with what each is for, a role list, a purpose column
  const tools = "# Privacy\n\n- For visitor statistics we use [Plausible](https://plausible.io), which sets no cookies.\n- The site uses Supabase for sign-in and data storage.\n- We track errors with Sentry.\n";
  assert.ok(!missing(tools).includes("purposes"));
  const roles = "# Privacy\n\n## Services we use\n\n- Backend: Hetzner, Germany\n- Payments: Stripe\n- Email: Postmark (notifications only)\n";
  assert.ok(!missing(roles).includes("purposes"));
  const table = "# Privacy\n\n| Service | Purpose |\n|---|---|\n| Stripe | Card payments |\n| Postmark | Receipts |\n";
  assert.ok(!missing(table).includes("purposes"));
  // naming the services, or giving their vendor details, says nothing of what they are for
  const names = "# Privacy\n\nWe use Stripe. We also work with Postmark and Sentry.\n";
  assert.ok(missing(names).includes("purposes"));
  const vendors = "# Privacy\n\n- Provider: Stripe\n- Provider: Postmark\n";
  assert.ok(missing(vendors).includes("purposes"));
  const table2 = "# Privacy\n\n| Service | Country |\n|---|---|\n| Stripe | US |\n| Postmark | US |\n";
  assert.ok(missing(table2).includes("purposes"));
});

test("keeping data for a reason, or handling deletion requests in a month, is no retention period", () => {
  // real sentences: "we keep the message and your email address for later reference"
  assert.ok(missing("# Privacy\n\nIf you write to us, we keep the message and your email address for later reference.\n").includes("retention"));
  assert.ok(missing("# Privacy\n\nWe also keep what you volunteer, such as survey answers, for as long as that makes sense.\n").includes("retention"));
  assert.ok(missing("# Privacy\n\nWe handle deletion requests within 30 days.\n").includes("retention"));
  // a heading about where data is stored is not one about how long
  assert.ok(missing("# Privacy\n\n## Data storage\n\nYour workouts stay on your phone and in iCloud.\n").includes("retention"));
  // but a period or a criterion after "keep … for" is one
  assert.ok(!missing("# Privacy\n\nWe keep support messages for two years.\n").includes("retention"));
  assert.ok(!missing("# Privacy\n\nWe keep your profile for as long as your account exists.\n").includes("retention"));
  assert.ok(!missing("# Privacy\n\nSupport tickets are deleted within 90 days.\n").includes("retention"));
});

const CCPA = { ...MANIFEST, regimes: ["ccpa"] };
const missingCcpa = (policy) => findingsOf(policy, CCPA, "missing-section").map((f) => f.subject);

test("a section setting out what is collected gives the CCPA categories; a promise not to treat you differently is non-discrimination", () => {
  for (const heading of ["What we collect", "Personal Data We Collect", "What Information Do We Collect?"]) {
    assert.ok(!missingCcpa(`# Privacy\n\n## ${heading}\n\n- Your name and e-mail address.\n`).includes("ccpa-categories"), heading);
  }
  assert.ok(missingCcpa("# Privacy\n\n## How we use it\n\nTo run the service.\n").includes("ccpa-categories"));
  assert.ok(!missingCcpa("# Privacy\n\nWe will not treat you differently for using these rights.\n").includes("ccpa-non-discrimination"));
  assert.ok(missingCcpa("# Privacy\n\nWe treat every request the same way.\n").includes("ccpa-non-discrimination"));
});

test("'neither rents nor sells' says whether information is sold", () => {
  assert.ok(!missingCcpa("# Privacy\n\nThe company neither rents nor sells information about you.\n").includes("ccpa-sale"));
  assert.ok(missingCcpa("# Privacy\n\nThe company rents office space.\n").includes("ccpa-sale"));
});

test("a condition on our reliance on consent is no legal basis; a statement of it is", () => {
  // real template line: the only mention of a basis sits in the list of rights
  assert.ok(missing("# Privacy\n\n- the right to withdraw consent at any time where we rely on your consent to process your personal information;\n").includes("legal-basis"));
  assert.ok(!missing("# Privacy\n\nWe rely on your consent to send the newsletter.\n").includes("legal-basis"));
});

test("a controller is reachable by an address, a telephone number or a contact page, not by any link", () => {
  const named = "# Privacy\n\nLindenhof Werkstatt GmbH is responsible for this website.";
  assert.ok(missing(`${named} The [ICO website](https://ico.org.uk) explains your rights.\n`).includes("controller"));
  assert.ok(missing(`${named} See the project at https://lindenhof.github.io/app for details.\n`).includes("controller"));
  assert.ok(!missing(`${named} Call us on +49 30 1234567.\n`).includes("controller"));
  assert.ok(!missing(`${named} Use our [contact form](https://lindenhof.example/contact).\n`).includes("controller"));
  assert.ok(!missing(`${named} Write to privacy@lindenhof.example.\n`).includes("controller"));
});

test("a bold label opening a paragraph line heads its text; a right named in a list does not", () => {
  // real short policy: one line per topic, hard line breaks
  const lines = "# Privacy\n\n**Your rights:** access, rectification, erasure.  \n**Retention:** no longer than needed for the service and for accounting.  \n**Contact:** /contact\n";
  assert.ok(!missing(lines).includes("retention"));
  assert.ok(missing("# Privacy\n\n## Your rights\n\n- **Deletion**: ask us to delete your personal data.\n").includes("retention"));
});

test("a law's effective date is not the policy's date", () => {
  assert.ok(missing("# Privacy\n\nWe help customers meet the General Data Protection Regulation (\"GDPR\"), effective May 25, 2018.\n").includes("last-updated"));
  assert.ok(!missing("# Privacy\n\nEffective May 25, 2024.\n\nWe help customers meet the GDPR.\n").includes("last-updated"));
});
