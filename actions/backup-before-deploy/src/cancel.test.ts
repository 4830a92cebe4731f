/**
 * The signal guard in a real process: a run that ends (and releases its guard) while the
 * clean-ups of a cancel still run must not let the next signal end the process half done.
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
});
