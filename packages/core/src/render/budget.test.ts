import { describe, expect, it } from 'vitest';
import { cutMarkdown, fitBlocks, LIMITS, tailUtf8, truncateChars, truncateUtf8, utf8Length } from './budget';

/** True when the text survives a UTF-8 round trip, so no character was cut in half (a lone surrogate would not). */
function wholeChars(text: string): boolean {
  return Buffer.from(text, 'utf8').toString('utf8') === text;
}

describe('LIMITS', () => {
  it('names the documented limits of each surface', () => {
    expect(LIMITS).toEqual({
      jobSummaryBytes: 1_048_576,
      commentChars: 65_536,
      checkRunTextBytes: 65_535,
      dotenvValueBytes: 5_000,
    });
  });
});

describe('truncateUtf8', () => {
  it('leaves text that fits unchanged', () => {
    expect(truncateUtf8('héllo', 6)).toBe('héllo');
  });

  it('cuts between characters at every budget, ellipsis included', () => {
    const text = 'aé日😀b'.repeat(5);
    for (let budget = 0; budget <= utf8Length(text); budget++) {
      const cut = truncateUtf8(text, budget);
      expect(utf8Length(cut)).toBeLessThanOrEqual(budget);
      expect(wholeChars(cut)).toBe(true);
      if (budget >= 3 && budget < utf8Length(text)) expect(cut.endsWith('…')).toBe(true);
    }
    expect(truncateUtf8('😀😀', 7)).toBe('😀…');
    expect(truncateUtf8('😀😀', 6)).toBe('…');
  });

  it('fits a dotenv value', () => {
    const value = truncateUtf8('ü'.repeat(10_000), LIMITS.dotenvValueBytes);
    expect(utf8Length(value)).toBe(4999);
  });
});

describe('truncateChars', () => {
  it('never splits a surrogate pair', () => {
    expect(truncateChars('a😀b', 2, '')).toBe('a');
    expect(truncateChars('a😀b', 3, '')).toBe('a😀');
    expect(truncateChars('abcdef', 4)).toBe('abc…');
  });
});

describe('tailUtf8', () => {
  it('keeps the last whole lines that fit', () => {
    expect(tailUtf8('one\ntwo\nthree\n', 10)).toBe('two\nthree\n');
    expect(tailUtf8('one\ntwo\nthree\n', 9)).toBe('three\n');
    expect(tailUtf8('one\ntwo\nthree', 9)).toBe('two\nthree');
    expect(tailUtf8('short', 100)).toBe('short');
  });

  it('cuts a single long last line between characters', () => {
    const tail = tailUtf8('x\n' + '日'.repeat(10), 7);
    expect(tail).toBe('日日');
  });
});

describe('fitBlocks', () => {
  const blocks = Array.from({ length: 50 }, (_, i) => ({ text: `- item ${i} ✓\n`, findings: 1 }));
  const closing = (omitted: readonly { findings?: number }[]) => `\n> ${omitted.length} left out\n`;

  it('joins everything when it fits', () => {
    expect(fitBlocks(blocks.slice(0, 2), 1000, 'bytes', closing)).toBe('- item 0 ✓\n- item 1 ✓\n');
  });

  it('stops at the first block that does not fit and says what was left out', () => {
    const out = fitBlocks(blocks, 100, 'bytes', closing);
    expect(utf8Length(out)).toBeLessThanOrEqual(100);
    const shown = out.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(out.endsWith(`\n> ${50 - shown} left out\n`)).toBe(true);
    expect(out.startsWith('- item 0 ✓\n')).toBe(true);
  });

  it('returns only the (cut) closing text when nothing else fits', () => {
    expect(fitBlocks(blocks, 18, 'bytes', closing)).toBe('\n> 50 left out\n');
    expect(fitBlocks(blocks, 8, 'chars', closing)).toBe('\n> 50 l…');
  });
});

describe('cutMarkdown', () => {
  const md = [
    '# Title',
    '',
    '| a | b |',
    '| --- | --- |',
    '| 1 | 😀 |',
    '| 2 | é |',
    '',
    '```text',
    'inside fence',
    '```',
    '',
    '<details><summary>More</summary>',
    '',
    'hidden',
    '</details>',
    '',
  ].join('\n');

  it('leaves Markdown that fits unchanged', () => {
    expect(cutMarkdown(md, 1000, 'bytes', 'cut')).toBe(md);
  });

  it('cuts between table rows, never inside one', () => {
    const out = cutMarkdown(md, 56, 'bytes', '*(cut)*');
    expect(out).toBe('# Title\n\n| a | b |\n| --- | --- |\n| 1 | 😀 |\n\n*(cut)*\n');
  });

  it('keeps a fence or a <details> section whole', () => {
    const upToFence = md.indexOf('```text');
    const out = cutMarkdown(md, utf8Length(md.slice(0, upToFence)) + 20, 'bytes', 'cut');
    expect(out).not.toContain('```');
    const withFence = cutMarkdown(md, utf8Length(md) - 5, 'bytes', 'cut');
    expect(withFence).toContain('```text\ninside fence\n```\n');
    expect(withFence).not.toContain('<details>');
  });
});
