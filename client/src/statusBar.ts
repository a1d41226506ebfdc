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
    item.text = vscode.l10n.t("$(circle-slash) Policywright: not checked");
    item.tooltip = vscode.l10n.t("This policy is larger than policywright.maxFileSize, so it was not checked.");
    item.command = { title: vscode.l10n.t("Open settings"), command: "workbench.action.openSettings", arguments: ["policywright.maxFileSize"] };
  } else if (s.noManifest) {
    item.text = `${vscode.l10n.t("$(question) Policywright: no manifest")}${problems ? ` · ${problems}` : ""}${languageTag(s)}`;
    item.tooltip = withLanguage(vscode.l10n.t("No processors.yaml was found for this policy, so only the checks that need no manifest ran. Click to draft one from the policy."), s);
    item.command = CREATE_MANIFEST_COMMAND;
  } else {
    const counts = vscode.l10n.t("{0} errors, {1} warnings, {2} info", s.errors, s.warnings, s.infos);
    const manifest = s.manifestUri
      ? vscode.l10n.t("Checked against {0}", vscode.workspace.asRelativePath(vscode.Uri.parse(s.manifestUri)))
      : vscode.l10n.t("Manifest not used: {0}", s.manifestProblem ?? "");
    const icon = s.errors ? "$(error)" : "$(warning)";
    const text = !problems ? vscode.l10n.t("$(check) Policywright: clean") : problems === 1 ? vscode.l10n.t("Policywright: 1 problem") : vscode.l10n.t("Policywright: {0} problems", problems);
    item.text = `${problems ? `${icon} ` : ""}${text}${languageTag(s)}`;
    item.tooltip = withLanguage(`${manifest}\n${counts}`, s);
    item.command = "workbench.actions.view.problems";
    if (s.manifestProblem) item.backgroundColor = new vscode.ThemeColor("statusBarItem.warningBackground");
  }
  item.show();
}

/** " · DE": the policy's language, short, after the counts. */
function languageTag(s: PolicyStatus): string {
  return s.language ? ` · ${s.language.code.toUpperCase()}` : "";
}

/** The tooltip with a line saying which language the policy is read in and why. */
function withLanguage(tooltip: string, s: PolicyStatus): string {
  return s.language ? `${tooltip}\n${vscode.l10n.t("Language: {0}", s.language.label)}` : tooltip;
}
