import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionParams } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { CLAUSE_IDS, renderClause } from "../core/clauses/templates";
import type { Manifest } from "../core/manifest/parse";
import type { PolicyDoc } from "../core/policy/parse";
import { uriToPath } from "../workspace/folders";
import type { Services } from "./services";
import { manifestCompletion } from "./completionManifest";
import { isYamlDocument } from "../workspace/documents";

/**
 * Completion. In a policy: the manifest's processor names and aliases wherever a word is
 * typed, and at the start of a line the clauses the templates write from the manifest. In a
 * manifest: see completionManifest.ts.
 */
export async function completion(s: Services, params: CompletionParams): Promise<CompletionItem[]> {
  const uri = params.textDocument.uri;
  const doc = s.ws.get(uri);
  if (!doc) return [];
  const offset = doc.offsetAt(params.position);
  const lineStart = doc.offsetAt({ line: params.position.line, character: 0 });
  const before = doc.getText().slice(lineStart, offset);
  if (isYamlDocument(doc)) {
    const path = uriToPath(uri);
    const state = path ? await s.manifests.get(path) : undefined;
    return manifestCompletion(doc, params.position, before, state?.manifest);
  }
  // the trigger characters are for YAML values; a space typed in prose must not pop a list up
  if (params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter) return [];
  const r = await s.store.open(uri);
  if (!r?.analysis) return [];
  const word = /[\p{L}\p{N}][\p{L}\p{N}.&'’-]*$/u.exec(before)?.[0] ?? "";
  const range = { start: doc.positionAt(offset - word.length), end: params.position };
  const items: CompletionItem[] = [];
  for (const p of r.manifest?.manifest?.processors ?? []) {
    for (const name of [p.name, ...p.aliases]) {
      items.push({
        label: name,
        kind: CompletionItemKind.Reference,
        detail: name === p.name ? `Processor: ${p.purpose ?? p.category ?? ""}` : `Alias of ${p.name}`,
        labelDetails: { description: "processors.yaml" },
        textEdit: { range, newText: name },
        sortText: `0${name.toLowerCase()}`,
      });
    }
  }
  if (/^[ \t]*[#\w-]*$/.test(before)) items.push(...clauseItems(doc, r.analysis.doc, r.manifest?.manifest, lineStart, offset));
  return items;
}

/** Generated clauses, offered at the start of a line; each replaces what was typed on the line. */
function clauseItems(doc: TextDocument, policy: PolicyDoc, manifest: Manifest | undefined, lineStart: number, offset: number): CompletionItem[] {
  const eol = policy.text.includes("\r\n") ? "\r\n" : "\n";
  const level = "#".repeat(bodyLevel(policy));
  const range = { start: doc.positionAt(lineStart), end: doc.positionAt(offset) };
  const out: CompletionItem[] = [];
  for (const id of CLAUSE_IDS) {
    let clause;
    try {
      clause = renderClause(id, manifest);
    } catch {
      continue; // a template still being written must not break completion
    }
    if (!clause) continue;
    const text = (clause.heading ? `${level} ${clause.heading}\n\n${clause.body}\n` : `${clause.body}\n`).replace(/\r?\n/g, eol);
    const title = clause.heading || "Last updated date";
    out.push({
      label: `pw clause: ${title}`,
      filterText: `pw ${id} ${title}`,
      kind: CompletionItemKind.Snippet,
      detail: `Policywright clause (${id}), written from the manifest`,
      documentation: { kind: MarkupKind.Markdown, value: text },
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range, newText: text },
      sortText: `1${id}`,
    });
  }
  return out;
}

/** The heading level most sections below the title use (2 when the policy has none). */
function bodyLevel(p: PolicyDoc): number {
  const counts = new Map<number, number>();
  for (const s of p.sections) if (s.level > 1) counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
  let best = 2;
  let n = 0;
  for (const [level, c] of counts) if (c > n || (c === n && level < best)) [best, n] = [level, c];
  return best;
}
