import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configFor, configuredPythonVersion, loadConfig, type RepoConfig } from './config';
import { ConfigError } from './errors';
import { parseInputs } from './inputs';
import { defineAction } from './spec';

// Named after a real action with inputs of its names: loadConfig checks every key against the
// keys the tool reads (config-keys.json).
const spec = defineAction({
  name: 'quality-gates',
  title: 'Quality gates',
  description: 'Runs the gates.',
  inputs: {
    python: { type: 'string', description: 'Python.' },
    'django-check-deploy': { type: 'boolean', description: 'Deploy checks.', default: false },
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
        '  python: 3.10',
        '  django-check-deploy: true',
        '  gates: [pytest, check]',
        'checklists:',
        '  weekly:',
        '    - Read the error log.',
      ].join('\n'),
    );
    expect(await loadConfig(workspace)).toEqual({
      path: file,
      data: {
        'quality-gates': { python: '3.10', 'django-check-deploy': 'true', gates: ['pytest', 'check'] },
        checklists: { weekly: ['Read the error log.'] },
      },
    });
  });

  it('reads .maint-actions.yaml, and prefers .yml when both exist', async () => {
    await writeFile(path.join(workspace, '.maint-actions.yaml'), 'policy: yaml\n');
    expect((await loadConfig(workspace)).data).toEqual({ policy: 'yaml' });
    await writeFile(path.join(workspace, '.maint-actions.yml'), 'policy: yml\n');
    expect((await loadConfig(workspace)).data).toEqual({ policy: 'yml' });
  });

  it('reads an explicit path relative to the workspace, and fails when it is missing', async () => {
    await mkdir(path.join(workspace, 'ci'));
    await writeFile(
      path.join(workspace, 'ci', 'maint.yml'),
      'quality-gates:\n  django-check-deploy: false\n',
    );
    const config = await loadConfig(workspace, 'ci/maint.yml');
    expect(config).toEqual({
      path: path.join(workspace, 'ci', 'maint.yml'),
      data: { 'quality-gates': { 'django-check-deploy': 'false' } },
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
    await writeFile(path.join(workspace, '.maint-actions.yml'), 'quality-gates:\n  python: "3.11\n');
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
      data: { 'quality-gates': { python: '3.12' }, other: {} },
    };
    expect(configFor(config, spec)).toEqual({ python: '3.12' });
    expect(configFor({ path: undefined, data: {} }, spec)).toEqual({});
    expect(configFor({ path: file, data: { 'quality-gates': '' } }, spec)).toEqual({});
  });

  it('rejects a key that is not an input, listing the inputs', () => {
    const error = thrown(() =>
      configFor({ path: file, data: { 'quality-gates': { gatez: 'pytest' } } }, spec),
    );
    expect(error.message).toBe(
      '.maint-actions.yml: quality-gates has no input "gatez"; inputs are: python, django-check-deploy, gates, token.',
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
      'quality-gates:\n  python: 3.10\n  gates: check\n',
    );
    const section = configFor(await loadConfig(workspace), spec);
    const inputs = parseInputs(
      spec,
      (name) => (name === 'django-check-deploy' ? 'true' : undefined),
      section,
    );
    expect(inputs).toEqual({ python: '3.10', djangoCheckDeploy: true, gates: ['check'], token: undefined });
  });
});

describe('the whole file, checked up front', () => {
  async function loadError(text: string): Promise<string> {
    await writeFile(path.join(workspace, '.maint-actions.yml'), text);
    return (await rejection(loadConfig(workspace))).message;
  }

  it('rejects an unknown top-level key, suggesting the one meant', async () => {
    expect(await loadError('# settings\npolcy: standard\n')).toBe(
      '.maint-actions.yml:2: "polcy" is not a top-level key; did you mean "policy"?',
    );
    expect(await loadError('quality-gate:\n  gates: pytest\n')).toBe(
      '.maint-actions.yml:1: "quality-gate" is not a top-level key; did you mean "quality-gates"?',
    );
  });

  it("rejects a typo inside any action's section, not only the caller's", async () => {
    expect(
      await loadError('quality-gates:\n  warn: lint\nsmoke-test-gate:\n  ready-pth: /api/healthz\n'),
    ).toBe(
      '.maint-actions.yml:4: smoke-test-gate.ready-pth is not an input of smoke-test-gate; did you mean "ready-path"?',
    );
  });

  it('lists the keys when nothing is near, never offering a secret', async () => {
    const message = await loadError('smoke-test-gate:\n  zzzzzzzzzz: 1\n');
    expect(message).toMatch(
      /^\.maint-actions\.yml:2: smoke-test-gate\.zzzzzzzzzz is not an input of smoke-test-gate; remove it or use one of: base-url, checks, /,
    );
    expect(message).not.toContain('auth-header');
  });

  it('refuses a secret input in any section', async () => {
    expect(await loadError('smoke-test-gate:\n  auth-header: "Bearer x"\n')).toBe(
      '.maint-actions.yml:2: smoke-test-gate.auth-header is a secret; pass it from a CI secret variable, not a committed file.',
    );
  });

  it("checks the owners' sections: checklists, dependency-audit-ignore, openapi-diff", async () => {
    expect(await loadError('checklists:\n  montly:\n    - Review.\n')).toBe(
      '.maint-actions.yml:2: checklists.montly is not a key of checklists; did you mean "monthly"?',
    );
    expect(
      await loadError('dependency-audit-ignore:\n  - id: GHSA-1\n    reson: no proxies\n    owner: "@a"\n'),
    ).toBe(
      '.maint-actions.yml:3: dependency-audit-ignore[1].reson is not a key of an entry of dependency-audit-ignore; did you mean "reason"?',
    );
    expect(await loadError('openapi-diff:\n  level:\n    parameter-removed: info\n')).toBe(
      '.maint-actions.yml:2: openapi-diff.level is not a key of openapi-diff; did you mean "levels"?',
    );
    expect(await loadError('dependency-audit-ignore:\n  id: GHSA-1\n')).toBe(
      '.maint-actions.yml:2: dependency-audit-ignore must be a list, each item a line starting with "- ".',
    );
  });

  it('rejects a section that is not a mapping, and lets an empty one be', async () => {
    expect(await loadError('smoke-test-gate: /healthz\n')).toBe(
      '.maint-actions.yml:1: smoke-test-gate must be a mapping of inputs of smoke-test-gate to their values.',
    );
    await writeFile(path.join(workspace, '.maint-actions.yml'), 'smoke-test-gate:\nchecklists:\n');
    expect((await loadConfig(workspace)).data).toEqual({ 'smoke-test-gate': '', checklists: '' });
  });

  it('accepts every key a real file uses, the example service its own', async () => {
    const example = path.join(repoRoot, 'examples', 'django-service');
    expect(Object.keys((await loadConfig(example)).data)).toEqual(['checklists']);
    await writeFile(
      path.join(workspace, '.maint-actions.yml'),
      [
        'policy: standard',
        'quality-gates:',
        '  warn: [lint]',
        '  install: requirements.txt',
        'smoke-test-gate:',
        '  ready-path: /api/healthz',
        '  version-pointer: /version',
        'openapi-diff:',
        '  levels:',
        '    parameter-removed: info',
        'dependency-audit-ignore:',
        '  - { id: GHSA-1, reason: r, owner: o, expires: 2030-01-01 }',
      ].join('\n'),
    );
    expect(Object.keys((await loadConfig(workspace)).data)).toHaveLength(5);
  });
});

describe('top-level install and python-version: set once, inherited by every action with the input', () => {
  // An action with an `install` input, and `spec` above, which has none.
  const openapi = defineAction({
    name: 'generate-openapi',
    title: 'OpenAPI schema',
    description: 'Generates the schema.',
    inputs: {
      install: { type: 'path', description: 'Files to install.' },
      schema: { type: 'path', description: 'Schema.', default: 'schema.yml' },
    },
    outputs: {},
  });
  const write = (text: string) => writeFile(path.join(workspace, '.maint-actions.yml'), text);

  it('gives the top-level install to an action with the input, and not to one without', async () => {
    await write("install: requirements/dev.txt\npython-version: '3.10'\nquality-gates:\n  python: python3\n");
    const config = await loadConfig(workspace);
    expect(configFor(config, openapi)).toEqual({ install: 'requirements/dev.txt' });
    expect(configFor(config, spec)).toEqual({ python: 'python3' });
    expect(parseInputs(openapi, () => undefined, configFor(config, openapi))).toEqual({
      install: 'requirements/dev.txt',
      schema: 'schema.yml',
    });
  });

  it("lets the action's own section win, and an explicit input win over both", async () => {
    await write('install: requirements.txt\ngenerate-openapi:\n  install: backend/pyproject.toml\n');
    const section = configFor(await loadConfig(workspace), openapi);
    expect(section).toEqual({ install: 'backend/pyproject.toml' });
    expect(parseInputs(openapi, () => undefined, section).install).toBe('backend/pyproject.toml');
    const given = (name: string) => (name === 'install' ? 'ci/requirements.txt' : undefined);
    expect(parseInputs(openapi, given, section).install).toBe('ci/requirements.txt');
  });

  it('suggests the key meant for a typo, and names the shape of a bad value', async () => {
    await write('instal: requirements.txt\n');
    expect((await rejection(loadConfig(workspace))).message).toBe(
      '.maint-actions.yml:1: "instal" is not a top-level key; did you mean "install"?',
    );
    await write('python-verison: "3.12"\n');
    expect((await rejection(loadConfig(workspace))).message).toBe(
      '.maint-actions.yml:1: "python-verison" is not a top-level key; did you mean "python-version"?',
    );
    const list = thrown(() =>
      configFor({ path: '/r/.maint-actions.yml', data: { install: ['a'] } }, openapi),
    );
    expect(list.message).toBe(
      '.maint-actions.yml: install must be one line of requirement files or pyproject.toml, comma-separated and relative to the repository root, of letters, digits and ._/- only, no ".." (rename a file with other characters, or pass the install input), such as "install: requirements/dev.txt".',
    );
  });

  it('accepts only plain relative paths for install, as the GitHub shell steps read it', () => {
    for (const bad of [
      '$(id)',
      'requirements.txt; id',
      '../outside.txt',
      'requirements/../../x.txt',
      '/etc/requirements.txt',
      '-r requirements.txt',
      'my requirements.txt',
      'requirements.txt,',
    ]) {
      const error = thrown(() => configFor({ path: '/r/.maint-actions.yml', data: { install: bad } }, spec));
      expect({ bad, message: error.message }).toEqual({
        bad,
        message:
          '.maint-actions.yml: install must be one line of requirement files or pyproject.toml, comma-separated and relative to the repository root, of letters, digits and ._/- only, no ".." (rename a file with other characters, or pass the install input), such as "install: requirements/dev.txt".',
      });
    }
    for (const good of [
      'requirements.txt',
      'backend/requirements/dev.txt, backend/pyproject.toml',
      '.ci/req.txt',
    ]) {
      expect(configFor({ path: '/r/.maint-actions.yml', data: { install: good } }, openapi)).toEqual({
        install: good,
      });
    }
  });

  it('accepts install: only as the one line the GitHub shell steps read', async () => {
    const shape =
      ': write install: as one line, the key unquoted at its start and the files after it, such as "install: requirements/base.txt, requirements/dev.txt" (GitHub\'s maintenance jobs read that line as text).';
    for (const [text, line] of [
      ['"install": requirements.txt\n', 1],
      ['policy: standard\ninstall: a.txt,\n  b.txt\n', 2],
      ['install: >-\n  requirements.txt\n', 1],
      ['install: &files requirements.txt\n', 1],
      ['{install: requirements.txt}\n', 1],
      ['install: !!str requirements.txt\n', 1],
    ] as const) {
      await write(text);
      const error = await loadConfig(workspace).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toBe(`.maint-actions.yml:${line}${shape}`);
    }
    for (const text of ['install: requirements.txt\n', "install: 'a.txt, b.txt'  # dev\n", 'install:\n']) {
      await write(text);
      await expect(loadConfig(workspace)).resolves.toBeDefined();
    }
  });

  it('names the file in force by its path in the workspace', () => {
    const config = { path: '/r/ci/maint.yml', data: { install: '/etc/passwd', 'python-version': 'x' } };
    expect(() => configFor(config, openapi, '/r')).toThrow(/^ci\/maint\.yml: install must be /);
    expect(() => configuredPythonVersion(config, '/r')).toThrow(/^ci\/maint\.yml: python-version must be /);
  });

  it('accepts only a plain version for python-version, checked for every action', async () => {
    for (const bad of ['3', '3.12; rm -rf /', '$(id)', '>=3.10', 'python-3.12']) {
      const error = thrown(() =>
        configuredPythonVersion({ path: '/r/.maint-actions.yml', data: { 'python-version': bad } }),
      );
      expect(error.message).toBe(
        `.maint-actions.yml: python-version must be a Python version such as "python-version: '3.12'" (major.minor, or major.minor.patch).`,
      );
      // Even an action without the input stops on it: the file is wrong for every action.
      expect(() =>
        configFor({ path: '/r/.maint-actions.yml', data: { 'python-version': bad } }, spec),
      ).toThrow('python-version must be a Python version');
    }
    await write('python-version: 3.10\n');
    // The failsafe schema keeps 3.10 as written (not the number 3.1).
    expect(configuredPythonVersion(await loadConfig(workspace))).toBe('3.10');
    expect(configuredPythonVersion({ path: undefined, data: {} })).toBeUndefined();
  });
});
