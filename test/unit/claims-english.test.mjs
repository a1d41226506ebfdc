// Claims read from real English (issue 13): a placement phrased as a destination places the
// processor; a label or parenthetical is not a claim about the whole service; a retention
// period in a labelled list item belongs to the label's head, and a period in a processor's own
// paragraph or section belongs to that processor. Sentences modelled on real policies.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingsOf } from "./helpers.mjs";

const P = (name, country, extra = {}) => ({ name, purpose: "Service", category: "analytics", country, ...extra });
const rule = (id) => (policy, processors, more = {}) => findingsOf(policy, { processors, ...more }, id).map((f) => f.subject).sort();
const country = rule("country-mismatch");
const transfer = rule("transfer-contradiction");
const retention = rule("retention-mismatch");

test("placement phrased as a destination places the processor", () => {
  assert.deepEqual(country("# P\n\nVisit data is sent to the Clicky servers in the United States.\n", [P("Clicky", "NL")]), ["Clicky"]);
  assert.deepEqual(country("# P\n\nOur database, Supabase, is processed on servers located in Ireland.\n", [P("Supabase", "US")]), ["Supabase"]);
  assert.deepEqual(country("# P\n\nUploads are hosted in AWS's Frankfurt region.\n", [P("AWS", "IE")]), ["AWS"]);
  // the same sentences agreeing with the manifest
  assert.deepEqual(country("# P\n\nVisit data is sent to the Clicky servers in the United States.\n", [P("Clicky", "US")]), []);
  assert.deepEqual(country("# P\n\nUploads are hosted in AWS's Frankfurt region.\n", [P("AWS", "DE")]), []);
  // the company's own servers are not the processor's
  assert.deepEqual(country("# P\n\nStripe handles payments, and our servers are located in Germany.\n", [P("Stripe", "US")]), []);
});

test("a table cell's parenthetical is not a claim about the whole service", () => {
  const table = "# P\n\n| Service | Region |\n|---|---|\n| Stripe | Global (EU data stays in EU) |\n";
  assert.deepEqual(transfer(table, [P("Stripe", "US")]), []);
  assert.deepEqual(transfer("# P\n\nStripe processes card payments worldwide (EU data stays in the EU).\n", [P("Stripe", "US")]), []);
  // a sentence about the whole service still is
  assert.deepEqual(transfer("# P\n\nYour data never leaves the European Union. Stripe takes the payments.\n", [P("Stripe", "US")]), ["Stripe"]);
});

test("a period in a labelled list item belongs to the label's head, not the store it names", () => {
  const processors = [P("Redis Cloud", "US", { aliases: ["Redis"], category: "database" })];
  const schedule = { retention: [{ data: "Contact form tickets", period: "14 days" }] };
  assert.deepEqual(retention("# P\n\n## Retention\n\n- Contact form tickets stored in Redis: up to 30 days\n", processors, schedule), ["Contact form tickets"]);
  assert.deepEqual(retention("# P\n\n## Retention\n\n- Contact form tickets stored in Redis: up to 14 days\n", processors, schedule), []);
});

test("a period in a processor's own paragraph or section belongs to it", () => {
  const sentry = [P("Sentry", "US", { category: "error-monitoring", retention: "30 days" })];
  assert.deepEqual(retention("# P\n\n## Sentry\n\nWe send crash reports to it. By default, all data is deleted after 90 days.\n", sentry), ["Sentry"]);
  assert.deepEqual(retention("# P\n\n## Errors\n\nCrash reports go to Sentry. By default, all data is deleted after 90 days.\n", sentry), ["Sentry"]);
  // no processor in the paragraph or heading: nobody to hold to it
  assert.deepEqual(retention("# P\n\n## Errors\n\nWe read crash reports. By default, all data is deleted after 90 days.\n\nSentry collects them.\n", sentry), []);
  // a period that measures something else is not retention
  assert.deepEqual(retention("# P\n\n## Sentry\n\nWe answer questions about it within 90 days.\n", sentry), []);
});
