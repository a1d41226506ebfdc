// Policies as websites build them (contract §7): four small sites, each with planted
// problems. Each site is copied to a temporary folder (no git history, so no manifest date)
// and checked from its root; the findings must be exactly the planted ones, and none of the
// false ones the template syntax used to cause (placeholders, missing date or contact).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CLI } from "../unit/helpers.mjs";

const SITES = fileURLToPath(new URL(".", import.meta.url));

/** A copy of test/sites/<name> in a temporary folder, removed after the test. */
export function copySite(t, name) {
  const dir = mkdtempSync(join(tmpdir(), `pw-site-${name}-`));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(SITES, name), dir, { recursive: true });
  return dir;
}

function check(dir, ...args) {
  const r = spawnSync(process.execPath, [CLI, "check", "--format", "json", ...args], { cwd: dir, encoding: "utf8" });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return { status: r.status, stderr: r.stderr, json: JSON.parse(r.stdout) };
}

/** Every finding as "path rule severity subject line:column". */
const flat = (json) => json.files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.rule} ${x.severity} ${x.subject} ${x.line}:${x.column}`));

test("Jekyll: site and data variables, a filtered date, an include, a comment block", (t) => {
  const { json, status } = check(copySite(t, "jekyll"));
  assert.equal(status, 1);
  assert.deepEqual(flat(json), [
    // the manifest's Sentry is named nowhere, not in the page and not in the include
    "privacy.md undisclosed-processor error Sentry 23:4",
    // {{ site.data.retention.orders }} is "2 years": the finding points at the variable
    "privacy.md retention-mismatch error Orders 31:20",
    // defined nowhere in the site: info, naming the files searched
    "privacy.md placeholder info {{ site.opening_hours }} 32:21",
    // in the included table, reported on the included file
    "_includes/privacy/processors.md undeclared-processor warning Hotjar 5:3",
  ]);
  const page = json.files.find((f) => f.path === "privacy.md");
  assert.match(page.findings.find((x) => x.rule === "placeholder").message, /site\.opening_hours is not defined in _config\.yml or _data\//);
  // Google Analytics, inside {% comment %}, is not read; the list-valued site.data.legal.hosting is not text
  assert.ok(!flat(json).some((l) => /Google Analytics|hosting/.test(l)));
});

test("Hugo: hugo.toml params, config/_default/params.toml, the param shortcode, Go comments, i18n content folders", (t) => {
  const { json } = check(copySite(t, "hugo"));
  assert.deepEqual(flat(json), [
    // the German page names a processor the English page lacks (rules apply to each page on its own)
    "content/de/privacy/index.md undeclared-processor warning Intercom 17:3",
    "content/privacy/index.md undeclared-processor warning Mixpanel 26:3",
    "content/privacy/index.md placeholder info {{ .Site.Params.experimentYear }} 26:40",
    "content/privacy/index.md retention-mismatch error Server logs 30:31",
  ]);
  const searched = json.files[1].findings.find((x) => x.rule === "placeholder").message;
  assert.match(searched, /hugo\.toml, config\/_default\/params\.toml or data\//);
});

test("Docusaurus: MDX imports, exports, JSX and expressions are code, the text between tags is prose", (t) => {
  const { json } = check(copySite(t, "docusaurus"));
  assert.deepEqual(flat(json), [
    "src/pages/privacy.mdx undisclosed-processor error Google Analytics 31:4",
    // inside <td>…</td> of a JSX table: prose a reader sees
    "src/pages/privacy.mdx undeclared-processor warning Mixpanel 36:11",
  ]);
});

test("Docusaurus (TypeScript config): {siteConfig.customFields.x} in MDX is read from the config without running it", (t) => {
  const { json } = check(copySite(t, "docusaurus-ts"));
  assert.deepEqual(flat(json), [
    "src/pages/privacy.mdx undeclared-processor warning Hotjar 24:3",
    // {siteConfig.customFields.retentionDays} is 30: the finding points at the expression
    "src/pages/privacy.mdx retention-mismatch error Search queries 28:34",
    // not in customFields: info, naming the config searched
    "src/pages/privacy.mdx placeholder info {siteConfig.customFields.officeHours} 38:38",
  ]);
  assert.match(json.files[0].findings.at(-1).message, /siteConfig\.customFields\.officeHours is not defined in docusaurus\.config\.ts/);
  // the date, the contact e-mail and the controller come from customFields (no missing-section,
  // contact-mismatch or stale-date); supportUrl is process.env (computed by the build) and
  // regions a list: neither is reported
});

test("Docusaurus: a config that cannot be read statically leaves its variables unresolved at info, never as false problems", (t) => {
  const dir = copySite(t, "docusaurus-ts");
  // customFields built by a function call: its keys are unknown without running the config
  writeFileSync(join(dir, "docusaurus.config.ts"), "import type {Config} from '@docusaurus/types';\nexport default async function createConfig(): Promise<Config> {\n  return {title: 'x', customFields: loadFields(process.env) as Config['customFields']};\n}\n");
  const { json } = check(dir);
  const rules = flat(json);
  assert.ok(!rules.some((l) => /placeholder (?:error|warning)/.test(l)), rules.join("\n"));
  // every {siteConfig.…} on the page is computed by the build: none is reported as unfilled
  assert.ok(!rules.some((l) => l.includes("placeholder")), rules.join("\n"));
  // without the values the page has no date and no contact: those findings are the honest ones
  assert.ok(rules.some((l) => l.includes("contact-mismatch")));
});

test("Astro MDX: constants a page imports from the site's own module are read without running it", (t) => {
  // from a real Astro site: `import { ORG_NAME, SUPPORT_EMAIL } from "../const"` in privacy.mdx
  const dir = copySite(t, "astro-mdx");
  const { json } = check(dir);
  // the controller ({ORG_NAME}) and its address (<a href={…}>{SUPPORT_EMAIL}</a>) are there; the
  // log period is the constant's "30 days" (imported as LOGS), reported at the expression
  assert.deepEqual(flat(json), ["src/pages/privacy.mdx retention-mismatch error server logs 30:31"]);
  // a constant that is not a literal (`new Date().getFullYear()`) stays unresolved and is no problem
  writeFileSync(join(dir, "src/const.ts"), readFileSync(join(dir, "src/const.ts"), "utf8").replace('"privacy@lumen-tools.example"', "process.env.SUPPORT"));
  assert.deepEqual(flat(check(dir).json).filter((f) => f.includes("contact-mismatch")).length, 1, "an address the build computes is not known");
});

test("Eleventy: _data globals, Nunjucks filters, loops and comments, an included partial", (t) => {
  const { json } = check(copySite(t, "eleventy"));
  assert.deepEqual(flat(json), [
    "privacy-policy.md retention-mismatch error Server logs 29:67",
    "privacy-policy.md placeholder info {{ legal.retention.payments }} 30:18",
    "_includes/partials/cookies.md undeclared-processor warning Cloudflare Turnstile 3:76",
  ]);
});

test("the same Jekyll page outside its site: variables are unfinished text (errors), no contact, no date", (t) => {
  const dir = copySite(t, "jekyll");
  rmSync(join(dir, "_config.yml"));
  const { json } = check(dir, "privacy.md");
  const rules = flat(json).filter((l) => l.startsWith("privacy.md "));
  assert.ok(rules.some((l) => l.includes("placeholder error {{ site.email | downcase }}")));
  assert.ok(rules.some((l) => l.includes("contact-mismatch")));
  assert.ok(rules.some((l) => l.includes("stale-date info last-updated")));
});

test("a broken _config.yml is reported once, on that file at its line; the pages are still checked", (t) => {
  const dir = copySite(t, "jekyll");
  writeFileSync(join(dir, "_config.yml"), "title: Leipomo Aalto\nemail: [unclosed\nurl: https://x.example\n");
  cpSync(join(dir, "privacy.md"), join(dir, "privacy.fi.md"));
  const { json } = check(dir);
  const config = json.files.filter((f) => f.path === "_config.yml");
  assert.equal(config.length, 1);
  assert.equal(config[0].findings.length, 1, "once, however many pages use the site");
  assert.equal(config[0].findings[0].rule, "site-config");
  assert.equal(config[0].findings[0].line, 3);
  assert.match(config[0].findings[0].message, /^_config\.yml does not parse \(line 3\)/);
  const page = json.files.find((f) => f.path === "privacy.md");
  assert.ok(page.findings.some((x) => x.rule === "placeholder" && x.subject === "{{ site.company_name }}" && x.severity === "info"), "its variables count as unresolved");
  assert.ok(page.findings.some((x) => x.rule === "retention-mismatch"), "the rest is still checked");
});

test("includes that leave the workspace or include themselves are reported and not followed", (t) => {
  const dir = copySite(t, "jekyll");
  writeFileSync(join(dir, "_includes/loop.md"), "Loop text {% include loop.md %}\n");
  writeFileSync(join(dir, "privacy.md"), "# Privacy\n\n{% include ../../../../../../etc/passwd %}\n\n{% include loop.md %}\n\n{% include missing.md %}\n");
  const { json } = check(dir, "privacy.md");
  const site = json.files.flatMap((f) => f.findings.filter((x) => x.rule === "site-config").map((x) => `${f.path}:${x.line}:${x.column} ${x.message}`));
  assert.deepEqual(site, [
    "privacy.md:3:1 The include ../../../../../../etc/passwd was not read: ../../../../../../etc/passwd leaves the workspace; it was not read.",
    "privacy.md:7:1 The include missing.md was not read: there is no file _includes/missing.md.",
    // the page's include of loop.md is followed once; loop.md's own include of itself is not
    "_includes/loop.md:1:11 The include loop.md was not read: _includes/loop.md includes itself (through loop.md); it was not followed.",
  ]);
});
