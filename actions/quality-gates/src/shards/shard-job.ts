/**
 * This job's shard (`shard-index`/`shard-total`, or GitLab's `parallel:`) and the durations it
 * is planned by, kept in the CI cache. Each shard restores the durations of an earlier run; the
 * pytest gate then collects the tests and runs its share as ./plan-tests splits them (balanced
 * by recorded time, by test count when nothing is recorded). Every shard of a run must compute
 * the same split, so shards only read the durations: the merge job, which sees every shard's
 * JUnit, writes them.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigError,
  ensureOwnDir,
  type Platform,
  type RunContext,
  writeFileAtomic,
} from '@maint-actions/core';
import type { QualityGatesInputs } from '../gates/gate';
import { NO_DURATIONS, type RecordedDurations } from './plan-tests';

/** This job's shard, 1-based. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

/** A shard with the durations its plan is balanced by. */
export interface PlannedShardJob extends Shard {
  readonly durations: RecordedDurations;
}

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

/** This job's shard with the durations of an earlier run (none when nothing is cached yet). */
export async function restoreShard(
  platform: Platform,
  cwd: string,
  workspace: string,
  shard: Shard,
): Promise<PlannedShardJob> {
  return { ...shard, durations: await restoreDurations(platform, workspace, cwd) };
}

async function restoreDurations(
  platform: Platform,
  workspace: string,
  cwd: string,
): Promise<RecordedDurations> {
  const file = path.join(workspace, DURATIONS_FILE);
  const prefix = durationsKeyPrefix(workspace, cwd);
  await platform.cache.restore([file], `${prefix}${platform.context.sha ?? 'local'}`, [prefix]);
  // Read it even on a miss: on GitLab the job's `cache:` puts it there, not `restore`.
  return readDurations(file);
}

/**
 * The durations file: version 2 (`{"version": 2, "tests": {address: ms}, "setup": {module: ms}}`),
 * or the flat `{file: ms}` of version 1, whose file totals are spread over each file's tests.
 * A missing or damaged file is as good as none: shards balance by test count.
 */
export async function readDurations(file: string): Promise<RecordedDurations> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return NO_DURATIONS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return NO_DURATIONS;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return NO_DURATIONS;
  const record = parsed as Record<string, unknown>;
  if (record.version === 2) {
    return { tests: numbers(record.tests), setup: numbers(record.setup) };
  }
  return { tests: new Map(), setup: new Map(), files: numbers(record) };
}

function numbers(value: unknown): Map<string, number> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return new Map();
  return new Map(
    Object.entries(value).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] >= 0),
  );
}

/**
 * Writes the durations file from a complete run (all shards merged) and saves it to the cache
 * for the next run's shards. It replaces the old file, so deleted tests drop out.
 */
export async function saveDurations(
  platform: Platform,
  workspace: string,
  cwd: string,
  durations: DurationsToSave,
): Promise<void> {
  const file = path.join(workspace, DURATIONS_FILE);
  ensureOwnDir(path.dirname(file));
  // Written a piece at a time (and whole or not at all): a million tests never become one
  // object or one string.
  await writeFileAtomic(file, durationsJson(durations));
  await platform.cache.save(
    [file],
    `${durationsKeyPrefix(workspace, cwd)}${platform.context.sha ?? 'local'}`,
  );
}

/** What {@link saveDurations} writes: each test's seconds (in order), each module's set-up. */
export interface DurationsToSave {
  readonly tests: Iterable<readonly [string, number]>;
  readonly setup: Iterable<readonly [string, number]>;
}

/**
 * The durations file's JSON in pieces, the bytes of `JSON.stringify(content, null, 1)` (one test
 * a line: thousands of tests stay readable and diff well). Tests' keys hold `::` and modules are
 * dotted names, never an array index, so objects keep the order they are given in.
 */
function* durationsJson(durations: DurationsToSave): Generator<string> {
  yield '{\n "version": 2,\n "tests": ';
  yield* objectJson(durations.tests);
  yield ',\n "setup": ';
  yield* objectJson(durations.setup);
  yield '\n}\n';
}

function* objectJson(entries: Iterable<readonly [string, number]>): Generator<string> {
  let first = true;
  for (const [key, value] of entries) {
    yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    first = false;
  }
  yield first ? '{}' : '\n }';
}
