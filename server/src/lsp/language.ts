import { CompletionItemKind, InsertTextFormat, MarkupKind, SymbolKind, type CompletionItem, type DocumentSymbol, type Hover } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { CompletionData, HoverData, OutlineItem } from "../core/language/types";
import { rangeOf } from "./convert";

/** core/language's plain data as LSP objects: offsets to positions, kinds to LSP kinds. */
const SYMBOL: Record<OutlineItem["kind"], SymbolKind> = { section: SymbolKind.String, object: SymbolKind.Object, list: SymbolKind.Array, entry: SymbolKind.Class, field: SymbolKind.Field };
const COMPLETION: Record<CompletionData["kind"], CompletionItemKind> = { value: CompletionItemKind.Value, enum: CompletionItemKind.EnumMember, reference: CompletionItemKind.Reference, snippet: CompletionItemKind.Snippet };

export function toSymbol(doc: TextDocument, o: OutlineItem): DocumentSymbol {
  return { name: o.name, detail: o.detail, kind: SYMBOL[o.kind], range: rangeOf(doc, o.range.start, o.range.end), selectionRange: rangeOf(doc, o.selection.start, o.selection.end), children: o.children.map((c) => toSymbol(doc, c)) };
}

export function toCompletionItem(doc: TextDocument, c: CompletionData): CompletionItem {
  const item: CompletionItem = { label: c.label, detail: c.detail, kind: COMPLETION[c.kind], textEdit: { range: rangeOf(doc, c.replace.start, c.replace.end), newText: c.insert } };
  if (c.snippet) item.insertTextFormat = InsertTextFormat.Snippet;
  if (c.filterText !== undefined) item.filterText = c.filterText;
  if (c.sortText !== undefined) item.sortText = c.sortText;
  if (c.source !== undefined) item.labelDetails = { description: c.source };
  if (c.documentation !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: c.documentation };
  if (c.extraEdits) item.additionalTextEdits = c.extraEdits.map((e) => ({ range: rangeOf(doc, e.at, e.at), newText: e.text }));
  return item;
}

export function toHover(doc: TextDocument, h: HoverData | undefined): Hover | null {
  return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: rangeOf(doc, h.start, h.end) } : null;
}
