/**
 * Runs one single-action component (templates/<component>.yml) under gitlab-ci-local (shell
 * executor) with the tool built from this tree (dist/cli), as a project that includes it would:
 * the project directory becomes a git repo whose `origin` is the component's GitLab project (so
 * the include resolves locally), the pipeline includes the component at that commit, and the
 * run gives back the job's exit code, log, dotenv report and artifacts.
 *
 * A project that is already a clone keeps its remote under the name `release` (pass
 * `git-remote: release` to the actions that push).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gitSync as git, repoRoot } from '@maint-actions/testing';
import { stringify } from 'yaml';

export const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const ORIGIN = 'git@gitlab.example.com:acme/backend.git';

export interface ComponentJobOptions {
  /** The project directory (a plain directory or a clone). */
  readonly project: string;
  /** The component's inputs. */
  readonly inputs: Record<string, string>;
  /** CI/CD variables of the pipeline, such as `DATABASE_URL` or `CI_API_V4_URL`. */
  readonly variables?: Record<string, string>;
  /** Environment of gitlab-ci-local itself (the runner host), such as PATH. */
  readonly env?: Record<string, string>;
  /** Extra jobs of the project's pipeline, such as one reading the dotenv outputs. */
  readonly jobs?: Record<string, unknown>;
}

export interface ComponentJobRun {
  readonly job: string;
  readonly exitCode: number | null;
  /** gitlab-ci-local's log of the pipeline (all jobs). */
  readonly log: string;
  /** `.maint-actions/<action>.env`, the dotenv report, parsed (empty when none was written). */
  readonly dotenv: Record<string, string>;
  /** A file of the job's artifacts, as GitLab would keep it; rejects when the job did not keep it. */
  artifact(relative: string): Promise<string>;
}

/** `NAME=value` lines, as GitLab reads a dotenv report. */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) values[line.slice(0, at)] = line.slice(at + 1);
  }
  return values;
}

async function makeProject(component: string, options: ComponentJobOptions): Promise<void> {
  const { project } = options;
  await mkdir(path.join(project, 'templates'), { recursive: true });
  await cp(
    path.join(repoRoot, 'templates', `${component}.yml`),
    path.join(project, 'templates', `${component}.yml`),
  );
  const ignore = path.join(project, '.gitignore');
  const ignored = existsSync(ignore) ? await readFile(ignore, 'utf8') : '';
  await writeFile(ignore, `${ignored}\n.gitlab-ci-local/\n.maint-actions/\n.gitlab-ci.yml\n`);
  if (!existsSync(path.join(project, '.git'))) git(project, 'init', '-q', '-b', 'main');
  const remotes = git(project, 'remote').split('\n');
  if (remotes.includes('origin')) git(project, 'remote', 'rename', 'origin', 'release');
  git(project, 'remote', 'add', 'origin', ORIGIN);
  git(project, 'add', '-A');
  git(project, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'ci: the component');
  // The include names the component at the commit that holds it, as a pinned project does; the
  // pipeline file itself stays out of git so the job sees a clean checkout.
  const sha = git(project, 'rev-parse', 'HEAD');
  const pipeline = {
    stages: ['test', 'deploy'],
    include: [{ component: `gitlab.example.com/acme/backend/${component}@${sha}`, inputs: options.inputs }],
    ...options.jobs,
  };
  await writeFile(path.join(project, '.gitlab-ci.yml'), stringify(pipeline));
}

/** Includes `component` in `options.project`, runs the pipeline and reads back the job `maint-<component>`. */
export async function runComponentJob(
  component: string,
  options: ComponentJobOptions,
): Promise<ComponentJobRun> {
  await makeProject(component, options);
  const job = `maint-${component}`;
  const variables: Record<string, string> = {
    // gitlab-ci-local sets GITLAB_CI=false, and CI_PROJECT_DIR to a container path for a job with
    // an `image:`; set both as GitLab's runner does.
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: options.project,
    MAINT_ACTIONS_BIN: `${process.execPath} ${cli}`,
    ...options.variables,
  };
  const predefined = Object.keys(variables).filter((name) => name.startsWith('CI_') || name === 'GITLAB_CI');
  const args = [
    '--force-shell-executor',
    '--no-color',
    '--ignore-predefined-vars',
    predefined.join(','),
    ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
  ];
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local');
  const { exitCode, log } = await new Promise<{ exitCode: number | null; log: string }>((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: options.project,
      env: { ...process.env, FORCE_COLOR: '0', ...options.env },
    });
    let text = '';
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code, log: text }));
  });
  // The shell executor runs in place: the dotenv report is where the job wrote it.
  const dotenv = parseDotenv(
    await readFile(path.join(options.project, '.maint-actions', `${component}.env`), 'utf8').catch(() => ''),
  );
  return {
    job,
    exitCode,
    log,
    dotenv,
    artifact: (relative) =>
      readFile(path.join(options.project, '.gitlab-ci-local', 'artifacts', job, relative), 'utf8'),
  };
}
