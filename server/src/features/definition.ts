import type { DefinitionParams, Location } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { definitionAt } from "../core/language/definition";
import { rangeOf } from "../lsp/convert";
import { pathToUri } from "../workspace/folders";
import type { Services } from "./services";

/** Go to definition from a policy (core/language/definition.ts): the manifest entry, or a site file's key. */
export async function definition(s: Services, params: DefinitionParams): Promise<Location | null> {
  const r = await s.policyOf(params.textDocument.uri);
  const d = r?.analysis && definitionAt(r.analysis, r.doc.offsetAt(params.position));
  if (!r || !d) return null;
  if (d.in === "manifest") return r.manifest?.manifest ? { uri: r.manifest.uri, range: rangeOf(r.manifest.lines, d.start, d.end) } : null;
  if (d.path === r.path) return { uri: r.uri, range: rangeOf(r.doc, d.start, d.end) };
  const lines = d.text !== undefined ? TextDocument.create(pathToUri(d.path), "plaintext", 0, d.text) : undefined;
  return { uri: pathToUri(d.path), range: lines ? rangeOf(lines, d.start, d.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}
