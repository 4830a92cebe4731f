import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '@maint-actions/core';
import { systemPython as SYSTEM_PYTHON } from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { activateVenv, findTool, hasModule, PROBED_MODULES, resolvePython } from './interpreter';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function dir(): Promise<string> {
  const made = await mkdtemp(path.join(os.tmpdir(), 'python-env-'));
  cleanups.push(() => rm(made, { recursive: true, force: true }));
  return made;
}

/** A venv-shaped directory whose bin/python is Debian's interpreter. */
async function fakeVenv(venv: string): Promise<string> {
  await mkdir(path.join(venv, 'bin'), { recursive: true });
  await writeFile(path.join(venv, 'pyvenv.cfg'), 'home = /usr/bin\n');
  await symlink(SYSTEM_PYTHON, path.join(venv, 'bin/python'));
  return path.join(venv, 'bin/python');
}

describe('resolvePython', () => {
  it('takes an explicit path (relative to the workspace) or a command on PATH, and asks its version', async () => {
    const ws = await dir();
    const venvPython = await fakeVenv(path.join(ws, 'tools/venv'));
    const env = { PATH: '/usr/bin:/bin' };
    const byPath = await resolvePython({ python: 'tools/venv/bin/python', workspace: ws, cwd: ws, env });
    expect(byPath.path).toBe(venvPython);
    expect(byPath.version).toMatch(/^3\.\d+\.\d+$/);
    const byCommand = await resolvePython({ python: 'python3', workspace: ws, cwd: ws, env });
    expect(byCommand.path).toBe('/usr/bin/python3');
  });

  it('auto prefers the working directory .venv, then the install venv, then python3 on PATH', async () => {
    const ws = await dir();
    const cwd = path.join(ws, 'backend');
    const installVenv = path.join(ws, '.maint-actions/venv');
    const env = { PATH: '/usr/bin:/bin' };
    const options = { python: 'auto', workspace: ws, cwd, installVenv, env };
    expect((await resolvePython(options)).path).toBe('/usr/bin/python3');
    const fromInstall = await fakeVenv(installVenv);
    expect((await resolvePython(options)).path).toBe(fromInstall);
    const local = await fakeVenv(path.join(cwd, '.venv'));
    expect((await resolvePython(options)).path).toBe(local);
  });

  it('is a configuration error naming the python input', async () => {
    const ws = await dir();
    const attempt = (python: string, env = { PATH: '/usr/bin:/bin' }) =>
      resolvePython({ python, workspace: ws, cwd: ws, env }).then(
        () => expect.unreachable(),
        (e: unknown) => e as ConfigError,
      );
    const missing = await attempt('bin/python');
    expect(missing).toBeInstanceOf(ConfigError);
    expect(missing.input).toBe('python');
    expect(missing.message).toBe(
      `Input "python" names no interpreter: ${ws}/bin/python is not an executable file.`,
    );
    expect((await attempt('auto', { PATH: ws })).message).toBe(
      'No Python interpreter found (tried .venv/bin/python in the working directory, python3 and python on PATH): set the "python" input to an interpreter.',
    );
    await writeFile(path.join(ws, 'false-python'), '#!/bin/sh\necho broken >&2\nexit 3\n', { mode: 0o755 });
    expect((await attempt('./false-python')).message).toBe(
      `Input "python": ${ws}/false-python does not run (broken); set it to a working interpreter.`,
    );
  });
});

describe('tools of an interpreter', () => {
  it('knows which modules it has', async () => {
    expect(await hasModule(SYSTEM_PYTHON, 'flake8', process.env)).toBe(true);
    expect(await hasModule(SYSTEM_PYTHON, 'no_such_module_here', process.env)).toBe(false);
  });

  it('learns the probed modules with the version, in the one start of the interpreter', async () => {
    const ws = await dir();
    const python = await resolvePython({ python: SYSTEM_PYTHON, workspace: ws, cwd: ws, env: process.env });
    expect([...python.modules.keys()]).toEqual([...PROBED_MODULES]);
    expect(python.modules.get('flake8')).toBe(true);
    expect(python.modules.get('django')).toBe(true);
    // Answered from what the start learnt: an interpreter that would now fail is not asked again.
    const gone = { ...python, path: path.join(ws, 'no-python-here') };
    expect(await hasModule(gone, 'pytest', process.env)).toBe(python.modules.get('pytest'));
    // A module outside the probed list is asked for.
    expect(await hasModule(python, 'no_such_module_here', process.env)).toBe(false);
  });

  it('finds a tool beside the interpreter before PATH', async () => {
    const ws = await dir();
    const python = await fakeVenv(path.join(ws, 'venv'));
    const env = { PATH: '/usr/bin:/bin' };
    expect(await findTool(python, 'lint-imports', env)).toBeUndefined();
    await writeFile(path.join(ws, 'venv/bin/lint-imports'), '#!/bin/sh\n', { mode: 0o755 });
    expect(await findTool(python, 'lint-imports', env)).toBe(path.join(ws, 'venv/bin/lint-imports'));
    expect(await findTool(python, 'sh', env)).toBe('/usr/bin/sh');
  });

  it('activates a venv interpreter for the gates, and leaves a system one alone', async () => {
    const ws = await dir();
    const python = await fakeVenv(path.join(ws, 'venv'));
    expect(activateVenv({ PATH: '/usr/bin' }, python)).toEqual({
      PATH: `${ws}/venv/bin:/usr/bin`,
      VIRTUAL_ENV: `${ws}/venv`,
    });
    expect(activateVenv({ PATH: '/usr/bin' }, SYSTEM_PYTHON)).toEqual({ PATH: '/usr/bin' });
  });
});
