import type { Verdict } from '@maint-actions/core';
import { type LatencyStats, ms } from './latency';

/** The file name of the record, in the report directory. */
export const RESULT_FILE = 'smoke-result.json';

/** The content of `smoke-result.json`. */
export interface SmokeResult {
  readonly schemaVersion: 1;
  /** The commit of this pipeline: what a production job compares with its own. */
  readonly sha: string | null;
  readonly ref: string | null;
  readonly verdict: Verdict;
  /** The version the service had to report (`expect-version`), and the one it reported. */
  readonly expectedVersion: string | null;
  readonly servedVersion: string | null;
  /** Origin and path of `base-url` (never its credentials or query). */
  readonly baseUrl: string;
  readonly checks: number;
  readonly failedChecks: readonly string[];
  readonly p95Ms: number | null;
  readonly finishedAt: string;
  readonly runUrl: string | null;
}

/** One row of the latency table. */
export interface LatencyRow {
  readonly name: string;
  readonly status: string;
  readonly stats: LatencyStats | undefined;
  /** Limits and notes, such as `p95 ≤ 500 ms (not judged: 10 samples)`. */
  readonly limits: string;
}

/** The latency table of the job summary: samples and p50/p95/p99/max per check. */
export function latencyTable(rows: readonly LatencyRow[]): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const lines = rows.map(({ name, status, stats, limits }) => {
    const values = stats
      ? [String(stats.samples), ms(stats.p50), ms(stats.p95), ms(stats.p99), ms(stats.max)]
      : ['0', '—', '—', '—', '—'];
    return `| ${cell(name)} | ${status} | ${values.join(' | ')} | ${cell(limits) || '—'} |`;
  });
  return [
    '### Latency',
    '',
    '| Check | Status | Samples | p50 | p95 | p99 | Max | Limits |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
    '',
    'Percentiles by nearest rank over the measured samples (after the warm-up), from the request to the last byte of the body.',
    '',
  ].join('\n');
}

/** `base-url` without credentials, query or fragment. */
export function publicUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
