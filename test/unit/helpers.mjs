// Shared helpers for the unit tests: the bundled core (run `node esbuild.mjs` first),
// a manifest builder and small accessors for findings.
import { after } from "node:test";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

export const core = createRequire(import.meta.url)("../../dist/core.js");
/** The preview (pages, renderer, sanitiser, webview messages), bundled apart from the core. */
export const preview = createRequire(import.meta.url)("../../dist/preview.js");
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** A fixed "today" so that date checks do not depend on the clock. */
export const NOW = new Date("2025-06-15T12:00:00Z");

/** A manifest text from an object; the controller defaults to a small Finnish company. */
export function manifestText({ controller = {}, ...rest } = {}) {
  return YAML.stringify({
    version: 1,
    controller: { name: "Pikkulintu Oy", email: "privacy@pikkulintu.example", country: "FI", ...controller },
    ...rest,
  });
}

/** Analyses a policy against a manifest (an object for manifestText, a YAML string, or undefined). */
export function check(policy, manifest, options = {}) {
  const text = manifest === undefined ? undefined : typeof manifest === "string" ? manifest : manifestText(manifest);
  const m = text === undefined ? undefined : core.parseManifest(text);
  return core.analyze(policy, m, { now: NOW, ...options });
}

/** The findings of one rule. */
export function findingsOf(policy, manifest, rule, options) {
  return check(policy, manifest, options).findings.filter((f) => f.rule === rule);
}

/** Subjects of findings, sorted. */
export const subjects = (fs) => fs.map((f) => f.subject).sort();

/** The text a finding's range covers. */
export const covered = (text, f) => text.slice(f.start, f.end);

/** The 0-based line of an offset. */
export const lineOf = (text, offset) => text.slice(0, offset).split("\n").length - 1;

/** Temporary folders made by a test file, removed when its tests are done (nothing is left in /tmp). */
const temps = [];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** mkdtempSync, and the folder is removed after the file's tests. */
export function tempDir(prefix) {
  const d = mkdtempSync(prefix);
  temps.push(d);
  return d;
}

/** The manifest of the German example company (Beispiel GmbH): Hetzner, and contact requests kept 10 years. */
export const GERMAN_MANIFEST = `version: 1
controller:
  name: Beispiel GmbH
  email: datenschutz@beispiel.example
  country: DE
regimes: [gdpr]
processors:
  - name: Hetzner
    purpose: Hosting
    country: DE
retention:
  - data: Kontaktanfragen
    period: 10 years
`;
