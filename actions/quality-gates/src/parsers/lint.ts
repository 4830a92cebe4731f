/**
 * Linter reports → findings: flake8's default text format and ruff's JSON.
 *
 * Severity: every finding is an error. flake8 and ruff exit 1 on any finding they print, so each
 * one fails the lint gate; an error finding of an enforced gate that failed is shown as an error
 * everywhere, and the renderers show it as a warning when the gate only warns (`warn: lint`).
 * A project that wants some codes to pass selects or ignores them in its linter configuration.
 */
import type { Finding } from '@maint-actions/core';
import { type Where, workspacePath } from './paths';
import { outputLines } from './text';

/** `path:line:col: CODE message`, flake8's default `--format`. */
const FLAKE8_LINE = /^(.+?):(\d+):(\d+): ([A-Z]+\d+) (.*)$/;

/** Parses flake8's default output; paths are relative to `where.cwd` (as `./app/views.py`). Other lines are ignored. */
export function parseFlake8(output: string, where: Where): Finding[] {
  return outputLines(output).flatMap((line) => {
    const match = FLAKE8_LINE.exec(line);
    if (!match) return [];
    const [, printed, row, column, code, message] = match;
    const file = workspacePath(where, printed!);
    return [
      {
        severity: 'error',
        title: code!,
        rule: code!,
        message: message!,
        ...(file === undefined ? {} : { file, line: Number(row), column: Number(column) }),
      },
    ];
  });
}

/** One diagnostic of `ruff check --output-format json`. */
interface RuffDiagnostic {
  readonly code: string | null;
  readonly message: string;
  /** Absolute. */
  readonly filename: string;
  readonly location?: { readonly row: number; readonly column: number } | null;
  readonly end_location?: { readonly row: number; readonly column: number } | null;
  readonly url?: string | null;
}

/**
 * Parses `ruff check --output-format json` (a JSON array of diagnostics with absolute
 * `filename`, 1-based `location.row`/`column`).
 *
 * @throws Error when `json` is not ruff's JSON array (ruff crashed or printed something else).
 */
export function parseRuffJson(json: string, where: Where): Finding[] {
  let diagnostics: unknown;
  try {
    diagnostics = JSON.parse(json);
  } catch {
    throw new Error(`ruff did not print a JSON report: ${json.trim().split('\n')[0] || '(nothing)'}`);
  }
  if (!Array.isArray(diagnostics)) throw new Error('ruff printed JSON that is not a list of diagnostics');
  return (diagnostics as RuffDiagnostic[]).map((diagnostic) => {
    const file = workspacePath(where, diagnostic.filename);
    const start = diagnostic.location;
    const end = diagnostic.end_location;
    const rule = diagnostic.code ?? 'syntax-error';
    return {
      severity: 'error',
      title: rule,
      rule,
      message: diagnostic.url ? `${diagnostic.message} (${diagnostic.url})` : diagnostic.message,
      ...(file === undefined ? {} : { file }),
      ...(file !== undefined && start ? { line: start.row, column: start.column } : {}),
      ...(file !== undefined && end && start && end.row !== start.row ? { endLine: end.row } : {}),
    };
  });
}
