import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '@maint-actions/core';
import { describe, expect, it } from 'vitest';
import { parsePytestJunit } from '../parsers/pytest-junit';
import {
  junitAddress,
  moduleOfCase,
  NO_DURATIONS,
  nodeFile,
  planTests,
  type RecordedDurations,
  recordDurations,
  testDurations,
} from './plan-tests';

/** Real pytest reports and the project they ran on (fixtures/pytest). */
const PYTEST = fileURLToPath(new URL('../../../../packages/testing/fixtures/pytest/', import.meta.url));

const recorded = (tests: Record<string, number>, setup: Record<string, number> = {}): RecordedDurations => ({
  tests: new Map(Object.entries(tests)),
  setup: new Map(Object.entries(setup)),
});

const everyTestOnce = (shards: { nodeIds: string[] }[], nodeIds: readonly string[]) => {
  const planned = shards.flatMap((shard) => shard.nodeIds);
  expect(planned.sort()).toEqual([...new Set(nodeIds)].sort());
};

describe('junitAddress', () => {
  it("names a node id as pytest's xunit2 report does (classname::name), parameters kept", () => {
    expect(junitAddress('tests/test_api.py::TestSubmit::test_create[a/b::c.py]')).toEqual({
      key: 'tests.test_api.TestSubmit::test_create[a/b::c.py]',
      module: 'tests.test_api',
    });
    expect(junitAddress('test_top.py::test_it')).toEqual({ key: 'test_top::test_it', module: 'test_top' });
    expect(nodeFile('tests/test_api.py::TestSubmit::test_create')).toBe('tests/test_api.py');
    expect(nodeFile('tests/test_broken.py')).toBe('tests/test_broken.py');
  });

  it("matches every case of a real pytest report: the address of its node id is the report's classname::name", () => {
    const xml = readFileSync(path.join(PYTEST, 'xunit2.xml'), 'utf8');
    const where = { workspace: PYTEST, cwd: path.join(PYTEST, 'project') };
    const cases = parsePytestJunit(xml, where).tests.filter((test) => test.classname !== '');
    expect(cases.length).toBeGreaterThan(3);
    for (const test of cases) {
      const module = moduleOfCase(test.classname, test.file)!;
      const file = `${module.replaceAll('.', '/')}.py`;
      const classes = test.classname.slice(module.length + 1);
      const nodeId = [file, ...(classes ? classes.split('.') : []), test.name].join('::');
      expect(junitAddress(nodeId).key).toBe(`${test.classname}::${test.name}`);
    }
  });
});

describe('planTests', () => {
  const small = Array.from({ length: 8 }, (_, i) => `tests/test_s${i}.py::test_it`);

  it('keeps modules whole when that balances the shards', () => {
    const nodeIds = ['tests/test_a.py::test_1', 'tests/test_a.py::test_2', ...small];
    const plan = planTests(
      nodeIds,
      recorded({
        'tests.test_a::test_1': 400,
        'tests.test_a::test_2': 400,
        ...Object.fromEntries(small.map((id) => [junitAddress(id).key, 100])),
      }),
      2,
    );
    expect(plan.splitModules).toBe(0);
    expect(plan.shards.map((shard) => shard.ms)).toEqual([800, 800]);
    expect(plan.shards.find((shard) => shard.files.includes('tests/test_a.py'))?.nodeIds).toEqual([
      'tests/test_a.py::test_1',
      'tests/test_a.py::test_2',
    ]);
    everyTestOnce(plan.shards, nodeIds);
  });

  it('splits a module longer than total/N into runs of neighbouring tests, paying its set-up again on the other shard', () => {
    const big = Array.from({ length: 10 }, (_, i) => `tests/test_big.py::TestBig::test_${i}`);
    const nodeIds = [...big, 'tests/test_small.py::test_it'];
    const tests = Object.fromEntries(big.map((id) => [junitAddress(id).key, 100]));
    const plan = planTests(
      nodeIds,
      recorded({ ...tests, 'tests.test_small::test_it': 100 }, { 'tests.test_big': 50 }),
      2,
    );
    expect(plan.splitModules).toBe(1);
    // 1,100 ms of tests and 50 ms of set-up more on the second shard that runs the module.
    expect(plan.shards.map((shard) => shard.ms).reduce((a, b) => a + b, 0)).toBe(1150);
    expect(Math.max(...plan.shards.map((shard) => shard.ms))).toBeLessThanOrEqual(650);
    expect(plan.shards.every((shard) => shard.files.includes('tests/test_big.py'))).toBe(true);
    everyTestOnce(plan.shards, nodeIds);
  });

  it('does not split a module whose set-up costs more than the split would save', () => {
    const nodeIds = ['tests/test_a.py::test_1', 'tests/test_a.py::test_2', 'tests/test_b.py::test_1'];
    const plan = planTests(
      nodeIds,
      recorded(
        { 'tests.test_a::test_1': 500, 'tests.test_a::test_2': 100, 'tests.test_b::test_1': 100 },
        { 'tests.test_a': 400 },
      ),
      2,
    );
    expect(plan.splitModules).toBe(0);
    expect(plan.shards.map((shard) => shard.nodeIds)).toEqual([
      ['tests/test_a.py::test_1', 'tests/test_a.py::test_2'],
      ['tests/test_b.py::test_1'],
    ]);
  });

  it("estimates a new test from its class's recorded tests, else its module's, else the typical module's average test", () => {
    const nodeIds = [
      'tests/test_a.py::TestSlow::test_1',
      'tests/test_a.py::TestSlow::test_2',
      'tests/test_a.py::TestSlow::test_new',
      'tests/test_a.py::test_fast',
      'tests/test_a.py::test_fast_new',
      'tests/test_a.py::TestNewClass::test_1',
      'tests/test_b.py::test_1',
      'tests/test_b.py::test_2',
      'tests/test_new.py::test_1',
    ];
    const plan = planTests(
      nodeIds,
      recorded({
        'tests.test_a.TestSlow::test_1': 900,
        'tests.test_a.TestSlow::test_2': 1100,
        'tests.test_a::test_fast': 10,
        'tests.test_b::test_1': 20,
        'tests.test_b::test_2': 40,
      }),
      1,
    );
    expect(plan.estimated).toBe(4);
    // TestSlow::test_new: its class's mean (1,000); test_fast_new: the module's tests outside a
    // class (10); TestNewClass::test_1: the module's mean (900, 1,100, 10 → 670); test_new.py:
    // the median of the modules' average tests (test_a 670, test_b 30 → 350).
    expect(plan.shards[0]?.ms).toBe(900 + 1100 + 1000 + 10 + 10 + 670 + 20 + 40 + 350);
  });

  it("counts a new test in a known module as the mean of its recorded siblings, the module's set-up taken off the test that carried it", () => {
    // tests/test_a.py: three recorded tests, one of them long (700 ms), and two new ones.
    const a = ['test_1', 'test_2', 'test_3', 'test_new_1', 'test_new_2'].map(
      (name) => `tests/test_a.py::${name}`,
    );
    const nodeIds = [...a, 'tests/test_b.py::test_1', 'tests/test_c.py::test_1'];
    const times = {
      'tests.test_a::test_1': 100,
      'tests.test_a::test_2': 100,
      'tests.test_a::test_3': 700,
      'tests.test_b::test_1': 1200,
      'tests.test_c::test_1': 300,
    };
    // The long test is a slow test: the new ones count as the mean (300 each, where the median
    // would say 100), so test_a.py (1,500) is the longest module and takes a shard of its own.
    const slow = planTests(nodeIds, recorded(times), 2);
    expect(slow.estimated).toBe(2);
    expect(slow.shards.map((shard) => shard.files)).toEqual([
      ['tests/test_a.py'],
      ['tests/test_b.py', 'tests/test_c.py'],
    ]);
    expect(slow.shards.map((shard) => shard.ms)).toEqual([1500, 1500]);
    // The long test carried the module's 600 ms set-up: its own part is 100, and the new tests
    // count 100 each (the set-up is paid once, not once a test).
    const setUp = planTests(nodeIds, recorded(times, { 'tests.test_a': 600 }), 1);
    expect(setUp.shards[0]?.ms).toBe(900 + 2 * 100 + 1200 + 300);
  });

  it('estimates a test of an unrecorded module from the typical recorded module of its nearest directory, else of the suite', () => {
    const nodeIds = [
      'tests/api/test_orders.py::test_1',
      'tests/api/test_orders.py::test_2',
      'tests/api/test_users.py::test_1',
      'tests/api/v2/test_new.py::test_1',
      'tests/unit/test_money.py::test_1',
      'tests/unit/test_money.py::test_2',
      'tests/unit/test_dates.py::test_1',
      'tests/unit/test_new.py::test_1',
      'tests/unit/test_new.py::test_2',
      'other/test_new.py::test_1',
    ];
    const plan = planTests(
      nodeIds,
      recorded({
        'tests.api.test_orders::test_1': 300,
        'tests.api.test_orders::test_2': 500,
        'tests.api.test_users::test_1': 200,
        'tests.unit.test_money::test_1': 2,
        'tests.unit.test_money::test_2': 6,
        'tests.unit.test_dates::test_1': 10,
      }),
      1,
    );
    expect(plan.estimated).toBe(4);
    // tests/api/v2 has no recorded module, tests/api has two (averages 400 and 200): 300.
    // tests/unit (averages 4 and 10): 7 a test. other/ has none: the suite's modules
    // (400, 200, 4, 10): 105, which every unrecorded module took before directories were read.
    expect(plan.shards[0]?.ms).toBe(800 + 200 + 300 + 8 + 10 + 2 * 7 + 105);
  });

  it('places the unrecorded modules after the recorded ones when that keeps the shards even, so their guesses are spread', () => {
    const smalls = Array.from({ length: 5 }, (_, i) => `tests/test_s${i}.py::test_it`);
    const nodeIds = [
      'tests/test_big.py::test_it',
      ...smalls,
      'tests/test_new_a.py::test_it',
      'tests/test_new_b.py::test_it',
    ];
    const plan = planTests(
      nodeIds,
      recorded({
        'tests.test_big::test_it': 250,
        ...Object.fromEntries(smalls.map((id) => [junitAddress(id).key, 50])),
      }),
      2,
    );
    // Each new module counts as the typical module's test (50). Longest first among all units,
    // both would have gone to the shard beside test_big's and stayed there together.
    expect(plan.estimated).toBe(2);
    expect(plan.shards.map((shard) => shard.nodeIds)).toEqual([
      ['tests/test_big.py::test_it', 'tests/test_new_a.py::test_it'],
      ['tests/test_new_b.py::test_it', ...smalls],
    ]);
    expect(plan.shards.map((shard) => shard.ms)).toEqual([300, 300]);
  });

  it('places a large unrecorded module among the known ones when placing it last would leave the shards uneven', () => {
    const fast = Array.from({ length: 6 }, (_, i) => `tests/fast/test_f${i}.py::test_1`);
    const slow = ['tests/slow/test_s1.py::test_1', 'tests/slow/test_s2.py::test_1'];
    const plan = planTests(
      [...fast, ...slow, 'tests/slow/test_new.py::test_1'],
      recorded({
        ...Object.fromEntries(fast.map((id) => [junitAddress(id).key, 100])),
        ...Object.fromEntries(slow.map((id) => [junitAddress(id).key, 600])),
      }),
      2,
    );
    // The new file counts as its directory's typical module (600, not the suite's 100); placed
    // after the known units it would end on a shard already at 900 (1,500 against 1,200).
    expect(plan.shards.map((shard) => shard.nodeIds)).toEqual([
      ['tests/slow/test_new.py::test_1', 'tests/slow/test_s2.py::test_1'],
      [...fast, 'tests/slow/test_s1.py::test_1'],
    ]);
    expect(plan.shards.map((shard) => shard.ms)).toEqual([1200, 1200]);
  });

  it('plans five or more small unrecorded modules together on one shard, at their mean time, and gives that shard less recorded work', () => {
    // 48 recorded modules of one test: 40 of 2,000 ms and 8 of 5,000 (mean 2,500, median 2,000);
    // 8 of them with a 1,500 ms set-up (mean over the 48: 250).
    const known = Array.from(
      { length: 48 },
      (_, i) => `tests/test_k${String(i).padStart(2, '0')}.py::test_it`,
    );
    const fresh = Array.from({ length: 5 }, (_, i) => `tests/test_new${i}.py::test_it`);
    const durations = recorded(
      Object.fromEntries(known.map((id, i) => [junitAddress(id).key, i < 40 ? 2000 : 5000])),
      Object.fromEntries(known.slice(40).map((id) => [junitAddress(id).module, 1500])),
    );
    const plan = planTests([...fresh, ...known], durations, 4);
    expect(plan.estimated).toBe(5);
    const holders = plan.shards.filter((shard) => shard.nodeIds.some((id) => id.includes('test_new')));
    expect(holders).toHaveLength(1);
    const pool = holders[0]!;
    expect(pool.nodeIds.filter((id) => id.includes('test_new'))).toEqual(fresh);
    // What the plan counts on that shard: each new module at the mean test (2,250: the eight
    // long modules' 5,000 is 3,500 of test and 1,500 of set-up) and the mean set-up (250), not
    // the median module's 2,000; the rest of the shard is recorded work.
    const recordedOn = (shard: { nodeIds: string[] }) =>
      shard.nodeIds
        .filter((id) => !id.includes('test_new'))
        .reduce((acc, id) => acc + durations.tests.get(junitAddress(id).key)!, 0);
    expect(pool.ms).toBe(5 * 2500 + recordedOn(pool));
    for (const shard of plan.shards) {
      if (shard !== pool) expect(recordedOn(shard)).toBeGreaterThan(recordedOn(pool) + 5 * 2000);
    }
    everyTestOnce(plan.shards, [...fresh, ...known]);
    // The same plan whatever order the tests were collected in.
    expect(planTests([...known, ...fresh].reverse(), durations, 4)).toEqual(plan);
  });

  it('does not pool unrecorded modules when one of them would dominate the pool: each is placed on its own', () => {
    const known = Array.from(
      { length: 48 },
      (_, i) => `tests/test_k${String(i).padStart(2, '0')}.py::test_it`,
    );
    const fresh = Array.from({ length: 4 }, (_, i) => `tests/test_new${i}.py::test_it`);
    // A fifth new module of 20 tests: counted as 20 typical tests, far more than the other four.
    const large = Array.from({ length: 20 }, (_, i) => `tests/test_new_large.py::test_${i}`);
    const plan = planTests(
      [...fresh, ...large, ...known],
      recorded(Object.fromEntries(known.map((id) => [junitAddress(id).key, 2000]))),
      4,
    );
    const holders = plan.shards.filter((shard) => shard.nodeIds.some((id) => /test_new\d/.test(id)));
    expect(holders).toHaveLength(4);
    everyTestOnce(plan.shards, [...fresh, ...large, ...known]);
  });

  it('spreads the durations of a version-1 file (per file) over its tests', () => {
    const nodeIds = ['a.py::test_1', 'a.py::test_2', 'b.py::test_1'];
    const plan = planTests(nodeIds, { ...NO_DURATIONS, files: new Map([['a.py', 1000]]) }, 1);
    expect(plan.estimated).toBe(3);
    expect(plan.shards[0]?.ms).toBe(1000 + 1);
  });

  it('balances by test count when nothing is recorded, and is the same whatever order the tests came in', () => {
    const nodeIds = Array.from({ length: 30 }, (_, i) => `tests/test_${i % 7}.py::test_${i}`);
    const plan = planTests(nodeIds, NO_DURATIONS, 4);
    expect(plan.shards.map((shard) => shard.nodeIds.length).sort()).toEqual([7, 7, 8, 8]);
    expect(planTests([...nodeIds].reverse(), NO_DURATIONS, 4)).toEqual(plan);
    expect(planTests([...nodeIds, ...nodeIds], NO_DURATIONS, 4)).toEqual(plan);
    everyTestOnce(plan.shards, nodeIds);
  });

  it('leaves shards empty when there are fewer tests than shards', () => {
    expect(planTests(['a.py::t'], NO_DURATIONS, 3).shards.map((shard) => shard.nodeIds)).toEqual([
      ['a.py::t'],
      [],
      [],
    ]);
    expect(planTests([], NO_DURATIONS, 2).shards.map((shard) => shard.nodeIds)).toEqual([[], []]);
  });

  it('names shard-total when the number of shards is not a positive whole number', () => {
    for (const total of [0, -1, 1.5]) {
      expect(() => planTests(['a.py::t'], NO_DURATIONS, total)).toThrow(
        `Input "shard-total" must be a whole number of 1 or more, got ${total}.`,
      );
    }
    expect(() => planTests(['a.py::t'], NO_DURATIONS, 0)).toThrow(ConfigError);
  });
});

describe('recordDurations', () => {
  it("keys tests by JUnit address and estimates a module's set-up from its first test over its median", () => {
    const cases = [
      { classname: 'tests.test_a.TestX', name: 'test_1', timeMs: 700, file: 'svc/tests/test_a.py' },
      { classname: 'tests.test_a.TestX', name: 'test_2', timeMs: 100, file: 'svc/tests/test_a.py' },
      { classname: 'tests.test_a', name: 'test_3', timeMs: 120, file: 'svc/tests/test_a.py' },
      { classname: 'tests.test_b', name: 'test_1', timeMs: 5, file: 'svc/tests/test_b.py' },
      { classname: 'tests.test_b', name: 'test_2', timeMs: 50, file: 'svc/tests/test_b.py' },
    ];
    const files = new Map(cases.map((test) => [test.classname, test.file]));
    const durations = recordDurations(cases, (classname) => moduleOfCase(classname, files.get(classname)));
    expect(durations.tests.get('tests.test_a.TestX::test_1')).toBe(700);
    expect(durations.tests.size).toBe(5);
    expect(durations.setup).toEqual(new Map([['tests.test_a', 580]]));
  });

  it('lists each test once, where it was first listed, with the times of its repeats summed', () => {
    // A module split across shards interleaves with others; a test listed twice (a rerun) counts twice.
    const cases = [
      { classname: 'tests.test_b', name: 'test_2', timeMs: 40 },
      { classname: 'tests.test_a.TestX', name: 'test_1', timeMs: 7 },
      { classname: 'tests.test_b', name: 'test_1', timeMs: 5 },
      { classname: 'tests.test_a.TestX', name: 'test_1', timeMs: 3 },
      { classname: 'tests.test_a', name: 'test_1', timeMs: 11 },
      { classname: 'tests.test_b', name: 'test_2', timeMs: 2 },
    ];
    expect([...testDurations(cases)]).toEqual([
      ['tests.test_b::test_2', 42],
      ['tests.test_a.TestX::test_1', 10],
      ['tests.test_b::test_1', 5],
      ['tests.test_a::test_1', 11],
    ]);
    expect([...testDurations([])]).toEqual([]);
    expect([...recordDurations(cases, () => undefined).tests]).toEqual([...testDurations(cases)]);
  });

  it('finds where the module ends in a classname from the test file', () => {
    expect(moduleOfCase('tests.test_api.TestSubmit', 'service/tests/test_api.py')).toBe('tests.test_api');
    expect(moduleOfCase('test_top', 'test_top.py')).toBe('test_top');
    expect(moduleOfCase('tests.test_api', undefined)).toBeUndefined();
    expect(moduleOfCase('other.test_api', 'tests/test_x.py')).toBeUndefined();
  });
});
