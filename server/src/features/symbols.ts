import type { DocumentSymbol, DocumentSymbolParams } from "vscode-languageserver";
import { manifestOutline, policyOutline } from "../core/language/symbols";
import { toSymbol } from "../lsp/language";
import type { Services } from "./services";

/** Document symbols: a policy's sections, a manifest's controller, processors and retention (core/language/symbols.ts). */
export async function symbols(s: Services, params: DocumentSymbolParams): Promise<DocumentSymbol[]> {
  const m = await s.manifestOf(params.textDocument.uri);
  if (m) return m.manifest ? manifestOutline(m.manifest).map((o) => toSymbol(m.lines, o)) : [];
  const r = await s.policyOf(params.textDocument.uri);
  return r?.analysis ? policyOutline(r.analysis.doc).map((o) => toSymbol(r.doc, o)) : [];
}
