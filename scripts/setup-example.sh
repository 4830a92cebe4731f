#!/usr/bin/env bash
# Set up the example Django service (examples/django-service) on Debian 12.
#
#   bash scripts/setup-example.sh        # from any directory
#
# 1. installs the Debian packages it needs (apt-get update only when some are missing),
# 2. creates examples/django-service/.venv with access to those system packages,
# 3. migrates the SQLite database and loads the demo questionnaire.
#
# Idempotent: a second run changes nothing. Runs as root, or through sudo otherwise.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
SERVICE_DIR="$REPO_ROOT/examples/django-service"
VENV_DIR="$SERVICE_DIR/.venv"
SYSTEM_PYTHON=/usr/bin/python3

# Python libraries come from Debian only (no PyPI); the venv sees them through
# --system-site-packages. import-linter has no Debian package.
PACKAGES=(
  python3
  python3-venv
  python3-django
  python3-djangorestframework
  python3-djangorestframework-spectacular
  python3-yaml
  python3-uritemplate
  python3-jsonschema
  python3-inflection
  python3-pytest
  python3-pytest-django
  python3-pytest-xdist
  python3-flake8
  bandit
  python3-psycopg2
  python3-mysqldb
  sqlite3
)

log() { printf '[setup-example] %s\n' "$*"; }
die() { printf '[setup-example] error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "not root and sudo is not available; cannot run: $*"
  fi
}

is_installed() {
  dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'
}

[ -f "$SERVICE_DIR/manage.py" ] || die "no manage.py in $SERVICE_DIR"

# 1. Debian packages -----------------------------------------------------------
missing=()
for package in "${PACKAGES[@]}"; do
  is_installed "$package" || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  log "Debian packages: all ${#PACKAGES[@]} already installed"
else
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; this script targets Debian 12"
  log "Debian packages: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  log "Debian packages: done"
fi

# 2. Virtual environment ------------------------------------------------------
venv_works() {
  [ -x "$VENV_DIR/bin/python" ] &&
    "$VENV_DIR/bin/python" -c 'import django, rest_framework, drf_spectacular, pytest, pytest_django, yaml, uritemplate' \
      >/dev/null 2>&1
}

if venv_works; then
  log "venv: $VENV_DIR already works"
else
  if [ -e "$VENV_DIR" ]; then
    log "venv: $VENV_DIR is broken or incomplete; recreating it"
    rm -rf "$VENV_DIR"
  fi
  log "venv: creating $VENV_DIR (--system-site-packages)"
  "$SYSTEM_PYTHON" -m venv --system-site-packages "$VENV_DIR"
  venv_works || die "the new venv cannot import the Debian Python packages"
fi
log "venv: $("$VENV_DIR/bin/python" -c 'import sys, django; print("Python %s, Django %s" % (sys.version.split()[0], django.get_version()))')"

# 3. Database -----------------------------------------------------------------
cd "$SERVICE_DIR"
log "database: migrate"
"$VENV_DIR/bin/python" manage.py migrate --noinput -v 0
log "database: seed demo questionnaire"
"$VENV_DIR/bin/python" manage.py seed_demo >/dev/null
log "ready: cd $SERVICE_DIR && .venv/bin/python -m pytest -q"
