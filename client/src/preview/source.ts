import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { AnalysisChangedNotification, PreviewContentRequest, type AnalysisChangedParams, type PreviewContent } from "../../../server/src/protocol";

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

  /** The preview of an open policy, as the server analysed and rendered it. */
  async content(uri: vscode.Uri): Promise<PreviewContent> {
    const content = await this.client.sendRequest<PreviewContent | null>(PreviewContentRequest.method, { uri: uri.toString() });
    const model = content?.model;
    if (!content || !model || model.version !== 1 || typeof model.text !== "string" || content.update?.type !== "update") throw new Error("the language server did not analyse this file: it is not a policy, or it is larger than policywright.maxFileSize");
    return content;
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}
