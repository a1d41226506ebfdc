import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { ExportHtmlRequest, sendRequest } from "../../../server/src/protocol";

/**
 * "Policywright: Export Policy as HTML": the publishable page (no findings, no scripts) of the
 * policy in the active editor or preview, written where the user chooses.
 */
export async function exportPolicy(client: BaseLanguageClient, uri: vscode.Uri | undefined): Promise<void> {
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t("Policywright: open a policy (Markdown) to export it."));
    return;
  }
  // the server renders the page from the open document
  await vscode.workspace.openTextDocument(uri);
  const base = uri.path.replace(/^.*\//, "").replace(/\.(?:md|markdown)$/i, "") || "policy";
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(uri, "..", `${base}.html`),
    filters: { HTML: ["html", "htm"] },
    saveLabel: vscode.l10n.t("Export"),
    title: vscode.l10n.t("Export the policy as HTML"),
  });
  if (!target) return;
  if (target.toString() === uri.toString()) {
    void vscode.window.showErrorMessage(vscode.l10n.t("Policywright: choose another file; exporting over the policy would replace it."));
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode((await sendRequest(client, ExportHtmlRequest, { uri: uri.toString() })).html));
  const open = vscode.l10n.t("Open in Browser");
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t("Policywright: exported {0}.", vscode.workspace.asRelativePath(target)), open);
  if (choice === open && target.scheme === "file") await vscode.env.openExternal(target);
}
