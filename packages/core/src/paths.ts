/** Paths that inputs name. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors';

/**
 * The absolute working directory of the `working-directory` input (relative to the workspace).
 * @throws ConfigError naming `working-directory` when it is not a directory.
 */
export function workingDirectory(workspace: string, input: string): string {
  const cwd = path.resolve(workspace, input);
  if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigError(`Input "working-directory": ${input} is not a directory of the repository.`, {
      input: 'working-directory',
    });
  }
  return cwd;
}

/** The directory maint-actions keeps its files in (reports, caches, the `install` venv), per workspace. */
export const OWN_DIR = '.maint-actions';

/** What `.maint-actions/.gitignore` holds: everything in the directory, itself included, is ignored. */
const OWN_DIR_GITIGNORE = '# Created by maint-actions: nothing in this directory belongs in git.\n*\n';

/**
 * Creates `dir` (and its parents) and, when it lies inside a `.maint-actions` directory, makes
 * that directory ignore itself with a `.gitignore` of `*` (as pytest does for `.pytest_cache`),
 * so `git status` of a clean checkout stays clean after any action ran. Returns `dir`, absolute.
 */
export function ensureOwnDir(dir: string): string {
  const absolute = path.resolve(dir);
  mkdirSync(absolute, { recursive: true });
  const parts = absolute.split(path.sep);
  const index = parts.lastIndexOf(OWN_DIR);
  if (index > 0) {
    const gitignore = path.join(parts.slice(0, index + 1).join(path.sep) || path.sep, '.gitignore');
    try {
      writeFileSync(gitignore, OWN_DIR_GITIGNORE, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return absolute;
}

/**
 * Where findings' paths are relative to: the root of the git repository holding `cwd` (the
 * working directory), wherever the command was started; without a repository, the workspace when
 * `cwd` is inside it (a CI checkout, or the directory a terminal run started in); else none, and
 * paths are absolute.
 */
export function findingsRoot(workspace: string, cwd: string): string | undefined {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
  const root = top.status === 0 ? top.stdout.trim() : '';
  if (root !== '') {
    // git prints the real path; give it in the form `cwd` was given (through symbolic links).
    const below = path.relative(realpathOr(root), realpathOr(cwd));
    if (!below.startsWith('..') && !path.isAbsolute(below)) {
      return path.resolve(
        cwd,
        ...below
          .split(path.sep)
          .filter(Boolean)
          .map(() => '..'),
      );
    }
    return root;
  }
  const relative = path.relative(path.resolve(workspace), path.resolve(cwd));
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : path.resolve(workspace);
}

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
