import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { AnalysisChangedNotification, sendNotification } from "../protocol";
import { noticePeriodFindings } from "../core/rules/notice-period";
import { toDiagnostic } from "../lsp/convert";
import { nextTurn } from "../workspace/nextTurn";
import type { PolicyResult } from "../workspace/analyses";
import { pathToUri, uriToPath } from "../workspace/folders";
import { isManifestName } from "../core/project";
import type { Stores } from "../workspace/services";
import { isYamlDocument } from "../workspace/documents";

/** Edits closer together than this are coalesced into one re-analysis; the first is never delayed. */
const LIGHT_DEBOUNCE_MS = 40;

/**
 * Push diagnostics. Re-analysis runs from a queue, one document per turn of the event loop,
 * so a manifest change that re-checks fifty policies never blocks a hover for long. The first
 * edit after a quiet spell is analysed at once; bursts are coalesced lightly.
 */
export class Diagnostics {
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastRun = new Map<string, number>();
  private readonly publishedPolicies = new Set<string>();
  /** The result each open policy's diagnostics were last published from: quick fixes answer from it at once. */
  private readonly shown = new Map<string, PolicyResult>();
  private readonly publishedManifests = new Map<string, { uri: string; stamp: string }>();
  /** Closed files whose diagnostics came from a workspace check; they stay in the Problems panel. */
  readonly fromWorkspaceCheck = new Set<string>();
  private draining = false;
  /** Resolves when the queue is empty (tests and the workspace check wait on it). */
  private idle: (() => void)[] = [];

  constructor(private readonly s: Stores) {}

  opened(uri: string): void {
    this.enqueue(uri, true);
  }

  changed(uri: string): void {
    if (this.timers.has(uri)) return;
    const since = Date.now() - (this.lastRun.get(uri) ?? 0);
    if (since >= LIGHT_DEBOUNCE_MS) this.enqueue(uri, true);
    else this.timers.set(uri, setTimeout(() => (this.timers.delete(uri), this.enqueue(uri, true)), LIGHT_DEBOUNCE_MS - since));
  }

  closed(uri: string, path: string | undefined): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const r = this.s.store.peek(uri);
    this.s.store.forget(uri);
    this.shown.delete(uri);
    const checked = !!path && (this.fromWorkspaceCheck.has(uri) || this.fromWorkspaceCheck.has(pathToUri(path)));
    if (this.publishedPolicies.delete(uri)) this.s.connection.sendDiagnostics({ uri, diagnostics: [] });
    // a file the workspace check listed keeps its problems, now as saved on disk
    if (checked) void this.s.store.file(path!).then((res) => res && this.publish(res.uri, res));
    if (r?.manifest) void this.publishManifest(r.manifest.path);
    if (path && isManifestName(path)) void this.publishManifest(path);
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
      this.publish(uri, r);
    });
  }

  /** The result behind the diagnostics shown for a document, if they belong to its current version. */
  shownFor(uri: string, version: number): PolicyResult | undefined {
    const r = this.shown.get(uri);
    if (!r || r.version !== version) return undefined;
    // a fix that edits the manifest needs the manifest text it was made for
    const m = r.manifest;
    if (m?.open && this.s.ws.get(m.uri)?.version !== m.lines.version) return undefined;
    return r;
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
    void this.publishManifest(path);
    for (const doc of this.s.ws.all()) {
      if (isYamlDocument(doc)) continue;
      const r = this.s.store.peek(doc.uri);
      if (!r || r.located.path === path || !r.manifest) this.enqueue(doc.uri, false);
    }
  }

  /** Settings, trust or project config changed: re-check every open document. */
  recheckAll(): void {
    for (const doc of this.s.ws.all()) this.enqueue(doc.uri, false);
  }

  whenIdle(): Promise<void> {
    return this.queue.length || this.draining ? new Promise((r) => this.idle.push(r)) : Promise.resolve();
  }

  private enqueue(uri: string, first: boolean): void {
    if (!this.queued.has(uri)) {
      this.queued.add(uri);
      if (first) this.queue.unshift(uri);
      else this.queue.push(uri);
    }
    if (!this.draining) {
      this.draining = true;
      void nextTurn().then(() => this.drain());
    }
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        const uri = this.queue.shift()!;
        this.queued.delete(uri);
        this.lastRun.set(uri, Date.now());
        try {
          await this.runOpen(uri);
        } catch (e) {
          this.s.connection.console.error(`policywright: checking ${uri} failed: ${(e as Error).stack ?? e}`);
        }
        await nextTurn();
      }
    } finally {
      this.draining = false;
      for (const f of this.idle.splice(0)) f();
    }
  }

  private async runOpen(uri: string): Promise<void> {
    const doc = this.s.ws.get(uri);
    if (!doc) return;
    const path = uriToPath(uri);
    if (isYamlDocument(doc)) {
      if (path && this.isManifest(path)) await this.publishManifest(path);
      return;
    }
    const r = await this.s.store.open(uri);
    for (const e of r?.analysis?.errors ?? []) this.s.connection.console.error(`policywright: ${uri}: ${e}`);
    this.publish(uri, r);
  }

  /** Publishes a policy's diagnostics (or clears them when it is no longer a policy). */
  publish(uri: string, r: PolicyResult | undefined): void {
    if (!r) {
      this.shown.delete(uri);
      if (this.publishedPolicies.delete(uri)) this.s.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    this.shown.set(uri, r);
    const open = r.version >= 0;
    this.s.connection.sendDiagnostics({ uri, ...(open ? { version: r.version } : {}), diagnostics: policyDiagnostics(r) });
    this.publishedPolicies.add(uri);
    if (open) sendNotification(this.s.connection, AnalysisChangedNotification, { uri, version: r.version });
    if (r.manifest) void this.publishManifest(r.manifest.path);
  }

  /**
   * A manifest's own findings, shown while it is open or while a policy that uses it is
   * (the Problems panel then lists the broken entry, as the CLI does).
   */
  async publishManifest(path: string): Promise<void> {
    const state = await this.s.manifests.get(path);
    const prev = this.publishedManifests.get(path);
    const used = this.s.store.all().some((r) => r.manifest?.path === path && (this.s.ws.get(r.uri) || this.fromWorkspaceCheck.has(r.uri)));
    if (!state || (!state.open && !used) || (!state.manifest && !state.open) || (!used && state.open && !isManifestName(path))) {
      if (prev) this.s.connection.sendDiagnostics({ uri: prev.uri, diagnostics: [] });
      this.publishedManifests.delete(path);
      return;
    }
    const settings = await this.s.store.settingsFor(state.uri);
    const config = await this.s.project.config(path);
    const sev = settings.rules["manifest-invalid"] ?? config.rules["manifest-invalid"];
    const noticeSev = settings.rules["notice-period"] ?? config.rules["notice-period"];
    const history = state.manifest?.noticeDays !== undefined && noticeSev !== "off" ? this.s.manifests.history(path) : undefined;
    const stamp = `${state.stamp}|${sev ?? ""}|${noticeSev ?? ""}|h${this.s.manifests.historyStamp(path)}`;
    if (prev?.stamp === stamp && prev.uri === state.uri) return;
    if (prev && prev.uri !== state.uri) this.s.connection.sendDiagnostics({ uri: prev.uri, diagnostics: [] });
    const diagnostics: Diagnostic[] = [];
    if (state.manifest && sev !== "off") {
      for (const f of state.manifest.findings) diagnostics.push(toDiagnostic({ ...f, severity: sev ?? f.severity ?? "error" }, state.lines, state.stamp));
    }
    if (state.manifest && history && noticeSev !== "off") {
      // notice-period is about the manifest alone: reported here, once, not in every policy using it
      for (const f of noticePeriodFindings(state.manifest, history, new Date())) diagnostics.push(toDiagnostic({ ...f, severity: noticeSev ?? "warning" }, state.lines, state.stamp));
    } else if (!state.manifest && state.error) {
      diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: "policywright", message: `Not checked: ${state.error}.` });
    }
    this.s.connection.sendDiagnostics({ uri: state.uri, ...(state.open ? { version: state.lines.version } : {}), diagnostics });
    this.publishedManifests.set(path, { uri: state.uri, stamp });
  }
}

/** The diagnostics of one policy result. */
export function policyDiagnostics(r: PolicyResult): Diagnostic[] {
  if (r.tooLarge) {
    const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
    return [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: "policywright",
      message: `Not checked: this file is ${mb(r.tooLarge)}, above policywright.maxFileSize (${mb(r.settings.maxFileBytes)}).`,
    }];
  }
  const stamp = stampOf(r);
  return r.findings.map((f) => toDiagnostic(f, r.doc, stamp));
}

/** The stamp a diagnostic's fixes are valid for. */
export function stampOf(r: PolicyResult): string {
  return `${r.version}|${r.key}`;
}
