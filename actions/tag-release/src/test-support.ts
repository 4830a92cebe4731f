/**
 * Real parts for the tests: a bare remote and a clone of it (the workspace), commits with files,
 * remote hooks that slow or refuse pushes, and the action run through the entry on FakePlatform.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type ExitCode, executeAction, type Releases, type RepoHost } from '@maint-actions/core';
import { FakePlatform, type FakePlatformOptions } from '@maint-actions/testing';
import { tagRelease } from './index';

const execFileAsync = promisify(execFile);

/** The environment of git in the tests and in the runs: no system or user configuration. */
export const gitEnv = {
  PATH: process.env.PATH,
  HOME: os.tmpdir(),
  LC_ALL: 'C',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Runs git in `cwd`; resolves with its trimmed stdout, rejects when git fails. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, { cwd, env: gitEnv });
  return stdout.trim();
}

export interface Repo {
  readonly root: string;
  /** The bare repository serving as `origin`. */
  readonly remote: string;
  /** A clone on `main`: the workspace. */
  readonly workspace: string;
  /** Commits `files` (path -> content; a default file when none) with `message`; returns the sha. */
  commit(message: string, files?: Record<string, string>, cwd?: string): Promise<string>;
  /** Another clone of the remote, such as a second CI job's checkout. */
  clone(name: string): Promise<string>;
  /** Installs a `pre-receive` hook on the remote with this shell body. */
  hook(body: string): Promise<void>;
  /** The remote's tags: name -> the commit it points at. */
  remoteTags(): Promise<Record<string, string>>;
  cleanup(): Promise<void>;
}

let counter = 0;

/** A bare remote and a clone with a first commit pushed to `main`. */
export async function makeRepo(): Promise<Repo> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'tag-release-'));
  const remote = path.join(root, 'remote.git');
  const workspace = path.join(root, 'workspace');
  await git(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  const clone = async (name: string): Promise<string> => {
    const dir = path.join(root, name);
    await git(root, 'clone', '--quiet', remote, dir);
    await git(dir, 'config', 'user.name', 'Dev');
    await git(dir, 'config', 'user.email', 'dev@example.test');
    await git(dir, 'checkout', '--quiet', '-B', 'main');
    return dir;
  };
  await clone('workspace');
  const repo: Repo = {
    root,
    remote,
    workspace,
    clone,
    async commit(message, files, cwd = workspace) {
      for (const [file, content] of Object.entries(files ?? { [`file-${++counter}.txt`]: message })) {
        await mkdir(path.dirname(path.join(cwd, file)), { recursive: true });
        await writeFile(path.join(cwd, file), content);
        await git(cwd, 'add', '--', file);
      }
      await git(cwd, 'commit', '--quiet', '-m', message);
      await git(cwd, 'push', '--quiet', 'origin', 'HEAD:main');
      return git(cwd, 'rev-parse', 'HEAD');
    },
    async hook(body) {
      const file = path.join(remote, 'hooks', 'pre-receive');
      await writeFile(file, `#!/bin/sh\n${body}\n`);
      await chmod(file, 0o755);
    },
    remoteTags: () => tagsOf(remote),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
  await repo.commit('chore: start');
  return repo;
}

/** The tags of a repository: name -> the commit it points at. */
async function tagsOf(repository: string): Promise<Record<string, string>> {
  const listed = await git(
    repository,
    'for-each-ref',
    '--format=%(refname:short) %(objectname) %(*objectname)',
    'refs/tags',
  );
  const tags: Record<string, string> = {};
  for (const line of listed.split('\n').filter(Boolean)) {
    const [name = '', object = '', peeled = ''] = line.split(' ');
    tags[name] = peeled || object;
  }
  return tags;
}

export interface Released {
  readonly exitCode: ExitCode;
  readonly platform: FakePlatform;
  /** The fake repository host the run used (its tags and releases). */
  readonly host: FakePlatform;
  /** Everything the run logged and summarised, for assertions. */
  readonly text: string;
}

/**
 * The fake host's API, whose tags include those pushed to the workspace's `origin` (as GitHub's
 * or GitLab's do), so a release can be created for a tag pushed with git.
 */
function hostSeeingPushes(
  host: FakePlatform,
  workspace: string,
  token: string | undefined,
): RepoHost | undefined {
  const api = host.repoHost(token);
  const releases = api?.releases;
  if (!api || !releases) return api;
  const create: Releases['create'] = async (input) => {
    const remote = await git(workspace, 'remote', 'get-url', 'origin').catch(() => undefined);
    const pushed = remote ? await tagsOf(remote) : {};
    for (const [name, sha] of Object.entries(pushed)) if (!host.tags.has(name)) host.tags.set(name, { sha });
    return releases.create(input);
  };
  return { ...api, releases: { ...releases, create } };
}

/** Runs tag-release through the entry on a fake platform whose workspace is `workspace`. */
export async function release(
  workspace: string,
  inputs: Record<string, string>,
  options: FakePlatformOptions & { host?: FakePlatform } = {},
): Promise<Released> {
  const platform = new FakePlatform({
    ...options,
    inputs,
    env: { ...gitEnv, ...options.env },
    context: { workspace, ...options.context },
  });
  const host = options.host ?? new FakePlatform();
  Object.assign(platform, {
    repoHost: (token: string | undefined) => hostSeeingPushes(host, workspace, token),
  });
  const exitCode = await executeAction(tagRelease, platform);
  const text = [platform.logText, ...platform.summaries].join('\n');
  return { exitCode, platform, host, text };
}
