#!/usr/bin/env bash
# Installs code-server (a real VS Code: server + web workbench) into a cache folder that
# survives between runs, without any download besides the npm registry. Several packages
# try to fetch prebuilt binaries in their install scripts, which cannot work offline, so
# scripts are skipped and the native modules are rebuilt from source instead.
#
# Usage: test/e2e/install-code-server.sh   (prints the code-server entry script on success)
# Env:   POLICYWRIGHT_E2E_CACHE  cache root (default: $HOME/.cache/policywright-e2e)
set -euo pipefail

VERSION=4.100.3   # VS Code 1.100.3; the newest code-server that still accepts Node 20
CACHE="${POLICYWRIGHT_E2E_CACHE:-$HOME/.cache/policywright-e2e}"
ROOT="$CACHE/code-server-$VERSION"
CS="$ROOT/node_modules/code-server"
STAMP="$ROOT/.complete-node$(node -p 'process.versions.modules')"

log() { echo "[install-code-server] $*" >&2; }

if [[ -f "$STAMP" && -f "$CS/out/node/entry.js" ]]; then
  log "cached: $CS"
  echo "$CS/out/node/entry.js"
  exit 0
fi

for cmd in rg g++ make python3; do
  command -v "$cmd" >/dev/null || { log "missing '$cmd' (apt-get install -y ripgrep build-essential python3)"; exit 2; }
done
[[ -f /usr/include/krb5.h || -f /usr/include/gssapi/gssapi.h ]] || { log "missing libkrb5-dev"; exit 2; }

# Start clean: a half-finished install from an interrupted run is not worth repairing.
rm -rf "$ROOT"
mkdir -p "$ROOT"
cd "$ROOT"
echo '{"name":"policywright-e2e-code-server","private":true}' > package.json

export npm_config_nodedir=/usr npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export npm_config_loglevel=error

log "npm install code-server@$VERSION (scripts skipped)"
npm install --no-save --ignore-scripts "code-server@$VERSION" >&2

log "rebuilding argon2 from source"
npm_config_build_from_source=true npm rebuild argon2 >&2

cd "$CS/lib/vscode"
log "installing VS Code's own server dependencies"
npm install --omit=dev --ignore-scripts >&2
log "rebuilding VS Code's native modules"
npm_config_yes=true npm rebuild kerberos @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog node-pty >&2

# @vscode/ripgrep's own install step downloads rg; Debian's rg does the same job.
mkdir -p node_modules/@vscode/ripgrep/bin
cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg

# The remaining steps of code-server's postinstall.sh.
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
log "installing built-in extensions' dependencies"
(cd extensions && npm install --omit=dev >&2)

touch "$STAMP"
log "installed: $CS ($(du -sh "$ROOT" | cut -f1))"
echo "$CS/out/node/entry.js"
