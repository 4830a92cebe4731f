/**
 * The entry: the one place that turns a run of an action into an exit code. GitHub's main.ts
 * and the CLI call it and then exit with the code it returns.
 */
import type { ActionDefinition } from './action';
import { describeError, ExitCode, isConfigError } from './errors';
import { parseInputs } from './inputs';
import { networkErrorIn } from './network';
import type { Platform } from './platform';
import { secrets } from './redact';
import type { ActionSpec } from './spec';

export interface ExecuteOptions {
  /** This action's section of the repo config (see `configFor`). */
  readonly config?: Readonly<Record<string, unknown>>;
}

/**
 * Runs an action: registers its secret inputs before anything else, parses the inputs, calls
 * `run` and sets the outputs (redacted). Returns 0 when the verdict is passed, 1 when it failed
 * (the summary is logged as an error) or for a bug (message, and the stack at debug level), and 2
 * for a ConfigError (its one-line message). Never throws and never exits the process.
 */
export async function executeAction<S extends ActionSpec>(
  definition: ActionDefinition<S>,
  platform: Platform,
  options: ExecuteOptions = {},
): Promise<ExitCode> {
  const { spec } = definition;
  try {
    registerSecrets(spec, platform);
    const inputs = parseInputs(spec, (name) => platform.getInput(name), options.config);
    const result = await definition.run({ platform, inputs });
    const outputs = Object.entries(result.outputs).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    );
    const undeclared = outputs.find(([name]) => !(name in spec.outputs));
    if (undeclared)
      throw new Error(`${spec.name} set output "${undeclared[0]}", which its spec does not declare`);
    for (const [name, value] of outputs) await platform.setOutput(name, secrets.redact(value));
    if (result.verdict === 'failed') {
      platform.log.error(result.summary);
      return ExitCode.Failed;
    }
    return ExitCode.Passed;
  } catch (error) {
    const { message, stack } = describeError(error);
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
