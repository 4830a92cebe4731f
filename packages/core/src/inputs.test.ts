import { describe, expect, it } from 'vitest';
import { ConfigError } from './errors';
import { dotenvOutputName, gitlabInputVar, inputEnvName, inputSources, parseInputs } from './inputs';
import { defineAction } from './spec';

const spec = defineAction({
  name: 'quality-gates',
  title: 'Quality gates',
  description: 'Runs the gates.',
  inputs: {
    'working-directory': { type: 'path', description: 'Where the project is.', default: '.' },
    'python-version': { type: 'string', description: 'Python.' },
    'fail-fast': { type: 'boolean', description: 'Stop at the first failure.', default: false },
    'fail-level': {
      type: 'enum',
      description: 'Level.',
      values: ['ERROR', 'WARNING', 'INFO'],
      default: 'ERROR',
    },
    'max-workers': { type: 'number', description: 'Workers.', default: 4 },
    gates: {
      type: 'list',
      description: 'Gates to run.',
      values: ['pytest', 'check', 'schema'],
      default: ['pytest'],
    },
    tags: { type: 'list', description: 'Any tags.' },
    token: { type: 'string', description: 'API token.', secret: true },
  },
  outputs: {},
});

const requiredSpec = defineAction({
  name: 'tag-release',
  title: 'Tag release',
  description: 'Tags.',
  inputs: {
    environment: { type: 'enum', description: 'Where.', values: ['staging', 'production'], required: true },
    level: { type: 'number', description: 'How much.', required: true },
  },
  outputs: {},
});

function parse(inputs: Record<string, string>, config?: Record<string, unknown>) {
  return parseInputs(spec, (name) => inputs[name], config);
}

/** The ConfigError that `fn` throws. */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseInputs', () => {
  it("adds an explicit value of a `combine: 'add'` list to the config's list, each item once", () => {
    const adding = defineAction({
      name: 'adding',
      title: 'Adding',
      description: 'x',
      inputs: {
        warn: { type: 'list', description: 'w', default: [], combine: 'add' },
        only: { type: 'list', description: 'o' },
      },
      outputs: {},
    });
    const read = (name: string) => ({ warn: 'b, a', only: 'y' })[name];
    expect(parseInputs(adding, read, { warn: ['a', 'c'], only: ['x'] })).toEqual({
      warn: ['a', 'c', 'b'],
      only: ['y'],
    });
    expect(inputSources(parseInputs(adding, read, { warn: 'a' }))?.warn).toBe('input');
  });

  it('applies defaults and camelCases the keys', () => {
    expect(parse({})).toEqual({
      workingDirectory: '.',
      pythonVersion: undefined,
      failFast: false,
      failLevel: 'ERROR',
      maxWorkers: 4,
      gates: ['pytest'],
      tags: undefined,
      token: undefined,
    });
  });

  it('parses explicit values of every type, trimmed', () => {
    const inputs = parse({
      'working-directory': ' backend ',
      'python-version': '3.10',
      'fail-fast': 'TRUE',
      'fail-level': 'WARNING',
      'max-workers': ' 2.5 ',
      gates: 'pytest, check\nschema',
    });
    expect(inputs).toMatchObject({
      workingDirectory: 'backend',
      pythonVersion: '3.10',
      failFast: true,
      failLevel: 'WARNING',
      maxWorkers: 2.5,
      gates: ['pytest', 'check', 'schema'],
    });
  });

  it('treats an empty or blank input as unset', () => {
    expect(parse({ 'fail-level': '  ', 'python-version': '' })).toMatchObject({
      failLevel: 'ERROR',
      pythonVersion: undefined,
    });
  });

  it.each(['true', 'True', 'TRUE'])('reads %s as true', (text) => {
    expect(parse({ 'fail-fast': text }).failFast).toBe(true);
  });

  it.each(['false', 'False', 'FALSE'])('reads %s as false', (text) => {
    expect(parse({ 'fail-fast': ' ' + text + '\n' }).failFast).toBe(false);
  });

  it.each(['yes', '1', 'tRUE', 'on'])('rejects the boolean %s', (text) => {
    const error = configError(() => parse({ 'fail-fast': text }));
    expect(error.message).toBe(`Input "fail-fast" must be true or false (got "${text}").`);
    expect(error.input).toBe('fail-fast');
  });

  it.each(['abc', 'Infinity', '1e400', '0x10', '1,5', 'NaN'])('rejects the number %s', (text) => {
    expect(configError(() => parse({ 'max-workers': text })).message).toBe(
      `Input "max-workers" must be a number (got "${text}").`,
    );
  });

  it.each([
    ['-3', -3],
    ['+7', 7],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('accepts the number %s', (text, value) => {
    expect(parse({ 'max-workers': text }).maxWorkers).toBe(value);
  });

  it('checks an enum against its values, case-sensitively', () => {
    const error = configError(() => parse({ 'fail-level': 'WARN' }));
    expect(error.message).toBe('Input "fail-level" must be one of ERROR, WARNING, INFO (got "WARN").');
    expect(error.input).toBe('fail-level');
    expect(configError(() => parse({ 'fail-level': 'error' })).message).toContain('(got "error")');
  });

  it('splits lists on commas and newlines, trims items and drops empty ones', () => {
    expect(parse({ tags: 'a,,b\r\n\n c ,\n' }).tags).toEqual(['a', 'b', 'c']);
  });

  it('checks each list item against the values', () => {
    expect(configError(() => parse({ gates: 'pytest, lint' })).message).toBe(
      'Input "gates" must be a comma- or newline-separated list of pytest, check, schema (got "lint").',
    );
  });

  it('treats a list without items as unset', () => {
    expect(parse({ gates: ' , \n,' }).gates).toEqual(['pytest']);
  });

  it('keeps a path as the string given (not resolved)', () => {
    expect(parse({ 'working-directory': '../x/./y' }).workingDirectory).toBe('../x/./y');
  });

  it('escapes a multi-line value in the one-line message', () => {
    const error = configError(() => parse({ 'fail-level': 'WARN\nERROR' }));
    expect(error.message).toBe(
      'Input "fail-level" must be one of ERROR, WARNING, INFO (got "WARN\\nERROR").',
    );
  });

  it('never echoes the value of a secret input', () => {
    const secretEnum = defineAction({
      ...spec,
      inputs: { mode: { type: 'enum', description: 'm', values: ['a', 'b'], secret: true } },
    });
    const error = configError(() => parseInputs(secretEnum, () => 'hunter2'));
    expect(error.message).toBe('Input "mode" must be one of a, b.');
  });

  it('fails on a missing required input, saying what it accepts', () => {
    const error = configError(() => parseInputs(requiredSpec, () => undefined));
    expect(error.message).toBe('Input "environment" is required: set it to one of staging, production.');
    expect(error.input).toBe('environment');
    const level = configError(() =>
      parseInputs(requiredSpec, (n) => (n === 'environment' ? 'staging' : ' ')),
    );
    expect(level.message).toBe('Input "level" is required: set it to a number.');
  });
});

describe('parseInputs with the repo config', () => {
  it('uses config values over defaults, and explicit inputs over both', () => {
    const config = { 'fail-level': 'INFO', 'max-workers': '8', 'python-version': '3.12' };
    expect(parse({ 'python-version': '3.11' }, config)).toMatchObject({
      failLevel: 'INFO',
      maxWorkers: 8,
      pythonVersion: '3.11',
    });
  });

  it('accepts typed scalars and string lists', () => {
    const config = { 'fail-fast': true, 'max-workers': 3, gates: ['check', ' schema '], tags: 'x, y' };
    expect(parse({}, config)).toMatchObject({
      failFast: true,
      maxWorkers: 3,
      gates: ['check', 'schema'],
      tags: ['x', 'y'],
    });
  });

  it('treats null, blank and empty lists as unset', () => {
    expect(parse({}, { 'fail-level': null, 'python-version': ' ', gates: [] })).toMatchObject({
      failLevel: 'ERROR',
      pythonVersion: undefined,
      gates: ['pytest'],
    });
  });

  it('says a bad value came from the repo config', () => {
    expect(configError(() => parse({}, { 'fail-level': 'WARN' })).message).toBe(
      'Input "fail-level" in the repo config must be one of ERROR, WARNING, INFO (got "WARN").',
    );
    expect(configError(() => parse({}, { gates: ['pytest', 'lint'] })).message).toBe(
      'Input "gates" in the repo config must be a comma- or newline-separated list of pytest, check, schema (got "lint").',
    );
    expect(configError(() => parse({}, { 'fail-fast': 'yes' })).message).toBe(
      'Input "fail-fast" in the repo config must be true or false (got "yes").',
    );
  });

  it('rejects a list for a single-valued input, and a mapping anywhere', () => {
    const list = configError(() => parse({}, { 'python-version': ['3.11', '3.12'] }));
    expect(list.message).toBe('Input "python-version" in the repo config must be a string.');
    expect(list.input).toBe('python-version');
    expect(configError(() => parse({}, { gates: [{ name: 'pytest' }] })).message).toBe(
      'Input "gates" in the repo config must be a comma- or newline-separated list of pytest, check, schema.',
    );
    expect(configError(() => parse({}, { 'max-workers': { n: 1 } })).message).toBe(
      'Input "max-workers" in the repo config must be a number.',
    );
  });

  it('satisfies a required input from the config', () => {
    expect(parseInputs(requiredSpec, () => undefined, { environment: 'staging', level: '0' })).toMatchObject({
      environment: 'staging',
      level: 0,
    });
  });

  it('gives each parse its own copy of a default list', () => {
    const first = parse({});
    first.gates.push('schema');
    expect(parse({}).gates).toEqual(['pytest']);
  });
});

describe('platform names', () => {
  it('builds the GitHub input variable as the runner does', () => {
    expect(inputEnvName('working-directory')).toBe('INPUT_WORKING-DIRECTORY');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('builds the GitLab input variable in upper snake case', () => {
    expect(gitlabInputVar('working-directory')).toBe('MAINT_INPUT_WORKING_DIRECTORY');
    expect(gitlabInputVar('token')).toBe('MAINT_INPUT_TOKEN');
  });

  it('builds the dotenv output name from action and output', () => {
    expect(dotenvOutputName('quality-gates', 'status')).toBe('MAINT_QUALITY_GATES_STATUS');
    expect(dotenvOutputName('generate-openapi', 'schema-path')).toBe('MAINT_GENERATE_OPENAPI_SCHEMA_PATH');
  });
});
