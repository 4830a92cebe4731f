/**
 * Real servers on 127.0.0.1 that misbehave the way dead or overloaded endpoints do, an HTTP proxy
 * (forwarding and CONNECT) that records what went through it, and a private certificate authority
 * for TLS tests. For the network policy's tests (issue 13 item 3, issue 15 item 6).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type Server, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type NetworkPolicy, runProcess } from '@maint-actions/core';

/** A policy for tests: a dead endpoint is given up in about 1.6 s (three attempts of 0.5 s). */
export const FAST_NETWORK: NetworkPolicy = {
  connectTimeoutMs: 500,
  timeoutMs: 500,
  budgetMs: 3000,
  attempts: 3,
  backoffMs: 50,
  maxBackoffMs: 200,
};

/**
 * When a test of FAST_NETWORK must have its verdict: the budget, plus the lateness of a timer on a
 * loaded machine (the policy gives up at the budget; on two busy cores the timer that notices has
 * fired up to ~100 ms late). Still far below a second attempt's worth of waiting past the budget.
 */
export const FAST_NETWORK_DEADLINE_MS = FAST_NETWORK.budgetMs + 500;

/** The same policy as environment variables, for tests of a whole process (backoff stays 1 s). */
export const FAST_NETWORK_ENV = { MAINT_NETWORK_TIMEOUT: '0.5', MAINT_NETWORK_BUDGET: '3' } as const;

/**
 * The four misbehaviours each client is tested against, with what its message must say after
 * the host: no answer, a stalled body, a reset, a 503 whose Retry-After is beyond the budget.
 */
export const HOSTILE_CASES: readonly {
  readonly mode: HostileMode;
  readonly options?: HostileOptions;
  readonly says: RegExp;
}[] = [
  { mode: 'silent', says: /no answer (within|for) 0\.5 s/ },
  { mode: 'stall-body', says: /the response stopped after its headers|no answer for 0\.5 s/ },
  { mode: 'reset', says: /connection reset \(ECONNRESET\)|connection closed before the response/ },
  {
    mode: 'retry-after',
    options: { retryAfter: '3600' },
    says: /answered HTTP 503.*retry after 3600 s, beyond the budget/,
  },
];

/**
 * - `silent`: accepts the connection and the request, never answers;
 * - `stall-body`: answers 200 with headers and part of the body, then nothing more;
 * - `reset`: resets the connection (TCP RST) once the request has arrived;
 * - `retry-after`: answers 503 with `Retry-After: <retryAfter>`.
 */
export type HostileMode = 'silent' | 'stall-body' | 'reset' | 'retry-after';

export interface HostileServer {
  readonly url: string;
  /** `127.0.0.1:<port>`, as messages name it. */
  readonly host: string;
  /** Requests received (method and path). */
  readonly requests: string[];
  close(): Promise<void>;
}

export interface HostileOptions {
  /** The Retry-After value of `retry-after` (default `1`). */
  readonly retryAfter?: string;
  /** `retry-after` only: answer the request after this many 503s with `answer` (default: never). */
  readonly recoverAfter?: number;
  readonly answer?: (req: IncomingMessage, res: ServerResponse) => void;
}

/** Starts a server on 127.0.0.1 that misbehaves as `mode` says. */
export async function startHostileServer(
  mode: HostileMode,
  options: HostileOptions = {},
): Promise<HostileServer> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    if (mode === 'silent') return;
    if (mode === 'stall-body') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
      res.write('{"partial": ');
      return;
    }
    if (mode === 'reset') {
      req.socket.resetAndDestroy();
      return;
    }
    if (options.recoverAfter !== undefined && requests.length > options.recoverAfter && options.answer) {
      options.answer(req, res);
      return;
    }
    res.writeHead(503, { 'retry-after': options.retryAfter ?? '1', 'content-type': 'text/plain' });
    res.end('overloaded');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () => closeServer(server, sockets),
  };
}

export interface RecordingProxy {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** What went through: `CONNECT host:port` or `GET http://host:port/path`. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** An HTTP proxy on 127.0.0.1: forwards absolute-URI requests and tunnels CONNECT. */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute URI required');
      return;
    }
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: { ...req.headers, connection: 'close' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end('bad gateway')));
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    requests.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(/:(?=\d+$)/);
    const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, requests, close: () => closeServer(server, sockets) };
}

export interface TestAuthority {
  /** The CA's certificate (PEM file), for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  /** A certificate for 127.0.0.1 and localhost signed by the CA, and its key. */
  readonly cert: string;
  readonly key: string;
  cleanup(): Promise<void>;
}

/** A private certificate authority and a server certificate for 127.0.0.1 (made by openssl). */
export async function makeTestAuthority(): Promise<TestAuthority> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-ca-'));
  const at = (name: string): string => path.join(dir, name);
  const openssl = async (args: string[]): Promise<void> => {
    const result = await runProcess({ command: 'openssl', args, cwd: dir, timeoutMs: 60_000 });
    if (result.exitCode !== 0) throw new Error(`openssl ${args[0]} failed: ${result.stderr}`);
  };
  await openssl([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    at('ca.key'),
    '-out',
    at('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=maint-actions test CA',
  ]);
  await openssl([
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    at('server.key'),
    '-out',
    at('server.csr'),
    '-subj',
    '/CN=127.0.0.1',
  ]);
  await import('node:fs/promises').then((fs) =>
    fs.writeFile(at('san.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n'),
  );
  await openssl([
    'x509',
    '-req',
    '-in',
    at('server.csr'),
    '-CA',
    at('ca.pem'),
    '-CAkey',
    at('ca.key'),
    '-CAcreateserial',
    '-out',
    at('server.pem'),
    '-days',
    '2',
    '-extfile',
    at('san.ext'),
  ]);
  return {
    caFile: at('ca.pem'),
    cert: await readFile(at('server.pem'), 'utf8'),
    key: await readFile(at('server.key'), 'utf8'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** An HTTPS server on 127.0.0.1 with the authority's certificate, answering with `handler`. */
export async function startTlsServer(
  authority: TestAuthority,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createHttpsServer({ cert: authority.cert, key: authority.key }, handler);
  server.on('secureConnection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server);
  return { url: `https://127.0.0.1:${port}`, close: () => closeServer(server, sockets) };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}
