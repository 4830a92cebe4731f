/**
 * Test support: the files and variables the GitHub runner gives a step, in a temp directory, and a
 * capture of the workflow commands (`::error::`, `::add-mask::` ...) written to stdout.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

export interface RunnerFiles {
  readonly dir: string;
  readonly workspace: string;
  /** Parsed `name<<delimiter` entries of GITHUB_OUTPUT, in order. */
  outputs(): Promise<Array<[string, string]>>;
  summary(): Promise<string>;
  /** Everything written to stdout since the runner was set up. */
  stdout(): string;
  dispose(): Promise<void>;
}

/**
 * Creates GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY and the workspace in a temp
 * directory and points the variables at them (with vi.stubEnv; call `vi.unstubAllEnvs()` after).
 * The job summary goes to `summaryFile`.
 */
export async function setUpRunner(summaryFile: string, event?: unknown): Promise<RunnerFiles> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'platform-github-'));
  const workspace = path.join(dir, 'workspace');
  await mkdir(workspace);
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_ENV: 'env' } as const;
  for (const [name, file] of Object.entries(files)) {
    await writeFile(path.join(dir, file), '');
    vi.stubEnv(name, path.join(dir, file));
  }
  await writeFile(summaryFile, '');
  vi.stubEnv('GITHUB_STEP_SUMMARY', summaryFile);
  vi.stubEnv('GITHUB_WORKSPACE', workspace);
  vi.stubEnv('RUNNER_TEMP', dir);
  vi.stubEnv('RUNNER_DEBUG', '');
  if (event !== undefined) {
    await writeFile(path.join(dir, 'event.json'), JSON.stringify(event));
    vi.stubEnv('GITHUB_EVENT_PATH', path.join(dir, 'event.json'));
  }

  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    return true;
  });

  return {
    dir,
    workspace,
    async outputs() {
      const text = await readFile(path.join(dir, 'output'), 'utf8');
      const entries: Array<[string, string]> = [];
      for (const match of text.matchAll(/^(.+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2\n/gm)) {
        entries.push([match[1] ?? '', match[3] ?? '']);
      }
      return entries;
    },
    summary: () => readFile(summaryFile, 'utf8'),
    stdout: () => written.join(''),
    async dispose() {
      spy.mockRestore();
      vi.unstubAllEnvs();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A workflow command as the runner would run it: its name and the line it came from. */
export interface RunCommand {
  readonly command: string;
  readonly line: string;
}

/**
 * The workflow commands the GitHub runner would run from `output` (stdout or stderr), read the
 * way the runner reads them (actions/runner `ActionCommand.TryParseV2` and `TryParse`, and
 * `ActionCommandManager`), and then some, so that a test errs on the side of seeing a command:
 * a line ends at LF, CR or CRLF; control and format characters (which .NET's culture-aware
 * comparison may skip) are dropped, then leading white space; `::name ...::` is a command, and
 * so is `##[name ...]` anywhere on the line; after `::stop-commands::<token>` nothing runs until
 * `::<token>::` (any case). The stop and resume lines themselves are not listed.
 */
export function commandsTheRunnerRuns(output: string): RunCommand[] {
  const run: RunCommand[] = [];
  let stopped: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const visible = line.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/^[\s\u0085]+/u, '');
    const v2 = /^::([^\s:]*)[^:]*::(.*)$/su.exec(visible);
    const legacy = /##\[([^\s\]]*)[^\]]*\](.*)$/su.exec(visible);
    const name = (v2 ?? legacy)?.[1];
    if (name === undefined) continue;
    if (stopped !== undefined) {
      if (name.toLowerCase() === stopped) stopped = undefined;
      continue;
    }
    if (name === 'stop-commands') stopped = ((v2 ?? legacy)?.[2] ?? '').toLowerCase();
    else run.push({ command: name, line });
  }
  return run;
}
