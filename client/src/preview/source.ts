import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import type { PreviewModel } from "../../../server/src/core/preview/model";
import { AnalysisChangedNotification, PreviewModelRequest, type AnalysisChangedParams } from "../../../server/src/protocol";

/**
 * Where the preview gets its model: the language server, which already holds the latest
 * analysis of the policy and its manifest (server/src/protocol.ts declares both methods).
 */

export class ModelSource implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnalysisChangedParams>();
  /** Fires when the server has a new analysis of a policy (the policy, its manifest or the settings changed). */
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable | undefined;

  constructor(private readonly client: BaseLanguageClient) {
    try {
      // by method name: the client and the protocol file may see different vscode-jsonrpc copies
      this.subscription = client.onNotification(AnalysisChangedNotification.method, (p: AnalysisChangedParams | undefined) => {
        if (p && typeof p.uri === "string") this.changed.fire(p);
      });
    } catch {
      // an older server without the notification: the preview still follows text changes
    }
  }

  /** The preview model of an open policy, as the server analysed it. */
  async model(uri: vscode.Uri): Promise<PreviewModel> {
    const model = await this.client.sendRequest<PreviewModel | null>(PreviewModelRequest.method, { uri: uri.toString() });
    if (!model || model.version !== 1 || typeof model.text !== "string") throw new Error("the language server did not analyse this file: it is not a policy, or it is larger than policywright.maxFileSize");
    return model;
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}
