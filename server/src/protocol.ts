/**
 * Custom LSP methods of Policywright, declared once and imported by the server and the VS Code
 * client. Only `vscode-jsonrpc`'s message types are used so that both bundles can share this
 * file without pulling in the other side's library.
 */
import { NotificationType, RequestType } from "vscode-jsonrpc";
import type { PreviewModel } from "./core/preview/model";

export interface UriParams {
  /** The document's URI as the client sent it in didOpen. */
  uri: string;
}

/** The preview model of an open policy (null when the document is not a policy or too large). */
export const PreviewModelRequest = new RequestType<UriParams, PreviewModel | null, void>("policywright/previewModel");

export interface AnalysisChangedParams {
  uri: string;
  /** The document version the new analysis belongs to. */
  version: number;
}

/** Sent after every re-analysis of a policy, once its diagnostics are published. */
export const AnalysisChangedNotification = new NotificationType<AnalysisChangedParams>("policywright/analysisChanged");

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
  errors: number;
  warnings: number;
  infos: number;
}

/** The state of one document, for the status bar. */
export const PolicyStatusRequest = new RequestType<UriParams, PolicyStatus, void>("policywright/status");

export interface DraftManifest {
  /** A processors.yaml drafted from the policy (a skeleton when the policy names no processors). */
  yaml: string;
  /** Where the draft belongs: processors.yaml in the policy's folder (file URI), if the policy is a file. */
  target?: string;
  processors: string[];
}

/** Drafts a manifest from an open policy, the way `policywright init` does. */
export const DraftManifestRequest = new RequestType<UriParams, DraftManifest, void>("policywright/draftManifest");

/** The server command behind "Policywright: Check Workspace"; the client registers it from the server's capabilities. */
export const CHECK_WORKSPACE_COMMAND = "policywright.checkWorkspace";

export interface WorkspaceCheckSummary {
  files: number;
  error: number;
  warning: number;
  info: number;
}

/** Options the client passes in initializationOptions. */
export interface InitOptions {
  /** False in an untrusted VS Code workspace: analyse open documents only, read nothing from disk. */
  trusted?: boolean;
  /** Settings for clients that cannot answer workspace/configuration (the `policywright` section). */
  settings?: unknown;
}
