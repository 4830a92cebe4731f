import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import rootPackage from '../../../../package.json';
import { configFor, type RepoConfig } from '../config';
import { ConfigError } from '../errors';
import { defineAction } from '../spec';
import { loadPolicy } from './load';
import { type Policy, policyLabel, policySection, rolloutProblems } from './model';
import { POLICY_MAJOR, type PolicyPresets, presetPolicy } from './presets';

/** Presets as an action hands them to loadPolicy (the real ones live with their action). */
const PRESETS: PolicyPresets = Object.fromEntries(
  ['relaxed', 'standard', 'strict'].map((name) => [
    name,
    presetPolicy(name, `the ${name} preset`, {
      'quality-gates': {
        gates: { lint: { mode: name === 'relaxed' ? 'off' : 'warn', since: '1.0.0' } },
        inputs: {},
      },
    }),
  ]),
);

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'maint-policy-'));
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

async function policyFile(text: string, relative = '.platform/policy.yml'): Promise<string> {
  const file = path.join(workspace, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return `./${relative}`;
}

describe('loadPolicy', () => {
  it('finds a preset by name, versioned with the major', async () => {
    const policy = await loadPolicy('standard', workspace, PRESETS);
    expect(policyLabel(policy)).toBe('standard@1');
    expect(policy.actions['quality-gates']?.gates.lint).toEqual({ mode: 'warn', since: '1.0.0' });
  });

  it('names the presets in the one-line error for an unknown one', async () => {
    const error = await rejection(loadPolicy('stricter', workspace, PRESETS));
    expect(error.message).toBe(
      'Input "policy": unknown policy "stricter"; use one of relaxed, standard, strict, or the path of a policy file such as ./.platform/policy.yml.',
    );
    expect(error.input).toBe('policy');
  });

  it('reads a policy file relative to the workspace, gates as a mode or with since', async () => {
    const ref = await policyFile(`name: acme
version: 3
description: Acme's bar
quality-gates:
  gates:
    pytest: enforce
    lint: { mode: warn, since: 1.2.0 }
  django-check-fail-level: WARNING
  required-sections: [Summary, Risks]
`);
    expect(await loadPolicy(ref, workspace, PRESETS)).toEqual({
      name: 'acme',
      version: '3',
      source: './.platform/policy.yml',
      description: "Acme's bar",
      actions: {
        'quality-gates': {
          gates: { pytest: { mode: 'enforce' }, lint: { mode: 'warn', since: '1.2.0' } },
          inputs: { 'django-check-fail-level': 'WARNING', 'required-sections': ['Summary', 'Risks'] },
        },
      },
    });
  });

  it('takes a bare file name with a YAML extension as a file', async () => {
    await policyFile('name: local\nversion: 1\n', 'policy.yaml');
    expect((await loadPolicy('policy.yaml', workspace, PRESETS)).name).toBe('local');
  });

  it('says how to get a policy file that is not there', async () => {
    expect((await rejection(loadPolicy('./.platform/policy.yml', workspace, PRESETS))).message).toBe(
      'Input "policy": policy file ./.platform/policy.yml not found in the workspace; check out the repo that holds it first (actions/checkout with a path).',
    );
  });

  it.each([
    ['version: 1\n', './p.yml: a policy needs a "name" and a "version", such as name: acme and version: 1.'],
    [
      'name: a\nversion: 1\nquality-gates: strict\n',
      './p.yml: quality-gates must be a mapping of "gates" and input values.',
    ],
    [
      'name: a\nversion: 1\nquality-gates:\n  gates: [pytest]\n',
      './p.yml: quality-gates gates must be a mapping of gate names to modes.',
    ],
    [
      'name: a\nversion: 1\nquality-gates:\n  gates:\n    lint: loud\n',
      './p.yml: quality-gates gate "lint" must be enforce, warn, off (got "loud").',
    ],
    [
      'name: a\nversion: [1\n',
      './p.yml:3: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].',
    ],
  ])('rejects a malformed policy file %#', async (text, message) => {
    await policyFile(text, 'p.yml');
    expect((await rejection(loadPolicy('./p.yml', workspace, PRESETS))).message).toBe(message);
  });
});

describe('policySection', () => {
  it("is the action's section, or empty when the policy is about other actions only", async () => {
    await policyFile('name: acme\nversion: 2\nquality-gates:\n  gates:\n    lint: warn\nusage-alert: {}\n');
    const policy = await loadPolicy('./.platform/policy.yml', workspace, PRESETS);
    expect(policySection(policy, 'quality-gates').gates).toEqual({ lint: { mode: 'warn' } });
    expect(policySection(policy, 'dependency-audit')).toEqual({ gates: {}, inputs: {} });
  });

  it('stops at a section named like the action, which would leave every gate at its default', async () => {
    await policyFile('name: acme\nversion: 2\nquality-gate:\n  gates:\n    lint: warn\n');
    const policy = await loadPolicy('./.platform/policy.yml', workspace, PRESETS);
    const error = (() => {
      try {
        policySection(policy, 'quality-gates');
      } catch (thrown) {
        return thrown as ConfigError;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      './.platform/policy.yml: the policy has no "quality-gates" section but has "quality-gate"; rename it to "quality-gates".',
    );
  });
});

describe('POLICY_MAJOR', () => {
  it('is the major being released (0.x counts as the first major)', () => {
    expect(POLICY_MAJOR).toBe(Math.max(1, Number(rootPackage.version.split('.')[0])));
  });
});

describe('rolloutProblems', () => {
  const policy = (gates: Policy['actions'][string]['gates']): Policy => ({
    name: 'p',
    version: '1',
    source: 'preset',
    description: '',
    actions: { 'quality-gates': { gates, inputs: {} } },
  });

  it('holds a gate from a minor release at warn or off until the next major', () => {
    expect(
      rolloutProblems(
        policy({
          pytest: { mode: 'enforce', since: '1.0.0' },
          lint: { mode: 'enforce', since: '1.3.0' },
          'change-flow': { mode: 'warn', since: '1.4.0' },
          slow: { mode: 'off', since: '1.5.1' },
          fresh: { mode: 'warn', since: '2.0.0' },
          bare: { mode: 'warn' },
        }),
      ),
    ).toEqual([
      'p@1: quality-gates gate lint arrived in 1.3.0, a minor release, so it is warn or off until 2.0.0 (not enforce)',
      'p@1: quality-gates gate fresh arrived in 2.0.0, after major 1',
      'p@1: quality-gates gate bare needs "since", the release that introduced it',
    ]);
  });

  it('lets the next major enforce it', () => {
    expect(
      rolloutProblems({ ...policy({ lint: { mode: 'enforce', since: '1.3.0' } }), version: '2' }),
    ).toEqual([]);
  });
});

describe('the top-level policy of .maint-actions.yml', () => {
  const withPolicy = defineAction({
    name: 'quality-gates',
    title: 'Quality gates',
    description: 'Runs the gates.',
    inputs: {
      policy: { type: 'string', description: 'Policy.' },
      gates: { type: 'list', description: 'Gates.' },
    },
    outputs: {},
  });
  const without = defineAction({
    name: 'tag-release',
    title: 'T',
    description: 'T.',
    inputs: {},
    outputs: {},
  });
  const config = (data: Record<string, unknown>): RepoConfig => ({ path: '/ws/.maint-actions.yml', data });

  it('reaches every action with a policy input, below its own section', () => {
    expect(configFor(config({ policy: 'strict' }), withPolicy)).toEqual({ policy: 'strict' });
    expect(configFor(config({ policy: 'strict', 'quality-gates': { gates: 'pytest' } }), withPolicy)).toEqual(
      {
        policy: 'strict',
        gates: 'pytest',
      },
    );
    expect(
      configFor(config({ policy: 'strict', 'quality-gates': { policy: 'relaxed' } }), withPolicy),
    ).toEqual({
      policy: 'relaxed',
    });
    expect(configFor(config({ policy: 'strict' }), without)).toEqual({});
  });

  it('must be a name or a path', () => {
    expect(() => configFor(config({ policy: { name: 'strict' } }), withPolicy)).toThrow(
      '.maint-actions.yml: policy must be a preset name or a policy file path, such as "policy: standard".',
    );
  });
});
