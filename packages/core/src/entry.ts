/**
 * The entry: the one place that turns a run of an action into an exit code. GitHub's main.ts
 * and the CLI call it and then exit with the code it returns.
 */
import type { ActionDefinition } from './action';
import { configFileName, type RepoConfig } from './config';
import { ConfigError, describeError, ExitCode, isConfigError } from './errors';
import { parseInputs } from './inputs';
import { networkErrorIn } from './network';
import type { Platform } from './platform';
import { publishResult } from './publish';
import { secrets } from './redact';
import type { Report } from './report';
import type { ActionSpec, ActionStatus } from './spec';

export interface ExecuteOptions {
  /** This action's section of the repo config (see `configFor`). */
  readonly config?: Readonly<Record<string, unknown>>;
  /** The whole repo config file it came from, given to `run` as `repoConfig`. */
  readonly repoConfig?: RepoConfig;
}

/**
 * Runs an action: refuses a Windows runner, registers its secret inputs before anything else,
 * parses the inputs, calls `run`, publishes its report as `publish` says (files, job summary,
 * annotations) and sets the outputs (redacted): every declared output, empty
 * when `run` left it out, and `status` (`passed`, `failed` or `skipped`). Returns 0 when the
 * verdict is passed, 1 when it failed (the summary is logged as an error) or for a bug (message,
 * and the stack at debug level), and 2 for a ConfigError (its one-line message); on both errors
 * `status` is `failed` and the other outputs are empty. Never throws and never exits the process.
 */
export async function executeAction<S extends ActionSpec>(
  definition: ActionDefinition<S>,
  platform: Platform,
  options: ExecuteOptions = {},
): Promise<ExitCode> {
  const { spec } = definition;
  try {
    const unsupported = unsupportedRunner(process.env, process.platform);
    if (unsupported) throw new ConfigError(unsupported);
    registerSecrets(spec, platform);
    const configFile = configFileName(options.repoConfig, platform.context.workspace);
    const inputs = parseInputs(spec, (name) => platform.getInput(name), options.config, configFile);
    const result = await definition.run({
      platform,
      inputs,
      ...(options.repoConfig ? { repoConfig: options.repoConfig } : {}),
    });
    await publishResult(platform, result);
    const given = new Map(
      Object.entries(result.outputs).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const undeclared = [...given.keys()].find((name) => !(name in spec.outputs));
    if (undeclared)
      throw new Error(`${spec.name} set output "${undeclared}", which its spec does not declare`);
    const status: ActionStatus =
      result.verdict === 'failed'
        ? 'failed'
        : (result.skipped ?? allSkipped(result.report))
          ? 'skipped'
          : 'passed';
    given.set('status', status);
    for (const name of Object.keys(spec.outputs)) {
      await platform.setOutput(name, secrets.redact(given.get(name) ?? ''));
    }
    if (result.verdict === 'failed') {
      platform.log.error(result.summary);
      return ExitCode.Failed;
    }
    return ExitCode.Passed;
  } catch (error) {
    const { message, stack } = describeError(error);
    await setFailureOutputs(spec, platform);
    if (isConfigError(error)) {
      platform.log.error(oneLine(message));
      return ExitCode.ConfigError;
    }
    if (networkErrorIn(error)) {
      // A host that did not answer (the network policy gave up): a failed verdict naming it, not a bug.
      platform.log.error(secrets.redact(oneLine(message)));
      return ExitCode.Failed;
    }
    platform.log.error(`maint-actions bug: ${oneLine(message)} (rerun with debug logging for the stack)`);
    if (stack) platform.log.debug(stack);
    return ExitCode.Failed;
  }
}

/**
 * The outputs of a run that stopped before its verdict (a configuration error, a bug): `status`
 * is `failed` and every other declared output is empty, so a workflow's `if:` on them still
 * reads something. An output that cannot be written (the failure may be the output file itself)
 * is left, with a debug line. For the entries that fail before `executeAction` (the config file).
 */
export async function setFailureOutputs(spec: ActionSpec, platform: Platform): Promise<void> {
  for (const name of new Set([...Object.keys(spec.outputs), 'status'])) {
    try {
      await platform.setOutput(name, name === 'status' ? 'failed' : '');
    } catch (error) {
      platform.log.debug(`output ${name} not set: ${describeError(error).message}`);
    }
  }
}

/**
 * The one-line refusal of a Windows runner (GitHub's `RUNNER_OS=Windows`, or Node on win32,
 * such as a GitLab Windows runner); undefined on Linux and macOS. The gates spawn POSIX tools
 * (`sh -c`, pg_dump, Python in a venv's `bin/`), so a Windows runner would fail deep inside one.
 */
export function unsupportedRunner(
  env: Readonly<Record<string, string | undefined>>,
  os: NodeJS.Platform,
): string | undefined {
  if (env.RUNNER_OS?.trim().toLowerCase() !== 'windows' && os !== 'win32') return undefined;
  return 'maint-actions runs on Linux and macOS runners only, and this runner is Windows: run this job on Linux (such as `runs-on: ubuntu-latest` on GitHub, or a Linux runner on GitLab).';
}

/** A report whose checks were all skipped (such as tag-release with nothing to release). */
function allSkipped(report: Report | undefined): boolean {
  return (
    report !== undefined && report.checks.length > 0 && report.checks.every((c) => c.status === 'skipped')
  );
}

/** Masks every secret input's raw value (and its trimmed form, which is what `run` sees). */
function registerSecrets(spec: ActionSpec, platform: Platform): void {
  for (const [name, input] of Object.entries(spec.inputs)) {
    if (!input.secret) continue;
    const raw = platform.getInput(name);
    if (!raw) continue;
    for (const value of new Set([raw, raw.trim()])) {
      if (value === '') continue;
      platform.setSecret(value);
      secrets.add(value);
    }
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
