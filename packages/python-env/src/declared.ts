/**
 * The Python version a project declares, read as GitHub's reusable workflows read it for
 * actions/setup-python (the top-level `python-version:` of `.maint-actions.yml`; then the working
 * directory, then the repository root, in each the first of `.python-version`, `pyproject.toml`'s
 * `requires-python`, `runtime.txt`), and whether a running
 * interpreter fits it. On GitHub setup-python installs that version; on GitLab the job's image
 * brings its own Python, so a mismatch is said as a warning naming what to change.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { configuredPythonVersion, type RepoConfig, repoConfigOf } from '@maint-actions/core';

/** What the project asks for: a version (`3.10`, `3.10.12`) or a specifier (`>=3.8,<3.11`), and where. */
export interface DeclaredPython {
  readonly wanted: string;
  /** The file, relative to the workspace: `.maint-actions.yml`, `.python-version`, `backend/pyproject.toml`, ... */
  readonly file: string;
  /** `version` for `python-version:`, `.python-version` and `runtime.txt`, `specifier` for `requires-python`. */
  readonly kind: 'version' | 'specifier';
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The project's declared Python, or undefined when it declares none (or one this cannot read, such
 * as `pypy3.9`). `loaded` is the repo config in force (the CLI's `--config` file); unset, the file
 * at the default names of `workspace`.
 */
export async function declaredPython(
  workspace: string,
  cwd: string,
  loaded?: RepoConfig,
): Promise<DeclaredPython | undefined> {
  const config = await repoConfigOf(workspace, loaded);
  const configured = configuredPythonVersion(config, workspace);
  if (configured && config.path) {
    return { wanted: configured, file: path.relative(workspace, config.path), kind: 'version' };
  }
  const dirs = [...new Set([path.resolve(cwd), path.resolve(workspace)])];
  for (const dir of dirs) {
    const shown = (name: string): string => path.relative(workspace, path.join(dir, name)) || name;
    const pinned = (await readText(path.join(dir, '.python-version')))?.split('\n')[0]?.trim();
    if (pinned !== undefined) {
      // setup-python takes the file as it is; a value that is not a CPython version is left alone.
      return /^\d+\.\d+(\.\d+)?$/.test(pinned)
        ? { wanted: pinned, file: shown('.python-version'), kind: 'version' }
        : undefined;
    }
    const pyproject = await readText(path.join(dir, 'pyproject.toml'));
    const requires = pyproject && /^\s*requires-python\s*=\s*["']([^"']+)["']/m.exec(pyproject)?.[1];
    if (requires) return { wanted: requires.trim(), file: shown('pyproject.toml'), kind: 'specifier' };
    const runtime = await readText(path.join(dir, 'runtime.txt'));
    const version = runtime && /^python-(\d+\.\d+(?:\.\d+)?)/m.exec(runtime)?.[1];
    if (version) return { wanted: version, file: shown('runtime.txt'), kind: 'version' };
  }
  return undefined;
}

type Parts = readonly number[];
const parts = (version: string): Parts => version.split('.').map((n) => Number.parseInt(n, 10));
function compare(a: Parts, b: Parts): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Whether `version` (the interpreter's `3.10.12`) fits what the project declares. A version fits
 * by its own precision (`3.10` is any 3.10.x); a specifier's clauses (`>=`, `>`, `<=`, `<`,
 * `==` with `.*`, `!=`, `~=`) must all hold. A clause this cannot read counts as held: the check
 * only warns, and a warning that may be wrong is worse than none.
 */
export function fitsDeclared(version: string, declared: DeclaredPython): boolean {
  const running = parts(version);
  if (declared.kind === 'version') {
    const want = parts(declared.wanted);
    return compare(running.slice(0, want.length), want) === 0;
  }
  return declared.wanted.split(',').every((clause) => {
    const match = /^\s*(~=|==|!=|<=|>=|<|>)\s*(\d+(?:\.\d+)*)(\.\*)?\s*$/.exec(clause);
    if (!match) return true;
    const [, op, number = '', wildcard] = match;
    const want = parts(number);
    const prefix = compare(running.slice(0, want.length), want);
    const full = compare(running, want);
    switch (op) {
      case '==':
        return wildcard ? prefix === 0 : full === 0;
      case '!=':
        return wildcard ? prefix !== 0 : full !== 0;
      case '>=':
        return full >= 0;
      case '>':
        return full > 0;
      case '<=':
        return full <= 0;
      case '<':
        return full < 0;
      default: {
        // ~=3.10 is >=3.10,==3.*; ~=3.10.2 is >=3.10.2,==3.10.*
        const head = want.slice(0, Math.max(1, want.length - 1));
        return full >= 0 && compare(running.slice(0, head.length), head) === 0;
      }
    }
  });
}

/**
 * The warning for a running Python the project does not declare, naming what to change; undefined
 * when it fits or the project declares none. `loaded`: the repo config in force (see declaredPython).
 */
export async function pythonMismatch(
  workspace: string,
  cwd: string,
  version: string,
  loaded?: RepoConfig,
): Promise<string | undefined> {
  const declared = await declaredPython(workspace, cwd, loaded);
  if (!declared || fitsDeclared(version, declared)) return undefined;
  const asked = declared.kind === 'specifier' ? `requires-python ${declared.wanted}` : declared.wanted;
  return `Python ${version} runs the project, but ${declared.file} asks for ${asked}: on GitLab set the component's \`image\` input to an image with that Python (GitHub's reusable workflows install it from the same file); elsewhere point the \`python\` input at one.`;
}
