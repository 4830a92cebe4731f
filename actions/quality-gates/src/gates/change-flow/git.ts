/**
 * The git questions the change-flow gate asks about `<base>...HEAD`, each one `git` process with
 * an argument array.
 */
import { runProcess } from '@maint-actions/core';

type Env = Readonly<Record<string, string | undefined>>;

/** A git command failed; the message says what to do about it. */
export class GitError extends Error {
  override readonly name = 'GitError';
}

/** Where and how git runs. */
export interface GitTarget {
  /** Directory git runs in; paths it prints are relative to it (`--relative`). */
  readonly cwd: string;
  readonly env: Env;
}

const FETCH_HINT =
  'fetch the base branch with its history (actions/checkout `fetch-depth: 0`; GitLab `GIT_DEPTH: 0`)';

/** Runs git; an exit code outside `ok` is a GitError. */
async function git(
  target: GitTarget,
  args: readonly string[],
  ok: readonly number[] = [0],
): Promise<{ code: number; stdout: string }> {
  const result = await runProcess({
    command: 'git',
    args: ['-c', 'core.quotePath=false', ...args],
    cwd: target.cwd,
    env: target.env,
  });
  if (result.exitCode !== null && ok.includes(result.exitCode))
    return { code: result.exitCode, stdout: result.stdout };
  const reason = result.stderr.trim().split('\n')[0] || `exit code ${result.exitCode ?? result.signal}`;
  throw new GitError(`git ${args[0]} failed (${reason}); ${FETCH_HINT}`);
}

/**
 * The first of `candidates` that names a commit in this checkout.
 *
 * @throws GitError naming `shown` when none does.
 */
export async function resolveBase(
  target: GitTarget,
  candidates: readonly string[],
  shown: string,
): Promise<string> {
  for (const candidate of candidates) {
    const result = await runProcess({
      command: 'git',
      args: ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`],
      cwd: target.cwd,
      env: target.env,
    });
    if (result.exitCode === 0) return candidate;
  }
  throw new GitError(`base ${shown} is not in this checkout (tried ${candidates.join(', ')}); ${FETCH_HINT}`);
}

/** True when `pathspec` (relative to `target.cwd`) differs between the merge base and HEAD. */
export async function pathChanged(target: GitTarget, base: string, pathspec: string): Promise<boolean> {
  const { code } = await git(target, ['diff', '--quiet', `${base}...HEAD`, '--', pathspec], [0, 1]);
  return code === 1;
}

/** The files changed between the merge base and HEAD, relative to `target.cwd`. */
export async function changedFiles(target: GitTarget, base: string): Promise<string[]> {
  const { stdout } = await git(target, [
    'diff',
    '--name-only',
    '--relative',
    '--no-renames',
    `${base}...HEAD`,
  ]);
  return lines(stdout);
}

/** The files added between the merge base and HEAD, relative to `target.cwd`. */
export async function addedFiles(target: GitTarget, base: string): Promise<string[]> {
  const { stdout } = await git(target, [
    'diff',
    '--name-status',
    '--diff-filter=A',
    '--relative',
    '--no-renames',
    `${base}...HEAD`,
  ]);
  return lines(stdout).map((line) => line.replace(/^A\t/, ''));
}

/** The values of `key:` trailers in the commit messages of `<base>..HEAD`. */
export async function trailerValues(target: GitTarget, base: string, key: string): Promise<string[]> {
  const { stdout } = await git(target, [
    'log',
    `--format=%(trailers:key=${key},valueonly,unfold)`,
    `${base}..HEAD`,
  ]);
  return lines(stdout);
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
