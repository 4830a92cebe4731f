/**
 * THE GitHub entry: each action's `main.ts` is `await runGithubAction(definition)`. It is the
 * only place that calls `setFailed` or sets the exit code.
 */
import * as core from '@actions/core';
import type { ActionDefinition, ActionSpec } from '@maint-actions/core';
import { configFor, describeError, ExitCode, executeAction, loadConfig } from '@maint-actions/core';
import { createGithubPlatform } from './platform';

/** The one line given to `setFailed`; the detailed message is already in the log above it. */
function failureLine(spec: ActionSpec, code: ExitCode): string {
  return code === ExitCode.ConfigError
    ? `${spec.title}: configuration error (see the message above)`
    : `${spec.title} failed (see the report above)`;
}

/**
 * Runs an action on GitHub: creates the platform, reads the action's section of
 * `.maint-actions.yml` in the workspace, executes the action and, on a non-zero exit code, calls
 * `setFailed` and sets `process.exitCode` (2 for a configuration error, 1 for a failed verdict or
 * a bug). A config file that cannot be read is a configuration error.
 */
export async function runGithubAction<S extends ActionSpec>(definition: ActionDefinition<S>): Promise<void> {
  const platform = createGithubPlatform();
  let config: Record<string, unknown>;
  try {
    config = configFor(await loadConfig(platform.context.workspace), definition.spec);
  } catch (error) {
    platform.log.error(describeError(error).message.replace(/\s*\r?\n\s*/g, ' '));
    fail(definition.spec, ExitCode.ConfigError);
    return;
  }
  const code = await executeAction(definition, platform, { config });
  if (code !== ExitCode.Passed) fail(definition.spec, code);
}

function fail(spec: ActionSpec, code: ExitCode): void {
  core.setFailed(failureLine(spec, code));
  process.exitCode = code;
}
