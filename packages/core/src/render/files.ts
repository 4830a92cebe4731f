/**
 * Report files on disk, for artifacts (GitLab `artifacts:reports:*`, GitHub upload-artifact).
 * Each file is written to a temporary name in its directory and renamed into place, so a
 * reader (or a job cancelled halfway) never sees half a file.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
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
    await writeAtomic(file, render(report, format, options));
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

/** Writes `file` through a temporary file beside it and a rename; removes the temporary file on failure. */
async function writeAtomic(file: string, content: string | Iterable<string>): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      if (typeof content === 'string') {
        await handle.writeFile(content, 'utf8');
      } else {
        // Pieces are gathered into writes of about 64 KiB: small enough that they die young.
        let pending: string[] = [];
        let size = 0;
        for (const piece of content) {
          pending.push(piece);
          size += piece.length;
          if (size >= 64 * 1024) {
            await handle.write(pending.join(''), null, 'utf8');
            pending = [];
            size = 0;
          }
        }
        if (pending.length > 0) await handle.write(pending.join(''), null, 'utf8');
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
