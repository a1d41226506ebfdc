import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { analyze, type Analysis } from "../core/analyze";
import { parseManifest, type Manifest } from "../core/manifest/parse";
import { parsePolicy } from "../core/policy/parse";
import { isInside, loadConfig, locateManifest, normalize, UserError, type ProjectFs } from "../core/project";
import { findListPage } from "../core/project/listPage";
import { LIST_PAGE_RULES } from "../core/subprocessors/listPage";
import { SiteLoader } from "../core/project/site";
import type { Finding } from "../core/types";
import { lastCommitDateAsync } from "./git";
import { gitHistory } from "./history/lazy";
import type { LoadedHistory } from "./history/manifestHistory";
import { MAX_FILE_BYTES, nodeFs } from "./nodeFs";

export interface CheckedFile {
  policyPath: string;
  policyText: string;
  manifestPath?: string;
  manifestText?: string;
  analysis: Analysis;
  /** Set when this file is the manifest's published sub-processor list (`disclosure.list`): that manifest's path. */
  listPageOf?: string;
  /** Findings about how the policy was checked (manifest outside the workspace, unreadable manifest). */
  notes: string[];
}

type Cached = { text: string; manifest: Manifest } | { error: string };

/** Parsed manifests by path, so many policies sharing one manifest parse it once. */
export class ManifestCache {
  private readonly cache = new Map<string, Promise<Cached>>();
  constructor(private readonly fs: ProjectFs = nodeFs) {}
  get(path: string): Promise<Cached> {
    let hit = this.cache.get(path);
    if (!hit) {
      hit = this.fs.read(path).then(
        (text) => ({ text, manifest: parseManifest(text) }),
        (e) => ({ error: e instanceof UserError ? e.message : `${path}: ${(e as Error).message}` }),
      );
      this.cache.set(path, hit);
    }
    return hit;
  }
}

/** Reads one policy and its manifest through the project model and analyses them. */
export async function checkFile(policyPath: string, root: string, opts: { manifest?: string; cache: ManifestCache; now?: Date; fs?: ProjectFs; histories?: Map<string, LoadedHistory>; listPageOf?: string; sites?: SiteLoader }): Promise<CheckedFile> {
  const fs = opts.fs ?? nodeFs;
  const notes: string[] = [];
  const policyText = await fs.read(policyPath, { maxBytes: MAX_FILE_BYTES, warnings: notes });
  const config = await loadConfig(fs, normalize(policyPath), normalize(root));
  const doc = parsePolicy(policyText, { path: relative(root, policyPath) || policyPath, setting: config.language });
  const loc = await locateManifest(fs, normalize(policyPath), normalize(root), { explicit: opts.listPageOf ?? opts.manifest, frontMatter: doc.frontMatter?.data.manifest });
  // only stale-date reads the manifest's last commit; git runs while the manifest is parsed
  const committed = loc.path && config.rules["stale-date"] !== "off" && !opts.listPageOf ? lastCommitDateAsync(loc.path) : undefined;
  let manifest: Manifest | undefined;
  let manifestText: string | undefined;
  const extra: Finding[] = [];
  if (loc.error) {
    const fm = doc.frontMatter;
    extra.push({ rule: "manifest-invalid", severity: "error", subject: "manifest", message: `${loc.error}.`, file: "policy", start: fm?.start ?? 0, end: fm?.end ?? Math.min(1, policyText.length) });
  } else if (loc.path) {
    const got = await opts.cache.get(loc.path);
    if ("error" in got) {
      // a manifest named on the command line must exist: that is a usage error, not a finding
      if (loc.source === "option") throw new UserError(got.error);
      extra.push({ rule: "manifest-invalid", severity: "error", subject: "manifest", message: `The manifest could not be read: ${got.error}.`, file: "policy", start: 0, end: Math.min(1, policyText.length) });
    } else {
      manifest = got.manifest;
      manifestText = got.text;
    }
  } else notes.push("no processors.yaml found; only the checks that need no manifest ran");
  if (config.error) notes.push(`ignored ${config.error}`);
  notes.push(...config.warnings);
  const site = await (opts.sites ?? new SiteLoader(fs)).load(policyPath, policyText, normalize(root), config.variables);
  const history = loc.path && manifest ? opts.histories?.get(loc.path) : undefined;
  if (history?.note) notes.push(history.note);
  const analysis = analyze(policyText, manifest, {
    site,
    now: opts.now,
    manifestHistory: history?.history,
    rules: opts.listPageOf ? LIST_PAGE_RULES : undefined,
    manifestChanged: manifest ? await committed : undefined,
    severities: config.rules,
    regimes: config.regimes,
  }, doc);
  for (const e of analysis.errors) notes.push(e);
  const sev = config.rules["manifest-invalid"];
  if (sev !== "off") for (const f of extra) analysis.findings.unshift({ ...f, severity: sev ?? f.severity });
  return { policyPath, policyText, manifestPath: manifest ? loc.path : undefined, manifestText, analysis, notes, ...(opts.listPageOf ? { listPageOf: opts.listPageOf } : {}) };
}

/**
 * Reads the git history of each checked manifest that promises a notice period (the facts the
 * notice-period rule needs) into `into`. True when any was read, so the caller checks again.
 */
export async function loadHistories(checked: CheckedFile[], cache: ManifestCache, into: Map<string, LoadedHistory>): Promise<boolean> {
  const paths = new Set(checked.map((c) => c.manifestPath).filter((p): p is string => !!p && !into.has(p)));
  let reader: InstanceType<ReturnType<typeof gitHistory>["HistoryCache"]> | undefined;
  let any = false;
  for (const p of paths) {
    const got = await cache.get(p);
    if ("error" in got || got.manifest.noticeDays === undefined) continue;
    reader ??= new (gitHistory().HistoryCache)();
    into.set(p, await reader.get(p));
    any = true;
  }
  return any;
}

/**
 * The published sub-processor lists (`disclosure.list`) of the checked manifests that are files
 * inside `root` and not checked already, each with its manifest's path.
 */
export async function listPages(checked: CheckedFile[], root: string, cache: ManifestCache): Promise<{ path: string; manifestPath: string }[]> {
  const seen = new Set(checked.map((c) => resolve(c.policyPath)));
  const out: { path: string; manifestPath: string }[] = [];
  const top = resolve(root);
  for (const manifestPath of new Set(checked.map((c) => c.manifestPath).filter((p): p is string => !!p))) {
    const got = await cache.get(manifestPath);
    if ("error" in got || !got.manifest.disclosureList) continue;
    const dir = relative(top, dirname(manifestPath)).split(sep).join("/");
    const rel = findListPage(got.manifest.disclosureList, dir.startsWith("..") ? "" : dir, (p) => {
      const abs = join(top, p);
      return existsSync(abs) && statSync(abs).isFile();
    });
    const path = rel && join(top, rel);
    // a link out of the workspace is never followed
    if (path && !seen.has(path) && (await isInside(nodeFs, top, path))) {
      seen.add(path);
      out.push({ path, manifestPath });
    }
  }
  return out;
}
