import * as vscode from "vscode";
import { parseWebviewMessage, type ToWebview } from "../../../server/src/preview/messages";
import type { PreviewModel } from "../../../server/src/preview/types";
import { webviewShell } from "../../../server/src/preview/shell";
import { applyFix, openLink, revealRange, scrollEditors } from "./actions";
import type { ModelSource } from "./source";

export const VIEW_TYPE = "policywright.preview";

/** Later refreshes wait this long after the previous one, so typing never queues renders. */
const REFRESH_DELAY_MS = 150;
/** After the preview moved the editor (or the other way round), ignore the echo for this long. */
const ECHO_MS = 400;

/** A fresh random nonce for the webview's script (Web Crypto: the same in Node and in a browser). */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

/** The webview options of every preview: scripts on, and only the extension's own files loadable. */
export function webviewOptions(extension: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    // roots must be folders: VS Code serves only files strictly below a root, so naming
    // dist/webview.js itself as a root answered its request with 401 (seen in the e2e run)
    localResourceRoots: [vscode.Uri.joinPath(extension, "media"), vscode.Uri.joinPath(extension, "dist")],
    retainContextWhenHidden: false,
  };
}

/** One policy's preview panel: fetches the model, renders it, and acts on checked messages. */
export class PolicyPreview implements vscode.Disposable {
  private model?: PreviewModel;
  private lastUpdate?: ToWebview;
  private timer?: ReturnType<typeof setTimeout>;
  private busy = false;
  private again = false;
  private lastRefresh = 0;
  private echoUntil = 0;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(readonly panel: vscode.WebviewPanel, readonly uri: vscode.Uri, extension: vscode.Uri, private readonly source: ModelSource, onDispose: () => void) {
    const webview = panel.webview;
    webview.options = webviewOptions(extension);
    const nonce = newNonce();
    webview.html = webviewShell({
      cspSource: webview.cspSource,
      nonce,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extension, "dist", "webview.js")).toString(),
      styleUris: ["policy.css", "preview.css"].map((f) => webview.asWebviewUri(vscode.Uri.joinPath(extension, "media", f)).toString()),
      title: this.title(),
      lang: vscode.env.language,
      labels: {
        showPanel: vscode.l10n.t("Show panel"),
        hidePanel: vscode.l10n.t("Hide panel"),
        loading: vscode.l10n.t("Loading the policy…"),
        policy: vscode.l10n.t("The policy with its findings"),
        side: vscode.l10n.t("Review tables"),
      },
    });
    panel.title = this.title();
    panel.iconPath = vscode.Uri.joinPath(extension, "images", "icon.png");
    this.subscriptions.push(
      webview.onDidReceiveMessage((raw) => void this.onMessage(raw)),
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
    this.refreshSoon();
  }

  private title(): string {
    return vscode.l10n.t("Preview {0}", this.uri.path.replace(/^.*\//, ""));
  }

  /** The first refresh runs at once; later ones at most every REFRESH_DELAY_MS. */
  refreshSoon(): void {
    if (this.timer || this.disposed) return;
    const wait = Math.max(0, this.lastRefresh + REFRESH_DELAY_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, wait);
  }

  private async refresh(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    this.lastRefresh = Date.now();
    try {
      await vscode.workspace.openTextDocument(this.uri);
      const { model, update } = await this.source.content(this.uri);
      if (this.disposed) return;
      this.model = model;
      this.post(update);
    } catch (e) {
      this.post({ type: "problem", message: vscode.l10n.t("The preview could not be updated: {0}", (e as Error).message) });
    } finally {
      this.busy = false;
      if (this.again) {
        this.again = false;
        this.refreshSoon();
      }
    }
  }

  private post(message: ToWebview): void {
    if (message.type === "update") this.lastUpdate = message;
    void this.panel.webview.postMessage(message);
  }

  /** The editor scrolled: follow it, unless the preview caused that scroll. */
  editorScrolled(line: number): void {
    if (Date.now() < this.echoUntil) return;
    void this.panel.webview.postMessage({ type: "scrollTo", line } satisfies ToWebview);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = this.model;
    const msg = parseWebviewMessage(raw, { textLength: m?.text.length ?? 0, fixes: m?.fixes.length ?? 0, lines: m ? m.text.split("\n").length : 0 });
    if (!msg) return;
    switch (msg.type) {
      case "ready":
        if (this.lastUpdate) void this.panel.webview.postMessage(this.lastUpdate);
        else this.refreshSoon();
        return;
      case "reveal":
        this.echoUntil = Date.now() + ECHO_MS;
        return revealRange(this.uri, this.panel, msg.start, msg.end);
      case "applyFix":
        if (m && (await applyFix(this.uri, this.panel, m, msg.fix))) this.refreshSoon();
        return;
      case "openLink":
        return openLink(msg.href);
      case "scroll":
        this.echoUntil = Date.now() + ECHO_MS;
        return scrollEditors(this.uri, msg.line);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}
