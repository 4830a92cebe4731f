/**
 * Splitting an input into arguments the way a POSIX shell splits words, without running a shell:
 * `-k "not slow" -x` → `['-k', 'not slow', '-x']`. No expansion of any kind happens (`$HOME`,
 * `*.py`, `~` and `#` stay literal).
 */
import { ConfigError } from '@maint-actions/core';

/** Characters a backslash escapes inside double quotes (elsewhere it is literal there). */
const DOUBLE_QUOTE_ESCAPES = new Set(['\\', '"', '$', '`', '\n']);

const QUOTE_FIX = 'close it, or escape it with a backslash';

/**
 * Splits `text` into arguments: whitespace separates words; `'...'` is literal; `"..."` keeps
 * spaces and honours `\"`, `\\`, `\$`, `` \` ``; a backslash outside quotes escapes the next
 * character; backslash-newline joins lines; `""` is an empty argument.
 *
 * @param inputName the input the text came from, named in errors.
 * @throws ConfigError on an unterminated quote or a trailing backslash.
 */
export function splitArgs(text: string, inputName = 'pytest-args'): string[] {
  const args: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const fail = (what: string, at: number, fix: string): never => {
    throw new ConfigError(`Input "${inputName}" has ${what} at character ${at + 1}: ${fix}.`, {
      input: inputName,
    });
  };
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      if (inWord) args.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (char === "'") {
      const end = text.indexOf("'", i + 1);
      if (end === -1) fail("an unterminated single quote (')", i, QUOTE_FIX);
      word += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (char === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"') {
        const next = text[i + 1];
        if (text[i] === '\\' && next !== undefined && DOUBLE_QUOTE_ESCAPES.has(next)) {
          if (next !== '\n') word += next;
          i += 2;
        } else {
          word += text[i];
          i++;
        }
      }
      if (i >= text.length) fail('an unterminated double quote (")', start, QUOTE_FIX);
      inWord = true;
      i++;
    } else if (char === '\\') {
      const next = text[i + 1];
      if (next === undefined)
        fail('a trailing backslash', i, 'remove it, or double it for a literal backslash');
      if (next !== '\n') {
        word += next;
        inWord = true;
      }
      i += 2;
    } else {
      word += char;
      inWord = true;
      i++;
    }
  }
  if (inWord) args.push(word);
  return args;
}
