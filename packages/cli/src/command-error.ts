/** How the commands that are not actions (`init`, `schedules`) end when they fail. */
import { describeError, ExitCode, isConfigError } from '@maint-actions/core';
import type { TextSink } from './terminal';

/**
 * Writes `maint-actions <command>: <message>` to `stderr`, with the usage hint after a
 * configuration error, and returns the exit code for the error.
 */
export function commandFailed(command: string, error: unknown, stderr: TextSink): ExitCode {
  stderr.write(`maint-actions ${command}: ${describeError(error).message}\n`);
  if (!isConfigError(error)) return ExitCode.Failed;
  stderr.write(`Run 'maint-actions ${command} --help' for usage.\n`);
  return ExitCode.ConfigError;
}
