/**
 * Waiting for a deploy: poll the readiness URL with exponential backoff and full jitter until it
 * answers 2xx and, with an expected version, reports it. A slow start is not a failure (only the
 * deadline is); a healthy old version never passes.
 */
import { formatSeconds, type HttpClient, type HttpResponse, RequestError } from './http';
import {
  type Backoff,
  backoffDelay,
  type Deadline,
  RETRYABLE_STATUSES,
  remaining,
  retryAfterMs,
  sleep,
} from './retry';
import { isExpectedVersion, reportedVersion, type VersionSource } from './version';

/** Backoff of readiness polls: a first poll again soon, then at most every 5 s. */
export const READY_BACKOFF: Backoff = { baseMs: 200, capMs: 5_000 };

export interface ReadyOptions {
  readonly url: URL;
  /** The path as the user wrote it, for messages. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly expectVersion?: string;
  readonly source: VersionSource;
  readonly requestTimeoutMs: number;
  readonly deadline: Deadline;
  readonly backoff?: Backoff;
  readonly random?: () => number;
}

export interface ReadyOutcome {
  readonly ready: boolean;
  readonly attempts: number;
  readonly elapsedMs: number;
  /** The version the service reported last, when it reported one. */
  readonly version?: string;
  /** Why it is not ready (set when `ready` is false). */
  readonly reason?: string;
  /** The last response, for the report's excerpt. */
  readonly response?: HttpResponse;
}

/** Polls until ready, a final answer (a 4xx other than 408/429, a TLS failure), or the deadline. */
export async function waitForReady(client: HttpClient, options: ReadyOptions): Promise<ReadyOutcome> {
  const started = performance.now();
  const backoff = options.backoff ?? READY_BACKOFF;
  let version: string | undefined;
  let lastSeen = 'no answer';
  let response: HttpResponse | undefined;
  let attempts = 0;
  const outcome = (ready: boolean, reason?: string): ReadyOutcome => ({
    ready,
    attempts,
    elapsedMs: performance.now() - started,
    ...(version === undefined ? {} : { version }),
    ...(reason === undefined ? {} : { reason }),
    ...(response === undefined ? {} : { response }),
  });
  const deadlinePassed = (): ReadyOutcome =>
    outcome(false, timedOut(options, lastSeen, version, attempts, performance.now() - started));

  for (;;) {
    const left = remaining(options.deadline);
    if (left <= 0) return deadlinePassed();
    attempts++;
    let wait: number | undefined;
    // A poll sent just before the deadline gets only the time left: when that runs out, the
    // deadline ended the poll, not the service, and the answers seen before it still stand.
    const cutByDeadline = left < options.requestTimeoutMs;
    try {
      response = await client.send({
        url: options.url,
        method: 'GET',
        headers: options.headers,
        timeoutMs: cutByDeadline ? left : options.requestTimeoutMs,
      });
      const { status } = response;
      if (status >= 200 && status < 300) {
        if (options.expectVersion === undefined) return outcome(true);
        const reported = reportedVersion(options.source, response.headers, response.body);
        if ('version' in reported) {
          version = reported.version;
          if (isExpectedVersion(options.expectVersion, version)) return outcome(true);
          lastSeen = `version "${version}"`;
        } else {
          lastSeen = `${status} with ${reported.missing}`;
        }
      } else if (status >= 400 && status < 500 && !RETRYABLE_STATUSES.has(status)) {
        return outcome(
          false,
          `${options.path} answered ${status}, which waiting does not change (check "ready-path" and "auth-header")`,
        );
      } else {
        lastSeen = String(status);
        wait = retryAfterMs(response.headers['retry-after']);
      }
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      if (error.kind === 'tls') return outcome(false, `${options.path}: ${error.message}`);
      if (error.kind === 'timeout' && cutByDeadline) {
        if (lastSeen === 'no answer') lastSeen = 'no answer before the deadline';
        return deadlinePassed();
      }
      lastSeen = `no answer (${error.message})`;
    }
    await sleep(
      Math.min(wait ?? backoffDelay(attempts - 1, backoff, options.random), remaining(options.deadline)),
    );
  }
}

function timedOut(
  options: ReadyOptions,
  lastSeen: string,
  version: string | undefined,
  attempts: number,
  elapsedMs: number,
): string {
  const after = `after ${formatSeconds(Math.round(elapsedMs))} and ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} (deadline ${options.deadline.label})`;
  if (version !== undefined && lastSeen.startsWith('version')) {
    return `${options.path} still reports version "${version}", not "${options.expectVersion}", ${after}: the new version is not serving`;
  }
  return `${options.path} was not ready ${after}: last answer ${lastSeen}`;
}
