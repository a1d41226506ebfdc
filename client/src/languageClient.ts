import * as vscode from "vscode";
import { LanguageClient, TransportKind, type ServerOptions } from "vscode-languageclient/node";
import { clientOptions as clientOptions_ } from "./start";

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
  const clientOptions = clientOptions_(["file", "untitled"]);
  return new LanguageClient("policywright", "Policywright", serverOptions, clientOptions);
}
