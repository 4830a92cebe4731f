import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '@maint-actions/core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { collectTestFiles, durationsFromJunit, planShards, shardFor } from './plan';

/** Real pytest reports and the project they ran on (fixtures/pytest). */
const PYTEST = fileURLToPath(new URL('../../../../packages/testing/fixtures/pytest/', import.meta.url));
const PROJECT = path.join(PYTEST, 'project');

function tempTree(files: readonly string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'shard-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
  }
  return root;
}

describe('collectTestFiles', () => {
  it("finds the fixture project's test modules, relative and sorted", async () => {
    expect(await collectTestFiles(PROJECT)).toEqual([
      'tests/test_broken.py',
      'tests/test_checkout.py',
      'tests/test_pricing.py',
    ]);
  });

  it("follows pytest's default discovery: test_*.py and *_test.py, not in skipped directories or virtualenvs", async () => {
    const root = tempTree([
      'tests/test_api.py',
      'tests/unit/models_test.py',
      'tests/unit/helpers.py',
      'tests/conftest.py',
      'tests/testdata.py',
      'tests/test_notes.txt',
      'app/test_views.py',
      'Z/test_upper.py',
      '.venv/lib/test_site.py',
      '.git/test_hook.py',
      'node_modules/pkg/test_x.py',
      '__pycache__/test_api.py',
      'build/lib/test_built.py',
      'dist/test_dist.py',
      'venv/test_venv.py',
      'env/pyvenv.cfg',
      'env/lib/test_env.py',
    ]);
    symlinkSync(path.join(root, 'tests'), path.join(root, 'linked'));

    expect(await collectTestFiles(root)).toEqual([
      'Z/test_upper.py',
      'app/test_views.py',
      'tests/test_api.py',
      'tests/unit/models_test.py',
    ]);
  });

  it('fails when the directory does not exist', async () => {
    await expect(collectTestFiles('/nonexistent/project')).rejects.toThrow(/ENOENT/);
  });
});

describe('durationsFromJunit', () => {
  it('sums the time of each test file from a real report, keyed relative to the working directory', () => {
    const durations = durationsFromJunit(readFileSync(path.join(PYTEST, 'xunit2.xml'), 'utf8'), {
      workspace: PYTEST,
      cwd: PROJECT,
    });

    expect([...durations.keys()].sort()).toEqual([
      'tests/test_broken.py',
      'tests/test_checkout.py',
      'tests/test_pricing.py',
    ]);
    expect([...durations.values()].every((ms) => Number.isInteger(ms) && ms >= 0)).toBe(true);
  });

  it('maps classnames to files and adds up the times of their tests', () => {
    const xml =
      '<testsuites><testsuite name="pytest" tests="4">' +
      '<testcase classname="tests.test_pricing" name="a" time="1.250"/>' +
      '<testcase classname="tests.test_pricing.TestDiscount" name="b" time="0.750"/>' +
      '<testcase classname="tests.test_checkout" name="c" time="0.004"/>' +
      '<testcase classname="tests.test_gone" name="d" time="9"/>' +
      '</testsuite></testsuites>';
    const durations = durationsFromJunit(xml, { workspace: PYTEST, cwd: PROJECT });

    expect(durations).toEqual(
      new Map([
        ['tests/test_pricing.py', 2000],
        ['tests/test_checkout.py', 4],
      ]),
    );
  });
});

describe('planShards', () => {
  const durations = new Map([
    ['a.py', 10],
    ['b.py', 7],
    ['c.py', 5],
    ['d.py', 4],
    ['e.py', 3],
  ]);

  it('assigns the longest files first, each to the least-loaded shard', () => {
    // a→1 (10), b→2 (7), c→2 (12), d→1 (14), e→2 (15).
    expect(planShards(['e.py', 'd.py', 'c.py', 'b.py', 'a.py'], durations, 2)).toEqual([
      ['a.py', 'd.py'],
      ['b.py', 'c.py', 'e.py'],
    ]);
  });

  it('counts a file without a duration as the median of the known ones', () => {
    // Known among the files: 10, 7, 5 → median 7 for new.py; ties are broken by path.
    expect(planShards(['a.py', 'b.py', 'c.py', 'new.py'], durations, 2)).toEqual([
      ['a.py', 'c.py'],
      ['b.py', 'new.py'],
    ]);
  });

  it('balances by file count when no duration is known, or all are zero', () => {
    const files = ['t1.py', 't2.py', 't3.py', 't4.py', 't5.py'];
    expect(planShards(files, new Map(), 2)).toEqual([
      ['t1.py', 't3.py', 't5.py'],
      ['t2.py', 't4.py'],
    ]);
    const zero = new Map(files.map((f) => [f, 0]));
    expect(planShards(files, zero, 3).map((shard) => shard.length)).toEqual([2, 2, 1]);
  });

  it('is deterministic: the same plan whatever the order of the files', () => {
    const files = ['x/test_b.py', 'x/test_a.py', 'y/test_c.py', 'x/test_d.py'];
    const plan = planShards(files, new Map(), 3);
    expect(planShards([...files].reverse(), new Map(), 3)).toEqual(plan);
    expect(plan.flat().sort()).toEqual([...files].sort());
  });

  it('leaves shards empty when there are more shards than files, and lists a file once', () => {
    expect(planShards(['a.py', 'a.py'], durations, 3)).toEqual([['a.py'], [], []]);
    expect(planShards([], durations, 2)).toEqual([[], []]);
  });

  it('rejects a shard total that is not a positive whole number, naming shard-total', () => {
    for (const total of [0, -1, 1.5, Number.NaN]) {
      expect(() => planShards(['a.py'], durations, total)).toThrow(
        `Input "shard-total" must be a whole number of 1 or more, got ${total}.`,
      );
    }
    expect(() => planShards(['a.py'], durations, 0)).toThrow(ConfigError);
  });
});

describe('shardFor', () => {
  const files = ['a.py', 'b.py', 'c.py', 'd.py', 'e.py'];
  const durations = new Map([
    ['a.py', 10],
    ['b.py', 7],
    ['c.py', 5],
    ['d.py', 4],
    ['e.py', 3],
  ]);

  it('gives the files of one shard, 1-based, and every file is in exactly one shard', () => {
    expect(shardFor(files, durations, 1, 2)).toEqual(['a.py', 'd.py']);
    expect(shardFor(files, durations, 2, 2)).toEqual(['b.py', 'c.py', 'e.py']);
    expect(shardFor(files, durations, 1, 1)).toEqual(files);
  });

  it('rejects an index outside 1..total, naming shard-index', () => {
    for (const index of [0, 3, 1.5]) {
      expect(() => shardFor(files, durations, index, 2)).toThrow(
        `Input "shard-index" must be between 1 and 2 (the shard-total), got ${index}.`,
      );
    }
    let error: unknown;
    try {
      shardFor(files, durations, 3, 2);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe('shard-index');
  });

  it('reports a bad total before a bad index', () => {
    expect(() => shardFor(files, durations, 5, 0)).toThrow('Input "shard-total"');
  });
});
