/** The tag-release result: its checks, the report and how the entry publishes it. */
import path from 'node:path';
import { type ActionResult, type Check, type Report, secrets, verdictOf } from '@maint-actions/core';
import type { TagReleaseInputs } from './plan';
import type { TagReleaseSpec } from './spec';

export type Result = ActionResult<TagReleaseSpec>;

/** The job summary carries the notes up to this many characters; the file has them all. */
const SUMMARY_NOTES_LIMIT = 100_000;

export interface FinishContext {
  readonly startedAt: Date;
  readonly workspace: string;
  readonly reportDir: string;
  readonly checks: readonly Check[];
  readonly sha: string;
  readonly inputs: TagReleaseInputs;
}

/** The result, with its report and how the entry publishes it (the summary with the notes). */
export function finish(
  ctx: FinishContext,
  notes: string | undefined,
  result: Pick<Result, 'summary' | 'outputs'>,
): Result {
  const { outputs } = result;
  const report: Report = {
    action: 'tag-release',
    title: ctx.inputs.dryRun ? 'Tag release (dry run)' : 'Tag release',
    verdict: verdictOf(ctx.checks),
    startedAt: ctx.startedAt.toISOString(),
    durationMs: Date.now() - ctx.startedAt.getTime(),
    checks: ctx.checks,
    meta: {
      commit: ctx.sha.slice(0, 12),
      ...(outputs.tag ? { tag: outputs.tag } : {}),
      ...(outputs['previous-version'] ? { previous: outputs['previous-version'] } : {}),
      push: ctx.inputs.push,
    },
  };
  const hint = `\`${path.relative(ctx.workspace, ctx.reportDir).split(path.sep).join('/') || '.'}\``;
  let append = '';
  if (notes !== undefined) {
    const shown =
      notes.length > SUMMARY_NOTES_LIMIT
        ? `${notes.slice(0, SUMMARY_NOTES_LIMIT)}\n\n…cut: the full notes are in ${hint}\n`
        : notes;
    append = `\n## Release notes of ${outputs.tag}\n\n${shown}`;
  }
  return {
    verdict: report.verdict,
    summary: secrets.redact(result.summary),
    outputs,
    report,
    publish: {
      dir: ctx.reportDir,
      formats: ['json', 'summary'],
      fullReportHint: hint,
      jobSummary: { append },
    },
  };
}

export function check(
  id: string,
  name: string,
  status: Check['status'],
  summary: string,
  durationMs: number,
): Check {
  const text = secrets.redact(summary);
  return {
    id,
    name,
    mode: 'enforce',
    status,
    durationMs,
    summary: text,
    findings: status === 'failed' ? [{ severity: 'error', message: text, rule: id }] : [],
  };
}

export function timer(): () => number {
  const started = performance.now();
  return () => Math.round(performance.now() - started);
}
