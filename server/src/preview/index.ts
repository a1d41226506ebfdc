/** The preview's public surface: model, renderer, pages and the webview message contract. */
export { buildPreviewModel, type PreviewModel, type PreviewFinding, type PreviewMention, type PreviewFix, type ChecklistGroup, type ChecklistItem, type ProcessorRow, type RetentionRow, type CookieRow, type CookieSection } from "./model";
export { renderPolicyBody, renderPublishedBody, findingTitle, mentionTitle, type RenderedPolicy } from "./render";
export { renderSummary, renderNotices, renderPanels } from "./panels";
export { renderExportPage, renderReviewPage, type ExportOptions, type ReviewOptions } from "./page";
export { webviewShell, previewCsp, type ShellOptions } from "./shell";
export { parseWebviewMessage, externalLink, type FromWebview, type ToWebview, type MessageLimits } from "./messages";
export { escapeHtml, linkKind } from "./html";
export { sanitizeHtmlScope } from "./sanitize";
export { previewUpdate } from "./update";
export { buildTranslations, type TranslationInput } from "./translations";
