/**
 * The smoke-test-gate action: wait until the service serves the expected version, run the smoke
 * checks (from the checks file and the OpenAPI schema), judge their latency, and record the
 * verdict for the production job.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  type Check,
  ConfigError,
  defaultReportDir,
  ensureOwnDir,
  type Finding,
  isBlocking,
  isPointer,
  mapLimit,
  type Platform,
  type Report,
  relativeTo,
  renderSummary,
  reportFilePath,
  secrets,
  verdictOf,
  writeFileAtomic,
} from '@maint-actions/core';
import { loadChecksFile, type SmokeCheck } from './checks';
import { HttpClient } from './http';
import { type Baseline, judgeLatency, type LatencyStats, latencyStats, ms } from './latency';
import { loadOpenapiChecks } from './openapi';
import { excerptOf, type Probe, probe, urlOf } from './probe';
import { type ReadyOutcome, waitForReady } from './ready';
import { type LatencyRow, latencyTable, publicUrl, RESULT_FILE, type SmokeResult } from './result';
import { type Deadline, earliest, RETRY_BACKOFF } from './retry';
import type { SmokeTestGateSpec } from './spec';

type Result = ActionResult<SmokeTestGateSpec>;
type SmokeInputs = ActionContext<SmokeTestGateSpec>['inputs'];

/** The id of the readiness check in the report and in `failed-checks`. */
export const READY_CHECK = 'ready';

/** Runs the action (see the spec and smoke-test-gate/README.md). */
export async function run({ platform, inputs }: ActionContext<SmokeTestGateSpec>): Promise<Result> {
  const startedAt = new Date();
  const workspace = path.resolve(platform.context.workspace);
  const reportDir = path.resolve(
    workspace,
    inputs.reportDir ?? defaultReportDir(workspace, 'smoke-test-gate'),
  );
  const settings = checkInputs(inputs);
  const headers: Record<string, string> = { 'User-Agent': 'maint-actions-smoke-test-gate' };
  if (inputs.authHeader) {
    const { name, value } = parseAuthHeader(inputs.authHeader);
    // The value, and its credentials alone (`Bearer <token>`), which a service may echo.
    for (const secret of new Set([value, value.replace(/^[A-Za-z][\w-]* +/, '')])) {
      platform.setSecret(secret);
      secrets.add(secret);
    }
    headers[name] = value;
  }
  const ca = inputs.caFile ? await readInput(workspace, inputs.caFile, 'ca-file') : undefined;
  const checks = await loadChecks(platform, workspace, inputs);
  const baselines = inputs.baselineReport
    ? await readBaselines(platform, workspace, inputs.baselineReport)
    : undefined;

  const now = performance.now();
  const gateDeadline: Deadline = { at: now + inputs.timeout * 1000, label: `timeout (${inputs.timeout} s)` };
  const readyDeadline = earliest(gateDeadline, {
    at: now + inputs.readyTimeout * 1000,
    label: `ready-timeout (${inputs.readyTimeout} s)`,
  });
  const policy = {
    retries: inputs.retries,
    requestTimeoutMs: inputs.requestTimeout * 1000,
    backoff: RETRY_BACKOFF,
  };
  const client = new HttpClient({ maxSockets: inputs.concurrency, ...(ca ? { ca } : {}) });
  let ready: ReadyOutcome;
  let probes: Probe[] = [];
  try {
    platform.progress({ id: READY_CHECK, label: `Ready: ${inputs.readyPath}`, state: 'running' });
    ready = await waitForReady(client, {
      url: urlOf(settings.baseUrl, inputs.readyPath),
      path: inputs.readyPath,
      headers,
      ...(inputs.expectVersion ? { expectVersion: inputs.expectVersion } : {}),
      source: {
        pointer: inputs.versionPointer,
        ...(inputs.versionHeader ? { header: inputs.versionHeader } : {}),
      },
      requestTimeoutMs: policy.requestTimeoutMs,
      deadline: readyDeadline,
    });
    platform.progress({
      id: READY_CHECK,
      label: `Ready: ${inputs.readyPath}`,
      state: ready.ready ? 'passed' : 'failed',
      detail: ready.reason,
    });
    if (ready.ready) {
      for (const check of checks) platform.progress({ id: check.name, label: check.name, state: 'queued' });
      probes = await mapLimit(checks, inputs.concurrency, async (check) => {
        platform.progress({ id: check.name, label: check.name, state: 'running' });
        const result = await probe(client, check, {
          baseUrl: settings.baseUrl,
          headers,
          samples: inputs.samples,
          warmup: inputs.warmup,
          policy,
          deadline: gateDeadline,
        });
        platform.progress({
          id: check.name,
          label: check.name,
          state: result.problems.length ? 'failed' : 'passed',
          detail: result.problems[0],
        });
        return result;
      });
    }
  } finally {
    client.close();
  }

  const judged = probes.map((p) => judge(p, inputs, baselines));
  const reportChecks: Check[] = [
    readyCheck(ready, inputs),
    ...(ready.ready ? judged.map((j) => j.check) : checks.map(skippedCheck)),
  ];
  const allLatencies = probes.flatMap((p) => p.latencies);
  const overall = latencyStats(allLatencies);
  const report: Report = {
    action: 'smoke-test-gate',
    title: 'Smoke test gate',
    verdict: verdictOf(reportChecks),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    checks: reportChecks,
    meta: {
      'base-url': publicUrl(settings.baseUrl),
      ...(inputs.expectVersion ? { 'expect-version': inputs.expectVersion } : {}),
      ...(ready.version ? { 'served-version': ready.version } : {}),
      ...(overall ? { p95: ms(overall.p95) } : {}),
    },
  };
  const failed = reportChecks.filter(isBlocking).map((c) => c.id);
  const fullReportHint = `\`${relativeTo(workspace, path.join(reportDir, 'report.json'))}\``;
  const summaryMarkdown = `${renderSummary(report, { fullReportHint })}\n${latencyTable(judged.map((j) => j.row))}`;
  const result: SmokeResult = {
    schemaVersion: 1,
    sha: platform.context.sha ?? null,
    ref: platform.context.refName ?? null,
    verdict: report.verdict,
    expectedVersion: inputs.expectVersion ?? null,
    servedVersion: ready.version ?? null,
    baseUrl: publicUrl(settings.baseUrl),
    checks: checks.length,
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

/** The parsed `base-url`, after every number input was checked. @throws ConfigError naming the input. */
function checkInputs(inputs: SmokeInputs): { baseUrl: URL } {
  let baseUrl: URL | undefined;
  try {
    baseUrl = new URL(inputs.baseUrl);
  } catch {
    baseUrl = undefined;
  }
  if (baseUrl?.protocol !== 'http:' && baseUrl?.protocol !== 'https:') {
    throw new ConfigError(`Input "base-url" must be an http:// or https:// URL (got "${inputs.baseUrl}").`, {
      input: 'base-url',
    });
  }
  const positive = {
    'ready-timeout': inputs.readyTimeout,
    timeout: inputs.timeout,
    'request-timeout': inputs.requestTimeout,
  };
  for (const [name, value] of Object.entries(positive)) {
    if (!(value > 0))
      throw new ConfigError(`Input "${name}" must be more than 0 seconds (got ${value}).`, { input: name });
  }
  const whole = {
    concurrency: [inputs.concurrency, 1],
    samples: [inputs.samples, 1],
    warmup: [inputs.warmup, 0],
    retries: [inputs.retries, 0],
  } as const;
  for (const [name, [value, min]] of Object.entries(whole)) {
    if (!Number.isInteger(value) || value < min) {
      throw new ConfigError(`Input "${name}" must be a whole number of at least ${min} (got ${value}).`, {
        input: name,
      });
    }
  }
  if (!(inputs.maxRegression >= 0)) {
    throw new ConfigError(
      `Input "max-regression" must be a percentage of 0 or more (got ${inputs.maxRegression}).`,
      {
        input: 'max-regression',
      },
    );
  }
  if (!inputs.readyPath.startsWith('/')) {
    throw new ConfigError(`Input "ready-path" must start with "/" (got "${inputs.readyPath}").`, {
      input: 'ready-path',
    });
  }
  if (!isPointer(inputs.versionPointer)) {
    throw new ConfigError(
      `Input "version-pointer" must be a JSON pointer such as "/version" or "/build/commit" (got "${inputs.versionPointer}").`,
      { input: 'version-pointer' },
    );
  }
  return { baseUrl };
}

/** `Name: value` of the `auth-header` input. @throws ConfigError that never echoes the value (a secret). */
export function parseAuthHeader(text: string): { name: string; value: string } {
  const match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(\S.*?)\s*$/s.exec(text);
  if (!match || /[\r\n]/.test(match[2] as string)) {
    throw new ConfigError(
      'Input "auth-header" must be one header as "Name: value", such as "Authorization: Bearer <token>".',
      {
        input: 'auth-header',
      },
    );
  }
  return { name: match[1] as string, value: match[2] as string };
}

async function readInput(workspace: string, file: string, input: string): Promise<string> {
  try {
    return await readFile(path.resolve(workspace, file), 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Input "${input}": ${file} cannot be read (${(error as { code?: string }).code ?? 'error'}).`,
      {
        input,
        cause: error,
      },
    );
  }
}

/**
 * The checks of the checks file and of the OpenAPI schema. A derived check named like one of the
 * file (`GET /path`) gives way to it. @throws ConfigError when there is no check at all.
 */
async function loadChecks(platform: Platform, workspace: string, inputs: SmokeInputs): Promise<SmokeCheck[]> {
  const file = path.resolve(workspace, inputs.checks);
  const fromFile = existsSync(file) || !inputs.openapi ? await loadChecksFile(file, inputs.checks) : [];
  if (!inputs.openapi) return fromFile;
  if (fromFile.length === 0)
    platform.log.info(`${inputs.checks} not found: the checks come from ${inputs.openapi} only.`);
  const names = new Set(fromFile.map((c) => c.name));
  const derived = (await loadOpenapiChecks(path.resolve(workspace, inputs.openapi), inputs.openapi)).filter(
    (c) => !names.has(c.name),
  );
  const checks = [...fromFile, ...derived];
  if (checks.length === 0) {
    throw new ConfigError(
      `Input "openapi": ${inputs.openapi} has no GET operation without required parameters; write checks in "${inputs.checks}".`,
      { input: 'openapi' },
    );
  }
  return checks;
}

/**
 * Each check's p95 and samples in a previous JSON report. A missing file (a first run) warns and
 * judges no regression. @throws ConfigError naming `baseline-report` for a file that is no report.
 */
async function readBaselines(
  platform: Platform,
  workspace: string,
  file: string,
): Promise<Map<string, Baseline>> {
  const full = path.resolve(workspace, file);
  if (!existsSync(full)) {
    platform.log.warning(`baseline-report ${file} does not exist (a first run?): no regression is judged.`);
    return new Map();
  }
  let checks: unknown;
  try {
    checks = (JSON.parse(await readFile(full, 'utf8')) as { checks?: unknown }).checks;
  } catch {
    checks = undefined;
  }
  if (!Array.isArray(checks)) {
    throw new ConfigError(
      `Input "baseline-report": ${file} is not a JSON report of smoke-test-gate (its "report" output).`,
      {
        input: 'baseline-report',
      },
    );
  }
  const baselines = new Map<string, Baseline>();
  for (const check of checks as { name?: unknown; counts?: Record<string, unknown> }[]) {
    const p95 = check.counts?.p95Ms;
    const samples = check.counts?.samples;
    if (typeof check.name === 'string' && typeof p95 === 'number' && typeof samples === 'number') {
      baselines.set(check.name, { p95, samples });
    }
  }
  return baselines;
}

/** A probe as a report check and a latency row: expectations, then latency limits and the regression budget. */
function judge(
  p: Probe,
  inputs: SmokeInputs,
  baselines: Map<string, Baseline> | undefined,
): { check: Check; row: LatencyRow } {
  const { check } = p;
  const stats = latencyStats(p.latencies);
  const judgement =
    stats && p.problems.length === 0
      ? judgeLatency(
          stats,
          check.maxLatency,
          baselines ? { baseline: baselines.get(check.name), maxPercent: inputs.maxRegression } : undefined,
        )
      : { failures: [], notes: [] };
  const problems = [...p.problems, ...judgement.failures].map((text) => secrets.redact(text));
  const findings: Finding[] = [
    ...problems.map((message) => ({ severity: 'error' as const, message, rule: check.name })),
    ...judgement.notes.map((message) => ({ severity: 'notice' as const, message, rule: check.name })),
  ];
  const status = problems.length > 0 ? 'failed' : 'passed';
  const summary = problems[0] ?? passSummary(p, stats);
  return {
    check: {
      id: check.name,
      name: check.name,
      mode: 'enforce',
      status,
      durationMs: Math.round(p.durationMs),
      summary,
      counts: countsOf(p, stats),
      findings,
      command: [check.method, check.path],
      ...(p.excerpt ? { outputTail: p.excerpt } : {}),
    },
    row: { name: check.name, status, stats, limits: limitsText(check, judgement.notes) },
  };
}

function passSummary(p: Probe, stats: LatencyStats | undefined): string {
  const retried = p.retries ? `, ${p.retries} retried` : '';
  if (!stats) return 'passed';
  if (stats.samples === 1) return `passed in ${ms(stats.p50)}${retried}`;
  return `${stats.samples} samples passed: p50 ${ms(stats.p50)}, p95 ${ms(stats.p95)}, max ${ms(stats.max)}${retried}`;
}

function countsOf(p: Probe, stats: LatencyStats | undefined): Record<string, number> {
  const counts: Record<string, number> = { samples: p.latencies.length, retries: p.retries };
  if (stats)
    Object.assign(counts, {
      p50Ms: round(stats.p50),
      p95Ms: round(stats.p95),
      p99Ms: round(stats.p99),
      maxMs: round(stats.max),
    });
  return counts;
}

/** `max ≤ 800 ms, p95 ≤ 300 ms; p95 limit 300 ms not judged: 10 samples (p95 needs 50)`. */
function limitsText(check: SmokeCheck, notes: readonly string[]): string {
  const limits = Object.entries(check.maxLatency ?? {}).map(
    ([key, value]) => `${key} ≤ ${ms(value as number)}`,
  );
  return [limits.join(', '), ...notes].filter(Boolean).join('; ');
}

function readyCheck(ready: ReadyOutcome, inputs: SmokeInputs): Check {
  const base = { id: READY_CHECK, name: `Ready: ${inputs.readyPath}`, mode: 'enforce' as const };
  const durationMs = Math.round(ready.elapsedMs);
  const counts = { attempts: ready.attempts };
  if (ready.ready) {
    const version = ready.version ? ` serving ${ready.version}` : '';
    return {
      ...base,
      status: 'passed',
      durationMs,
      counts,
      findings: [],
      summary: `ready${version} after ${ready.attempts} attempt${ready.attempts === 1 ? '' : 's'}`,
    };
  }
  const message = secrets.redact(ready.reason ?? 'not ready');
  return {
    ...base,
    status: 'failed',
    durationMs,
    counts,
    summary: message,
    findings: [{ severity: 'error', message, rule: READY_CHECK }],
    ...(ready.response ? { outputTail: excerptOf(ready.response) } : {}),
  };
}

function skippedCheck(check: SmokeCheck): Check {
  return {
    id: check.name,
    name: check.name,
    mode: 'enforce',
    status: 'skipped',
    durationMs: 0,
    summary: 'not run: the service was not ready',
    findings: [],
  };
}

/** `5 checks passed on 1.4.2 (p95 23 ms)`, `not ready: ...`, or `2 of 5 checks failed: a, b`. */
export function oneLineSummary(
  ready: ReadyOutcome,
  checks: readonly Check[],
  overall: LatencyStats | undefined,
): string {
  if (!ready.ready) return `not ready: ${secrets.redact(ready.reason ?? '')}`;
  const smoke = checks.filter((c) => c.id !== READY_CHECK);
  const failed = smoke.filter(isBlocking);
  const p95 = overall ? ` (p95 ${ms(overall.p95)})` : '';
  if (failed.length > 0) {
    return `${failed.length} of ${smoke.length} smoke checks failed: ${failed.map((c) => `${c.name}: ${c.summary}`).join('; ')}`;
  }
  const on = ready.version ? ` on ${ready.version}` : '';
  return `${smoke.length} smoke check${smoke.length === 1 ? '' : 's'} passed${on}${p95}`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
