/**
 * Running one check: warm-up requests, then its samples one after another. Every response is
 * judged against the check's expectations (only the samples are timed); the first failing one
 * ends the check (a smoke check that fails once has failed), and so does a request that got no
 * answer.
 */
import { secrets } from '@maint-actions/core';
import type { SmokeCheck } from './checks';
import { unmetExpectations } from './expect';
import type { HttpClient, HttpResponse } from './http';
import { type Deadline, type RetryPolicy, sendWithRetry } from './retry';

/** Characters of a response body shown in a report excerpt. */
const EXCERPT_CHARS = 2_000;

export interface ProbeOptions {
  readonly baseUrl: URL;
  /** Headers of every request (the `auth-header`, a User-Agent); the check's own win. */
  readonly headers: Readonly<Record<string, string>>;
  readonly samples: number;
  readonly warmup: number;
  readonly policy: RetryPolicy;
  readonly deadline: Deadline;
}

/** What running a check gave. */
export interface Probe {
  readonly check: SmokeCheck;
  /** Latency (ms) of each measured sample that was answered. */
  readonly latencies: number[];
  /** Samples planned. */
  readonly planned: number;
  /** Attempts beyond the first, over every request. */
  readonly retries: number;
  /** Why the check failed, one line each; empty when it passed. */
  readonly problems: string[];
  /** The failing response (status, content type, start of the body), redacted. */
  readonly excerpt?: string;
  readonly durationMs: number;
}

/** `base` joined with a check's `path` (`https://host/app` + `/api/x` = `https://host/app/api/x`). */
export function urlOf(base: URL, path: string): URL {
  const url = new URL(base.href);
  const [pathname, query] = path.split(/\?(.*)/s, 2) as [string, string | undefined];
  url.pathname = `${base.pathname.replace(/\/+$/, '')}${pathname}`;
  url.search = query === undefined ? '' : `?${query}`;
  url.hash = '';
  return url;
}

/** The request headers of `check`: the gate's, then the check's; an empty value removes one. */
export function headersOf(
  base: Readonly<Record<string, string>>,
  own: Readonly<Record<string, string>>,
): Record<string, string> {
  const merged = new Map<string, [string, string]>();
  for (const [name, value] of [...Object.entries(base), ...Object.entries(own)]) {
    if (value === '') merged.delete(name.toLowerCase());
    else merged.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(merged.values());
}

/**
 * Runs `check`: `warmup` requests, then its samples. A check that is not repeatable (a POST,
 * PUT, PATCH or DELETE unless it says `repeatable: true`) is sent exactly once: no warm-up, one
 * sample, no retry.
 */
export async function probe(client: HttpClient, check: SmokeCheck, options: ProbeOptions): Promise<Probe> {
  const started = performance.now();
  const request = {
    url: urlOf(options.baseUrl, check.path),
    method: check.method,
    headers: headersOf(options.headers, check.headers),
    ...(check.body === undefined ? {} : { body: check.body }),
  };
  const once = !check.repeatable;
  const planned = once ? 1 : (check.samples ?? options.samples);
  const warmup = once ? 0 : options.warmup;
  const policy = once ? { ...options.policy, retries: 0 } : options.policy;
  const latencies: number[] = [];
  let retries = 0;
  const done = (problems: string[], response?: HttpResponse): Probe => ({
    check,
    latencies,
    planned,
    retries,
    problems,
    ...(response ? { excerpt: excerptOf(response) } : {}),
    durationMs: performance.now() - started,
  });

  for (let i = 0; i < warmup + planned; i++) {
    const warming = i < warmup;
    const exchange = await sendWithRetry(client, request, policy, options.deadline);
    retries += Math.max(0, exchange.attempts - 1);
    const when = warming
      ? 'warm-up request'
      : once
        ? `${check.method} (sent once: not repeatable)`
        : `sample ${i - warmup + 1} of ${planned}`;
    if ('error' in exchange) {
      const tries = exchange.attempts > 1 ? ` (${exchange.attempts} attempts)` : '';
      return done([`${when}: ${exchange.error.message}${tries}`]);
    }
    const { response } = exchange;
    if (!warming) latencies.push(response.latencyMs);
    const problems = unmetExpectations(response, check.expect);
    if (problems.length > 0) {
      const note = exchange.note ? ` (${exchange.note})` : '';
      return done(
        problems.map((p) => `${when}: ${p}${note}`),
        response,
      );
    }
  }
  return done([]);
}

/** `HTTP 503 · text/html`, a blank line and the start of the body; secrets redacted. */
export function excerptOf(response: HttpResponse): string {
  const type = response.headers['content-type'];
  const text = response.body.toString('utf8');
  const body =
    text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}\n... (${text.length} characters)` : text;
  return secrets.redact(`HTTP ${response.status}${type ? ` · ${type}` : ''}\n\n${body}`);
}
