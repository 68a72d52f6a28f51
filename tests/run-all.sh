#!/usr/bin/env bash
# The README's test command. On a fresh machine it installs what it needs (Node 22 when the machine's
# Node is older, npm packages from the lockfile, Debian's Chromium when missing), then runs
# typecheck, lint, unit and integration tests, a production build and the browser tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Node 22 LTS is the supported runtime (`ai` and its providers declare node >= 22). An older machine
# Node runs the whole suite under Node 22 from the registry's `node-<platform>-<arch>` package, kept
# in the git-ignored .cache/ folder; everything below (npm, npx, next start under Playwright) finds
# it first on PATH.
NODE_VERSION=22.23.5
node_major() { node -p 'process.versions.node.split(".")[0]'; }
if [ "$(node_major)" -lt 22 ]; then
  node_dir=.cache/node-$NODE_VERSION
  node_package="node-$(node -p 'process.platform + "-" + process.arch')"
  if [ ! -x "$node_dir/node_modules/$node_package/bin/node" ]; then
    step "Installing Node $NODE_VERSION ($node_package from the npm registry)"
    mkdir -p "$node_dir"
    npm install --prefix "$node_dir" --no-save --no-package-lock --no-audit --no-fund \
      "$node_package@$NODE_VERSION"
  fi
  export PATH="$PWD/$node_dir/node_modules/$node_package/bin:$PATH"
fi
step "Node $(node --version), npm $(npm --version)"

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  step "Installing Chromium (Debian package)"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi

step "Typecheck"
npm run --silent typecheck

step "Lint"
npm run --silent lint

step "Unit and integration tests"
npx vitest run

step "Production build"
npm run --silent build

step "Browser tests"
rm -rf tests/.artifacts/e2e-data-*
npx playwright test
