import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { declaredPython, fitsDeclared, pythonMismatch } from './declared';

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function repo(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'maint-declared-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

describe('declaredPython: as the GitHub workflows read it for setup-python', () => {
  it("reads the top-level python-version of .maint-actions.yml before the project's files", async () => {
    const dir = await repo({
      '.maint-actions.yml': "python-version: '3.9'\n",
      '.python-version': '3.12\n',
      'backend/runtime.txt': 'python-3.10.12\n',
    });
    const declared = { wanted: '3.9', file: '.maint-actions.yml', kind: 'version' };
    expect(await declaredPython(dir, path.join(dir, 'backend'))).toEqual(declared);
    expect(await pythonMismatch(dir, dir, '3.12.3')).toBe(
      "Python 3.12.3 runs the project, but .maint-actions.yml asks for 3.9: on GitLab set the component's `image` input to an image with that Python (GitHub's reusable workflows install it from the same file); elsewhere point the `python` input at one.",
    );
    expect(await pythonMismatch(dir, dir, '3.9.18')).toBeUndefined();
    // A file without the key leaves the project's own files to say it.
    await writeFile(path.join(dir, '.maint-actions.yml'), 'policy: standard\n');
    expect((await declaredPython(dir, dir))?.file).toBe('.python-version');
  });

  it('takes .python-version, then requires-python, then runtime.txt, in the working directory first', async () => {
    const dir = await repo({
      '.python-version': '3.12\n',
      'backend/pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.8,<3.11"\n',
      'backend/runtime.txt': 'python-3.9.18\n',
    });
    expect(await declaredPython(dir, path.join(dir, 'backend'))).toEqual({
      wanted: '>=3.8,<3.11',
      file: 'backend/pyproject.toml',
      kind: 'specifier',
    });
    expect(await declaredPython(dir, dir)).toEqual({
      wanted: '3.12',
      file: '.python-version',
      kind: 'version',
    });
    const runtime = await repo({ 'runtime.txt': 'python-3.10.12\n', 'pyproject.toml': '[project]\n' });
    expect(await declaredPython(runtime, runtime)).toEqual({
      wanted: '3.10.12',
      file: 'runtime.txt',
      kind: 'version',
    });
  });

  it('declares nothing without those files, or with a .python-version that is no CPython version', async () => {
    expect(await declaredPython(await repo({}), os.tmpdir())).toBeUndefined();
    const pypy = await repo({ '.python-version': 'pypy3.9\n', 'runtime.txt': 'python-3.10.1\n' });
    expect(await declaredPython(pypy, pypy)).toBeUndefined();
  });
});

describe('fitsDeclared', () => {
  const version = (wanted: string) => ({ wanted, file: '.python-version', kind: 'version' as const });
  const spec = (wanted: string) => ({ wanted, file: 'pyproject.toml', kind: 'specifier' as const });

  it('matches a version by its own precision', () => {
    expect(fitsDeclared('3.10.12', version('3.10'))).toBe(true);
    expect(fitsDeclared('3.11.2', version('3.10'))).toBe(false);
    expect(fitsDeclared('3.10.12', version('3.10.12'))).toBe(true);
    expect(fitsDeclared('3.10.11', version('3.10.12'))).toBe(false);
  });

  it('holds every clause of a specifier', () => {
    expect(fitsDeclared('3.10.4', spec('>=3.8,<3.11'))).toBe(true);
    expect(fitsDeclared('3.11.0', spec('>=3.8,<3.11'))).toBe(false);
    expect(fitsDeclared('3.7.9', spec('>=3.8'))).toBe(false);
    expect(fitsDeclared('3.12.1', spec('==3.12.*'))).toBe(true);
    expect(fitsDeclared('3.13.0', spec('==3.12.*'))).toBe(false);
    expect(fitsDeclared('3.11.5', spec('!=3.11.*, >3.9'))).toBe(false);
    expect(fitsDeclared('3.13.0', spec('~=3.10'))).toBe(true);
    expect(fitsDeclared('3.11.0', spec('~=3.10.2'))).toBe(false);
    expect(fitsDeclared('3.10.3', spec('~=3.10.2'))).toBe(true);
    expect(fitsDeclared('3.13.0', spec('<=3.12'))).toBe(false);
    // A clause it cannot read is not held against the interpreter.
    expect(fitsDeclared('3.13.0', spec('>=3.8; python_implementation == "CPython"'))).toBe(true);
  });
});

describe('pythonMismatch', () => {
  it('names the file, what it asks for and the input to change', async () => {
    const dir = await repo({ '.python-version': '3.10\n' });
    expect(await pythonMismatch(dir, dir, '3.13.5')).toBe(
      "Python 3.13.5 runs the project, but .python-version asks for 3.10: on GitLab set the component's `image` input to an image with that Python (GitHub's reusable workflows install it from the same file); elsewhere point the `python` input at one.",
    );
    expect(await pythonMismatch(dir, dir, '3.10.14')).toBeUndefined();
    const spec = await repo({ 'pyproject.toml': "[project]\nrequires-python = '>=3.8,<3.11'\n" });
    expect(await pythonMismatch(spec, spec, '3.12.0')).toBe(
      "Python 3.12.0 runs the project, but pyproject.toml asks for requires-python >=3.8,<3.11: on GitLab set the component's `image` input to an image with that Python (GitHub's reusable workflows install it from the same file); elsewhere point the `python` input at one.",
    );
  });
});
