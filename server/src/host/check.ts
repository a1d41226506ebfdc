import { analyze, type Analysis } from "../core/analyze";
import { parseManifest, type Manifest } from "../core/manifest/parse";
import { parsePolicy } from "../core/policy/parse";
import { loadConfig, locateManifest, normalize, UserError, type ProjectFs } from "../core/project";
import type { Finding } from "../core/types";
import { lastCommitDate } from "./git";
import { MAX_FILE_BYTES, nodeFs } from "./nodeFs";

export interface CheckedFile {
  policyPath: string;
  policyText: string;
  manifestPath?: string;
  manifestText?: string;
  analysis: Analysis;
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
export async function checkFile(policyPath: string, root: string, opts: { manifest?: string; cache: ManifestCache; now?: Date; fs?: ProjectFs }): Promise<CheckedFile> {
  const fs = opts.fs ?? nodeFs;
  const notes: string[] = [];
  const policyText = await fs.read(policyPath, { maxBytes: MAX_FILE_BYTES, warnings: notes });
  const doc = parsePolicy(policyText);
  const loc = await locateManifest(fs, normalize(policyPath), normalize(root), { explicit: opts.manifest, frontMatter: doc.frontMatter?.data.manifest });
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
  const config = await loadConfig(fs, normalize(policyPath), normalize(root));
  if (config.error) notes.push(`ignored ${config.error}`);
  notes.push(...config.warnings);
  const analysis = analyze(policyText, manifest, {
    now: opts.now,
    manifestChanged: loc.path && manifest ? lastCommitDate(loc.path) : undefined,
    severities: config.rules,
    regimes: config.regimes,
  }, doc);
  for (const e of analysis.errors) notes.push(e);
  const sev = config.rules["manifest-invalid"];
  if (sev !== "off") for (const f of extra) analysis.findings.unshift({ ...f, severity: sev ?? f.severity });
  return { policyPath, policyText, manifestPath: manifest ? loc.path : undefined, manifestText, analysis, notes };
}
