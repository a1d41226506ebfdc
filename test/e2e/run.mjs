// End-to-end test in a real VS Code (code-server, driven by Chromium): installs the packaged
// .vsix into a throwaway extensions folder, opens a copy of test/e2e/workspace and runs the
// checks in checks.mjs, with a screenshot at each step. Prints "N passed, N failed" last.
//
// Usage: npm run test:e2e          (packages first)   node test/e2e/run.mjs [--update-docs] [check-name ...]
//        --update-docs       after a fully green run, copy the README's screenshots to docs/images/
// Env:   POLICYWRIGHT_VSIX   the .vsix to test (default: policywright-<version>.vsix)
//        E2E_OUT             screenshot folder (default: test-output/e2e)
//        E2E_KEEP=1          keep the temp folder (user data, logs, workspace copy)
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { prepare, start, stop, collectLogs } from "./codeServer.mjs";
import { openWorkbench } from "./workbench.mjs";
import { checks, webChecks } from "./checks.mjs";

const repo = resolve(new URL("../..", import.meta.url).pathname);
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const vsix = resolve(process.env.POLICYWRIGHT_VSIX ?? join(repo, `${pkg.name}-${pkg.version}.vsix`));
const out = resolve(process.env.E2E_OUT ?? join(repo, "test-output", "e2e"));
const updateDocs = process.argv.includes("--update-docs");
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
/** Screenshots the README shows: step name -> file in docs/images/. */
const DOC_SHOTS = { problems: "problems", "quick-fix-menu": "quick-fix", hover: "hover", preview: "preview" };
const shots = new Map();
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (s) => console.log(`[e2e ${elapsed()}] ${s}`);

/** The palette label of the command that opens the preview beside the editor. */
function previewCommand() {
  // titles are `%key%` references into package.nls.json (the English texts)
  const nls = JSON.parse(readFileSync(join(repo, "package.nls.json"), "utf8"));
  const cmds = (pkg.contributes?.commands ?? []).map((c) => ({ ...c, title: c.title.replace(/^%(.+)%$/, (m, k) => nls[k] ?? m) }));
  const pick = cmds.find((c) => /preview/i.test(c.title) && /side/i.test(c.title)) ?? cmds.find((c) => /preview/i.test(c.title));
  return pick ? (pick.category ? `${pick.category}: ${pick.title}` : pick.title) : "Policywright: Open Preview to the Side";
}

if (!existsSync(vsix)) {
  console.error(`no ${vsix}: run \`npm run package\` first (npm run test:e2e does)`);
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
log(`screenshots: ${out}`);

const entry = execFileSync("bash", [join(repo, "test/e2e/install-code-server.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
  .trim().split("\n").pop();
const results = [];
let shotNo = 0;

/**
 * One code-server with the .vsix installed and a fresh copy of the workspace: runs `list`'s
 * checks (those named on the command line, if any), each prefixed with `prefix` in the log.
 */
async function session({ prefix, settings, list }) {
  const chosen = (c) => !only.length || only.includes(c.name) || only.includes(prefix.trim());
  if (!list.some(chosen)) return;
  const root = mkdtempSync(join(tmpdir(), "policywright-e2e-"));
  let server, browser, prepared, failed = 0;
  try {
    prepared = prepare({ root, entry, vsix, fixture: join(repo, "test/e2e/workspace"), settings });
    log(`${prefix}installed ${vsix.split("/").pop()} into a fresh extensions folder`);
    server = await start({ entry, prepared });
    log(`${prefix}code-server on ${server.url} (process group ${server.pid})`);
    browser = await openWorkbench(server.url, join(root, "chromium-profile"));
    log(`${prefix}workbench loaded`);
    const page = browser.page;
    const t = {
      page, server, workspace: prepared.dirs.workspace, previewCommand: previewCommand(), note: (s) => log(`  note: ${s}`),
      shot: async (name) => {
        const file = join(out, `${String(++shotNo).padStart(2, "0")}-${prefix.replace(/\W+/g, "-")}${name}.png`);
        await page.screenshot({ path: file });
        shots.set(prefix + name, file);
        return file;
      },
    };
    for (const check of list) {
      if (!chosen(check)) continue;
      const started = Date.now();
      const name = prefix + check.name;
      try {
        await check.run(t);
        results.push({ name, ok: true });
        log(`PASS ${name}: ${check.title} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      } catch (err) {
        failed++;
        results.push({ name, ok: false, err });
        await t.shot(`${check.name}-FAILED`).catch(() => {});
        log(`FAIL ${name}: ${check.title}\n    ${String(err?.message ?? err).split("\n").join("\n    ")}`);
        await page.keyboard.press("Escape").catch(() => {});
      }
    }
  } catch (err) {
    failed++;
    log(`${prefix}setup failed: ${err?.stack ?? err}`);
    results.push({ name: `${prefix}setup`, ok: false, err });
  } finally {
    await browser?.context.close().catch(() => {});
    await stop(server);
    if (failed && prepared) {
      collectLogs(prepared, join(out, prefix.replace(/\W+/g, "") || "desktop"));
      log(`${prefix}logs copied to ${out}`);
    }
    if (process.env.E2E_KEEP || failed) log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

try {
  await session({ prefix: "", settings: {}, list: checks });
  // the same extension, placed by the user setting in the browser's web worker extension host
  // (as on vscode.dev): its web client starts dist/web/server.js in a worker, files come
  // through workspace.fs
  await session({ prefix: "web ", settings: { "remote.extensionKind": { [`${pkg.publisher}.${pkg.name}`]: ["web"] } }, list: webChecks });
} finally {
  log(`screenshots in ${out}`);
  const failed = results.filter((r) => !r.ok).length;
  const passed = results.filter((r) => r.ok).length;
  if (updateDocs && !failed && passed === checks.length + webChecks.length) {
    mkdirSync(join(repo, "docs/images"), { recursive: true });
    for (const [step, name] of Object.entries(DOC_SHOTS)) copyFileSync(shots.get(step), join(repo, "docs/images", `${name}.png`));
    log(`copied ${Object.keys(DOC_SHOTS).length} screenshots to docs/images/`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed || !passed ? 1 : 0;
}
