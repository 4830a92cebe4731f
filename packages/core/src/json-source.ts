/**
 * JSON that a command prints or a file holds: the two ways a scheduled action reads what the
 * service knows (its usage, its privileged accounts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from './errors';
import { workingDirectory } from './paths';
import type { Platform } from './platform';
import { runShell } from './process';

/** How long a command of `readJsonInput` may take. */
export const JSON_COMMAND_TIMEOUT_MS = 5 * 60_000;

/** Where the JSON comes from: exactly one of `command` and `file` is set. */
export interface JsonSource {
  /** A command string, run by `sh -c` in `cwd` (the user wrote it on purpose: the one shell). */
  readonly command?: string;
  /** A file, relative to `workspace`. */
  readonly file?: string;
  /** Input names, for messages. */
  readonly commandInput: string;
  readonly fileInput: string;
  readonly workspace: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs: number;
}

/**
 * The parsed JSON and a phrase naming where it came from.
 *
 * @throws ConfigError when neither or both inputs are set, the file cannot be read, or the text
 *   is not JSON (quoting its first line); Error when the command fails or times out.
 */
export async function readJsonSource(source: JsonSource): Promise<{ value: unknown; origin: string }> {
  const { command, file, commandInput, fileInput } = source;
  if ((command === undefined) === (file === undefined)) {
    throw new ConfigError(`Set exactly one of the inputs "${commandInput}" and "${fileInput}".`, {
      input: commandInput,
    });
  }
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(path.resolve(source.workspace, file), 'utf8');
    } catch {
      throw new ConfigError(
        `Input "${fileInput}": ${file} cannot be read; give a JSON file relative to the repository root.`,
        { input: fileInput },
      );
    }
    return { value: parseJson(text, fileInput, `${file} is not JSON`), origin: `\`${file}\`` };
  }
  const result = await runShell(command as string, {
    cwd: source.cwd,
    env: source.env,
    timeoutMs: source.timeoutMs,
  });
  if (result.timedOut) {
    throw new Error(
      `Input "${commandInput}": \`${command}\` did not finish in ${source.timeoutMs / 1000} s.`,
    );
  }
  if (result.exitCode !== 0) {
    const why = lastLine(result.stderr) ?? lastLine(result.stdout);
    throw new Error(
      `Input "${commandInput}": \`${command}\` exited with ${result.exitCode ?? result.signal}${why ? `: ${why}` : ''}.`,
    );
  }
  return {
    value: parseJson(result.stdout, commandInput, `\`${command}\` did not print JSON`),
    origin: `\`${command}\``,
  };
}

/**
 * An action's inputs that give the JSON: the `command` input, run in `working-directory`, or a
 * file input (named `fileInput`, such as `users-file`) instead.
 */
export interface JsonInputs {
  readonly command: string | undefined;
  readonly file: string | undefined;
  readonly fileInput: string;
  readonly workingDirectory: string;
}

/**
 * `readJsonSource` of an action's inputs, in its workspace and environment, the command given
 * `JSON_COMMAND_TIMEOUT_MS`; then `parse(value)`, whose error becomes a ConfigError naming the
 * input that gave the JSON: `the JSON from <origin> is not <what>: <error>.`
 */
export async function readJsonInput<T>(
  platform: Platform,
  inputs: JsonInputs,
  what: string,
  parse: (value: unknown) => T,
): Promise<{ value: T; origin: string }> {
  const workspace = path.resolve(platform.context.workspace);
  const source = await readJsonSource({
    ...(inputs.command !== undefined ? { command: inputs.command } : {}),
    ...(inputs.file !== undefined ? { file: inputs.file } : {}),
    commandInput: 'command',
    fileInput: inputs.fileInput,
    workspace,
    cwd: workingDirectory(workspace, inputs.workingDirectory),
    env: platform.env,
    timeoutMs: JSON_COMMAND_TIMEOUT_MS,
  });
  try {
    return { value: parse(source.value), origin: source.origin };
  } catch (error) {
    const input = inputs.file !== undefined ? inputs.fileInput : 'command';
    throw new ConfigError(
      `Input "${input}": the JSON from ${source.origin} is not ${what}: ${(error as Error).message}.`,
      { input },
    );
  }
}

function parseJson(text: string, input: string, problem: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const first = text.split('\n').find((line) => line.trim() !== '');
    const quoted =
      first === undefined ? 'it is empty' : `its first line is ${JSON.stringify(cut(first.trim()))}`;
    throw new ConfigError(`Input "${input}": ${problem} (${quoted}).`, { input });
  }
}

function lastLine(text: string): string | undefined {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  return line === undefined ? undefined : cut(line);
}

function cut(line: string): string {
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
