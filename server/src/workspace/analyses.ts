import { statSync } from "node:fs";
import { basename, dirname, relative, sep } from "node:path";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, type Analysis } from "../core/analyze";
import { parsePolicy, type PolicyDoc } from "../core/policy/parse";
import { reparsePolicy } from "../core/policy/reparse";
import { findListPage, LIST_PAGE_RULES } from "../core/subprocessors/listPage";
import type { Finding } from "../core/types";
import { readText } from "../host/files";
import { pathToUri, uriToPath, type Workspace } from "./folders";
import { locateForPolicy, type Located } from "./locate";
import type { ManifestState, ManifestStore } from "./manifests";
import { isPolicy } from "./policies";
import { ProjectConfigs } from "./projectConfig";
import type { Settings, SettingsStore } from "./settings";

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
  readonly configs: ProjectConfigs;

  constructor(private readonly ws: Workspace, private readonly settings: SettingsStore, private readonly manifests: ManifestStore) {
    this.configs = new ProjectConfigs(ws);
  }

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
    let st;
    try {
      st = statSync(path);
    } catch {
      return undefined;
    }
    const uri = pathToUri(path);
    const settings = await this.settings.get(this.ws.folderFor(path)?.uri);
    const hit = this.results.get(uri);
    const version = -Math.floor(st.mtimeMs);
    if (hit && hit.version === version && hit.key === this.keyOf(hit, settings)) return hit;
    let text: string;
    try {
      text = readText(path, settings.maxFileBytes * 4);
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
  private listPageOf(path: string | undefined, settings: Settings): Located | undefined {
    if (!path || !/\.(?:md|markdown|mdx)$/i.test(path)) return undefined;
    const located = locateForPolicy(this.ws, path, undefined, settings.manifest);
    const list = located.path ? this.manifests.get(located.path)?.manifest?.disclosureList : undefined;
    if (!list || !located.path) return undefined;
    const root = this.ws.rootFor(path);
    const rel = (p: string) => relative(root, p).split(sep).join("/");
    const self = rel(path);
    return findListPage(list, rel(dirname(located.path)), (p) => p === self) ? located : undefined;
  }

  private keyOf(r: { located: Located; path?: string }, settings: Settings): string {
    const m = r.located.path ? this.manifests.get(r.located.path) : undefined;
    const h = r.located.path ? this.manifests.historyStamp(r.located.path) : 0;
    return `${m?.stamp ?? r.located.error ?? "none"}|h${h}|${this.settings.generation}|${this.configs.generation}|${settings.maxFileBytes}`;
  }

  private compute(doc: TextDocument, settings: Settings): PolicyResult | undefined {
    const uri = doc.uri;
    const path = uriToPath(uri);
    const folder = this.ws.folderFor(path);
    const text = doc.getText();
    const relPath = path ? (folder ? relative(folder.path, path) : basename(path)) : undefined;
    // a Markdown file that is not a policy may be the published sub-processor list of a manifest
    const listPage = isPolicy(relPath, text, settings.policyFiles) ? undefined : this.listPageOf(path, settings);
    if (!listPage && !isPolicy(relPath, text, settings.policyFiles)) {
      this.forget(uri);
      return undefined;
    }
    const cached = this.results.get(uri);
    const size = text.length * 3 > settings.maxFileBytes ? Buffer.byteLength(text) : 0;
    if (size > settings.maxFileBytes) {
      const r: PolicyResult = { uri, version: doc.version, path, doc, findings: [], located: {}, settings, tooLarge: size, key: `large|${settings.maxFileBytes}` };
      this.results.set(uri, r);
      return r;
    }
    const parsed = this.parsed.get(uri);
    // an edit inside a sentence reuses the last parse (reparsePolicy gives exactly what parsePolicy would)
    const policy = parsed?.version === doc.version && parsed.doc.text === text ? parsed.doc : parsed ? reparsePolicy(parsed.doc, text) : parsePolicy(text);
    this.parsed.set(uri, { version: doc.version, doc: policy });
    const located = listPage ?? (path ? locateForPolicy(this.ws, path, policy.frontMatter?.data.manifest, settings.manifest) : {});
    const key = this.keyOf({ located, path }, settings);
    if (cached && cached.version === doc.version && cached.key === key && cached.doc.getText() === text) return cached;
    const manifest = located.path ? this.manifests.get(located.path) : undefined;
    const config = path ? this.configs.get(path) : { rules: {} };
    const extra = notes(located, manifest, policy, config.error);
    const analysis = analyze(text, manifest?.manifest, {
      regimes: config.regimes?.length ? config.regimes : settings.regimes,
      severities: { ...config.rules, ...settings.rules },
      manifestChanged: manifest?.manifest && located.path ? this.manifests.lastChanged(located.path) : undefined,
      // git history only where a notice period is promised (the one rule that reads it)
      rules: listPage ? LIST_PAGE_RULES : undefined,
      manifestHistory: manifest?.manifest?.noticeDays !== undefined && located.path ? this.manifests.history(located.path)?.history : undefined,
    }, policy);
    const sev = settings.rules["manifest-invalid"] ?? config.rules["manifest-invalid"];
    if (sev !== "off") for (const f of extra.reverse()) analysis.findings.unshift({ ...f, severity: sev ?? f.severity });
    const r: PolicyResult = { uri, version: doc.version, path, doc, analysis, findings: analysis.findings.filter((f) => f.file === "policy"), located, manifest, settings, key };
    this.results.set(uri, r);
    return r;
  }
}

function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === "markdown" || /\.(?:md|markdown)$/i.test(doc.uri);
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
