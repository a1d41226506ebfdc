import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { restart } from "./restart";
import { DraftManifestRequest, sendRequest, SubprocessorChangesRequest } from "../../server/src/protocol";

export const CREATE_MANIFEST_COMMAND = "policywright.createManifest";
export const RESTART_COMMAND = "policywright.restartServer";
export const SHOW_CHANGES_COMMAND = "policywright.showSubprocessorChanges";

/**
 * Client-side commands. "Check Workspace" is not here: the server declares it in its
 * capabilities and the language client registers it.
 */
export function registerCommands(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CREATE_MANIFEST_COMMAND, () => createManifest(client)),
    vscode.commands.registerCommand(RESTART_COMMAND, () => restart(client)),
    vscode.commands.registerCommand(SHOW_CHANGES_COMMAND, () => showChanges(client)),
  );
}

/**
 * "Policywright: Show Sub-processor Changes": the changelog of the manifest in the active editor
 * (or of the manifest the active policy uses, or the workspace's processors.yaml), read from git
 * by the server and shown in a Markdown preview tab. Nothing is written to disk.
 */
async function showChanges(client: BaseLanguageClient): Promise<void> {
  let uri = vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== "file") [uri] = await vscode.workspace.findFiles("**/processors.{yaml,yml}", "**/node_modules/**", 1);
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t("Policywright: open processors.yaml or a policy to see its sub-processor changes."));
    return;
  }
  const got = await sendRequest(client, SubprocessorChangesRequest, { uri: uri.toString() });
  if (!got.markdown) {
    void vscode.window.showWarningMessage(vscode.l10n.t("Policywright: no sub-processor changes to show: {0}.", got.error ?? vscode.l10n.t("unknown reason")));
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: "markdown", content: `<!-- ${got.manifest ?? "processors.yaml"}, read from git -->\n${got.markdown}` });
  await vscode.commands.executeCommand("markdown.showPreview", doc.uri);
}

/**
 * Drafts processors.yaml from the active policy (as `policywright init` does) and opens it as
 * an unsaved file beside the policy, so nothing is written until the user saves. An existing
 * manifest is opened instead, never overwritten.
 */
async function createManifest(client: BaseLanguageClient): Promise<void> {
  const policy = vscode.window.activeTextEditor?.document;
  const draft = await sendRequest(client, DraftManifestRequest, { uri: policy?.uri.toString() ?? "untitled:policy.md" });
  if (!draft.target || !vscode.workspace.isTrusted) {
    const doc = await vscode.workspace.openTextDocument({ language: "yaml", content: draft.yaml });
    await vscode.window.showTextDocument(doc);
    return;
  }
  const target = vscode.Uri.parse(draft.target);
  try {
    await vscode.workspace.fs.stat(target);
    await vscode.window.showTextDocument(target);
    void vscode.window.showInformationMessage(vscode.l10n.t("Policywright: {0} already exists; it was opened, not replaced.", vscode.workspace.asRelativePath(target)));
    return;
  } catch {
    // no manifest there yet: draft one
  }
  const doc = await vscode.workspace.openTextDocument(target.with({ scheme: "untitled" }));
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit((e) => e.insert(new vscode.Position(0, 0), draft.yaml));
  const found = draft.processors.length
    ? vscode.l10n.t("Policywright: drafted processors.yaml, {0} processors found in the policy ({1}). Review the TODO lines and save.", draft.processors.length, draft.processors.join(", "))
    : vscode.l10n.t("Policywright: drafted processors.yaml, no processors found in the policy. Review the TODO lines and save.");
  void vscode.window.showInformationMessage(found);
}
