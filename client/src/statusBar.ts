import * as vscode from "vscode";
import type { BaseLanguageClient } from "vscode-languageclient";
import { PolicyStatusRequest, sendRequest, type PolicyStatus } from "../../server/src/protocol";
import { CREATE_MANIFEST_COMMAND } from "./commands";

/**
 * The status bar item for the active policy: clean, N problems, or no manifest found (a click
 * drafts one). It asks the server (policywright/status) rather than counting diagnostics
 * itself, because only the server knows whether a Markdown file is a policy and which
 * manifest it was checked against. Hidden for every other file.
 */
export function createStatusBar(client: BaseLanguageClient): vscode.Disposable {
  const item = vscode.window.createStatusBarItem("policywright.status", vscode.StatusBarAlignment.Left, 50);
  item.name = "Policywright";
  let timer: NodeJS.Timeout | undefined;
  let asked = 0;

  const update = async () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== "markdown" || !client.isRunning()) return item.hide();
    const ticket = ++asked;
    let status: PolicyStatus;
    try {
      status = await sendRequest(client, PolicyStatusRequest, { uri: doc.uri.toString() });
    } catch {
      return item.hide();
    }
    if (ticket !== asked) return; // a newer question is on its way
    if (!status.policy) return item.hide();
    show(item, status);
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 150);
  };

  void update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) soon();
    }),
    client.onDidChangeState(() => soon()),
    { dispose: () => clearTimeout(timer) },
  );
}

function show(item: vscode.StatusBarItem, s: PolicyStatus): void {
  const problems = s.errors + s.warnings + s.infos;
  item.backgroundColor = undefined;
  if (s.tooLarge) {
    item.text = "$(circle-slash) Policywright: not checked";
    item.tooltip = "This policy is larger than policywright.maxFileSize, so it was not checked.";
    item.command = { title: "Open settings", command: "workbench.action.openSettings", arguments: ["policywright.maxFileSize"] };
  } else if (s.noManifest) {
    item.text = `$(question) Policywright: no manifest${problems ? ` · ${problems}` : ""}`;
    item.tooltip = "No processors.yaml was found for this policy, so only the checks that need no manifest ran. Click to draft one from the policy.";
    item.command = CREATE_MANIFEST_COMMAND;
  } else {
    const counts = `${s.errors} errors, ${s.warnings} warnings, ${s.infos} info`;
    const manifest = s.manifestUri ? `Checked against ${vscode.workspace.asRelativePath(vscode.Uri.parse(s.manifestUri))}` : `Manifest not used: ${s.manifestProblem}`;
    item.text = problems ? `$(${s.errors ? "error" : "warning"}) Policywright: ${problems} ${problems === 1 ? "problem" : "problems"}` : "$(check) Policywright: clean";
    item.tooltip = `${manifest}\n${counts}`;
    item.command = "workbench.actions.view.problems";
    if (s.manifestProblem) item.backgroundColor = new vscode.ThemeColor("statusBarItem.warningBackground");
  }
  item.show();
}
