import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  copyExample,
  DirectoryCache,
  exampleExists,
  inputsWith,
  platformAt,
  tempDir,
} from '../gates/test-support';
import { run } from '../run';
import { DURATIONS_FILE, shardOf } from './shard-job';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const TEST_FILES = ['test_alpha.py', 'test_beta.py', 'test_gamma.py', 'test_delta.py', 'test_eps.py'];

/** A plain pytest project with five test files; test_alpha sleeps so durations differ. */
async function testProject(): Promise<{ ws: string; store: string }> {
  const { dir, cleanup } = await tempDir('qg-shard-');
  cleanups.push(cleanup);
  const ws = path.join(dir, 'ws');
  await mkdir(path.join(ws, 'tests'), { recursive: true });
  await writeFile(path.join(ws, 'pytest.ini'), '[pytest]\n');
  for (const file of TEST_FILES) {
    const body =
      file === 'test_alpha.py'
        ? 'import time\n\n\ndef test_it():\n    time.sleep(0.3)\n'
        : 'def test_it():\n    pass\n';
    await writeFile(path.join(ws, 'tests', file), body);
  }
  return { ws, store: path.join(dir, 'cache') };
}

const filesOf = (tests: readonly { file?: string }[] | undefined) => (tests ?? []).map((t) => t.file).sort();

describe('sharded pytest and merge mode', () => {
  it('splits the test files across shards, runs other gates in shard 1 only, and merges the shards into one report', async () => {
    const { ws, store } = await testProject();
    const cache = new DirectoryCache(store);
    const sharded = (index: number) =>
      run({
        platform: platformAt(ws, { cache, context: { sha: 'abc123' } }),
        inputs: inputsWith({
          gates: ['pytest'],
          customGates: 'once: true',
          shardIndex: index,
          shardTotal: 2,
          reportDir: `shards/${index}`,
        }),
      });

    const [first, second] = [await sharded(1), await sharded(2)];
    expect(first.report?.checks.map((c) => c.id)).toEqual(['pytest', 'custom:once']);
    expect(second.report?.checks.map((c) => c.id)).toEqual(['pytest']);
    expect(second.report?.meta?.shard).toBe('2/2');
    const one = filesOf(first.report?.checks[0]?.tests);
    const two = filesOf(second.report?.checks[0]?.tests);
    expect(one.length + two.length).toBe(TEST_FILES.length);
    expect([...one, ...two].sort()).toEqual(TEST_FILES.map((f) => `tests/${f}`).sort());
    // No durations yet: shards restored nothing and split by file count.
    expect(cache.restores.map((r) => r.hit)).toEqual([undefined, undefined]);

    const mergePlatform = platformAt(ws, { cache, context: { sha: 'abc123' } });
    const merged = await run({
      platform: mergePlatform,
      inputs: inputsWith({ mode: 'merge', mergeFiles: 'shards/*/pytest-junit.xml' }),
    });
    expect(merged.verdict).toBe('passed');
    expect(merged.report?.checks).toHaveLength(1);
    expect(merged.report?.checks[0]).toMatchObject({
      id: 'pytest',
      status: 'passed',
      summary: '5 passed (2 shards)',
      counts: expect.objectContaining({ tests: 5 }),
    });
    expect(
      await readFile(path.join(ws, '.maint-actions/reports/quality-gates/pytest-junit.xml'), 'utf8'),
    ).toContain('test_gamma');
    // Durations by test, named as pytest's JUnit names them.
    const durations = JSON.parse(await readFile(path.join(ws, DURATIONS_FILE), 'utf8')) as {
      version: number;
      tests: Record<string, number>;
    };
    expect(durations.version).toBe(2);
    expect(Object.keys(durations.tests).sort()).toEqual(
      TEST_FILES.map((f) => `tests.${f.replace('.py', '')}::test_it`).sort(),
    );
    expect(durations.tests['tests.test_alpha::test_it']).toBeGreaterThanOrEqual(300);
    expect(cache.saved).toEqual([expect.stringMatching(/^maint-qg-durations-[0-9a-f]{12}-abc123$/)]);

    // The next commit's shards are balanced by those durations: the slow file gets a shard to itself.
    const next = platformAt(ws, { cache, context: { sha: 'def456' } });
    const balanced = await run({
      platform: next,
      inputs: inputsWith({ gates: ['pytest'], shardIndex: 1, shardTotal: 2, reportDir: 'shards/1' }),
    });
    expect(cache.restores.at(-1)?.hit).toBe(cache.saved[0]);
    expect(next.logText).toMatch(
      /pytest shard 1\/2: \d of 5 tests in \d files, balanced by recorded durations \(0 of 5 tests estimated from their siblings\)/,
    );
    const slowShard = filesOf(balanced.report?.checks[0]?.tests).includes('tests/test_alpha.py');
    expect(filesOf(balanced.report?.checks[0]?.tests)).toEqual(
      slowShard
        ? ['tests/test_alpha.py']
        : TEST_FILES.filter((f) => f !== 'test_alpha.py')
            .map((f) => `tests/${f}`)
            .sort(),
    );
  });

  it('splits a long module by node id when the balance needs it, with xdist in one shard, and plans a file that fails to collect into one shard', async () => {
    const { dir, cleanup } = await tempDir('qg-shard-ids-');
    cleanups.push(cleanup);
    const ws = path.join(dir, 'ws');
    await mkdir(path.join(ws, 'tests'), { recursive: true });
    await mkdir(path.join(ws, '.maint-actions'), { recursive: true });
    await writeFile(path.join(ws, 'pytest.ini'), '[pytest]\n');
    await writeFile(
      path.join(ws, 'tests/test_big.py'),
      'import pytest\n\n\nclass TestBig:\n    @pytest.mark.parametrize("n", range(12))\n    def test_p(self, n):\n        assert n >= 0\n',
    );
    await writeFile(
      path.join(ws, 'tests/test_small.py'),
      'def test_a():\n    pass\n\n\ndef test_b():\n    pass\n',
    );
    await writeFile(path.join(ws, 'tests/test_broken.py'), 'import not_a_module_anywhere\n');
    // An earlier run: the big module took 12 s, more than half of the whole; test_b is new (and the
    // broken file, planned as one test, has no record either).
    const tests: Record<string, number> = { 'tests.test_small::test_a': 10 };
    for (let n = 0; n < 12; n++) tests[`tests.test_big.TestBig::test_p[${n}]`] = 1000;
    await writeFile(path.join(ws, DURATIONS_FILE), JSON.stringify({ version: 2, tests, setup: {} }));

    const shardRun = async (index: number, workers: string) => {
      const platform = platformAt(ws);
      const result = await run({
        platform,
        inputs: inputsWith({
          gates: ['pytest'],
          shardIndex: index,
          shardTotal: 2,
          pytestWorkers: workers,
          reportDir: `shards/${index}`,
        }),
      });
      return { result, log: platform.logText };
    };
    const one = await shardRun(1, '2');
    const two = await shardRun(2, '0');
    const ids = (r: typeof one) =>
      (r.result.report?.checks[0]?.tests ?? []).map((t) => `${t.classname}::${t.name}`);
    const [first, second] = [ids(one), ids(two)];
    expect(one.result.report?.meta?.['pytest-workers']).toBe('2 (pytest-xdist)');
    expect(one.log).toMatch(
      /pytest shard 1\/2: \d+ of 15 tests in \d files, balanced by recorded durations \(2 of 15 tests estimated from their siblings\); 1 module split over shards\./,
    );
    // Every test ran exactly once over the two shards; the big module ran in both.
    const all = [...first, ...second];
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((id) => id.includes('TestBig')).sort()).toEqual(
      Array.from({ length: 12 }, (_, n) => `tests.test_big.TestBig::test_p[${n}]`).sort(),
    );
    expect(first.some((id) => id.includes('TestBig')) && second.some((id) => id.includes('TestBig'))).toBe(
      true,
    );
    expect(all.filter((id) => id.startsWith('tests.test_small')).sort()).toEqual([
      'tests.test_small::test_a',
      'tests.test_small::test_b',
    ]);
    // The file that cannot be collected is reported by one shard only: the one without xdist
    // here, which still ran its other tests.
    const broken = all.filter((id) => id.includes('test_broken'));
    expect(broken).toHaveLength(1);
    expect(second.filter((id) => id.includes('test_broken') || id.includes('TestBig'))).toHaveLength(7);

    const merged = await run({
      platform: platformAt(ws),
      inputs: inputsWith({ mode: 'merge', mergeFiles: 'shards/*/pytest-junit.xml' }),
    });
    expect(merged.report?.checks[0]?.summary).toBe('14 passed, 1 error (2 shards)');
    const saved = JSON.parse(await readFile(path.join(ws, DURATIONS_FILE), 'utf8')) as {
      tests: Record<string, number>;
    };
    expect(Object.keys(saved.tests)).toHaveLength(15);
    expect(saved.tests).toHaveProperty(['tests.test_small::test_b']);
  });

  it('runs a test that the planning collection did not see in the shard that holds its file, once', async () => {
    const { dir, cleanup } = await tempDir('qg-shard-late-');
    cleanups.push(cleanup);
    const ws = path.join(dir, 'ws');
    await mkdir(path.join(ws, 'tests'), { recursive: true });
    await writeFile(path.join(ws, 'pytest.ini'), '[pytest]\n');
    // One parameter while collecting to plan, two in the real run.
    await writeFile(
      path.join(ws, 'tests/test_late.py'),
      'import sys\n\nimport pytest\n\nCASES = 1 if "--collect-only" in sys.argv else 2\n\n\n@pytest.mark.parametrize("n", range(CASES))\ndef test_case(n):\n    pass\n',
    );
    await writeFile(path.join(ws, 'tests/test_other.py'), 'def test_a():\n    pass\n');
    const names: string[] = [];
    for (const index of [1, 2]) {
      const result = await run({
        platform: platformAt(ws),
        inputs: inputsWith({
          gates: ['pytest'],
          shardIndex: index,
          shardTotal: 2,
          reportDir: `late/${index}`,
        }),
      });
      names.push(...(result.report?.checks[0]?.tests ?? []).map((t) => `${t.classname}::${t.name}`));
    }
    expect(names.sort()).toEqual([
      'tests.test_late::test_case[0]',
      'tests.test_late::test_case[1]',
      'tests.test_other::test_a',
    ]);
  });

  it('fails the merge when a shard failed, and names merge-files when it matches nothing', async () => {
    const { ws } = await testProject();
    await writeFile(path.join(ws, 'tests/test_beta.py'), 'def test_it():\n    assert False\n');
    await run({
      platform: platformAt(ws),
      inputs: inputsWith({ gates: ['pytest'], shardIndex: 1, shardTotal: 1, reportDir: 'out/only' }),
    });
    const merged = await run({
      platform: platformAt(ws),
      inputs: inputsWith({ mode: 'merge', mergeFiles: 'out' }),
    });
    expect(merged.verdict).toBe('failed');
    expect(merged.report?.checks[0]).toMatchObject({
      status: 'failed',
      summary: '4 passed, 1 failed (1 shards)',
    });

    await expect(
      run({
        platform: platformAt(ws),
        inputs: inputsWith({ mode: 'merge', mergeFiles: 'missing/**/*.xml' }),
      }),
    ).rejects.toThrow(
      'Input "merge-files": missing/**/*.xml matches no file (paths are relative to the repository root); did every shard upload its report?',
    );
  });
});

describe('shardOf', () => {
  it('reads the inputs, else GitLab parallel: variables; one shard is no sharding', () => {
    const none = { shardIndex: undefined, shardTotal: undefined };
    expect(shardOf({ shardIndex: 2, shardTotal: 3 }, { nodeIndex: 1, nodeTotal: 5 })).toEqual({
      index: 2,
      total: 3,
    });
    expect(shardOf(none, { nodeIndex: 4, nodeTotal: 5 })).toEqual({ index: 4, total: 5 });
    expect(shardOf(none, {})).toBeUndefined();
    // Every GitLab job has CI_NODE_TOTAL=1; only `parallel:` jobs have CI_NODE_INDEX.
    expect(shardOf(none, { nodeTotal: 1 })).toBeUndefined();
    expect(shardOf({ shardIndex: 1, shardTotal: 1 }, {})).toBeUndefined();
  });

  it('names the shard input to fix', () => {
    expect(() => shardOf({ shardIndex: 2, shardTotal: undefined }, {})).toThrow(
      'Input "shard-total" is needed too: set shard-index and shard-total together.',
    );
    expect(() => shardOf({ shardIndex: 4, shardTotal: 3 }, {})).toThrow(
      'Input "shard-index" must be a whole number from 1 to 3 (got 4).',
    );
    expect(() => shardOf({ shardIndex: 1, shardTotal: 0 }, {})).toThrow(
      'Input "shard-total" must be a whole number of at least 1 (got 0).',
    );
  });
});

describe.skipIf(!exampleExists)('node-id shards on the example Django service', () => {
  it('runs every test of the service exactly once over three shards, one with xdist workers, and the next plan uses the merged durations', {
    timeout: 300_000,
  }, async () => {
    const { dir, cleanup } = await tempDir('qg-shard-example-');
    cleanups.push(cleanup);
    await copyExample(dir);
    const whole = await run({
      platform: platformAt(dir),
      inputs: inputsWith({
        gates: ['pytest'],
        workingDirectory: 'service',
        pytestWorkers: '0',
        reportDir: 'whole',
      }),
    });
    const ids = (result: typeof whole) =>
      (result.report?.checks[0]?.tests ?? []).map((t) => `${t.classname}::${t.name}`);
    const expected = ids(whole).sort();
    expect(expected.length).toBeGreaterThan(100);

    const shards = [];
    for (const index of [1, 2, 3]) {
      const platform = platformAt(dir);
      const result = await run({
        platform,
        inputs: inputsWith({
          gates: ['pytest'],
          workingDirectory: 'service',
          shardIndex: index,
          shardTotal: 3,
          pytestWorkers: index === 2 ? '2' : '0',
          reportDir: `shards/${index}`,
        }),
      });
      expect(result.verdict).toBe('passed');
      expect(platform.logText).toContain('balanced by test count (no durations cached yet)');
      shards.push(ids(result));
    }
    const all = shards.flat();
    expect(all.sort()).toEqual(expected);
    // By test count: 3 shards within one module's size of each other.
    expect(Math.max(...shards.map((s) => s.length)) - Math.min(...shards.map((s) => s.length))).toBeLessThan(
      40,
    );

    const merged = await run({
      platform: platformAt(dir),
      inputs: inputsWith({
        mode: 'merge',
        workingDirectory: 'service',
        mergeFiles: 'shards/*/pytest-junit.xml',
      }),
    });
    expect(merged.report?.checks[0]?.summary).toBe(`${expected.length} passed (3 shards)`);
    const next = platformAt(dir);
    await run({
      platform: next,
      inputs: inputsWith({
        gates: ['pytest'],
        workingDirectory: 'service',
        shardIndex: 1,
        shardTotal: 3,
        reportDir: 'next',
      }),
    });
    expect(next.logText).toContain(`balanced by recorded durations (0 of ${expected.length} tests estimated`);
  });
});
