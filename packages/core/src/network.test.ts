import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type HostileServer,
  makeTestAuthority,
  type RecordingProxy,
  repoRoot,
  startHostileServer,
  startRecordingProxy,
  startTlsServer,
} from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from './errors';
import {
  forgetUnreachableHosts,
  httpFetch,
  NETWORK_DEFAULTS,
  NetworkError,
  type NetworkPolicy,
  networkPolicy,
  parseRetryAfter,
  proxyFor,
  retryDecision,
} from './network';

/** Small timeouts: a dead endpoint is given up in about 1.6 s. */
const FAST: NetworkPolicy = {
  connectTimeoutMs: 500,
  timeoutMs: 500,
  budgetMs: 3000,
  attempts: 3,
  backoffMs: 50,
  maxBackoffMs: 200,
};

const servers: { close(): Promise<void> }[] = [];
async function hostile(...args: Parameters<typeof startHostileServer>): Promise<HostileServer> {
  const server = await startHostileServer(...args);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  forgetUnreachableHosts();
});

/** The error and the seconds `promise` took to fail. */
async function failure(promise: Promise<unknown>): Promise<{ error: NetworkError; seconds: number }> {
  const started = Date.now();
  const error = await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NetworkError);
  return { error: error as NetworkError, seconds: (Date.now() - started) / 1000 };
}

describe('networkPolicy', () => {
  it('has documented defaults and reads MAINT_NETWORK_* in seconds', () => {
    expect(networkPolicy({})).toEqual(NETWORK_DEFAULTS);
    expect(NETWORK_DEFAULTS).toMatchObject({ timeoutMs: 30_000, budgetMs: 90_000, attempts: 3 });
    expect(
      networkPolicy({ MAINT_NETWORK_TIMEOUT: '0.5', MAINT_NETWORK_BUDGET: '4', MAINT_NETWORK_ATTEMPTS: '2' }),
    ).toMatchObject({ timeoutMs: 500, connectTimeoutMs: 500, budgetMs: 4000, attempts: 2 });
  });

  it('refuses values that are not seconds or attempts, naming the variable', () => {
    expect(() => networkPolicy({ MAINT_NETWORK_TIMEOUT: '30s' })).toThrow(
      new ConfigError('MAINT_NETWORK_TIMEOUT must be a number of seconds between 0 and 3600 (got "30s").'),
    );
    expect(() => networkPolicy({ MAINT_NETWORK_ATTEMPTS: '0' })).toThrow(
      /MAINT_NETWORK_ATTEMPTS must be a whole number/,
    );
  });

  it('with the defaults, a dead endpoint gets two attempts and a verdict in about 61 s', () => {
    const first = retryDecision(NETWORK_DEFAULTS, 1, 30_000, undefined, () => 1);
    expect(first).toEqual({ retry: true, waitMs: 1000 });
    expect(retryDecision(NETWORK_DEFAULTS, 2, 61_000, undefined, () => 1)).toEqual({
      retry: false,
      why: undefined,
    });
    // Quick failures (a reset, a 503) get all three attempts.
    expect(retryDecision(NETWORK_DEFAULTS, 2, 1_500, undefined, () => 0)).toEqual({
      retry: true,
      waitMs: 1000,
    });
    expect(retryDecision(NETWORK_DEFAULTS, 3, 3_000)).toEqual({ retry: false, why: undefined });
  });

  it('honours Retry-After only within the budget', () => {
    expect(retryDecision(NETWORK_DEFAULTS, 1, 100, 20_000)).toEqual({ retry: true, waitMs: 20_000 });
    expect(retryDecision(NETWORK_DEFAULTS, 1, 100, 3_600_000)).toEqual({
      retry: false,
      why: 'it asked to retry after 3600 s, beyond the budget of 90 s',
    });
    expect(parseRetryAfter('7')).toBe(7000);
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('httpFetch against endpoints that do not answer', () => {
  it('(a) a server that accepts and never answers: retried, then a verdict naming the host within the budget', async () => {
    const server = await hostile('silent');
    const { error, seconds } = await failure(httpFetch(`${server.url}/v1/vulns/X`, { policy: FAST }));
    expect(error.message).toMatch(
      new RegExp(`^${server.host}: no answer within 0.5 s \\(3 attempts in 1\\.\\d s\\)$`),
    );
    expect(server.requests).toHaveLength(3);
    expect(seconds).toBeLessThan(FAST.budgetMs / 1000);
  });

  it('(b) headers then a stalled body: a timeout too', async () => {
    const server = await hostile('stall-body');
    const { error, seconds } = await failure(httpFetch(server.url, { policy: FAST }));
    expect(error.message).toContain(
      `${server.host}: the response stopped after its headers (not complete within 0.5 s)`,
    );
    expect(server.requests).toHaveLength(3);
    expect(seconds).toBeLessThan(3);
  });

  it('(c) a reset connection', async () => {
    const server = await hostile('reset');
    const { error, seconds } = await failure(httpFetch(server.url, { policy: FAST }));
    expect(error.message).toMatch(
      new RegExp(`^${server.host}: connection reset \\(ECONNRESET\\) \\(3 attempts in`),
    );
    expect(seconds).toBeLessThan(3);
  });

  it('(d) 503 with Retry-After: waits as asked, and succeeds when the server recovers', async () => {
    const server = await hostile('retry-after', {
      retryAfter: '0.3',
      recoverAfter: 2,
      answer: (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
    });
    const started = Date.now();
    const response = await httpFetch(server.url, { policy: FAST });
    expect(await response.json()).toEqual({ ok: true });
    expect(server.requests).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
  });

  it('(d) 503 whose Retry-After is beyond the budget: given up at once, saying so', async () => {
    const server = await hostile('retry-after', { retryAfter: '3600' });
    const { error, seconds } = await failure(httpFetch(server.url, { policy: FAST }));
    expect(error.message).toBe(
      `${server.host}: answered HTTP 503 Service Unavailable: overloaded, and it asked to retry after 3600 s, beyond the budget of 3 s (1 attempt in ${error.message.match(/in ([\d.]+) s/)?.[1]} s)`,
    );
    expect(error.status).toBe(503);
    expect(server.requests).toHaveLength(1);
    expect(seconds).toBeLessThan(1);
  });

  it('sends a POST once: it is not idempotent', async () => {
    const server = await hostile('silent');
    const { error } = await failure(httpFetch(server.url, { method: 'POST', body: '{}', policy: FAST }));
    expect(error.message).toMatch(/no answer within 0.5 s \(1 attempt in/);
    expect(server.requests).toEqual(['POST /']);
  });

  it('a host that did not answer is not waited for again in the same run', async () => {
    const server = await hostile('silent');
    await failure(httpFetch(server.url, { policy: FAST }));
    const { error, seconds } = await failure(httpFetch(`${server.url}/other`, { policy: FAST }));
    expect(error.message).toMatch(
      new RegExp(
        `^${server.host}: did not answer earlier in this run \\(no answer within 0.5 s\\); not tried again$`,
      ),
    );
    expect(seconds).toBeLessThan(0.1);
    expect(server.requests).toHaveLength(3);
  });

  it('returns complete responses for statuses it does not retry', async () => {
    const server = await hostile('retry-after', {
      recoverAfter: 0,
      answer: (_req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('no such thing'),
    });
    const response = await httpFetch(server.url, { policy: FAST });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('no such thing');
    expect(response.url).toBe(`${server.url}/`);
  });
});

describe('proxies', () => {
  it('reads HTTPS_PROXY/HTTP_PROXY (lower case first) and NO_PROXY', () => {
    const https = new URL('https://api.github.com/repos');
    const http = new URL('http://minio.internal:9000/bucket');
    expect(proxyFor(https, {})).toBeUndefined();
    expect(proxyFor(https, { HTTPS_PROXY: 'http://proxy:3128' })?.href).toBe('http://proxy:3128/');
    expect(proxyFor(https, { https_proxy: 'proxy-a:3128', HTTPS_PROXY: 'http://proxy-b:3128' })?.host).toBe(
      'proxy-a:3128',
    );
    expect(proxyFor(https, { HTTP_PROXY: 'http://proxy:3128' })).toBeUndefined();
    expect(proxyFor(http, { http_proxy: 'http://proxy:3128' })?.host).toBe('proxy:3128');
    for (const noProxy of [
      '*',
      'internal',
      '.internal',
      '*.internal',
      'minio.internal:9000',
      'x, minio.internal',
    ]) {
      expect(proxyFor(http, { HTTP_PROXY: 'http://proxy:3128', NO_PROXY: noProxy }), noProxy).toBeUndefined();
    }
    for (const noProxy of ['ternal', 'minio.internal:80', 'github.com']) {
      expect(proxyFor(http, { HTTP_PROXY: 'http://proxy:3128', no_proxy: noProxy }), noProxy).toBeDefined();
    }
    expect(() => proxyFor(https, { HTTPS_PROXY: 'socks5://proxy:1080' })).toThrow(
      /HTTPS_PROXY must be the URL of an HTTP proxy/,
    );
  });

  let proxy: RecordingProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  it('sends http:// requests through HTTP_PROXY, and straight to a NO_PROXY host', async () => {
    proxy = await startRecordingProxy();
    const server = await hostile('retry-after', {
      recoverAfter: 0,
      answer: (_req, res) => res.writeHead(200).end('through'),
    });
    const viaProxy = await httpFetch(`${server.url}/a`, { policy: FAST, env: { HTTP_PROXY: proxy.url } });
    expect(await viaProxy.text()).toBe('through');
    expect(proxy.requests).toEqual([`GET ${server.url}/a`]);
    await httpFetch(`${server.url}/b`, {
      policy: FAST,
      env: { http_proxy: proxy.url, no_proxy: '127.0.0.1' },
    });
    expect(proxy.requests).toHaveLength(1);
    expect(server.requests).toEqual(['GET /a', 'GET /b']);
  });

  it('names the proxy when the host cannot be reached through it', async () => {
    proxy = await startRecordingProxy();
    const server = await hostile('silent');
    const { error } = await failure(httpFetch(server.url, { policy: FAST, env: { HTTP_PROXY: proxy.url } }));
    expect(error.message).toContain(
      `${server.host} (through the proxy ${new URL(proxy.url).host}): no answer within 0.5 s`,
    );
  });

  it('https:// through CONNECT, trusting a private CA from NODE_EXTRA_CA_CERTS (a fresh process, as Node reads it at start)', async () => {
    proxy = await startRecordingProxy();
    const authority = await makeTestAuthority();
    const tls = await startTlsServer(authority, (_req, res) => res.writeHead(200).end('secret ok'));
    try {
      const script = path.join(path.dirname(authority.caFile), 'fetch.mts');
      await writeFile(
        script,
        `import { httpFetch } from ${JSON.stringify(path.join(repoRoot, 'packages/core/src/network.ts'))};\n` +
          `const r = await httpFetch(process.argv[2]);\nconsole.log(r.status, await r.text());\n`,
      );
      const run = (env: Record<string, string>) =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', script, `${tls.url}/x`], {
            cwd: repoRoot,
            env: { PATH: process.env.PATH, MAINT_NETWORK_TIMEOUT: '5', ...env },
          });
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.stderr.on('data', (d) => (out += d));
          child.on('close', (code) => resolve({ code, out }));
        });
      const trusted = await run({ NODE_EXTRA_CA_CERTS: authority.caFile, HTTPS_PROXY: proxy.url });
      expect(trusted.out).toContain('200 secret ok');
      expect(proxy.requests).toEqual([`CONNECT ${new URL(tls.url).host}`]);
      const untrusted = await run({ https_proxy: proxy.url });
      expect(untrusted.code).not.toBe(0);
      expect(untrusted.out).toContain('TLS failed: UNABLE_TO_VERIFY_LEAF_SIGNATURE');
      expect(untrusted.out).toContain('NODE_EXTRA_CA_CERTS');
    } finally {
      await tls.close();
      await authority.cleanup();
    }
  }, 30_000);
});
