import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind, WatchKind,
  WorkDoneProgressReporter, type Connection, type InitializeParams, type InitializeResult, type WorkDoneProgressServerReporter,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { codeActions, FIX_ALL_KIND } from "./features/codeActions";
import { codeLenses } from "./features/codeLens";
import { completion } from "./features/completion";
import { draft, exportHtml, policyStatus, previewContent, previewModel } from "./features/custom";
import { definition } from "./features/definition";
import { hover } from "./features/hover";
import { references } from "./features/references";
import { symbols } from "./features/symbols";
import { checkWorkspace } from "./features/workspaceCheck";
import { subprocessorChanges } from "./features/subprocessorHistory";
import { CHECK_WORKSPACE_COMMAND, DraftManifestRequest, SubprocessorChangesRequest, ExportHtmlRequest, onRequest, PolicyStatusRequest, PreviewContentRequest, PreviewModelRequest, type InitOptions } from "./protocol";
import { AnalysisStore } from "./workspace/analyses";
import type { ProjectFs } from "./core/project";
import { Services } from "./features/services";
import { uriToPath, Workspace } from "./workspace/folders";
import { ManifestStore, type CommitDates, type HistoryReader } from "./workspace/manifests";
import { isYamlDocument } from "./workspace/documents";
import { Project } from "./workspace/project";
import { SettingsStore } from "./workspace/settings";
import { useMessageLanguage } from "./host/l10n";
import { isOne, msg } from "./core/messages";
import { isManifestName } from "./core/project";

/** What the host gives the server: the disk (or the client's workspace.fs), and git if there is one. */
export interface ServerHost {
  disk: ProjectFs;
  commitDate?: CommitDates;
  /** The manifest's git history (notice-period, the manifest's code lens and hover, the changelog). */
  readHistory?: HistoryReader;
}

/**
 * Wires the language server: capabilities, document sync, settings and file watching, and
 * one thin handler per feature (features/*.ts). All state lives in the stores built here.
 */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  const ws = new Workspace(documents);
  const project = new Project(ws, host.disk);
  // built in onInitialize (the settings depend on the client's capabilities); no request comes before it
  let s: Services;
  let watchDynamically = false;
  let canShowProgress = false;
  let configDynamically = false;
  let folderEvents = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitOptions;
    // messages follow the editor's display language (VS Code sends it as `locale`)
    useMessageLanguage(params.locale);
    ws.trusted = init.trusted !== false;
    ws.setFolders(params.workspaceFolders, params.rootUri);
    const caps = params.capabilities;
    const settings = new SettingsStore(connection, !!caps.workspace?.configuration, init.settings);
    const manifests = new ManifestStore(ws, project.fs, () => maxBytes, host.commitDate, host.readHistory);
    s = new Services(connection, ws, project, settings, manifests, new AnalysisStore(ws, settings, manifests, project));
    // a manifest's git history arrives after its first check: check again, and redraw the lenses that show it
    s.manifests.onHistory = (path) => {
      s.diagnostics.manifestChanged(path);
      if (caps.workspace?.codeLens?.refreshSupport) void connection.sendRequest("workspace/codeLens/refresh").catch(() => undefined);
    };
    watchDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    // with watchers, manifest locations and manifests read from disk are kept until an event says otherwise
    project.watched = s.manifests.watched = watchDynamically;
    canShowProgress = !!caps.window?.workDoneProgress;
    configDynamically = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    folderEvents = !!caps.workspace?.workspaceFolders;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        completionProvider: { triggerCharacters: [":", " ", "["], resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [CHECK_WORKSPACE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "policywright", version: typeof PW_VERSION === "string" ? PW_VERSION : "0.0.0" },
    };
  });

  // the manifest's size limit follows the settings of the last analysed document's folder
  let maxBytes = 5 * 1024 * 1024;
  const refreshLimit = async () => {
    maxBytes = (await s.settings.get(ws.folders[0]?.uri)).maxFileBytes;
  };

  connection.onInitialized(() => {
    void refreshLimit();
    // the web build has no git: say once why stale-date cannot compare with the manifest's commit date
    if (!host.commitDate) connection.console.info("Policywright: git is not available here, so stale-date cannot compare the policy's date with the manifest's last commit; it still checks the date's presence and format.");
    // VS Code sends didChangeConfiguration only to servers that register for it
    if (configDynamically) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          // manifests: processors.yaml, and any YAML file a policy's front matter names
          { globPattern: "**/*.{yaml,yml}", kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
          { globPattern: "**/.policywright.json", kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
          // policies the workspace check listed are re-checked when they change on disk
          // (created and deleted ones change which pages the preview lists as translations)
          { globPattern: "**/*.{md,markdown,mdx}", kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete },
          // what a site page's variables and includes come from (core/project/site.ts)
          ...SITE_FILE_GLOBS.map((globPattern) => ({ globPattern, kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete })),
        ],
      });
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const keep = ws.folders.filter((f) => !e.removed.some((r) => r.uri === f.uri));
        ws.setFolders([...keep, ...e.added]);
        s.project.locationsChanged();
        s.diagnostics.recheckAll();
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    s.settings.changed(change.settings);
    s.manifests.clear();
    s.project.locationsChanged();
    void refreshLimit().then(() => s.diagnostics.recheckAll());
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const c of changes) {
      const path = uriToPath(c.uri);
      if (!path) continue;
      if (/\.policywright\.json$/i.test(path)) {
        s.project.invalidateConfigs();
        s.project.invalidateSites();
        s.diagnostics.recheckAll();
        continue;
      }
      if (isSiteFile(path)) {
        s.project.invalidateSites();
        s.diagnostics.recheckAll();
        continue;
      }
      if (/\.(?:md|markdown|mdx)$/i.test(path)) {
        if (c.type !== FileChangeType.Changed) s.project.policyFilesChanged();
        s.diagnostics.fileChanged(path);
        continue;
      }
      // a manifest created, deleted or renamed may now be the nearest one of any open policy
      if (c.type !== FileChangeType.Changed && isManifestName(path)) {
        s.project.locationsChanged();
        s.manifests.invalidate(path);
        s.diagnostics.recheckAll();
        continue;
      }
      // other YAML files matter only when a policy names them as its manifest
      if (!isManifestName(path) && !s.diagnostics.isManifest(path)) continue;
      if (c.type !== FileChangeType.Changed) s.project.locationsChanged();
      // the buffer wins over the disk while the manifest is open
      if (ws.openAt(path)) continue;
      s.manifests.invalidate(path);
      s.diagnostics.manifestChanged(path);
    }
  });

  // YAML files other than manifests (CI workflows, say) are synced but never trigger a re-check
  documents.onDidOpen((e) => {
    const path = uriToPath(e.document.uri);
    // an open buffer counts as a file when a manifest is looked for
    if (isYamlDocument(e.document)) s.project.locationsChanged();
    if (!isYamlDocument(e.document)) s.diagnostics.opened(e.document.uri);
    else if (path && s.diagnostics.isManifest(path)) s.diagnostics.manifestChanged(path);
  });
  documents.onDidChangeContent((e) => {
    const path = uriToPath(e.document.uri);
    // an edit of an open _config.yml re-checks the site's pages with the buffer's values
    if (path && isSiteFile(path)) {
      s.project.invalidateSites(path);
      s.diagnostics.recheckAll();
    }
    if (!isYamlDocument(e.document)) s.diagnostics.changed(e.document.uri);
    else if (path && s.diagnostics.isManifest(path)) s.diagnostics.manifestChanged(path);
  });
  documents.onDidClose((e) => {
    const path = uriToPath(e.document.uri);
    if (isYamlDocument(e.document)) s.project.locationsChanged();
    s.diagnostics.closed(e.document.uri, path);
    // a closed manifest is read from disk again (or is gone, if it was deleted meanwhile)
    if (path && isYamlDocument(e.document) && s.diagnostics.isManifest(path)) {
      s.manifests.invalidate(path);
      s.diagnostics.manifestChanged(path);
    }
  });

  connection.onCodeAction((p) => codeActions(s, p));
  connection.onHover((p) => hover(s, p));
  connection.onDefinition((p) => definition(s, p));
  connection.onReferences((p) => references(s, p));
  connection.onDocumentSymbol((p) => symbols(s, p));
  connection.onCompletion((p) => completion(s, p));
  connection.onCodeLens((p) => codeLenses(s, p));
  onRequest(connection, PreviewModelRequest, (p) => previewModel(s, p));
  onRequest(connection, PreviewContentRequest, (p) => previewContent(s, p));
  onRequest(connection, ExportHtmlRequest, (p) => exportHtml(s, p));
  onRequest(connection, PolicyStatusRequest, (p) => policyStatus(s, p));
  onRequest(connection, DraftManifestRequest, (p) => draft(s, p));
  onRequest(connection, SubprocessorChangesRequest, (p) => subprocessorChanges(s, p));
  connection.onExecuteCommand(async (p, token, workDone) => {
    if (p.command !== CHECK_WORKSPACE_COMMAND) return null;
    // the client's own progress token when it sent one, else a server-started progress
    let progress: WorkDoneProgressReporter | WorkDoneProgressServerReporter | undefined = workDone;
    if ((!progress || WorkDoneProgressReporter.isNullInstance(progress)) && canShowProgress) progress = await connection.window.createWorkDoneProgress();
    const own = progress && "token" in progress ? progress.token : undefined;
    const summary = await checkWorkspace(s, progress ?? NO_PROGRESS, () => token.isCancellationRequested || !!own?.isCancellationRequested);
    void connection.window.showInformationMessage(msg(isOne(summary.files) ? "server.workspace-checked.one" : "server.workspace-checked.other", { files: summary.files, error: summary.error, warning: summary.warning, info: summary.info }));
    return summary;
  });

  documents.listen(connection);
  connection.listen();
}

declare const PW_VERSION: string;

const NO_PROGRESS: WorkDoneProgressReporter = { begin() {}, report() {}, done() {} };

/** The files site variables and includes come from, as watcher globs. */
const SITE_FILE_GLOBS = ["**/_config.{yml,yaml,toml}", "**/docusaurus.config.{js,ts,mjs,cjs}", "**/_data/**", "**/_includes/**", "**/{hugo,config}.{toml,yaml,yml,json}", "**/config/_default/**", "**/data/**/*.{yml,yaml,json,toml,csv}"];

function isSiteFile(path: string): boolean {
  const p = path.replace(/\\/g, "/");
  return /\/_config\.(?:ya?ml|toml)$|\/docusaurus\.config\.[cm]?[jt]s$|\/_data\/|\/_includes\/|\/(?:hugo|config)\.(?:toml|ya?ml|json)$|\/config\/_default\/|\/data\/.*\.(?:ya?ml|json|toml|csv)$/i.test(p);
}

