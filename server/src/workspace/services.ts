import type { Connection } from "vscode-languageserver";
import type { AnalysisStore } from "./analyses";
import type { Workspace } from "./folders";
import type { ManifestStore } from "./manifests";
import type { Project } from "./project";
import type { SettingsStore } from "./settings";

/** The server's state: the workspace, its project model and the caches built on them; built once by server.ts. */
export interface Stores {
  connection: Connection;
  ws: Workspace;
  project: Project;
  settings: SettingsStore;
  manifests: ManifestStore;
  store: AnalysisStore;
}
