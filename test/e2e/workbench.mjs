// Drives the VS Code workbench the way a person does: keyboard shortcuts, the quick open
// box, the Problems panel, hovers and webviews. Every helper waits for what the user would
// wait for (a row, a widget, a frame) rather than sleeping a fixed time.
import { chromium } from "playwright-core";

const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

/** Launches headless Chromium with a fresh profile and opens the workbench at url. */
export async function openWorkbench(url, profileDir) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForSelector(".monaco-workbench .part.editor", { timeout: 60_000 });
  // the explorer and the status bar come last; once they are there, keybindings work
  await page.waitForSelector(".part.statusbar", { timeout: 30_000 });
  await page.waitForTimeout(1500);
  return { context, page };
}

/** Polls fn until it returns a truthy value or the timeout passes; returns the last value. */
export async function until(fn, { timeout = 20_000, every = 250 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await fn(); } catch (e) { last = undefined; }
    if (last) return last;
    if (Date.now() > deadline) return last;
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Opens a workspace file through Ctrl+P and waits for its tab to be the active one. */
export async function openFile(page, name) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(name);
  // the first search of a session warms up the file searcher and can take ~10 s
  const row = page.locator(".quick-input-widget .monaco-list-row.focused", { hasText: name }).first();
  await row.waitFor({ timeout: 30_000 });
  await page.keyboard.press("Enter");
  await page.waitForSelector(`.tab.active[data-resource-name="${name}"]`, { timeout: 10_000 });
  await page.locator(".editor-instance .monaco-editor textarea").first().focus();
}

/** Shows the hover at the cursor (Ctrl+K Ctrl+I); its text once it matches re, else "". */
export async function hoverText(page, re, timeout = 15_000) {
  await page.keyboard.press("Control+K");
  await page.keyboard.press("Control+I");
  const hover = page.locator(".monaco-hover:visible, .monaco-resizable-hover:visible").first();
  return until(async () => {
    const s = await hover.innerText({ timeout: 1000 });
    return re.test(s) ? s : "";
  }, { timeout });
}

/** Runs a command from the command palette by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press("Control+Shift+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`>${title}`);
  const row = page.locator(".quick-input-widget .monaco-list-row.focused", { hasText: title }).first();
  await row.waitFor({ timeout: 15_000 });
  await page.keyboard.press("Enter");
}

/** Moves the cursor of the active editor to a 1-based line and column (Ctrl+G). */
export async function goTo(page, line, column = 1) {
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await input.waitFor({ state: "hidden" });
}

/** Saves the active editor (Ctrl+S with the editor focused) and waits until its tab is clean. */
export async function save(page) {
  await page.locator(".editor-group-container.active .monaco-editor textarea").first().focus();
  await page.keyboard.press("Control+S");
  await page.waitForSelector(".editor-group-container.active .tab.active:not(.dirty)", { timeout: 10_000 });
}

/**
 * Types lines below the cursor as a person would, one line at a time. The editor keeps the
 * previous line's indentation on Enter, so that indentation is selected and typed over;
 * Escape first closes any completion list so Enter does not accept a suggestion.
 */
export async function typeLines(page, lines) {
  for (const line of lines) {
    await page.keyboard.press("Escape");
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Shift+Home");
    await page.keyboard.type(line, { delay: 5 });
  }
  await page.keyboard.press("Escape");
}

/** Shows the Problems panel and returns the text of every marker row (one string a row). */
export async function problems(page) {
  if (!(await page.locator(".markers-panel").isVisible().catch(() => false))) {
    await page.keyboard.press("Control+Shift+M");
    await page.waitForSelector(".markers-panel", { timeout: 10_000 });
  }
  return page.$$eval(".markers-panel .monaco-list-row", (rows) =>
    rows.map((r) => (r.getAttribute("aria-label") || r.textContent || "").replace(/\s+/g, " ").trim()));
}

/** Waits until the Problems panel rows satisfy pred; returns the rows last seen. */
export async function problemsUntil(page, pred, timeout = 30_000) {
  let rows = [];
  await until(async () => pred((rows = await problems(page))), { timeout });
  return rows;
}

/** The text lines the active editor is showing, top to bottom. */
export async function visibleLines(page) {
  return page.$$eval(".editor-instance .monaco-editor .view-lines .view-line", (lines) =>
    lines.map((l) => ({ top: parseFloat(l.style.top) || 0, text: (l.textContent || "").replace(/\u00a0/g, " ") }))
      .sort((a, b) => a.top - b.top).map((l) => l.text));
}

/** Text of every frame (webviews nest two iframes deep) whose body matches re. */
export async function frameTexts(page, re) {
  const out = [];
  for (const f of page.frames()) {
    if (f === page.mainFrame()) continue;
    const text = await f.evaluate(() => document.body?.innerText ?? "").catch(() => "");
    if (re.test(text)) out.push({ frame: f, text });
  }
  return out;
}
