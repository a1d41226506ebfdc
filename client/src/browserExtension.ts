import * as vscode from "vscode";
import { LanguageClient } from "vscode-languageclient/browser";
import { FsListRequest, FsReadRequest, FsStatRequest, onRequest, type FsStat } from "../../server/src/protocol";
import { clientOptions, startClient } from "./start";

let client: LanguageClient | undefined;

/**
 * The web extension (vscode.dev, github.dev): the server runs in a web worker
 * (dist/web/server.js) and reads the workspace through this client's `workspace.fs`.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const worker = await serverWorker(vscode.Uri.joinPath(context.extensionUri, "dist", "web", "server.js"));
  const schemes = ["file", "untitled", "vscode-vfs", "vscode-test-web", "vscode-remote", ...new Set((vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme))];
  client = new LanguageClient("policywright", "Policywright", worker, clientOptions([...new Set(schemes)]));
  serveFiles(client);
  await startClient(context, client);
}

/**
 * The server's web worker. An extension installed on a remote server (code-server, a tunnel)
 * but run in the browser has a `vscode-remote:` location, from which the web extension host
 * starts no worker ("Creating workers from remote extensions is currently not supported"),
 * so the bundle is read through `workspace.fs` and started from its bytes.
 */
async function serverWorker(main: vscode.Uri): Promise<Worker> {
  if (main.scheme !== "vscode-remote") return new Worker(main.toString(true));
  const bytes = await vscode.workspace.fs.readFile(main);
  return new Worker(URL.createObjectURL(new Blob([new TextDecoder().decode(bytes)], { type: "text/javascript" })));
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

const TYPE = (t: vscode.FileType): FsStat["type"] => (t & vscode.FileType.Directory ? "directory" : t & vscode.FileType.File ? "file" : "other");

/** Answers the server's file requests from `workspace.fs`. */
function serveFiles(c: LanguageClient): void {
  onRequest(c, FsStatRequest, async ({ uri }) => {
    try {
      const st = await vscode.workspace.fs.stat(vscode.Uri.parse(uri, true));
      return { type: TYPE(st.type), size: st.size, mtime: st.mtime };
    } catch {
      return null;
    }
  });
  onRequest(c, FsReadRequest, async ({ uri }) => {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(uri, true));
      let raw = "";
      for (let i = 0; i < bytes.length; i += 0x8000) raw += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { base64: btoa(raw) };
    } catch {
      return null;
    }
  });
  onRequest(c, FsListRequest, async ({ uri }) => {
    try {
      return (await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri, true))).map(([name, t]) => ({ name, type: TYPE(t) }));
    } catch {
      return [];
    }
  });
}
