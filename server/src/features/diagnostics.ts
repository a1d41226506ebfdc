import type { PolicyResult } from "../workspace/analyses";
import { pathToUri, uriToPath } from "../workspace/folders";
import { isManifestName } from "../core/project";
import type { Stores } from "../workspace/services";
import { isYamlDocument } from "../workspace/documents";
import { CheckScheduler } from "./checkScheduler";
import { DiagnosticsPublisher } from "./diagnosticsPublisher";

export { policyDiagnostics, stampOf } from "./diagnosticsPublisher";

/**
 * Push diagnostics: what happened in the editor (a document opened, edited, closed; a
 * manifest or a file on disk changed) decides what is checked, in what order; the
 * scheduler (./checkScheduler.ts) runs the checks, the publisher (./diagnosticsPublisher.ts)
 * sends what they found.
 */
export class Diagnostics {
  private readonly scheduler: CheckScheduler;
  private readonly publisher: DiagnosticsPublisher;

  constructor(private readonly s: Stores) {
    this.publisher = new DiagnosticsPublisher(s);
    this.scheduler = new CheckScheduler((uri) => this.check(uri), (uri, e) => s.connection.console.error(`policywright: checking ${uri} failed: ${(e as Error).stack ?? e}`));
  }

  /** Closed files whose diagnostics came from a workspace check; they stay in the Problems panel. */
  get fromWorkspaceCheck(): Set<string> {
    return this.publisher.fromWorkspaceCheck;
  }

  opened(uri: string): void {
    this.scheduler.now(uri);
  }

  changed(uri: string): void {
    this.scheduler.edited(uri);
  }

  closed(uri: string, path: string | undefined): void {
    this.scheduler.cancel(uri);
    const r = this.s.store.peek(uri);
    this.s.store.forget(uri);
    this.publisher.clear(uri);
    const checked = !!path && (this.fromWorkspaceCheck.has(uri) || this.fromWorkspaceCheck.has(pathToUri(path)));
    // a file the workspace check listed keeps its problems, now as saved on disk
    if (checked) void this.s.store.file(path!).then((res) => res && this.publisher.publish(res.uri, res));
    if (r?.manifest) void this.publisher.publishManifest(r.manifest.path);
    if (path && isManifestName(path)) void this.publisher.publishManifest(path);
  }

  /**
   * A Markdown file changed, appeared or went away on disk. A closed file the workspace check
   * listed is checked again (or its problems removed), so the Problems panel never shows a
   * file as it was.
   */
  fileChanged(path: string): void {
    const uri = pathToUri(path);
    if (!this.fromWorkspaceCheck.has(uri) || this.s.ws.openAt(path)) return;
    void this.s.store.file(path).then((r) => {
      if (!r) this.fromWorkspaceCheck.delete(uri);
      this.publisher.publish(uri, r);
    });
  }

  /** The result behind the diagnostics shown for a document, if they belong to its current version. */
  shownFor(uri: string, version: number): PolicyResult | undefined {
    return this.publisher.shownFor(uri, version);
  }

  /** Whether a YAML file is a manifest: named like one, or the manifest of a checked policy. */
  isManifest(path: string): boolean {
    return isManifestName(path) || this.s.store.all().some((r) => r.located.path === path);
  }

  /**
   * A manifest changed (buffer or disk): its own diagnostics, then every open policy using
   * it, and the policies that have none yet (the change may have created theirs).
   */
  manifestChanged(path: string): void {
    void this.publisher.publishManifest(path);
    for (const doc of this.s.ws.all()) {
      if (isYamlDocument(doc)) continue;
      const r = this.s.store.peek(doc.uri);
      if (!r || r.located.path === path || !r.manifest) this.scheduler.later(doc.uri);
    }
  }

  /** Settings, trust or project config changed: re-check every open document. */
  recheckAll(): void {
    for (const doc of this.s.ws.all()) this.scheduler.later(doc.uri);
  }

  whenIdle(): Promise<void> {
    return this.scheduler.whenIdle();
  }

  /** Publishes a policy's diagnostics (the workspace check publishes files it checked). */
  publish(uri: string, r: PolicyResult | undefined): void {
    this.publisher.publish(uri, r);
  }

  private async check(uri: string): Promise<void> {
    const doc = this.s.ws.get(uri);
    if (!doc) return;
    const path = uriToPath(uri);
    if (isYamlDocument(doc)) {
      if (path && this.isManifest(path)) await this.publisher.publishManifest(path);
      return;
    }
    const r = await this.s.store.open(uri);
    for (const e of r?.analysis?.errors ?? []) this.s.connection.console.error(`policywright: ${uri}: ${e}`);
    this.publisher.publish(uri, r);
  }
}
