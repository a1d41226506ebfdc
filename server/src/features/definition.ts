import type { DefinitionParams, Location } from "vscode-languageserver";
import { rangeOf } from "../lsp/convert";
import { mentionAt } from "../lsp/lookup";
import type { Services } from "./services";
import { isYamlDocument } from "../workspace/documents";

/**
 * Go to definition: from a processor named in the policy to its entry in the manifest (the
 * `name:` value). A name the manifest lacks has no definition; its hover says so.
 */
export async function definition(s: Services, params: DefinitionParams): Promise<Location | null> {
  const doc = s.ws.get(params.textDocument.uri);
  if (!doc || isYamlDocument(doc)) return null;
  const r = await s.store.open(doc.uri);
  const m = r && mentionAt(r, doc.offsetAt(params.position));
  const state = r?.manifest;
  if (!m?.processor || !state?.manifest) return null;
  const [start, end] = m.processor.nameRange;
  return { uri: state.uri, range: rangeOf(state.lines, start, end) };
}
