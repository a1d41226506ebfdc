import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import type { InitOptions } from "../../server/src/protocol";

/**
 * The language client: starts the bundled server (dist/server.js) over Node IPC and sends it
 * policies (Markdown) and manifests (YAML). The id "policywright" makes the client honour the
 * `policywright.trace.server` setting.
 */
export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "untitled", language: "markdown" },
      // MDX pages (Docusaurus, Next.js): by language when an MDX extension is installed, else by name
      { scheme: "file", language: "mdx" },
      { scheme: "file", pattern: "**/*.mdx" },
      { scheme: "file", language: "yaml" },
      { scheme: "file", pattern: "**/processors.{yaml,yml}" },
    ],
    // read at every (re)start, so a restart after trust is granted tells the server
    initializationOptions: (): InitOptions => ({ trusted: vscode.workspace.isTrusted }),
    diagnosticCollectionName: "policywright",
    outputChannelName: "Policywright",
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient("policywright", "Policywright", serverOptions, clientOptions);
}
