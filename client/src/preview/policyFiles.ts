import * as vscode from "vscode";

/** The context key that shows the preview button and key binding on policy files. */
export const POLICY_CONTEXT_KEY = "policywright.isPolicyFile";

const DEFAULT_GLOBS = ["**/*privacy*.md", "**/*policy*.md", "**/*notice*.md"];

/**
 * Whether a document is a policy: a Markdown file matching `policywright.policyFiles`, or one
 * whose front matter says `policywright: true` or names a `manifest:`.
 */
export function isPolicyDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== "markdown") return false;
  const globs = vscode.workspace.getConfiguration("policywright", doc.uri).get<string[]>("policyFiles") ?? DEFAULT_GLOBS;
  if (globs.some((pattern) => typeof pattern === "string" && vscode.languages.match({ pattern }, doc) > 0)) return true;
  const head = doc.getText(new vscode.Range(0, 0, 60, 0));
  const fm = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(head);
  return !!fm && /^(?:policywright:[ \t]*true|manifest:)/m.test(fm[1]);
}

/** Keeps the context key in step with the active editor. */
export function trackPolicyContext(): vscode.Disposable {
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand("setContext", POLICY_CONTEXT_KEY, !!doc && isPolicyDocument(doc));
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidSaveTextDocument((d) => d === vscode.window.activeTextEditor?.document && update()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("policywright.policyFiles") && update()),
  );
}
