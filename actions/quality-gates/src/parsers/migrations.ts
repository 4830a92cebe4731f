/**
 * `manage.py makemigrations --check --dry-run` output → the migrations that models need but
 * the repository lacks.
 */
import path from 'node:path';
import type { Finding } from '@maint-actions/core';
import { parseDjangoCheck } from './django-check';
import { type Where, workspacePath } from './paths';
import { outputLines } from './text';

/** A migration makemigrations would write. */
export interface MissingMigration {
  /** The app label. */
  readonly app: string;
  /** The would-be migration file as printed (relative to the project directory, or absolute). */
  readonly file: string;
  /** What it would do, such as `Add field note to order`. */
  readonly operations: string[];
}

/** What the drift check reported. */
export interface MigrationsResult {
  readonly missing: MissingMigration[];
  readonly findings: Finding[];
  /**
   * Set when makemigrations failed without reporting changes (a SystemCheckError, an import
   * error): why, in one line.
   */
  readonly error?: string;
}

const APP = /^Migrations for '([^']+)':$/;
/** Django < 5.1 prints `- Add field ...`; 5.1+ a category symbol: `+` add, `-` remove, `~` alter, `p` Python, `s` SQL, `?` mixed. */
const OPERATION = /^\s+[-+~ps?] (.+)$/;

/** Parses makemigrations' output (stdout and stderr together) and its exit code. */
export function parseMakemigrationsCheck(output: string, exitCode: number, where: Where): MigrationsResult {
  const missing: { app: string; file: string; operations: string[] }[] = [];
  for (const line of outputLines(output)) {
    const app = APP.exec(line.trim());
    const current = missing.at(-1);
    if (app) {
      missing.push({ app: app[1]!, file: '', operations: [] });
    } else if (current && current.file === '' && /^\s+\S+\.py$/.test(line)) {
      current.file = line.trim();
    } else if (current && current.file !== '' && OPERATION.test(line)) {
      current.operations.push(OPERATION.exec(line)![1]!.trim());
    }
  }
  const findings = missing.map((migration) => missingFinding(migration, where));
  if (missing.length > 0 || exitCode === 0) return { missing, findings };
  return failure(output, exitCode, where);
}

function missingFinding(migration: MissingMigration, where: Where): Finding {
  const directory = workspacePath(where, path.dirname(migration.file));
  const operations = migration.operations.length > 0 ? `: ${migration.operations.join('; ')}` : '';
  return {
    severity: 'error',
    title: `Missing migration for ${migration.app}`,
    rule: 'migrations',
    message:
      `Models of app '${migration.app}' changed without a migration (${path.basename(migration.file)} would be created)${operations}.` +
      ` Run: python manage.py makemigrations ${migration.app}`,
    ...(directory === undefined ? {} : { file: directory }),
  };
}

/** makemigrations stopped without a verdict: the system check's errors, else the last line it printed. */
function failure(output: string, exitCode: number, where: Where): MigrationsResult {
  const checks = parseDjangoCheck(output, where);
  const blocking = checks.findings.filter((finding) => finding.severity === 'error');
  if (blocking.length > 0) {
    const error = `makemigrations stopped on ${blocking.length} system check error${blocking.length === 1 ? '' : 's'} (${blocking.map((f) => f.rule).join(', ')})`;
    return { missing: [], findings: blocking, error };
  }
  const last = outputLines(output)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .at(-1);
  const error = `makemigrations exited with code ${exitCode} without reporting changes${last ? `: ${last}` : ''}`;
  return {
    missing: [],
    findings: [{ severity: 'error', title: 'makemigrations failed', rule: 'migrations', message: error }],
    error,
  };
}
