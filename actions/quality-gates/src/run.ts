/**
 * The quality-gates action: validate the inputs, find (or install) Python, run the gates in
 * parallel, and report them as one verdict with report files, a summary and annotations.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  type Check,
  ConfigError,
  configFileName,
  configItems,
  describeError,
  finishReport,
  inputSources,
  isBlocking,
  isConfigError,
  mapLimit,
  type Platform,
  relativeTo,
  reportFilePath,
  reportHint,
  sarifToolOf,
  startRun,
  ToolMissingError,
  workingDirectory,
} from '@maint-actions/core';
import {
  activateVenv,
  type PythonInfo,
  prepareProjectPython,
  pythonMismatch,
} from '@maint-actions/python-env';
import { type GateStage, MANAGE_PY_GATES, type PlannedGate, planGates } from './gates';
import { type GateContext, GateTimeoutError, type PreparedGate, type QualityGatesInputs } from './gates/gate';
import { whereFor } from './parsers/paths';
import { applyPolicy } from './policy';
import { mergeShards } from './shards/merge-mode';
import { restoreShard, shardOf } from './shards/shard-job';
import { type QualityGatesSpec, spec } from './spec';

type Env = Readonly<Record<string, string | undefined>>;
type Result = ActionResult<QualityGatesSpec>;

/** Runs the action (see the spec and quality-gates/README.md). */
export async function run({
  platform,
  inputs: given,
  repoConfig,
}: ActionContext<QualityGatesSpec>): Promise<Result> {
  const started = startRun(platform, spec, given.reportDir);
  const { workspace, reportDir } = started;
  // Report lines name the file a mode came from: the CLI's --config file, else .maint-actions.yml.
  const { inputs, meta: policyMeta } = await applyPolicy(
    given,
    workspace,
    configFileName(repoConfig, workspace),
  );
  const cwd = workingDirectory(workspace, inputs.workingDirectory);
  const meta: Record<string, string> = { 'working-directory': relativeTo(workspace, cwd), ...policyMeta };

  const checks =
    inputs.mode === 'merge'
      ? [await mergeShards({ platform, inputs, workspace, cwd, reportDir })]
      : await runMode(
          {
            platform,
            inputs: { ...inputs, gateStage: gatesStage(given) },
            ...(repoConfig ? { repoConfig } : {}),
          },
          workspace,
          cwd,
          reportDir,
          meta,
          configItems(given, 'warn'),
        );
  if (inputs.mode === 'merge') meta.mode = 'merge';

  const report = finishReport(started, { checks, meta });
  const fullReportHint = reportHint(started);
  const summary = oneLineSummary(checks);
  return {
    verdict: report.verdict,
    // quality-gates' `status` has always been `passed` or `failed`: a shard with nothing to run
    // passes, so the kernel's "every check skipped" rule does not apply here.
    skipped: false,
    summary,
    outputs: {
      'failed-gates': checks
        .filter(isBlocking)
        .map((c) => c.id)
        .join(','),
      report: reportFilePath(reportDir, 'json'),
      junit: reportFilePath(reportDir, 'junit'),
      summary,
    },
    report,
    publish: {
      dir: reportDir,
      formats: ['json', 'junit', 'codequality', 'sarif', 'summary'],
      fullReportHint,
      tool: sarifToolOf(started),
      annotate: true,
    },
  };
}

/**
 * `mode: run`: plans the gates, finds Python (installing the venv first with `install`), restores
 * the durations this shard's tests are planned by, and runs the gates. Adds `python` and `shard` to `meta`.
 * `configWarn`: the `warn` items of `.maint-actions.yml` (see `planGates`).
 */
async function runMode(
  { platform, inputs, repoConfig }: ActionContext<QualityGatesSpec>,
  workspace: string,
  cwd: string,
  reportDir: string,
  meta: Record<string, string>,
  configWarn: readonly string[],
): Promise<Check[]> {
  const limits = runLimits(inputs);
  const planned = planGates(inputs, configWarn, inputs.gateStage);
  if (inputs.gateStage !== 'all') meta.stage = inputs.gateStage;
  const shard = shardOf(inputs, platform.context);
  if (planned.some(({ gate }) => MANAGE_PY_GATES.includes(gate.id)))
    requireManagePy(cwd, meta['working-directory']);
  // change-flow reads the change, not the project: alone, it needs no install (the top-level
  // `install:` of .maint-actions.yml reaches every quality-gates job, the PR checks' too).
  const runsProject = planned.some(({ gate }) => gate.id !== 'change-flow');
  const install = runsProject ? inputs.install : undefined;
  const python = await preparePython(platform, { ...inputs, install }, workspace, cwd, limits.timeoutMinutes);
  meta.python = python.version;
  // GitLab's image brings its own Python: say when it is not the one the project declares.
  // The config in force (the CLI's --config file) declares it first, as the workflows read it.
  const mismatch = await pythonMismatch(workspace, cwd, python.version, repoConfig);
  if (mismatch) platform.log.warning(mismatch);
  // Sharding splits pytest only: the other gates run once, in the first shard.
  const selected = shard && shard.index > 1 ? planned.filter(({ gate }) => gate.id === 'pytest') : planned;
  const runsPytest = selected.some(({ gate }) => gate.id === 'pytest');
  // The pytest gate plans this shard's tests once it has collected them.
  const pytestShard = shard && runsPytest ? await restoreShard(platform, cwd, workspace, shard) : undefined;
  if (shard) meta.shard = `${shard.index}/${shard.total}`;
  const gateMeta = new Map<string, string>();
  const ctx: GateContext = {
    platform,
    inputs,
    workspace,
    cwd,
    where: whereFor(workspace, cwd),
    python,
    env: gateEnv(activateVenv(platform.env, python.path), inputs.settingsModule),
    reportDir,
    timeoutMinutes: limits.timeoutMinutes,
    meta: gateMeta,
    gatesBesidePytest: Math.min(selected.length - (runsPytest ? 1 : 0), limits.concurrency - 1),
    gatesShareCpus: selected.length > 1 && limits.concurrency > 1,
    ...(pytestShard ? { shard: pytestShard } : {}),
  };
  const checks = await runGates(ctx, selected, limits.concurrency);
  for (const [key, value] of gateMeta) meta[key] = value;
  return checks;
}

/**
 * The stage whose gates run: the `stage` input, except that gates named by this job's own `gates`
 * input (not `.maint-actions.yml`, a policy or the default) all run, whatever their stage.
 */
function gatesStage(given: QualityGatesInputs): GateStage {
  return inputSources(given)?.gates === 'input' ? 'all' : given.gateStage;
}

/** @throws ConfigError naming `working-directory` when it has no manage.py. */
function requireManagePy(cwd: string, shown: string | undefined): void {
  if (existsSync(path.join(cwd, 'manage.py'))) return;
  throw new ConfigError(
    `Input "working-directory": ${shown} has no manage.py, which the django-check and migrations gates run; point it at the Django project.`,
    { input: 'working-directory' },
  );
}

/** Validated `concurrency` (0 = CPUs) and `timeout-minutes`. */
function runLimits(inputs: QualityGatesInputs): { concurrency: number; timeoutMinutes: number } {
  if (!Number.isInteger(inputs.concurrency) || inputs.concurrency < 0) {
    throw new ConfigError(
      `Input "concurrency" must be a whole number, 0 for the number of CPUs (got ${inputs.concurrency}).`,
      {
        input: 'concurrency',
      },
    );
  }
  if (!(inputs.timeoutMinutes > 0)) {
    throw new ConfigError(`Input "timeout-minutes" must be more than 0 (got ${inputs.timeoutMinutes}).`, {
      input: 'timeout-minutes',
    });
  }
  return {
    concurrency: inputs.concurrency || os.availableParallelism(),
    timeoutMinutes: inputs.timeoutMinutes,
  };
}

/** The gates' environment with DJANGO_SETTINGS_MODULE from `settings-module`. */
function gateEnv(env: Env, settingsModule: string | undefined): Env {
  return settingsModule ? { ...env, DJANGO_SETTINGS_MODULE: settingsModule } : env;
}

/** The interpreter for the gates: the `install` venv when `install` is set, else the resolved `python`. */
function preparePython(
  platform: Platform,
  inputs: QualityGatesInputs,
  workspace: string,
  cwd: string,
  timeoutMinutes: number,
): Promise<PythonInfo> {
  return prepareProjectPython({
    platform,
    python: inputs.python,
    install: inputs.install,
    workspace,
    cwd,
    env: platform.env,
    timeoutMs: timeoutMinutes * 60_000,
  });
}

/**
 * Prepares every gate (so a missing tool stops the run before anything starts), then runs them
 * `concurrency` at a time. Progress is reported per gate.
 */
async function runGates(
  ctx: GateContext,
  planned: readonly PlannedGate[],
  concurrency: number,
): Promise<Check[]> {
  const { platform } = ctx;
  for (const { gate } of planned) platform.progress({ id: gate.id, label: gate.name, state: 'queued' });
  const prepared = await mapLimit(planned, concurrency, (item) => prepareGate(ctx, item));
  return mapLimit(planned, concurrency, async (item, index) => {
    const check = await runGate(ctx, item, prepared[index] as PreparedGate);
    platform.progress({
      id: check.id,
      label: check.name,
      state: progressState(check),
      detail: check.summary,
    });
    if ((check.status === 'failed' || check.status === 'error') && check.outputTail) {
      const tail = check.outputTail;
      await platform.log.group(`${check.name}: ${check.summary}`, async () => platform.log.info(tail));
    }
    return check;
  });
}

/** A missing tool is a configuration error, except for a warn-mode gate, which is skipped. */
async function prepareGate(ctx: GateContext, { gate, mode }: PlannedGate): Promise<PreparedGate> {
  try {
    return await gate.prepare(ctx);
  } catch (error) {
    if (error instanceof ToolMissingError && mode === 'warn') return { skip: error.message };
    throw error;
  }
}

async function runGate(
  ctx: GateContext,
  { gate, mode }: PlannedGate,
  prepared: PreparedGate,
): Promise<Check> {
  const base = { id: gate.id, name: gate.name, mode };
  if ('skip' in prepared)
    return { ...base, status: 'skipped', durationMs: 0, summary: prepared.skip, findings: [] };
  ctx.platform.progress({ id: gate.id, label: gate.name, state: 'running' });
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    const result = await prepared.run();
    return { ...base, durationMs: elapsed(), ...result };
  } catch (error) {
    if (error instanceof GateTimeoutError) {
      return {
        ...base,
        status: 'error',
        durationMs: elapsed(),
        summary: error.message,
        findings: [],
        command: error.command,
        outputTail: error.outputTail,
      };
    }
    if (isConfigError(error)) throw error;
    // A gate that broke is reported as an error of that gate; the others still count.
    const { message, stack } = describeError(error);
    if (stack) ctx.platform.log.debug(stack);
    return {
      ...base,
      status: 'error',
      durationMs: elapsed(),
      summary: `could not run: ${message}`,
      findings: [],
    };
  }
}

function progressState(check: Check): 'passed' | 'failed' | 'warned' | 'skipped' {
  if (check.status === 'passed' || check.status === 'skipped') return check.status;
  return check.mode === 'warn' ? 'warned' : 'failed';
}

/** `4 gates: 3 passed, 1 failed (pytest)`, with warned and skipped gates when there are any. */
export function oneLineSummary(checks: readonly Check[]): string {
  const failed = checks.filter(isBlocking);
  const warned = checks.filter((c) => !isBlocking(c) && (c.status === 'failed' || c.status === 'error'));
  const parts = [`${checks.filter((c) => c.status === 'passed').length} passed`];
  if (failed.length > 0) parts.push(`${failed.length} failed (${failed.map((c) => c.id).join(', ')})`);
  if (warned.length > 0) parts.push(`${warned.length} warned (${warned.map((c) => c.id).join(', ')})`);
  const skipped = checks.filter((c) => c.status === 'skipped').length;
  if (skipped > 0) parts.push(`${skipped} skipped`);
  return `${checks.length} gate${checks.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
