import * as vscode from "vscode";
import type { PreviewModel } from "../../../server/src/preview/types";

/**
 * What a click in the preview does in the editor. Offsets come from a checked message and
 * refer to the model's text; when the document has changed since, they are clamped.
 */

/** The editor showing a document, opening one beside the preview when none does. */
async function editorFor(uri: vscode.Uri, preview: vscode.WebviewPanel, preserveFocus: boolean): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const column = shown?.viewColumn ?? (preview.viewColumn && preview.viewColumn > 1 ? preview.viewColumn - 1 : vscode.ViewColumn.Beside);
  return vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus, preview: false });
}

/** Reveals and selects [start, end) of the policy in its editor. */
export async function revealRange(uri: vscode.Uri, preview: vscode.WebviewPanel, start: number, end: number): Promise<void> {
  const editor = await editorFor(uri, preview, false);
  const doc = editor.document;
  const len = doc.getText().length;
  const range = new vscode.Range(doc.positionAt(Math.min(start, len)), doc.positionAt(Math.min(end, len)));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Scrolls every editor of the policy so that a line is at the top (scroll sync from the preview). */
export function scrollEditors(uri: vscode.Uri, line: number): void {
  for (const editor of vscode.window.visibleTextEditors) {
    if (editor.document.uri.toString() !== uri.toString()) continue;
    const l = Math.min(Math.floor(line), Math.max(0, editor.document.lineCount - 1));
    editor.revealRange(new vscode.Range(l, 0, l, 0), vscode.TextEditorRevealType.AtTop);
  }
}

/**
 * Runs one of the model's fixes (the insert-clause fix of a missing disclosure). Refuses when
 * the policy changed since the model was made: its offsets would land in the wrong place.
 */
export async function applyFix(uri: vscode.Uri, preview: vscode.WebviewPanel, model: PreviewModel, index: number): Promise<boolean> {
  const fix = model.fixes[index];
  if (!fix || fix.edits.some((e) => e.file !== "policy")) return false;
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.getText() !== model.text) {
    void vscode.window.showInformationMessage(vscode.l10n.t("Policywright: the policy changed since the preview was drawn; try again once it has updated."));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const first = [...fix.edits].sort((a, b) => a.start - b.start)[0];
  if (first) await revealRange(uri, preview, first.start, first.start + first.newText.replace(/\s+$/, "").length);
  return true;
}

/** Opens an http(s) or mailto link outside VS Code (the message was already checked; check again). */
export async function openLink(href: string): Promise<void> {
  let target: vscode.Uri;
  try {
    target = vscode.Uri.parse(href, true);
  } catch {
    return;
  }
  if (!["http", "https", "mailto"].includes(target.scheme)) return;
  await vscode.env.openExternal(target);
}
