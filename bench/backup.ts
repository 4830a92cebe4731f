/**
 * backup-before-deploy against plain `pg_dump -Fc -f file`, on a PostgreSQL 15 database of about
 * 300 MB (`pgbench -i -s 20`) started for the bench. The action (its bundle, as the GitHub runner
 * starts it) backs up to a local directory with `verify: checksum`; its peak memory is the
 * VmHWM of its process, read from /proc while it runs. Interleaved, 3 rounds.
 *
 * Run: pnpm tsx bench/backup.ts (needs `pnpm build backup-before-deploy`).
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
const TARGET = 0.7;
const MEMORY_TARGET_MB = 150;
const BUNDLE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  'backup-before-deploy',
  'index.js',
);

export async function bench(): Promise<Figure> {
  const pg = await startPostgres();
  const work = await mkdtemp(path.join(os.tmpdir(), 'maint-bench-backup-'));
  const pgEnv = { ...process.env, PGPASSWORD: pg.password };
  try {
    await pg.sql('postgres', 'CREATE DATABASE bench');
    const connection = ['-h', pg.host, '-p', String(pg.port), '-U', pg.user];
    const init = await timeCommand(
      path.join(POSTGRES_BIN, 'pgbench'),
      ['-i', '-q', '-s', String(SCALE), ...connection, 'bench'],
      {
        env: pgEnv,
      },
    );
    if (init.exitCode !== 0) throw new Error(`pgbench -i failed (exit ${init.exitCode})`);
    const size = (await pg.sql('bench', 'SELECT pg_database_size(current_database())')).trim();

    const peaks: number[] = [];
    let steps: string[] = [];
    let round = 0;
    const { subject, baseline } = await interleave(
      ROUNDS,
      async () => {
        round += 1;
        const run = await runAction(path.join(work, `action-${round}`), pg.url('bench'));
        peaks.push(run.peakKb / 1024);
        steps = run.steps;
        return run.ms;
      },
      async () => {
        const file = path.join(work, 'plain.dump');
        const sample = await timeCommand(
          path.join(POSTGRES_BIN, 'pg_dump'),
          ['-Fc', '-f', file, ...connection, 'bench'],
          {
            env: pgEnv,
          },
        );
        if (sample.exitCode !== 0) throw new Error(`pg_dump failed (exit ${sample.exitCode})`);
        await rm(file, { force: true });
        return sample.ms;
      },
      0,
    );
    const subjectMs = median(subject);
    const baselineMs = median(baseline);
    const peakMb = Math.max(...peaks);
    const figure: Figure = {
      name: 'backup-before-deploy (checksum verified) vs pg_dump -Fc -f file',
      measure: `median of ${ROUNDS}, pgbench -s ${SCALE} (${(Number(size) / 1e6).toFixed(0)} MB); action peak memory ${peakMb.toFixed(0)} MB (target ≤ ${MEMORY_TARGET_MB} MB)`,
      subjectMs,
      baselineMs,
      value: subjectMs / baselineMs,
      unit: 'ratio',
      target: `≤ ${TARGET}`,
      ok: subjectMs / baselineMs <= TARGET && peakMb <= MEMORY_TARGET_MB,
    };
    printFigure(figure);
    console.log(
      `     action peak memory (VmHWM) per round, MB: ${peaks.map((p) => p.toFixed(0)).join(', ')}`,
    );
    console.log(`     the action's steps in its last round: ${steps.join('; ')}`);
    return figure;
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
