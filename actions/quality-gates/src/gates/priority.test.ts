/**
 * Issue 18.4: when pytest shares the CPUs with other gates, the gates beside it run at a lower
 * CPU priority (10 more niceness), so pytest's processes get the cores. Read from real processes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { besidePytestPriority, run } from '../run';
import { pytestGate } from './pytest';
import { copyClinicRepo, inputsWith, platformAt, tempDir } from './test-support';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** A custom gate that writes the niceness of the gate's process to `<name>.nice`. */
const NICENESS = (name: string) =>
  `${name}: /usr/bin/python3 -c 'import os; print(os.nice(0))' > ${name}.nice`;
/** A test module that writes the niceness of pytest's process to `pytest.nice`. */
const PYTEST_NICENESS =
  'import os\n\n\ndef test_niceness():\n    with open("pytest.nice", "w") as out:\n        print(os.nice(0), file=out)\n';

async function niceness(repo: string, name: string): Promise<number> {
  return Number((await readFile(path.join(repo, `${name}.nice`), 'utf8')).trim());
}

describe('besidePytestPriority', () => {
  const planned = (...ids: string[]) =>
    ids.map((id) => ({
      gate: id === 'pytest' ? pytestGate : { ...pytestGate, id },
      mode: 'enforce' as const,
    }));

  it('is 10 below the action for the gates beside pytest, at most the lowest', () => {
    expect(besidePytestPriority({ gatesShareCpus: true }, planned('pytest', 'lint'), 2, 0)).toBe(10);
    expect(besidePytestPriority({ gatesShareCpus: true }, planned('pytest', 'lint'), 4, 5)).toBe(15);
    expect(besidePytestPriority({ gatesShareCpus: true }, planned('pytest', 'lint'), 2, 12)).toBe(19);
  });

  it('leaves the priority alone without pytest, with one gate at a time or alone', () => {
    expect(
      besidePytestPriority({ gatesShareCpus: true }, planned('lint', 'migrations'), 2, 0),
    ).toBeUndefined();
    expect(besidePytestPriority({ gatesShareCpus: true }, planned('pytest', 'lint'), 1, 0)).toBeUndefined();
    expect(besidePytestPriority({ gatesShareCpus: false }, planned('pytest'), 2, 0)).toBeUndefined();
  });
});

describe.skipIf(process.platform !== 'linux')('gate priority on the clinic service', () => {
  it('runs the gates beside pytest 10 lower, pytest at the action own priority', {
    timeout: 120_000,
  }, async () => {
    const { dir, cleanup } = await tempDir('qg-priority-');
    cleanups.push(cleanup);
    const repo = await copyClinicRepo(dir);
    await writeFile(path.join(repo, 'tests/test_niceness.py'), PYTEST_NICENESS);

    const result = await run({
      platform: platformAt(repo),
      inputs: inputsWith({
        gates: ['pytest'],
        pytestWorkers: '0',
        concurrency: 2,
        customGates: [NICENESS('first'), NICENESS('second')].join('\n'),
      }),
    });

    expect(result.report?.checks.map((c) => [c.id, c.status])).toEqual([
      ['pytest', 'passed'],
      ['custom:first', 'passed'],
      ['custom:second', 'passed'],
    ]);
    const own = os.getPriority();
    expect(await niceness(repo, 'pytest')).toBe(own);
    expect(await niceness(repo, 'first')).toBe(Math.min(19, own + 10));
    expect(await niceness(repo, 'second')).toBe(Math.min(19, own + 10));
  });

  it('runs every gate at the action own priority with concurrency 1, and without pytest', {
    timeout: 120_000,
  }, async () => {
    const { dir, cleanup } = await tempDir('qg-priority-one-');
    cleanups.push(cleanup);
    const repo = await copyClinicRepo(dir);
    await writeFile(path.join(repo, 'tests/test_niceness.py'), PYTEST_NICENESS);
    const own = os.getPriority();

    await run({
      platform: platformAt(repo),
      inputs: inputsWith({
        gates: ['pytest'],
        pytestWorkers: '0',
        concurrency: 1,
        customGates: NICENESS('one'),
      }),
    });
    expect(await niceness(repo, 'pytest')).toBe(own);
    expect(await niceness(repo, 'one')).toBe(own);

    await run({
      platform: platformAt(repo),
      inputs: inputsWith({
        gates: [],
        concurrency: 2,
        customGates: [NICENESS('a'), NICENESS('b')].join('\n'),
      }),
    });
    expect(await niceness(repo, 'a')).toBe(own);
    expect(await niceness(repo, 'b')).toBe(own);
  });
});
