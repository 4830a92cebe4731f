import { describe, expect, it } from 'vitest';
import { stripTerminalControls } from './terminal-text';

describe('stripTerminalControls', () => {
  it.each([
    ['colours and cursor moves', '\x1b[31mred\x1b[0m \x1b[2J\x1b[1;1Hhome \x1b[?25l', 'red home '],
    ['a window title (OSC 0, BEL)', 'a\x1b]0;pwned\x07b', 'ab'],
    ['a hyperlink (OSC 8, ST)', '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\', 'click'],
    ['the clipboard (OSC 52)', 'x\x1b]52;c;cm0gLXJmIH4=\x07y', 'xy'],
    ['an unterminated OSC', 'ok\x1b]0;title with no end\nmore', 'ok'],
    ['8-bit CSI and OSC', 'a\x9b31mb\x9d0;t\x9cc', 'abc'],
    ['DCS, APC and other ESC sequences', 'a\x1bP1$r\x1b\\b\x1b_x\x1b\\c\x1b(Bd\x1bce', 'abcde'],
    ['CR overwriting, backspaces and BEL', 'safe\rEVIL\b\b\x07\x7f', 'safeEVIL'],
    ['C1 controls', 'a\x85b\x8dc', 'abc'],
  ])('removes %s', (_, text, expected) => {
    expect(stripTerminalControls(text)).toBe(expected);
  });

  it('keeps text, tabs, line feeds, CRLF as LF, and Unicode', () => {
    expect(stripTerminalControls('a\tb\r\nc\nd – é 日本 ✓')).toBe('a\tb\nc\nd – é 日本 ✓');
  });

  it('takes linear time on long runs of escapes', () => {
    const text = `${'\x1b['.repeat(200_000)}${'\x1b]'.repeat(1)}${'x'.repeat(200_000)}`;
    expect(stripTerminalControls(text)).toBe('');
  });
});
