/**
 * The process runner. Commands are spawned with argument arrays, never through a shell (except
 * `runShell`, for command strings a user wrote on purpose). Each child leads its own process
 * group, so a timeout or an abort ends the whole tree, grandchildren included.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { ConfigError, ToolMissingError } from './errors';

export interface RunOptions {
  /** The executable, resolved on PATH; never a shell string. */
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  /** The full environment of the child (defaults to process.env); undefined values are left out. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Kills the whole process tree after this long: SIGTERM, then SIGKILL after `graceMs`. */
  readonly timeoutMs?: number;
  /** Time between SIGTERM and SIGKILL; default 5000. */
  readonly graceMs?: number;
  /** Written to stdin, which is then closed; without it stdin is /dev/null. */
  readonly input?: string;
  /** Each chunk of stdout as UTF-8 text, as it arrives (multi-byte characters are never split). */
  readonly onStdout?: (chunk: string) => void;
  readonly onStderr?: (chunk: string) => void;
  /** Bytes of stdout and of stderr kept in the result (the last part); default 8 MiB. */
  readonly maxBuffer?: number;
  /** Aborting kills the whole process tree like a timeout; the promise then rejects with the abort reason. */
  readonly signal?: AbortSignal;
}

export interface RunResult {
  /** The exit code, or null when the process was ended by a signal. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** True when `timeoutMs` passed and the tree was killed. */
  readonly timedOut: boolean;
  readonly durationMs: number;
}

/** The executable was not found (ENOENT). */
export class CommandNotFoundError extends Error {
  override readonly name = 'CommandNotFoundError';
  readonly command: string;
  constructor(command: string) {
    super(`Command not found: ${command}`);
    this.command = command;
  }

  /** The configuration error to show the user: the tool and the package that provides it. */
  toToolMissing(hint: string): ToolMissingError {
    return new ToolMissingError(this.command, hint);
  }
}

const DEFAULT_GRACE_MS = 5000;
const DEFAULT_MAX_BUFFER = 8 * 1024 * 1024;

/**
 * Runs a command and waits until it has exited and its output is closed.
 *
 * @throws CommandNotFoundError when the executable does not exist; ConfigError when `cwd` does
 *   not exist; the signal's reason when `signal` aborts; the first error thrown by an output callback.
 */
export function runProcess(options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  return new Promise<RunResult>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(options.signal.reason);
      return;
    }
    const child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: definedOnly(options.env ?? process.env),
      detached: true,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      shell: false,
    });
    let timedOut = false;
    let failure: { error: unknown } | undefined;
    let killTimer: NodeJS.Timeout | undefined;

    /** SIGTERM to the process group now, SIGKILL after the grace period. */
    const terminate = (): void => {
      if (killTimer) return;
      killGroup(child, 'SIGTERM');
      killTimer = setTimeout(() => killGroup(child, 'SIGKILL'), options.graceMs ?? DEFAULT_GRACE_MS);
    };
    const fail = (error: unknown): void => {
      failure ??= { error };
      terminate();
    };
    const timeout =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            terminate();
          }, options.timeoutMs);
    const onAbort = (): void => fail(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
    const stdout = collect(child.stdout, maxBuffer, options.onStdout, fail);
    const stderr = collect(child.stderr, maxBuffer, options.onStderr, fail);
    if (child.stdin && options.input !== undefined) {
      // A child that exits without reading its input closes the pipe: not an error of ours.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }

    const cleanUp = (): void => {
      clearTimeout(timeout);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      cleanUp();
      clearTimeout(killTimer);
      if (error.code !== 'ENOENT') reject(error);
      else if (options.cwd !== undefined && !existsSync(options.cwd)) {
        reject(new ConfigError(`Working directory ${options.cwd} does not exist.`, { cause: error }));
      } else reject(new CommandNotFoundError(options.command));
    });
    child.on('close', (exitCode, signal) => {
      cleanUp();
      if (killTimer) {
        // We ended the tree: members that ignored SIGTERM and closed their output go now.
        clearTimeout(killTimer);
        killGroup(child, 'SIGKILL');
      }
      if (failure) {
        reject(failure.error);
        return;
      }
      resolve({
        exitCode,
        signal,
        stdout: stdout.text(),
        stderr: stderr.text(),
        timedOut,
        durationMs: performance.now() - started,
      });
    });
  });
}

/**
 * Runs a command string the user wrote on purpose (such as a `smoke-command` input) with
 * `sh -c`. This is the only place a shell is used: never build `script` from other inputs.
 */
export function runShell(script: string, options: Omit<RunOptions, 'command' | 'args'>): Promise<RunResult> {
  return runProcess({ ...options, command: 'sh', args: ['-c', script] });
}

/**
 * The full path of an executable file named `command` on PATH (from `env`, default process.env),
 * or undefined. A command containing a slash is checked as a path. Empty PATH entries are skipped.
 */
export async function which(
  command: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<string | undefined> {
  if (command.includes('/')) return (await isExecutable(command)) ? path.resolve(command) : undefined;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Signals the child's process group (it leads one, being spawned detached); gone already is fine. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function definedOnly(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  return out;
}

/**
 * Streams a child's output to `onChunk` as text and keeps its last `maxBuffer` bytes. A callback
 * that throws is reported to `fail` (which ends the process) instead of crashing the runner.
 */
function collect(
  stream: NodeJS.ReadableStream | null,
  maxBuffer: number,
  onChunk: ((chunk: string) => void) | undefined,
  fail: (error: unknown) => void,
): { text(): string } {
  const chunks: Buffer[] = [];
  let size = 0;
  const decoder = new StringDecoder('utf8');
  const emit = (text: string): void => {
    if (!onChunk || text === '') return;
    try {
      onChunk(text);
    } catch (error) {
      fail(error);
    }
  };
  stream?.on('data', (chunk: Buffer) => {
    emit(decoder.write(chunk));
    chunks.push(chunk);
    size += chunk.length;
    while (size > maxBuffer && chunks.length > 0) {
      const first = chunks[0] as Buffer;
      const excess = size - maxBuffer;
      if (first.length <= excess) {
        chunks.shift();
        size -= first.length;
      } else {
        chunks[0] = first.subarray(excess);
        size -= excess;
      }
    }
  });
  stream?.on('end', () => emit(decoder.end()));
  return { text: () => tailText(Buffer.concat(chunks)) };
}

/** Decodes a tail of UTF-8 bytes, skipping continuation bytes left by the cut. */
function tailText(bytes: Buffer): string {
  let start = 0;
  while (start < bytes.length && start < 3 && ((bytes[start] as number) & 0xc0) === 0x80) start++;
  return bytes.subarray(start).toString('utf8');
}
