// Renders images/icon.svg to the 128×128 PNG the marketplace needs, with the same
// Chromium the end-to-end tests use, so no image tool has to be installed.
// Usage: node scripts/render-icon.mjs
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const svg = readFileSync(new URL("../images/icon.svg", import.meta.url), "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({ path: new URL("../images/icon.png", import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
console.log("wrote images/icon.png");
