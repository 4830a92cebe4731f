/** Paths that inputs name. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors';

/**
 * The absolute working directory of the `working-directory` input (relative to the workspace).
 * @throws ConfigError naming `working-directory` when it is not a directory.
 */
export function workingDirectory(workspace: string, input: string): string {
  const cwd = path.resolve(workspace, input);
  if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError(`Input "working-directory": ${input} is not a directory of the repository.`, {
      input: 'working-directory',
    });
  }
  return cwd;
}
