/**
 * What the language providers return: plain data in document offsets. The hosts (the LSP
 * handlers in features/) turn offsets into positions and these kinds into their own.
 */

/** A piece of a document, by offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** One entry of a document's outline. */
export interface OutlineItem {
  name: string;
  detail?: string;
  kind: "section" | "object" | "list" | "entry" | "field";
  /** The whole entry, and the part a reader recognises it by (a heading, a name). */
  range: Span;
  selection: Span;
  children: OutlineItem[];
}

/** A completion: the text to insert over `replace`, and edits elsewhere (e.g. keys it fills in). */
export interface CompletionData {
  label: string;
  detail: string;
  kind: "value" | "enum" | "reference" | "snippet";
  insert: string;
  replace: Span;
  /** `insert` is in VS Code snippet syntax (tab stops, choices); otherwise plain text. */
  snippet?: boolean;
  filterText?: string;
  sortText?: string;
  /** Where it comes from, shown beside the label ("processors.yaml"). */
  source?: string;
  documentation?: string;
  extraEdits?: { at: number; text: string }[];
}

/** Hover text (Markdown) over a span. */
export interface HoverData extends Span {
  markdown: string;
}
