/**
 * Runs the CLI as a GitLab CI job does (`node dist/cli/index.js <action>` with `GITLAB_CI=true`,
 * `MAINT_INPUT_*` variables and the project's predefined variables), for end-to-end tests
 * against a local GitLab API.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gitlabInputVar } from '@maint-actions/core';
import { repoRoot } from './paths';

/** What a CLI job left behind: its exit code, its log and its dotenv report. */
export interface CliJobRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** `.maint-actions/<action>.env` parsed (empty when the job wrote none). */
  readonly dotenv: Record<string, string>;
}

export interface CliJobOptions {
  readonly workspace: string;
  /** The GitLab API root (`CI_API_V4_URL`). */
  readonly apiUrl: string;
  readonly inputs?: Record<string, string>;
  /** Extra job variables, such as `CI_PIPELINE_SOURCE` or `CI_MERGE_REQUEST_IID`. */
  readonly env?: Record<string, string | undefined>;
  readonly timeoutMs?: number;
}

/** Runs `maint-actions <action>` as a job of project 5 (`acme/backend`) and reads its dotenv report. */
export async function runGitlabCliJob(action: string, options: CliJobOptions): Promise<CliJobRun> {
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    inputEnv[gitlabInputVar(name)] = value;
  }
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: options.workspace,
    CI_API_V4_URL: options.apiUrl,
    CI_PROJECT_ID: '5',
    CI_PROJECT_PATH: 'acme/backend',
    CI_PROJECT_URL: 'https://gitlab.example.com/acme/backend',
    CI_COMMIT_SHA: '0123456789abcdef0123456789abcdef01234567',
    CI_COMMIT_REF_NAME: 'main',
    CI_PIPELINE_SOURCE: 'push',
    CI_JOB_URL: 'https://gitlab.example.com/acme/backend/-/jobs/42',
    ...inputEnv,
    ...options.env,
  };
  const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
  const { exitCode, stdout, stderr } = await new Promise<Omit<CliJobRun, 'dotenv'>>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, action], {
      cwd: options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, stdout: out, stderr: err });
    });
  });
  const report = await readFile(
    path.join(options.workspace, '.maint-actions', `${action}.env`),
    'utf8',
  ).catch(() => '');
  return { exitCode, stdout, stderr, dotenv: parseDotenv(report) };
}

/** `NAME=value` lines, as GitLab reads a dotenv report. */
function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) values[line.slice(0, at)] = line.slice(at + 1);
  }
  return values;
}
