/**
 * Linter reports → findings: flake8's default text format and ruff's JSON.
 *
 * Severity: codes that mean the code cannot run as written are errors (`E9` syntax and I/O
 * errors, `F63` invalid comparisons, `F7` misplaced statements, `F82` undefined names: the set
 * GitHub's Python starter workflow stops the build on), as is a ruff diagnostic without a code
 * (a syntax error). Everything else (style, unused imports, complexity) is a warning. The lint
 * gate's verdict comes from the linter's exit code, not from these severities.
 */
import type { Finding, Severity } from '@maint-actions/core';
import { type Where, workspacePath } from './paths';
import { outputLines } from './text';

const FATAL = /^(E9|F63|F7|F82)/;

/** The severity of a flake8 or ruff code (see the module comment). */
export function lintSeverity(code: string | null | undefined): Severity {
  return !code || FATAL.test(code) ? 'error' : 'warning';
}

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
        severity: lintSeverity(code),
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
      severity: lintSeverity(diagnostic.code),
      title: rule,
      rule,
      message: diagnostic.url ? `${diagnostic.message} (${diagnostic.url})` : diagnostic.message,
      ...(file === undefined ? {} : { file }),
      ...(file !== undefined && start ? { line: start.row, column: start.column } : {}),
      ...(file !== undefined && end && start && end.row !== start.row ? { endLine: end.row } : {}),
    };
  });
}
