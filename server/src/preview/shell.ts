import { escapeHtml as h } from "./html";

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
  /** The page's own words, in the editor's language (the client passes them through vscode.l10n); English when absent. */
  labels?: Partial<ShellLabels>;
  /** The editor's display language, for the page's lang attribute. */
  lang?: string;
}

export interface ShellLabels {
  showPanel: string;
  hidePanel: string;
  loading: string;
  policy: string;
  side: string;
}

const ENGLISH: ShellLabels = { showPanel: "Show panel", hidePanel: "Hide panel", loading: "Loading the policy…", policy: "The policy with its findings", side: "Review tables" };

/** The Content Security Policy of the live preview. */
export function previewCsp(cspSource: string, nonce: string): string {
  return `default-src 'none'; img-src ${cspSource}; style-src ${cspSource}; font-src ${cspSource}; script-src 'nonce-${nonce}'; form-action 'none'; base-uri 'none'; frame-src 'none'`;
}

/** The live preview's document; its content arrives by message once the script runs. */
export function webviewShell(o: ShellOptions): string {
  const links = o.styleUris.map((u) => `\n<link rel="stylesheet" href="${h(u)}">`).join("");
  const l = { ...ENGLISH, ...o.labels };
  return `<!doctype html>
<html lang="${h(o.lang && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(o.lang) ? o.lang : "en")}">
<head>
${documentHead(o.title, previewCsp(o.cspSource, o.nonce), links)}
</head>
<body class="pw-review">
<div class="pw-layout">
<main class="pw-main">
<header class="pw-header"><div id="pw-summary" role="status"></div><button type="button" class="pw-toggle" id="pw-toggle" aria-expanded="true" aria-controls="pw-side" data-show="${h(l.showPanel)}" data-hide="${h(l.hidePanel)}">${h(l.hidePanel)}</button></header>
<div id="pw-notices"></div>
<article id="pw-policy" class="pw-policy" aria-label="${h(l.policy)}"><p class="pw-empty">${h(l.loading)}</p></article>
</main>
<aside id="pw-side" class="pw-side" aria-label="${h(l.side)}"></aside>
</div>
<script nonce="${h(o.nonce)}" src="${h(o.scriptUri)}"></script>
</body>
</html>
`;
}
