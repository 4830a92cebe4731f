/**
 * The file-level shard plan, pure apart from listing files: splitting pytest's test files across
 * CI jobs (shards), longest first. The action now plans by node id (./plan-tests, issue 18.3);
 * this planner stays as the comparison bench/shards.ts prints beside it.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, type TestCaseResult } from '@maint-actions/core';
import { isIgnoredDir, toPosix, VENV_MARKER, type Where } from '../parsers/paths';
import { parsePytestJunit } from '../parsers/pytest-junit';

/** pytest's default `python_files`. */
const TEST_FILE = /^(test_.*|.*_test)\.py$/;

/**
 * The test files pytest would discover by default under `cwd` (`test_*.py`, `*_test.py`),
 * skipping the directories pytest skips (dot-dirs, `node_modules`, `venv`, `build`, `dist`,
 * `__pycache__`, virtualenvs); relative to `cwd` with forward slashes, sorted. Symbolic links
 * are not followed. A project that sets `testpaths`, `python_files` or `norecursedirs` should
 * pass its test paths explicitly.
 */
export async function collectTestFiles(cwd: string): Promise<string[]> {
  const files: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    if (await isFile(path.join(dir, VENV_MARKER))) return;
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !isIgnoredDir(entry.name)) await visit(full);
      else if (entry.isFile() && TEST_FILE.test(entry.name)) files.push(toPosix(path.relative(cwd, full)));
    }
  };
  await visit(cwd);
  return files.sort(byPath);
}

/**
 * Milliseconds per test file (relative to `where.cwd`, forward slashes) from a pytest JUnit
 * report, with files found as {@link parsePytestJunit} finds them. Tests whose file is unknown
 * are left out.
 */
export function durationsFromJunit(xml: string, where: Where): Map<string, number> {
  return durationsOfTests(parsePytestJunit(xml, where).tests, where);
}

/** {@link durationsFromJunit} of test cases already read. */
export function durationsOfTests(tests: readonly TestCaseResult[], where: Where): Map<string, number> {
  const durations = new Map<string, number>();
  for (const test of tests) {
    if (test.file === undefined) continue;
    const file = toPosix(path.relative(where.cwd, path.resolve(where.workspace, test.file)));
    durations.set(file, (durations.get(file) ?? 0) + test.timeMs);
  }
  return durations;
}

/**
 * Splits `files` into `total` shards of about equal duration: longest first, each to the
 * least-loaded shard (ties: the one with fewer files, then the lower one; equal durations: by
 * path). A file without a known duration counts as the median of the known ones, or 1 when none
 * is known (so shards are balanced by file count). Each shard's files are sorted; a shard may be
 * empty when there are fewer files than shards.
 *
 * @throws ConfigError naming `shard-total` when `total` is not a positive whole number.
 */
export function planShards(
  files: readonly string[],
  durations: ReadonlyMap<string, number>,
  total: number,
): string[][] {
  if (!Number.isInteger(total) || total < 1) {
    throw new ConfigError(`Input "shard-total" must be a whole number of 1 or more, got ${total}.`, {
      input: 'shard-total',
    });
  }
  const known = files.map((file) => durations.get(file)).filter((ms) => ms !== undefined);
  const fallback = known.length > 0 ? median(known) : 1;
  const weighted = [...new Set(files)]
    .map((file) => ({ file, ms: durations.get(file) ?? fallback }))
    .sort((a, b) => b.ms - a.ms || byPath(a.file, b.file));
  const shards = Array.from({ length: total }, () => ({ files: [] as string[], ms: 0 }));
  for (const { file, ms } of weighted) {
    const lightest = shards.reduce((best, shard) =>
      shard.ms < best.ms || (shard.ms === best.ms && shard.files.length < best.files.length) ? shard : best,
    );
    lightest.files.push(file);
    lightest.ms += ms;
  }
  return shards.map((shard) => shard.files.sort(byPath));
}

/**
 * The files of shard `index` (1-based) of `total`, as {@link planShards} splits them.
 *
 * @throws ConfigError naming `shard-index` or `shard-total` when they are out of range.
 */
export function shardFor(
  files: readonly string[],
  durations: ReadonlyMap<string, number>,
  index: number,
  total: number,
): string[] {
  const shards = planShards(files, durations, total);
  if (!Number.isInteger(index) || index < 1 || index > total) {
    throw new ConfigError(
      `Input "shard-index" must be between 1 and ${total} (the shard-total), got ${index}.`,
      {
        input: 'shard-index',
      },
    );
  }
  return shards[index - 1]!;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Code-unit order: the same on every machine, whatever its locale. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}
