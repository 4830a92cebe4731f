import { ConfigError } from '@maint-actions/core';
import { describe, expect, it } from 'vitest';
import { splitArgs } from './shlex';

describe('splitArgs', () => {
  it('splits on any whitespace and keeps quoted spaces', () => {
    expect(splitArgs('-k "not slow" -x', 'pytest-args')).toEqual(['-k', 'not slow', '-x']);
    expect(splitArgs("  -m  'db and not e2e'\n\t--maxfail=2 ", 'pytest-args')).toEqual([
      '-m',
      'db and not e2e',
      '--maxfail=2',
    ]);
    expect(splitArgs('', 'pytest-args')).toEqual([]);
    expect(splitArgs('   \n ', 'pytest-args')).toEqual([]);
  });

  it('joins adjacent quoted and bare parts into one word, and keeps empty quotes as an empty argument', () => {
    expect(splitArgs('--ds="config.settings test"x', 'pytest-args')).toEqual(['--ds=config.settings testx']);
    expect(splitArgs(`-k '' -k ""`, 'pytest-args')).toEqual(['-k', '', '-k', '']);
  });

  it('keeps single quotes literal, and honours only the POSIX escapes inside double quotes', () => {
    expect(splitArgs(`'a\\"b $HOME'`, 'pytest-args')).toEqual(['a\\"b $HOME']);
    expect(splitArgs(`"say \\"hi\\" \\$HOME \\\\ \\n"`, 'pytest-args')).toEqual(['say "hi" $HOME \\ \\n']);
    expect(splitArgs(`"it's"`, 'pytest-args')).toEqual(["it's"]);
  });

  it('escapes any character with a backslash outside quotes, and joins lines on backslash-newline', () => {
    expect(splitArgs('a\\ b \\"c\\" d\\\\', 'pytest-args')).toEqual(['a b', '"c"', 'd\\']);
    expect(splitArgs('-x \\\n--lf', 'pytest-args')).toEqual(['-x', '--lf']);
    expect(splitArgs('"multi\\\nline"', 'pytest-args')).toEqual(['multiline']);
  });

  it('expands nothing: variables, globs, tildes and comments stay literal', () => {
    expect(splitArgs('$HOME tests/*.py ~ #x ;rm -rf /', 'pytest-args')).toEqual([
      '$HOME',
      'tests/*.py',
      '~',
      '#x',
      ';rm',
      '-rf',
      '/',
    ]);
  });

  it('rejects an unterminated double quote, naming the input and where it starts', () => {
    const call = (): string[] => splitArgs('-k "not slow -x', 'pytest-args');
    expect(call).toThrow(ConfigError);
    expect(call).toThrow(
      'Input "pytest-args" has an unterminated double quote (") at character 4: close it, or escape it with a backslash.',
    );
  });

  it('rejects an unterminated single quote and a trailing backslash, naming the input given', () => {
    expect(() => splitArgs("-k 'slow", 'extra-args')).toThrow(
      'Input "extra-args" has an unterminated single quote (\') at character 4: close it, or escape it with a backslash.',
    );
    expect(() => splitArgs('-x \\', 'pytest-args')).toThrow(
      'Input "pytest-args" has a trailing backslash at character 4: remove it, or double it for a literal backslash.',
    );
  });

  it('says which input the error is about', () => {
    let error: unknown;
    try {
      splitArgs('"', 'pytest-args');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe('pytest-args');
  });
});
