/**
 * Publishing a run's report, done by the entry for every action: the report files, the job
 * summary and the annotations. An action says how in `ActionResult.publish`; nothing else.
 */
import type { Platform } from './platform';
import { selectAnnotations } from './render/annotations';
import type { CodeQualityOptions } from './render/codequality';
import { type ReportFormat, writeReportFiles } from './render/files';
import type { SarifTool } from './render/sarif';
import { renderSummary } from './render/summary';
import type { Report } from './report';

export interface ReportPublication {
  /** The directory of the report files (created if missing). */
  readonly dir: string;
  /** The files written there, by their names in REPORT_FILE_NAMES. */
  readonly formats: readonly ReportFormat[];
  /** Where the full report is, as Markdown, named when a summary is cut. */
  readonly fullReportHint: string;
  /** The tool named in SARIF. */
  readonly tool?: SarifTool;
  readonly codeQuality?: CodeQualityOptions;
  /**
   * The summary in the action's own words: the job summary and `summary.md`, instead of the
   * rendered report (`jobSummary` then does not apply).
   */
  readonly summaryMarkdown?: string;
  /**
   * The job summary renders the report within `budgetBytes` (default the job summary limit) and
   * then adds `append`; `summary.md` is the report rendered with the default budget alone.
   */
  readonly jobSummary?: { readonly budgetBytes?: number; readonly append?: string };
  /** Annotates the report's findings (`selectAnnotations`); default false. */
  readonly annotate?: boolean;
}

/**
 * What the entry does with a run's result before it sets the outputs: publishes its report as
 * its `publish` says; nothing without `publish`. @throws Error on `publish` without a report (a bug).
 */
export async function publishResult(
  platform: Platform,
  result: { readonly report?: Report; readonly publish?: ReportPublication },
): Promise<void> {
  if (!result.publish) return;
  if (!result.report) throw new Error(`a run asked to publish a report it did not return`);
  await publishReport(platform, result.report, result.publish);
}

/** Writes the report files, then the job summary, then the annotations, as `publication` says. */
export async function publishReport(
  platform: Platform,
  report: Report,
  publication: ReportPublication,
): Promise<void> {
  const { fullReportHint, summaryMarkdown, jobSummary } = publication;
  await writeReportFiles(report, publication.dir, publication.formats, {
    summary: { fullReportHint },
    ...(publication.tool ? { tool: publication.tool } : {}),
    ...(publication.codeQuality ? { codeQuality: publication.codeQuality } : {}),
    ...(summaryMarkdown !== undefined ? { summaryMarkdown } : {}),
  });
  await platform.writeSummary(
    summaryMarkdown ??
      renderSummary(report, {
        fullReportHint,
        ...(jobSummary?.budgetBytes !== undefined ? { budgetBytes: jobSummary.budgetBytes } : {}),
      }) + (jobSummary?.append ?? ''),
  );
  if (publication.annotate) platform.annotate(selectAnnotations(report));
}
