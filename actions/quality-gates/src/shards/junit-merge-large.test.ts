/**
 * Issue 18.1: two shard reports of 150,000 test cases each (about 35 MB together) merged by the
 * action's merge mode. The old reader collected test cases with `cases.push(...suite.testcase)`
 * and stopped with "Maximum call stack size exceeded". Counts and the absence of a crash are
 * asserted here; memory and time are measured by bench/junit.ts.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { publishResult } from '@maint-actions/core';
import { writeLargeJunit } from '@maint-actions/testing';
import { afterEach, expect, it } from 'vitest';
import { inputsWith, platformAt, tempDir } from '../gates/test-support';
import { run as runAction } from '../run';

/** `run`, then what the entry does with its result: publishes the report files, summary and annotations. */
async function run(ctx: Parameters<typeof runAction>[0]): ReturnType<typeof runAction> {
  const result = await runAction(ctx);
  await publishResult(ctx.platform, result);
  return result;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** Occurrences of `needle` in a file, read as a stream. */
async function countIn(file: string, needle: string): Promise<number> {
  let count = 0;
  let carry = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    const text = carry + (chunk as string);
    let at = text.indexOf(needle);
    while (at !== -1) {
      count++;
      at = text.indexOf(needle, at + needle.length);
    }
    carry = text.slice(-(needle.length - 1));
  }
  return count;
}

it('merges two shard reports of 150,000 test cases each', { timeout: 300_000 }, async () => {
  const { dir: ws, cleanup } = await tempDir('qg-large-');
  cleanups.push(cleanup);
  writeLargeJunit(path.join(ws, 'shard-1.xml'), { cases: 150_000, failEvery: 50_000 });
  writeLargeJunit(path.join(ws, 'shard-2.xml'), { cases: 150_000, failEvery: 50_000, offset: 150_000 });
  const platform = platformAt(ws);

  const result = await run({
    platform,
    inputs: inputsWith({ mode: 'merge', mergeFiles: 'shard-*.xml' }),
  });

  const pytest = result.report?.checks[0];
  expect(pytest?.counts).toEqual({ tests: 300_000, passed: 299_994, failures: 6, errors: 0, skipped: 0 });
  expect(pytest?.summary).toBe('299994 passed, 6 failed (2 shards)');
  expect(pytest?.findings).toHaveLength(6);
  expect(pytest?.findings[0]?.message).toBe(
    'tests/test_mod_999.py::TestCase5::test_case_49999 failed: assert 49999 == 50000',
  );
  expect(result.verdict).toBe('failed');
  const reports = path.join(ws, '.maint-actions/reports/quality-gates');
  expect(await countIn(path.join(reports, 'pytest-junit.xml'), '<testcase ')).toBe(300_000);
  expect(await countIn(path.join(reports, 'junit.xml'), '<testcase ')).toBe(300_000);
  expect(await countIn(path.join(reports, 'report.json'), '"classname"')).toBe(300_000);
});
