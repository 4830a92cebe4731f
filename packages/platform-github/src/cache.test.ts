import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '@maint-actions/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGithubCache } from './cache';

const lines: string[] = [];
const log: Logger = {
  debug: (m) => lines.push(`debug: ${m}`),
  info: (m) => lines.push(`info: ${m}`),
  warning: (m) => lines.push(`warning: ${m}`),
  error: (m) => lines.push(`error: ${m}`),
  group: (_name, fn) => fn(),
  isDebug: () => false,
};

let dir: string;
let stdout: string[];
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'github-cache-'));
  await mkdir(path.join(dir, '.venv'));
  await writeFile(path.join(dir, '.venv', 'pyvenv.cfg'), 'home = /usr/bin\n');
  lines.length = 0;
  stdout = [];
  // The cache library logs through @actions/core; keep its workflow commands out of the test output.
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  vi.stubEnv('ACTIONS_CACHE_URL', '');
  vi.stubEnv('ACTIONS_RESULTS_URL', '');
  vi.stubEnv('ACTIONS_CACHE_SERVICE_V2', '');
  vi.stubEnv('GITHUB_WORKSPACE', dir);
  vi.stubEnv('RUNNER_TEMP', dir);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('GitHub cache provider', () => {
  it('reports a missing cache service as a miss and saves without throwing', async () => {
    const cache = createGithubCache(log);
    const venv = path.join(dir, '.venv');
    expect(await cache.restore([venv], 'venv-3.11-abc', ['venv-3.11-'])).toBeUndefined();
    await expect(cache.save([venv], 'venv-3.11-abc')).resolves.toBeUndefined();
    expect(lines).toEqual([
      'info: Cache: the GitHub Actions cache service is not available here; continuing without a cache.',
      'debug: Cache: service not available; venv-3.11-abc not saved.',
    ]);
  });

  describe('with a cache service that fails', () => {
    let server: Server;
    const requests: string[] = [];
    beforeAll(async () => {
      server = createServer((req, res) => {
        requests.push(`${req.method} ${req.url}`);
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'cache service rejected the request' }));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('restores as a miss and saves without throwing, with warnings', async () => {
      vi.stubEnv('ACTIONS_CACHE_URL', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      vi.stubEnv('ACTIONS_RUNTIME_TOKEN', 'runtime-token');
      const cache = createGithubCache(log);
      const venv = path.join(dir, '.venv');
      expect(await cache.restore([venv], 'venv-3.11-abc')).toBeUndefined();
      await expect(cache.save([venv], 'venv-3.11-abc')).resolves.toBeUndefined();
      expect(requests.map((r) => r.split('?')[0])).toEqual([
        'GET /_apis/artifactcache/cache',
        'POST /_apis/artifactcache/caches',
      ]);
      const commands = stdout.join('');
      expect(commands).toMatch(/::warning::Failed to restore: /);
      expect(commands).toMatch(/::warning::Failed to save: /);
    });
  });

  it('warns, without throwing, when the paths to save do not exist', async () => {
    vi.stubEnv('ACTIONS_CACHE_URL', 'http://127.0.0.1:9/');
    const cache = createGithubCache(log);
    await expect(cache.save([path.join(dir, 'missing')], 'venv-3.11-abc')).resolves.toBeUndefined();
    expect(lines).toEqual([
      'warning: Cache: could not save venv-3.11-abc: Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.',
    ]);
  });

  it('surfaces a key the cache library rejects (a caller bug)', async () => {
    vi.stubEnv('ACTIONS_CACHE_URL', 'http://127.0.0.1:9/');
    const cache = createGithubCache(log);
    await expect(cache.restore([path.join(dir, '.venv')], 'a,b')).rejects.toThrow(
      'Key Validation Error: a,b cannot contain commas.',
    );
  });
});
