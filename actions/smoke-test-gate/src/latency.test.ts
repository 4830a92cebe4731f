import { describe, expect, it } from 'vitest';
import { judgeLatency, latencyStats, MIN_SAMPLES, percentile } from './latency';

/** 1, 2, ..., n milliseconds, shuffled. */
const ramp = (n: number): number[] => Array.from({ length: n }, (_, i) => ((i * 37) % n) + 1);

describe('latency', () => {
  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)]).toEqual([50, 95, 99]);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(latencyStats(ramp(20))).toEqual({ samples: 20, p50: 10, p95: 19, p99: 20, max: 20 });
    expect(latencyStats([])).toBeUndefined();
  });

  it('judges a percentile limit only with enough samples, and says so otherwise', () => {
    const few = latencyStats(ramp(10));
    expect(few && judgeLatency(few, { p95: 5, max: 100 })).toEqual({
      failures: [],
      notes: ['p95 limit 5.0 ms not judged: 10 samples (p95 needs 50)'],
    });
    const many = latencyStats(ramp(MIN_SAMPLES.p95));
    expect(many && judgeLatency(many, { p50: 30, p95: 40, max: 45 })).toEqual({
      failures: ['slowest sample 50 ms is over the limit of 45 ms', 'p95 48 ms is over the limit of 40 ms'],
      notes: [],
    });
  });

  it('fails a p95 over the previous run by more than max-regression', () => {
    const stats = latencyStats(ramp(50).map((v) => v * 2));
    if (!stats) throw new Error('no stats');
    // p95 is 96 ms: exactly 20% over 80 ms is within the budget.
    expect(judgeLatency(stats, undefined, { baseline: { p95: 80, samples: 50 }, maxPercent: 20 })).toEqual({
      failures: [],
      notes: [],
    });
    expect(
      judgeLatency(stats, undefined, { baseline: { p95: 70, samples: 50 }, maxPercent: 20 }).failures,
    ).toEqual(["p95 96 ms is 37% over the previous run's 70 ms (max-regression 20%)"]);
    expect(judgeLatency(stats, undefined, { baseline: { p95: 70, samples: 10 }, maxPercent: 20 })).toEqual({
      failures: [],
      notes: ['regression not judged: 50 samples now, 10 before (p95 needs 50 on both)'],
    });
  });
});
