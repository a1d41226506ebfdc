// The same six checks as test/e2e, through the VS Code API inside a downloaded desktop
// VS Code (@vscode/test-electron). For machines that can download VS Code; it is not part
// of `npm test`, and offline machines use `npm run test:e2e` (code-server) instead.
//
// Usage: npm run test:electron      Env: VSCODE_VERSION (default: the engines minimum, 1.91.0)
import { runTests } from "@vscode/test-electron";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repo = resolve(new URL("../..", import.meta.url).pathname);
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const root = mkdtempSync(join(tmpdir(), "policywright-electron-"));
const workspace = join(root, "workspace");
cpSync(join(repo, "test/e2e/workspace"), workspace, { recursive: true });

let code = 1;
try {
  code = await runTests({
    version: process.env.VSCODE_VERSION ?? pkg.engines.vscode.replace(/^\^/, ""),
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(repo, "test/electron/suite.cjs"),
    extensionTestsEnv: { POLICYWRIGHT_TEST_WORKSPACE: workspace },
    launchArgs: [
      workspace, "--disable-extensions", "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes",
      "--user-data-dir", join(root, "user-data"), "--extensions-dir", join(root, "extensions"),
    ],
  });
} catch (err) {
  console.error(`VS Code did not run the suite: ${err?.message ?? err}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exit(code);
