/**
 * The pytest gate: `python -m pytest` with a JUnit report in the report directory, parsed into
 * counts, test cases and findings at the failing lines.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, ToolMissingError } from '@maint-actions/core';
import { hasModule } from '@maint-actions/python-env';
import { type PytestResult, parsePytestJunitFile } from '../parsers/pytest-junit';
import { planTests } from '../shards/plan-tests';
import { PLUGIN_MODULE, withPluginPath, writeShardPlugin } from '../shards/pytest-plugin';
import type { PlannedShardJob } from '../shards/shard-job';
import { splitArgs } from '../shlex';
import {
  describeExit,
  type Gate,
  type GateContext,
  type GateResult,
  outputTail,
  runTool,
  type ToolRun,
} from './gate';

/** File name of pytest's own JUnit report in the report directory (what `merge` mode reads). */
export const PYTEST_JUNIT_FILE = 'pytest-junit.xml';

/** pytest's exit codes that still leave a usable report: tests failed (1), collection errors (2). */
const EXIT_TESTS_FAILED = 1;
const EXIT_INTERRUPTED = 2;
/** No tests were collected: the gate fails, since it protected nothing (remove `pytest` from `gates` if intended). */
const EXIT_NO_TESTS = 5;

export const pytestGate: Gate = {
  id: 'pytest',
  name: 'pytest',
  async prepare(ctx) {
    if (!(await hasModule(ctx.python, 'pytest', ctx.env))) {
      throw new ToolMissingError(
        'pytest',
        'add pytest and pytest-django to your dev requirements (pip install pytest pytest-django)',
      );
    }
    const userArgs = splitArgs(ctx.inputs.pytestArgs ?? '', 'pytest-args');
    const workers = await pytestWorkers(ctx, userArgs);
    // Said in the report's facts: how pytest ran, and why not in parallel when it could have.
    ctx.meta?.set(
      'pytest-workers',
      workers.count > 0 ? `${workers.count} (pytest-xdist)` : (workers.note ?? 'one process'),
    );
    return { run: () => runPytest(ctx, userArgs, workers) };
  },
};

/** How pytest runs: `-n <count>` with pytest-xdist, or one process; `note` says why for the report. */
export interface Workers {
  readonly count: number;
  readonly note?: string;
}

/**
 * The workers of `pytest-workers`: `0` is one process; a number is that many (pytest-xdist must
 * be installed); `auto` is the CPUs left after the gates that run beside pytest (they are short:
 * one CPU between them), all CPUs when pytest runs alone, and at least 2; one process when
 * pytest-xdist is not installed or there is one CPU. `-n`/`--numprocesses`/`--dist` in
 * `pytest-args` win.
 *
 * @throws ConfigError naming `pytest-workers` for a value that is not `auto` or a whole number;
 *   ToolMissingError naming pytest-xdist for a number without it.
 */
export async function pytestWorkers(
  ctx: Pick<GateContext, 'inputs' | 'python' | 'env' | 'gatesBesidePytest'>,
  userArgs: readonly string[],
  cpus = os.availableParallelism(),
): Promise<Workers> {
  const value = (ctx.inputs.pytestWorkers ?? 'auto').trim();
  if (!/^(auto|\d+)$/.test(value)) {
    throw new ConfigError(
      `Input "pytest-workers" must be auto, 0 (one process) or a number of workers (got ${JSON.stringify(value)}).`,
      { input: 'pytest-workers' },
    );
  }
  if (userArgs.some((arg) => /^(-n|--numprocesses|--dist)(=|$)|^-n\S/.test(arg))) {
    return { count: 0, note: 'workers set by pytest-args' };
  }
  if (value === '0') return { count: 0 };
  const xdist = await hasModule(ctx.python, 'xdist', ctx.env);
  if (value !== 'auto') {
    if (!xdist) {
      throw new ToolMissingError(
        'pytest-xdist',
        `pytest-workers: ${value} runs pytest with -n; add pytest-xdist to your dev requirements (pip install pytest-xdist), or set pytest-workers to 0`,
      );
    }
    return { count: Number(value) };
  }
  if (!xdist)
    return { count: 0, note: 'one process: pytest-workers is auto but pytest-xdist is not installed' };
  if (cpus < 2) return { count: 0, note: 'one process: one CPU' };
  const count = Math.max(2, (ctx.gatesBesidePytest ?? 0) > 0 ? cpus - 1 : cpus);
  return { count };
}

async function runPytest(
  ctx: GateContext,
  userArgs: readonly string[],
  workers: Workers,
): Promise<GateResult> {
  if (!ctx.shard) return runPytestWith(ctx, userArgs, workers, []);
  const scratch = await mkdtemp(path.join(ctx.platform.context.tempDir, 'maint-qg-shard-'));
  try {
    const shardCtx = { ...ctx, env: withPluginPath(ctx.env, await writeShardPlugin(scratch)) };
    const planned = await planShard(shardCtx, ctx.shard, userArgs, scratch);
    if ('result' in planned) return planned.result;
    return await runPytestWith(shardCtx, userArgs, workers, [
      '-p',
      PLUGIN_MODULE,
      `--maint-shard=${planned.planFile}`,
    ]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Collects the tests (`--collect-only` with the shard plugin, the user's `pytest-args` applied),
 * plans every shard from them and the recorded durations, and writes the plan for the plugin.
 * Every shard collects the same tests and so computes the same plan.
 */
async function planShard(
  ctx: GateContext,
  shard: PlannedShardJob,
  userArgs: readonly string[],
  scratch: string,
): Promise<{ planFile: string } | { result: GateResult }> {
  const collected = path.join(scratch, 'collected.json');
  const run = await runTool(ctx, 'pytest', ctx.python.path, [
    '-m',
    'pytest',
    '--collect-only',
    '-q',
    '-p',
    'no:cacheprovider',
    '-p',
    PLUGIN_MODULE,
    `--maint-collect=${collected}`,
    ...userArgs,
  ]);
  const list = await readFile(collected, 'utf8')
    .then((text) => JSON.parse(text) as { nodeIds: string[]; errors: string[] })
    .catch(() => undefined);
  if (list === undefined) {
    return {
      result: {
        command: run.command,
        status: 'error',
        summary: `pytest could not collect the tests to plan shard ${shard.index}/${shard.total} (${describeExit(run)})`,
        findings: [],
        outputTail: outputTail(run.output),
      },
    };
  }
  // A file that failed to collect is planned as one test, so one shard reports its error.
  const plan = planTests([...list.nodeIds, ...list.errors], shard.durations, shard.total);
  const mine = plan.shards[shard.index - 1]!;
  const all = list.nodeIds.length + list.errors.length;
  const basis =
    shard.durations.tests.size > 0 || (shard.durations.files?.size ?? 0) > 0
      ? `recorded durations (${plan.estimated} of ${all} tests estimated from their siblings)`
      : 'test count (no durations cached yet)';
  ctx.platform.log.info(
    `pytest shard ${shard.index}/${shard.total}: ${mine.nodeIds.length} of ${all} tests in ${mine.files.length} files, balanced by ${basis}; ${plan.splitModules} module${plan.splitModules === 1 ? '' : 's'} split over shards.`,
  );
  if (mine.nodeIds.length === 0) {
    return { result: { status: 'skipped', summary: 'no tests in this shard', findings: [] } };
  }
  const planFile = path.join(scratch, 'plan.json');
  await writeFile(
    planFile,
    JSON.stringify({ shard: shard.index - 1, shards: plan.shards.map((s) => s.nodeIds) }),
  );
  return { planFile };
}

async function runPytestWith(
  ctx: GateContext,
  userArgs: readonly string[],
  workers: Workers,
  shardArgs: readonly string[],
): Promise<GateResult> {
  const junitFile = path.join(ctx.reportDir, PYTEST_JUNIT_FILE);
  await rm(junitFile, { force: true });
  const args = [
    '-m',
    'pytest',
    `--junitxml=${junitFile}`,
    '-o',
    'junit_family=xunit2',
    // CI runs start clean: no .pytest_cache written into the project.
    '-p',
    'no:cacheprovider',
    ...(workers.count > 0 ? ['-n', String(workers.count)] : []),
    ...shardArgs,
    ...userArgs,
  ];
  const run = await runTool(ctx, 'pytest', ctx.python.path, args);
  const parsed = existsSync(junitFile) ? await parsePytestJunitFile(junitFile, ctx.where) : undefined;
  return pytestResult(run, parsed);
}

/** The check of a pytest run from its exit code and JUnit report. */
function pytestResult(run: ToolRun, parsed: PytestResult | undefined): GateResult {
  const base = { command: run.command };
  const tail = outputTail(run.output);
  if (run.exitCode === EXIT_NO_TESTS) {
    return { ...base, status: 'failed', summary: 'no tests collected', findings: [], outputTail: tail };
  }
  const usable =
    run.exitCode === 0 || run.exitCode === EXIT_TESTS_FAILED || run.exitCode === EXIT_INTERRUPTED;
  if (!usable || parsed === undefined) {
    return {
      ...base,
      status: 'error',
      summary: `pytest did not finish (${describeExit(run)}${parsed === undefined ? ', no JUnit report' : ''})`,
      findings: [],
      outputTail: tail,
    };
  }
  const passed = run.exitCode === 0;
  return {
    ...base,
    status: passed ? 'passed' : 'failed',
    summary: testsSummary(parsed.counts, run.exitCode === EXIT_INTERRUPTED),
    counts: { ...parsed.counts },
    tests: parsed.tests,
    findings: parsed.findings,
    ...(passed ? {} : { outputTail: tail }),
  };
}

/** "41 passed, 1 failed, 2 skipped" (and "collection interrupted" when pytest stopped early). */
export function testsSummary(
  counts: { passed: number; failures: number; errors: number; skipped: number },
  interrupted = false,
): string {
  const parts = [`${counts.passed} passed`];
  if (counts.failures > 0) parts.push(`${counts.failures} failed`);
  if (counts.errors > 0) parts.push(`${counts.errors} error${counts.errors === 1 ? '' : 's'}`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
  if (interrupted) parts.push('collection interrupted');
  return parts.join(', ');
}
