// Starts and stops a throwaway code-server: its own user data, extensions folder, HOME and
// XDG folders under one temp directory, bound to loopback, in its own process group so
// that stopping it leaves no language server or watcher behind.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync, openSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/** Settings for a quiet, predictable workbench: no telemetry, tips, welcome pages or updates. */
const USER_SETTINGS = {
  "telemetry.telemetryLevel": "off",
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "workbench.enableExperiments": false,
  "workbench.colorTheme": "Default Light Modern",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "update.mode": "none",
  "security.workspace.trust.enabled": false,
  "chat.commandCenter.enabled": false,
  "git.enabled": false,
  "editor.minimap.enabled": false,
  "editor.fontSize": 14,
  "editor.wordWrap": "on",
  "editor.snippetSuggestions": "top",
  "files.autoSave": "off",
  "window.commandCenter": false,
};

/** A free loopback port, found by letting the OS pick one. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer().once("error", reject).listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Prepares the temp folders, copies the test workspace and installs the .vsix (when given);
 * `settings` are added to the user settings.
 * @returns {{ dirs: Record<string,string>, env: NodeJS.ProcessEnv, base: string[] }}
 */
export function prepare({ root, entry, vsix, fixture, settings = {} }) {
  const dirs = {
    home: join(root, "home"), userData: join(root, "user-data"), extensions: join(root, "extensions"),
    config: join(root, "config.yaml"), workspace: join(root, "workspace"), logs: join(root, "logs"),
  };
  for (const d of [dirs.home, dirs.extensions, dirs.logs, join(dirs.userData, "User")]) mkdirSync(d, { recursive: true });
  writeFileSync(join(dirs.userData, "User", "settings.json"), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  writeFileSync(dirs.config, "auth: none\ncert: false\n");
  cpSync(fixture, dirs.workspace, { recursive: true });
  const env = {
    ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: join(dirs.home, ".config"),
    XDG_DATA_HOME: join(dirs.home, ".local/share"), XDG_CACHE_HOME: join(dirs.home, ".cache"),
    POLICYWRIGHT_TEST_WORKSPACE: dirs.workspace, // read by the API suite in test/electron
  };
  const base = ["--user-data-dir", dirs.userData, "--extensions-dir", dirs.extensions, "--config", dirs.config];
  if (!vsix) return { dirs, env, base };
  const inst = spawnSync(process.execPath, [entry, ...base, "--install-extension", vsix], { env, encoding: "utf8" });
  if (inst.status !== 0 || !/successfully installed/i.test(inst.stdout + inst.stderr)) {
    throw new Error(`installing ${vsix} failed:\n${inst.stdout}\n${inst.stderr}`);
  }
  return { dirs, env, base, installLog: (inst.stdout + inst.stderr).trim() };
}

/** Starts code-server on a free loopback port and waits for /healthz. */
export async function start({ entry, prepared }) {
  const port = await freePort();
  const out = openSync(join(prepared.dirs.logs, "code-server.log"), "a");
  const args = [
    entry, ...prepared.base, "--bind-addr", `127.0.0.1:${port}`, "--auth", "none", "--disable-telemetry",
    "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override", prepared.dirs.workspace,
  ];
  // detached: the child calls setsid(), so -pid names its whole process group
  const child = spawn(process.execPath, args, { env: prepared.env, detached: true, stdio: ["ignore", out, out] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${prepared.dirs.logs}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error("code-server did not answer /healthz within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, pid: child.pid, child };
}

/** Stops the code-server process group: TERM, then KILL whatever is left after 3 s. */
export async function stop(server) {
  if (!server?.pid) return;
  const group = -server.pid;
  try { process.kill(group, "SIGTERM"); } catch { return; }
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    try { process.kill(group, 0); } catch { return; }
    await new Promise((r) => setTimeout(r, 100));
  }
  try { process.kill(group, "SIGKILL"); } catch {}
}

/** Copies code-server's and the extension host's logs next to the screenshots, for a failed run. */
export function collectLogs(prepared, dest) {
  try { cpSync(join(prepared.dirs.userData, "logs"), join(dest, "vscode-logs"), { recursive: true }); } catch {}
  try { cpSync(prepared.dirs.logs, join(dest, "code-server-logs"), { recursive: true }); } catch {}
}

/** The command lines of the processes still running in the code-server's process group. */
export function processesOf(server) {
  const ps = spawnSync("ps", ["-eo", "pgid=,args="], { encoding: "utf8" });
  return ps.stdout.split("\n").map((l) => l.trim().match(/^(\d+)\s+(.*)$/)).filter((m) => m && Number(m[1]) === server.pid).map((m) => m[2]);
}
