import type { DefinitionParams, Location } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { variableAt } from "../core/site/lookup";
import { rangeOf } from "../lsp/convert";
import { mentionAt } from "../lsp/lookup";
import { pathToUri } from "../workspace/folders";
import type { Services } from "./services";
import { isYamlDocument } from "../workspace/documents";

/**
 * Go to definition: from a processor named in the policy to its entry in the manifest (the
 * `name:` value); from a site variable (`{{ site.email }}`) to its key in `_config.yml`,
 * `_data/…` or `hugo.toml`, and from an include to the included file. A name the manifest
 * lacks has no definition; its hover says so.
 */
export async function definition(s: Services, params: DefinitionParams): Promise<Location | null> {
  const doc = s.ws.get(params.textDocument.uri);
  if (!doc || isYamlDocument(doc)) return null;
  const r = await s.store.open(doc.uri);
  const v = r?.analysis && variableAt(r.analysis, doc.offsetAt(params.position));
  if (v?.definition) {
    const d = v.definition;
    const file = r!.analysis!.context.site?.site.files.find((f) => f.path === d.path);
    const lines = file ? TextDocument.create(pathToUri(d.path), "plaintext", 0, file.text) : d.path === r!.path ? r!.doc : undefined;
    const range = lines ? rangeOf(lines, d.start, d.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { uri: d.path === r!.path ? r!.uri : pathToUri(d.path), range };
  }
  const m = r && mentionAt(r, doc.offsetAt(params.position));
  const state = r?.manifest;
  if (!m?.processor || !state?.manifest) return null;
  const [start, end] = m.processor.nameRange;
  return { uri: state.uri, range: rangeOf(state.lines, start, end) };
}
