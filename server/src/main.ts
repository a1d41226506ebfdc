/**
 * The language server's entry point, bundled as dist/server.js. The transport comes from the
 * command line, as vscode-languageserver reads it: `--stdio` for any LSP editor, `--node-ipc`
 * when the VS Code client forks it, `--socket=PORT` for debugging.
 */
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { lastCommitDate } from "./host/git";
import { gitHistory } from "./host/history/lazy";
import { nodeFs } from "./host/nodeFs";
import { startServer } from "./server";

// a stray exception in one handler must not take the editor's diagnostics down with it
process.on("uncaughtException", (e) => console.error(`policywright: ${e.stack ?? e}`));
process.on("unhandledRejection", (e) => console.error(`policywright: ${(e as Error)?.stack ?? e}`));

startServer(createConnection(ProposedFeatures.all), { disk: nodeFs, commitDate: lastCommitDate, readHistory: (path) => gitHistory().loadManifestHistory(path) });
