import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '@maint-actions/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_KEY_FILE, createGitlabCache } from './cache';

const warnings: string[] = [];
const log: Logger = {
  debug: () => {},
  info: () => {},
  warning: (m) => warnings.push(m),
  error: () => {},
  group: (_name, fn) => fn(),
  isDebug: () => false,
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gitlab-cache-'));
  warnings.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('GitLab cache provider (job cache: + key marker)', () => {
  it('misses when the job cache restored nothing', async () => {
    const cache = createGitlabCache(dir, log);
    expect(await cache.restore(['.venv'], 'venv-3.11-abc')).toBeUndefined();
  });

  it('hits on the key that save recorded, as the next job sees it', async () => {
    await mkdir(path.join(dir, '.venv', 'bin'), { recursive: true });
    const cache = createGitlabCache(dir, log);
    await cache.save(['.venv'], 'venv-3.11-abc');
    expect(await readFile(path.join(dir, '.venv', CACHE_KEY_FILE), 'utf8')).toBe('venv-3.11-abc\n');
    expect(await cache.restore(['.venv'], 'venv-3.11-abc')).toBe('venv-3.11-abc');
  });

  it('treats files restored for another key as a miss, or a partial hit through restoreKeys', async () => {
    await mkdir(path.join(dir, '.venv'), { recursive: true });
    const cache = createGitlabCache(dir, log);
    await cache.save(['.venv'], 'venv-3.11-old');
    expect(await cache.restore(['.venv'], 'venv-3.11-new')).toBeUndefined();
    expect(await cache.restore(['.venv'], 'venv-3.11-new', ['venv-3.11-'])).toBe('venv-3.11-old');
    expect(await cache.restore(['.venv'], 'venv-3.12-new', ['venv-3.12-'])).toBeUndefined();
  });

  it('misses when one of several paths is missing or their markers disagree', async () => {
    await mkdir(path.join(dir, 'a'));
    await mkdir(path.join(dir, 'b'));
    const cache = createGitlabCache(dir, log);
    await cache.save(['a', 'b'], 'k1');
    expect(await cache.restore(['a', 'b'], 'k1')).toBe('k1');
    expect(await cache.restore(['a', 'b', 'c'], 'k1')).toBeUndefined();
    await writeFile(path.join(dir, 'b', CACHE_KEY_FILE), 'k0\n');
    expect(await cache.restore(['a', 'b'], 'k1')).toBeUndefined();
  });

  it('misses when only files are cached (no directory can hold the key)', async () => {
    await writeFile(path.join(dir, 'requirements.lock'), 'django==4.2\n');
    const cache = createGitlabCache(dir, log);
    await cache.save(['requirements.lock'], 'k');
    expect(await cache.restore(['requirements.lock'], 'k')).toBeUndefined();
  });

  it('saves without throwing when a path is missing or cannot be written', async () => {
    const cache = createGitlabCache(dir, log);
    await expect(cache.save(['nothing-here'], 'k')).resolves.toBeUndefined();
    await mkdir(path.join(dir, 'ro'));
    await mkdir(path.join(dir, 'ro', CACHE_KEY_FILE)); // a directory where the marker should go
    await expect(cache.save(['ro'], 'k')).resolves.toBeUndefined();
    expect(await readdir(path.join(dir, 'ro'))).toEqual([CACHE_KEY_FILE]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Cache: could not record key k in ro: /);
  });
});
