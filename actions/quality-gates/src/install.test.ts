import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, runProcess } from '@maint-actions/core';
import { INSTALL_VENV } from '@maint-actions/python-env';
import { writeTinyWheel } from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectoryCache, inputsWith, platformAt, SYSTEM_PYTHON, tempDir } from './gates/test-support';
import { run } from './run';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function setUp() {
  const { dir, cleanup } = await tempDir('qg-install-');
  cleanups.push(cleanup);
  const ws = path.join(dir, 'ws');
  const wheelhouse = path.join(dir, 'wheelhouse');
  await mkdir(ws);
  writeTinyWheel(wheelhouse);
  const cache = new DirectoryCache(path.join(dir, 'cache'));
  const env = { PIP_NO_INDEX: '1', PIP_FIND_LINKS: wheelhouse, PIP_CONFIG_FILE: '/dev/null' };
  return { ws, wheelhouse, cache, env };
}

describe('install: the cached virtualenv', () => {
  it('installs on a miss, saves to the cache, and on a warm run restores it without pip', async () => {
    const { ws, wheelhouse, cache, env } = await setUp();
    await writeFile(path.join(ws, 'requirements.txt'), 'tinypkg==0.1\n');
    const inputs = inputsWith({
      gates: [],
      install: 'requirements.txt',
      customGates:
        'venv: python -c "import sys, tinypkg; assert sys.prefix.endswith(\'venv\'); assert tinypkg.VALUE == 42"',
    });

    const cold = platformAt(ws, { env, cache });
    const first = await run({ platform: cold, inputs });
    expect(first.verdict).toBe('passed');
    expect(cold.logText).toContain(`Python environment: installing requirements.txt into ${INSTALL_VENV}.`);
    expect(cold.logText).toContain('[install] Successfully installed tinypkg-0.1');
    expect(cache.saved).toHaveLength(1);
    expect(cache.saved[0]).toMatch(/^maint-qg-venv-linux-x64-py3\.\d+\.\d+-[0-9a-f]{64}$/);

    // Prove the warm run installs nothing: no venv on disk and no wheel to install from.
    await rm(path.join(ws, INSTALL_VENV), { recursive: true });
    await rm(wheelhouse, { recursive: true });
    const warm = platformAt(ws, { env, cache });
    const second = await run({ platform: warm, inputs });
    expect(second.verdict).toBe('passed');
    expect(warm.logText).toContain(
      `Python environment: reused ${INSTALL_VENV} (restored from cache key ${cache.saved[0]}).`,
    );
    expect(warm.logText).not.toContain('[install]');
    expect(cache.saved).toHaveLength(1);
  }, 120_000);

  it('bootstraps pip when the base interpreter has none; fails with the pip error naming install, registers index credentials, caches nothing', async () => {
    const { ws, cache, env } = await setUp();
    await writeFile(path.join(ws, 'requirements.txt'), 'nosuchpkg==1.0\n');
    const base = path.join(ws, '..', 'base');
    await runProcess({ command: SYSTEM_PYTHON, args: ['-m', 'venv', '--without-pip', base] });
    const platform = platformAt(ws, {
      cache,
      env: {
        ...env,
        PIP_EXTRA_INDEX_URL: 'https://deploy:s3cr%2Ft@127.0.0.1:9/simple https://other.example/simple',
      },
    });
    const inputs = inputsWith({
      gates: [],
      install: 'requirements.txt',
      customGates: 'ok: true',
      python: path.join(base, 'bin/python'),
    });

    const error = await run({ platform, inputs }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe('install');
    expect((error as Error).message).toBe(
      'pip install failed (exit code 1) for the files in "install": ERROR: No matching distribution found for nosuchpkg==1.0',
    );
    // ensurepip ran: it installs pip, or finds the one of the packages the venv is made over.
    expect(platform.logText).toMatch(
      /\[install\] (Successfully installed|Requirement already satisfied:) pip/,
    );
    expect(platform.secrets).toEqual(expect.arrayContaining(['deploy:s3cr%2Ft', 's3cr%2Ft', 's3cr/t']));
    expect(cache.saved).toEqual([]);
    // An incomplete venv is never taken for a built one.
    expect(existsSync(path.join(ws, INSTALL_VENV, '.maint-actions-key'))).toBe(false);
  }, 120_000);

  it('installs nothing when change-flow runs alone: it reads the change, not the project', async () => {
    const { ws, cache, env } = await setUp();
    // The file is missing: an install would stop the run with "Input "install" names ...".
    const inputs = inputsWith({ gates: ['change-flow'], install: 'requirements/dev.txt' });
    const result = await run({ platform: platformAt(ws, { env, cache }), inputs });
    expect(result.report?.checks.map((check) => check.id)).toEqual(['change-flow']);
    expect(existsSync(path.join(ws, INSTALL_VENV))).toBe(false);
  });

  it('names a missing file in install', async () => {
    const { ws, cache, env } = await setUp();
    const inputs = inputsWith({ gates: [], install: 'requirements/dev.txt', customGates: 'ok: true' });
    await expect(run({ platform: platformAt(ws, { env, cache }), inputs })).rejects.toThrow(
      'Input "install" names requirements/dev.txt, which is not a file (paths are relative to the repository root).',
    );
  });
});
