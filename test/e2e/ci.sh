#!/usr/bin/env bash
# Everything CI needs for the end-to-end test in a real VS Code, from a clean clone on a
# fresh machine: Debian packages, the project's npm dependencies, code-server (cached in
# $HOME/.cache/policywright-e2e between runs), the .vsix, then the test itself.
# Each suite prints "N passed, N failed" and exits non-zero on a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
export DEBIAN_FRONTEND=noninteractive

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
[[ -f /usr/include/krb5.h ]] || need+=(libkrb5-dev)
command -v g++ >/dev/null 2>&1 && command -v make >/dev/null 2>&1 || need+=(build-essential)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if ((${#need[@]})); then
  echo "[e2e ci] apt-get install ${need[*]}"
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

[[ -d node_modules/@vscode/vsce && -d node_modules/playwright-core ]] || npm ci --no-audit --no-fund

echo "[e2e ci] code-server"
bash test/e2e/install-code-server.sh >/dev/null
echo "[e2e ci] ready after $((SECONDS - start)) s; packaging and testing"

npm run package --silent >/dev/null
echo "[e2e ci] $(ls -l policywright-*.vsix | awk '{print $NF ": " $5 " bytes"}')"
# the API suite of test/electron, in code-server's extension host (no VS Code download)
node test/electron/code-server.mjs
# last, so its "N passed, N failed" is the closing line CI reads
node test/e2e/run.mjs
echo "[e2e ci] done in $((SECONDS - start)) s"
