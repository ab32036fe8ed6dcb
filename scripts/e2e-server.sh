#!/usr/bin/env bash
# The production server on a fresh database with the demo content, for the end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf "$E2E_DATA_DIR"
mkdir -p "$E2E_DATA_DIR"
npx tsx scripts/setup.ts
exec npx next start -p "$PORT"
