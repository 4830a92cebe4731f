/**
 * The generate-openapi action: check the inputs and paths (paths.ts), generate and validate the
 * schema (schema-checks.ts), compare it with the committed one (drift.ts) and with the base
 * (api-changes.ts), then write the comment and report the checks.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  type Check,
  finishReport,
  plural,
  type Report,
  relativeTo,
  reportHint,
  sarifToolOf,
  startRun,
  writeFileAtomic,
} from '@maint-actions/core';
import type { DiffResult } from '@maint-actions/openapi-diff';
import { apiCheck, markerFor, postComment, writeChangelog } from './api-changes';
import { sha256 } from './document';
import { driftCheck } from './drift';
import { type Drift, renderComment, type SchemaState, summarySections } from './markdown';
import { checkInputs, resolvePaths } from './paths';
import { generateCheck, generateSchema, validateCheck } from './schema-checks';
import { type GenerateOpenapiSpec, spec } from './spec';

export { markerFor } from './api-changes';

type Result = ActionResult<GenerateOpenapiSpec>;

/** Runs the action (see the spec and generate-openapi/README.md). */
export async function run({
  platform,
  inputs,
  repoConfig,
}: ActionContext<GenerateOpenapiSpec>): Promise<Result> {
  const started = startRun(platform, spec, inputs.reportDir);
  const paths = resolvePaths(started, inputs);
  const extraEnv = checkInputs(inputs);
  await mkdir(paths.reportDir, { recursive: true });
  await Promise.all(
    [paths.generated, paths.patch, paths.changelog, path.join(paths.reportDir, 'comment.md')].map((file) =>
      rm(file, { force: true }),
    ),
  );
  const meta: Record<string, string> = {
    'working-directory': relativeTo(paths.workspace, paths.cwd),
    generator: inputs.generator,
    schema: paths.schemaRel,
  };

  const generatorRun = await generateSchema(platform, inputs, paths, extraEnv);
  if (generatorRun.python) meta.python = generatorRun.python.version;

  const checks: Check[] = [generateCheck(generatorRun, inputs)];
  const generatedText = generatorRun.failure ? undefined : await readFile(paths.generated, 'utf8');
  const validation = await validateCheck(generatedText, paths);
  checks.push(validation.check);
  const generated = validation.generated;

  const drift = await driftCheck(generated, paths, inputs);
  checks.push(drift.check);
  const api = await apiCheck(platform, generated, paths, inputs, repoConfig);
  checks.push(api.check);
  if (api.base) meta.base = api.base;

  const changelog = generated ? await writeChangelog(paths.changelog, api.changes) : undefined;
  const report = finishReport(started, { checks, meta, title: `OpenAPI schema ${paths.schemaRel}` });
  const state: SchemaState = {
    schema: paths.schemaRel,
    problem: generatorRun.failure
      ? `The schema could not be generated: ${generatorRun.failure}`
      : validation.problem,
    drift: drift.drift,
    api: api.changes,
    failed: report.verdict === 'failed',
    runUrl: platform.context.runUrl,
  };
  // The comment body is also a file, so a workflow whose code-running job holds a read-only token
  // can post it from a separate job (.github/workflows/django-ci.yml, openapi-comment).
  await writeFileAtomic(
    path.join(paths.reportDir, 'comment.md'),
    renderComment(markerFor(state.schema), state),
  );
  const commentNote = inputs.comment ? await postComment(platform, inputs.token, state) : '';

  const fullReportHint = reportHint(started);

  const diffRan = api.changes && !('missing' in api.changes) ? api.changes.result : undefined;
  const summary = oneLineSummary(report, drift.drift, diffRan, paths.schemaRel);
  return {
    verdict: report.verdict,
    summary,
    outputs: {
      schema: generatedText !== undefined ? paths.generated : undefined,
      'schema-sha256': generatedText !== undefined ? sha256(generatedText) : undefined,
      drift: drift.drift ? String(drift.drift.stale) : undefined,
      breaking: diffRan ? String(diffRan.counts.breaking) : undefined,
      changes: diffRan ? String(diffRan.changes.length) : undefined,
      'api-bump': diffRan?.bump,
      changelog,
      patch: drift.drift?.stale ? paths.patch : undefined,
    },
    report,
    publish: {
      dir: paths.reportDir,
      formats: ['json', 'junit', 'codequality', 'sarif', 'summary'],
      fullReportHint,
      tool: sarifToolOf(started),
      jobSummary: { budgetBytes: 512 * 1024, append: summarySections(state) + commentNote },
      annotate: true,
    },
  };
}

/** `OpenAPI schema backend/schema.yml: drift, 1 breaking change (major)`. */
function oneLineSummary(
  report: Report,
  drift: Drift | undefined,
  diff: DiffResult | undefined,
  schema: string,
): string {
  const parts: string[] = [];
  const failed = report.checks.find(
    (c) => (c.id === 'generate' || c.id === 'validate') && c.status !== 'passed' && c.status !== 'skipped',
  );
  if (failed) parts.push(`${failed.name.toLowerCase()} failed: ${failed.summary}`);
  if (drift) parts.push(drift.stale ? 'stale (drift)' : 'up to date');
  if (diff) {
    parts.push(
      diff.changes.length === 0
        ? 'no API changes'
        : `${plural(diff.counts.breaking, 'breaking change')}, ${plural(diff.changes.length, 'change')} (${diff.bump})`,
    );
  }
  return `OpenAPI schema ${schema}: ${parts.join(', ') || report.verdict}`;
}
