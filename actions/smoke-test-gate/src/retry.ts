/**
 * Retries where they help: connection errors, 408, 429 (after its `Retry-After`), 502, 503 and
 * 504, with exponential backoff and full jitter, never past the deadline. Anything else is final.
 */
import { formatSeconds, type HttpClient, type HttpRequest, type HttpResponse, RequestError } from './http';

/** Statuses worth another attempt. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);

/** A point in time (`performance.now()` scale) and the input that set it, for messages. */
export interface Deadline {
  readonly at: number;
  /** Such as `timeout (600 s)`. */
  readonly label: string;
}

/** Milliseconds left before `deadline` (negative once past). */
export function remaining(deadline: Deadline): number {
  return deadline.at - performance.now();
}

/** The earlier of two deadlines. */
export function earliest(a: Deadline, b: Deadline): Deadline {
  return a.at <= b.at ? a : b;
}

/** The gate ran out of time before a request could be sent. */
export class DeadlineError extends Error {
  override readonly name = 'DeadlineError';
}

export interface Backoff {
  /** The first wait's upper bound. */
  readonly baseMs: number;
  /** No wait's upper bound is larger. */
  readonly capMs: number;
}

/** Backoff of requests that are retried. */
export const RETRY_BACKOFF: Backoff = { baseMs: 250, capMs: 8_000 };

/**
 * The wait before retry `attempt` (0 for the first): "full jitter", a uniform draw from
 * [0, min(cap, base·2^attempt)], so clients that failed together do not retry together.
 */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number = Math.random): number {
  return random() * Math.min(backoff.capMs, backoff.baseMs * 2 ** attempt);
}

/** A `Retry-After` value (seconds, or an HTTP date) as milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(
  value: string | string[] | undefined,
  now: number = Date.now(),
): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

export interface RetryPolicy {
  readonly retries: number;
  readonly requestTimeoutMs: number;
  readonly backoff: Backoff;
}

/** A response after its retries, or the error that ended them. */
export type Exchange =
  | { readonly response: HttpResponse; readonly attempts: number; readonly note?: string }
  | { readonly error: RequestError | DeadlineError; readonly attempts: number };

/**
 * Sends `request`, retrying connection errors and retryable statuses up to `policy.retries`
 * times. Each attempt's timeout is the request timeout or the time left, whichever is shorter.
 * A retryable status that is still there when the retries or the time run out is returned as
 * the response, with a `note` saying why it was not retried again.
 */
export async function sendWithRetry(
  client: HttpClient,
  request: Omit<HttpRequest, 'timeoutMs'>,
  policy: RetryPolicy,
  deadline: Deadline,
): Promise<Exchange> {
  for (let attempt = 0; ; attempt++) {
    const left = remaining(deadline);
    if (left <= 0) {
      return { error: new DeadlineError(`the deadline ${deadline.label} passed`), attempts: attempt };
    }
    let wait: number;
    // Sent with less than request-timeout left, a timeout is the deadline's, not the service's.
    const cutByDeadline = left < policy.requestTimeoutMs;
    try {
      const response = await client.send({
        ...request,
        timeoutMs: cutByDeadline ? left : policy.requestTimeoutMs,
      });
      if (!RETRYABLE_STATUSES.has(response.status)) return { response, attempts: attempt + 1 };
      if (attempt >= policy.retries) {
        // With no retry allowed (a request sent once), the status is simply the answer.
        if (attempt === 0) return { response, attempts: 1 };
        return {
          response,
          attempts: attempt + 1,
          note: `still ${response.status} after ${attempt + 1} attempts`,
        };
      }
      const after = retryAfterMs(response.headers['retry-after']);
      wait = after ?? backoffDelay(attempt, policy.backoff);
      if (after !== undefined && after > remaining(deadline)) {
        const note = `Retry-After ${formatSeconds(after)} is past the deadline ${deadline.label}`;
        return { response, attempts: attempt + 1, note };
      }
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      if (error.kind === 'timeout' && cutByDeadline) {
        return { error: new DeadlineError(`the deadline ${deadline.label} passed`), attempts: attempt + 1 };
      }
      if (error.kind !== 'connection' || attempt >= policy.retries) return { error, attempts: attempt + 1 };
      wait = backoffDelay(attempt, policy.backoff);
    }
    await sleep(Math.min(wait, remaining(deadline)));
  }
}
