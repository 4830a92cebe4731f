/**
 * Commands run as a user runs them in a terminal: a child process with only PATH, HOME, a UTF-8
 * locale and what the test adds, its output collected whole.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths';

/** The bundled `maint-actions` tool, as `pnpm build` writes it. */
export const cliBundle = path.join(repoRoot, 'dist', 'cli', 'index.js');

export interface CommandRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CommandOptions {
  readonly cwd: string;
  /** Added to PATH, HOME and LANG=C.UTF-8; `undefined` removes a variable. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Written to the command's standard input, which is then closed (default: no input). */
  readonly stdin?: string;
}

/** Runs `command args` in `cwd` and resolves when it exits, whatever its exit code. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', ...options.env },
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
    // A command that exits before reading all of its input: its exit status says so, not EPIPE.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.stdin);
  });
}

/** `maint-actions <args>` through the bundled tool (`pnpm build cli` first). */
export function runCli(args: readonly string[], options: CommandOptions): Promise<CommandRun> {
  return runCommand(process.execPath, [cliBundle, ...args], options);
}
