import { linkKind } from "./html";

/**
 * The messages between the preview webview and the extension. Everything the webview sends
 * is untrusted (its page renders user text) and goes through `parseWebviewMessage` before use.
 */

/** From the webview to the extension. Offsets are into the policy text of the last update. */
export type FromWebview =
  | { type: "ready" }
  | { type: "reveal"; start: number; end: number }
  | { type: "applyFix"; fix: number }
  | { type: "openLink"; href: string }
  | { type: "scroll"; line: number };

/** From the extension to the webview. */
export type ToWebview =
  | { type: "update"; uri: string; blocks: string[]; summary: string; notices: string; panels: string }
  | { type: "scrollTo"; line: number }
  | { type: "problem"; message: string };

/** What a message may refer to: the current text length, fix count and line count. */
export interface MessageLimits {
  textLength: number;
  fixes: number;
  lines: number;
}

const MAX_HREF = 2048;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, max: number): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0 && v <= max;

/**
 * Checks a message from the webview: a known type, the fields it needs with the right types,
 * offsets and indices in range, links only http(s) or mailto. Anything else is `undefined`.
 */
export function parseWebviewMessage(raw: unknown, limits: MessageLimits): FromWebview | undefined {
  if (!isObject(raw) || typeof raw.type !== "string") return undefined;
  switch (raw.type) {
    case "ready":
      return { type: "ready" };
    case "reveal":
      if (!isIndex(raw.start, limits.textLength) || !isIndex(raw.end, limits.textLength) || raw.start > raw.end) return undefined;
      return { type: "reveal", start: raw.start, end: raw.end };
    case "applyFix":
      if (!isIndex(raw.fix, limits.fixes - 1)) return undefined;
      return { type: "applyFix", fix: raw.fix };
    case "openLink": {
      const href = typeof raw.href === "string" ? externalLink(raw.href) : undefined;
      return href ? { type: "openLink", href } : undefined;
    }
    case "scroll":
      if (typeof raw.line !== "number" || !Number.isFinite(raw.line) || raw.line < 0 || raw.line > limits.lines) return undefined;
      return { type: "scroll", line: raw.line };
    default:
      return undefined;
  }
}

/** The link as an absolute http, https or mailto URL, or undefined for anything else. */
export function externalLink(href: string): string | undefined {
  if (href.length > MAX_HREF || linkKind(href) !== "external") return undefined;
  try {
    const url = new URL(href.trim());
    if (!["http:", "https:", "mailto:"].includes(url.protocol)) return undefined;
    if (url.protocol !== "mailto:" && !url.hostname) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
