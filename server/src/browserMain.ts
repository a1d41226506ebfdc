/**
 * The language server of the web build (vscode.dev, github.dev), bundled as dist/web/server.js
 * and run by the client in a web worker. Files come from the client's `workspace.fs`; there is
 * no git, so the manifest's commit date is unknown and stale-date says so.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from "vscode-languageserver/browser";
import { startServer } from "./server";
import { clientFs } from "./workspace/clientFs";

/** The worker's global scope, as vscode-languageserver's browser transport takes it. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { disk: clientFs(connection) });
