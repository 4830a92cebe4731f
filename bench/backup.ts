/**
 * backup-before-deploy against plain `pg_dump -Fc -f file`, on a PostgreSQL 15 database of about
 * 300 MB (`pgbench -i -s 20`) started for the bench. The action (its bundle, as the GitHub runner
 * starts it) backs up to a local directory with `verify: checksum`; its peak memory is the
 * VmHWM of its process, read from /proc while it runs. Interleaved, 3 rounds; then one run on a
 * database twice as large (`-s 40`), whose peak memory must stay flat; then the same comparison
 * on rows that compress like ordinary tables (pgbench's are mostly blanks).
 *
 * Run: pnpm exec tsx bench/backup.ts (needs `pnpm build backup-before-deploy`).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { POSTGRES_BIN, startPostgres } from '@maint-actions/testing';
import { type Figure, interleave, median, printFigure, timeCommand } from './lib';

const ROUNDS = 3;
const SCALE = 20;
/** Peak memory with the database doubled may exceed the one of SCALE by this much and still be flat. */
const FLAT_TOLERANCE = 0.1;
const TARGET = 0.7;
/** Rows of the second data set (about 150 MB): text that compresses like ordinary tables. */
const ORDINARY_ROWS = 1_500_000;
const MEMORY_TARGET_MB = 150;
const BUNDLE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  'backup-before-deploy',
  'index.js',
);

export async function bench(): Promise<Figure[]> {
  const pg = await startPostgres();
  const work = await mkdtemp(path.join(os.tmpdir(), 'maint-bench-backup-'));
  const pgEnv = { ...process.env, PGPASSWORD: pg.password };
  const connection = ['-h', pg.host, '-p', String(pg.port), '-U', pg.user];
  const sizeMb = async (name: string): Promise<number> =>
    Number(await pg.sql(name, 'SELECT pg_database_size(current_database())')) / 1e6;
  /** Creates database `name` filled by `pgbench -i -s scale`; resolves with its size in MB. */
  const pgbench = async (name: string, scale: number): Promise<number> => {
    await pg.sql('postgres', `CREATE DATABASE ${name}`);
    const init = await timeCommand(
      path.join(POSTGRES_BIN, 'pgbench'),
      ['-i', '-q', '-s', String(scale), ...connection, name],
      { env: pgEnv },
    );
    if (init.exitCode !== 0) throw new Error(`pgbench -i failed (exit ${init.exitCode})`);
    return sizeMb(name);
  };
  let runs = 0;
  /** The action against plain pg_dump on database `name`, interleaved; peak memory per action run. */
  const compare = async (name: string) => {
    const peaks: number[] = [];
    let steps: string[] = [];
    const { subject, baseline } = await interleave(
      ROUNDS,
      async () => {
        runs += 1;
        const run = await runAction(path.join(work, `action-${runs}`), pg.url(name));
        peaks.push(run.peakKb / 1024);
        steps = run.steps;
        return run.ms;
      },
      async () => {
        const file = path.join(work, 'plain.dump');
        const sample = await timeCommand(
          path.join(POSTGRES_BIN, 'pg_dump'),
          ['-Fc', '-f', file, ...connection, name],
          { env: pgEnv },
        );
        if (sample.exitCode !== 0) throw new Error(`pg_dump failed (exit ${sample.exitCode})`);
        await rm(file, { force: true });
        return sample.ms;
      },
      0,
    );
    return { subjectMs: median(subject), baselineMs: median(baseline), peaks, steps };
  };
  try {
    const size = await pgbench('bench', SCALE);
    const main = await compare('bench');
    const peakMb = Math.max(...main.peaks);

    const doubledSize = await pgbench('bench_doubled', 2 * SCALE);
    const doubled = await runAction(path.join(work, 'action-doubled'), pg.url('bench_doubled'));
    const doubledPeakMb = doubled.peakKb / 1024;
    const flat = doubledPeakMb <= peakMb * (1 + FLAT_TOLERANCE);
    const figure: Figure = {
      name: 'backup-before-deploy (checksum verified) vs pg_dump -Fc -f file',
      measure: `median of ${ROUNDS}, pgbench -s ${SCALE} (${size.toFixed(0)} MB); action peak memory ${peakMb.toFixed(0)} MB, ${doubledPeakMb.toFixed(0)} MB at -s ${2 * SCALE} (${doubledSize.toFixed(0)} MB) (target ≤ ${MEMORY_TARGET_MB} MB, flat)`,
      subjectMs: main.subjectMs,
      baselineMs: main.baselineMs,
      value: main.subjectMs / main.baselineMs,
      unit: 'ratio',
      target: `≤ ${TARGET}`,
      ok: main.subjectMs / main.baselineMs <= TARGET && peakMb <= MEMORY_TARGET_MB && flat,
    };
    printFigure(figure);
    console.log(
      `     action peak memory (VmHWM) per round, MB: ${main.peaks.map((p) => p.toFixed(0)).join(', ')}; at -s ${2 * SCALE}: ${doubledPeakMb.toFixed(0)} (${flat ? 'flat' : 'NOT flat'}, in ${(doubled.ms / 1000).toFixed(1)} s)`,
    );
    console.log(`     the action's steps in its last round: ${main.steps.join('; ')}`);

    // pgbench's rows are 84 blanks each, which zlib squeezes for nothing: ordinary rows compress less.
    await pg.sql('postgres', 'CREATE DATABASE rows');
    await pg.sql(
      'rows',
      `CREATE TABLE item AS SELECT g AS id, md5(g::text) || ' ' || md5((-g)::text) AS name,
         g % 100000 AS n, timestamptz '2025-01-01' + g * interval '1 minute' AS t
       FROM generate_series(1, ${ORDINARY_ROWS}) g`,
    );
    const rowsSize = await sizeMb('rows');
    const rows = await compare('rows');
    const ordinary: Figure = {
      name: 'backup-before-deploy (checksum verified) vs pg_dump -Fc -f file, ordinary rows',
      measure: `median of ${ROUNDS}, ${ORDINARY_ROWS / 1e6}M rows of text, numbers and timestamps (${rowsSize.toFixed(0)} MB); action peak memory ${Math.max(...rows.peaks).toFixed(0)} MB`,
      subjectMs: rows.subjectMs,
      baselineMs: rows.baselineMs,
      value: rows.subjectMs / rows.baselineMs,
      unit: 'ratio',
      target: `≤ ${TARGET}`,
      ok: rows.subjectMs / rows.baselineMs <= TARGET && Math.max(...rows.peaks) <= MEMORY_TARGET_MB,
    };
    printFigure(ordinary);
    return [figure, ordinary];
  } finally {
    await rm(work, { recursive: true, force: true });
    await pg.stop();
  }
}

/** Runs the bundle once in a fresh workspace; its wall time and the VmHWM of its process. */
async function runAction(
  workspace: string,
  databaseUrl: string,
): Promise<{ ms: number; peakKb: number; steps: string[] }> {
  await mkdir(path.join(workspace, 'runner'), { recursive: true });
  const runner = (name: string): string => path.join(workspace, 'runner', name);
  for (const name of ['output', 'summary', 'env', 'state', 'path']) await writeFile(runner(name), '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runner(''),
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_OUTPUT: runner('output'),
    GITHUB_STEP_SUMMARY: runner('summary'),
    GITHUB_ENV: runner('env'),
    GITHUB_STATE: runner('state'),
    GITHUB_PATH: runner('path'),
    'INPUT_DATABASE-URL': databaseUrl,
    INPUT_DESTINATION: 'backups',
    INPUT_VERIFY: 'checksum',
  };
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [BUNDLE], { cwd: workspace, env, stdio: 'ignore' });
  let peakKb = 0;
  const poll = setInterval(() => {
    readFile(`/proc/${child.pid}/status`, 'utf8').then(
      (status) => {
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      },
      () => undefined,
    );
  }, 50);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(poll);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (exitCode !== 0)
    throw new Error(`the action exited with ${exitCode}: ${await readFile(runner('summary'), 'utf8')}`);
  await rm(path.join(workspace, 'backups'), { recursive: true, force: true });
  const steps = (await readFile(runner('summary'), 'utf8'))
    .split('\n')
    .filter((line) => /^\| (Database|Verification)/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map((cells) => `${cells[1]} ${cells[4]}`);
  return { ms, peakKb, steps };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench();
