/**
 * One HTTP exchange, timed from the request to the last byte of the body, with `node:http` and
 * `node:https` directly: exact timing, a keep-alive agent per run, and a private CA.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import tls from 'node:tls';

/** Bodies are kept up to this size; the rest is read (for the timing) and dropped. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface HttpRequest {
  readonly url: URL;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** The whole exchange, until the body's last byte. */
  readonly timeoutMs: number;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The body was longer than MAX_BODY_BYTES and `body` holds its start. */
  readonly truncated: boolean;
  /** From sending the request to the body's last byte. */
  readonly latencyMs: number;
}

/** Why no response came: `connection` is worth a retry; `timeout` and `tls` are not. */
export type RequestErrorKind = 'connection' | 'timeout' | 'tls';

/** A request that got no (complete) response. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  readonly kind: RequestErrorKind;
  constructor(kind: RequestErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }
}

export interface HttpClientOptions {
  /** PEM of an extra certificate authority, trusted beside the system ones. */
  readonly ca?: string;
  /** Connections per origin at most. */
  readonly maxSockets: number;
}

/** Sends requests over keep-alive connections; `close` ends them. */
export class HttpClient {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(options: HttpClientOptions) {
    this.httpAgent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });
    this.httpsAgent = new https.Agent({
      keepAlive: true,
      maxSockets: options.maxSockets,
      ...(options.ca ? { ca: [...tls.rootCertificates, options.ca] } : {}),
    });
  }

  /** Sends `request`. @throws RequestError when no complete response arrives in time. */
  send(request: HttpRequest): Promise<HttpResponse> {
    const secure = request.url.protocol === 'https:';
    const transport = secure ? https : http;
    return new Promise((resolve, reject) => {
      const started = performance.now();
      let headersSeen = false;
      const req = transport.request(request.url, {
        method: request.method,
        headers: request.headers,
        agent: secure ? this.httpsAgent : this.httpAgent,
      });
      const timer = setTimeout(() => {
        const seconds = formatSeconds(request.timeoutMs);
        const message = headersSeen
          ? `the response body was still arriving after ${seconds} (request-timeout)`
          : `no response within ${seconds} (request-timeout)`;
        req.destroy(new RequestError('timeout', message));
      }, request.timeoutMs);
      const fail = (error: unknown): void => {
        clearTimeout(timer);
        reject(error instanceof RequestError ? error : classify(error));
      };
      req.on('error', fail);
      req.on('response', (res) => {
        headersSeen = true;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY_BYTES) chunks.push(chunk.subarray(0, MAX_BODY_BYTES - size));
          size += chunk.length;
        });
        res.on('error', fail);
        res.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            truncated: size > MAX_BODY_BYTES,
            latencyMs: performance.now() - started,
          });
        });
      });
      req.end(request.body);
    });
  }

  /** Closes the idle connections. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}

/** TLS verification failures: a private CA needs `ca-file`; retrying never helps. */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function classify(error: unknown): RequestError {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (TLS_CODES.has(code)) {
    return new RequestError('tls', `TLS: ${message} (a private CA needs the input "ca-file")`, {
      cause: error,
    });
  }
  return new RequestError('connection', message || code, { cause: error });
}

/** `2 s`, `0.5 s`. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
