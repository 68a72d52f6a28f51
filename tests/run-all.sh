#!/usr/bin/env bash
# The README's test command. On a fresh machine it installs what it needs (npm packages, Debian's
# Chromium when missing), then runs typecheck, lint, unit and integration tests, a production build
# and the browser tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "Installing npm packages"
  # Not `npm ci`: the lockfile cannot list other platforms' optional builds (next, tailwind) when the
  # registry serves only their latest tags, and `npm ci` refuses such a lockfile; install follows it.
  npm install --no-audit --no-fund
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
