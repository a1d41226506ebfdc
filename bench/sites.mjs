// Benchmark entry for site pages (contract §7; `node bench/sites.mjs [--runs N]`): a Jekyll
// site of 200 policy pages with a `_data` folder of 100 files, checked with `policywright
// check`, against the same 200 pages with the values written out and no site around them.
// The target is under 2x. Uses dist/cli.js as built; writes bench/sites-results.md.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fmtMs, summarize, timeProcess } from "./measure.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "dist", "cli.js");
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const PAGES = 200;
const DATA = 100;

const company = { name: "Leipomo Aalto Oy", email: "privacy@leipomo-aalto.example", url: "https://leipomo-aalto.example", updated: "2025-05-02" };
const MANIFEST = `version: 1
controller:
  name: ${company.name}
  email: ${company.email}
  country: FI
processors:
  - name: Stripe
    purpose: Payments
    category: payments
    country: US
    transfer: dpf
retention:
  - data: Orders
    period: 2 years
`;

/** One page; `v` writes each value either as a variable or as its text. */
function page(i, v) {
  return `---
layout: page
title: Privacy policy ${i}
---

# Privacy policy

Last updated: ${v("site.data.legal.updated", company.updated)}

${v("site.company_name", company.name)} ("we") operates ${v("site.url", company.url)}. Contact us at ${v("site.email | downcase", company.email)}.

## Purposes and legal bases

We process your order to bake and deliver it (contract) and, with your consent, send a newsletter.
Region ${i % 10}: ${v(`site.data.region_${i % DATA}.name`, `Region ${i % DATA}`)}.

## Recipients

Stripe processes card payments in the United States.

## Retention

We keep orders for ${v("site.data.retention.orders", "2 years")}.

## Your rights

You may access, rectify or erase your data, restrict or object to processing, ask for portability,
withdraw consent at any time and complain to a supervisory authority.
${"\nOur bakery has served the town since 1952, and this paragraph stands for the rest of a long page. ".repeat(20)}
`;
}

function site(dir, withVariables) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "_data"), { recursive: true });
  writeFileSync(join(dir, "processors.yaml"), MANIFEST);
  const v = withVariables ? (name) => `{{ ${name} }}` : (_name, text) => text;
  for (let i = 0; i < PAGES; i++) writeFileSync(join(dir, `privacy-${i}.md`), page(i, v));
  if (!withVariables) return;
  writeFileSync(join(dir, "_config.yml"), `title: Leipomo Aalto\ncompany_name: ${company.name}\nemail: ${company.email.toUpperCase()}\nurl: ${company.url}\n`);
  writeFileSync(join(dir, "_data", "legal.yml"), `updated: ${company.updated}\n`);
  writeFileSync(join(dir, "_data", "retention.json"), `{ "orders": "2 years" }\n`);
  for (let i = 0; i < DATA - 2; i++) writeFileSync(join(dir, "_data", `region_${i}.yml`), `name: Region ${i}\nstores:\n  - Main street ${i}\n  - Market square ${i}\n`);
}

const work = join(tmpdir(), `policywright-bench-sites-${process.pid}`);
const plain = join(work, "plain");
const jekyll = join(work, "jekyll");
site(plain, false);
site(jekyll, true);
const measure = (cwd) => summarize(Array.from({ length: runs }, () => timeProcess(CLI, ["check", "--format", "json"], { cwd })));
// one warm-up each, so the file cache is equal
measure(plain);
measure(jekyll);
const a = measure(plain);
const b = measure(jekyll);
rmSync(work, { recursive: true, force: true });
const ratio = b.wallMs / a.wallMs;
const cpuRatio = b.cpuMs / a.cpuMs;
const text = `# Site pages benchmark

${new Date().toISOString()}, load ${loadavg().map((x) => x.toFixed(1)).join(" ")}, ${runs} runs each, medians of \`policywright check --format json\` (whole process).

| | wall | CPU | peak memory |
|---|---|---|---|
| ${PAGES} pages, values written out, no site | ${fmtMs(a.wallMs)} | ${fmtMs(a.cpuMs)} | ${a.rssMB.toFixed(0)} MB |
| the same ${PAGES} pages as a Jekyll site: variables, \`_config.yml\`, \`_data/\` of ${DATA} files | ${fmtMs(b.wallMs)} | ${fmtMs(b.cpuMs)} | ${b.rssMB.toFixed(0)} MB |
| ratio (target < 2) | ${ratio.toFixed(2)} | ${cpuRatio.toFixed(2)} | |
`;
writeFileSync(join(ROOT, "bench", "sites-results.md"), text);
console.log(text);
