import type { Location, ReferenceParams } from "vscode-languageserver";
import { mentionAt, mentionsOf, processorEntryAt } from "../core/language/lookup";
import { rangeOf } from "../lsp/convert";
import { policiesUsing } from "../lsp/lookup";
import type { Services } from "./services";

/**
 * Find references of a processor: every place a policy names it, in every open policy and
 * every policy file of the workspace checked against the same manifest. Works from the
 * manifest entry and from a mention in a policy alike.
 */
export async function references(s: Services, params: ReferenceParams): Promise<Location[]> {
  const uri = params.textDocument.uri;
  const m = await s.manifestOf(uri);
  const r = m === undefined ? await s.policyOf(uri) : undefined;
  const state = m ?? r?.manifest;
  const offset = s.offsetAt(uri, params.position);
  const p = m?.manifest ? processorEntryAt(m.manifest.processors, offset) : r?.analysis ? mentionAt(r.analysis, offset)?.processor : undefined;
  if (!state?.manifest || !p) return [];
  const out: Location[] = [];
  if (params.context.includeDeclaration) out.push({ uri: state.uri, range: rangeOf(state.lines, p.nameRange[0], p.nameRange[1]) });
  for (const u of await policiesUsing(s, state.path, true)) {
    for (const x of u.analysis ? mentionsOf(u.analysis, p) : []) out.push({ uri: u.uri, range: rangeOf(u.doc, x.start, x.end) });
  }
  return out;
}
