import type { Analysis } from "../analyze";

/**
 * The data the live preview and the review page show: findings and mentions placed on the
 * policy, the required-disclosures checklist, processor coverage and retention tables.
 * (Filled in by the preview work; the language server serves it as-is.)
 */
export interface PreviewModel {
  version: 1;
}

/** Builds the preview model from one analysis. Pure. */
export function buildPreviewModel(_analysis: Analysis): PreviewModel {
  return { version: 1 };
}
