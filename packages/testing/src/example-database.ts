/**
 * The example Django service against a scratch SQLite database, migrated once per test file:
 * the real `manage.py` commands the scheduled actions run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runProcess } from '@maint-actions/core';
import { exampleServiceDir, systemPython } from './paths';

export interface ExampleDatabase {
  /** The environment that points `manage.py` at the scratch database. */
  readonly env: Record<string, string | undefined>;
  /** Runs Python code in `manage.py shell` (the test's own fixture code). */
  shell(code: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** A migrated scratch database for the example service. */
export async function exampleDatabase(): Promise<ExampleDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-example-db-'));
  const env = { ...process.env, DATABASE_URL: `sqlite:///${path.join(dir, 'db.sqlite3')}` };
  const manage = async (args: string[]): Promise<void> => {
    const result = await runProcess({
      command: systemPython,
      args: ['manage.py', ...args],
      cwd: exampleServiceDir,
      env,
      timeoutMs: 60_000,
    });
    if (result.exitCode !== 0) throw new Error(`manage.py ${args[0]} failed: ${result.stderr}`);
  };
  await manage(['migrate', '-v', '0']);
  return {
    env,
    shell: (code) => manage(['shell', '-c', code]),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
