/**
 * Throw-away copies of the example Django service, so tests can break it (a failing test, a
 * missing migration, a bad setting) without touching the tree.
 */
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exampleServiceDir, fixturesDir } from './paths';

const SKIP = new Set([
  '.venv',
  'db.sqlite3',
  'media',
  '.pytest_cache',
  '__pycache__',
  '.maint-actions',
  'reports',
]);

export interface Workspace {
  /** The repository root of the copy (what GITHUB_WORKSPACE / CI_PROJECT_DIR would be). */
  readonly root: string;
  /** The Django project inside it. */
  readonly service: string;
  /** The working-directory input that points at the service. */
  readonly workingDirectory: string;
  cleanup(): Promise<void>;
}

/** Copies the example service into `<tmp>/repo/backend`, a layout like a real application repo. */
export async function copyExampleService(prefix = 'maint-example-'): Promise<Workspace> {
  const root = await mkdtemp(path.join(os.tmpdir(), prefix));
  const service = path.join(root, 'backend');
  await cp(exampleServiceDir, service, {
    recursive: true,
    filter: (src) => !SKIP.has(path.basename(src)),
  });
  return {
    root,
    service,
    workingDirectory: 'backend',
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** Appends text to a file of the copy. */
export async function appendTo(file: string, text: string): Promise<void> {
  const before = await readFile(file, 'utf8');
  await writeFile(file, before + text);
}

/**
 * A stand-in `lint-imports` on PATH that prints a real import-linter output sample and exits
 * with the code the real tool gave (import-linter cannot be installed on this machine).
 * Returns the directory to put first on PATH.
 */
export async function fakeLintImports(sample: string, exitCode: number, dir?: string): Promise<string> {
  const bin = dir ?? (await mkdtemp(path.join(os.tmpdir(), 'maint-lint-imports-')));
  await mkdir(bin, { recursive: true });
  const samplePath = path.join(fixturesDir, 'import-linter', sample);
  const script = `#!/bin/sh\ncat '${samplePath.replace(/'/g, `'\\''`)}'\nexit ${exitCode}\n`;
  const file = path.join(bin, 'lint-imports');
  await writeFile(file, script);
  await chmod(file, 0o755);
  return bin;
}
