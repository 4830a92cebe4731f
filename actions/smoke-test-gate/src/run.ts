/**
 * The smoke-test-gate action: wait until the service serves the expected version, run the smoke
 * checks (from the checks file and the OpenAPI schema), judge their latency, and record the
 * verdict for the production job. Steps: prepare.ts (inputs and checks), exercise.ts (the
 * requests), verdict.ts (the checks judged), then the report here.
 */
import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  type Check,
  ensureOwnDir,
  finishReport,
  isBlocking,
  renderSummary,
  reportFilePath,
  reportHint,
  secrets,
  startRun,
  writeFileAtomic,
} from '@maint-actions/core';
import { exercise } from './exercise';
import { latencyStats, ms } from './latency';
import { prepare } from './prepare';
import { latencyTable, publicUrl, RESULT_FILE, type SmokeResult } from './result';
import { type SmokeTestGateSpec, spec } from './spec';
import { judge, oneLineSummary, readyCheck, round, skippedCheck } from './verdict';

type Result = ActionResult<SmokeTestGateSpec>;

/** Runs the action (see the spec and smoke-test-gate/README.md). */
export async function run({ platform, inputs }: ActionContext<SmokeTestGateSpec>): Promise<Result> {
  const started = startRun(platform, spec, inputs.reportDir);
  const { workspace, reportDir } = started;
  const prepared = await prepare(platform, workspace, inputs);
  const { ready, probes } = await exercise(platform, inputs, prepared);

  const judged = probes.map((p) => judge(p, inputs, prepared.baselines));
  const reportChecks: Check[] = [
    readyCheck(ready, inputs),
    ...(ready.ready ? judged.map((j) => j.check) : prepared.checks.map(skippedCheck)),
  ];
  const overall = latencyStats(probes.flatMap((p) => p.latencies));
  const baseUrl = publicUrl(prepared.baseUrl);
  const report = finishReport(started, {
    checks: reportChecks,
    meta: {
      'base-url': baseUrl,
      ...(inputs.expectVersion ? { 'expect-version': inputs.expectVersion } : {}),
      ...(ready.version ? { 'served-version': ready.version } : {}),
      ...(overall ? { p95: ms(overall.p95) } : {}),
    },
  });
  const failed = reportChecks.filter(isBlocking).map((c) => c.id);
  const fullReportHint = reportHint(started);
  const summaryMarkdown = `${renderSummary(report, { fullReportHint })}\n${latencyTable(judged.map((j) => j.row))}`;
  const result: SmokeResult = {
    schemaVersion: 1,
    sha: platform.context.sha ?? null,
    ref: platform.context.refName ?? null,
    verdict: report.verdict,
    expectedVersion: inputs.expectVersion ?? null,
    servedVersion: ready.version ?? null,
    baseUrl,
    checks: prepared.checks.length,
    failedChecks: failed,
    p95Ms: overall ? round(overall.p95) : null,
    finishedAt: new Date().toISOString(),
    runUrl: platform.context.runUrl ?? null,
  };
  await writeFileAtomic(
    // Its own file beside the report files the entry writes (the directory made, as they need it).
    path.join(ensureOwnDir(reportDir), RESULT_FILE),
    `${secrets.redact(JSON.stringify(result, null, 2))}\n`,
  );
  return {
    verdict: report.verdict,
    summary: oneLineSummary(ready, reportChecks, overall),
    outputs: {
      passed: String(report.verdict === 'passed'),
      'failed-checks': failed.join(','),
      ...(overall ? { 'p95-ms': String(round(overall.p95)) } : {}),
      report: reportFilePath(reportDir, 'json'),
    },
    report,
    publish: { dir: reportDir, formats: ['json', 'summary'], fullReportHint, summaryMarkdown },
  };
}
