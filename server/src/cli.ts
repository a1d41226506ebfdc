import { statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { planFixes } from "./core/fixes/apply";
import { checkFile, ManifestCache, type CheckedFile } from "./host/check";
import { findPolicies, isInside, UserError } from "./host/files";
import { SiteLoader } from "./host/site";
import { buildReport, formatJson, formatText, printable, summarize } from "./cli/output";
import { formatSarif } from "./cli/sarif";
import { runInit } from "./cli/init";
import { runRender } from "./cli/render";

declare const PW_VERSION: string;
const VERSION = typeof PW_VERSION === "string" ? PW_VERSION : "0.0.0";

const USAGE = `usage:
  policywright check [PATH ...] [--manifest FILE] [--format text|json|sarif] [--fix] [--quiet]
  policywright init POLICY.md [--out processors.yaml]
  policywright preview POLICY.md [--manifest FILE] --out review.html
  policywright export POLICY.md --out policy.html`;

interface Args {
  command: string;
  paths: string[];
  manifest?: string;
  format: string;
  fix: boolean;
  quiet: boolean;
  out?: string;
}

function parseArgs(argv: string[]): Args {
  const [command = "", ...rest] = argv;
  const a: Args = { command, paths: [], format: "text", fix: false, quiet: false };
  for (let i = 0; i < rest.length; i++) {
    const x = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) throw new UserError(`${x} needs a value`);
      return v;
    };
    if (x === "--manifest") a.manifest = value();
    else if (x === "--format") a.format = value();
    else if (x.startsWith("--format=")) a.format = x.slice(9);
    else if (x === "--out" || x === "-o") a.out = value();
    else if (x === "--fix") a.fix = true;
    else if (x === "--quiet" || x === "-q") a.quiet = true;
    else if (x.startsWith("-") && x !== "-") throw new UserError(`unknown option ${x}`);
    else a.paths.push(x);
  }
  if (!["text", "json", "sarif"].includes(a.format)) throw new UserError(`--format must be text, json or sarif, not '${a.format}'`);
  return a;
}

function collect(paths: string[], cwd: string): string[] {
  if (!paths.length) return findPolicies(cwd);
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UserError(`${p}: no such file or folder`);
    }
    out.push(...(st.isDirectory() ? findPolicies(resolve(p)) : [resolve(p)]));
  }
  return out;
}

/**
 * The folder a policy's front matter may point into: the current folder, or for a policy
 * outside it, the folder given on the command line (or the policy's own folder).
 */
function rootFor(policy: string, a: Args, cwd: string): string {
  if (isInside(cwd, policy)) return cwd;
  const given = a.paths.map((p) => resolve(p)).find((p) => p !== policy && isInside(p, policy));
  return given ?? dirname(policy);
}

function check(a: Args): number {
  const cwd = process.cwd();
  const policies = collect(a.paths, cwd);
  if (!policies.length) throw new UserError("no policy files found (name them *privacy*.md, *policy*.md or *notice*.md, or add 'policywright: true' to their front matter)");
  const cache = new ManifestCache();
  const sites = new SiteLoader();
  let checked: CheckedFile[] = policies.map((p) => checkFile(p, rootFor(p, a, cwd), { manifest: a.manifest, cache, sites }));
  if (a.fix) checked = applyFixes(checked, cwd, a);
  for (const c of checked) for (const n of c.notes) process.stderr.write(printable(`policywright: ${c.policyPath}: ${n}`) + "\n");
  const files = buildReport(checked, cwd);
  if (a.format === "json") process.stdout.write(formatJson(files) + "\n");
  else if (a.format === "sarif") process.stdout.write(formatSarif(files, VERSION) + "\n");
  else process.stdout.write(formatText(files, !!process.stdout.isTTY && !process.env.NO_COLOR, a.quiet) + "\n");
  return summarize(files).error > 0 ? 1 : 0;
}

/** Applies every safe fix, file by file, then checks again. A file whose fixes conflict is not written. */
function applyFixes(checked: CheckedFile[], cwd: string, a: Args): CheckedFile[] {
  const written = new Set<string>();
  for (const c of checked) {
    const texts = { policy: c.policyText, manifest: c.manifestText };
    const plan = planFixes(c.analysis.findings, texts);
    for (const x of plan.conflicts) process.stderr.write(printable(`policywright: ${c.policyPath}: skipped "${x.fix.title}": it overlaps another fix`) + "\n");
    if (plan.results.policy !== undefined && plan.results.policy !== c.policyText) {
      writeFileSync(c.policyPath, plan.results.policy);
      written.add(c.policyPath);
    }
    if (plan.results.manifest !== undefined && c.manifestPath && !written.has(c.manifestPath) && plan.results.manifest !== c.manifestText) {
      writeFileSync(c.manifestPath, plan.results.manifest);
      written.add(c.manifestPath);
    }
    for (const x of plan.applied) process.stderr.write(printable(`policywright: fixed ${x.finding.rule} (${x.finding.subject}): ${x.fix.title}`) + "\n");
  }
  if (!written.size) return checked;
  const cache = new ManifestCache();
  const sites = new SiteLoader();
  return checked.map((c) => checkFile(c.policyPath, rootFor(c.policyPath, a, cwd), { manifest: a.manifest, cache, sites }));
}

export function main(argv: string[]): number {
  try {
    const a = parseArgs(argv);
    switch (a.command) {
      case "check":
        return check(a);
      case "init":
        return runInit(a.paths, a.out);
      case "preview":
      case "export":
        return runRender(a.command, a.paths, a.out, a.manifest);
      case "--version":
      case "-v":
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case "--help":
      case "-h":
      case "help":
        process.stdout.write(`${USAGE}\n`);
        return 0;
      default:
        throw new UserError(a.command ? `unknown command '${a.command}'\n${USAGE}` : USAGE);
    }
  } catch (e) {
    const msg = e instanceof UserError ? e.message : `internal error: ${(e as Error).message}`;
    process.stderr.write(`${printable(`policywright: ${msg}`)}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
