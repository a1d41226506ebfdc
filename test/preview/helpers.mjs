// Helpers for the preview tests: the fixture policy and manifest, and small readers of the
// rendered HTML (marks never nest and hold only text, so a regular expression reads them).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, core, NOW, preview } from "../unit/helpers.mjs";

export const FIXTURES = join(ROOT, "test/preview/fixtures");
export const FIXTURE_POLICY = readFileSync(join(FIXTURES, "policy.md"), "utf8");
export const FIXTURE_MANIFEST = readFileSync(join(FIXTURES, "processors.yaml"), "utf8");

/** The preview model of a policy against a manifest text (null: no manifest). */
export function modelOf(policy = FIXTURE_POLICY, manifestYaml = FIXTURE_MANIFEST, options = {}) {
  const manifest = manifestYaml === null ? undefined : core.parseManifest(manifestYaml);
  return preview.buildPreviewModel(core.analyze(policy, manifest, { now: NOW, ...options }));
}

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
export const decode = (s) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

/** Every mark in rendered HTML: its classes, finding and mention ids, range and text. */
export function marksIn(html) {
  const re = /<mark class="([^"]*)"(?: data-f="([^"]*)")?(?: data-m="([^"]*)")? data-s="(\d+)" data-e="(\d+)" title="([^"]*)">([^<]*)<\/mark>/g;
  return [...html.matchAll(re)].map((m) => ({
    classes: m[1].split(" "), f: m[2] ? m[2].split(" ").map(Number) : [], m: m[3] ? m[3].split(" ").map(Number) : [],
    start: Number(m[4]), end: Number(m[5]), title: decode(m[6]), text: decode(m[7]),
  }));
}

/** The text a finding's (or mention's) marks show, pieces joined with single spaces where lines broke. */
export function markedText(marks, kind, id) {
  return marks.filter((x) => x[kind].includes(id)).map((x) => x.text).join("").replace(/\s+/g, " ").trim();
}

/** The rendered HTML with every trace of the review removed: what the Markdown alone produces. */
export function withoutReview(html) {
  return html
    .replace(/<span class="pw-(?:anchor|gutter)[^>]*><\/span>/g, "")
    .replace(/<mark class="pw-mark[^>]*>/g, "")
    .replace(/<\/mark>/g, "")
    .replace(/ data-line="\d+"/g, "")
    .replace(/<div class="pw-html">([\s\S]*?)<\/div>\n/g, "$1");
}
