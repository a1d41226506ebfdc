import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { PolicyStatusRequest, sendRequest } from "../../../server/src/protocol";

/** The context key that shows the preview button and key binding on policy files. */
export const POLICY_CONTEXT_KEY = "policywright.isPolicyFile";

/**
 * Whether a document is a policy. The language server decides, with the same project model
 * as the CLI (globs from `policywright.policyFiles`, or front matter).
 */
export async function isPolicyDocument(client: BaseLanguageClient, doc: vscode.TextDocument): Promise<boolean> {
  if (doc.languageId !== "markdown" || !client.isRunning()) return false;
  try {
    return (await sendRequest(client, PolicyStatusRequest, { uri: doc.uri.toString() })).policy;
  } catch {
    return false;
  }
}

/** Keeps the context key in step with the active editor. */
export function trackPolicyContext(client: BaseLanguageClient): vscode.Disposable {
  let asked = 0;
  const update = async () => {
    const ticket = ++asked;
    const doc = vscode.window.activeTextEditor?.document;
    const policy = !!doc && (await isPolicyDocument(client, doc));
    if (ticket === asked) void vscode.commands.executeCommand("setContext", POLICY_CONTEXT_KEY, policy);
  };
  void update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.workspace.onDidSaveTextDocument((d) => d === vscode.window.activeTextEditor?.document && void update()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("policywright.policyFiles") && void update()),
    client.onDidChangeState(() => void update()),
  );
}
