import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { registerCommands } from "./commands";
import { createClient } from "./languageClient";
import { registerPreview } from "./preview/index";
import { createStatusBar } from "./statusBar";

let client: LanguageClient | undefined;

/**
 * Activates on Markdown files and on workspaces with a processors.yaml: starts the language
 * server, the status bar item, the commands and the preview. In an untrusted workspace the
 * server analyses open documents only; granting trust restarts it with full access.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  registerCommands(context, client);
  context.subscriptions.push(createStatusBar(client));
  registerPreview(context, client);
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  try {
    // awaited so that the server's commands (Check Workspace) exist before activation ends
    await client.start();
  } catch (e) {
    void vscode.window.showErrorMessage(`Policywright: the language server did not start: ${(e as Error).message}`);
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
