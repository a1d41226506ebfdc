import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { restart } from "./restart";
import { DraftManifestRequest, sendRequest } from "../../server/src/protocol";

export const CREATE_MANIFEST_COMMAND = "policywright.createManifest";
export const RESTART_COMMAND = "policywright.restartServer";

/**
 * Client-side commands. "Check Workspace" is not here: the server declares it in its
 * capabilities and the language client registers it.
 */
export function registerCommands(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CREATE_MANIFEST_COMMAND, () => createManifest(client)),
    vscode.commands.registerCommand(RESTART_COMMAND, () => restart(client)),
  );
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
    void vscode.window.showInformationMessage(`Policywright: ${vscode.workspace.asRelativePath(target)} already exists; it was opened, not replaced.`);
    return;
  } catch {
    // no manifest there yet: draft one
  }
  const doc = await vscode.workspace.openTextDocument(target.with({ scheme: "untitled" }));
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit((e) => e.insert(new vscode.Position(0, 0), draft.yaml));
  const found = draft.processors.length ? `${draft.processors.length} processors found in the policy (${draft.processors.join(", ")})` : "no processors found in the policy";
  void vscode.window.showInformationMessage(`Policywright: drafted processors.yaml, ${found}. Review the TODO lines and save.`);
}
