// Headless Chromium for the preview's browser tests: Debian's chromium driven by
// playwright-core, a fresh profile, and every request answered by a route so that nothing
// reaches the network. Pages are served from fake https origins with the real bundle and CSS.
import { chromium } from "playwright-core";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, core, preview } from "../unit/helpers.mjs";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
export const ORIGIN = "https://preview.test";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

/** VS Code injects its theme as CSS variables and a body class; this stands in for two themes. */
export const THEMES = {
  light: "html{--vscode-editor-foreground:#3b3b3b;--vscode-editor-background:#ffffff;--vscode-sideBar-background:#f8f8f8;--vscode-textLink-foreground:#005fb8;--vscode-editorError-foreground:#e51400;--vscode-editorWarning-foreground:#bf8803;--vscode-editorInfo-foreground:#1a85ff;--vscode-testing-iconPassed:#388a34;--vscode-font-family:system-ui,sans-serif;--vscode-editor-font-size:14px;--vscode-panel-border:#e5e5e5;--vscode-button-background:#005fb8;--vscode-button-foreground:#fff}",
  "high-contrast": "html{--vscode-editor-foreground:#ffffff;--vscode-editor-background:#000000;--vscode-sideBar-background:#000000;--vscode-textLink-foreground:#21a6ff;--vscode-editorError-foreground:#f48771;--vscode-editorWarning-foreground:#ffd700;--vscode-editorInfo-foreground:#3794ff;--vscode-testing-iconPassed:#73c991;--vscode-contrastBorder:#6fc3df;--vscode-contrastActiveBorder:#f38518;--vscode-font-family:system-ui,sans-serif;--vscode-editor-font-size:14px;--vscode-panel-border:#6fc3df;--vscode-button-background:#000;--vscode-button-foreground:#fff}",
  dark: "html{--vscode-editor-foreground:#cccccc;--vscode-editor-background:#1f1f1f;--vscode-sideBar-background:#181818;--vscode-textLink-foreground:#4daafc;--vscode-editorError-foreground:#f85149;--vscode-editorWarning-foreground:#cca700;--vscode-editorInfo-foreground:#3794ff;--vscode-testing-iconPassed:#73c991;--vscode-font-family:system-ui,sans-serif;--vscode-editor-font-size:14px;--vscode-panel-border:#2b2b2b;--vscode-textCodeBlock-background:#2b2b2b;--vscode-button-background:#0078d4;--vscode-button-foreground:#fff}",
};

/** Starts Chromium with a fresh profile; `close()` removes the profile again. */
export async function launch({ width = 1280, height = 860, colorScheme = "light" } = {}) {
  if (!hasChromium) throw new Error(`${CHROMIUM} is missing: install Chromium (apt-get install chromium); the browser tests fail without it rather than skip`);
  const profile = mkdtempSync(join(tmpdir(), "pw-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width, height }, colorScheme });
  const requests = [];
  const dialogs = [];
  context.on("request", (r) => requests.push(r.url()));
  context.on("page", (p) => p.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); }));
  return { context, requests, dialogs, async close() { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

const read = (p) => readFileSync(join(ROOT, p), "utf8");

/**
 * Serves `html` at ORIGIN/ plus the webview bundle, the style sheets and a theme; any other
 * URL is refused and recorded in `blocked`.
 */
export async function serve(context, html, { theme = "light" } = {}) {
  const blocked = [];
  const files = {
    "/": ["text/html", html],
    "/dist/webview.js": ["text/javascript", read("dist/webview.js")],
    "/media/policy.css": ["text/css", read("media/policy.css")],
    "/media/preview.css": ["text/css", read("media/preview.css")],
    "/theme.css": ["text/css", THEMES[theme] ?? ""],
  };
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
    if (!file) {
      blocked.push(url.href);
      return route.abort();
    }
    return route.fulfill({ status: 200, contentType: file[0], body: file[1] });
  });
  return blocked;
}

/** The live preview's document, as the extension builds it, with fake webview origins. */
export function webviewDocument(nonce = "dGVzdC1ub25jZS0xMjM0NTY3OA==") {
  return preview.webviewShell({
    cspSource: ORIGIN, nonce, title: "Preview policy.md",
    scriptUri: `${ORIGIN}/dist/webview.js`,
    styleUris: [`${ORIGIN}/media/policy.css`, `${ORIGIN}/media/preview.css`, `${ORIGIN}/theme.css`],
  });
}

/** Stands in for VS Code's webview API: messages the page posts are collected in `window.__sent`. */
export const VSCODE_STUB = `window.__sent = []; let __state;
window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__sent.push(JSON.parse(JSON.stringify(m))), getState: () => __state, setState: (s) => { __state = s; } });`;

/** Opens the preview document in a new page and delivers one update message to it. */
export async function openPreview(context, update, { themeClass = "vscode-light" } = {}) {
  const page = await context.newPage();
  await page.addInitScript(VSCODE_STUB);
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__sent.some((m) => m.type === "ready"));
  await page.evaluate((c) => document.body.classList.add(c), themeClass);
  await page.evaluate((m) => window.postMessage(m, "*"), update);
  await page.waitForFunction(() => !document.querySelector("#pw-policy > .pw-empty"));
  return page;
}
