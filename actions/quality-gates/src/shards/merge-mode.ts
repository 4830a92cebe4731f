/**
 * `mode: merge`: the shards' pytest JUnit files (`merge-files`) become one pytest check, one
 * merged JUnit file, and the durations the next run's shards are balanced by.
 */
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { type Check, ConfigError, ensureOwnDir, type Platform } from '@maint-actions/core';
import type { QualityGatesInputs } from '../gates/gate';
import { expandPattern } from '../gates/glob';
import { PYTEST_JUNIT_FILE, testsSummary } from '../gates/pytest';
import { toPosix, whereFor } from '../parsers/paths';
import { PytestCollector } from '../parsers/pytest-junit';
import { mergeJunitFiles } from './junit-merge';
import { moduleOfCase, recordSetup, testDurations } from './plan-tests';
import { saveDurations } from './shard-job';

export interface MergeOptions {
  readonly platform: Platform;
  readonly inputs: Pick<QualityGatesInputs, 'mergeFiles' | 'warn'>;
  readonly workspace: string;
  readonly cwd: string;
  readonly reportDir: string;
}

/**
 * Merges the shards' JUnit files into `<reportDir>/pytest-junit.xml` and returns the pytest check.
 *
 * @throws ConfigError naming `merge-files` when it is unset or an entry matches no file.
 */
export async function mergeShards(options: MergeOptions): Promise<Check> {
  const { platform, workspace, cwd, reportDir } = options;
  const output = path.join(reportDir, PYTEST_JUNIT_FILE);
  const files = (await junitFiles(options.inputs.mergeFiles, workspace)).filter((file) => file !== output);
  platform.log.info(`Merging ${files.length} JUnit file${files.length === 1 ? '' : 's'}.`);
  ensureOwnDir(reportDir);
  const where = whereFor(workspace, cwd);
  // V8 lets the heap grow to several times what outlived its last full collection before it
  // collects again. A merge keeps every test case (about 200 MB for a million) and makes that
  // much garbage again writing the reports, so this process collects at 20% of growth instead:
  // a million cases merged in 666 MB peak RSS before, under 400 MB with it (docs/benchmarks.md).
  setFlagsFromString('--heap-growing-percent=20');
  // One streamed pass per file: the merged file is written and the test cases read together.
  const collector = new PytestCollector(where);
  await mergeJunitFiles(
    files,
    files.map((file) => path.relative(workspace, file)),
    output,
    (xmlCase) => collector.add(xmlCase),
  );
  const parsed = collector.result();
  // Keyed as pytest's JUnit names tests, which the shards' plans derive from node ids; a test's
  // file (found on disk) tells where its module ends in the classname.
  const fileOf = new Map<string, string | undefined>();
  for (const test of parsed.tests) {
    if (test.file !== undefined) fileOf.set(test.classname, toPosix(test.file));
  }
  // As recordDurations records them, written as they are computed: no map of a million tests.
  const setup = recordSetup(parsed.tests, (classname) => moduleOfCase(classname, fileOf.get(classname)));
  await saveDurations(platform, workspace, cwd, { tests: testDurations(parsed.tests), setup });
  const { counts } = parsed;
  const failed = counts.failures + counts.errors > 0 || counts.tests === 0;
  return {
    id: 'pytest',
    name: 'pytest',
    mode: options.inputs.warn.includes('pytest') ? 'warn' : 'enforce',
    status: failed ? 'failed' : 'passed',
    // The tests' own time across all shards: what the merged run took, not the merge.
    durationMs: Math.round(totalTime(parsed.tests)),
    summary:
      counts.tests === 0
        ? 'no tests in the merged reports'
        : `${testsSummary(counts)} (${files.length} shards)`,
    counts: { ...counts },
    tests: parsed.tests,
    findings: parsed.findings,
  };
}

async function junitFiles(mergeFiles: string | undefined, workspace: string): Promise<string[]> {
  const patterns = (mergeFiles ?? '')
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (patterns.length === 0) {
    throw new ConfigError(
      'Input "merge-files" is required in merge mode: set it to the shards\' JUnit files or a glob.',
      {
        input: 'merge-files',
      },
    );
  }
  const files: string[] = [];
  for (const pattern of patterns) {
    const matched = await expandPattern(pattern, workspace, PYTEST_JUNIT_FILE);
    if (matched.length === 0) {
      throw new ConfigError(
        `Input "merge-files": ${pattern} matches no file (paths are relative to the repository root); did every shard upload its report?`,
        { input: 'merge-files' },
      );
    }
    files.push(...matched);
  }
  return [...new Set(files)];
}

function totalTime(tests: readonly { timeMs: number }[]): number {
  let sum = 0;
  for (const test of tests) sum += test.timeMs;
  return sum;
}
