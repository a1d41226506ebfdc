import { existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { analyze, type Analysis } from "../core/analyze";
import { parseManifest, type Manifest } from "../core/manifest/parse";
import { parsePolicy } from "../core/policy/parse";
import type { Finding, Regime } from "../core/types";
import { findListPage, LIST_PAGE_RULES } from "../core/subprocessors/listPage";
import { gitHistory } from "./git/lazy";
import type { LoadedHistory } from "./git/manifestHistory";
import { isInside, lastCommitDate, loadConfig, locateManifest, MAX_FILE_BYTES, readText, UserError } from "./files";

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

/** Parsed manifests by path, so many policies sharing one manifest parse it once. */
export class ManifestCache {
  private readonly cache = new Map<string, { text: string; manifest: Manifest } | { error: string }>();
  get(path: string): { text: string; manifest: Manifest } | { error: string } {
    let hit = this.cache.get(path);
    if (!hit) {
      try {
        const text = readText(path);
        hit = { text, manifest: parseManifest(text) };
      } catch (e) {
        hit = { error: e instanceof UserError ? e.message : `${path}: ${(e as Error).message}` };
      }
      this.cache.set(path, hit);
    }
    return hit;
  }
}

/** Reads one policy and its manifest from disk and analyses them. */
export function checkFile(policyPath: string, root: string, opts: { manifest?: string; cache: ManifestCache; now?: Date; histories?: Map<string, LoadedHistory>; listPageOf?: string }): CheckedFile {
  const notes: string[] = [];
  const policyText = readText(policyPath, MAX_FILE_BYTES, notes);
  const doc = parsePolicy(policyText);
  const loc = locateManifest(policyPath, root, { explicit: opts.listPageOf ?? opts.manifest, frontMatter: doc.frontMatter?.data.manifest });
  if (loc.source === "option" && loc.path) {
    const got = opts.cache.get(loc.path);
    if ("error" in got) throw new UserError(got.error);
  }
  let manifest: Manifest | undefined;
  let manifestText: string | undefined;
  const extra: Finding[] = [];
  if (loc.error) {
    const fm = doc.frontMatter;
    extra.push({ rule: "manifest-invalid", severity: "error", subject: "manifest", message: `${loc.error}.`, file: "policy", start: fm?.start ?? 0, end: fm?.end ?? Math.min(1, policyText.length) });
  } else if (loc.path) {
    const got = opts.cache.get(loc.path);
    if ("error" in got) {
      extra.push({ rule: "manifest-invalid", severity: "error", subject: "manifest", message: `The manifest could not be read: ${got.error}.`, file: "policy", start: 0, end: Math.min(1, policyText.length) });
    } else {
      manifest = got.manifest;
      manifestText = got.text;
    }
  } else notes.push("no processors.yaml found; only the checks that need no manifest ran");
  const { config, error } = loadConfig(policyPath, root);
  if (error) notes.push(`ignored ${error}`);
  for (const [rule, sev] of Object.entries(config.rules ?? {})) {
    if (["error", "warning", "info", "hint", "off"].includes(sev as string)) continue;
    notes.push(`.policywright.json: '${String(sev)}' for ${rule} is not a severity (error, warning, info, hint or off); the default applies`);
    delete config.rules![rule];
  }
  const history = loc.path && manifest ? opts.histories?.get(loc.path) : undefined;
  if (history?.note) notes.push(history.note);
  const analysis = analyze(policyText, manifest, {
    now: opts.now,
    manifestHistory: history?.history,
    rules: opts.listPageOf ? LIST_PAGE_RULES : undefined,
    manifestChanged: loc.path && manifest ? lastCommitDate(loc.path) : undefined,
    severities: config.rules,
    regimes: config.regimes?.filter((r): r is Regime => ["gdpr", "uk-gdpr", "ccpa"].includes(r)),
  }, doc);
  const sev = config.rules?.["manifest-invalid"];
  if (sev !== "off") for (const f of extra) analysis.findings.unshift({ ...f, severity: sev ?? f.severity });
  return { policyPath, policyText, manifestPath: manifest ? loc.path : undefined, manifestText, analysis, notes, ...(opts.listPageOf ? { listPageOf: opts.listPageOf } : {}) };
}

/**
 * Reads the git history of each checked manifest that promises a notice period (the facts the
 * notice-period rule needs) into `into`. True when any was read, so the caller checks again.
 */
export async function loadHistories(checked: CheckedFile[], cache: ManifestCache, into: Map<string, LoadedHistory>): Promise<boolean> {
  const reader = new (gitHistory().HistoryCache)();
  const paths = new Set(checked.map((c) => c.manifestPath).filter((p): p is string => !!p && !into.has(p)));
  let any = false;
  for (const p of paths) {
    const got = cache.get(p);
    if ("error" in got || got.manifest.noticeDays === undefined) continue;
    into.set(p, await reader.get(p));
    any = true;
  }
  return any;
}

/**
 * The published sub-processor lists (`disclosure.list`) of the checked manifests that are files
 * inside `root` and not checked already, each with its manifest's path.
 */
export function listPages(checked: CheckedFile[], root: string, cache: ManifestCache): { path: string; manifestPath: string }[] {
  const seen = new Set(checked.map((c) => resolve(c.policyPath)));
  const out: { path: string; manifestPath: string }[] = [];
  for (const manifestPath of new Set(checked.map((c) => c.manifestPath).filter((p): p is string => !!p))) {
    const got = cache.get(manifestPath);
    if ("error" in got || !got.manifest.disclosureList) continue;
    const top = resolve(root);
    const dir = relative(top, dirname(manifestPath)).split(sep).join("/");
    const rel = findListPage(got.manifest.disclosureList, dir.startsWith("..") ? "" : dir, (p) => {
      const abs = join(top, p);
      return existsSync(abs) && statSync(abs).isFile() && isInside(top, abs);
    });
    const path = rel && join(top, rel);
    if (path && !seen.has(path)) {
      seen.add(path);
      out.push({ path, manifestPath });
    }
  }
  return out;
}
