/**
 * Which findings become inline annotations. GitHub shows at most 10 error and 10 warning
 * annotations per step, so the most important ones go first and the rest are counted.
 *
 * Rules:
 * - checks are taken failures first (blocking, then warned, then the rest), findings of a check
 *   errors first;
 * - a finding keeps its severity only in a blocking check (enforced and failed): elsewhere (a
 *   warn-mode check, or one that passed or was skipped) an error becomes a warning, since it did
 *   not fail the gate; warnings and notices are kept, so a passed `manage.py check` still shows
 *   its `security.W004` warning on the line;
 * - each annotation gets a title naming the check (and rule) unless the finding has one;
 * - at most `maxPerSeverity` per severity are kept (default 10).
 */
import type { Finding, Report, Severity } from '../report';
import { failuresFirst } from '../report';
import { bySeverity, effectiveSeverity } from './text';

/** GitHub's limit of annotations per severity in one step. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface AnnotationOptions {
  /** Annotations kept per severity; default 10. `Infinity` keeps all (a terminal). */
  readonly maxPerSeverity?: number;
}

export interface AnnotationPlan {
  /** The findings to annotate, in order, with their shown severity and a title. */
  readonly annotations: Finding[];
  /** Findings left out by the cap, per shown severity. */
  readonly dropped: Record<Severity, number>;
  /** All findings left out. */
  readonly droppedTotal: number;
}

/** The annotations to show and how many were left out. */
export function planAnnotations(report: Report, options: AnnotationOptions = {}): AnnotationPlan {
  const max = options.maxPerSeverity ?? ANNOTATIONS_PER_SEVERITY;
  if (!(max >= 0)) throw new RangeError(`maxPerSeverity must be 0 or more, got ${max}`);
  const kept: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const dropped: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Finding[] = [];
  for (const check of failuresFirst(report.checks)) {
    for (const finding of bySeverity(check.findings)) {
      const severity = effectiveSeverity(check, finding);
      if (kept[severity] >= max) {
        dropped[severity]++;
        continue;
      }
      kept[severity]++;
      const title = finding.title ?? (finding.rule ? `${check.name}: ${finding.rule}` : check.name);
      annotations.push({ ...finding, severity, title });
    }
  }
  return { annotations, dropped, droppedTotal: dropped.error + dropped.warning + dropped.notice };
}

/** The findings to annotate (see planAnnotations for the count of those left out). */
export function selectAnnotations(report: Report, options: AnnotationOptions = {}): Finding[] {
  return planAnnotations(report, options).annotations;
}
