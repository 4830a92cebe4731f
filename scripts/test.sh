#!/usr/bin/env bash
# Sets up what the tests need, then runs every check and test: lint, types, generated files and
# bundles fresh, unit and integration tests. The command a new user and CI (.ci/run) run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/bootstrap.sh

step() { printf '\n== %s\n' "$*"; }

step "lint and format (biome)"
pnpm exec biome ci .

step "types (tsc)"
pnpm exec tsc -p tsconfig.json --noEmit

step "generated files and dist/ are fresh"
bash scripts/check-fresh.sh

step "tests (vitest: unit, then integration)"
results=$(mktemp -d)/vitest.json
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$results" || status=$?
node -e '
  const r = require(process.argv[1]);
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  if (r.numTotalTests === 0) { console.error("no test ran"); process.exit(1); }
' "$results" || status=1
exit "$status"
