import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Manifest } from "../core/manifest/parse";
import type { PolicyDoc } from "../core/policy/parse";
import { rangeOf } from "../lsp/convert";
import { uriToPath } from "../workspace/folders";
import type { Services } from "./services";
import { isYamlDocument } from "../workspace/documents";

/**
 * Document symbols. A policy's outline is its sections, each with the disclosures its heading
 * makes (Section.kinds) as detail; a manifest's is its controller, processors and retention
 * schedule, each processor with its purpose and country.
 */
export async function symbols(s: Services, params: DocumentSymbolParams): Promise<DocumentSymbol[]> {
  const uri = params.textDocument.uri;
  const doc = s.ws.get(uri);
  if (!doc) return [];
  if (isYamlDocument(doc)) {
    const path = uriToPath(uri);
    const state = path ? await s.manifests.get(path) : undefined;
    return state?.manifest ? manifestSymbols(state.manifest, state.lines) : [];
  }
  const r = await s.store.open(uri);
  return r?.analysis ? policySymbols(r.analysis.doc, r.doc) : [];
}

function policySymbols(p: PolicyDoc, doc: TextDocument): DocumentSymbol[] {
  const nodes = p.sections.map((sec): DocumentSymbol => ({
    name: `${sec.number ? `${sec.number} ` : ""}${sec.title || "(untitled section)"}`,
    detail: sec.kinds.size ? `discloses: ${[...sec.kinds].join(", ")}` : undefined,
    kind: SymbolKind.String,
    range: rangeOf(doc, sec.start, sec.end),
    selectionRange: rangeOf(doc, sec.start, sec.headingEnd),
    children: [],
  }));
  const roots: DocumentSymbol[] = [];
  p.sections.forEach((sec, i) => (sec.parent === undefined ? roots : nodes[sec.parent].children!).push(nodes[i]));
  return roots;
}

function manifestSymbols(m: Manifest, doc: TextDocument): DocumentSymbol[] {
  const text = m.text;
  const out: DocumentSymbol[] = [];
  const key = (name: string) => {
    const at = new RegExp(`^${name}[ \\t]*:`, "m").exec(text);
    return at ? { start: at.index, end: at.index + name.length } : undefined;
  };
  const block = (name: string, children: DocumentSymbol[], kind: SymbolKind, detail?: string) => {
    const k = key(name);
    if (!k) return;
    // a top-level block runs to the next top-level key, which covers every child entry
    const next = /^[^\s#]/m;
    const rest = text.slice(k.end);
    const nl = rest.indexOf("\n");
    const after = nl < 0 ? -1 : rest.slice(nl + 1).search(next);
    let end = after < 0 ? text.length : k.end + nl + 1 + after;
    while (end > k.end && /\s/.test(text[end - 1])) end--;
    out.push({ name, detail, kind, range: rangeOf(doc, k.start, end), selectionRange: rangeOf(doc, k.start, k.end), children });
  };
  block("controller", [], SymbolKind.Object, m.controller.name);
  const processors = m.processors.map((p): DocumentSymbol => ({
    name: p.name,
    detail: [p.purpose, p.countries?.join(", ")].filter(Boolean).join(" · "),
    kind: SymbolKind.Class,
    range: rangeOf(doc, p.range[0], trimEnd(text, p.range[0], p.range[1])),
    selectionRange: rangeOf(doc, p.nameRange[0], p.nameRange[1]),
  }));
  block("processors", processors, SymbolKind.Array, `${m.processors.length} processors`);
  const retention = m.retention.map((r): DocumentSymbol => ({
    name: r.data,
    detail: r.periodText,
    kind: SymbolKind.Field,
    range: rangeOf(doc, r.range[0], trimEnd(text, r.range[0], r.range[1])),
    // the first line of the entry ("- data: Support tickets") is what a reader recognises
    selectionRange: rangeOf(doc, r.range[0], Math.min(r.range[1], text.indexOf("\n", r.range[0]) >>> 0)),
  }));
  block("retention", retention, SymbolKind.Array, `${m.retention.length} periods`);
  return out;
}

/** yaml's node ranges run to the next line; an outline range ends at the entry's last character. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
