import { statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { planFixes } from "./core/fixes/apply";
import { checkFile, listPages, loadHistories, ManifestCache, type CheckedFile } from "./host/check";
import type { LoadedHistory } from "./host/git/manifestHistory";
import { findPolicies, isInside, isUserError, UserError } from "./host/files";
import { buildReport, formatJson, formatText, printable, summarize } from "./cli/output";
import { formatSarif } from "./cli/sarif";
import { runInit } from "./cli/init";
import { runRender } from "./cli/render";
import { runChanges } from "./cli/changes";
import { runSubprocessors } from "./cli/subprocessors";

declare const PW_VERSION: string;
const VERSION = typeof PW_VERSION === "string" ? PW_VERSION : "0.0.0";

const USAGE = `usage:
  policywright check [PATH ...] [--manifest FILE] [--format text|json|sarif] [--fix] [--quiet]
  policywright init POLICY.md [--out processors.yaml]
  policywright preview POLICY.md [--manifest FILE] --out review.html
  policywright export POLICY.md --out policy.html
  policywright subprocessors [--manifest FILE] [--format markdown|html|json] [--out FILE]
  policywright changes [--manifest FILE] [--since REV|DATE] [--format markdown|atom|json] [--out FILE] [--url URL]`;

interface Args {
  command: string;
  paths: string[];
  manifest?: string;
  /** Each command checks its own formats; undefined means the command's default. */
  format?: string;
  fix: boolean;
  since?: string;
  url?: string;
  quiet: boolean;
  out?: string;
}

function parseArgs(argv: string[]): Args {
  const [command = "", ...rest] = argv;
  const a: Args = { command, paths: [], fix: false, quiet: false };
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
    else if (x === "--since") a.since = value();
    else if (x === "--url") a.url = value();
    else if (x === "--fix") a.fix = true;
    else if (x === "--quiet" || x === "-q") a.quiet = true;
    else if (x.startsWith("-") && x !== "-") throw new UserError(`unknown option ${x}`);
    else a.paths.push(x);
  }
  if (a.command === "check" && a.format !== undefined && !["text", "json", "sarif"].includes(a.format)) throw new UserError(`--format must be text, json or sarif, not '${a.format}'`);
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

async function check(a: Args): Promise<number> {
  const cwd = process.cwd();
  const policies = collect(a.paths, cwd);
  if (!policies.length) throw new UserError("no policy files found (name them *privacy*.md, *policy*.md or *notice*.md, or add 'policywright: true' to their front matter)");
  const cache = new ManifestCache();
  const histories = new Map<string, LoadedHistory>();
  let pages: { path: string; manifestPath: string }[] = [];
  const checkAll = (c: ManifestCache) => [
    ...policies.map((p) => checkFile(p, rootFor(p, a, cwd), { manifest: a.manifest, cache: c, histories })),
    ...pages.map((l) => checkFile(l.path, cwd, { cache: c, histories, listPageOf: l.manifestPath })),
  ];
  let checked: CheckedFile[] = checkAll(cache);
  // the published sub-processor list is checked too, against its own manifest, with the list rules
  pages = listPages(checked, cwd, cache);
  if (pages.length) checked = [...checked, ...pages.map((l) => checkFile(l.path, cwd, { cache, histories, listPageOf: l.manifestPath }))];
  // git history is read only for manifests that promise a notice period, then the policies are checked with it
  if (await loadHistories(checked, cache, histories)) checked = checkAll(cache);
  if (a.fix) checked = applyFixes(checked, cwd, a, histories);
  for (const c of checked) for (const n of c.notes) process.stderr.write(printable(`policywright: ${c.policyPath}: ${n}`) + "\n");
  const files = buildReport(checked, cwd);
  if (a.format === "json") process.stdout.write(formatJson(files) + "\n");
  else if (a.format === "sarif") process.stdout.write(formatSarif(files, VERSION) + "\n");
  else process.stdout.write(formatText(files, !!process.stdout.isTTY && !process.env.NO_COLOR, a.quiet) + "\n");
  return summarize(files).error > 0 ? 1 : 0;
}

/** Applies every safe fix, file by file, then checks again. A file whose fixes conflict is not written. */
function applyFixes(checked: CheckedFile[], cwd: string, a: Args, histories: Map<string, LoadedHistory>): CheckedFile[] {
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
  return checked.map((c) => checkFile(c.policyPath, c.listPageOf ? cwd : rootFor(c.policyPath, a, cwd), { manifest: a.manifest, cache, histories, listPageOf: c.listPageOf }));
}

export function main(argv: string[]): number | Promise<number> {
  try {
    const a = parseArgs(argv);
    switch (a.command) {
      case "check":
        return check(a).catch(fail);
      case "init":
        return runInit(a.paths, a.out).catch(fail);
      case "subprocessors":
        return runSubprocessors({ manifest: a.manifest, format: a.format ?? "markdown", out: a.out });
      case "changes":
        return runChanges({ manifest: a.manifest, since: a.since, format: a.format ?? "markdown", out: a.out, url: a.url }).catch(fail);
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
    return fail(e);
  }
}

/** A usage, input or I/O problem: one line on stderr, exit 2. */
function fail(e: unknown): number {
  const msg = isUserError(e) ? e.message : `internal error: ${(e as Error).message}`;
  process.stderr.write(`${printable(`policywright: ${msg}`)}\n`);
  return 2;
}

void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
