/**
 * `install` from `.maint-actions.yml` (the top-level key every action with the input inherits):
 * the schema is generated in the cached virtualenv python-env builds, with a real offline pip
 * install of a wheel made here, on a copy of examples/django-service.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, configFor, loadConfig, parseInputs } from '@maint-actions/core';
import { INSTALL_VENV } from '@maint-actions/python-env';
import {
  copyExampleService,
  FakePlatform,
  systemPython,
  tempDir,
  writeTinyWheel,
} from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './run';
import { spec } from './spec';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** The example service with `config` as its `.maint-actions.yml`, and pip pointed at a local wheel only. */
async function setUp(config: string) {
  const ws = await copyExampleService('maint-openapi-install-');
  cleanups.push(ws.cleanup);
  const wheels = await tempDir('maint-wheels-');
  cleanups.push(wheels.cleanup);
  writeTinyWheel(wheels.dir);
  await writeFile(path.join(ws.root, '.maint-actions.yml'), config);
  // The project's dependencies (Debian's Django, DRF and drf-spectacular, seen through the base
  // interpreter's packages) and one the base lacks, which pip must install.
  await writeFile(
    path.join(ws.root, 'requirements-ci.txt'),
    'Django\ndjangorestframework\ndrf-spectacular\ntinypkg==0.1\n',
  );
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    PIP_NO_INDEX: '1',
    PIP_FIND_LINKS: wheels.dir,
    PIP_CONFIG_FILE: '/dev/null',
  };
  return { ws, env };
}

/** What the entry does: the config's section for the action, under the given inputs. */
async function runWith(root: string, env: Record<string, string | undefined>, given: Record<string, string>) {
  const platform = new FakePlatform({
    env,
    inputs: given,
    context: { workspace: root, tempDir: os.tmpdir() },
  });
  const section = configFor(await loadConfig(root), spec);
  const inputs = parseInputs(spec, (name) => platform.getInput(name), section);
  return { platform, inputs, result: await run({ platform, inputs }) };
}

describe('generate-openapi: install from .maint-actions.yml', () => {
  it('builds the venv the top-level install names and generates the schema with its interpreter', async () => {
    const { ws, env } = await setUp('install: requirements-ci.txt\n');
    const { platform, inputs, result } = await runWith(ws.root, env, {
      'working-directory': ws.workingDirectory,
      python: systemPython,
      comment: 'false',
    });

    expect(inputs.install).toBe('requirements-ci.txt');
    expect(result.verdict, platform.logText).toBe('passed');
    expect(platform.logText).toContain(
      `Python environment: installing requirements-ci.txt into ${INSTALL_VENV}.`,
    );
    expect(platform.logText).toContain('[install] Successfully installed tinypkg-0.1');
    // drf-spectacular ran with the venv's interpreter, not the base one given as `python`.
    const venvPython = path.join(ws.root, INSTALL_VENV, 'bin', 'python');
    expect(platform.logText).toContain(`$ ${venvPython} manage.py spectacular --file `);
    expect(result.report?.checks.map((check) => `${check.id} ${check.status}`)).toContain('drift passed');
  }, 180_000);

  it('runs a command generator inside the venv, the section winning over the top-level key', async () => {
    const { ws, env } = await setUp(
      'install: no-such-file.txt\ngenerate-openapi:\n  install: requirements-ci.txt\n',
    );
    const command = `python -c "import os, shutil, sys, tinypkg; assert sys.prefix.endswith('venv'), sys.prefix; assert tinypkg.VALUE == 42; shutil.copy('schema.yml', os.environ['MAINT_SCHEMA_OUT'])"`;
    const { platform, result } = await runWith(ws.root, env, {
      'working-directory': ws.workingDirectory,
      python: systemPython,
      generator: 'command',
      command,
      comment: 'false',
    });
    expect(result.verdict, platform.logText).toBe('passed');
    expect(existsSync(path.join(ws.root, INSTALL_VENV, 'bin', 'python'))).toBe(true);
  }, 180_000);

  it('names install when the file is missing, and an explicit input wins over the file', async () => {
    const { ws, env } = await setUp('install: requirements-ci.txt\n');
    const error = await runWith(ws.root, env, {
      'working-directory': ws.workingDirectory,
      python: systemPython,
      install: 'backend/requirements-dev.txt',
      comment: 'false',
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      'Input "install" names backend/requirements-dev.txt, which is not a file (paths are relative to the repository root).',
    );
    expect(existsSync(path.join(ws.root, INSTALL_VENV))).toBe(false);
  });
});
