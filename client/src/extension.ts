import type * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { createClient } from "./languageClient";
import { startClient } from "./start";

let client: LanguageClient | undefined;

/** The desktop extension: the server runs as a Node process (dist/server.js). */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  await startClient(context, client);
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
