import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from "vscode-languageserver";
import { currentFixes, draftCookiesAt, fixAllEdits, type FindingWithFixes } from "../core/language/actions";
import { manifestFindings } from "../core/language/manifestFindings";
import type { Fix } from "../core/types";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { msg } from "../core/messages";
import { dataOf, toWorkspaceEdit, type Targets } from "../lsp/convert";
import type { PolicyResult } from "../workspace/analyses";
import { uriToPath } from "../workspace/folders";
import type { ManifestState } from "../workspace/manifests";
import type { Services } from "./services";
import { stampOf } from "./diagnosticsPublisher";
import { isYamlDocument } from "../workspace/documents";

/** Our fix-all kind: `editor.codeActionsOnSave: { "source.fixAll.policywright": "explicit" }` runs it on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policywright`;

/**
 * Quick fixes for the diagnostics the editor shows (their `data` carries the fixes; when it is
 * stale or missing, code, message and range find the same finding in the current analysis), a
 * fix-all for the file, and fixes that edit the manifest from the policy (one workspace edit
 * over both files).
 */
export async function codeActions(s: Services, params: CodeActionParams): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const path = uriToPath(uri);
  const doc = s.ws.get(uri);
  if (!doc) return [];
  if (isYamlDocument(doc)) {
    if (!params.context.diagnostics.some((d) => d.source === "policywright")) return [];
    const manifest = path ? await s.manifests.get(path) : undefined;
    if (!manifest?.manifest) return [];
    // what the publisher reports on a manifest
    const history = manifest.manifest.noticeDays !== undefined && path ? s.manifests.history(path) : undefined;
    const { own, notice } = manifestFindings(manifest.manifest, history, new Date());
    return manifestActions(params, manifest, [...own, ...notice]);
  }
  // the diagnostics on screen carry their fixes: answer from the result they were published
  // from, without waiting for settings or a re-analysis, so Ctrl+. works as soon as they show
  const r = s.diagnostics.shownFor(uri, doc.version) ?? (await s.store.open(uri));
  if (!r?.analysis) return [];
  const targets = targetsOf(r);
  const out: CodeAction[] = [];
  const wants = (kind: string) => !params.context.only || params.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      for (const fix of fixesFor(d, stampOf(r), r.findings, r.doc)) {
        const edit = toWorkspaceEdit(fix.edits, targets);
        if (edit) out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: !!fix.preferred, edit });
      }
    }
  }
  // before the manifest declares cookies, the cookie table offers to draft them (spec §9)
  const draft = wants(CodeActionKind.QuickFix) && targets.manifest ? draftCookiesAt(r.analysis.doc, r.analysis.manifest, doc.offsetAt(params.range.start)) : undefined;
  const draftEdit = draft && toWorkspaceEdit(draft.edits, targets);
  if (draft && draftEdit) out.push({ title: draft.title, kind: CodeActionKind.QuickFix, edit: draftEdit });
  if (wants(FIX_ALL_KIND)) {
    const all = fixAll(r);
    if (all) out.push({ title: msg("action.fix-all", { n: all.count }), kind: FIX_ALL_KIND, edit: all.edit });
  }
  return out;
}

/**
 * The fixes of a diagnostic the editor shows. When it was published from the inputs at hand
 * (same stamp), they travel in its data. Otherwise (the text, the manifest or the settings
 * changed since, the diagnostic was published for the file on disk before the editor opened
 * it, or the editor dropped its data) the current findings are asked for the same finding, so
 * a fix is offered for every diagnostic on screen and its offsets refer to the text being edited.
 */
function fixesFor(d: Diagnostic, stamp: string, findings: readonly FindingWithFixes[], doc: TextDocument): Fix[] {
  if (d.source !== "policywright" || typeof d.code !== "string") return [];
  const data = dataOf(d);
  if (data?.stamp === stamp) return data.fixes;
  const message = typeof d.message === "string" ? d.message : d.message.value;
  return currentFixes(findings, { rule: d.code, message, start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end), subject: data?.subject });
}

/** Every preferred fix of the file that edits only this file, as one edit; conflicting fixes wait for the next run. */
function fixAll(r: PolicyResult): { edit: NonNullable<ReturnType<typeof toWorkspaceEdit>>; count: number } | undefined {
  const all = fixAllEdits(r.findings, r.doc.getText());
  const edit = all && toWorkspaceEdit(all.edits, { policy: { uri: r.uri, doc: r.doc } });
  return all && edit ? { edit, count: all.count } : undefined;
}

function targetsOf(r: PolicyResult): Targets {
  const t: Targets = { policy: { uri: r.uri, doc: r.doc } };
  if (r.manifest?.manifest) t.manifest = { uri: r.manifest.uri, doc: r.manifest.lines };
  return t;
}

/** Fixes of the manifest's own findings; they edit the manifest only. */
function manifestActions(params: CodeActionParams, m: ManifestState, findings: readonly FindingWithFixes[]): CodeAction[] {
  const out: CodeAction[] = [];
  if (params.context.only && !params.context.only.includes(CodeActionKind.QuickFix)) return out;
  for (const d of params.context.diagnostics) {
    for (const fix of fixesFor(d, m.stamp, findings, m.lines)) {
      if (fix.edits.some((e) => e.file !== "manifest")) continue;
      const edit = toWorkspaceEdit(fix.edits, { manifest: { uri: params.textDocument.uri, doc: m.lines } });
      if (edit) out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: !!fix.preferred, edit });
    }
  }
  return out;
}
