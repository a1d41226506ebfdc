import { existsSync, statSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { dirname, resolve } from "node:path";
import { planFixes } from "../core/fixes/apply";
import { checkFile, listPages, loadHistories, ManifestCache, type CheckedFile } from "../host/check";
import { findPolicyFiles, groupTranslations, isInside, isManifestName, isUserError, locateManifest, normalize, UserError } from "../core/project";
import type { LoadedHistory } from "../host/history/manifestHistory";
import { nodeFs } from "../host/nodeFs";
import { SiteLoader } from "../core/project/site";
import { changedPolicies } from "./changed";
import { formatGithub, formatJunit, formatMarkdown } from "./ciFormats";
import { buildReport, formatJson, formatText, printable, summarize } from "./output";
import { formatSarif } from "./sarif";
import { runInit } from "./init";
import { runRender } from "./render";
import { runChanges } from "./changes";
import { runSubprocessors } from "./subprocessors";
import { localeFromEnv, useMessageLanguage } from "../host/l10n";
import { msg } from "../core/messages";
import { setMemoEnabled } from "../core/policy/memo";

declare const PW_VERSION: string;
const VERSION = typeof PW_VERSION === "string" ? PW_VERSION : "0.0.0";

/** The commands and options (the same in every language), then the lines that explain them. */
const SYNOPSIS = `
  policywright check [PATH ...] [--manifest FILE] [--format text|json|sarif|github|markdown|junit]
                     [--changed [REF]] [--fix] [--quiet]
  policywright init POLICY.md [--out processors.yaml]
  policywright preview POLICY.md [--manifest FILE] --out review.html
  policywright export POLICY.md --out policy.html
  policywright subprocessors [--manifest FILE] [--format markdown|html|json] [--out FILE]
  policywright changes [--manifest FILE] [--since REV|DATE] [--format markdown|atom|json] [--out FILE] [--url URL]`;

/** The usage text in the display language. */
const usage = () => `${msg("cli.usage")}${SYNOPSIS}\n${msg("cli.usage.lang")}\n${msg("cli.usage.init")}`;

/** `--lang X` or `--lang=X` among the arguments, so that even an error in the others is reported in that language. */
function langIn(argv: string[]): string | undefined {
  const i = argv.findIndex((x) => x === "--lang" || x.startsWith("--lang="));
  const v = i < 0 ? undefined : argv[i].startsWith("--lang=") ? argv[i].slice(7) : argv[i + 1];
  return v && LANGS.includes(v) ? v : undefined;
}

interface Args {
  command: string;
  paths: string[];
  manifest?: string;
  /** Each command checks its own formats; undefined means the command's default. */
  format?: string;
  fix: boolean;
  quiet: boolean;
  out?: string;
  /** Check only what changed: "" for what is not committed, else changes since that git ref. */
  changed?: string;
  since?: string;
  url?: string;
  /** The language of messages; undefined: the environment's locale. */
  lang?: string;
}

const FORMATS = ["text", "json", "sarif", "github", "markdown", "junit"];
const LANGS = ["en", "de", "fr"];

const OPTIONS = {
  manifest: { type: "string" },
  format: { type: "string" },
  since: { type: "string" },
  url: { type: "string" },
  lang: { type: "string" },
  out: { type: "string", short: "o" },
  fix: { type: "boolean", default: false },
  quiet: { type: "boolean", short: "q", default: false },
  changed: { type: "string" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
} as const;

/** The command line, read by node:util's parseArgs; its errors become one-line usage errors. */
function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({ args: optionalChanged(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const text = (e as Error).message.split("\n")[0].replace(/\. To specify a positional argument.*$/, "");
    throw new UserError(text.charAt(0).toLowerCase() + text.slice(1));
  }
  const { values: v, positionals } = parsed;
  const [command = v.version ? "--version" : v.help ? "--help" : "", ...paths] = positionals;
  const a: Args = { command, paths, manifest: v.manifest, format: v.format, fix: v.fix, quiet: v.quiet, out: v.out, since: v.since, url: v.url, changed: v.changed, lang: v.lang };
  if (a.lang !== undefined && !LANGS.includes(a.lang)) throw new UserError(msg("cli.bad-lang", { list: LANGS.join(", "), value: a.lang }));
  if (command === "check" && a.format !== undefined && !FORMATS.includes(a.format)) throw new UserError(msg("cli.bad-format", { list: FORMATS.join(", "), value: a.format }));
  return a;
}

/**
 * `--changed` takes an optional ref: the next word is the ref unless it is an option or a file
 * or folder that exists (then it is a path to check). Written as `--changed=REF` for parseArgs.
 */
function optionalChanged(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== "--changed") out.push(argv[i]);
    else {
      const next = argv[i + 1];
      out.push(next !== undefined && !next.startsWith("-") && !existsSync(next) ? `--changed=${argv[++i]}` : "--changed=");
    }
  }
  return out;
}

/** The policies to check, the pages of one policy in several languages next to each other. */
async function collect(paths: string[], cwd: string): Promise<string[]> {
  return groupTranslations(await collectAll(paths, cwd));
}

async function collectAll(paths: string[], cwd: string): Promise<string[]> {
  if (!paths.length) return findPolicyFiles(nodeFs, normalize(cwd));
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UserError(msg("cli.no-such-path", { path: p }));
    }
    if (st.isDirectory()) out.push(...(await findPolicyFiles(nodeFs, normalize(resolve(p)))));
    else if (isManifestName(p)) out.push(...(await policiesUsing(normalize(resolve(p)), cwd)));
    else out.push(resolve(p));
  }
  return [...new Set(out)];
}

/** A manifest given as a path (a pre-commit hook passes staged files) stands for the policies beside and below it that use it. */
async function policiesUsing(manifest: string, cwd: string): Promise<string[]> {
  const dir = dirname(manifest);
  const out: string[] = [];
  for (const p of await findPolicyFiles(nodeFs, dir)) {
    const root = (await isInside(nodeFs, cwd, p)) ? normalize(cwd) : dir;
    if ((await locateManifest(nodeFs, p, root)).path === manifest) out.push(p);
  }
  return out;
}

/**
 * The folder a policy's front matter may point into: the current folder, or for a policy
 * outside it, the folder given on the command line (or the policy's own folder).
 */
async function rootFor(policy: string, a: Args, cwd: string): Promise<string> {
  if (await isInside(nodeFs, cwd, policy)) return cwd;
  for (const p of a.paths.map((x) => resolve(x))) if (p !== policy && (await isInside(nodeFs, p, policy))) return p;
  return dirname(policy);
}

/**
 * Checks the policies, then the published sub-processor lists their manifests name (with the list
 * rules), then again with git history where a manifest promises a notice period (the facts the
 * notice-period rule needs; history is read only then).
 */
async function checkAll(policies: string[], a: Args, cwd: string): Promise<CheckedFile[]> {
  const manifest = a.manifest === undefined ? undefined : resolve(a.manifest);
  const sites = new SiteLoader(nodeFs);
  const histories = new Map<string, LoadedHistory>();
  let pages: { path: string; manifestPath: string }[] = [];
  const once = async (cache: ManifestCache) => {
    const out: CheckedFile[] = [];
    for (const p of policies) out.push(await checkFile(p, await rootFor(p, a, cwd), { manifest, cache, histories, sites }));
    for (const l of pages) out.push(await checkFile(l.path, cwd, { cache, histories, listPageOf: l.manifestPath, sites }));
    return out;
  };
  const cache = new ManifestCache();
  let out = await once(cache);
  pages = await listPages(out, cwd, cache);
  const read = await loadHistories(out, cache, histories);
  if (pages.length || read) out = await once(cache);
  return out;
}

async function check(a: Args): Promise<number> {
  // a check reads each text once: the memo that lets an editor re-use a sentence's reading from
  // one keystroke to the next would only copy every sentence here (about a sixth of a large check's analysis)
  setMemoEnabled(false);
  const cwd = process.cwd();
  const found = await collect(a.paths, cwd);
  if (!found.length && a.changed === undefined) throw new UserError(msg("cli.no-policies"));
  const policies = a.changed === undefined ? found : await changedPolicies(found, a.changed || undefined, cwd, { manifest: a.manifest, rootFor: (p) => rootFor(p, a, cwd) });
  let checked = await checkAll(policies, a, cwd);
  if (a.fix && applyFixes(checked)) checked = await checkAll(policies, a, cwd);
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
function applyFixes(checked: CheckedFile[]): boolean {
  const written = new Set<string>();
  for (const c of checked) {
    const texts = { policy: c.policyText, manifest: c.manifestText };
    const plan = planFixes(c.analysis.findings, texts);
    for (const x of plan.conflicts) process.stderr.write(printable(`policywright: ${c.policyPath}: ${msg("cli.fix-skipped", { title: x.fix.title })}`) + "\n");
    if (plan.results.policy !== undefined && plan.results.policy !== c.policyText) {
      writeFileSync(c.policyPath, plan.results.policy);
      written.add(c.policyPath);
    }
    if (plan.results.manifest !== undefined && c.manifestPath && !written.has(c.manifestPath) && plan.results.manifest !== c.manifestText) {
      writeFileSync(c.manifestPath, plan.results.manifest);
      written.add(c.manifestPath);
    }
    for (const x of plan.applied) process.stderr.write(printable(`policywright: ${msg("cli.fixed", { rule: x.finding.rule, subject: x.finding.subject, title: x.fix.title })}`) + "\n");
  }
  return written.size > 0;
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    useMessageLanguage(langIn(argv) ?? localeFromEnv(process.env));
    const a = readArgs(argv);
    switch (a.command) {
      case "check":
        return await check(a);
      case "init":
        return await runInit(a.paths, a.out);
      case "subprocessors":
        return await runSubprocessors({ manifest: a.manifest, format: a.format ?? "markdown", out: a.out });
      case "changes":
        return await runChanges({ manifest: a.manifest, since: a.since, format: a.format ?? "markdown", out: a.out, url: a.url });
      case "preview":
      case "export":
        return await runRender(a.command, a.paths, a.out, a.manifest);
      case "--version":
      case "-v":
        process.stdout.write(`${VERSION}\n`);
        return 0;
      case "--help":
      case "-h":
      case "help":
        process.stdout.write(`${usage()}\n`);
        return 0;
      default:
        throw new UserError(a.command ? `${msg("cli.unknown-command", { command: a.command })}\n${usage()}` : usage());
    }
  } catch (e) {
    const text = isUserError(e) ? e.message : msg("cli.internal-error", { message: (e as Error).message });
    process.stderr.write(`${printable(`policywright: ${text}`)}\n`);
    return 2;
  }
}
