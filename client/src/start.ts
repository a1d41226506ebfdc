import * as vscode from "vscode";
import type { BaseLanguageClient, LanguageClientOptions } from "vscode-languageclient";
import type { InitOptions } from "../../server/src/protocol";
import { registerCommands } from "./commands";
import { restart } from "./restart";
import { registerPreview } from "./preview/index";
import { createStatusBar } from "./statusBar";

/**
 * What the desktop (Node) and the web client share: the documents sent to the server, and
 * everything started around it. `schemes` are the URI schemes of the documents checked.
 */
export function clientOptions(schemes: string[]): LanguageClientOptions {
  return {
    documentSelector: schemes.flatMap((scheme) => [
      { scheme, language: "markdown" },
      // MDX pages (Docusaurus, Next.js): by language when an MDX extension is installed, else by name
      { scheme, language: "mdx" },
      { scheme, pattern: "**/*.mdx" },
      { scheme, language: "yaml" },
      { scheme, pattern: "**/processors.{yaml,yml}" },
    ]).filter((s) => s.scheme !== "untitled" || s.language === "markdown"),
    // read at every (re)start, so a restart after trust is granted tells the server
    initializationOptions: (): InitOptions => ({ trusted: vscode.workspace.isTrusted }),
    diagnosticCollectionName: "policywright",
    outputChannelName: "Policywright",
    markdown: { isTrusted: false, supportHtml: false },
  };
}

/**
 * Starts the status bar item, the commands, the preview and the client. In an untrusted
 * workspace the server analyses open documents only; granting trust restarts it.
 */
export async function startClient(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void> {
  registerCommands(context, client);
  context.subscriptions.push(createStatusBar(client));
  registerPreview(context, client);
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void restart(client)));
  try {
    // awaited so that the server's commands (Check Workspace) exist before activation ends
    await client.start();
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t("Policywright: the language server did not start: {0}", (e as Error).message));
  }
}
