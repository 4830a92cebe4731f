/**
 * GitLab Code Quality (the CodeClimate subset GitLab reads from `artifacts:reports:codequality`).
 *
 * Every finding of every check is reported (GitLab compares the report of a merge request with
 * its target's, so a complete list is what makes "new" and "resolved" right). Severities follow
 * what the other surfaces show (see `effectiveSeverity`): an error of a blocking check (enforced
 * and failed) is `critical`; an error of a warn-mode gate, or of a gate that passed, shows as a
 * warning, `minor`, like any warning; a notice is `info`. GitLab requires a path: a finding without a file is put
 * on its check's own file when the caller names one (`checkFiles`, such as
 * `{ 'django-check': 'manage.py' }`), else on the repo config `.maint-actions.yml`, the file
 * where the gate is set up, at line 1.
 */
import type { Check, Finding, Report, Severity } from '../report';
import { createFingerprinter } from './fingerprint';
import { effectiveSeverity, oneLine } from './text';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: CodeQualitySeverity;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

export interface CodeQualityOptions {
  /** A file per check id for its findings without a file, relative to the repository root. */
  readonly checkFiles?: Readonly<Record<string, string>>;
  /** The file for other findings without a file; default `.maint-actions.yml`. */
  readonly fallbackPath?: string;
}

/** The path used for findings without a file when no other is given. */
export const CODE_QUALITY_FALLBACK_PATH = '.maint-actions.yml';

/** The report's findings as Code Quality issues, in report order. */
export function renderCodeQuality(report: Report, options: CodeQualityOptions = {}): CodeQualityIssue[] {
  const fingerprint = createFingerprinter();
  return report.checks.flatMap((check) =>
    check.findings.map((finding) => ({
      description: oneLine(finding.rule ? `${finding.rule}: ${finding.message}` : finding.message),
      check_name: finding.rule ? `${check.id}/${finding.rule}` : check.id,
      fingerprint: fingerprint(check, finding),
      severity: severityOf(check, finding),
      location: {
        path:
          finding.file ||
          options.checkFiles?.[check.id] ||
          options.fallbackPath ||
          CODE_QUALITY_FALLBACK_PATH,
        lines: { begin: finding.file && finding.line !== undefined && finding.line > 0 ? finding.line : 1 },
      },
    })),
  );
}

const SEVERITY: Readonly<Record<Severity, CodeQualitySeverity>> = {
  error: 'critical',
  warning: 'minor',
  notice: 'info',
};

function severityOf(check: Check, finding: Finding): CodeQualitySeverity {
  return SEVERITY[effectiveSeverity(check, finding)];
}
