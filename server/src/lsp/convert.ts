import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { DOCS_BASE } from "../core/docs";
import type { Edit, FileRole, Finding, Fix, Severity } from "../core/types";
import { pathToUri } from "../workspace/folders";
import { msg } from "../core/messages";

/** What a Policywright diagnostic carries in `data`: the fixes, and the inputs they were made for. */
export interface DiagnosticData {
  /** The analysis key (document version and manifest stamp); fixes are only applied to the same inputs. */
  stamp: string;
  subject: string;
  fixes: Fix[];
}

/** The documents a fix may edit, by role. */
export type Targets = Partial<Record<FileRole, { uri: string; doc: TextDocument }>>;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** An offset range of a document as an LSP range (offsets are clamped to the text). */
export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(Math.max(start, end)) };
}

/** A finding as a diagnostic: code = rule id, a link to the rule's page, fixes in data. */
export function toDiagnostic(f: Finding, doc: TextDocument, stamp: string): Diagnostic {
  const data: DiagnosticData = { stamp, subject: f.subject, fixes: f.fixes ?? [] };
  return {
    range: rangeOf(doc, f.start, f.end),
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    code: f.rule,
    codeDescription: { href: `${DOCS_BASE}${f.rule}.md` },
    source: "policywright",
    message: f.message,
    // a finding in an included file or a broken site config: shown on the page, pointing at that file
    ...(f.origin ? { relatedInformation: [{ location: { uri: pathToUri(f.origin.path), range: { start: { line: f.origin.line, character: f.origin.character }, end: { line: f.origin.endLine, character: f.origin.endCharacter } } }, message: msg("server.in-file", { file: f.origin.shown }) }] } : {}),
    data,
  };
}

/** Reads a diagnostic's data back, refusing anything that is not ours. */
export function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const x = d.data as Partial<DiagnosticData> | undefined;
  if (d.source !== "policywright" || !x || typeof x.stamp !== "string" || !Array.isArray(x.fixes)) return undefined;
  return { stamp: x.stamp, subject: String(x.subject ?? ""), fixes: x.fixes };
}

/**
 * The edits of one or more fixes as a workspace edit over the policy and the manifest.
 * Undefined when a fix needs a document that is not at hand (a manifest that is missing).
 */
export function toWorkspaceEdit(edits: Edit[], targets: Targets): WorkspaceEdit | undefined {
  const changes: Record<string, TextEdit[]> = {};
  for (const e of edits) {
    const t = targets[e.file];
    if (!t) return undefined;
    (changes[t.uri] ??= []).push({ range: rangeOf(t.doc, e.start, e.end), newText: e.newText });
  }
  return Object.keys(changes).length ? { changes } : undefined;
}

/** The offset inside a document of an LSP position. */
export function offsetAt(doc: TextDocument, pos: { line: number; character: number }): number {
  return doc.offsetAt(pos);
}
