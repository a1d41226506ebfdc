import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import type { PreviewModel } from "../../../server/src/core/preview/model";

/**
 * Where the preview gets its model: the language server, which already holds the latest
 * analysis of the policy and its manifest. The method names are the contract with
 * server/src/protocol.ts.
 */
export const PREVIEW_MODEL_METHOD = "policywright/previewModel";
export const ANALYSIS_CHANGED_METHOD = "policywright/analysisChanged";

export interface AnalysisChanged {
  uri: string;
  version?: number;
}

export class ModelSource implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnalysisChanged>();
  /** Fires when the server has a new analysis of a policy (the policy, its manifest or the settings changed). */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable | undefined;

  constructor(private readonly client: BaseLanguageClient) {
    try {
      this.subscription = client.onNotification(ANALYSIS_CHANGED_METHOD, (p: unknown) => {
        if (p && typeof p === "object" && typeof (p as AnalysisChanged).uri === "string") this.changed.fire(p as AnalysisChanged);
      });
    } catch {
      // an older server without the notification: the preview still follows text changes
    }
  }

  /** The preview model of an open policy, as the server analysed it. */
  async model(uri: vscode.Uri): Promise<PreviewModel> {
    const model = await this.client.sendRequest<PreviewModel | null>(PREVIEW_MODEL_METHOD, { uri: uri.toString() });
    if (!model || model.version !== 1 || typeof model.text !== "string") throw new Error("the language server has no analysis of this file (is it a policy?)");
    return model;
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}
