/**
 * The network policy of every outbound request the actions make (the GitHub and GitLab APIs, OSV,
 * webhooks, publish-schema's HTTP target, S3): one deadline per attempt, one budget per request,
 * bounded retries of idempotent requests with backoff and jitter (a server's Retry-After is
 * honoured when it fits the budget), the proxy of the environment (HTTPS_PROXY, HTTP_PROXY,
 * NO_PROXY), and a host that did not answer is not waited for twice in one run.
 *
 * `httpFetch` is the fetch of every HTTP client; `s3NetworkConfig` gives the AWS SDK the same
 * policy (timeouts of its Node handler, a retry strategy, proxy agents). Nothing here loads a
 * proxy library unless a proxy variable is set.
 */
import { ConfigError } from './errors';
import { plural } from './words';

type Env = Readonly<Record<string, string | undefined>>;

export interface NetworkPolicy {
  /** How long one attempt may take to connect. */
  readonly connectTimeoutMs: number;
  /**
   * How long one attempt may go without an answer: for fetch, the whole response (headers and
   * body); for S3, a silence of the socket (a long upload that keeps moving is never cut).
   */
  readonly timeoutMs: number;
  /** All attempts and waits of one request. A retry starts only when its whole timeout still fits. */
  readonly budgetMs: number;
  /** Attempts of one request, the first one included. Only idempotent requests are retried. */
  readonly attempts: number;
  /** The wait before the first retry; doubled for each further one, at most `maxBackoffMs`, with jitter. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
}

/** The defaults: a dead endpoint is given up after about 61 s (two attempts of 30 s). */
export const NETWORK_DEFAULTS: NetworkPolicy = {
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  budgetMs: 90_000,
  attempts: 3,
  backoffMs: 1_000,
  maxBackoffMs: 8_000,
};

/** The environment variables that change the policy (seconds; attempts as a whole number). */
export const NETWORK_VARIABLES = {
  timeout: 'MAINT_NETWORK_TIMEOUT',
  budget: 'MAINT_NETWORK_BUDGET',
  attempts: 'MAINT_NETWORK_ATTEMPTS',
} as const;

/**
 * The policy of `env`: the defaults, changed by MAINT_NETWORK_TIMEOUT and MAINT_NETWORK_BUDGET
 * (seconds, decimals allowed) and MAINT_NETWORK_ATTEMPTS (1 to 10).
 *
 * @throws ConfigError naming the variable when a value is not a positive number.
 */
export function networkPolicy(env: Env = process.env): NetworkPolicy {
  const seconds = (name: string, fallback: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || !(value > 0) || value > 3600) {
      throw new ConfigError(
        `${name} must be a number of seconds between 0 and 3600 (got ${JSON.stringify(raw)}).`,
      );
    }
    return Math.round(value * 1000);
  };
  const timeoutMs = seconds(NETWORK_VARIABLES.timeout, NETWORK_DEFAULTS.timeoutMs);
  const budgetMs = seconds(NETWORK_VARIABLES.budget, NETWORK_DEFAULTS.budgetMs);
  const rawAttempts = env[NETWORK_VARIABLES.attempts]?.trim();
  let attempts = NETWORK_DEFAULTS.attempts;
  if (rawAttempts) {
    attempts = Number(rawAttempts);
    if (!/^\d+$/.test(rawAttempts) || attempts < 1 || attempts > 10) {
      throw new ConfigError(
        `${NETWORK_VARIABLES.attempts} must be a whole number from 1 to 10 (got ${JSON.stringify(rawAttempts)}).`,
      );
    }
  }
  return {
    ...NETWORK_DEFAULTS,
    connectTimeoutMs: Math.min(NETWORK_DEFAULTS.connectTimeoutMs, timeoutMs),
    timeoutMs,
    budgetMs,
    attempts,
  };
}

export type RetryDecision =
  | { readonly retry: true; readonly waitMs: number }
  | { readonly retry: false; readonly why: string | undefined };

/**
 * Whether to try again after `attempts` failed attempts, `elapsedMs` into the request: not past
 * the policy's attempts, and only when the wait (the server's `retryAfterMs`, else the backoff
 * with jitter) and a whole further attempt fit the budget.
 */
export function retryDecision(
  policy: NetworkPolicy,
  attempts: number,
  elapsedMs: number,
  retryAfterMs?: number,
  random: () => number = Math.random,
): RetryDecision {
  if (attempts >= policy.attempts) return { retry: false, why: undefined };
  const backoff = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempts - 1));
  const waitMs = retryAfterMs ?? Math.round(backoff * (0.5 + random() / 2));
  if (elapsedMs + waitMs + policy.timeoutMs > policy.budgetMs) {
    return {
      retry: false,
      why:
        retryAfterMs === undefined
          ? undefined
          : `it asked to retry after ${seconds(retryAfterMs)} s, beyond the budget of ${seconds(policy.budgetMs)} s`,
    };
  }
  return { retry: true, waitMs };
}

/** A `Retry-After` header (seconds or an HTTP date) in milliseconds from `now`. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A request given up: no answer, a broken connection, or a refusal that retries did not cure. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  /** `host[:port]` of the URL. */
  readonly host: string;
  /** The last HTTP status, when the server answered with one. */
  readonly status: number | undefined;
  readonly attempts: number;
  readonly elapsedMs: number;
  constructor(
    host: string,
    reason: string,
    details: { status?: number; attempts: number; elapsedMs: number; proxy?: string | undefined },
  ) {
    const via = details.proxy ? ` (through the proxy ${details.proxy})` : '';
    const tries =
      details.attempts === 0
        ? ''
        : ` (${plural(details.attempts, 'attempt')} in ${seconds(details.elapsedMs)} s)`;
    super(`${host}${via}: ${reason}${tries}`);
    this.host = host;
    this.status = details.status;
    this.attempts = details.attempts;
    this.elapsedMs = details.elapsedMs;
  }
}

/** The first NetworkError in `error`'s chain of causes. */
export function networkErrorIn(error: unknown): NetworkError | undefined {
  for (let e = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof NetworkError) return e;
  }
  return undefined;
}

/** Hosts that did not answer in this run, by origin: later requests to them fail at once. */
const unreachable = new Map<string, string>();

/** Forgets the hosts that did not answer (for tests that reuse a port). */
export function forgetUnreachableHosts(): void {
  unreachable.clear();
}

function failFast(origin: string, host: string): NetworkError | undefined {
  const earlier = unreachable.get(origin);
  return earlier === undefined
    ? undefined
    : new NetworkError(host, `did not answer earlier in this run (${earlier}); not tried again`, {
        attempts: 0,
        elapsedMs: 0,
      });
}

// ---------------------------------------------------------------------------------------------
// Proxies

/**
 * The proxy for `url` in `env`: `https_proxy`/`HTTPS_PROXY` for https URLs and
 * `http_proxy`/`HTTP_PROXY` for http ones (the lower-case form first, as curl reads them), unless
 * `no_proxy`/`NO_PROXY` names the host: `*`, a host name or IP address, a domain (`example.com`
 * and `.example.com` both cover its subdomains), each optionally with `:port`.
 *
 * @throws ConfigError naming the variable when the proxy is not a URL.
 */
export function proxyFor(url: URL, env: Env = process.env): URL | undefined {
  const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
  const name = names.find((n) => env[n]?.trim());
  if (!name) return undefined;
  if (bypassesProxy(url, env.no_proxy ?? env.NO_PROXY ?? '')) return undefined;
  const value = (env[name] as string).trim();
  const text = value.includes('://') ? value : `http://${value}`;
  const proxy = URL.canParse(text) ? new URL(text) : undefined;
  if (!proxy || !/^https?:$/.test(proxy.protocol)) {
    throw new ConfigError(`${name} must be the URL of an HTTP proxy, such as http://proxy.example:3128.`);
  }
  return proxy;
}

/** Whether a proxy variable is set at all (the proxy libraries load only then). */
export function hasProxyVariables(env: Env = process.env): boolean {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((n) => env[n]?.trim());
}

function bypassesProxy(url: URL, noProxy: string): boolean {
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.toLowerCase().split(/[\s,]+/)) {
    if (!raw) continue;
    if (raw === '*') return true;
    const m = /^(.*?)(?::(\d+))?$/.exec(raw.replace(/^\[(.*)\](:\d+)?$/, '$1$2')) as RegExpExecArray;
    const entry = (m[1] as string).replace(/^\*?\.?/, '');
    if (m[2] && m[2] !== port) continue;
    if (entry && (host === entry || host.endsWith(`.${entry}`))) return true;
  }
  return false;
}

/** A proxy URL as shown in messages: its host, never its credentials. */
const shownProxy = (proxy: URL | undefined): string | undefined => proxy?.host;

// ---------------------------------------------------------------------------------------------
// fetch

export interface HttpInit extends RequestInit {
  /**
   * Whether the request may be sent twice. Default: true for GET, HEAD, PUT, DELETE and OPTIONS.
   * Other requests are retried only when the connection was refused or the server answered 429.
   */
  readonly idempotent?: boolean;
  /** Default: `networkPolicy()` of the process environment. */
  readonly policy?: NetworkPolicy;
  /** Where the proxy variables are read; default: the process environment. */
  readonly env?: Env;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const NULL_BODY = new Set([101, 204, 205, 304]);

type Attempt =
  | { readonly response: Response }
  | {
      readonly reason: string;
      readonly retryable: boolean;
      /** Nothing reached the server: retrying is safe for any method. */
      readonly unsent: boolean;
      /** No sign of life (no connection, or no answer at all): later requests to it fail at once. */
      readonly dead?: boolean;
    };

/**
 * fetch under the network policy: each attempt has `timeoutMs` for the whole response (its body
 * is read within the attempt, so a body that stalls is a timeout too), retryable failures are
 * tried again within the budget, and the proxy of the environment is used. Resolves to a
 * complete Response for any status that is not retried (404, 422 ...).
 *
 * @throws NetworkError naming the host when there was no usable answer: no answer in time, a
 *   broken connection, a retried status (408, 429, 5xx) that did not clear, or a host that
 *   already did not answer in this run. A caller's own abort is rethrown as is.
 */
export async function httpFetch(input: string | URL, init: HttpInit = {}): Promise<Response> {
  const { idempotent, policy = networkPolicy(), env = process.env, ...request } = init;
  const url = new URL(String(input));
  const method = (request.method ?? 'GET').toUpperCase();
  const replayable =
    request.body == null || typeof request.body === 'string' || request.body instanceof Uint8Array;
  const mayRepeat = (idempotent ?? IDEMPOTENT.has(method)) && replayable;
  const proxy = proxyFor(url, env);
  const early = failFast(url.origin, url.host);
  if (early) throw early;
  const started = Date.now();
  for (let attempts = 1; ; attempts++) {
    const elapsed = Date.now() - started;
    const outcome = await attempt(
      url,
      request,
      Math.min(policy.timeoutMs, policy.budgetMs - elapsed),
      proxy,
      policy,
    );
    const fail = (reason: string, status?: number): NetworkError =>
      new NetworkError(url.host, reason, {
        attempts,
        elapsedMs: Date.now() - started,
        proxy: shownProxy(proxy),
        ...(status === undefined ? {} : { status }),
      });
    let retryAfterMs: number | undefined;
    let retryable: boolean;
    if ('response' in outcome) {
      const { response } = outcome;
      if (!RETRY_STATUSES.has(response.status)) return response;
      retryable = replayable && (mayRepeat || response.status === 429);
      if (!retryable) return response;
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    } else {
      retryable = replayable && (mayRepeat || outcome.unsent) && outcome.retryable;
    }
    const decision = retryable
      ? retryDecision(policy, attempts, Date.now() - started, retryAfterMs)
      : { retry: false as const, why: undefined };
    if (decision.retry) {
      await sleep(decision.waitMs, request.signal ?? undefined);
      continue;
    }
    if ('response' in outcome) {
      const { status, statusText } = outcome.response;
      const said = await serverSays(outcome.response);
      const answered = `answered HTTP ${status}${statusText ? ` ${statusText}` : ''}${said ? `: ${said}` : ''}`;
      throw fail(decision.why ? `${answered}, and ${decision.why}` : answered, status);
    }
    if (outcome.dead) unreachable.set(url.origin, outcome.reason);
    throw fail(outcome.reason);
  }
}

/** The server's own short message in an error answer: a JSON `message`, or one line of text. */
async function serverSays(response: Response): Promise<string | undefined> {
  const text = (await response.text().catch(() => '')).trim();
  if (!text) return undefined;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      const message = (JSON.parse(text) as { message?: unknown }).message;
      return typeof message === 'string' ? message.slice(0, 200) : undefined;
    } catch {
      return undefined;
    }
  }
  const line = text.split(/\r?\n/)[0] as string;
  return line.length <= 200 && !line.startsWith('<') ? line : undefined;
}

/** One attempt with a deadline of `timeoutMs` for the response and its body. */
async function attempt(
  url: URL,
  request: RequestInit,
  timeoutMs: number,
  proxy: URL | undefined,
  policy: NetworkPolicy,
): Promise<Attempt> {
  // The proxy's client loads before the clock starts: loading is not the server's delay.
  const fetchVia = await fetcher(proxy, policy);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), Math.max(1, timeoutMs));
  const signal = request.signal ? AbortSignal.any([request.signal, deadline.signal]) : deadline.signal;
  let phase: 'headers' | 'body' = 'headers';
  try {
    const response = await fetchVia(url, { ...request, signal });
    phase = 'body';
    const body = NULL_BODY.has(response.status) ? null : new Uint8Array(await response.arrayBuffer());
    const complete = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers as Headers,
    });
    Object.defineProperty(complete, 'url', { value: response.url || url.href });
    return { response: complete };
  } catch (error) {
    if (request.signal?.aborted) throw error;
    if (deadline.signal.aborted) {
      const s = seconds(timeoutMs);
      return {
        reason:
          phase === 'headers'
            ? `no answer within ${s} s`
            : `the response stopped after its headers (not complete within ${s} s)`,
        retryable: true,
        unsent: false,
        dead: phase === 'headers',
      };
    }
    return describeFailure(error, phase);
  } finally {
    clearTimeout(timer);
  }
}

/** fetch itself: Node's own, or undici's with a ProxyAgent (loaded on first use) when a proxy applies. */
async function fetcher(
  proxy: URL | undefined,
  policy: NetworkPolicy,
): Promise<(url: URL, init: RequestInit) => Promise<Response>> {
  if (!proxy) return (url, init) => fetch(url, init);
  const undici = await import('undici');
  const key = `${proxy.href} ${policy.connectTimeoutMs}`;
  let dispatcher = proxyAgents.get(key);
  if (!dispatcher) {
    // proxyTunnel false: an http:// URL is forwarded (as curl does); an https:// one goes through CONNECT.
    dispatcher = new undici.ProxyAgent({
      uri: proxy.href,
      proxyTunnel: false,
      connect: { timeout: policy.connectTimeoutMs },
    });
    proxyAgents.set(key, dispatcher);
  }
  const via = dispatcher;
  return async (url, init) =>
    (await undici.fetch(url, { ...(init as object), dispatcher: via } as never)) as unknown as Response;
}

const proxyAgents = new Map<string, import('undici').Dispatcher>();

const CODES: Readonly<Record<string, { text: string; retryable: boolean; unsent?: boolean }>> = {
  ECONNREFUSED: { text: 'connection refused', retryable: true, unsent: true },
  ECONNRESET: { text: 'connection reset', retryable: true },
  EPIPE: { text: 'connection closed while sending', retryable: true },
  UND_ERR_SOCKET: { text: 'connection closed before the response was complete', retryable: true },
  UND_ERR_CLOSED: { text: 'connection closed before the response was complete', retryable: true },
  UND_ERR_CONNECT_TIMEOUT: { text: 'could not connect in time', retryable: true, unsent: true },
  ETIMEDOUT: { text: 'could not connect in time', retryable: true, unsent: true },
  EHOSTUNREACH: { text: 'host unreachable', retryable: true, unsent: true },
  ENETUNREACH: { text: 'network unreachable', retryable: true, unsent: true },
  EAI_AGAIN: { text: 'name lookup failed for now (DNS)', retryable: true, unsent: true },
  ENOTFOUND: { text: 'no such host (DNS)', retryable: false },
};

/** Codes that mean the host could not be reached at all (a reset or a closed connection is a sign of life). */
const DEAD_CODES = new Set([
  'ECONNREFUSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS/;

/** A failed fetch as a reason: fetch's TypeError holds the real error as its cause. */
function describeFailure(error: unknown, phase: 'headers' | 'body'): Attempt {
  const chain: { code?: string; message?: string; name?: string }[] = [];
  for (let e = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    chain.push(e as { code?: string; message?: string });
  }
  const coded = chain.find((e) => typeof e.code === 'string' && (e.code in CODES || TLS_CODES.test(e.code)));
  if (coded?.code && TLS_CODES.test(coded.code)) {
    return {
      reason: `TLS failed: ${coded.code} (a private certificate authority? point NODE_EXTRA_CA_CERTS at its PEM file)`,
      retryable: false,
      unsent: true,
    };
  }
  const known = coded?.code ? CODES[coded.code] : undefined;
  if (known)
    return {
      reason: `${known.text} (${coded?.code})`,
      retryable: known.retryable,
      unsent: known.unsent ?? false,
      dead: DEAD_CODES.has(coded?.code as string),
    };
  const proxyRefusal = chain.find((e) => /Proxy response \((\d+)\)/.test(e.message ?? ''));
  if (proxyRefusal) {
    const status = /Proxy response \((\d+)\)/.exec(proxyRefusal.message as string)?.[1];
    return { reason: `the proxy refused the tunnel (HTTP ${status})`, retryable: false, unsent: true };
  }
  const last = chain[chain.length - 1];
  const text = last?.message || String(error);
  return {
    reason: phase === 'body' ? `the response broke off: ${text}` : text,
    retryable: phase === 'body' || last?.name === 'SocketError',
    unsent: false,
  };
}

// ---------------------------------------------------------------------------------------------
// The AWS SDK

/** The retry strategy interface of the AWS SDK v3 (RetryStrategyV2), without importing it. */
interface SdkRetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
  readonly startedAt: number;
}
interface SdkRetryErrorInfo {
  readonly error?: unknown;
  readonly errorType: 'TRANSIENT' | 'THROTTLING' | 'SERVER_ERROR' | 'CLIENT_ERROR';
  readonly retryAfterHint?: Date;
}

/** The settings of an AWS SDK client that apply the policy: timeouts, retries and proxies. */
export interface SdkNetworkConfig {
  readonly maxAttempts: number;
  readonly retryStrategy: {
    acquireInitialRetryToken(scope: string): Promise<SdkRetryToken>;
    refreshRetryTokenForRetry(token: SdkRetryToken, info: SdkRetryErrorInfo): Promise<SdkRetryToken>;
    recordSuccess(token: SdkRetryToken): void;
  };
  /**
   * The Node HTTP handler's options as a provider function, the form the SDK's own defaults take
   * (`NodeHttpHandler.create` hands a function to the handler, which calls it on the first
   * request): the proxy agents load then, and only when a proxy variable is set. Typed as the
   * options record the client's config declares.
   */
  readonly requestHandler: Record<string, unknown>;
}

/**
 * The policy for an AWS SDK client whose requests go to `endpoint` (its origin names the host in
 * messages): a connect timeout, the timeout as socket inactivity (a slow but moving transfer is
 * never cut), retries of what the SDK deems retryable within the budget, and proxy agents. A
 * request given up has its message prefixed with the host and the attempts it took.
 */
export function sdkNetworkConfig(
  endpoint: URL,
  policy: NetworkPolicy = networkPolicy(),
  env: Env = process.env,
): SdkNetworkConfig {
  const host = endpoint.host;
  const token = (count: number, delay: number, startedAt: number): SdkRetryToken => ({
    getRetryCount: () => count,
    getRetryDelay: () => delay,
    startedAt,
  });
  return {
    maxAttempts: policy.attempts,
    retryStrategy: {
      async acquireInitialRetryToken() {
        const early = failFast(endpoint.origin, host);
        if (early) throw early;
        return token(0, 0, Date.now());
      },
      async refreshRetryTokenForRetry(previous, info) {
        const attempts = previous.getRetryCount() + 1;
        const elapsed = Date.now() - previous.startedAt;
        const retryAfterMs = info.retryAfterHint
          ? Math.max(0, info.retryAfterHint.getTime() - Date.now())
          : undefined;
        const decision =
          info.errorType === 'CLIENT_ERROR'
            ? ({ retry: false, why: undefined } as const)
            : retryDecision(policy, attempts, elapsed, retryAfterMs);
        if (decision.retry) return token(attempts, decision.waitMs, previous.startedAt);
        const error = info.error as (Error & { $metadata?: { httpStatusCode?: number } }) | undefined;
        if (error instanceof Error && info.errorType !== 'CLIENT_ERROR') {
          const status = error.$metadata?.httpStatusCode;
          // The server's own message (S3's XML <Message>) when it gave one.
          const said =
            error.message &&
            error.message !== error.name &&
            !/^Unknown|Deserialization error|parse error/.test(error.message);
          const reason = status
            ? `answered HTTP ${status}${said ? `: ${error.message}` : ''}`
            : describeSdkFailure(error);
          if (!status && sdkHostSilent(error)) unreachable.set(endpoint.origin, reason);
          const given = new NetworkError(host, decision.why ? `${reason}, and ${decision.why}` : reason, {
            attempts,
            elapsedMs: Date.now() - previous.startedAt,
            proxy: shownProxy(proxyFor(endpoint, env)),
          });
          error.message = given.message;
        }
        throw error;
      },
      recordSuccess() {},
    },
    requestHandler: (async () => ({
      connectionTimeout: policy.connectTimeoutMs,
      socketTimeout: policy.timeoutMs,
      ...(hasProxyVariables(env) ? (await import('./proxy-agents')).nodeProxyAgents(env) : {}),
    })) as unknown as Record<string, unknown>,
  };
}

/**
 * Whether the SDK's error says the host gave no sign of life: its timeouts (the handler also
 * names a reset `TimeoutError`, which is a sign of life) or a connection that was never made.
 */
function sdkHostSilent(error: Error & { code?: string }): boolean {
  return SDK_SILENCE.test(error.message) || DEAD_CODES.has(error.code ?? '');
}
const SDK_SILENCE = /timed out after \d+ ms of inactivity|did not establish a connection/;

/** The SDK's transport errors in plain words. */
function describeSdkFailure(error: Error & { code?: string }): string {
  const inactivity = /timed out after (\d+) ms of inactivity/.exec(error.message);
  if (inactivity) return `no answer for ${seconds(Number(inactivity[1]))} s`;
  const connect = /establish a connection .* timeout of (\d+) ms/.exec(error.message);
  if (connect) return `could not connect within ${seconds(Number(connect[1]))} s`;
  const known = error.code ? CODES[error.code] : undefined;
  if (known) return `${known.text} (${error.code})`;
  return error.message;
}

// ---------------------------------------------------------------------------------------------

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done(): void {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }
    function aborted(): void {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', aborted, { once: true });
  });
}

const seconds = (ms: number): string => String(Math.round(ms / 100) / 10);
