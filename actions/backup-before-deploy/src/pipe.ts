/**
 * Shell-like pipes without a shell: commands (argument arrays) whose stdout feeds the next one's
 * stdin at the file-descriptor level, fed from a Node stream and ending in a Node stream through a
 * SHA-256 counter. One pass, memory bounded by the pipe buffers, every failure reported.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { type Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CommandNotFoundError, secrets } from '@maint-actions/core';

type Env = Readonly<Record<string, string | undefined>>;

export interface PipeCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** The full environment (default: process.env). */
  readonly env?: Env;
}

export interface PipeOptions {
  /** Fed to the first command's stdin; without it stdin is /dev/null. */
  readonly input?: Readable;
  /** Receives the last command's stdout (through the hash). */
  readonly output: Writable;
  /** Ends every command (SIGKILL) when aborted; the promise rejects with the reason. */
  readonly signal?: AbortSignal;
}

export interface PipeResult {
  /** SHA-256 (hex) and size of what reached `output`. */
  readonly sha256: string;
  readonly bytes: number;
}

/** A command of a pipe failed: its name, how it ended and the end of its stderr (redacted). */
export class PipeError extends Error {
  override readonly name = 'PipeError';
  /** Ended by SIGPIPE: its reader closed early, which is fine when the reader succeeded. */
  readonly brokenPipe: boolean;
  constructor(message: string, brokenPipe = false) {
    super(message);
    this.brokenPipe = brokenPipe;
  }
}

function isBrokenPipe(reason: unknown): boolean {
  return reason instanceof PipeError && reason.brokenPipe;
}

/** As a shell pipe: a writer whose reader stopped early (pg_restore --list) failed only if that reader failed. */
function laterSucceeded(ends: readonly PromiseSettledResult<unknown>[], index: number): boolean {
  return ends.slice(index + 1).every((end) => end.status === 'fulfilled');
}

const STDERR_TAIL = 2000;

/** A Transform that hashes and counts what passes through. */
export function hashing(): Transform & { result(): PipeResult } {
  const hash = createHash('sha256');
  let bytes = 0;
  let digest: string | undefined;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  return Object.assign(transform, {
    result: (): PipeResult => {
      digest ??= hash.digest('hex');
      return { sha256: digest, bytes };
    },
  });
}

/**
 * Runs `commands` as one pipe from `input` to `output`. Rejects with a PipeError naming the first
 * command that failed (non-zero exit or a signal), with the error of `output` (disk full, an
 * upload refused) after ending every command, or with CommandNotFoundError.
 */
export async function runPipe(commands: readonly PipeCommand[], options: PipeOptions): Promise<PipeResult> {
  if (commands.length === 0) throw new Error('runPipe needs at least one command');
  const children: ChildProcess[] = [];
  const exits: Promise<void>[] = [];
  const killAll = (): void => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  let previous: Readable | undefined;
  for (const [index, command] of commands.entries()) {
    const stdin = index === 0 ? (options.input ? 'pipe' : 'ignore') : (previous as Readable);
    const child = spawn(command.command, [...command.args], {
      env: definedOnly(command.env ?? process.env),
      stdio: [stdin, 'pipe', 'pipe'],
    });
    children.push(child);
    // The next command holds its own copy of this pipe: ours would keep it open after a reader died.
    if (previous) previous.destroy();
    exits.push(exitOf(child, command.command));
    previous = child.stdout ?? undefined;
  }
  const onAbort = (): void => killAll();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const hash = hashing();
  const first = children[0] as ChildProcess;
  let inputError: { reason: unknown } | undefined;
  const streams: Promise<void>[] = [
    // A failing output (disk full, an upload refused) ends the commands at once.
    pipeline(previous as Readable, hash, options.output).catch((reason: unknown) => {
      killAll();
      throw reason;
    }),
  ];
  if (options.input && first.stdin) {
    const stdin = first.stdin;
    // EPIPE when a command stops reading early: its exit status tells what happened.
    stdin.on('error', () => undefined);
    streams.push(
      pipeline(options.input, stdin).catch((reason: unknown) => {
        if ((reason as NodeJS.ErrnoException).code !== 'EPIPE') inputError = { reason };
      }),
    );
  }
  const settled = await Promise.allSettled([...streams, ...exits]);
  options.signal?.removeEventListener('abort', onAbort);
  if (options.signal?.aborted) throw options.signal.reason;
  if (inputError) throw inputError.reason;
  if (settled[0]?.status === 'rejected') throw settled[0].reason;
  const ends = settled.slice(streams.length);
  const failedExit = ends.findIndex(
    (end, index) => end.status === 'rejected' && !(isBrokenPipe(end.reason) && laterSucceeded(ends, index)),
  );
  const failure = ends[failedExit];
  if (failure?.status === 'rejected') throw failure.reason;
  return hash.result();

  async function exitOf(child: ChildProcess, name: string): Promise<void> {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    await new Promise<void>((resolve, reject) => {
      child.once('error', (error: NodeJS.ErrnoException) => {
        killAll();
        reject(error.code === 'ENOENT' ? new CommandNotFoundError(name) : error);
      });
      child.once('close', (code, signal) => {
        if (code === 0) resolve();
        else {
          // A stream failure downstream kills us: the stream's error is the one to report.
          const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
          const tail = secrets.redact(stderr.trim().split('\n').slice(-5).join(' '));
          reject(new PipeError(`${name} ${how}${tail ? `: ${tail}` : ''}`, signal === 'SIGPIPE'));
        }
      });
    });
  }
}

function definedOnly(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  return out;
}
