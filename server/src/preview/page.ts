import policyCss from "../../../media/policy.css";
import previewCss from "../../../media/preview.css";
import type { PreviewModel } from "./types";
import { renderNotices, renderPanels, renderSummary } from "./panels";
import { renderPolicyBody, renderPublishedBody } from "./render";
import { escapeHtml as h } from "./html";
import { documentHead as head } from "./shell";
import { messageLanguage, msg } from "../core/messages";

/**
 * Standalone pages (no scripts, no remote loads, a Content Security Policy that allows only
 * their own inline style by hash) and the live preview's webview document (scripts by nonce).
 */

/**
 * The SHA-256 of each page's style sheet, computed by esbuild.mjs when it inlines the CSS, so
 * the pages need no crypto at run time (the web worker has no node:crypto).
 */
declare const PW_STYLE_HASHES: { policy: string; review: string };

/** The CSP of a standalone page: nothing but its own style sheet (and, when published, images). */
function staticCsp(kind: "policy" | "review", images: string): string {
  return `default-src 'none'; style-src 'sha256-${PW_STYLE_HASHES[kind]}'; img-src ${images}; form-action 'none'; base-uri 'none'`;
}

const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export interface ExportOptions {
  /** The page title; defaults to the front matter's `title`, else the first heading. */
  title?: string;
  /** The page language; defaults to the front matter's `lang`, else "en". */
  lang?: string;
}

/** The policy as a publishable HTML page: no findings, no scripts, nothing loaded but images. */
export function renderExportPage(text: string, opts: ExportOptions = {}): string {
  const body = renderPublishedBody(text);
  const lang = [opts.lang, body.lang].find((l) => l && LANG.test(l)) ?? "en";
  const title = opts.title ?? body.title ?? msg("preview.untitled");
  const css = policyCss;
  return `<!doctype html>
<html lang="${h(lang)}">
<head>
${head(title, staticCsp("policy", "'self' https:"))}
<style>${css}</style>
</head>
<body>
<main class="pw-policy pw-published" id="content">
${body.html}</main>
</body>
</html>
`;
}

export interface ReviewOptions {
  /** The policy's path, shown in the header. */
  source?: string;
  /** When the review was made (shown in the header); defaults to none for reproducible output. */
  date?: string;
}

/** The review page: the policy with its findings in place and the three tables, readable without scripts. */
export function renderReviewPage(model: PreviewModel, opts: ReviewOptions = {}): string {
  const body = renderPolicyBody(model);
  const css = `${policyCss}\n${previewCss}`;
  const about = opts.source ? `<p class="pw-source">${h(msg("preview.review-of"))} <code>${h(opts.source)}</code>${opts.date ? `, ${h(opts.date)}` : ""}</p>` : "";
  // the policy is in its own language; the review's words are in the display language
  const ui = h(messageLanguage());
  return `<!doctype html>
<html lang="${h(model.language.code)}">
<head>
${head(msg("preview.review-title", { title: model.title }), staticCsp("review", "'none'"))}
<style>${css}</style>
</head>
<body class="pw-review">
<div class="pw-layout">
<main class="pw-main">
<header class="pw-header" lang="${ui}">${renderSummary(model)}${about}</header>
${renderNotices(model, body.placed, { interactive: false })}
<article class="pw-policy" aria-label="${h(msg("preview.policy-label"))}">
${body.blocks.join("")}</article>
</main>
<aside class="pw-side" aria-label="${h(msg("preview.side-label"))}" lang="${ui}">
${renderPanels(model, { interactive: false })}
</aside>
</div>
</body>
</html>
`;
}

