/**
 * Latency: percentiles by nearest rank, limits judged only with enough samples, and a budget
 * against the previous run's p95.
 */
import type { LatencyLimits } from './checks';

export type Percentile = 'p50' | 'p95' | 'p99';

/**
 * Samples a percentile needs before it is judged. By nearest rank, pN of fewer than
 * 100/(100−N) samples is simply the slowest one; these minimums leave at least one sample
 * above p99 and two or more above p95 and p50, so one slow request cannot decide alone.
 */
export const MIN_SAMPLES: Readonly<Record<Percentile, number>> = { p50: 20, p95: 50, p99: 100 };

export interface LatencyStats {
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** The `p`th percentile of ascending `sorted` by nearest rank: the value at rank ⌈p/100 · n⌉. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no samples');
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** Stats of `latencies` (ms); undefined without any. */
export function latencyStats(latencies: readonly number[]): LatencyStats | undefined {
  if (latencies.length === 0) return undefined;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] as number,
  };
}

/** What the limits say: failures fail the check; notes say what could not be judged. */
export interface LatencyJudgement {
  readonly failures: string[];
  readonly notes: string[];
}

/** A previous run's p95 of a check, for the regression budget. */
export interface Baseline {
  readonly p95: number;
  readonly samples: number;
}

/** Judges `stats` against `limits` and, with a baseline, the regression budget (percent). */
export function judgeLatency(
  stats: LatencyStats,
  limits: LatencyLimits | undefined,
  regression?: { readonly baseline: Baseline | undefined; readonly maxPercent: number },
): LatencyJudgement {
  const failures: string[] = [];
  const notes: string[] = [];
  if (limits?.max !== undefined && stats.max > limits.max) {
    failures.push(`slowest sample ${ms(stats.max)} is over the limit of ${ms(limits.max)}`);
  }
  for (const p of ['p50', 'p95', 'p99'] as const) {
    const limit = limits?.[p];
    if (limit === undefined) continue;
    if (stats.samples < MIN_SAMPLES[p]) {
      notes.push(
        `${p} limit ${ms(limit)} not judged: ${samples(stats.samples)} (${p} needs ${MIN_SAMPLES[p]})`,
      );
    } else if (stats[p] > limit) {
      failures.push(`${p} ${ms(stats[p])} is over the limit of ${ms(limit)}`);
    }
  }
  if (regression) {
    const { baseline, maxPercent } = regression;
    if (!baseline) notes.push('no p95 of this check in the baseline report');
    else if (Math.min(stats.samples, baseline.samples) < MIN_SAMPLES.p95) {
      notes.push(
        `regression not judged: ${samples(stats.samples)} now, ${baseline.samples} before (p95 needs ${MIN_SAMPLES.p95} on both)`,
      );
    } else {
      const budget = baseline.p95 * (1 + maxPercent / 100);
      if (stats.p95 > budget) {
        const percent = Math.round((stats.p95 / baseline.p95 - 1) * 100);
        failures.push(
          `p95 ${ms(stats.p95)} is ${percent}% over the previous run's ${ms(baseline.p95)} (max-regression ${maxPercent}%)`,
        );
      }
    }
  }
  return { failures, notes };
}

function samples(count: number): string {
  return `${count} sample${count === 1 ? '' : 's'}`;
}

/** `12.3 ms`. */
export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}
