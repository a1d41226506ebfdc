import type { ToWebview } from "./messages";
import type { PreviewModel } from "./types";
import { renderNotices, renderPanels, renderSummary } from "./panels";
import { renderPolicyBody } from "./render";

/**
 * Everything the live preview shows for one model, as the message the webview applies: the
 * policy's blocks (patched one by one), the summary, the unplaced findings and the panels.
 */
export function previewUpdate(model: PreviewModel, uri: string): Extract<ToWebview, { type: "update" }> {
  const body = renderPolicyBody(model);
  return {
    type: "update",
    uri,
    blocks: body.blocks,
    summary: renderSummary(model),
    notices: renderNotices(model, body.placed, { interactive: true }),
    panels: renderPanels(model, { interactive: true }),
  };
}
