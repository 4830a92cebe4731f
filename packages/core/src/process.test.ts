import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ToolMissingError } from './errors';
import { CommandNotFoundError, runProcess, runShell, which } from './process';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'maint-process-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Whether a pid is a live process (a zombie waiting to be reaped counts as gone). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** Whether a pid is gone within a moment (an exiting process closes its pipes just before it ends). */
async function isGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 40 && isAlive(pid); i++) await sleep(25);
  return !isAlive(pid);
}

/** Runs a script whose first line of output is the pid of a background grandchild. */
function withGrandchild(options: { timeoutMs?: number; signal?: AbortSignal; graceMs?: number }) {
  const pids: number[] = [];
  const result = runProcess({
    command: 'sh',
    args: ['-c', 'sleep 100 & echo $!; sleep 100'],
    onStdout: (chunk) => pids.push(...chunk.split('\n').filter(Boolean).map(Number)),
    ...options,
  });
  return { result, pids };
}

describe('runProcess', () => {
  it('returns the exit code and output', async () => {
    const result = await runProcess({ command: 'sh', args: ['-c', 'echo out; echo err >&2; exit 3'] });
    expect(result).toMatchObject({
      exitCode: 3,
      signal: null,
      stdout: 'out\n',
      stderr: 'err\n',
      timedOut: false,
    });
    expect((await runProcess({ command: 'true', args: [] })).exitCode).toBe(0);
  });

  it('reports a process ended by a signal', async () => {
    const result = await runProcess({ command: 'sh', args: ['-c', 'kill -USR1 $$'] });
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGUSR1', timedOut: false });
  });

  it('measures the duration', async () => {
    const result = await runProcess({ command: 'sleep', args: ['0.2'] });
    expect(result.durationMs).toBeGreaterThanOrEqual(150);
    expect(result.durationMs).toBeLessThan(5000);
  });

  it('passes arguments verbatim, never through a shell', async () => {
    const result = await runProcess({
      command: 'echo',
      args: ['; touch pwned #', '$(touch pwned2)'],
      cwd: dir,
    });
    expect(result.stdout).toBe('; touch pwned # $(touch pwned2)\n');
    expect(await readdir(dir)).toEqual([]);
  });

  it('runs in cwd with exactly the environment given, leaving out undefined values', async () => {
    const env = await runProcess({
      command: 'env',
      args: [],
      env: { PATH: '/usr/bin:/bin', FOO: 'x y', BAR: undefined },
    });
    expect(env.stdout.split('\n').filter(Boolean).sort()).toEqual(['FOO=x y', 'PATH=/usr/bin:/bin']);
    const pwd = await runProcess({ command: 'pwd', args: ['-P'], cwd: dir });
    expect(pwd.stdout).toBe(`${await realpath(dir)}\n`);
  });

  it('streams stdout and stderr chunks in the order they are written', async () => {
    const events: string[] = [];
    await runProcess({
      command: 'sh',
      args: ['-c', 'echo one; sleep 0.1; echo two >&2; sleep 0.1; echo three'],
      onStdout: (chunk) => events.push(`out:${chunk}`),
      onStderr: (chunk) => events.push(`err:${chunk}`),
    });
    expect(events).toEqual(['out:one\n', 'err:two\n', 'out:three\n']);
  });

  it('streams everything but keeps only the last maxBuffer bytes', async () => {
    let streamed = '';
    const result = await runProcess({
      command: 'sh',
      args: ['-c', 'i=1; while [ $i -le 2000 ]; do echo line$i; i=$((i+1)); done'],
      maxBuffer: 20,
      onStdout: (chunk) => {
        streamed += chunk;
      },
    });
    expect(streamed.split('\n')).toHaveLength(2001);
    expect(streamed.startsWith('line1\nline2\n')).toBe(true);
    expect(Buffer.byteLength(result.stdout)).toBe(20);
    expect(result.stdout).toBe(streamed.slice(-20));
    expect(result.stdout).toBe('8\nline1999\nline2000\n');
  });

  it('never splits a multi-byte character, in chunks or in the kept tail', async () => {
    const chunks: string[] = [];
    // "é" is two bytes; the first printf ends in the middle of one, the tail cut lands mid-character too.
    const result = await runProcess({
      command: 'sh',
      args: ['-c', "printf 'a\\303'; sleep 0.1; printf '\\251\\303\\251\\303\\251'"],
      maxBuffer: 5,
      onStdout: (chunk) => chunks.push(chunk),
    });
    expect(chunks.join('')).toBe('aééé');
    expect(chunks.every((c) => !c.includes('\uFFFD'))).toBe(true);
    expect(result.stdout).toBe('éé');
  });

  it('writes input to stdin and closes it', async () => {
    const result = await runProcess({ command: 'cat', args: [], input: 'hello\nworld' });
    expect(result.stdout).toBe('hello\nworld');
  });

  it('gives an empty stdin when there is no input', async () => {
    const result = await runProcess({ command: 'cat', args: [], timeoutMs: 5000 });
    expect(result).toMatchObject({ exitCode: 0, stdout: '', timedOut: false });
  });

  it('does not fail when the child exits without reading its input', async () => {
    const result = await runProcess({ command: 'true', args: [], input: 'x'.repeat(4 * 1024 * 1024) });
    expect(result.exitCode).toBe(0);
  });

  it('kills the whole process tree on timeout, grandchildren included', async () => {
    const { result, pids } = withGrandchild({ timeoutMs: 300 });
    const outcome = await result;
    expect(outcome).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGTERM' });
    expect(outcome.durationMs).toBeLessThan(5000);
    expect(pids).toHaveLength(1);
    expect(await isGone(pids[0] as number)).toBe(true);
  });

  it('sends SIGKILL after the grace period to a tree that ignores SIGTERM', async () => {
    const pids: number[] = [];
    const result = await runProcess({
      command: 'sh',
      args: ['-c', 'trap "" TERM; sleep 100 & echo $!; wait'],
      timeoutMs: 200,
      graceMs: 300,
      onStdout: (chunk) => pids.push(Number(chunk.trim())),
    });
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' });
    expect(result.durationMs).toBeGreaterThanOrEqual(450);
    expect(await isGone(pids[0] as number)).toBe(true);
  });

  it('kills the whole tree on abort and rejects with the reason', async () => {
    const controller = new AbortController();
    const { result, pids } = withGrandchild({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled by the user')), 300);
    await expect(result).rejects.toThrow('cancelled by the user');
    expect(pids).toHaveLength(1);
    expect(await isGone(pids[0] as number)).toBe(true);
  });

  it('does not start when the signal is already aborted', async () => {
    const marker = path.join(dir, 'started');
    const promise = runProcess({ command: 'touch', args: [marker], signal: AbortSignal.abort() });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(existsSync(marker)).toBe(false);
  });

  it('rejects with CommandNotFoundError for a missing executable', async () => {
    const error = await runProcess({ command: 'maint-no-such-tool', args: ['--version'] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CommandNotFoundError);
    expect(error).toMatchObject({
      command: 'maint-no-such-tool',
      message: 'Command not found: maint-no-such-tool',
    });
    const missing = (error as CommandNotFoundError).toToolMissing('apt-get install maint-no-such-tool');
    expect(missing).toBeInstanceOf(ToolMissingError);
    expect(missing.message).toBe('maint-no-such-tool is not installed: apt-get install maint-no-such-tool');
  });

  it('rejects with a ConfigError when the working directory does not exist', async () => {
    const cwd = path.join(dir, 'missing');
    const error = await runProcess({ command: 'true', args: [], cwd }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(`Working directory ${cwd} does not exist.`);
  });

  it('ends the process and rejects when an output callback throws', async () => {
    const started = performance.now();
    const promise = runProcess({
      command: 'sh',
      args: ['-c', 'echo hi; sleep 100'],
      onStdout: () => {
        throw new Error('callback bug');
      },
    });
    await expect(promise).rejects.toThrow('callback bug');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('runShell', () => {
  it('runs a command string with sh -c', async () => {
    const result = await runShell('printf "%s" "$GREETING" | tr a-z A-Z && exit 4', {
      env: { PATH: process.env.PATH, GREETING: 'hello' },
    });
    expect(result).toMatchObject({ exitCode: 4, stdout: 'HELLO' });
  });

  it('honours the runner options, such as the timeout', async () => {
    const result = await runShell('sleep 100', { timeoutMs: 100 });
    expect(result.timedOut).toBe(true);
  });
});

describe('which', () => {
  it('finds an executable on PATH', async () => {
    const found = await which('sh');
    expect(found).toMatch(/\/sh$/);
    expect(path.isAbsolute(found as string)).toBe(true);
  });

  it('returns undefined for a missing command', async () => {
    expect(await which('maint-no-such-tool')).toBeUndefined();
  });

  it('skips files that are not executable, and directories', async () => {
    const bin1 = path.join(dir, 'bin1');
    const bin2 = path.join(dir, 'bin2');
    await mkdir(path.join(bin1, 'tool'), { recursive: true });
    await mkdir(bin2);
    await writeFile(path.join(bin2, 'tool'), '#!/bin/sh\n');
    const env = { PATH: ['', bin1, bin2].join(path.delimiter) };
    expect(await which('tool', env)).toBeUndefined();
    await chmod(path.join(bin2, 'tool'), 0o755);
    expect(await which('tool', env)).toBe(path.join(bin2, 'tool'));
  });

  it('checks a command with a slash as a path', async () => {
    const script = path.join(dir, 'run.sh');
    await writeFile(script, '#!/bin/sh\n', { mode: 0o755 });
    expect(await which(script, { PATH: '' })).toBe(script);
    expect(await which(path.join(dir, 'nope'))).toBeUndefined();
  });
});
