import { analyze, type Analysis } from "../core/analyze";
import { parseManifest, type Manifest } from "../core/manifest/parse";
import { parsePolicy } from "../core/policy/parse";
import type { Finding, Regime } from "../core/types";
import { lastCommitDate, loadConfig, locateManifest, MAX_FILE_BYTES, readText, UserError } from "./files";
import { SiteLoader } from "./site";

export interface CheckedFile {
  policyPath: string;
  policyText: string;
  manifestPath?: string;
  manifestText?: string;
  analysis: Analysis;
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
export function checkFile(policyPath: string, root: string, opts: { manifest?: string; cache: ManifestCache; now?: Date; sites?: SiteLoader }): CheckedFile {
  const notes: string[] = [];
  const policyText = readText(policyPath, MAX_FILE_BYTES, notes);
  const doc = parsePolicy(policyText, { mdx: /\.mdx$/i.test(policyPath) });
  const loc = locateManifest(policyPath, root, { explicit: opts.manifest, frontMatter: doc.frontMatter?.data.manifest });
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
  const { config, error, path: configPath, text: configText } = loadConfig(policyPath, root);
  if (error) notes.push(`ignored ${error}`);
  for (const [rule, sev] of Object.entries(config.rules ?? {})) {
    if (["error", "warning", "info", "hint", "off"].includes(sev as string)) continue;
    notes.push(`.policywright.json: '${String(sev)}' for ${rule} is not a severity (error, warning, info, hint or off); the default applies`);
    delete config.rules![rule];
  }
  const vars = config.variables;
  const variables = vars && typeof vars === "object" && !Array.isArray(vars) && configPath && configText ? { value: vars, path: configPath, text: configText } : undefined;
  const site = (opts.sites ?? new SiteLoader()).load(policyPath, policyText, root, variables);
  const analysis = analyze(policyText, manifest, {
    site,
    now: opts.now,
    manifestChanged: loc.path && manifest ? lastCommitDate(loc.path) : undefined,
    severities: config.rules,
    regimes: config.regimes?.filter((r): r is Regime => ["gdpr", "uk-gdpr", "ccpa"].includes(r)),
  }, doc);
  const sev = config.rules?.["manifest-invalid"];
  if (sev !== "off") for (const f of extra) analysis.findings.unshift({ ...f, severity: sev ?? f.severity });
  return { policyPath, policyText, manifestPath: manifest ? loc.path : undefined, manifestText, analysis, notes };
}
