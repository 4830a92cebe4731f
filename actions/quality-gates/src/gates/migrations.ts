/**
 * The migrations gate: `manage.py makemigrations --check --dry-run` fails when a model changed
 * without a migration; nothing is written.
 *
 * Django opens every configured database during makemigrations (to check the migration history
 * is consistent), and opening SQLite creates an empty `db.sqlite3`. The gate runs the project's
 * own `manage.py` through a small bootstrap that, once Django has read the settings, points every
 * database at Django's `dummy` backend, which makemigrations skips: no database is opened or
 * created, whatever selects the settings (manage.py, DJANGO_SETTINGS_MODULE, `settings-module`)
 * and without touching the user's files. The history check against a real database is not the
 * gate's job (CI has no migrated database).
 */
import { parseMakemigrationsCheck } from '../parsers/migrations';
import { djangoGate } from './django-check';
import { describeExit, type Gate, type GateContext, type GateResult, outputTail, runTool } from './gate';

/**
 * Runs `manage.py` (in the working directory) as `python manage.py <args>` would, with every
 * database of the settings on the `dummy` backend (see the module comment).
 */
export const NO_DATABASE_BOOTSTRAP = [
  'import os, runpy, sys',
  'from django.conf import LazySettings',
  '_read_settings = LazySettings._setup',
  'def _setup(self, *args, **kwargs):',
  '    _read_settings(self, *args, **kwargs)',
  '    databases = getattr(self._wrapped, "DATABASES", None) or {}',
  '    self._wrapped.DATABASES = {alias: {"ENGINE": "django.db.backends.dummy"} for alias in databases}',
  'LazySettings._setup = _setup',
  'sys.argv[0] = "manage.py"',
  'sys.path[0] = os.getcwd()',
  'runpy.run_path("manage.py", run_name="__main__")',
].join('\n');

export const migrationsGate: Gate = djangoGate('migrations', 'migrations', runMigrationsCheck);

async function runMigrationsCheck(ctx: GateContext): Promise<GateResult> {
  const run = await runTool(ctx, 'migrations', ctx.python.path, [
    '-c',
    NO_DATABASE_BOOTSTRAP,
    'makemigrations',
    '--check',
    '--dry-run',
  ]);
  const parsed = parseMakemigrationsCheck(run.output, run.exitCode ?? -1, ctx.where);
  const missing = parsed.missing.length;
  const base = { command: run.command, findings: parsed.findings, counts: { missing } };
  if (run.exitCode === 0)
    return { ...base, status: 'passed', summary: 'no model changes without a migration' };
  if (missing > 0) {
    return {
      ...base,
      status: 'failed',
      summary: `${missing} migration${missing === 1 ? '' : 's'} missing (run makemigrations)`,
      outputTail: outputTail(run.output),
    };
  }
  return {
    ...base,
    status: 'error',
    summary: `makemigrations --check failed: ${parsed.error ?? describeExit(run)}`,
    outputTail: outputTail(run.output),
  };
}
