/**
 * Mapping what Python tools print (paths relative to the project, module names, pytest
 * classnames) to files relative to the repository root, as findings need them.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { findingsRoot } from '@maint-actions/core';

/** Where a tool ran: both absolute. `cwd` is the Django project directory. */
export interface Where {
  /**
   * The root findings' paths are relative to: the repository root of `cwd` (see
   * `findingsRoot`). With `absolute`, the directory files must be in (`cwd`).
   */
  readonly workspace: string;
  /** The directory the tool ran in. */
  readonly cwd: string;
  /** Paths are given absolute: the working directory is in no repository and outside the workspace. */
  readonly absolute?: boolean;
}

/**
 * The Where of a run in `cwd`: paths relative to the repository root of `cwd` from wherever the
 * command started, else to the workspace when `cwd` is in it, else absolute.
 */
export function whereFor(workspace: string, cwd: string): Where {
  const root = findingsRoot(workspace, cwd);
  return root === undefined ? { workspace: cwd, cwd, absolute: true } : { workspace: root, cwd };
}

/** A path with forward slashes, whatever the platform. */
export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * The workspace-relative path (forward slashes) of `file`, given absolute or relative to `cwd`
 * (its absolute path when `where.absolute`); `undefined` when it is outside the workspace (such
 * as a file in site-packages).
 */
export function workspacePath(where: Where, file: string): string | undefined {
  const resolved = path.resolve(where.cwd, file);
  const relative = path.relative(where.workspace, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return toPosix(where.absolute ? resolved : relative);
}

/** Finds files on disk, remembering each answer: parsers probe the same candidates many times. */
export class FileProbe {
  private readonly known = new Map<string, boolean>();
  /** Class names are shared by many test cases: each is looked up once. */
  private readonly modules = new Map<string, { file?: string; moduleParts: number }>();

  /** workspacePath's answers by file: every test case of a module asks for the same file. */
  private readonly relative = new Map<string, string | undefined>();

  constructor(readonly where: Where) {}

  /** {@link workspacePath} in this probe's Where, remembered by file. */
  workspacePath(file: string): string | undefined {
    if (this.relative.has(file)) return this.relative.get(file);
    const answer = workspacePath(this.where, file);
    this.relative.set(file, answer);
    return answer;
  }

  /** Whether the absolute `file` is a regular file. */
  isFile(file: string): boolean {
    let answer = this.known.get(file);
    if (answer === undefined) {
      answer = statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
      this.known.set(file, answer);
    }
    return answer;
  }

  /** The first of `candidates` (absolute) that exists. */
  first(candidates: readonly string[]): string | undefined {
    return candidates.find((candidate) => this.isFile(candidate));
  }

  /**
   * The file of an importable module (`a.b.c` → `a/b/c.py` or `a/b/c/__init__.py`), looked
   * for under `cwd`, `cwd/src`, then the workspace and `workspace/src`. Absolute, or undefined.
   */
  moduleFile(module: string): string | undefined {
    const relative = module.split('.').join('/');
    return this.first(
      this.roots().flatMap((root) => [
        path.join(root, `${relative}.py`),
        path.join(root, relative, '__init__.py'),
      ]),
    );
  }

  /**
   * The test file of a pytest classname (`tests.test_api.TestSubmit` → `tests/test_api.py`):
   * progressively shorter dotted prefixes tried as modules (`.py`, or a package's `__init__.py`)
   * under `cwd`, then the workspace (pytest's rootdir may be either). What a prefix leaves over
   * must be class names (capitalised), so a missing module never falls back to its package.
   * Absolute, or undefined.
   */
  classnameFile(classname: string): string | undefined {
    return this.classnameModule(classname).file;
  }

  /**
   * How a pytest classname splits into a module and classes: the module's file (as
   * {@link classnameFile} finds it) and the number of dotted parts the module takes. When no
   * file is found, the module is everything before the trailing capitalised parts.
   */
  classnameModule(classname: string): { file?: string; moduleParts: number } {
    let answer = this.modules.get(classname);
    if (answer === undefined) {
      answer = this.findClassnameModule(classname);
      this.modules.set(classname, answer);
    }
    return answer;
  }

  private findClassnameModule(classname: string): { file?: string; moduleParts: number } {
    const parts = classname.split('.').filter((part) => part !== '');
    const bases = unique([this.where.cwd, this.where.workspace]);
    for (let length = parts.length; length > 0; length--) {
      if (!/^[A-Z]/.test(parts[length] ?? 'A')) break;
      const relative = parts.slice(0, length).join('/');
      const found = this.first(
        bases.flatMap((base) => [
          path.join(base, `${relative}.py`),
          path.join(base, relative, '__init__.py'),
        ]),
      );
      if (found) return { file: found, moduleParts: length };
    }
    let moduleParts = parts.length;
    while (moduleParts > 1 && /^[A-Z]/.test(parts[moduleParts - 1]!)) moduleParts--;
    return { moduleParts };
  }

  private roots(): string[] {
    const { cwd, workspace } = this.where;
    return unique([cwd, path.join(cwd, 'src'), workspace, path.join(workspace, 'src')]);
  }
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * Directories pytest does not recurse into by default (its `norecursedirs`: dot-dirs, `build`,
 * `dist`, `node_modules`, `venv`, `*.egg`, ...), plus `__pycache__`. Virtualenvs under other
 * names are recognised by their `pyvenv.cfg` (see {@link VENV_MARKER}).
 */
export function isIgnoredDir(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.egg') || IGNORED_DIRS.has(name);
}

const IGNORED_DIRS = new Set([
  '__pycache__',
  '_darcs',
  'build',
  'CVS',
  'dist',
  'node_modules',
  'venv',
  '{arch}',
]);

/** The file that marks a directory as a virtualenv. */
export const VENV_MARKER = 'pyvenv.cfg';
