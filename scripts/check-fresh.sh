#!/usr/bin/env bash
# pnpm check:fresh: regenerates everything derived from the specs and rebuilds the bundles, then
# fails when the result differs from what is committed (generated files or dist/ out of date).
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm generate
pnpm build

paths=(dist '*/action.yml' templates schemas packages/core/src/config-keys.json '*/README.md' scripts/bundles.json packages/cli/src/init/assets.generated.ts)
drift="$(git status --porcelain -- "${paths[@]}")"
if [[ -n "$drift" ]]; then
  echo "Generated files are out of date:" >&2
  echo "$drift" >&2
  git --no-pager diff --stat -- "${paths[@]}" >&2
  echo "Hint: run pnpm generate && pnpm build and commit the result." >&2
  exit 1
fi
echo "Generated files and dist/ are up to date."
