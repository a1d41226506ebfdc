// How the mention finder reads real English (issue 13): names inside other tokens, ordinary
// words that are catalog names, overlapping names, self-hosting that holds for the whole
// document, owners that do not cover their brands, and HTML comments shown as code. Each case
// pairs a sentence that must count with one that must not, modelled on real policies.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingsOf, subjects, covered, check } from "./helpers.mjs";

const HOSTING = { name: "Hetzner", aliases: ["Hetzner Online"], purpose: "Hosting", category: "hosting", country: "DE" };
const undeclared = (policy, processors = [HOSTING]) => findingsOf(policy, { processors }, "undeclared-processor");
const page = (...lines) => ["# Privacy", "", "Hetzner hosts the app.", "", ...lines, ""].join("\n");

test("a provider's name inside an e-mail address is a mailbox, not the provider", () => {
  assert.deepEqual(undeclared(page("Questions about your data can be sent to dpo.lindenhof@gmail.com or to our office.")), []);
  assert.deepEqual(undeclared(page("Support requests reach us at help@intercom-mail.example, which forwards to our team.")), []);
  // the same name standing alone is a mention
  assert.deepEqual(subjects(undeclared(page("Our support inbox runs on Gmail."))), ["Gmail"]);
});

test("a name inside an identifier joined by underscores or dots is not a mention", () => {
  const policy = page("The cookies `ph_session` and xx_session_posthog were removed. The setting analytics.posthog.enabled is off.");
  assert.deepEqual(undeclared(policy), []);
  assert.deepEqual(undeclared(page("Files keep the key stripe_customer_id only for old invoices.")), []);
});

test("a service's own hostname names it, wherever it sits in a URL", () => {
  const a = page("Error reports are sent to ingest.sentry.io over an encrypted connection.");
  const fa = undeclared(a);
  assert.deepEqual(subjects(fa), ["Sentry"]);
  assert.equal(covered(a, fa[0]), "sentry.io");
  assert.deepEqual(subjects(undeclared(page("The payment form loads a script from https://js.stripe.com/v3 on the checkout page."))), ["Stripe"]);
  // a path segment or another company's subdomain is not the service
  assert.deepEqual(undeclared(page("Webhooks arrive at https://lindenhof.example/stripe/hooks and are logged.")), []);
  assert.deepEqual(undeclared(page("Our statistics live at posthog.lindenhof.example, a server we rent ourselves.")), []);
});

test("fixed phrases with catalog words are ordinary English: PO Box, Box 1916, in the box", () => {
  const policy = page(
    "Letters may be sent to PO Box 1916, 10001 Berlin, or to P.O. Box 77 in Potsdam.",
    "Post addressed to Box 1916 is collected twice a week.",
    "Tick the box in the form if you want the newsletter.",
  );
  assert.deepEqual(undeclared(policy), []);
  // the service, named as one
  assert.deepEqual(subjects(undeclared(page("Shared documents are stored in Box, a file storage service."))), ["Box"]);
  assert.deepEqual(subjects(undeclared(page("Contracts are kept in our Box account."))), ["Box"]);
});

test("a capitalised ordinary word needs the context of a service", () => {
  const plain = page(
    "To leave the dialog, click Close.",
    "A Loom is a frame for weaving; our textile course uses four of them.",
    "The Front of a drawer is the visible panel.",
    "Close Your Account",
    "",
    "- Make sure the form is complete.",
    "- Highlight any text you want us to correct.",
  );
  assert.deepEqual(undeclared(plain), []);
  const named = page(
    "Sales conversations are kept in Close, our CRM.",
    "Shared inbox messages are handled by Front.",
    "We record short product walkthroughs using Loom.",
    "Meeting notes live in Notion and tasks in Linear.",
  );
  assert.deepEqual(subjects(undeclared(named)), ["Close", "Front", "Linear", "Loom", "Notion"]);
});

test("names of several ordinary words must be written as names", () => {
  assert.deepEqual(undeclared(page("We keep in constant contact with our regulars. For better uptime we patch at night. The Help Scout troop visits each spring.")), []);
  assert.deepEqual(subjects(undeclared(page("Newsletters are sent with Constant Contact, and support e-mail is answered in Help Scout."))), ["Constant Contact", "Help Scout"]);
});

test("the longest of overlapping names wins; a catalog name inside a manifest name is that processor", () => {
  const insights = { name: "Azure Application Insights", purpose: "Monitoring", category: "error-monitoring", country: "IE" };
  const policy = page("Crash reports are collected with Azure Application Insights in the West Europe region.");
  assert.deepEqual(undeclared(policy, [HOSTING, insights]), []);
  const m = check(policy, { processors: [HOSTING, insights] }).mentions.find((x) => covered(policy, x).includes("Azure"));
  assert.equal(covered(policy, m), "Azure Application Insights");
  assert.equal(m.processor?.name, "Azure Application Insights");
  // a manifest name starting inside a longer catalog name does not split it
  const storage = { name: "Cloud Storage", purpose: "Files", category: "storage", country: "US" };
  const p2 = page("Uploads are kept in Google Cloud Storage buckets.");
  assert.deepEqual(subjects(undeclared(p2, [HOSTING, storage])), ["Google Cloud Storage"]);
});

test("self-hosting holds for the whole document: heading, later sentences and the summary table", () => {
  const policy = [
    "# Privacy",
    "",
    "Hetzner hosts the app.",
    "",
    "## PostHog",
    "",
    "We host PostHog on our own servers in Falkenstein. PostHog records page views and clicks.",
    "",
    "## Summary",
    "",
    "| Tool | Purpose |",
    "|---|---|",
    "| PostHog | Product analytics |",
    "| Mixpanel | Funnels |",
    "",
  ].join("\n");
  assert.deepEqual(subjects(undeclared(policy)), ["Mixpanel"]);
  // a cue with no name of its own speaks of its section's heading
  const b = ["# Privacy", "", "Hetzner hosts the app.", "", "## Matomo", "", "We run it on our own servers. It keeps visits for 13 months.", "", "## Later", "", "Matomo reports are shared with the team.", ""].join("\n");
  assert.deepEqual(undeclared(b), []);
  // the cue belongs to its own clause, not to every name in the sentence
  assert.deepEqual(subjects(undeclared(page("We host Matomo on our own servers, and Stripe handles card payments."))), ["Stripe"]);
  // a denied cue marks nothing
  assert.deepEqual(subjects(undeclared(page("We do not self-host Sentry. Sentry receives error reports."))), ["Sentry"]);
});

test("a catalog owner does not cover the services it sells separately", () => {
  const twilio = { name: "Twilio", purpose: "SMS codes", category: "sms", country: "US" };
  assert.deepEqual(subjects(undeclared(page("Twilio sends sign-in codes. Product events are collected with Segment and mail goes out through SendGrid."), [HOSTING, twilio])), ["Segment", "SendGrid"]);
  // a product of the same account and contract stays covered
  const aws = { name: "Amazon Web Services", aliases: ["AWS"], purpose: "Hosting", category: "hosting", country: "IE" };
  assert.deepEqual(undeclared(page("Files are stored in Amazon S3 and mail is sent with Amazon SES."), [HOSTING, aws]), []);
});

test("a <!-- shown as code hides nothing after it", () => {
  const span = page("To hide a line, wrap it in `<!--` and `-->`.", "", "Newsletters are sent with Mailchimp.");
  assert.deepEqual(subjects(undeclared(span)), ["Mailchimp"]);
  const fence = page("```html", "<!-- an unclosed comment in an example", "```", "", "Newsletters are sent with Mailchimp.");
  assert.deepEqual(subjects(undeclared(fence)), ["Mailchimp"]);
  // a real comment still hides what it holds
  assert.deepEqual(undeclared(page("<!-- Mailchimp was retired in 2024 -->", "Newsletters are written by hand.")), []);
});

test("a changelog entry that starts with a date is not a recipient", () => {
  const policy = ["# Privacy", "", "## Service providers", "", "- Hetzner: hosting", "", "### History", "", "- 3 November 2024: added the language cookie.", "- 18 June 2024: replaced the mail relay.", ""].join("\n");
  assert.deepEqual(undeclared(policy), []);
});

test("an activity in a list of legal grounds is not a recipient, however it is capitalised", () => {
  const policy = ["# Privacy", "", "## Sharing", "", "Hetzner hosts the app. We may disclose your data where the law requires it, including:", "", "- Meeting Austrian or EU legal obligations", "- Answering valid legal requests from authorities", "- Acme Payroll GmbH: salary accounting", ""].join("\n");
  assert.deepEqual(subjects(undeclared(policy)), ["Acme Payroll"]);
});

test("a processor's attribute lines name a place or a safeguard, not another recipient", () => {
  const policy = ["# Privacy", "", "## Service providers", "", "- **Hetzner** — hosting", "  - Server location: **Falkenstein, Germany**", "  - Safeguards: EU Standard Contractual Clauses (SCC)", "- **Purpose:** Backups", "- **Acme Backup Ltd** — nightly copies", ""].join("\n");
  assert.deepEqual(subjects(undeclared(policy)), ["Acme Backup"]);
});

test("the address of the company's own site or repository on a service's domain is not the service", () => {
  assert.deepEqual(undeclared(page("## 16. Marketing site (lindenhof.github.io)", "", "The code is at https://github.com/lindenhof/site and the docs at https://lindenhof.netlify.app/docs.")), []);
  // the service's own domain still names it
  assert.deepEqual(subjects(undeclared(page("We host our documentation on GitHub Pages; the source lives on github.com."))), ["GitHub", "GitHub Pages"]);
});

test("a denying lead-in denies every item of its list, unless it announces exceptions", () => {
  const denied = page("We do **not**:", "", "- show ads;", "- use Google Analytics;", "- use Meta or TikTok pixels.");
  assert.deepEqual(undeclared(denied), []);
  const excepted = page("We share no data except with:", "", "- Google Analytics, for statistics");
  assert.deepEqual(subjects(undeclared(excepted)), ["Google Analytics"]);
  const plain = page("We use:", "", "- Google Analytics, for statistics");
  assert.deepEqual(subjects(undeclared(plain)), ["Google Analytics"]);
});

test("a product name of several words counts even when its first word is ordinary English", () => {
  assert.deepEqual(subjects(undeclared(page("To process as little as possible we chose Fathom Analytics for website analytics."))), ["Fathom Analytics"]);
  assert.deepEqual(undeclared(page("We cannot fathom analytics that track people across sites.")), []);
});

test("a company listed by its bare name covers its product for the same work, not its other products", () => {
  // modelled on a real policy: the manifest lists "Google" for optional sign-in
  const google = { name: "Google", purpose: "Optional Google sign-in", category: "authentication", country: "US" };
  assert.deepEqual(undeclared(page("| Sign-in with Google, only if you choose it | Your Google account identifier, name and email |"), [HOSTING, google]), []);
  // Google Analytics is other work for another purpose: still undeclared
  assert.deepEqual(subjects(undeclared(page("We measure visits with Google Analytics.", "You may sign in with Google."), [HOSTING, google])), ["Google Analytics"]);
});

test("a hosting service in a processor's location line is where that processor runs, not a recipient", () => {
  const supabase = { name: "Supabase", purpose: "Database", category: "database", country: "DE" };
  const nested = ["# Privacy", "", "## Service providers", "", "1. **Supabase (database):**", "   * Server location: Frankfurt, Germany (AWS region `eu-central-1`).", "   * Purpose: accounts and saved games.", ""].join("\n");
  assert.deepEqual(undeclared(nested, [HOSTING, supabase]), []);
  // the same name as an entry of its own, or in a sentence of ours, is a recipient
  const own = ["# Privacy", "", "## Service providers", "", "1. **Supabase (database)**", "2. **AWS**: backups in Frankfurt.", ""].join("\n");
  assert.deepEqual(subjects(undeclared(own, [HOSTING, supabase])), ["Amazon Web Services"]);
  const prose = ["# Privacy", "", "Supabase keeps the accounts. Location: our backups sit in AWS.", ""].join("\n");
  assert.deepEqual(subjects(undeclared(prose, [HOSTING, supabase])), ["Amazon Web Services"]);
});

test("a street in an address is not a service: 26 Bastion Square", () => {
  const sentence = "Fathom Analytics is provided by Conva Ventures Inc., 26 Bastion Square, Third Floor, Victoria, Canada, which acts as our processor.";
  assert.deepEqual(subjects(undeclared(page(sentence))), ["Fathom Analytics"]);
  // the payment service by name stays one
  assert.deepEqual(subjects(undeclared(page("Card payments in our shop are taken by Square and Stripe."))), ["Square", "Stripe"]);
});

test("the heads of a sharing section's items are kinds of sharing, not recipients; form fields neither", () => {
  // modelled on a real SaaS policy's "How we share" list
  const sharing = ["# Privacy", "", "## How we share information", "", "* **Customer's Instructions**. We share information as a customer instructs.", "* **Corporate Affiliates**. We may share information with our subsidiaries.", "* **Third-Party Service Providers and Partners**. We use providers for payments.", "* **Forums**. What you post in the forum is public.", ""].join("\n");
  assert.deepEqual(undeclared(sharing), []);
  const form = ["# Privacy", "", "## Services we use", "", "Our contact form may ask you for:", "", "- Email address", "- Address", "- Phone number", ""].join("\n");
  assert.deepEqual(undeclared(form), []);
  // a company at the head of an item is still a recipient
  const vendor = ["# Privacy", "", "## How we share information", "", "* **Lindqvist Analytics AB**. Receives usage events.", ""].join("\n");
  assert.deepEqual(subjects(undeclared(vendor)), ["Lindqvist Analytics"]);
});

test("'including but not limited to' denies nothing; 'a replacement for X' does not use X", () => {
  const formspree = { name: "Formspree", purpose: "Forms", category: "other", country: "US" };
  const listed = (policy) => findingsOf(policy, { processors: [HOSTING, formspree] }, "undisclosed-processor").map((f) => f.subject);
  const lead = ["# Privacy", "", "Hetzner hosts the site. What you enter may be passed to service providers, including but not limited to:", "", "- [Formspree](https://formspree.io)", ""].join("\n");
  assert.deepEqual(listed(lead), []);
  const denied = ["# Privacy", "", "Hetzner hosts the site. We do not pass what you enter to:", "", "- Formspree", ""].join("\n");
  assert.deepEqual(listed(denied), ["Formspree"]);
  assert.deepEqual(undeclared(page("We measure visits with a privacy-minded replacement for Google Analytics.")), []);
  assert.deepEqual(undeclared(page("We use Fathom as an alternative to Google Analytics.")).map((f) => f.subject).filter((s) => s === "Google Analytics"), []);
});
