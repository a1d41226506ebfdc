/**
 * Custom LSP methods of Policywright, declared once and imported by the server and the VS Code
 * client. The declarations are plain objects with phantom types rather than vscode-jsonrpc
 * classes: the server and the client bundle different versions of that library, whose
 * classes are not assignable to each other.
 */
import type { ToWebview } from "./preview/messages";
import type { PreviewModel } from "./preview/types";

/** A request method with its parameter and result types. */
export interface RequestType<P, R> {
  method: string;
  /** Never set: carries the types only. */
  readonly __types?: (p: P) => R;
}

/** A notification method with its parameter type. */
export interface NotificationType<P> {
  method: string;
  readonly __types?: (p: P) => void;
}

const request = <P, R>(method: string): RequestType<P, R> => ({ method });
const notification = <P>(method: string): NotificationType<P> => ({ method });

/** Registers a typed handler on a connection (server) or client. */
export function onRequest<P, R>(conn: { onRequest(method: string, handler: (params: never) => unknown): unknown }, type: RequestType<P, R>, handler: (params: P) => R | Promise<R>): void {
  conn.onRequest(type.method, handler);
}

/** Sends a typed request. */
export function sendRequest<P, R>(conn: { sendRequest(method: string, params: never): Promise<unknown> }, type: RequestType<P, R>, params: P): Promise<R> {
  return conn.sendRequest(type.method, params as never) as Promise<R>;
}

/** Sends a typed notification. */
export function sendNotification<P>(conn: { sendNotification(method: string, params: never): unknown }, type: NotificationType<P>, params: P): void {
  void conn.sendNotification(type.method, params as never);
}

export interface UriParams {
  /** The document's URI as the client sent it in didOpen. */
  uri: string;
}

/** The preview model of an open policy (null when the document is not a policy or too large). */
export const PreviewModelRequest = request<UriParams, PreviewModel | null>("policywright/previewModel");

/** What the live preview shows: the model (for the host's checks and fixes) and the rendered update. */
export interface PreviewContent {
  model: PreviewModel;
  update: Extract<ToWebview, { type: "update" }>;
}

/**
 * The preview of an open policy, rendered by the server (null when the document is not a
 * policy or is too large), so the client never bundles the Markdown renderer.
 */
export const PreviewContentRequest = request<UriParams, PreviewContent | null>("policywright/previewContent");

/** The publishable HTML page of a Markdown document (as `policywright export` writes it). */
export const ExportHtmlRequest = request<UriParams, { html: string }>("policywright/exportHtml");

export interface AnalysisChangedParams {
  uri: string;
  /** The document version the new analysis belongs to. */
  version: number;
}

/** Sent after every re-analysis of a policy, once its diagnostics are published. */
export const AnalysisChangedNotification = notification<AnalysisChangedParams>("policywright/analysisChanged");

/** What the status bar shows for a document. */
export interface PolicyStatus {
  /** Whether the server treats the document as a policy. */
  policy: boolean;
  /** The manifest the policy is checked against, if one was found and read. */
  manifestUri?: string;
  /** Why no manifest is used: none found, outside the workspace, unreadable. */
  manifestProblem?: string;
  /** True when no manifest was found at all (the status bar offers to create one). */
  noManifest?: boolean;
  /** The document is above policywright.maxFileSize and was not analysed. */
  tooLarge?: boolean;
  /** The language the policy is read in and why ("front-matter", "setting", "file-name", "folder", "detected", "default"), with a label in the display language. */
  language?: { code: string; reason: string; supported: boolean; label: string };
  errors: number;
  warnings: number;
  infos: number;
}

/** The state of one document, for the status bar. */
export const PolicyStatusRequest = request<UriParams, PolicyStatus>("policywright/status");

export interface DraftManifest {
  /** A processors.yaml drafted from the policy (a skeleton when the policy names no processors). */
  yaml: string;
  /** Where the draft belongs: processors.yaml in the policy's folder (file URI), if the policy is a file. */
  target?: string;
  processors: string[];
}

/** Drafts a manifest from an open policy, the way `policywright init` does. */
export const DraftManifestRequest = request<UriParams, DraftManifest>("policywright/draftManifest");

/** The server command behind "Policywright: Check Workspace"; the client registers it from the server's capabilities. */
export const CHECK_WORKSPACE_COMMAND = "policywright.checkWorkspace";

export interface WorkspaceCheckSummary {
  files: number;
  error: number;
  warning: number;
  info: number;
  /** Policies that are one page in several languages (`privacy.md` + `privacy.de.md`, `content/de/…`), listed together. */
  translations?: string[][];
}

/** Options the client passes in initializationOptions. */
export interface InitOptions {
  /** False in an untrusted VS Code workspace: analyse open documents only, read nothing from disk. */
  trusted?: boolean;
  /** Settings for clients that cannot answer workspace/configuration (the `policywright` section). */
  settings?: unknown;
}

/**
 * File access the web build's server asks of the client, which answers from `workspace.fs`
 * (a web worker has no disk). Paths travel as URIs; contents as base64 so that UTF-16 and
 * binary files are decoded (or refused) exactly as on the desktop.
 */
export interface FsStat {
  type: "file" | "directory" | "other";
  size: number;
  mtime: number;
}
export const FsStatRequest = request<UriParams, FsStat | null>("policywright/fs/stat");
export const FsReadRequest = request<UriParams, { base64: string } | null>("policywright/fs/read");
export const FsListRequest = request<UriParams, { name: string; type: FsStat["type"] }[]>("policywright/fs/list");

/** The sub-processor changelog of a manifest (or of the manifest a policy uses), from git. */
export interface SubprocessorChanges {
  markdown?: string;
  /** The manifest's path in its repository. */
  manifest?: string;
  /** Why there is no changelog (not in git, untrusted workspace, no manifest). */
  error?: string;
}
export const SubprocessorChangesRequest = request<UriParams, SubprocessorChanges>("policywright/subprocessorChanges");
