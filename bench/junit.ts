/**
 * Large JUnit reports through the quality-gates bundle's merge mode (issue 18.1): two shard
 * reports of N/2 generated pytest test cases each are merged, parsed and reported (report.json,
 * junit.xml, SARIF, Code Quality, summary) by `node dist/quality-gates/index.js` under the runner
 * protocol, timed and measured for peak memory by GNU time (`%M`, maximum resident set size).
 *
 * Targets: a million test cases within 400 MB RSS; time linear in the size of the input (the
 * seconds per MB of the largest size within 1.3 × those of the smallest).
 *
 * Run: pnpm build quality-gates && pnpm exec tsx bench/junit.ts [cases ...]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLargeJunit } from '@maint-actions/testing';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(ROOT, 'dist/quality-gates/index.js');
const RSS_TARGET_MB = 400;
const LINEAR_TARGET = 1.3;

interface Row {
  readonly cases: number;
  readonly inputMb: number;
  readonly seconds: number;
  readonly rssMb: number;
  readonly exitCode: number | null;
}

async function measure(cases: number): Promise<Row> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-bench-junit-'));
  try {
    const half = Math.floor(cases / 2);
    writeLargeJunit(path.join(dir, 'shard-1.xml'), { cases: half, failEvery: 100_000 });
    writeLargeJunit(path.join(dir, 'shard-2.xml'), { cases: cases - half, failEvery: 100_000, offset: half });
    const inputBytes =
      (await stat(path.join(dir, 'shard-1.xml'))).size + (await stat(path.join(dir, 'shard-2.xml'))).size;
    const runner = path.join(dir, 'runner');
    await rm(runner, { recursive: true, force: true });
    await import('node:fs/promises').then(({ mkdir }) => mkdir(runner));
    const files: Record<string, string> = {};
    for (const name of [
      'GITHUB_OUTPUT',
      'GITHUB_STEP_SUMMARY',
      'GITHUB_ENV',
      'GITHUB_STATE',
      'GITHUB_PATH',
    ]) {
      files[name] = path.join(runner, name.toLowerCase());
      await writeFile(files[name]!, '');
    }
    const result = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, BUNDLE], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: runner,
        ...files,
        INPUT_MODE: 'merge',
        'INPUT_MERGE-FILES': 'shard-*.xml',
      },
    });
    const [rssKb, seconds] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    return {
      cases,
      inputMb: inputBytes / 1e6,
      seconds: seconds ?? Number.NaN,
      rssMb: (rssKb ?? Number.NaN) / 1024,
      exitCode: result.status,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE))
    throw new Error('dist/quality-gates/index.js is missing: run pnpm build quality-gates');
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const rows: Row[] = [];
  for (const cases of sizes.length > 0 ? sizes : [250_000, 500_000, 1_000_000]) {
    const row = await measure(cases);
    rows.push(row);
    // The verdict is failed on purpose (some cases fail): exit code 1 is the expected end.
    console.log(
      `${row.cases.toLocaleString('en-US')} cases, ${row.inputMb.toFixed(1)} MB in: ${row.seconds.toFixed(1)} s, ` +
        `${(row.seconds / row.inputMb).toFixed(3)} s/MB, peak RSS ${row.rssMb.toFixed(0)} MB (exit ${row.exitCode})`,
    );
  }
  const largest = rows.at(-1)!;
  const smallest = rows[0]!;
  const linear = largest.seconds / largest.inputMb / (smallest.seconds / smallest.inputMb);
  console.log(
    `peak RSS at ${largest.cases.toLocaleString('en-US')} cases: ${largest.rssMb.toFixed(0)} MB (target ≤ ${RSS_TARGET_MB} MB) ${largest.rssMb <= RSS_TARGET_MB ? 'ok' : 'MISS'}`,
  );
  console.log(
    `s/MB largest ÷ smallest: ${linear.toFixed(2)} (target ≤ ${LINEAR_TARGET}) ${linear <= LINEAR_TARGET ? 'ok' : 'MISS'}`,
  );
}

await main();
