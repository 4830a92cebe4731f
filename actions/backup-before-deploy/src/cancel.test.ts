/**
 * The signal guard in a real process: a run that ends (and releases its guard) while the
 * clean-ups of a cancel still run must not let the next signal end the process half done; a run
 * that reports after the clean-ups are done must get to report.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
let dir: string | undefined;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('guardSignals', () => {
  it('keeps its handlers through the clean-ups: SIGINT, the run released, then SIGTERM still exits 130 after them', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'maint-cancel-'));
    const done = path.join(dir, 'cleaned');
    const script = path.join(dir, 'run.mts');
    // The run: guarded, a clean-up that takes 600 ms (an S3 abort), and a run that ends as soon as
    // it sees the cancel, releasing its guard, as backup's `finally` does.
    await writeFile(
      script,
      `import { writeFileSync } from 'node:fs';
import { cancelSignal, guardSignals, onCancel } from ${JSON.stringify(path.join(repoRoot, 'actions/backup-before-deploy/src/cancel.ts'))};
const release = guardSignals();
onCancel(() => new Promise((resolve) => setTimeout(() => { writeFileSync(process.argv[2], 'yes'); resolve(undefined); }, 600)));
cancelSignal().addEventListener('abort', () => release());
console.log('ready');
setInterval(() => {}, 1000);
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script, done], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH },
    });
    let out = '';
    child.stderr.on('data', (d) => (out += d));
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('ready')) resolve();
      }),
    );
    child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 150));
    child.kill('SIGTERM');
    const end = await closed;
    expect(end, out).toEqual({ code: 130, signal: null });
    expect(await readFile(done, 'utf8')).toBe('yes');
  }, 30_000);

  it('lets the run report after the clean-ups, then exits with the signal code even though the run set 1', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'maint-cancel-'));
    const script = path.join(dir, 'run.mts');
    // The clean-up is quick; the run takes 700 ms to unwind after the abort (killing a tool,
    // removing a partial object) and only then prints its failure and sets exit code 1.
    await writeFile(
      script,
      `import { cancelSignal, guardSignals, onCancel } from ${JSON.stringify(path.join(repoRoot, 'actions/backup-before-deploy/src/cancel.ts'))};
const release = guardSignals();
onCancel(() => undefined);
const hold = setInterval(() => {}, 1000);
cancelSignal().addEventListener('abort', () => setTimeout(() => {
  release();
  clearInterval(hold);
  console.error('error: backup failed: ' + cancelSignal().reason.message + '; nothing was kept');
  process.exitCode = 1;
}, 700));
console.log('ready');
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH },
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('ready')) resolve();
      }),
    );
    const sent = Date.now();
    child.kill('SIGINT');
    const end = await closed;
    expect(end, err).toEqual({ code: 130, signal: null });
    expect(err).toBe('error: backup failed: cancelled by SIGINT; nothing was kept\n');
    // Ended when the run did, not at the 8 s deadline.
    expect(Date.now() - sent).toBeLessThan(6000);
  }, 30_000);
});
