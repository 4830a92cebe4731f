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
import { cancelSignal } from './cancel';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * What of an environment a tool may see: the locale, PATH and HOME, TMPDIR, TLS trust settings
 * and libpq's `PG*` settings (never PGPASSWORD). Everything else, such as the `INPUT_*` and
 * `MAINT_INPUT_*` variables holding the database URLs, stays with this process: a child's
 * environment is readable in /proc/<pid>/environ.
 */
const TOOL_ENV =
  /^(PATH|HOME|USER|LOGNAME|LANG|LANGUAGE|TZ|TMPDIR|TERM|SSL_CERT_FILE|SSL_CERT_DIR|LD_LIBRARY_PATH|DYLD_LIBRARY_PATH|LC_[A-Z]+|PG[A-Z_]+)$/;

/** The part of `env` a tool is given (see TOOL_ENV); undefined values are left out. */
export function toolEnv(env: Env = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && TOOL_ENV.test(key) && key !== 'PGPASSWORD') out[key] = value;
  }
  return out;
}

/** A dump stopped sending bytes for longer than its inactivity deadline. */
export class IdleError extends Error {
  override readonly name = 'IdleError';
}

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
  /**
   * An inactivity deadline on the first command's output: when it sends no byte for `ms`, every
   * command is ended and the pipe rejects with an IdleError saying `what` stopped answering.
   */
  readonly idle?: { readonly ms: number; readonly what: string };
  /** Sees every chunk the first command writes (a pipe of several commands only). */
  readonly tap?: (chunk: Buffer) => void;
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
 * Runs `commands` as one pipe from `input` to `output`. Rejects with, in this order: the reason of
 * an abort (a cancel, the inactivity deadline); the error of `output` (disk full, an upload
 * refused) after ending every command; an error reading `input`; a PipeError naming the first
 * command that failed for a reason of its own (its exit status and stderr); a command that only
 * lost its reader (SIGPIPE) when nothing else explains the failure; or CommandNotFoundError.
 */
export async function runPipe(commands: readonly PipeCommand[], options: PipeOptions): Promise<PipeResult> {
  if (commands.length === 0) throw new Error('runPipe needs at least one command');
  const children: ChildProcess[] = [];
  const exits: Promise<void>[] = [];
  const killAll = (): void => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const stop = new AbortController();
  const signals = [options.signal, cancelSignal()].filter((s): s is AbortSignal => s !== undefined);
  const onAbort = (event: Event): void => {
    if (!stop.signal.aborted) stop.abort((event.target as AbortSignal).reason);
  };
  for (const signal of signals) {
    if (signal.aborted) throw signal.reason;
    signal.addEventListener('abort', onAbort, { once: true });
  }
  stop.signal.addEventListener('abort', killAll, { once: true });
  // The first command's output passes through this process when it is watched or tapped.
  const relay = commands.length > 1 && (options.idle !== undefined || options.tap !== undefined);
  let previous: Readable | undefined;
  for (const [index, command] of commands.entries()) {
    const stdin =
      index === 0
        ? options.input
          ? 'pipe'
          : 'ignore'
        : relay && index === 1
          ? 'pipe'
          : (previous as Readable);
    const child = spawn(command.command, [...command.args], {
      env: toolEnv(command.env ?? process.env),
      stdio: [stdin, 'pipe', 'pipe'],
    });
    children.push(child);
    // The next command holds its own copy of this pipe: ours would keep it open after a reader died.
    if (previous && !(relay && index === 1)) previous.destroy();
    exits.push(exitOf(child, command.command));
    previous = child.stdout ?? undefined;
  }
  const hash = hashing();
  const first = children[0] as ChildProcess;
  let inputError: { reason: unknown } | undefined;
  const streams: Promise<void>[] = [];
  let lastByte = performance.now();
  const seen = (chunk: Buffer): void => {
    lastByte = performance.now();
    options.tap?.(chunk);
  };
  if (relay && first.stdout && children[1]?.stdin) {
    const into = children[1].stdin;
    into.on('error', () => undefined);
    streams.push(
      pipeline(
        first.stdout,
        new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            try {
              seen(chunk);
              callback(null, chunk);
            } catch (error) {
              callback(error as Error);
            }
          },
        }),
        into,
      ).catch((reason: unknown) => {
        // The reader died (its exit tells why) or the tap failed: the writer must not block.
        const code = (reason as NodeJS.ErrnoException).code;
        if (code !== 'EPIPE' && code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          inputError ??= { reason };
          killAll();
        }
        first.stdout?.destroy();
      }),
    );
  }
  let idleTimer: NodeJS.Timeout | undefined;
  if (options.idle) {
    const { ms, what } = options.idle;
    idleTimer = setInterval(
      () => {
        if (performance.now() - lastByte < ms) return;
        stop.abort(
          new IdleError(
            `${what} sent no data for ${Math.round(ms / 1000)} s (inactivity deadline): the database server stopped answering or a lock was never granted`,
          ),
        );
      },
      Math.min(1000, Math.max(50, ms / 4)),
    );
  }
  streams.unshift(
    // A failing output (disk full, an upload refused) ends the commands at once.
    pipeline(previous as Readable, hash, options.output).catch((reason: unknown) => {
      killAll();
      throw reason;
    }),
  );
  if (!relay && options.idle) {
    previous?.on('data', () => {
      lastByte = performance.now();
    });
  }
  if (options.input && first.stdin) {
    const stdin = first.stdin;
    // EPIPE when a command stops reading early: its exit status tells what happened.
    stdin.on('error', () => undefined);
    streams.push(
      pipeline(options.input, stdin).catch((reason: unknown) => {
        const code = (reason as NodeJS.ErrnoException).code;
        if (code !== 'EPIPE' && code !== 'ERR_STREAM_PREMATURE_CLOSE') inputError ??= { reason };
      }),
    );
  }
  const settled = await Promise.allSettled([...streams, ...exits]);
  clearInterval(idleTimer);
  for (const signal of signals) signal.removeEventListener('abort', onAbort);
  if (stop.signal.aborted) throw stop.signal.reason;
  if (settled[0]?.status === 'rejected') throw settled[0].reason;
  if (inputError) throw inputError.reason;
  const ends = settled.slice(streams.length);
  const own = ends.find((end) => end.status === 'rejected' && !isBrokenPipe(end.reason));
  if (own?.status === 'rejected') throw own.reason;
  // Only broken pipes: a writer whose reader stopped early and succeeded (pg_restore --list) is fine.
  const victim = ends.find((end, index) => end.status === 'rejected' && !laterSucceeded(ends, index));
  if (victim?.status === 'rejected') throw victim.reason;
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
          // A writer whose reader died: killed by SIGPIPE, or a tool that reports EPIPE itself.
          const lostReader = signal === 'SIGPIPE' || /\b(errno 32|broken pipe|EPIPE)\b/i.test(stderr);
          reject(new PipeError(`${name} ${how}${tail ? `: ${tail}` : ''}`, lostReader));
        }
      });
    });
  }
}
