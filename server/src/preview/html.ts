/** Escaping and link checking shared by the renderer, the pages and the webview message check. */
const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

/** Escapes raw HTML text, keeping well-formed character references ("&amp;", "&#169;") as written. */
export function escapeRawText(s: string): string {
  return s.replace(/&(?![a-zA-Z][a-zA-Z0-9]{1,31};|#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};)|[<>"']/g, (c) => ESC[c]);
}

/** What a link may be: an external http(s)/mailto address, a fragment in the page, or a relative path. */
export type LinkKind = "external" | "fragment" | "relative";

/**
 * Classifies a link target, or rejects it. Browsers ignore control characters and
 * whitespace inside a scheme ("java\tscript:"), so they are dropped before the check.
 */
export function linkKind(href: string): LinkKind | undefined {
  // eslint-disable-next-line no-control-regex -- strips the control characters a browser ignores in a URL
  const url = href.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, "");
  if (!url) return undefined;
  if (url.startsWith("#")) return "fragment";
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (scheme) return /^(?:https?|mailto)$/i.test(scheme[1]) ? "external" : undefined;
  // "//host" and "/\host" leave the site; a colon before any slash would be read as a scheme
  if (/^[\\/]{2}/.test(url) || /^[^/?#]*:/.test(url)) return undefined;
  return "relative";
}

