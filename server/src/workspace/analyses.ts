import { TextDocument } from "vscode-languageserver-textdocument";
import { utf8Length } from "../core/text/utf8";
import { analyze, type Analysis } from "../core/analyze";
import { parsePolicy, type PolicyDoc } from "../core/policy/parse";
import { reparsePolicy } from "../core/policy/reparse";
import { dirname, findListPage, normalize, relativePath } from "../core/project";
import { LIST_PAGE_RULES } from "../core/subprocessors/listPage";
import type { ManifestLocation as Located } from "../core/project";
import type { Finding } from "../core/types";
import { pathToUri, uriToPath, type Workspace } from "./folders";
import type { ManifestState, ManifestStore } from "./manifests";
import type { Project } from "./project";
import type { Settings, SettingsStore } from "./settings";

export type { Located };

/** Everything the features need about one policy at one version. */
export interface PolicyResult {
  uri: string;
  version: number;
  path?: string;
  /** The policy text as a document (the open buffer itself when it is open). */
  doc: TextDocument;
  /** Undefined when the file is above policywright.maxFileSize. */
  analysis?: Analysis;
  /** The findings shown on the policy: the analysis's plus how the manifest was found. */
  findings: Finding[];
  located: Located;
  manifest?: ManifestState;
  settings: Settings;
  tooLarge?: number;
  /** Identifies the inputs; a result is reused while its key stays the same. */
  key: string;
}

/**
 * The analysis cache. A policy is parsed once per version and analysed once per version,
 * manifest stamp and settings generation; every feature (diagnostics, hover, lenses,
 * preview) reads the same result. Closed files (workspace check, references) are cached by
 * their modification time.
 */
export class AnalysisStore {
  private readonly results = new Map<string, PolicyResult>();
  private readonly parsed = new Map<string, { version: number; doc: PolicyDoc }>();

  constructor(private readonly ws: Workspace, private readonly settings: SettingsStore, private readonly manifests: ManifestStore, readonly project: Project) {}

  /** The settings that apply to a document (its workspace folder's). */
  settingsFor(uri: string): Promise<Settings> {
    return this.settings.get(this.ws.folderFor(uriToPath(uri))?.uri);
  }

  /** The current result of an open document, or undefined when it is not a policy. */
  async open(uri: string): Promise<PolicyResult | undefined> {
    const doc = this.ws.get(uri);
    if (!doc || !isMarkdown(doc)) return undefined;
    const settings = await this.settingsFor(uri);
    const current = this.ws.get(uri);
    if (!current) return undefined;
    return this.compute(current, settings);
  }

  /** The result of a policy file on disk (the open buffer when it is open). */
  async file(path: string): Promise<PolicyResult | undefined> {
    const open = this.ws.openAt(path);
    if (open) return this.open(open.uri);
    if (!this.ws.trusted) return undefined;
    const st = await this.project.fs.stat(path);
    if (st?.type !== "file") return undefined;
    const uri = pathToUri(path);
    const settings = await this.settings.get(this.ws.folderFor(path)?.uri);
    const hit = this.results.get(uri);
    const version = -Math.floor(st.mtime);
    if (hit && hit.version === version && hit.key === (await this.keyOf(hit, settings))) return hit;
    let text: string;
    try {
      text = await this.project.fs.read(path, { maxBytes: settings.maxFileBytes * 4 });
    } catch {
      return undefined;
    }
    return this.compute(TextDocument.create(uri, "markdown", version, text), settings);
  }

  /** The last result computed for a URI, without re-analysing. */
  peek(uri: string): PolicyResult | undefined {
    return this.results.get(uri);
  }

  /** Every cached result (open and closed policies). */
  all(): PolicyResult[] {
    return [...this.results.values()];
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.parsed.delete(uri);
  }

  /**
   * The location of the manifest whose `disclosure.list` names this file, when it is that
   * manifest's published sub-processor list (checked with the list rules only).
   */
  private async listPageOf(path: string | undefined, settings: Settings): Promise<Located | undefined> {
    if (!path || !/\.(?:md|markdown|mdx)$/i.test(path)) return undefined;
    const located = await this.project.locate(path, undefined, settings.manifest);
    const list = located.path ? (await this.manifests.get(located.path))?.manifest?.disclosureList : undefined;
    if (!list || !located.path) return undefined;
    const root = normalize(this.ws.rootFor(path));
    const self = relativePath(root, normalize(path));
    if (self === undefined) return undefined;
    return findListPage(list, relativePath(root, dirname(normalize(located.path))) ?? "", (p) => p === self) ? located : undefined;
  }

  private async keyOf(r: { located: Located; path?: string }, settings: Settings): Promise<string> {
    const m = r.located.path ? await this.manifests.get(r.located.path) : undefined;
    return `${m?.stamp ?? r.located.error ?? "none"}|${this.settings.generation}|${this.project.configGeneration}|${this.project.siteGeneration}|${settings.maxFileBytes}`;
  }

  private async compute(doc: TextDocument, settings: Settings): Promise<PolicyResult | undefined> {
    const uri = doc.uri;
    const path = uriToPath(uri);
    const text = doc.getText();
    // a Markdown file that is not a policy may be the published sub-processor list of a manifest
    const isPolicy = this.project.isPolicy(path, text, settings.policyFiles);
    const listPage = isPolicy ? undefined : await this.listPageOf(path, settings);
    if (!isPolicy && !listPage) {
      this.forget(uri);
      return undefined;
    }
    const cached = this.results.get(uri);
    const size = text.length * 3 > settings.maxFileBytes ? utf8Length(text) : 0;
    if (size > settings.maxFileBytes) {
      const r: PolicyResult = { uri, version: doc.version, path, doc, findings: [], located: {}, settings, tooLarge: size, key: `large|${settings.maxFileBytes}` };
      this.results.set(uri, r);
      return r;
    }
    const parsed = this.parsed.get(uri);
    // an edit inside a sentence reuses the last parse (reparsePolicy gives exactly what parsePolicy would)
    const policy = parsed?.version === doc.version && parsed.doc.text === text ? parsed.doc : parsed ? reparsePolicy(parsed.doc, text) : parsePolicy(text, { path });
    this.parsed.set(uri, { version: doc.version, doc: policy });
    const located = listPage ?? (path ? await this.project.locate(path, policy.frontMatter?.data.manifest, settings.manifest) : {});
    const key = await this.keyOf({ located, path }, settings);
    if (cached && cached.version === doc.version && cached.key === key && cached.doc.getText() === text) return cached;
    const manifest = located.path ? await this.manifests.get(located.path) : undefined;
    const config = path ? await this.project.config(path) : { rules: {}, warnings: [] };
    const extra = notes(located, manifest, policy, config.error);
    const site = path ? await this.project.site(path, text, config) : undefined;
    const analysis = analyze(text, manifest?.manifest, {
      site,
      regimes: config.regimes?.length ? config.regimes : settings.regimes,
      severities: { ...config.rules, ...settings.rules },
      manifestChanged: manifest?.manifest && located.path ? this.manifests.lastChanged(located.path) : undefined,
      rules: listPage ? LIST_PAGE_RULES : undefined,
    }, policy);
    const sev = settings.rules["manifest-invalid"] ?? config.rules["manifest-invalid"];
    if (sev !== "off") for (const f of extra.reverse()) analysis.findings.unshift({ ...f, severity: sev ?? f.severity });
    const r: PolicyResult = { uri, version: doc.version, path, doc, analysis, findings: analysis.findings.filter((f) => f.file === "policy"), located, manifest, settings, key };
    // a slower computation of an older version must not replace a newer result
    const newest = this.results.get(uri);
    if (!newest || newest.version < 0 || newest.version <= doc.version) this.results.set(uri, r);
    return r;
  }
}

function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === "markdown" || doc.languageId === "mdx" || /\.(?:md|markdown|mdx)$/i.test(doc.uri);
}

/** Findings on the policy about its manifest: outside the workspace, unreadable, a broken config. */
function notes(located: Located, manifest: ManifestState | undefined, doc: PolicyDoc, configError?: string): Finding[] {
  const fm = doc.frontMatter;
  const at = located.source === "front-matter" && fm ? { start: fm.start, end: fm.end } : { start: 0, end: Math.min(1, doc.text.length) };
  const out: Finding[] = [];
  const add = (message: string) => out.push({ rule: "manifest-invalid", severity: "error", subject: "manifest", message, file: "policy", ...at });
  if (located.error) add(`${cap(located.error)}.`);
  else if (located.path && !manifest) add(`The manifest ${located.path.split(/[\\/]/).pop()} does not exist (it was deleted or never created); only the checks that need no manifest ran.`);
  else if (manifest?.error) add(`The manifest could not be read: ${manifest.error}.`);
  if (configError) out.push({ rule: "unknown-rule", severity: "warning", subject: ".policywright.json", message: `Ignored ${configError}`, file: "policy", start: 0, end: Math.min(1, doc.text.length) });
  return out;
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
