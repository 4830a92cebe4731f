import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configFor, loadConfig, type RepoConfig } from './config';
import { ConfigError } from './errors';
import { parseInputs } from './inputs';
import { defineAction } from './spec';

const spec = defineAction({
  name: 'quality-gates',
  title: 'Quality gates',
  description: 'Runs the gates.',
  inputs: {
    'python-version': { type: 'string', description: 'Python.' },
    'fail-fast': { type: 'boolean', description: 'Stop early.', default: false },
    gates: { type: 'list', description: 'Gates.', values: ['pytest', 'check'] },
    token: { type: 'string', description: 'Token.', secret: true },
  },
  outputs: {},
});

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'maint-config-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<ConfigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ConfigError) return error;
  throw new Error(`expected a ConfigError, got ${String(error)}`);
}

function thrown(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives an empty config when the repo has no file', async () => {
    expect(await loadConfig(workspace)).toEqual({ path: undefined, data: {} });
  });

  it('reads .maint-actions.yml, keeping every scalar as the text written', async () => {
    const file = path.join(workspace, '.maint-actions.yml');
    await writeFile(
      file,
      [
        'quality-gates:',
        '  python-version: 3.10',
        '  fail-fast: true',
        '  gates: [pytest, check]',
        'ignore:',
        '  - vendor/**',
      ].join('\n'),
    );
    expect(await loadConfig(workspace)).toEqual({
      path: file,
      data: {
        'quality-gates': { 'python-version': '3.10', 'fail-fast': 'true', gates: ['pytest', 'check'] },
        ignore: ['vendor/**'],
      },
    });
  });

  it('reads .maint-actions.yaml, and prefers .yml when both exist', async () => {
    await writeFile(path.join(workspace, '.maint-actions.yaml'), 'a: yaml\n');
    expect((await loadConfig(workspace)).data).toEqual({ a: 'yaml' });
    await writeFile(path.join(workspace, '.maint-actions.yml'), 'a: yml\n');
    expect((await loadConfig(workspace)).data).toEqual({ a: 'yml' });
  });

  it('reads an explicit path relative to the workspace, and fails when it is missing', async () => {
    await mkdir(path.join(workspace, 'ci'));
    await writeFile(path.join(workspace, 'ci', 'maint.yml'), 'quality-gates:\n  fail-fast: false\n');
    const config = await loadConfig(workspace, 'ci/maint.yml');
    expect(config).toEqual({
      path: path.join(workspace, 'ci', 'maint.yml'),
      data: { 'quality-gates': { 'fail-fast': 'false' } },
    });
    const error = await rejection(loadConfig(workspace, 'ci/other.yml'));
    expect(error.message).toBe(`Config file ci/other.yml not found in ${workspace}.`);
  });

  it('treats an empty file or one with only comments as empty', async () => {
    await writeFile(path.join(workspace, '.maint-actions.yml'), '# nothing yet\n');
    expect((await loadConfig(workspace)).data).toEqual({});
  });

  it('names the file and line of a YAML error, in one line', async () => {
    await writeFile(
      path.join(workspace, '.maint-actions.yml'),
      'quality-gates:\n  gates: pytest\n  gates: check\n',
    );
    const error = await rejection(loadConfig(workspace));
    expect(error.message).toBe('.maint-actions.yml:3: invalid YAML: Map keys must be unique.');
    await writeFile(path.join(workspace, '.maint-actions.yml'), 'quality-gates:\n  python-version: "3.11\n');
    expect((await rejection(loadConfig(workspace))).message).toMatch(
      /^\.maint-actions\.yml:3: invalid YAML: Missing closing "quote\.$/,
    );
  });

  it('rejects a file that is not a mapping', async () => {
    await writeFile(path.join(workspace, '.maint-actions.yml'), '- quality-gates\n');
    expect((await rejection(loadConfig(workspace))).message).toBe(
      '.maint-actions.yml: expected a mapping of action names to their inputs.',
    );
  });
});

describe('configFor', () => {
  const file = '/repo/.maint-actions.yml';

  it("returns the action's section, or nothing", () => {
    const config: RepoConfig = {
      path: file,
      data: { 'quality-gates': { 'python-version': '3.12' }, other: {} },
    };
    expect(configFor(config, spec)).toEqual({ 'python-version': '3.12' });
    expect(configFor({ path: undefined, data: {} }, spec)).toEqual({});
    expect(configFor({ path: file, data: { 'quality-gates': '' } }, spec)).toEqual({});
  });

  it('rejects a key that is not an input, listing the inputs', () => {
    const error = thrown(() =>
      configFor({ path: file, data: { 'quality-gates': { gatez: 'pytest' } } }, spec),
    );
    expect(error.message).toBe(
      '.maint-actions.yml: quality-gates has no input "gatez"; inputs are: python-version, fail-fast, gates, token.',
    );
    expect(error.input).toBe('gatez');
  });

  it('names the file the config came from', () => {
    const yaml = { path: '/repo/.maint-actions.yaml', data: { 'quality-gates': { nope: '1' } } };
    expect(thrown(() => configFor(yaml, spec)).message).toMatch(
      /^\.maint-actions\.yaml: quality-gates has no input/,
    );
  });

  it('refuses a secret input in a committed file', () => {
    const error = thrown(() => configFor({ path: file, data: { 'quality-gates': { token: 'abc' } } }, spec));
    expect(error.message).toBe(
      '.maint-actions.yml: quality-gates input "token" is a secret; pass it from a CI secret variable, not a committed file.',
    );
    expect(error.input).toBe('token');
  });

  it('rejects a section that is not a mapping', () => {
    expect(thrown(() => configFor({ path: file, data: { 'quality-gates': ['pytest'] } }, spec)).message).toBe(
      '.maint-actions.yml: quality-gates must be a mapping of input names to values.',
    );
  });

  it('feeds parseInputs from a real file', async () => {
    await writeFile(
      path.join(workspace, '.maint-actions.yml'),
      'quality-gates:\n  python-version: 3.10\n  gates: check\n',
    );
    const section = configFor(await loadConfig(workspace), spec);
    const inputs = parseInputs(spec, (name) => (name === 'fail-fast' ? 'true' : undefined), section);
    expect(inputs).toEqual({ pythonVersion: '3.10', failFast: true, gates: ['check'], token: undefined });
  });
});
