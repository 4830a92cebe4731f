import { type ActionDefinition, ConfigError } from '@maint-actions/core';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { echoGates } from './test-action';

const actions = [echoGates];
const run = (...argv: string[]) => parseArgs(argv, actions);
const inputsOf = (...argv: string[]) => {
  const parsed = run(...argv);
  if (parsed.command !== 'run') throw new Error(`expected a run, got ${parsed.command}`);
  return parsed.inputs;
};
const errorOf = (...argv: string[]): string => {
  try {
    run(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('parseArgs', () => {
  it('reads --name value and --name=value', () => {
    expect(inputsOf('echo-gates', '--outcome', 'fail', '--working-directory=backend')).toEqual({
      outcome: 'fail',
      'working-directory': 'backend',
    });
  });

  it('keeps an = inside a value and an empty value', () => {
    expect(inputsOf('echo-gates', '--token=a=b', '--working-directory=')).toEqual({
      token: 'a=b',
      'working-directory': '',
    });
  });

  it('reads booleans as --flag, --flag=false, --no-flag and --flag true', () => {
    expect(inputsOf('echo-gates', '--verbose')).toEqual({ verbose: 'true' });
    expect(inputsOf('echo-gates', '--verbose=false')).toEqual({ verbose: 'false' });
    expect(inputsOf('echo-gates', '--no-verbose')).toEqual({ verbose: 'false' });
    expect(inputsOf('echo-gates', '--verbose', 'false', '--retries', '2')).toEqual({
      verbose: 'false',
      retries: '2',
    });
  });

  it('joins repeated and comma-separated list values', () => {
    expect(inputsOf('echo-gates', '--gates', 'pytest', '--gates', 'lint,django-check')).toEqual({
      gates: 'pytest,lint,django-check',
    });
  });

  it('reads the global flags anywhere after the action', () => {
    const parsed = run('echo-gates', '--debug', '--config', 'ci/maint.yml', '--retries=1');
    expect(parsed).toEqual({
      command: 'run',
      action: 'echo-gates',
      inputs: { retries: '1' },
      global: { debug: true, configPath: 'ci/maint.yml' },
    });
    expect(run('--config=x.yml', 'echo-gates')).toMatchObject({
      global: { configPath: 'x.yml', debug: false },
    });
  });

  it('answers --help and --version before anything else', () => {
    expect(run()).toEqual({ command: 'help' });
    expect(run('--help')).toEqual({ command: 'help' });
    expect(run('echo-gates', '-h', '--not-an-input')).toEqual({ command: 'help', action: 'echo-gates' });
    expect(run('echo-gates', '--bad', '--version')).toEqual({ command: 'version' });
  });

  it('passes --version to an action that has a version input', () => {
    const withVersion = {
      spec: {
        ...echoGates.spec,
        inputs: { ...echoGates.spec.inputs, version: { type: 'string', description: 'v' } },
      },
      run: echoGates.run,
    } as unknown as ActionDefinition;
    const parsed = parseArgs(['echo-gates', '--version', '1.4.2'], [withVersion]);
    expect(parsed).toMatchObject({ command: 'run', inputs: { version: '1.4.2' } });
    expect(parseArgs(['--version', 'echo-gates'], [withVersion])).toEqual({ command: 'version' });
  });

  it('suggests the closest input for an unknown flag', () => {
    expect(errorOf('echo-gates', '--gate', 'pytest')).toBe('unknown option --gate; did you mean --gates?');
    expect(errorOf('echo-gates', '--working-dir', 'x')).toBe(
      'unknown option --working-dir; did you mean --working-directory?',
    );
    expect(errorOf('echo-gates', '--zzzzzzzz', 'x')).toBe('unknown option --zzzzzzzz');
  });

  it('names what replaced a retired flag, or why it went', () => {
    const withRetired = {
      spec: {
        ...echoGates.spec,
        retired: {
          'gate-list': { replacedBy: 'gates', since: '1.0.0' },
          'fast-mode': { removed: 'every gate now runs in parallel.', since: '1.2.0' },
        },
      },
      run: echoGates.run,
    } as unknown as ActionDefinition;
    const errorWith = (...argv: string[]) => {
      try {
        parseArgs(argv, [withRetired]);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(errorWith('echo-gates', '--gate-list', 'pytest')).toBe(
      '--gate-list was renamed to --gates in 1.0.0; use --gates.',
    );
    expect(errorWith('echo-gates', '--fast-mode')).toBe(
      '--fast-mode was removed in 1.2.0: every gate now runs in parallel.',
    );
  });

  it('suggests the closest action for an unknown one', () => {
    expect(errorOf('echo-gate')).toBe("unknown action 'echo-gate'; did you mean 'echo-gates'?");
    expect(errorOf('deploy')).toBe("unknown action 'deploy'; run 'maint-actions --help' for the list");
  });

  it('rejects a missing value, a repeated single value and stray arguments', () => {
    expect(errorOf('echo-gates', '--outcome')).toBe('--outcome needs a value');
    expect(errorOf('echo-gates', '--outcome', '--verbose')).toBe('--outcome needs a value');
    expect(errorOf('echo-gates', '--config')).toBe('--config needs a value');
    expect(errorOf('echo-gates', '--retries', '1', '--retries', '2')).toBe(
      '--retries is given more than once',
    );
    expect(errorOf('echo-gates', 'pytest')).toBe(
      "unexpected argument 'pytest': input values are given as --<input> <value>",
    );
    expect(errorOf('echo-gates', '-x')).toBe("unknown option '-x': inputs are given as --<input> <value>");
  });

  it('rejects --no- for an input that is not a boolean, and flags before the action', () => {
    expect(errorOf('echo-gates', '--no-retries')).toBe(
      '--no-retries is only for booleans; --retries takes a value',
    );
    expect(errorOf('--retries', '2', 'echo-gates')).toBe(
      "'--retries' comes before the action: write maint-actions <action> --retries ...",
    );
  });

  it('leaves value checks to input parsing', () => {
    expect(inputsOf('echo-gates', '--outcome', 'maybe', '--retries', 'many')).toEqual({
      outcome: 'maybe',
      retries: 'many',
    });
  });
});
