/**
 * The job summary: Markdown for GitHub's step summary, GitLab's summary artifact and the
 * terminal, cut to the surface's byte budget with failures first.
 */
import type { Report } from '../report';
import { LIMITS } from './budget';
import { renderReportMarkdown } from './markdown';

export interface SummaryOptions {
  /** Budget in UTF-8 bytes; default LIMITS.jobSummaryBytes (use LIMITS.checkRunTextBytes for a check run). */
  readonly budgetBytes?: number;
  /** Where the full report is, as Markdown (a link or a file name), named when the summary is cut. */
  readonly fullReportHint?: string;
}

/**
 * Markdown for a job summary: a heading with the title and verdict, the facts of the run, a
 * table of checks, then each check's findings and (for failures) the last lines of its output,
 * failing checks first. User text is escaped; the result never exceeds the budget.
 */
export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  return renderReportMarkdown(report, {
    budget: options.budgetBytes ?? LIMITS.jobSummaryBytes,
    unit: 'bytes',
    fullReportHint: options.fullReportHint,
    outputTails: true,
    findingsPerCheck: Number.POSITIVE_INFINITY,
  });
}
