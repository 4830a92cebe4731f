/**
 * Where the files a document's `$ref`s name are read from, and the boundary they may not leave
 * (docs/decisions.md): for a file, the git work tree that holds it (outside any repository, the
 * working directory when the file is in it, else the file's own directory); for `git:REF:PATH`,
 * the tree of REF; for stdin, the work tree of the working directory (else the directory itself).
 */
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileSource, ReadOutcome } from './bundle';

/** A boundary on disk: its real path and how a warning names it. */
export interface Boundary {
  readonly dir: string;
  readonly name: string;
}

/** The boundary of a document at `dir` (a real path): see the module comment. */
export async function boundaryOf(dir: string, cwd: string): Promise<Boundary> {
  for (let at = dir; ; ) {
    if (await exists(path.join(at, '.git'))) return { dir: at, name: 'the git repository' };
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  const realCwd = await realpath(cwd);
  if (inside(dir, realCwd)) return { dir: realCwd, name: 'the working directory' };
  return { dir, name: "the document's directory" };
}

/** Files under `boundary` on disk; a symbolic link that leads out of it is not followed. */
export function diskSource(boundary: Boundary): FileSource {
  return {
    boundary: boundary.name,
    async read(file: string): Promise<ReadOutcome> {
      let real: string;
      try {
        real = await realpath(path.join(boundary.dir, ...file.split('/')));
      } catch (error) {
        return { problem: problemOf(error) };
      }
      if (!inside(real, boundary.dir)) return { problem: `is a link to outside ${boundary.name}` };
      try {
        // A named pipe (or a device) would be read until it ends, which may be never: only a
        // regular file is read.
        const info = await stat(real);
        if (info.isDirectory()) return { problem: 'is a directory' };
        if (!info.isFile()) return { problem: 'is not a regular file (a named pipe, a device or a socket)' };
        return { text: await readFile(real, 'utf8') };
      } catch (error) {
        return { problem: problemOf(error) };
      }
    },
  };
}

/** Files of the tree of `ref` in the repository at `cwd`, read by git (never from the work tree). */
export function gitSource(
  ref: string,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): FileSource {
  return {
    boundary: `the tree of ${ref}`,
    async read(file: string): Promise<ReadOutcome> {
      const result = await git(['cat-file', 'blob', `${ref}:${file}`], cwd, env);
      if (result.exitCode === 0) return { text: result.stdout };
      const reason = result.stderr.trim().split('\n').pop() ?? '';
      if (/does not exist|exists on disk, but not in/.test(reason))
        return { problem: `does not exist at ${ref}` };
      return { problem: `could not be read at ${ref} (${reason})` };
    },
  };
}

/** The path of the working directory inside its repository (`api/`), for `git:REF:./PATH`. */
export async function gitPrefix(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  const result = await git(['rev-parse', '--show-prefix'], cwd, env);
  return result.exitCode === 0 ? result.stdout.trim() : '';
}

async function git(args: string[], cwd: string, env: Readonly<Record<string, string | undefined>>) {
  // Loaded on first use: a diff that reads no git keeps node:child_process out of its start-up.
  const { CommandNotFoundError, runProcess } = await import('@maint-actions/core/process');
  try {
    return await runProcess({
      command: 'git',
      args,
      cwd,
      env: { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      maxBuffer: 1024 * 1024 * 1024,
      timeoutMs: 5 * 60_000,
    });
  } catch (error) {
    if (error instanceof CommandNotFoundError)
      return { exitCode: 127, stdout: '', stderr: 'git is not on PATH' };
    throw error;
  }
}

/** A path relative to `from`, with `/` between segments. */
export function posixRelative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

function inside(target: string, dir: string): boolean {
  return target === dir || target.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

function problemOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'does not exist';
  if (code === 'EISDIR') return 'is a directory';
  return `could not be read (${code ?? (error as Error).message})`;
}
