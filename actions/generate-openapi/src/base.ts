/**
 * The base schema the API changes are measured against: the committed schema as it is at a git
 * ref (`base-ref`, else the PR/MR base branch, else the last tag before this commit), or a file.
 * A base that cannot be found is not an error: the run goes on without the API diff and says
 * how to make the base available.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { CommandNotFoundError, ConfigError, runProcess } from '@maint-actions/core';

type Env = Readonly<Record<string, string | undefined>>;

/** The base schema's text and where it came from. */
export interface BaseSchema {
  readonly text: string;
  /** Shown to people: `origin/main (3f2c1ab)`, `v1.4.0 (…)` or the file's path. */
  readonly label: string;
}

/** Why there is no base, in one line that says what to do. */
export interface NoBase {
  readonly reason: string;
}

export interface BaseOptions {
  /** The `base-ref` input. */
  readonly ref: string | undefined;
  /** The PR's base or the MR's target branch, from the platform context. */
  readonly changeBase: string | undefined;
  readonly workspace: string;
  /** The committed schema (absolute). */
  readonly schema: string;
  readonly env: Env;
}

const FETCH_HINT =
  'fetch it (GitHub: actions/checkout with fetch-depth: 0; GitLab: GIT_DEPTH: 0) or set "base-ref"';

/** @throws ConfigError when `base-ref` starts with `-`, which git would read as an option. */
export function checkBaseRef(ref: string | undefined): void {
  if (ref?.startsWith('-')) {
    throw new ConfigError(`Input "base-ref" must be a git ref, not an option (got "${ref}").`, {
      input: 'base-ref',
    });
  }
}

/** Reads the committed schema at the base ref, or explains why there is none. */
export async function readBaseFromGit(options: BaseOptions): Promise<BaseSchema | NoBase> {
  const git = (args: readonly string[]) => runGit(args, options.workspace, options.env);
  let top: GitResult;
  try {
    top = await git(['rev-parse', '--show-toplevel']);
  } catch (error) {
    if (error instanceof CommandNotFoundError)
      return { reason: 'git is not installed, so there is no base to compare with' };
    throw error;
  }
  if (top.code !== 0)
    return { reason: 'the workspace is not a git repository, so there is no base to compare with' };

  const candidates = options.ref
    ? [options.ref]
    : options.changeBase
      ? [`origin/${options.changeBase}`, options.changeBase]
      : [];
  let ref: string | undefined;
  let commit: string | undefined;
  for (const candidate of candidates) {
    commit = await resolveCommit(git, candidate);
    if (commit) {
      ref = candidate;
      break;
    }
  }
  if (!ref && candidates.length > 0) {
    return { reason: `the base ${candidates.join(' or ')} is not in this clone: ${FETCH_HINT}` };
  }
  if (!ref) {
    const tag = await git(['describe', '--tags', '--abbrev=0', 'HEAD^']);
    if (tag.code !== 0) {
      return {
        reason: `no base branch (not a pull/merge request) and no tag before this commit: ${FETCH_HINT}`,
      };
    }
    ref = tag.stdout.trim();
    commit = await resolveCommit(git, ref);
    if (!commit) return { reason: `the tag ${ref} does not name a commit` };
  }

  // git prints the top level with symlinks resolved: compare it with the real workspace.
  const inWorkspace = path.relative(options.workspace, options.schema);
  const repoPath = path
    .relative(await realpath(top.stdout.trim()), path.join(await realpath(options.workspace), inWorkspace))
    .split(path.sep)
    .join('/');
  const label = `${ref} (${(commit as string).slice(0, 7)})`;
  const show = await git(['show', `${commit}:${repoPath}`]);
  if (show.code !== 0)
    return { reason: `${repoPath} does not exist at ${label}: a new schema has no API changes to report` };
  return { text: show.stdout, label };
}

async function resolveCommit(
  git: (args: readonly string[]) => Promise<GitResult>,
  ref: string,
): Promise<string | undefined> {
  const result = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

interface GitResult {
  readonly code: number | null;
  readonly stdout: string;
}

async function runGit(args: readonly string[], cwd: string, env: Env): Promise<GitResult> {
  const result = await runProcess({
    command: 'git',
    args,
    cwd,
    env: { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    timeoutMs: 60_000,
    // `git show` prints a whole schema: keep all of it.
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: result.exitCode, stdout: result.stdout };
}
