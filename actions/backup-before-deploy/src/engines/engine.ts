/** What every database engine offers the backup, the verification and the restore. */

import type { Readable } from 'node:stream';
import { Writable } from 'node:stream';
import { CommandNotFoundError, runProcess, secrets } from '@maint-actions/core';
import { cancelSignal } from '../cancel';
import type { Connection } from '../database-url';
import { type PipeCommand, toolEnv } from '../pipe';

export type Env = Readonly<Record<string, string | undefined>>;

/** Facts about a database taken when its backup starts, recorded in the manifest. */
export interface DatabaseFacts {
  readonly serverVersion: string;
  /** The dump tool and its version, such as `pg_dump 15.18`. */
  readonly tool: string;
  /** Rows per table (`schema.table` for PostgreSQL); empty when `rowCountsUnavailable` says why. */
  readonly rowCounts: Readonly<Record<string, number>>;
  /** Why the dump's row counts could not be had (they are then not compared). */
  readonly rowCountsUnavailable?: string;
  /** What the report should warn about (tables a consistent dump does not cover ...). */
  readonly warnings?: readonly string[];
  /** Applied Django migrations (`app.name`, in the order applied); empty without `django_migrations`. */
  readonly migrations: readonly string[];
}

export interface EngineContext {
  /** Environment of the tools (PATH ...); connection settings are added by the engine. */
  readonly env: Env;
  /** A private (0700) directory for password files and scratch files; removed by the caller. */
  readonly privateDir: string;
  readonly connectTimeoutSeconds: number;
}

/** A restore target's tables and rows, or undefined when it does not exist yet. */
export interface TargetContents {
  readonly tables: number;
  readonly rows: number;
}

/** A dump ready to run, and what the manifest records about the data it holds. */
export interface Dump {
  /** The commands whose output is the compressed dump. */
  readonly commands: readonly PipeCommand[];
  /**
   * The facts of the data dumped; called when the dump starts and may run beside it (PostgreSQL
   * counts rows in the snapshot the dump reads).
   */
  facts(): Promise<DatabaseFacts>;
  /** Sees the dump tool's output as it streams (MySQL counts rows from it). */
  tap?(chunk: Buffer): void;
  /** Row counts read from the dump stream once it ended, replacing those of `facts`. */
  counted?(): Pick<DatabaseFacts, 'rowCounts' | 'rowCountsUnavailable'>;
  /** Releases the connection (and the snapshot) once the dump ended, whether it succeeded or not. */
  close(): Promise<void>;
}

export interface DatabaseEngine {
  readonly connection: Connection;
  /** File name suffix of the compressed dump, such as `pgdump.zst`. */
  readonly extension: string;
  /** Connects and checks the tools; the dump is ready to run. @throws ConfigError for a missing or too old tool. */
  open(): Promise<Dump>;
  /**
   * Lists the compressed archive on `input`; resolves with the number of entries, at least one
   * per table (0 for an empty SQLite or MySQL database).
   */
  list(input: Readable): Promise<number>;
  /** What `target` (same engine) holds now, so a restore never overwrites data unasked. */
  contents(target: Connection): Promise<TargetContents | undefined>;
  /** Restores the compressed archive on `input` into `target` (same engine); resolves with its row counts. */
  restore(input: Readable, target: Connection): Promise<Readonly<Record<string, number>>>;
  /**
   * Restores into a scratch database made for it, counts its rows and drops it again.
   * `open` gives the compressed archive.
   */
  drill(open: () => Promise<Readable>): Promise<Readonly<Record<string, number>>>;
}

/**
 * `zstd` compressing stdin to stdout at its fastest standard level (`-1`) with every core (`-T0`):
 * on a dump of ordinary rows it took half the CPU of `-3` for an archive as small.
 */
export function compress(files: readonly string[] = []): PipeCommand {
  return { command: 'zstd', args: ['-q', '-c', '-1', '-T0', ...files] };
}

/** `zstd` decompressing stdin to stdout. */
export const decompress: PipeCommand = { command: 'zstd', args: ['-q', '-d', '-c'] };

/** Packages providing the tools, for ToolMissingError hints. */
export const PACKAGES: Readonly<Record<string, string>> = {
  zstd: 'apt-get install zstd',
  pg_dump: 'apt-get install postgresql-client',
  pg_restore: 'apt-get install postgresql-client',
  psql: 'apt-get install postgresql-client',
  'mariadb-dump': 'apt-get install mariadb-client',
  mariadb: 'apt-get install mariadb-client',
  python3: 'apt-get install python3',
  tar: 'apt-get install tar',
};

/** A tool's failure: what it was doing, and the end of its stderr (redacted). */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
}

/**
 * Runs a tool to completion and resolves with its stdout. @throws ToolMissingError when it is not
 * installed, DatabaseError (with `what` and its stderr) when it fails or times out.
 */
export async function runTool(
  command: string,
  args: readonly string[],
  env: Env,
  what: string,
  options: { timeoutMs?: number; input?: string } = {},
): Promise<string> {
  try {
    const result = await runProcess({
      command,
      args,
      env: toolEnv(env),
      timeoutMs: options.timeoutMs,
      input: options.input,
      signal: cancelSignal(),
    });
    if (result.exitCode === 0) return result.stdout;
    const how = result.timedOut
      ? 'timed out'
      : `failed (${command} exited with ${result.exitCode ?? result.signal})`;
    const detail = secrets.redact(result.stderr.trim().split('\n').slice(-3).join(' '));
    throw new DatabaseError(`${what} ${how}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    if (error instanceof CommandNotFoundError)
      throw error.toToolMissing(PACKAGES[command] ?? `install ${command}`);
    throw error;
  }
}

/** A Writable keeping the last `limit` characters of text written to it. */
export function collector(limit = 1024 * 1024): Writable & { text(): string } {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text = (text + chunk.toString('utf8')).slice(-limit);
      callback();
    },
  });
  return Object.assign(sink, { text: () => text });
}

/** `a_drill_1f2e3d`: a scratch database name that fits identifier limits. */
export function scratchName(database: string): string {
  const suffix = `_drill_${Math.random().toString(16).slice(2, 8)}`;
  return `${database.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 50)}${suffix}`;
}

/** A Writable counting the lines of text written to it that start with `prefix` (bounded memory). */
export function lineCounter(prefix: string): Writable & { count(): number } {
  let count = 0;
  let partial = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const lines = (partial + chunk.toString('latin1')).split('\n');
      partial = (lines.pop() ?? '').slice(0, prefix.length);
      for (const line of lines) if (line.startsWith(prefix)) count += 1;
      callback();
    },
    final(callback) {
      if (partial.startsWith(prefix)) count += 1;
      callback();
    },
  });
  return Object.assign(sink, { count: () => count });
}
