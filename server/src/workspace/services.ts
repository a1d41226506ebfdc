import type { Connection } from "vscode-languageserver";
import type { Diagnostics } from "../features/diagnostics";
import type { AnalysisStore } from "./analyses";
import type { Workspace } from "./folders";
import type { ManifestStore } from "./manifests";
import type { SettingsStore } from "./settings";

/** The shared state every feature handler reads; built once by server.ts. */
export interface Services {
  connection: Connection;
  ws: Workspace;
  settings: SettingsStore;
  manifests: ManifestStore;
  store: AnalysisStore;
  diagnostics: Diagnostics;
}
