import type { Location, ReferenceParams } from "vscode-languageserver";
import type { Processor } from "../core/manifest/parse";
import { rangeOf } from "../lsp/convert";
import { mentionAt, mentionsOf, policiesUsing, processorEntryAt } from "../lsp/lookup";
import { uriToPath } from "../workspace/folders";
import type { ManifestState } from "../workspace/manifests";
import type { Services } from "./services";
import { isYamlDocument } from "../workspace/documents";

/**
 * Find references of a processor: every place a policy names it, in every open policy and
 * every policy file of the workspace checked against the same manifest. Works from the
 * manifest entry and from a mention in a policy alike.
 */
export async function references(s: Services, params: ReferenceParams): Promise<Location[]> {
  const uri = params.textDocument.uri;
  const doc = s.ws.get(uri);
  if (!doc) return [];
  const offset = doc.offsetAt(params.position);
  let state: ManifestState | undefined;
  let p: Processor | undefined;
  if (isYamlDocument(doc)) {
    const path = uriToPath(uri);
    state = path ? await s.manifests.get(path) : undefined;
    p = state?.manifest && processorEntryAt(state.manifest.processors, offset);
  } else {
    const r = await s.store.open(uri);
    const m = r && mentionAt(r, offset);
    state = r?.manifest;
    p = m?.processor;
  }
  if (!state?.manifest || !p) return [];
  const out: Location[] = [];
  if (params.context.includeDeclaration) out.push({ uri: state.uri, range: rangeOf(state.lines, p.nameRange[0], p.nameRange[1]) });
  for (const r of await policiesUsing(s, state.path, true)) {
    for (const m of mentionsOf(r, p)) out.push({ uri: r.uri, range: rangeOf(r.doc, m.start, m.end) });
  }
  return out;
}
