import type { TextDocument } from "vscode-languageserver-textdocument";
import { isManifestName } from "../core/project";

/**
 * Whether an open document is YAML (a manifest, or another YAML file the editor syncs): the
 * one test every feature uses to tell a manifest request from a policy request.
 */
export function isYamlDocument(doc: Pick<TextDocument, "languageId" | "uri">): boolean {
  return doc.languageId === "yaml" || /\.ya?ml$/i.test(doc.uri) || isManifestName(doc.uri);
}
