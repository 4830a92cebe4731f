/** The `maint-actions` bin: runs the command with the real process and sets its exit code. */
import { runCli } from './cli';

void runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stdout.isTTY === true,
  columns: process.stdout.columns,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
