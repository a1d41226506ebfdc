import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from "vscode-languageserver";
import { draftCookiesFix } from "../core/cookies/draft";
import { readCookieTables } from "../core/cookies/table";
import type { PolicyDoc } from "../core/policy/parse";
import { planFixes } from "../core/fixes/apply";
import type { Finding, Fix } from "../core/types";
import { dataOf, toWorkspaceEdit, type Targets } from "../lsp/convert";
import type { PolicyResult } from "../workspace/analyses";
import { uriToPath } from "../workspace/folders";
import type { ManifestState } from "../workspace/manifests";
import type { Services } from "./services";
import { stampOf } from "./diagnostics";
import { isYamlDocument } from "../workspace/documents";

/** Our fix-all kind: `editor.codeActionsOnSave: { "source.fixAll.policywright": "explicit" }` runs it on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policywright`;

/**
 * Quick fixes from the diagnostics' `code` and `data` (never their message), a fix-all for the
 * file, and fixes that edit the manifest from the policy (one workspace edit over both files).
 */
export async function codeActions(s: Services, params: CodeActionParams): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const path = uriToPath(uri);
  const doc = s.ws.get(uri);
  if (!doc) return [];
  if (isYamlDocument(doc)) {
    if (!params.context.diagnostics.some((d) => d.source === "policywright")) return [];
    const manifest = path ? await s.manifests.get(path) : undefined;
    return manifest?.manifest ? manifestActions(params, manifest) : [];
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
      for (const fix of fixesFor(d, r, doc.offsetAt(d.range.start))) {
        const edit = toWorkspaceEdit(fix.edits, targets);
        if (edit) out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: !!fix.preferred, edit });
      }
    }
  }
  // before the manifest declares cookies, the cookie table offers to draft them (spec §9)
  const manifest = r.analysis.manifest;
  if (wants(CodeActionKind.QuickFix) && manifest && !manifest.cookiesDeclared && targets.manifest && inCookieTable(r.analysis.doc, doc.offsetAt(params.range.start))) {
    const fix = draftCookiesFix(r.analysis.doc, manifest);
    const edit = fix && toWorkspaceEdit(fix.edits, targets);
    if (fix && edit) out.push({ title: fix.title, kind: CodeActionKind.QuickFix, edit });
  }
  if (wants(FIX_ALL_KIND)) {
    const all = fixAll(r);
    if (all) out.push({ title: `Fix all safe Policywright problems in this file (${all.count})`, kind: FIX_ALL_KIND, edit: all.edit });
  }
  return out;
}

/**
 * The fixes of a diagnostic. When the document or manifest changed since it was published,
 * the current analysis is asked instead for the finding of the same rule and subject nearest
 * to the diagnostic, so offsets always refer to the text being edited.
 */
function fixesFor(d: Diagnostic, r: PolicyResult, at: number): Fix[] {
  const data = dataOf(d);
  if (!data || typeof d.code !== "string") return [];
  if (data.stamp === stampOf(r)) return data.fixes;
  let best: Finding | undefined;
  for (const f of r.findings) {
    if (f.rule !== d.code || f.subject !== data.subject) continue;
    if (!best || Math.abs(f.start - at) < Math.abs(best.start - at)) best = f;
  }
  return best?.fixes ?? [];
}

/** Every preferred fix of the file that edits only this file, as one edit; conflicting fixes wait for the next run. */
function fixAll(r: PolicyResult): { edit: NonNullable<ReturnType<typeof toWorkspaceEdit>>; count: number } | undefined {
  const plan = planFixes(r.findings, { policy: r.doc.getText() });
  if (!plan.applied.length) return undefined;
  const edit = toWorkspaceEdit(plan.applied.flatMap((a) => a.fix.edits), { policy: { uri: r.uri, doc: r.doc } });
  return edit ? { edit, count: plan.applied.length } : undefined;
}

function targetsOf(r: PolicyResult): Targets {
  const t: Targets = { policy: { uri: r.uri, doc: r.doc } };
  if (r.manifest?.manifest) t.manifest = { uri: r.manifest.uri, doc: r.manifest.lines };
  return t;
}

/** Fixes of the manifest's own findings; they edit the manifest only. */
function manifestActions(params: CodeActionParams, m: ManifestState): CodeAction[] {
  const out: CodeAction[] = [];
  if (params.context.only && !params.context.only.includes(CodeActionKind.QuickFix)) return out;
  for (const d of params.context.diagnostics) {
    const data = dataOf(d);
    if (!data || data.stamp !== m.stamp) continue;
    for (const fix of data.fixes) {
      if (fix.edits.some((e) => e.file !== "manifest")) continue;
      const edit = toWorkspaceEdit(fix.edits, { manifest: { uri: params.textDocument.uri, doc: m.lines } });
      if (edit) out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: !!fix.preferred, edit });
    }
  }
  return out;
}

/** Whether an offset lies in one of the policy's cookie tables (from its first row to its end). */
function inCookieTable(doc: PolicyDoc, at: number): boolean {
  const { tables, cookies } = readCookieTables(doc);
  return tables.some((t, i) => {
    const first = cookies.find((c) => c.table === i);
    const start = t.blocks.length ? doc.blocks[t.blocks[0]].start : first?.nameStart ?? t.end;
    return at >= start && at <= t.end;
  });
}
