/**
 * Issue 18.2: `pytest-workers` runs pytest with pytest-xdist's `-n` (Debian's python3-pytest-xdist
 * on this machine), and durations, sharding and JUnit keep working with it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, publishResult, ToolMissingError } from '@maint-actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../run';
import { pytestWorkers } from './pytest';
import { copyClinicRepo, inputsWith, platformAt, tempDir } from './test-support';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

function context(pytestWorkersInput: string | undefined, xdist: boolean, gatesBesidePytest = 3) {
  return {
    inputs: inputsWith({ pytestWorkers: pytestWorkersInput }),
    python: { path: '/usr/bin/python3', version: '3.11.2', modules: new Map([['xdist', xdist]]) },
    env: process.env,
    gatesBesidePytest,
  };
}

describe('pytestWorkers', () => {
  it('auto: the CPUs left after the gates beside pytest, all when pytest runs alone, at least 2', async () => {
    expect(await pytestWorkers(context('auto', true), [], 4)).toEqual({ count: 3 });
    expect(await pytestWorkers(context('auto', true, 0), [], 4)).toEqual({ count: 4 });
    expect(await pytestWorkers(context('auto', true), [], 2)).toEqual({ count: 2 });
    expect(await pytestWorkers(context(undefined, true), [], 8)).toEqual({ count: 7 });
    expect(await pytestWorkers(context('auto', true), [], 1)).toEqual({
      count: 0,
      note: 'one process: one CPU',
    });
  });

  it('auto without pytest-xdist is one process, and says why', async () => {
    expect(await pytestWorkers(context('auto', false), [], 4)).toEqual({
      count: 0,
      note: 'one process: pytest-workers is auto but pytest-xdist is not installed',
    });
  });

  it('0 is one process; a number is that many, and needs pytest-xdist', async () => {
    expect(await pytestWorkers(context('0', true), [], 4)).toEqual({ count: 0 });
    expect(await pytestWorkers(context('6', true), [], 4)).toEqual({ count: 6 });
    const missing = await pytestWorkers(context('3', false), [], 4).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ToolMissingError);
    expect((missing as Error).message).toContain('pytest-xdist');
  });

  it('leaves -n in pytest-args alone', async () => {
    for (const args of [['-n', '4'], ['-n4'], ['--numprocesses=auto'], ['--dist', 'loadfile']]) {
      expect(await pytestWorkers(context('auto', true), args, 4)).toEqual({
        count: 0,
        note: 'workers set by pytest-args',
      });
    }
  });

  it('rejects anything else, naming the input', async () => {
    for (const bad of ['two', '-1', '1.5', 'auto,2']) {
      const error = await pytestWorkers(context(bad, true), [], 4).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(
        `Input "pytest-workers" must be auto, 0 (one process) or a number of workers (got ${JSON.stringify(bad)}).`,
      );
    }
  });
});

describe('pytest with workers on the clinic service (Debian pytest-xdist)', () => {
  it('runs -n 2: results, node ids, JUnit and durations as in one process', {
    timeout: 120_000,
  }, async () => {
    const { dir, cleanup } = await tempDir('qg-xdist-');
    cleanups.push(cleanup);
    const repo = await copyClinicRepo(dir);
    const testFile = path.join(repo, 'tests/test_booking.py');
    const source = await readFile(testFile, 'utf8');
    await writeFile(testFile, source.replace('assert slot_count(8) == 16', 'assert slot_count(8) == 15'));
    const platform = platformAt(repo);

    const result = await run({ platform, inputs: inputsWith({ gates: ['pytest'], pytestWorkers: '2' }) });
    // What the entry does with the result: the report files, the job summary, the annotations.
    await publishResult(platform, result);

    const pytest = result.report?.checks[0];
    expect(pytest?.command).toEqual(expect.arrayContaining(['-n', '2']));
    expect(result.report?.meta?.['pytest-workers']).toBe('2 (pytest-xdist)');
    expect(pytest?.summary).toBe('1 passed, 1 failed');
    expect(pytest?.findings).toEqual([
      expect.objectContaining({
        message: 'tests/test_booking.py::TestBooking::test_slots failed: assert 16 == 15',
        file: 'tests/test_booking.py',
        line: 18,
      }),
    ]);
    expect(pytest?.tests?.map((t) => [t.name, t.file])).toEqual(
      expect.arrayContaining([
        ['test_book', 'tests/test_booking.py'],
        ['test_slots', 'tests/test_booking.py'],
      ]),
    );
    expect(platform.summaries.join('')).toContain('**pytest-workers** 2 (pytest-xdist)');
  });

  it('merges the shards of runs with workers and records their durations', { timeout: 300_000 }, async () => {
    const { dir, cleanup } = await tempDir('qg-xdist-shards-');
    cleanups.push(cleanup);
    const repo = await copyClinicRepo(dir);
    await writeFile(
      path.join(repo, 'tests/test_slots.py'),
      'from bookings.slots import slot_count\n\n\ndef test_zero():\n    assert slot_count(0) == 0\n',
    );
    const shards = [];
    for (const index of [1, 2]) {
      const reportDir = `.maint-actions/shard-${index}`;
      const result = await run({
        platform: platformAt(repo),
        inputs: inputsWith({
          gates: ['pytest'],
          pytestWorkers: '2',
          shardIndex: index,
          shardTotal: 2,
          reportDir,
        }),
      });
      shards.push(result.report?.checks[0]?.counts?.tests);
    }
    expect(shards).toEqual([expect.any(Number), expect.any(Number)]);
    expect((shards[0] ?? 0) + (shards[1] ?? 0)).toBe(3);

    const merged = await run({
      platform: platformAt(repo),
      inputs: inputsWith({ mode: 'merge', mergeFiles: '.maint-actions/shard-*/pytest-junit.xml' }),
    });

    expect(merged.report?.checks[0]?.counts).toMatchObject({ tests: 3, passed: 3 });
    const durations = JSON.parse(
      await readFile(path.join(repo, '.maint-actions/pytest-durations.json'), 'utf8'),
    );
    // By test, as pytest's JUnit names them (the shards' plans are by node id).
    expect(durations.version).toBe(2);
    expect(Object.keys(durations.tests).sort()).toEqual([
      'tests.test_booking.TestBooking::test_book',
      'tests.test_booking.TestBooking::test_slots',
      'tests.test_slots::test_zero',
    ]);
  });
});
