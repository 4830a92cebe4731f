/** The `maint-actions` bin: runs the command with the real process and sets its exit code. */
import type { ExitCode } from '@maint-actions/core';

const argv = process.argv.slice(2);

// openapi-diff needs only its engine: loading every action and platform first would add to its
// start-up on large documents (docs/benchmarks.md, the GitHub pair), so it is a chunk of its own.
const run: Promise<ExitCode> =
  argv[0] === 'openapi-diff'
    ? import('./openapi-diff-main').then((m) => m.runOpenapiDiff(argv.slice(1)))
    : import('./cli').then((m) =>
        m.runCli(argv, {
          env: process.env,
          stdout: process.stdout,
          stderr: process.stderr,
          isTTY: process.stdout.isTTY === true,
          columns: process.stdout.columns,
          cwd: process.cwd(),
        }),
      );
void run.then((code) => {
  process.exitCode = code;
});
