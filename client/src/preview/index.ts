import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { exportPolicy } from "./exportHtml";
import { PolicyPreview, VIEW_TYPE, webviewOptions } from "./panel";
import { trackPolicyContext } from "./policyFiles";
import { ModelSource } from "./source";

export const OPEN_PREVIEW_COMMAND = "policywright.preview.openToSide";
export const EXPORT_COMMAND = "policywright.preview.export";

const MANIFEST_FILE = /(?:^|[\\/])(?:processors\.ya?ml|\.policywright\.json)$/i;

/**
 * The live preview: the command that opens it beside the editor (one panel per policy), the
 * serializer that restores panels after a reload, the export command, and the listeners that
 * keep every panel current and in scroll sync with its editor.
 */
export function registerPreview(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const source = new ModelSource(client);
  const previews = new Map<string, PolicyPreview>();
  let active: PolicyPreview | undefined;

  const adopt = (panel: vscode.WebviewPanel, uri: vscode.Uri): PolicyPreview => {
    const key = uri.toString();
    const preview = new PolicyPreview(panel, uri, context.extensionUri, source, () => {
      if (previews.get(key) === preview) previews.delete(key);
      if (active === preview) active = undefined;
    });
    previews.set(key, preview);
    panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) active = preview;
      else if (active === preview) active = undefined;
    });
    if (panel.active) active = preview;
    return preview;
  };

  /** The policy a command is about: its argument, else the active editor, else the active preview. */
  const target = (arg: unknown): vscode.Uri | undefined => {
    if (arg instanceof vscode.Uri) return arg;
    const doc = vscode.window.activeTextEditor?.document;
    if (doc?.languageId === "markdown") return doc.uri;
    return active?.uri;
  };

  const open = (arg: unknown) => {
    const uri = target(arg);
    if (!uri) {
      void vscode.window.showWarningMessage(vscode.l10n.t("Policywright: open a policy (Markdown) to preview it."));
      return;
    }
    const existing = previews.get(uri.toString());
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t("Policy preview"), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(context.extensionUri));
    adopt(panel, uri);
  };

  const refreshAll = () => previews.forEach((p) => p.refreshSoon());

  context.subscriptions.push(
    source,
    trackPolicyContext(client),
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, open),
    vscode.commands.registerCommand(EXPORT_COMMAND, (arg: unknown) => exportPolicy(client, target(arg))),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const raw = state && typeof state === "object" ? (state as { uri?: unknown }).uri : undefined;
        let uri: vscode.Uri | undefined;
        try {
          uri = typeof raw === "string" ? vscode.Uri.parse(raw, true) : undefined;
        } catch {
          uri = undefined;
        }
        if (!uri || previews.has(uri.toString())) {
          panel.dispose();
          return;
        }
        adopt(panel, uri);
      },
    }),
    source.onDidChange((e) => previews.get(e.uri)?.refreshSoon()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.contentChanges.length) return;
      if (MANIFEST_FILE.test(e.document.uri.path)) refreshAll();
      else previews.get(e.document.uri.toString())?.refreshSoon();
    }),
    vscode.workspace.onDidSaveTextDocument((d) => MANIFEST_FILE.test(d.uri.path) && refreshAll()),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      const preview = previews.get(e.textEditor.document.uri.toString());
      const first = e.visibleRanges[0];
      if (preview && first && vscode.window.activeTextEditor === e.textEditor) preview.editorScrolled(first.start.line);
    }),
    { dispose: () => previews.forEach((p) => p.dispose()) },
  );
  const watcher = vscode.workspace.createFileSystemWatcher("**/{processors.yaml,processors.yml,.policywright.json}");
  context.subscriptions.push(watcher, watcher.onDidChange(refreshAll), watcher.onDidCreate(refreshAll), watcher.onDidDelete(refreshAll));
}

