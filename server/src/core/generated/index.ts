/** Blocks of a policy that Policywright generates from the manifest and keeps in sync. */
export { renderGeneratedBlock, type RenderOptions } from "./render";
export { findGeneratedBlocks, type GeneratedBlock, type MarkerProblem } from "./markers";
export { sameContent, normalizeContent, describeDifference } from "./compare";
export { GENERATED_KINDS, KIND_SPECS, openingMarker, closingMarker, type GeneratedKind, type BlockOptions, type BlockFormat } from "./options";
