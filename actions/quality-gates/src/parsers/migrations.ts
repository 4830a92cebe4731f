/**
 * `manage.py makemigrations --check --dry-run` output → the migrations that models need but
 * the repository lacks.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '@maint-actions/core';
import { parseDjangoCheck } from './django-check';
import { FileProbe, type Where, workspacePath } from './paths';
import { PythonSources } from './python-sources';
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
  const sources = new PythonSources(where);
  const probe = new FileProbe(where);
  const findings = missing.map((migration) => missingFinding(migration, where, probe, sources));
  if (missing.length > 0 || exitCode === 0) return { missing, findings };
  return failure(output, exitCode, where);
}

function missingFinding(
  migration: MissingMigration,
  where: Where,
  probe: FileProbe,
  sources: PythonSources,
): Finding {
  const operations = migration.operations.length > 0 ? `: ${migration.operations.join('; ')}` : '';
  const place = modelsPlace(migration, where, probe, sources);
  const file = place === undefined ? undefined : workspacePath(where, place.file);
  return {
    severity: 'error',
    title: `Missing migration for ${migration.app}`,
    rule: 'migrations',
    message:
      `Models of app '${migration.app}' changed without a migration (${path.basename(migration.file)} would be created)${operations}.` +
      ` Run: python manage.py makemigrations ${migration.app}`,
    ...(file === undefined ? {} : { file }),
    ...(file === undefined || place?.line === undefined ? {} : { line: place.line }),
  };
}

/**
 * Where a missing migration's change is: the app's models module (`<app>/models.py`, or the
 * `models/` package's `__init__.py`) found from the would-be migration file
 * (`<app>/migrations/0002_x.py`), at the class of the first model an operation names when it is
 * defined there (or, for a package, in one of its modules). Undefined when the app has neither.
 */
function modelsPlace(
  migration: MissingMigration,
  where: Where,
  probe: FileProbe,
  sources: PythonSources,
): { file: string; line?: number } | undefined {
  const app = path.dirname(path.dirname(path.resolve(where.cwd, migration.file)));
  const module = probe.first([path.join(app, 'models.py'), path.join(app, 'models', '__init__.py')]);
  if (module === undefined) return undefined;
  const candidates =
    path.basename(module) === '__init__.py'
      ? [module, ...packageModules(path.dirname(module)).filter((file) => file !== module)]
      : [module];
  for (const model of migration.operations.map(operationModel)) {
    if (model === undefined) continue;
    for (const file of candidates) {
      const line = classLineIgnoringCase(sources, file, model);
      if (line !== undefined) return { file, line };
    }
  }
  return { file: module };
}

/** The model an operation names: `Create model Order`, `Add field note to order`, `Alter field x on order`. */
export function operationModel(operation: string): string | undefined {
  const patterns = [
    /^(?:Create|Delete) (?:proxy )?model (\w+)/i,
    /^(?:Add|Remove) field \w+ (?:to|from) (\w+)/i,
    /^(?:Alter|Rename) field \w+ on (\w+)/i,
    /\bmodel (\w+)/i,
    /\bon (\w+)$/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(operation);
    if (match) return match[1];
  }
  return undefined;
}

/** The `.py` modules of a package directory, sorted (absolute). */
function packageModules(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.py'))
      .sort()
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

/** makemigrations prints model names in lower case: the line of `class <Name>(` whatever its case. */
function classLineIgnoringCase(sources: PythonSources, file: string, model: string): number | undefined {
  const pattern = new RegExp(`^class\\s+${model}\\b`, 'i');
  const index = sources.lines(file).findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
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
