/**
 * The S3 client under the network policy (packages/core/src/network.ts): endpoints on 127.0.0.1
 * that never answer, stall a body, reset the connection or ask to retry later end in an error
 * naming the host within the budget; HTTP_PROXY/NO_PROXY route the requests.
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { forgetUnreachableHosts, type NetworkPolicy } from '@maint-actions/core';
import {
  type HostileMode,
  type HostileOptions,
  type RecordingProxy,
  startHostileServer,
  startRecordingProxy,
} from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { s3Client, s3Destination } from './s3';
import { S3_KEYS, type S3Server, startS3, type Temp, tempDir } from './test-support';

const FAST: NetworkPolicy = {
  connectTimeoutMs: 500,
  timeoutMs: 500,
  budgetMs: 3000,
  attempts: 3,
  backoffMs: 50,
  maxBackoffMs: 200,
};

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  forgetUnreachableHosts();
});

/** Writes a manifest to a misbehaving endpoint; the message and the seconds it took. */
async function manifestTo(mode: HostileMode, options?: HostileOptions) {
  const server = await startHostileServer(mode, options);
  closers.push(() => server.close());
  const client = s3Client({ endpoint: server.url, env: { ...S3_KEYS }, policy: FAST });
  closers.push(async () => client.destroy());
  const destination = s3Destination(client, { bucket: 'backups', prefix: 'app' });
  const started = Date.now();
  const error = await destination.writeManifest('production/x', '{}').then(
    () => new Error('expected a failure'),
    (e: Error) => e,
  );
  return { server, client, message: error.message, seconds: (Date.now() - started) / 1000 };
}

describe('S3 against endpoints that do not answer', () => {
  it('(a) accepts and never answers: retried, then an error naming the host within the budget', async () => {
    const { server, message, seconds } = await manifestTo('silent');
    expect(message).toMatch(
      new RegExp(
        `^writing s3://backups/app/production/x/manifest.json failed: TimeoutError: ${server.host}: no answer for 0.5 s \\(3 attempts in [\\d.]+ s\\)$`,
      ),
    );
    expect(server.requests).toHaveLength(3);
    expect(seconds).toBeLessThan(FAST.budgetMs / 1000);
  });

  it('(b) headers, then a stalled body', async () => {
    const { server, message, seconds } = await manifestTo('stall-body');
    expect(message).toContain(`${server.host}: no answer for 0.5 s`);
    expect(server.requests.length).toBeGreaterThan(1);
    expect(seconds).toBeLessThan(3);
  });

  it('(c) a reset connection', async () => {
    const { server, message, seconds } = await manifestTo('reset');
    expect(message).toMatch(new RegExp(`${server.host}: connection reset \\(ECONNRESET\\) \\(3 attempts in`));
    expect(seconds).toBeLessThan(3);
  });

  it('(d) 503 with a Retry-After beyond the budget: given up at once, saying so', async () => {
    const { server, message, seconds } = await manifestTo('retry-after', { retryAfter: '3600' });
    expect(message).toContain(
      `${server.host}: answered HTTP 503, and it asked to retry after 3600 s, beyond the budget of 3 s (1 attempt in`,
    );
    expect(server.requests).toHaveLength(1);
    expect(seconds).toBeLessThan(1);
  });

  it('(d) 503 with a short Retry-After: waits and retries', async () => {
    const { server, message } = await manifestTo('retry-after', { retryAfter: '0.2' });
    expect(message).toMatch(/answered HTTP 503 \(3 attempts in/);
    expect(server.requests).toHaveLength(3);
  });

  it('a host that did not answer is not waited for again by the same run (the clean-up after a failed upload)', async () => {
    const { server, client } = await manifestTo('silent');
    const started = Date.now();
    const error = await client
      .send(new GetObjectCommand({ Bucket: 'backups', Key: 'app/other' }))
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      new RegExp(`^${server.host}: did not answer earlier in this run`),
    );
    expect(Date.now() - started).toBeLessThan(100);
    expect(server.requests).toHaveLength(3);
  });
});

describe('S3 through a proxy', () => {
  let s3: S3Server;
  let temp: Temp;
  let proxy: RecordingProxy;

  it('sends its requests through HTTP_PROXY, and straight to a NO_PROXY endpoint', async () => {
    temp = await tempDir('s3-proxy-');
    s3 = await startS3(temp.dir);
    proxy = await startRecordingProxy();
    closers.push(
      () => s3.close(),
      () => proxy.close(),
      () => temp.cleanup(),
    );
    const viaProxy = s3Client({ endpoint: s3.url, env: { ...S3_KEYS, HTTP_PROXY: proxy.url }, policy: FAST });
    closers.push(async () => viaProxy.destroy());
    const at = s3Destination(viaProxy, { bucket: 'backups', prefix: 'p' });
    expect(await at.writeManifest('production/a', '{"a":1}')).toBe(
      's3://backups/p/production/a/manifest.json',
    );
    expect(proxy.requests).toEqual([`PUT ${s3.url}/backups/p/production/a/manifest.json?x-id=PutObject`]);

    const direct = s3Client({
      endpoint: s3.url,
      env: { ...S3_KEYS, http_proxy: proxy.url, no_proxy: `127.0.0.1:${s3.port}` },
      policy: FAST,
    });
    closers.push(async () => direct.destroy());
    await s3Destination(direct, { bucket: 'backups', prefix: 'p' }).writeManifest('production/b', '{}');
    expect(proxy.requests).toHaveLength(1);
  });
});
