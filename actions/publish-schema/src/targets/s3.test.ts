import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { forgetUnreachableHosts, s3ClientConfig } from '@maint-actions/core';
import {
  FAST_NETWORK,
  FAST_NETWORK_DEADLINE_MS,
  HOSTILE_CASES,
  startHostileServer,
} from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitFixture, publish, S3_KEYS, type S3Server, startS3, type Temp, tempDir } from '../test-support';
import { parseS3Uri, s3Store } from './s3';

let temp: Temp;
let s3: S3Server;
let workspace: string;
let reader: S3Client;

beforeEach(async () => {
  temp = await tempDir('publish-schema-s3-');
  s3 = await startS3(path.join(temp.dir, 's3'));
  workspace = (await gitFixture(temp.dir)).workspace;
  reader = new S3Client({
    region: 'us-east-1',
    endpoint: s3.url,
    forcePathStyle: true,
    credentials: { accessKeyId: S3_KEYS.AWS_ACCESS_KEY_ID, secretAccessKey: S3_KEYS.AWS_SECRET_ACCESS_KEY },
  });
});
afterEach(async () => {
  reader.destroy();
  await s3.close();
  await temp.cleanup();
});

/** The object's text, or undefined when there is none. */
async function object(key: string): Promise<string | undefined> {
  try {
    const got = await reader.send(new GetObjectCommand({ Bucket: 'schemas', Key: key }));
    return await got.Body?.transformToString();
  } catch (error) {
    if ((error as Error).name === 'NoSuchKey') return undefined;
    throw error;
  }
}

const inputs = (version: string, endpoint = s3.url): Record<string, string> => ({
  targets: 's3',
  version,
  's3-uri': 's3://schemas/api/orders/',
  's3-endpoint': endpoint,
});

const env = { ...S3_KEYS, AWS_SESSION_TOKEN: 'session-token-value-123' };

async function changeSchema(): Promise<void> {
  const file = path.join(workspace, 'schema.yml');
  await writeFile(
    file,
    (await readFile(file, 'utf8')).replace('title: Onboarding service API', 'title: Orders API'),
  );
}

describe('the s3 target', () => {
  it('publishes the site under the prefix, path-style, with content types', async () => {
    const { exitCode, platform, text } = await publish(workspace, inputs('1.0.0'), { env });

    expect(exitCode, platform.logText).toBe(0);
    expect(await object('api/orders/1.0.0/schema.yml')).toBe(
      await readFile(path.join(workspace, 'schema.yml'), 'utf8'),
    );
    expect(await object('api/orders/latest/index.html')).toContain('SwaggerUIBundle');
    const got = await reader.send(
      new GetObjectCommand({ Bucket: 'schemas', Key: 'api/orders/1.0.0/schema.json' }),
    );
    expect(got.ContentType).toBe('application/json');
    expect(JSON.parse((await object('api/orders/index.json')) as string)).toMatchObject({ latest: '1.0.0' });
    expect(Object.fromEntries(platform.outputs)).toMatchObject({
      published: 'true',
      url: `${s3.url}/schemas/api/orders/1.0.0/index.html`,
      index: 's3://schemas/api/orders/index.json',
    });
    // The credentials were masked before use and never written anywhere.
    expect(platform.secrets).toEqual(expect.arrayContaining(['S3RVER', 'session-token-value-123']));
    expect(text).not.toContain('session-token-value-123');
  });

  it('is idempotent: a second run writes nothing', async () => {
    await publish(workspace, inputs('1.0.0'), { env });
    const before = await object('api/orders/index.json');
    const { exitCode, platform } = await publish(workspace, inputs('1.0.0'), { env });
    expect(exitCode).toBe(0);
    expect(platform.outputs.get('published')).toBe('false');
    expect(platform.outputs.get('url')).toBe(`${s3.url}/schemas/api/orders/1.0.0/index.html`);
    expect(await object('api/orders/index.json')).toBe(before);
  });

  it('leaves the old index and latest when a version file fails', async () => {
    await publish(workspace, inputs('1.0.0'), { env });
    const index = await object('api/orders/index.json');
    const latest = await object('api/orders/latest/schema.yml');
    const proxy = await s3.proxy((method, p) => method === 'PUT' && p.endsWith('/1.1.0/index.html'));
    await changeSchema();

    const { exitCode, platform } = await publish(workspace, inputs('1.1.0', proxy.url), { env });
    expect(exitCode).toBe(1);
    // Retried under the network policy, then named: the host, S3's status and message.
    expect(platform.lines.at(-1)?.message).toMatch(
      /^publishing 1\.1\.0 failed on s3: could not publish: writing s3:\/\/schemas\/api\/orders\/1\.1\.0\/index\.html failed: InternalError: 127\.0\.0\.1:\d+: answered HTTP 500: injected failure \(3 attempts in [\d.]+ s\) \(HTTP 500\)$/,
    );
    expect(platform.outputs.get('published')).toBe('false');
    expect(await object('api/orders/index.json')).toBe(index);
    expect(await object('api/orders/latest/schema.yml')).toBe(latest);
    expect(await object('api/orders/1.1.0/index.html')).toBeUndefined();
  });

  it('leaves the old index when writing the index fails, and a rerun completes it', async () => {
    await publish(workspace, inputs('1.0.0'), { env });
    const index = await object('api/orders/index.json');
    const proxy = await s3.proxy((method, p) => method === 'PUT' && p.endsWith('/index.json'));
    await changeSchema();

    const failed = await publish(workspace, inputs('1.1.0', proxy.url), { env });
    expect(failed.exitCode).toBe(1);
    expect(failed.platform.lines.at(-1)?.message).toContain(
      'writing s3://schemas/api/orders/index.json failed',
    );
    expect(await object('api/orders/index.json')).toBe(index);
    expect(await object('api/orders/1.1.0/schema.yml')).toContain('title: Orders API');

    const rerun = await publish(workspace, inputs('1.1.0'), { env });
    expect(rerun.exitCode, rerun.platform.logText).toBe(0);
    expect(rerun.platform.outputs.get('published')).toBe('true');
    expect(JSON.parse((await object('api/orders/index.json')) as string).latest).toBe('1.1.0');
  });

  it('reports unknown credentials as a failure of the target, keeping them secret', async () => {
    // s3rver checks the access key id (not v4 signatures).
    const { exitCode, platform, text } = await publish(workspace, inputs('1.0.0'), {
      env: { AWS_ACCESS_KEY_ID: 'AKIAUNKNOWN123', AWS_SECRET_ACCESS_KEY: 'wrong-secret-key-456' },
    });
    expect(exitCode).toBe(1);
    expect(platform.lines.at(-1)?.message).toBe(
      'publishing 1.0.0 failed on s3: could not publish: reading s3://schemas/api/orders/index.json failed: InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records. (HTTP 403)',
    );
    expect(text).not.toMatch(/AKIAUNKNOWN123|wrong-secret-key-456/);
  });
});

describe('parseS3Uri', () => {
  it('splits bucket and prefix', () => {
    expect(parseS3Uri('s3://schemas')).toEqual({ bucket: 'schemas', prefix: '' });
    expect(parseS3Uri('s3://my.bucket/a/b/')).toEqual({ bucket: 'my.bucket', prefix: 'a/b' });
  });

  it('names the s3-uri input for a missing or bad URI', () => {
    expect(() => parseS3Uri(undefined)).toThrow(
      'Input "s3-uri" is required by the s3 target: set it to s3://bucket/prefix.',
    );
    expect(() => parseS3Uri('https://bucket/x')).toThrow(
      'Input "s3-uri" must be s3://bucket/prefix with a valid bucket name and no "." or ".." segments (got "https://bucket/x").',
    );
    expect(() => parseS3Uri('s3://bucket/../x')).toThrow(
      'Input "s3-uri" must be s3://bucket/prefix with a valid bucket name and no "." or ".." segments (got "s3://bucket/../x").',
    );
  });
});

describe('the s3 target against endpoints that do not answer', () => {
  afterEach(() => forgetUnreachableHosts());

  for (const { mode, options, says } of HOSTILE_CASES) {
    it(`${mode}: reading the index fails naming the host, within the budget`, async () => {
      const hostile = await startHostileServer(mode, options);
      const client = new S3Client(
        s3ClientConfig({ endpoint: hostile.url, env: { ...S3_KEYS }, policy: FAST_NETWORK }),
      );
      try {
        const store = s3Store(client, { bucket: 'schemas', prefix: 'api' }, hostile.host);
        const started = Date.now();
        const error = (await store.read('index.json').catch((e: unknown) => e)) as Error;
        expect(error.message).toMatch(/^reading s3:\/\/schemas\/api\/index\.json failed: /);
        expect(error.message).toContain(`${hostile.host}: `);
        expect(error.message).toMatch(
          mode === 'stall-body' ? /the object stopped arriving \(no data for 0\.5 s\)/ : says,
        );
        expect(Date.now() - started).toBeLessThan(FAST_NETWORK_DEADLINE_MS);
      } finally {
        client.destroy();
        await hostile.close();
      }
    });
  }
});
