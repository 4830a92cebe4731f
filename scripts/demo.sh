#!/usr/bin/env bash
# Sets everything up on a fresh Debian machine and runs the pipeline locally on the example
# Django service, with the `maint-actions` tool built in dist/: the quality gates, the OpenAPI
# schema (drift and API changes) and its publication, a dependency audit, the next release as a
# dry run, the smoke-test gate against the running service, a verified backup and its restore,
# a rollback plan over three releases, the scheduled chores (usage alert, access review, the
# quarterly checklist), and the postmortem of a failed deploy.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/bootstrap.sh

tool=(node "$root/dist/cli/index.js")
status=0
step() { printf '\n== %s\n' "$*"; }

step "quality-gates on examples/django-service"
# import-linter cannot be installed on every machine (it is not packaged by Debian): warn mode
# reports it as skipped instead of failing the run, exactly as a team would phase it in.
"${tool[@]}" quality-gates \
  --working-directory examples/django-service \
  --gates pytest,import-linter,django-check,migrations,lint \
  --warn import-linter || status=$?

step "generate-openapi: the schema from code, drift against the committed schema.yml, API changes against HEAD"
"${tool[@]}" generate-openapi \
  --working-directory examples/django-service \
  --base-ref HEAD || status=$?

step "publish-schema: the schema, versioned and browsable, into the artifact folder (a second run publishes nothing)"
"${tool[@]}" publish-schema \
  --schema examples/django-service/schema.yml \
  --version 1.0.0 \
  --targets artifact \
  --title "Onboarding API" || status=$?

step "backup-before-deploy: the example's SQLite database and media, verified by a restore drill, then restored"
backups=$(mktemp -d)
demo_media=$(mktemp -d)
mkdir -p "$demo_media/documents" && printf 'scan' >"$demo_media/documents/passport.png"
# A database URL can hold a password: it reaches the tool through the environment, never a flag.
MAINT_INPUT_DATABASE_URL="sqlite:///$root/examples/django-service/db.sqlite3" "${tool[@]}" backup-before-deploy \
  --media-dir "$demo_media" \
  --destination "$backups" \
  --environment demo \
  --verify restore \
  --keep-last 3 || status=$?
manifest=$(find "$backups" -name manifest.json | head -n 1)
if [ -n "$manifest" ]; then
  MAINT_INPUT_TARGET_DATABASE_URL="sqlite:///$backups/restored.sqlite3" "${tool[@]}" restore \
    --manifest "$manifest" \
    --target-media-dir "$backups/restored-media" || status=$?
fi
rm -rf "$backups" "$demo_media"

step "dependency-audit: a pip-audit report (a sample: pip-audit is not packaged by Debian), offline"
"${tool[@]}" dependency-audit \
  --working-directory examples/django-service \
  --pip-audit-report packages/testing/fixtures/pip-audit/vulnerable.json \
  --enrich false \
  --outdated false \
  --fail-on none || status=$?

step "tag-release: the next version and its notes, as a dry run (nothing is tagged or pushed)"
"${tool[@]}" tag-release --dry-run true || status=$?

step "smoke-test-gate: start the example service, wait until it serves this commit, check it, stop it"
service="$root/examples/django-service"
demo_db=$(mktemp -d)
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
commit=$(git -C "$root" rev-parse HEAD)
token=demo-token-$RANDOM$RANDOM
export DATABASE_URL="sqlite:///$demo_db/db.sqlite3" APP_VERSION=demo GIT_SHA="$commit" API_SECRET_TOKEN="$token"
(cd "$service" && .venv/bin/python manage.py migrate -v 0 && .venv/bin/python manage.py seed_demo >/dev/null)
(cd "$service" && exec .venv/bin/python manage.py runserver "127.0.0.1:$port" --noreload >"$demo_db/server.log" 2>&1) &
server=$!
# The auth header is a secret: it reaches the tool through the environment, never a flag.
MAINT_INPUT_AUTH_HEADER="Authorization: Bearer $token" "${tool[@]}" smoke-test-gate \
  --base-url "http://127.0.0.1:$port" \
  --checks examples/django-service/smoke.yml \
  --openapi examples/django-service/schema.yml \
  --expect-version "$commit" \
  --version-pointer /commit || status=$?
kill "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
unset DATABASE_URL APP_VERSION GIT_SHA API_SECRET_TOKEN
rm -rf "$demo_db"

step "rollback-plan: going back over an additive migration is a redeploy; over a RunPython without a reverse, a restore"
# A scratch git repository with three releases of the example: v1.0.0, v1.1.0 adds a nullable
# field (additive), v1.2.0 a data migration without a reverse (irreversible). Django's own
# migration loader, run with the example's interpreter, says what each needs.
rb=$(mktemp -d)
tar -C "$root/examples" --exclude=.venv --exclude=db.sqlite3 --exclude=__pycache__ -cf - django-service | tar -C "$rb" -xf -
rb_git() { git -C "$rb" -c user.name=demo -c user.email=demo@example.com "$@"; }
rb_release() { rb_git add -A && rb_git commit -qm "$1" && rb_git tag "$1"; }
rb_git init -q -b main && rb_release v1.0.0
mig="$rb/django-service/onboarding/infrastructure/migrations"
cat >"$mig/0002_questionnaire_note.py" <<'PY'
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("onboarding", "0001_initial")]
    operations = [
        migrations.AddField("questionnaire", "note", models.CharField(max_length=50, null=True, blank=True)),
    ]
PY
rb_release v1.1.0
cat >"$mig/0003_fill_notes.py" <<'PY'
from django.db import migrations


def fill(apps, schema_editor):
    apps.get_model("onboarding", "Questionnaire").objects.update(note="reviewed")


class Migration(migrations.Migration):
    dependencies = [("onboarding", "0002_questionnaire_note")]
    operations = [migrations.RunPython(fill)]
PY
rb_release v1.2.0
for from in v1.1.0 v1.2.0; do
  (cd "$rb" && "${tool[@]}" rollback-plan --from "$from" --to v1.0.0 \
    --working-directory django-service --python "$service/.venv/bin/python") || status=$?
done
rm -rf "$rb"

step "usage-alert, access-review and checklist: the scheduled chores (without a token they report and open no issue)"
"${tool[@]}" usage-alert \
  --working-directory examples/django-service \
  --command ".venv/bin/python manage.py usage_report" \
  --name "vision API" || status=$?
"${tool[@]}" access-review \
  --working-directory examples/django-service \
  --command ".venv/bin/python manage.py privileged_users" \
  --tokens "API_SECRET_TOKEN: 2026-07-01" || status=$?
"${tool[@]}" checklist --cadence quarterly || status=$?

step "checklist --kind postmortem: the postmortem a failed production deploy opens after its rollback (without a token, in the summary)"
# What the deploy workflow (GitHub) and the pipeline's postmortem job (GitLab) pass it: the image,
# the backup taken before the deploy, the checks that failed and what the rollback did.
"${tool[@]}" checklist --kind postmortem \
  --deployed-image "registry.example.test/onboarding:$(git rev-parse --short HEAD)" \
  --backup-id "production/$(date -u +%Y%m%dT%H%M%SZ)-$(git rev-parse --short HEAD)" \
  --failed-checks "questionnaires" \
  --rollback "ran redeploy:registry.example.test/onboarding:1.0.0; smoke test passed" || status=$?

printf '\nreports: %s\n' "$root/.maint-actions/reports/"
exit "$status"
