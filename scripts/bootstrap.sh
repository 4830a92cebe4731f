#!/usr/bin/env bash
# Sets up a fresh Debian machine (Node 20 or newer already there) for maint-actions:
# pnpm, the workspace's npm packages, and the example Django service with its Debian packages.
# Idempotent: a second run only checks.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "bootstrap: Node.js 20 or newer is needed (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 2
fi

pnpm_version=12.4.2
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "bootstrap: installing pnpm $pnpm_version"
  npm install --global --no-fund --no-audit "pnpm@$pnpm_version" >/dev/null
fi

echo "bootstrap: installing npm packages"
pnpm install --frozen-lockfile --reporter=silent

bash "$root/scripts/setup-example.sh"

# What the tests start or call besides the example: database servers and clients (started by the
# tests themselves in temp directories, on loopback), zstd, pip (a real `pip list --outdated`
# against a local index) and `script` (a pseudo-terminal for the CLI's live progress).
test_packages=(postgresql mariadb-server mariadb-client zstd sqlite3 python3-pip git util-linux)
missing=()
for package in "${test_packages[@]}"; do
  dpkg -s "$package" 2>/dev/null | grep -q '^Status: install ok installed$' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  sudo_if_needed=()
  [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo_if_needed[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
echo "bootstrap: ready"
