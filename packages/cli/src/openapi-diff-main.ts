/** `maint-actions openapi-diff` as the bin runs it, without loading the rest of the tool (src/main.ts). */
import { runOpenapiDiffCommand } from '@maint-actions/openapi-diff/command';
import { readStdin } from './stdin';

export function runOpenapiDiff(argv: readonly string[]) {
  return runOpenapiDiffCommand(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
  });
}
