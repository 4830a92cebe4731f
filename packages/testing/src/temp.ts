/** Temporary directories for tests, removed by their `cleanup`. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface Temp {
  readonly dir: string;
  cleanup(): Promise<void>;
}

/** A fresh directory under the system's temp folder, named from `prefix`. */
export async function tempDir(prefix = 'maint-test-'): Promise<Temp> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
