// The pure language providers: analysed documents + an offset in, plain data out (no LSP types).
export { manifestOutline, policyOutline } from "./symbols";
export { manifestCompletion, keyAt } from "./manifestCompletion";
export { policyCompletion } from "./policyCompletion";
export { policyHover, manifestHover, type ManifestRef, type NamedIn } from "./hover";
export { definitionAt, type DefinitionData } from "./definition";
export { policyLenses, type LensData } from "./lenses";
export { currentFixes, draftCookiesAt, fixAllEdits, type FindingWithFixes, type ShownFinding } from "./actions";
export { manifestFindings, type ManifestFindings } from "./manifestFindings";
export { findAt, mentionAt, mentionsOf, processorEntryAt, processorNameAt } from "./lookup";
export type { CompletionData, HoverData, OutlineItem, Span } from "./types";
