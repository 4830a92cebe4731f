/**
 * One `psql` process kept open for several queries, so they share a session and its transaction
 * (the snapshot a dump reads). Queries are written to its stdin one at a time; each answer ends at
 * an `\echo`ed marker line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { CommandNotFoundError, secrets } from '@maint-actions/core';
import { cancelSignal } from '../cancel';
import { toolEnv } from '../pipe';
import { DatabaseError, type Env, PACKAGES } from './engine';

const STDERR_TAIL = 2000;

export interface PsqlSession {
  /**
   * Runs `sql` (one statement, no trailing `;`) and resolves with its unaligned, tab-separated
   * output. @throws DatabaseError naming `what` when it fails, times out or the session ended.
   */
  query(sql: string, what: string, timeoutMs: number): Promise<string>;
  /** Ends the session (an open transaction is rolled back) and waits for psql to exit. */
  close(): Promise<void>;
}

/** Starts `psql` on `database` with the libpq environment `env`; it connects on the first query. */
export function startPsql(database: string, env: Env): PsqlSession {
  const child = spawn('psql', ['-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-d', database], {
    env: toolEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const onCancel = (): void => kill(child);
  cancelSignal().addEventListener('abort', onCancel, { once: true });
  child.once('close', () => cancelSignal().removeEventListener('abort', onCancel));
  const marker = `__maint_${randomBytes(6).toString('hex')}__`;
  let stdout = '';
  let stderr = '';
  /** Why the session cannot answer any more: the tool is missing, or how psql ended. */
  let ended: ((what: string) => Error) | undefined;
  let pending: { answer(out: string): void; fail(error: Error): void; what: string } | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    stdout += chunk;
    const at = stdout.indexOf(`${marker}\n`);
    if (at === -1 || !pending) return;
    const out = stdout.slice(0, at);
    stdout = stdout.slice(at + marker.length + 1);
    pending.answer(out);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
  });
  // EPIPE when psql already exited: its exit tells why.
  child.stdin?.on('error', () => undefined);
  const exited = new Promise<void>((resolve) => {
    const end = (why: (what: string) => Error): void => {
      ended ??= why;
      if (pending) pending.fail(ended(pending.what));
      resolve();
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      const missing = error.code === 'ENOENT';
      end(() => (missing ? new CommandNotFoundError('psql').toToolMissing(PACKAGES.psql ?? '') : error));
    });
    child.once('close', (code, signal) => {
      const detail = secrets.redact(stderr.trim().split('\n').slice(-3).join(' '));
      end(
        (what) =>
          new DatabaseError(
            `${what} failed (psql ${signal ? `was killed by ${signal}` : `exited with ${code}`})${detail ? `: ${detail}` : ''}`,
          ),
      );
    });
  });

  const run = (sql: string, what: string, timeoutMs: number): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      if (ended) return reject(ended(what));
      const timer = setTimeout(() => {
        pending = undefined;
        reject(new DatabaseError(`${what} timed out`));
        kill(child);
      }, timeoutMs);
      const settle = (): void => {
        clearTimeout(timer);
        pending = undefined;
      };
      pending = {
        what,
        answer: (out) => {
          settle();
          resolve(out);
        },
        fail: (error) => {
          settle();
          reject(error);
        },
      };
      child.stdin?.write(`${sql};\n\\echo ${marker}\n`);
    });

  return {
    query(sql, what, timeoutMs) {
      const result = queue.then(() => run(sql, what, timeoutMs));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      // An answer still running is not wanted any more (the dump failed): no need to wait for it.
      if (pending) kill(child);
      child.stdin?.end();
      const timer = setTimeout(() => kill(child), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function kill(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
