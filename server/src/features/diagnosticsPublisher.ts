import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import { AnalysisChangedNotification, sendNotification } from "../protocol";
import { manifestFindings } from "../core/language/manifestFindings";
import { isManifestName } from "../core/project";
import { toDiagnostic } from "../lsp/convert";
import type { PolicyResult } from "../workspace/analyses";
import type { Stores } from "../workspace/services";
import { msg } from "../core/messages";

/**
 * Sends diagnostics: a policy's findings, and a manifest's own findings while it is open or a
 * policy that uses it is. Converts findings to LSP diagnostics (lsp/convert.ts), remembers
 * what was published so it can clear it, and keeps the result each policy's diagnostics came
 * from, so quick fixes answer from exactly what the user sees.
 */
export class DiagnosticsPublisher {
  private readonly publishedPolicies = new Set<string>();
  /** What was last sent per URI (the list and its version), so the same list is not sent again. */
  private readonly sent = new Map<string, { diagnostics: Diagnostic[]; version?: number }>();
  private readonly shown = new Map<string, PolicyResult>();
  private readonly publishedManifests = new Map<string, { uri: string; stamp: string }>();
  /** Closed files whose diagnostics came from a workspace check; they stay in the Problems panel. */
  readonly fromWorkspaceCheck = new Set<string>();

  constructor(private readonly s: Stores) {}

  /** The result behind the diagnostics shown for a document, if they belong to its current version. */
  shownFor(uri: string, version: number): PolicyResult | undefined {
    const r = this.shown.get(uri);
    if (!r || r.version !== version) return undefined;
    // a fix that edits the manifest needs the manifest text it was made for
    const m = r.manifest;
    if (m?.open && this.s.ws.get(m.uri)?.version !== m.lines.version) return undefined;
    return r;
  }

  /** Publishes a policy's diagnostics (or clears them when it is no longer a policy). */
  publish(uri: string, r: PolicyResult | undefined): void {
    if (!r) return this.clear(uri);
    this.shown.set(uri, r);
    const open = r.version >= 0;
    const diagnostics = policyDiagnostics(r);
    // the same problems with the same fixes are not sent again for the same text (opening a file
    // the workspace check listed, a manifest, settings or history change that changes nothing
    // here): every list sent makes the editor ask for code actions anew, and VS Code then drops a
    // Ctrl+. still waiting for its answer. Each edit still gets its versioned list. Code actions
    // find the fixes of diagnostics published earlier (codeActions.ts).
    const version = open ? r.version : undefined;
    if (this.changed(uri, diagnostics, version)) this.s.connection.sendDiagnostics({ uri, ...(open ? { version } : {}), diagnostics });
    this.publishedPolicies.add(uri);
    if (open) sendNotification(this.s.connection, AnalysisChangedNotification, { uri, version: r.version });
    if (r.manifest) void this.publishManifest(r.manifest.path);
  }

  /** Clears a policy's diagnostics, if any were published. */
  clear(uri: string): void {
    this.shown.delete(uri);
    this.sent.delete(uri);
    if (this.publishedPolicies.delete(uri)) this.s.connection.sendDiagnostics({ uri, diagnostics: [] });
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
      if (prev) this.sent.delete(prev.uri);
      if (prev) this.s.connection.sendDiagnostics({ uri: prev.uri, diagnostics: [] });
      this.publishedManifests.delete(path);
      return;
    }
    const settings = await this.s.store.settingsFor(state.uri);
    const config = await this.s.project.config(path);
    const sev = settings.rules["manifest-invalid"] ?? config.rules["manifest-invalid"];
    const noticeSev = settings.rules["notice-period"] ?? config.rules["notice-period"];
    const noticeSeverity = noticeSev === "off" ? undefined : (noticeSev ?? "warning");
    const history = state.manifest?.noticeDays !== undefined && noticeSeverity ? this.s.manifests.history(path) : undefined;
    const stamp = `${state.stamp}|${sev ?? ""}|${noticeSev ?? ""}|h${this.s.manifests.historyStamp(path)}`;
    if (prev?.stamp === stamp && prev.uri === state.uri) return;
    if (prev && prev.uri !== state.uri) {
      this.sent.delete(prev.uri);
      this.s.connection.sendDiagnostics({ uri: prev.uri, diagnostics: [] });
    }
    const diagnostics: Diagnostic[] = [];
    // notice-period is about the manifest alone: reported here, once, not in every policy using it
    const found = state.manifest && manifestFindings(state.manifest, history, new Date());
    if (found && sev !== "off") {
      for (const f of found.own) diagnostics.push(toDiagnostic({ ...f, severity: sev ?? f.severity ?? "error" }, state.lines, state.stamp));
    }
    if (found) {
      for (const f of found.notice) diagnostics.push(toDiagnostic({ ...f, severity: noticeSeverity ?? "warning" }, state.lines, state.stamp));
    } else if (state.error) {
      diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: "policywright", message: msg("server.not-checked", { error: state.error }) });
    }
    const version = state.open ? state.lines.version : undefined;
    if (this.changed(state.uri, diagnostics, version)) this.s.connection.sendDiagnostics({ uri: state.uri, ...(state.open ? { version } : {}), diagnostics });
    this.publishedManifests.set(path, { uri: state.uri, stamp });
  }

  /**
   * Whether a list has to be sent: it differs from the one last sent for the URI (stamps aside),
   * or it is for a newer version of the open document than that one (the text was edited; the
   * file as read from disk has no version). Remembers what is sent.
   */
  private changed(uri: string, diagnostics: Diagnostic[], version: number | undefined): boolean {
    const last = this.sent.get(uri);
    // an edit gets its list without comparing (typing never pays for it)
    if (last && (last.version === undefined || last.version === version) && sameList(last.diagnostics, diagnostics)) {
      last.version = version;
      return false;
    }
    this.sent.set(uri, { diagnostics, version });
    return true;
  }

}

/** Whether two lists of diagnostics are the same, stamps aside. */
function sameList(a: Diagnostic[], b: Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  const unstamped = (l: Diagnostic[]) => JSON.stringify(l.map((d) => (d.data ? { ...d, data: { ...(d.data as object), stamp: "" } } : d)));
  return unstamped(a) === unstamped(b);
}

/** The diagnostics of one policy result. */
export function policyDiagnostics(r: PolicyResult): Diagnostic[] {
  if (r.tooLarge) {
    const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
    return [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: "policywright",
      message: msg("server.too-large", { size: mb(r.tooLarge), limit: mb(r.settings.maxFileBytes) }),
    }];
  }
  const stamp = stampOf(r);
  return r.findings.map((f) => toDiagnostic(f, r.doc, stamp));
}

/** The stamp a diagnostic's fixes are valid for. */
export function stampOf(r: PolicyResult): string {
  return `${r.version}|${r.key}`;
}
