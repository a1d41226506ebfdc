import { escapeHtml as h } from "./html";
import { messageLanguage, msg } from "../core/messages";

/**
 * The live preview's webview document and the head every page shares. Kept apart from the
 * renderer so the VS Code client can build the shell without bundling markdown-it.
 */

/** A page's <head> content: charset, CSP, viewport, no referrer, title. */
export function documentHead(title: string, csp: string, extra = ""): string {
  return `<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Policywright">
<title>${h(title)}</title>${extra}`;
}

export interface ShellOptions {
  /** The webview's `cspSource`: where its style sheets and script may come from. */
  cspSource: string;
  /** A fresh random nonce for this document's one script. */
  nonce: string;
  scriptUri: string;
  styleUris: string[];
  title: string;
}

/** The Content Security Policy of the live preview. */
export function previewCsp(cspSource: string, nonce: string): string {
  return `default-src 'none'; img-src ${cspSource}; style-src ${cspSource}; font-src ${cspSource}; script-src 'nonce-${nonce}'; form-action 'none'; base-uri 'none'; frame-src 'none'`;
}

/** The live preview's document; its content arrives by message once the script runs. */
export function webviewShell(o: ShellOptions): string {
  const links = o.styleUris.map((u) => `\n<link rel="stylesheet" href="${h(u)}">`).join("");
  return `<!doctype html>
<html lang="${h(messageLanguage())}">
<head>
${documentHead(o.title, previewCsp(o.cspSource, o.nonce), links)}
</head>
<body class="pw-review">
<div class="pw-layout">
<main class="pw-main">
<header class="pw-header"><div id="pw-summary" role="status"></div><button type="button" class="pw-toggle" id="pw-toggle" aria-expanded="true" aria-controls="pw-side" data-show="${h(msg("preview.show-panel"))}" data-hide="${h(msg("preview.hide-panel"))}">${h(msg("preview.hide-panel"))}</button></header>
<div id="pw-notices"></div>
<article id="pw-policy" class="pw-policy" aria-label="${h(msg("preview.policy-label"))}"><p class="pw-empty">${h(msg("preview.loading"))}</p></article>
</main>
<aside id="pw-side" class="pw-side" aria-label="${h(msg("preview.side-label"))}"></aside>
</div>
<script nonce="${h(o.nonce)}" src="${h(o.scriptUri)}"></script>
</body>
</html>
`;
}
