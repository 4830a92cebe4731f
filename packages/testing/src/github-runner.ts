/**
 * Runs a bundled action exactly as the GitHub runner does: `node dist/<name>/index.js` with
 * INPUT_* variables and the runner's file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * GITHUB_ENV, GITHUB_STATE), then reads back what the action wrote.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths';

export interface BundleRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** `::error file=...::message` and friends, parsed from stdout. */
  readonly commands: { command: string; props: Record<string, string>; message: string }[];
}

export interface BundleOptions {
  readonly inputs?: Record<string, string>;
  readonly workspace: string;
  readonly env?: Record<string, string | undefined>;
  readonly event?: { name: string; payload: unknown };
  readonly timeoutMs?: number;
}

/** Parses the GITHUB_OUTPUT file format: `name<<DELIM\nvalue\nDELIM` heredocs and `name=value` lines. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

/** Parses workflow commands such as `::error file=a.py,line=3,title=x::message`. */
export function parseWorkflowCommands(stdout: string): BundleRun['commands'] {
  const commands: BundleRun['commands'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const pair of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      props[pair.slice(0, at)] = decodeCommandValue(pair.slice(at + 1));
    }
    commands.push({ command: m[1] ?? '', props, message: decodeCommandValue(m[3] ?? '') });
  }
  return commands;
}

function decodeCommandValue(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

export async function runBundle(action: string, options: BundleOptions): Promise<BundleRun> {
  const runnerDir = await mkdtemp(path.join(os.tmpdir(), 'maint-runner-'));
  const files = {
    GITHUB_OUTPUT: path.join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(runnerDir, 'summary'),
    GITHUB_ENV: path.join(runnerDir, 'env'),
    GITHUB_STATE: path.join(runnerDir, 'state'),
    GITHUB_PATH: path.join(runnerDir, 'path'),
    GITHUB_EVENT_PATH: path.join(runnerDir, 'event.json'),
  };
  for (const file of Object.values(files)) await writeFile(file, '');
  await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(options.event?.payload ?? {}));
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: runnerDir,
    RUNNER_OS: 'Linux',
    GITHUB_REPOSITORY: 'acme/backend',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF_NAME: 'main',
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    ...files,
    ...inputEnv,
    ...options.env,
  };
  const bundle = path.join(repoRoot, 'dist', action, 'index.js');
  try {
    const { exitCode, stdout, stderr } = await new Promise<{
      exitCode: number | null;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      const child = spawn(process.execPath, [bundle], {
        cwd: options.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 240_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ exitCode: code, stdout, stderr });
      });
    });
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseFileCommand(await readFile(files.GITHUB_OUTPUT, 'utf8')),
      summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
      commands: parseWorkflowCommands(stdout),
    };
  } finally {
    await rm(runnerDir, { recursive: true, force: true });
  }
}
