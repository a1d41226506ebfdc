// The pure language providers (core/language): analysed documents and an offset in, plain data
// out, the same for any editor host. The manifest's outline and completion follow the YAML
// structure (the yaml package's node ranges), not the look of a line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, check } from "./helpers.mjs";

const MANIFEST = [
  "version: 1",
  "# the schedule first, then who we are",
  "retention:",
  "  - data: Support tickets",
  "    period: 1 year",
  "controller:",
  "  name: Pikkulintu Oy",
  "  email: privacy@pikkulintu.example",
  "  country: FI",
  "processors:",
  "  - name: Stripe",
  "    purpose: |",
  "      name: Stripe takes the payments",
  "    category: payments",
  "    country: [US, ]",
  "",
].join("\n");

/** Completes where "¦" is in the text; returns the labels. */
const complete = (text, manifest) => {
  const at = text.indexOf("¦");
  return core.manifestCompletion(text.replace("¦", ""), at, manifest).map((c) => c.label);
};

test("the manifest outline follows the document: its keys in their order, each entry by its name's range", () => {
  const m = core.parseManifest(MANIFEST);
  const outline = core.manifestOutline(m);
  assert.deepEqual(outline.map((o) => [o.name, o.detail]), [["retention", "1 periods"], ["controller", "Pikkulintu Oy"], ["processors", "1 processors"]]);
  const stripe = outline[2].children[0];
  assert.equal(stripe.name, "Stripe");
  assert.equal(MANIFEST.slice(stripe.selection.start, stripe.selection.end), "Stripe");
  assert.ok(MANIFEST.slice(stripe.range.start, stripe.range.end).endsWith("country: [US, ]"), "the entry ends at its last character");
  assert.equal(MANIFEST.slice(outline[0].range.start, outline[0].range.end), "retention:\n  - data: Support tickets\n    period: 1 year");
});

test("manifest completion knows where the cursor is in the YAML, not just how the line looks", () => {
  const m = core.parseManifest(MANIFEST);
  // inside a flow list of a country key: the country codes
  const inList = complete(MANIFEST.replace("country: [US, ]", "country: [US, ¦]"), m);
  assert.ok(inList.includes("FR") && inList.includes("EEA"));
  // a line that looks like "name: ..." inside a block scalar is prose: no catalog pops up
  assert.deepEqual(complete(MANIFEST.replace("name: Stripe takes", "name: Str¦ipe takes"), m), []);
  // a processor's name offers the catalog, and fills in only the keys the entry lacks
  const text = MANIFEST.replace("  - name: Stripe\n", "  - name: Plaus¦\n");
  const items = core.manifestCompletion(text.replace("¦", ""), text.indexOf("¦"), m);
  const plausible = items.find((c) => c.label === "Plausible Analytics");
  assert.deepEqual(plausible.extraEdits, [], "category and country are already in the entry");
  // the controller's name is not a processor's: no catalog there
  assert.deepEqual(complete(MANIFEST.replace("name: Pikkulintu Oy", "name: Pikku¦"), m), []);
});

test("hover and lenses return Markdown over document offsets, with the host's link to the manifest", () => {
  const manifest = { processors: [{ name: "Stripe", purpose: "Payments", category: "payments", country: "US", transfer: "dpf" }], retention: [{ data: "Support tickets", period: "1 year" }] };
  const policy = "# Privacy policy\n\n## Who receives your data\n\nStripe takes payments.\n\n## How long we keep data\n\nWe keep support tickets for 2 years.\n";
  const a = check(policy, manifest);
  const ref = { name: "processors.yaml", link: (offset) => `LINK(${offset})` };
  const onName = core.policyHover(a, policy.indexOf("Stripe") + 2, ref);
  assert.equal(policy.slice(onName.start, onName.end), "Stripe");
  assert.match(onName.markdown, /^\*\*Stripe\*\* — manifest entry in LINK\(\d+\)/);
  const onPeriod = core.policyHover(a, policy.indexOf("2 years") + 1, ref);
  assert.match(onPeriod.markdown, /manifest period: \*\*1 year\*\*[\s\S]*The policy differs/);
  assert.deepEqual(core.policyLenses(a).map((l) => l.title), ["1 of 1 manifest processors named · none missing", "1 of 1 manifest retention periods stated · 1 differs"]);
  assert.deepEqual(core.definitionAt(a, policy.indexOf("Stripe")), { in: "manifest", start: a.manifest.processors[0].nameRange[0], end: a.manifest.processors[0].nameRange[1] });
});
