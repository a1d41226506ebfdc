// consent-contradiction: "no analytics / tracking / advertising" against such a processor,
// or "only with your consent" against consent: false.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findingsOf, subjects, covered } from "../helpers.mjs";

const RULE = "consent-contradiction";
const HOST = { name: "Hetzner", purpose: "Hosting", category: "hosting", country: "DE" };
const MIXPANEL = { name: "Mixpanel", purpose: "Product analytics", category: "analytics", country: "US", transfer: "dpf", consent: false };
const HOTJAR = { name: "Hotjar", purpose: "Heatmaps", category: "analytics", country: "IE", consent: true };
const META = { name: "Meta Pixel", purpose: "Ad conversions", category: "advertising", country: "US", transfer: "dpf", consent: true };
const run = (policy, processors) => findingsOf(policy, { processors }, RULE);

test("'no analytics cookies' while an analytics processor is listed; range on the sentence", () => {
  const policy = "# Privacy\n\nMixpanel measures feature use. We don't use analytics cookies.\n";
  const fs = run(policy, [HOST, MIXPANEL]);
  assert.deepEqual(subjects(fs), ["Mixpanel"]);
  assert.equal(covered(policy, fs[0]), "We don't use analytics cookies.");
  assert.equal(fs[0].severity, "warning");
});

test("'no tracking SDKs' covers analytics and advertising processors", () => {
  assert.deepEqual(subjects(run("# Privacy\n\nThe app contains no tracking SDKs.\n", [HOST, MIXPANEL, META])), ["Meta Pixel", "Mixpanel"]);
});

test("'no ads' is only about advertising processors", () => {
  assert.deepEqual(run("# Privacy\n\nWe show no ads.\n", [HOST, MIXPANEL]), []);
  assert.deepEqual(subjects(run("# Privacy\n\nWe show no ads.\n", [HOST, META])), ["Meta Pixel"]);
});

test("nothing to contradict without such a processor", () => {
  assert.deepEqual(run("# Privacy\n\nWe don't use analytics or tracking of any kind.\n", [HOST]), []);
});

test("denying a named service is not a general no-analytics claim", () => {
  assert.deepEqual(run("# Privacy\n\nMixpanel measures feature use. We do not use Google Analytics.\n", [HOST, MIXPANEL]), []);
});

test("positive statements are not claims", () => {
  assert.deepEqual(run("# Privacy\n\nWe use Mixpanel for product analytics.\n", [HOST, MIXPANEL]), []);
});

test("'only with your consent' against consent: false, range on the consent phrase", () => {
  const policy = "# Privacy\n\nMixpanel runs only after you accept analytics in the banner.\n";
  const fs = run(policy, [HOST, MIXPANEL]);
  assert.deepEqual(subjects(fs), ["Mixpanel"]);
  assert.match(covered(policy, fs[0]), /only after you accept/);
  assert.ok(!covered(policy, fs[0]).includes("banner"), "the range is the consent phrase, not the whole sentence");
});

test("'only with your consent' against consent: true is consistent", () => {
  assert.deepEqual(run("# Privacy\n\nHotjar runs only after you accept analytics in the banner.\n", [HOST, HOTJAR]), []);
});

test("a consent-scoped denial is not a contradiction", () => {
  assert.deepEqual(run("# Privacy\n\nWe set no analytics cookies unless you opt in.\n", [HOST, HOTJAR]), []);
});

test("claims in code spans and comments are not read", () => {
  assert.deepEqual(run("# Privacy\n\n`We don't use analytics cookies.`\n<!-- no tracking SDKs -->\n", [HOST, MIXPANEL]), []);
});

test("each processor is reported once even when several sentences deny analytics", () => {
  const fs = run("# Privacy\n\nWe use no analytics. There are no trackers either. No analytics cookies are set.\n", [HOST, MIXPANEL]);
  assert.deepEqual(subjects(fs), ["Mixpanel"]);
});

test("a sentence about what a named service itself does is not a claim about the site", () => {
  const GTM = { name: "Google Tag Manager", purpose: "Tag loading", category: "analytics", country: "US", consent: true };
  assert.deepEqual(run("# Privacy\n\nMixpanel measures feature use. Google Tag Manager itself sets no cookies, only tags, and collects no personal data.\n", [HOST, MIXPANEL, GTM]), []);
  // the site speaking, with a service named first, is still a claim
  assert.deepEqual(subjects(run("# Privacy\n\nApart from Hetzner, our website uses no analytics cookies.\n", [HOST, MIXPANEL])), ["Mixpanel"]);
  assert.deepEqual(subjects(run("---\nlang: de\n---\n# Datenschutz\n\nNeben Hetzner setzen wir keine Analyse-Cookies ein.\n", [HOST, MIXPANEL])), ["Mixpanel"]);
});

test("a tracking word that names something else is no claim: 'no ad platform credentials', 'tracking numbers'", () => {
  // real docs sentence: the CLI needs no ad platform credentials
  assert.deepEqual(run("# Privacy\n\nNormal workflows need no database, warehouse or ad platform credentials, infrastructure secrets or local files.\n", [HOST, META]), []);
  assert.deepEqual(run("# Privacy\n\nWe do not share parcel tracking numbers with anyone but the carrier.\n", [HOST, MIXPANEL]), []);
  // the claim itself still counts
  assert.deepEqual(subjects(run("# Privacy\n\nThe site shows no ads and runs no ad platform scripts.\n", [HOST, META])), ["Meta Pixel"]);
});

test("'no other analytics platforms' denies only what the policy does not name; 'without notice' is a condition, not a denial", () => {
  // from a real startup's policy: the partners listed, then "We never introduce other analytics platforms … without explicit notice."
  const policy = "# Privacy\n\nOur partners: **Mixpanel** for product analytics and Hetzner for hosting.\n\nWe do not use other analytics platforms.\n";
  assert.deepEqual(subjects(run(policy, [HOST, MIXPANEL])), [], "Mixpanel is named: it is not an 'other' platform");
  assert.deepEqual(subjects(run(policy, [HOST, MIXPANEL, HOTJAR])), ["Hotjar"], "an analytics processor the policy never names is contradicted");
  assert.deepEqual(subjects(run(policy.replace("other analytics platforms", "analytics platforms"), [HOST, MIXPANEL])), ["Mixpanel"], "without 'other' the denial covers every analytics processor");
  assert.deepEqual(subjects(run("# Privacy\n\nWe never add analytics platforms or tracking cookies without explicit notice.\n", [HOST, HOTJAR])), [], "a promise of notice is no denial");
});

test("German and French: 'keine weiteren Analyse-Tools', 'aucun autre outil d'analyse' leave the named ones alone", () => {
  const de = "---\nlang: de\n---\n\n# Datenschutzerklärung\n\nFür Produktstatistiken nutzen wir Mixpanel. Weitere Analyse-Tools setzen wir nicht ein.\n";
  assert.deepEqual(subjects(run(de, [HOST, MIXPANEL])), []);
  assert.deepEqual(subjects(run(de, [HOST, MIXPANEL, HOTJAR])), ["Hotjar"]);
  const fr = "---\nlang: fr\n---\n\n# Politique de confidentialité\n\nNous utilisons Mixpanel pour les statistiques du produit. Nous n'utilisons aucun autre outil d'analyse.\n";
  assert.deepEqual(subjects(run(fr, [HOST, MIXPANEL])), []);
  assert.deepEqual(subjects(run(fr, [HOST, MIXPANEL, HOTJAR])), ["Hotjar"]);
});

test("'no essential or non-essential cookies' denies every cookie; 'no cookies other than essential ones' keeps some (en, de, fr)", () => {
  // from a real privacy company's site: "We do not currently use essential or non-essential cookies" beside Google Analytics 4
  const cases = [
    ["# Privacy\n\nWe do not currently use essential or non-essential cookies on our Site.\n", "# Privacy\n\nWe do not use cookies other than essential ones.\n"],
    ["---\nlang: de\n---\n\n# Datenschutz\n\nWir setzen keine notwendigen oder nicht notwendigen Cookies ein.\n", "---\nlang: de\n---\n\n# Datenschutz\n\nWir setzen keine Cookies außer technisch notwendigen ein.\n"],
    ["---\nlang: fr\n---\n\n# Confidentialité\n\nNous ne déposons aucun cookie, nécessaire ou non nécessaire.\n", "---\nlang: fr\n---\n\n# Confidentialité\n\nNous ne déposons aucun cookie en dehors des cookies strictement nécessaires.\n"],
  ];
  for (const [none, some] of cases) {
    assert.deepEqual(subjects(run(none, [HOST, MIXPANEL])), ["Mixpanel"], none);
    assert.deepEqual(subjects(run(some, [HOST, MIXPANEL])), [], some);
  }
});
