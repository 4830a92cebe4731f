/** How smoke-test-gate judges what it saw: a check per probe, the readiness check, the summary line. */
import { type Check, type Finding, isBlocking, secrets } from '@maint-actions/core';
import type { SmokeCheck } from './checks';
import { type Baseline, judgeLatency, type LatencyStats, latencyStats, ms } from './latency';
import type { SmokeInputs } from './prepare';
import { excerptOf, type Probe } from './probe';
import type { ReadyOutcome } from './ready';
import type { LatencyRow } from './result';

/** The id of the readiness check in the report and in `failed-checks`. */
export const READY_CHECK = 'ready';

/** A probe as a report check and a latency row: expectations, then latency limits and the regression budget. */
export function judge(
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

export function readyCheck(ready: ReadyOutcome, inputs: SmokeInputs): Check {
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

export function skippedCheck(check: SmokeCheck): Check {
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

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
