/**
 * The frame of a run that ends in a report, the same in every action that writes one: `startRun`
 * at the start (the start time, the workspace, the report directory of the `report-dir` input),
 * `finishReport` at the end (the report of the run's checks, named after the action and timed
 * from that start). What the entry then does with the report is `ActionResult.publish`.
 */
import path from 'node:path';
import { relativeTo } from './files';
import type { Platform } from './platform';
import { defaultReportDir, reportFilePath } from './render/files';
import type { SarifTool } from './render/sarif';
import { type Check, type Report, type Verdict, verdictOf } from './report';

export interface RunStart {
  /** The action's `name` and `title` (from its spec), as its report names it. */
  readonly action: string;
  readonly title: string;
  readonly startedAt: Date;
  /** The workspace, absolute. */
  readonly workspace: string;
  /** The report directory, absolute: the `report-dir` input, else `.maint-actions/reports/<action>`. */
  readonly reportDir: string;
}

/** Starts a run of the action of `spec`; `reportDir` is its `report-dir` input, relative to the workspace. */
export function startRun(
  platform: Platform,
  spec: { readonly name: string; readonly title: string },
  reportDir: string | undefined,
): RunStart {
  const startedAt = new Date();
  const workspace = path.resolve(platform.context.workspace);
  return {
    action: spec.name,
    title: spec.title,
    startedAt,
    workspace,
    reportDir: path.resolve(workspace, reportDir ?? defaultReportDir(workspace, spec.name)),
  };
}

export interface ReportEnd {
  readonly checks: readonly Check[];
  readonly meta?: Readonly<Record<string, string>>;
  /** Default: the verdict of the checks (`verdictOf`). */
  readonly verdict?: Verdict;
  /** Default: the action's title. */
  readonly title?: string;
}

/** The run's report: its checks, with the time from `run.startedAt` to now. */
export function finishReport(run: RunStart, end: ReportEnd): Report {
  return {
    action: run.action,
    title: end.title ?? run.title,
    verdict: end.verdict ?? verdictOf(end.checks),
    startedAt: run.startedAt.toISOString(),
    durationMs: Date.now() - run.startedAt.getTime(),
    checks: end.checks,
    ...(end.meta ? { meta: end.meta } : {}),
  };
}

/** Where the full report is, as a cut summary names it: `report.json` (or `file`) relative to the workspace, as code. */
export function reportHint(run: RunStart, file: string = reportFilePath(run.reportDir, 'json')): string {
  return `\`${relativeTo(run.workspace, file)}\``;
}

/** The tool an action's SARIF names (code scanning groups its results by it). */
export function sarifToolOf(run: RunStart): SarifTool {
  return { name: `maint-actions ${run.action}`, version: '1' };
}

/** What a check is before it runs: its id, name and mode. */
export type CheckBase = Pick<Check, 'id' | 'name' | 'mode'>;

/** A check that did not run, `summary` saying why. */
export function checkSkipped(base: CheckBase, summary: string): Check {
  return { ...base, status: 'skipped', durationMs: 0, summary, findings: [] };
}
