// Runs the API suite (suite.cjs) in code-server's extension host instead of a downloaded
// desktop VS Code, so it can be proven on machines without internet access: the workbench
// is opened with an extension-development payload naming this repository and the suite,
// the way VS Code's own web test runner starts one. Prints the suite's "N passed, N failed".
//
// Usage: npm run build && node test/electron/code-server.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { prepare, start, stop } from "../e2e/codeServer.mjs";

const repo = resolve(new URL("../..", import.meta.url).pathname);
const entry = execFileSync("bash", [join(repo, "test/e2e/install-code-server.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
  .trim().split("\n").pop();
const root = mkdtempSync(join(tmpdir(), "policywright-api-"));
let server, browser, summary;
try {
  const prepared = prepare({ root, entry, fixture: join(repo, "test/e2e/workspace") });
  server = await start({ entry, prepared });
  const authority = new URL(server.url).host;
  const payload = JSON.stringify([
    ["extensionDevelopmentPath", `vscode-remote://${authority}${repo}`],
    ["extensionTestsPath", `vscode-remote://${authority}${join(repo, "test/electron/suite.cjs")}`],
  ]);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // the extension host's console reaches the browser console, each line styled as "%c INFO color: …"
  summary = new Promise((done) => page.on("console", (m) => {
    const line = m.text().replace(/^%c\s+\w+\s+color: #\w+\s+/, "");
    if (/^(PASS|FAIL) /.test(line)) console.log(line);
    if (/^\d+ passed, \d+ failed$/.test(line)) done(line);
  }));
  await page.goto(`${server.url}/?folder=${encodeURIComponent(prepared.dirs.workspace)}&payload=${encodeURIComponent(payload)}`);
  let timer;
  summary = await Promise.race([summary, new Promise((r) => (timer = setTimeout(r, 180_000)))]);
  clearTimeout(timer);
} finally {
  await browser?.close().catch(() => {});
  await stop(server);
  rmSync(root, { recursive: true, force: true });
}
if (!summary) console.log("the suite did not report within 3 minutes");
console.log(summary ?? "0 passed, 1 failed");
process.exitCode = summary && /^\d+ passed, 0 failed$/.test(summary) ? 0 : 1;
