import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { forgetUnreachableHosts } from '@maint-actions/core';
import {
  FAST_NETWORK,
  FAST_NETWORK_DEADLINE_MS,
  HOSTILE_CASES,
  startHostileServer,
  startRecordingProxy,
} from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FileServer, gitFixture, publish, startFileServer, type Temp, tempDir } from '../test-support';
import { baseUrl, httpStore, parseHeaders } from './http';

let temp: Temp;
let workspace: string;
const servers: FileServer[] = [];

beforeEach(async () => {
  temp = await tempDir('publish-schema-http-');
  workspace = (await gitFixture(temp.dir)).workspace;
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

async function server(status?: (method: string, path: string) => number | undefined): Promise<FileServer> {
  const started = await startFileServer(status);
  servers.push(started);
  return started;
}

const TOKEN = 'Bearer http-secret-token-789';

const inputs = (
  url: string,
  version: string,
  extra: Record<string, string> = {},
): Record<string, string> => ({
  targets: 'http',
  version,
  'http-url': `${url}/api/`,
  'http-headers': `Authorization: ${TOKEN}\nX-Team: frontend\n`,
  ...extra,
});

async function changeSchema(): Promise<void> {
  const file = path.join(workspace, 'schema.yml');
  await writeFile(
    file,
    (await readFile(file, 'utf8')).replace('title: Onboarding service API', 'title: Orders API'),
  );
}

describe('the http target', () => {
  it('reads the index, then PUTs the version, latest, and the index last, with the headers', async () => {
    const http = await server();
    const { exitCode, platform, text } = await publish(workspace, inputs(http.url, '1.0.0'));

    expect(exitCode, platform.logText).toBe(0);
    expect(http.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/index.json',
      'PUT /api/1.0.0/schema.yml',
      'PUT /api/1.0.0/schema.json',
      'PUT /api/1.0.0/index.html',
      'PUT /api/latest/schema.yml',
      'PUT /api/latest/schema.json',
      'PUT /api/latest/index.html',
      'PUT /api/index.html',
      'PUT /api/index.json',
    ]);
    for (const request of http.requests) {
      expect(request.headers.authorization).toBe(TOKEN);
      expect(request.headers['x-team']).toBe('frontend');
    }
    expect(http.files.get('/api/1.0.0/schema.yml')?.contentType).toBe('application/yaml; charset=utf-8');
    expect(Object.fromEntries(platform.outputs)).toMatchObject({
      published: 'true',
      url: `${http.url}/api/1.0.0/index.html`,
      index: `${http.url}/api/index.json`,
    });
    expect(platform.secrets).toContain(TOKEN);
    expect(text).not.toContain('http-secret-token-789');
  });

  it('POSTs with http-method POST, and writes nothing the second time', async () => {
    const http = await server();
    await publish(workspace, inputs(http.url, '1.0.0', { 'http-method': 'POST' }));
    expect(http.requests.filter((r) => r.method === 'POST')).toHaveLength(8);

    const again = await publish(workspace, inputs(http.url, '1.0.0', { 'http-method': 'POST' }));
    expect(again.exitCode).toBe(0);
    expect(again.platform.outputs.get('published')).toBe('false');
    expect(http.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api/index.json' });
    expect(http.requests).toHaveLength(10);
  });

  it('fails on a 500 for the index, and no index moves', async () => {
    let failIndex = false;
    const http = await server((method, p) =>
      failIndex && method === 'PUT' && p === '/api/index.json' ? 500 : undefined,
    );
    await publish(workspace, inputs(http.url, '1.0.0'));
    const index = http.files.get('/api/index.json');
    failIndex = true;
    await changeSchema();

    const { exitCode, platform, text } = await publish(workspace, inputs(http.url, '1.1.0'));
    expect(exitCode).toBe(1);
    // A PUT is idempotent: retried under the network policy, then named with its host.
    expect(platform.lines.at(-1)?.message).toMatch(
      new RegExp(
        `^publishing 1\\.1\\.0 failed on http: could not publish: PUT ${http.url}/api/index\\.json failed: ${new URL(http.url).host}: answered HTTP 500 Internal Server Error \\(3 attempts in [\\d.]+ s\\)$`,
      ),
    );
    expect(platform.outputs.get('published')).toBe('false');
    expect(http.files.get('/api/index.json')).toEqual(index);
    expect(http.files.get('/api/1.1.0/schema.yml')?.body).toContain('title: Orders API');
    const report = JSON.parse(
      await readFile(path.join(workspace, '.maint-actions/reports/publish-schema/report.json'), 'utf8'),
    );
    expect(report.checks).toMatchObject([{ id: 'http', status: 'error' }]);
    expect(text).not.toContain('http-secret-token-789');
  });

  it('fails without writing when the index cannot be read', async () => {
    const http = await server((method) => (method === 'GET' ? 401 : undefined));
    const { exitCode, platform } = await publish(workspace, inputs(http.url, '1.0.0'));
    expect(exitCode).toBe(1);
    expect(platform.lines.at(-1)?.message).toBe(
      `publishing 1.0.0 failed on http: could not publish: GET ${http.url}/api/index.json answered 401 Unauthorized`,
    );
    expect(http.requests.map((r) => r.method)).toEqual(['GET']);
  });
});

describe('the http target against endpoints that do not answer', () => {
  afterEach(() => forgetUnreachableHosts());

  for (const { mode, options, says } of HOSTILE_CASES) {
    it(`${mode}: reading the index fails naming the host, within the budget`, async () => {
      const hostile = await startHostileServer(mode, options);
      try {
        const store = httpStore(`${hostile.url}/api`, {
          url: undefined,
          method: 'PUT',
          headers: {},
          policy: FAST_NETWORK,
        });
        const started = Date.now();
        const error = (await store.read('index.json').catch((e: unknown) => e)) as Error;
        expect(error.message).toMatch(
          new RegExp(`^GET ${hostile.url}/api/index.json failed: ${hostile.host}: `),
        );
        expect(error.message).toMatch(says);
        expect(Date.now() - started).toBeLessThan(FAST_NETWORK_DEADLINE_MS);
      } finally {
        await hostile.close();
      }
    });
  }

  it('goes through HTTP_PROXY, and straight to a NO_PROXY host', async () => {
    const http = await server();
    const proxy = await startRecordingProxy();
    const saved = { ...process.env };
    try {
      process.env.http_proxy = proxy.url;
      delete process.env.NO_PROXY;
      delete process.env.no_proxy;
      const store = httpStore(`${http.url}/api`, {
        url: undefined,
        method: 'PUT',
        headers: {},
        policy: FAST_NETWORK,
      });
      await store.write({ path: 'x.json', content: '{}', contentType: 'application/json' });
      expect(proxy.requests).toEqual([`PUT ${http.url}/api/x.json`]);
      process.env.no_proxy = '127.0.0.1';
      await store.read('x.json');
      expect(proxy.requests).toHaveLength(1);
    } finally {
      process.env = saved;
      await proxy.close();
    }
  });
});

describe('parseHeaders', () => {
  it('reads Name: value lines', () => {
    expect(parseHeaders('Authorization: Bearer a:b\r\n\n  X-Api-Key :  k  \n')).toEqual({
      Authorization: 'Bearer a:b',
      'X-Api-Key': 'k',
    });
    expect(parseHeaders(undefined)).toEqual({});
  });

  it('names the line, never its value', () => {
    expect(() => parseHeaders('X-Ok: 1\nBearer secret-value')).toThrow(
      'Input "http-headers": line 2 is not a header; write one "Name: value" per line.',
    );
  });
});

describe('baseUrl', () => {
  it('accepts http(s) base URLs and refuses credentials, queries and other schemes', () => {
    expect(baseUrl('https://docs.example.test/api/')).toBe('https://docs.example.test/api');
    expect(() => baseUrl(undefined)).toThrow(
      'Input "http-url" is required by the http target: set the base URL to publish to.',
    );
    expect(() => baseUrl('https://user:pw@example.test')).toThrow(
      'Input "http-url" must not contain credentials: put them in an Authorization line of "http-headers".',
    );
    expect(() => baseUrl('https://example.test/?a=1')).toThrow(
      'Input "http-url" must be a base URL without a query or fragment.',
    );
    expect(() => baseUrl('ftp://example.test')).toThrow(
      'Input "http-url" must be an http:// or https:// URL (got "ftp://example.test").',
    );
  });
});
