/**
 * gitlab-ci-local (the dev dependency) run on a project as the pipeline tests run it: the shell
 * executor, no colours, and the tool built from this tree (`dist/cli`) as MAINT_ACTIONS_BIN.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths';

export interface GitlabCiLocalOptions {
  /** The project directory, holding its `.gitlab-ci.yml`; the jobs run in it (shell executor). */
  readonly project: string;
  /** More CI/CD variables (`--variable`), such as secrets the jobs read. */
  readonly variables?: Readonly<Record<string, string>>;
  /** Job names, or more flags, after the variables. */
  readonly args?: readonly string[];
}

export interface GitlabCiLocalRun {
  readonly exitCode: number | null;
  /** stdout and stderr together. */
  readonly log: string;
  readonly stdout: string;
}

/**
 * Runs gitlab-ci-local in `project`. It sets GITLAB_CI=false, and CI_PROJECT_DIR to a container's
 * path for a job with an `image:`, so both are set here as GitLab's runner sets them; the pipeline
 * source is left unset (not a schedule, not a merge request).
 */
export function gitlabCiLocal(options: GitlabCiLocalOptions): Promise<GitlabCiLocalRun> {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
  const variables = {
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: options.project,
    MAINT_ACTIONS_BIN: `${process.execPath} ${path.join(repoRoot, 'dist', 'cli', 'index.js')}`,
    ...options.variables,
  };
  const args = [
    '--force-shell-executor',
    '--no-color',
    '--ignore-predefined-vars',
    'GITLAB_CI,CI_PROJECT_DIR,CI_PIPELINE_SOURCE',
    ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
    ...(options.args ?? []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: options.project, env: { ...process.env, FORCE_COLOR: '0' } });
    let log = '';
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      log += d.toString();
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, log, stdout }));
  });
}
