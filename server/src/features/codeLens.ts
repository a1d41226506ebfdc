import type { CodeLens, CodeLensParams } from "vscode-languageserver";
import { policyLenses } from "../core/language/lenses";
import { rangeOf } from "../lsp/convert";
import type { Services } from "./services";
import { manifestHistoryLenses } from "./subprocessorHistory";

/**
 * Code lenses: in a policy, the manifest's view of the recipients and retention sections
 * (core/language/lenses.ts); in the manifest, when git history shows each processor was added
 * (./subprocessorHistory.ts). Plain text (no command): the diagnostics carry the fixes.
 */
export async function codeLenses(s: Services, params: CodeLensParams): Promise<CodeLens[]> {
  const m = await s.manifestOf(params.textDocument.uri);
  if (m !== undefined) return m && s.diagnostics.isManifest(m.path) ? manifestHistoryLenses(s, m.path) : [];
  const r = await s.policyOf(params.textDocument.uri);
  return r?.analysis && r.manifest?.manifest ? policyLenses(r.analysis).map((l) => ({ range: rangeOf(r.doc, l.start, l.end), command: { title: l.title, command: "" } })) : [];
}
