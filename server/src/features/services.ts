import type { Connection } from "vscode-languageserver";
import type { AnalysisStore, PolicyResult } from "../workspace/analyses";
import { isYamlDocument } from "../workspace/documents";
import { uriToPath, type Workspace } from "../workspace/folders";
import type { ManifestState, ManifestStore } from "../workspace/manifests";
import type { Project } from "../workspace/project";
import type { Stores } from "../workspace/services";
import type { SettingsStore } from "../workspace/settings";
import { Diagnostics } from "./diagnostics";

/** What every feature handler reads: the stores, the diagnostics, and the document a request is about. */
export class Services implements Stores {
  readonly diagnostics: Diagnostics;

  constructor(
    readonly connection: Connection, readonly ws: Workspace, readonly project: Project,
    readonly settings: SettingsStore, readonly manifests: ManifestStore, readonly store: AnalysisStore,
  ) {
    this.diagnostics = new Diagnostics(this);
  }

  /**
   * The request's document as a manifest: `undefined` when it is not YAML (then it is a
   * policy), `null` when it is YAML but not readable as a manifest.
   */
  async manifestOf(uri: string): Promise<ManifestState | null | undefined> {
    const doc = this.ws.get(uri);
    if (!doc || !isYamlDocument(doc)) return undefined;
    const path = uriToPath(uri);
    return (path && (await this.manifests.get(path))) || null;
  }

  /** The offset of a position in an open document (0 when it is not open). */
  offsetAt(uri: string, position: { line: number; character: number }): number {
    return this.ws.get(uri)?.offsetAt(position) ?? 0;
  }

  /** The request's document as a policy, analysed (undefined for YAML or an unknown document). */
  async policyOf(uri: string): Promise<PolicyResult | undefined> {
    const doc = this.ws.get(uri);
    return doc && !isYamlDocument(doc) ? this.store.open(uri) : undefined;
  }
}
