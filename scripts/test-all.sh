#!/usr/bin/env bash
# Every test: types, lint, unit and integration (Vitest on real SQLite files), production build, end-to-end (Playwright in Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -x /usr/bin/chromium ]; then
  echo "Installation de Chromium (Debian)…"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi
[ -d node_modules ] || npm ci

npm run typecheck
npm run lint
npx vitest run
npx next build
npx playwright test
