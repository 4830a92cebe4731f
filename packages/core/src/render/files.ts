/**
 * Report files on disk, for artifacts (GitLab `artifacts:reports:*`, GitHub upload-artifact).
 * Each file is written to a temporary name in its directory and renamed into place, so a
 * reader (or a job cancelled halfway) never sees half a file.
 */
import path from 'node:path';
import { writeFileAtomic } from '../files';
import { ensureOwnDir } from '../paths';
import type { Report } from '../report';
import { type CodeQualityOptions, renderCodeQuality } from './codequality';
import { jsonChunks } from './json';
import { junitChunks } from './junit';
import { renderSarif, type SarifTool } from './sarif';
import { renderSummary, type SummaryOptions } from './summary';

export type ReportFormat = 'json' | 'junit' | 'codequality' | 'sarif' | 'summary';

/** The file name of each format. */
export const REPORT_FILE_NAMES: Readonly<Record<ReportFormat, string>> = {
  json: 'report.json',
  junit: 'junit.xml',
  codequality: 'gl-code-quality-report.json',
  sarif: 'report.sarif',
  summary: 'summary.md',
};

export interface WriteReportOptions {
  /** The tool named in SARIF; default `maint-actions`, version `unknown`. */
  readonly tool?: SarifTool;
  readonly summary?: SummaryOptions;
  readonly codeQuality?: CodeQualityOptions;
  /** The text of `summary.md` when the action words its summary itself; default the rendered report. */
  readonly summaryMarkdown?: string;
}

/** The absolute path `writeReportFiles` gives the file of `format` in `dir`. */
export function reportFilePath(dir: string, format: ReportFormat): string {
  return path.join(path.resolve(dir), REPORT_FILE_NAMES[format]);
}

/** `<workspace>/.maint-actions/reports/<action>`, absolute. */
export function defaultReportDir(workspace: string, action: string): string {
  return path.resolve(workspace, '.maint-actions', 'reports', action);
}

/**
 * Writes the report in each of `formats` into `dir` (created if missing), each file atomically.
 * Returns the absolute path of each file written.
 */
export async function writeReportFiles<F extends ReportFormat>(
  report: Report,
  dir: string,
  formats: readonly F[],
  options: WriteReportOptions = {},
): Promise<Record<F, string>> {
  // Inside `.maint-actions/` (the default), that directory also gets its `.gitignore` of `*`.
  const root = ensureOwnDir(dir);
  const written = {} as Record<F, string>;
  for (const format of new Set(formats)) {
    const file = path.join(root, REPORT_FILE_NAMES[format]);
    await writeFileAtomic(file, render(report, format, options));
    written[format] = file;
  }
  return written;
}

function render(
  report: Report,
  format: ReportFormat,
  options: WriteReportOptions,
): string | Iterable<string> {
  switch (format) {
    // Streamed: these hold every test case.
    case 'json':
      return jsonChunks(report);
    case 'junit':
      return junitChunks(report);
    case 'codequality':
      return `${JSON.stringify(renderCodeQuality(report, options.codeQuality), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(renderSarif(report, options.tool ?? { name: 'maint-actions', version: 'unknown' }), null, 2)}\n`;
    case 'summary':
      return options.summaryMarkdown ?? renderSummary(report, options.summary);
  }
}
