/**
 * One report model for every action: checks with status, duration, counts and findings.
 * Renderers (./render) turn it into job summaries, annotations, JUnit, Code Quality, SARIF, JSON.
 */

/** `enforce`: a failure fails the verdict. `warn`: a failure is reported, the verdict still passes. */
export type GateMode = 'enforce' | 'warn';

export type CheckStatus = 'passed' | 'failed' | 'skipped' | 'error';

export type Verdict = 'passed' | 'failed';

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  readonly severity: Severity;
  readonly message: string;
  /** Path relative to the repository root (the workspace), with forward slashes. */
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly column?: number;
  /** A rule or check id, such as `security.W004`, `E501` or a contract name. */
  readonly rule?: string;
  /** A short title (annotation title). */
  readonly title?: string;
}

export interface TestCaseResult {
  readonly name: string;
  readonly classname: string;
  readonly file?: string;
  readonly line?: number;
  readonly timeMs: number;
  readonly status: 'passed' | 'failed' | 'error' | 'skipped';
  readonly message?: string;
  readonly details?: string;
}

export interface Check {
  /** Stable id such as `pytest`, `django-check`, `custom:typecheck`. */
  readonly id: string;
  /** Human name for tables. */
  readonly name: string;
  readonly mode: GateMode;
  readonly status: CheckStatus;
  readonly durationMs: number;
  /** One line: what happened, such as "41 passed, 1 failed". */
  readonly summary: string;
  /** Named counts, such as { tests: 42, failures: 1 }. */
  readonly counts?: Readonly<Record<string, number>>;
  readonly findings: readonly Finding[];
  /** Test cases, when the check ran tests (used by the JUnit renderer). */
  readonly tests?: readonly TestCaseResult[];
  /** The command that ran, for the record (already redacted). */
  readonly command?: readonly string[];
  /** The last part of the tool's output (already redacted), for failures. */
  readonly outputTail?: string;
}

export interface Report {
  /** Action name, such as `quality-gates`. */
  readonly action: string;
  readonly title: string;
  readonly verdict: Verdict;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly checks: readonly Check[];
  /** Free-form facts for the summary header, such as { python: '3.11.2', 'working-directory': 'backend' }. */
  readonly meta?: Readonly<Record<string, string>>;
}

/** A check counts against the verdict when it is enforced and did not pass or skip. */
export function isBlocking(check: Check): boolean {
  return check.mode === 'enforce' && (check.status === 'failed' || check.status === 'error');
}

export function verdictOf(checks: readonly Check[]): Verdict {
  return checks.some(isBlocking) ? 'failed' : 'passed';
}

/** Checks ordered for display: blocking failures first, then warned failures, then the rest; stable. */
export function failuresFirst(checks: readonly Check[]): Check[] {
  const rank = (c: Check): number =>
    isBlocking(c) ? 0 : c.status === 'failed' || c.status === 'error' ? 1 : 2;
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c);
}
