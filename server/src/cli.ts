import { existsSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { planFixes } from "./core/fixes/apply";
import { checkFile, ManifestCache, type CheckedFile } from "./host/check";
import { findPolicies, isInside, locateManifest, readText, UserError } from "./host/files";
import { changedFiles } from "./host/changed";
import { formatGithub, formatJunit, formatMarkdown } from "./cli/ciFormats";
import { SiteLoader } from "./host/site";
import { buildReport, formatJson, formatText, printable, summarize } from "./cli/output";
import { formatSarif } from "./cli/sarif";
import { runInit } from "./cli/init";
import { runRender } from "./cli/render";

declare const PW_VERSION: string;
const VERSION = typeof PW_VERSION === "string" ? PW_VERSION : "0.0.0";

const USAGE = `usage:
  policywright check [PATH ...] [--manifest FILE] [--format text|json|sarif|github|markdown|junit]
                     [--changed [REF]] [--fix] [--quiet]
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
  /** Check only what changed: true for uncommitted changes, a string for changes since that ref. */
  changed?: true | string;
}

const FORMATS = ["text", "json", "sarif", "github", "markdown", "junit"];

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
    else if (x.startsWith("--changed=")) a.changed = x.slice(10) || true;
    else if (x === "--changed") {
      // a following word is the ref unless it is an option or a file or folder to check
      const next = rest[i + 1];
      a.changed = next !== undefined && !next.startsWith("-") && !existsSync(next) ? rest[++i] : true;
    }
    else if (x.startsWith("-") && x !== "-") throw new UserError(`unknown option ${x}`);
    else a.paths.push(x);
  }
  if (!FORMATS.includes(a.format)) throw new UserError(`--format must be one of ${FORMATS.join(", ")}, not '${a.format}'`);
  return a;
}

const isManifestName = (p: string) => /^processors\.ya?ml$/i.test(basename(p));

/**
 * The policies to check: every policy under the current folder, or under each folder given.
 * A manifest given by name (as a pre-commit hook passes staged files) stands for the
 * policies beside it and below it that use it.
 */
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
    if (st.isDirectory()) out.push(...findPolicies(resolve(p)));
    else if (isManifestName(p)) {
      const m = resolve(p);
      out.push(...findPolicies(dirname(m)).filter((x) => locateManifest(x, isInside(cwd, x) ? cwd : dirname(m), {}).path === m));
    } else out.push(resolve(p));
  }
  return [...new Set(out)];
}

/** The policies that changed, or whose manifest or site files (config, data, includes) changed. */
function onlyChanged(policies: string[], a: Args, cwd: string, sites: SiteLoader): string[] {
  const changed = changedFiles(cwd, a.changed === true ? undefined : a.changed);
  return policies.filter((p) => {
    if (changed.has(p)) return true;
    const m = locateManifest(p, rootFor(p, a, cwd), { explicit: a.manifest }).path;
    if (m && changed.has(m)) return true;
    let text = "";
    try {
      text = readText(p);
    } catch {
      return true; // checking it reports why it cannot be read
    }
    const site = sites.load(p, text, rootFor(p, a, cwd));
    return !!site && [...site.files.map((f) => f.path), ...site.problems.map((x) => x.path), ...Object.values(site.includes).map((x) => ("path" in x ? x.path : ""))].some((x) => changed.has(x));
  });
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
  const sites = new SiteLoader();
  const all = collect(a.paths, cwd);
  if (!all.length && !a.changed) throw new UserError("no policy files found (name them *privacy*.md, *policy*.md or *notice*.md, or add 'policywright: true' to their front matter)");
  const policies = a.changed ? onlyChanged(all, a, cwd, sites) : all;
  const cache = new ManifestCache();
  let checked: CheckedFile[] = policies.map((p) => checkFile(p, rootFor(p, a, cwd), { manifest: a.manifest, cache, sites }));
  if (a.fix) checked = applyFixes(checked, cwd, a);
  for (const c of checked) for (const n of c.notes) process.stderr.write(printable(`policywright: ${c.policyPath}: ${n}`) + "\n");
  const files = buildReport(checked, cwd);
  if (a.format === "json") process.stdout.write(formatJson(files) + "\n");
  else if (a.format === "sarif") process.stdout.write(formatSarif(files, VERSION) + "\n");
  else if (a.format === "github") process.stdout.write(formatGithub(files) + "\n");
  else if (a.format === "markdown") process.stdout.write(formatMarkdown(files) + "\n");
  else if (a.format === "junit") process.stdout.write(formatJunit(files) + "\n");
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
