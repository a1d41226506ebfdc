import { CompletionTriggerKind, type CompletionItem, type CompletionParams } from "vscode-languageserver";
import { manifestCompletion } from "../core/language/manifestCompletion";
import { policyCompletion } from "../core/language/policyCompletion";
import { toCompletionItem } from "../lsp/language";
import type { Services } from "./services";

/** Completion in a manifest (core/language/manifestCompletion.ts) and in a policy (core/language/policyCompletion.ts). */
export async function completion(s: Services, params: CompletionParams): Promise<CompletionItem[]> {
  const doc = s.ws.get(params.textDocument.uri);
  const m = doc && (await s.manifestOf(doc.uri));
  if (!doc) return [];
  if (m !== undefined) return manifestCompletion(doc.getText(), doc.offsetAt(params.position), m?.manifest).map((c) => toCompletionItem(doc, c));
  // the trigger characters are for YAML values; a space typed in prose must not pop a list up
  if (params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter) return [];
  const r = await s.policyOf(doc.uri);
  return r?.analysis ? policyCompletion(r.analysis.doc, r.manifest?.manifest, r.doc.offsetAt(params.position)).map((c) => toCompletionItem(r.doc, c)) : [];
}
