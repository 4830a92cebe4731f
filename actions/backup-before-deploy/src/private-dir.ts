/**
 * The private (0700) scratch directory of a run, under the runner's temporary directory: password
 * files, SQLite copies and drills live there. It is removed when the run ends and, should a
 * signal cancel the run, by the cancel handler before the process exits.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '@maint-actions/core';
import { onCancel } from './cancel';

export interface PrivateDir {
  readonly path: string;
  /** Removes the directory and everything in it. */
  remove(): Promise<void>;
}

/** @throws ConfigError when `tempDir` (TMPDIR, RUNNER_TEMP) is not a directory. */
export async function makePrivateDir(tempDir: string, prefix: string): Promise<PrivateDir> {
  const found = await stat(tempDir).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new ConfigError(
      `The temporary directory ${tempDir} (from TMPDIR, or RUNNER_TEMP on GitHub) ${found ? 'is not a directory' : 'does not exist'}: create it, or point TMPDIR at a directory that exists.`,
    );
  }
  const dir = await mkdtemp(path.join(tempDir, prefix));
  const forget = onCancel(() => rmSync(dir, { recursive: true, force: true }));
  return {
    path: dir,
    async remove() {
      forget();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
