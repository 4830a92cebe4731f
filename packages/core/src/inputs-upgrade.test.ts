/** Upgrade safety of the inputs: retired inputs fail with what replaced them; sources say who set what. */
import { describe, expect, it } from 'vitest';
import { configFileName, configFor, type RepoConfig } from './config';
import { ConfigError } from './errors';
import { inputSources, parseInputs } from './inputs';
import { defineAction } from './spec';

const spec = defineAction({
  name: 'quality-gates',
  title: 'Quality gates',
  description: 'Runs the gates.',
  inputs: {
    'new-name': { type: 'string', description: 'The new name.' },
    level: { type: 'enum', description: 'Level.', values: ['ERROR', 'WARNING'], default: 'ERROR' },
    tags: { type: 'list', description: 'Tags.' },
    token: { type: 'string', description: 'Token.', secret: true },
  },
  outputs: {},
  retired: {
    'old-name': { replacedBy: 'new-name', since: '1.0.0' },
    'fast-mode': { removed: 'the gates always run in parallel', since: '2.0.0' },
  },
});

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const parse = (inputs: Record<string, string>, config?: Record<string, unknown>) =>
  parseInputs(spec, (name) => inputs[name], config);

describe('retired inputs', () => {
  it('fail with what replaced them when set in the workflow', () => {
    const error = configError(() => parse({ 'old-name': 'x' }));
    expect(error.message).toBe(
      'Input "old-name" was renamed to "new-name" in 1.0.0; rename it in your workflow.',
    );
    expect(error.input).toBe('old-name');
  });

  it('fail with why they went when removed', () => {
    expect(configError(() => parse({ 'fast-mode': 'true' })).message).toBe(
      'Input "fast-mode" was removed in 2.0.0: the gates always run in parallel; remove it from your workflow.',
    );
  });

  it('fail from .maint-actions.yml too, which configFor lets through to say so', () => {
    const config: RepoConfig = {
      path: '/ws/.maint-actions.yml',
      data: { 'quality-gates': { 'old-name': 'x' } },
    };
    const section = configFor(config, spec);
    expect(configError(() => parse({}, section)).message).toBe(
      'Input "old-name" in the repo config was renamed to "new-name" in 1.0.0; rename it in .maint-actions.yml.',
    );
  });

  it('name the file --config gave, as configFileName says it', () => {
    const config: RepoConfig = { path: '/ws/ci/maint.yml', data: { 'quality-gates': { 'old-name': 'x' } } };
    const section = configFor(config, spec);
    expect(
      configError(() => parseInputs(spec, () => undefined, section, configFileName(config, '/ws'))).message,
    ).toBe(
      'Input "old-name" in the repo config was renamed to "new-name" in 1.0.0; rename it in ci/maint.yml.',
    );
    expect(configFileName({ path: undefined, data: {} }, '/ws')).toBe('.maint-actions.yml');
  });

  it('are ignored while unset or blank', () => {
    expect(parse({ 'old-name': '  ', 'new-name': 'y' }, { 'fast-mode': '' })).toMatchObject({ newName: 'y' });
  });
});

describe('inputSources', () => {
  it('says which inputs came from the workflow, the repo config, the default, or nowhere', () => {
    const inputs = parse({ level: 'WARNING' }, { tags: 'a,b' });
    expect(inputSources(inputs)).toEqual({
      'new-name': 'unset',
      level: 'input',
      tags: 'config',
      token: 'unset',
    });
    expect(inputSources(parse({}))?.level).toBe('default');
  });

  it('knows nothing of a copy', () => {
    expect(inputSources({ ...parse({}) })).toBeUndefined();
  });
});
