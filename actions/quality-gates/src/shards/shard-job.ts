/**
 * This job's shard (the `shard` input): which test files it runs, planned by ./plan from the
 * durations kept in the CI cache. Each shard collects the test files, restores the durations of
 * an earlier run from the CI cache, and runs its share (balanced by duration, by file count
 * when no durations are known). Every shard of a run must compute the same split, so shards
 * only read the durations: the merge job, which sees every shard's JUnit, writes them.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, ensureOwnDir, type Platform, type RunContext } from '@maint-actions/core';
import type { QualityGatesInputs } from '../gates/gate';
import { collectTestFiles, shardFor } from './plan';

/** This job's shard, 1-based. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

/** Milliseconds per test file (relative to the working directory), as `durationsFromJunit` gives them. */
export type Durations = ReadonlyMap<string, number>;

/** The durations file, relative to the workspace (inside it, so GitLab's `cache:` can keep it too). */
export const DURATIONS_FILE = '.maint-actions/pytest-durations.json';

/**
 * The shard from `shard-index`/`shard-total`, else from GitLab's `parallel:` (CI_NODE_INDEX and
 * CI_NODE_TOTAL); undefined when the job is not sharded (no values, or one shard).
 *
 * @throws ConfigError naming the shard input that is wrong.
 */
export function shardOf(
  inputs: Pick<QualityGatesInputs, 'shardIndex' | 'shardTotal'>,
  context: Pick<RunContext, 'nodeIndex' | 'nodeTotal'>,
): Shard | undefined {
  const fromInputs = inputs.shardIndex !== undefined || inputs.shardTotal !== undefined;
  if (!fromInputs) {
    // GitLab sets CI_NODE_TOTAL=1 on every job, and CI_NODE_INDEX only on `parallel:` jobs.
    const { nodeIndex, nodeTotal } = context;
    if (nodeIndex === undefined || nodeTotal === undefined || nodeTotal <= 1) return undefined;
  }
  const index = fromInputs ? inputs.shardIndex : context.nodeIndex;
  const total = fromInputs ? inputs.shardTotal : context.nodeTotal;
  if (index === undefined && total === undefined) return undefined;
  if (index === undefined || total === undefined) {
    const missing = index === undefined ? 'shard-index' : 'shard-total';
    throw new ConfigError(`Input "${missing}" is needed too: set shard-index and shard-total together.`, {
      input: missing,
    });
  }
  if (!Number.isInteger(total) || total < 1) {
    throw new ConfigError(`Input "shard-total" must be a whole number of at least 1 (got ${total}).`, {
      input: 'shard-total',
    });
  }
  if (!Number.isInteger(index) || index < 1 || index > total) {
    throw new ConfigError(`Input "shard-index" must be a whole number from 1 to ${total} (got ${index}).`, {
      input: 'shard-index',
    });
  }
  return total === 1 ? undefined : { index, total };
}

/** The cache key prefix of the durations of one working directory. */
export function durationsKeyPrefix(workspace: string, cwd: string): string {
  const project = createHash('sha256').update(path.relative(workspace, cwd)).digest('hex').slice(0, 12);
  return `maint-qg-durations-${project}-`;
}

/** This shard's test files (relative to `cwd`). */
export async function planShard(
  platform: Platform,
  cwd: string,
  workspace: string,
  shard: Shard,
): Promise<string[]> {
  const files = await collectTestFiles(cwd);
  const durations = await restoreDurations(platform, workspace, cwd);
  const mine = shardFor(files, durations, shard.index, shard.total);
  const basis = durations.size > 0 ? 'durations of an earlier run' : 'file count (no durations cached yet)';
  platform.log.info(
    `pytest shard ${shard.index}/${shard.total}: ${mine.length} of ${files.length} test files, balanced by ${basis}.`,
  );
  return mine;
}

async function restoreDurations(platform: Platform, workspace: string, cwd: string): Promise<Durations> {
  const file = path.join(workspace, DURATIONS_FILE);
  const prefix = durationsKeyPrefix(workspace, cwd);
  await platform.cache.restore([file], `${prefix}${platform.context.sha ?? 'local'}`, [prefix]);
  // Read it even on a miss: on GitLab the job's `cache:` puts it there, not `restore`.
  return readDurations(file);
}

async function readDurations(file: string): Promise<Durations> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return new Map();
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return new Map(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number'));
    }
  } catch {
    // A damaged file is as good as none: shards fall back to file counts.
  }
  return new Map();
}

/**
 * Writes the durations file from a complete run (all shards merged) and saves it to the cache
 * for the next run's shards. It replaces the old file, so deleted tests drop out.
 */
export async function saveDurations(
  platform: Platform,
  workspace: string,
  cwd: string,
  durations: Durations,
): Promise<void> {
  const file = path.join(workspace, DURATIONS_FILE);
  ensureOwnDir(path.dirname(file));
  await writeFile(`${file}.tmp`, `${JSON.stringify(Object.fromEntries(durations), null, 2)}\n`);
  await rename(`${file}.tmp`, file);
  await platform.cache.save(
    [file],
    `${durationsKeyPrefix(workspace, cwd)}${platform.context.sha ?? 'local'}`,
  );
}
