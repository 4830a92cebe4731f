import { describe, expect, it } from 'vitest';
import { closest } from './suggest';

describe('closest', () => {
  it('finds typos and prefixes, not unrelated words', () => {
    expect(closest('pytst', ['pytest', 'lint'])).toBe('pytest');
    expect(closest('work', ['gates', 'working-directory'])).toBe('working-directory');
    expect(closest('xyz', ['gates', 'outcome'])).toBeUndefined();
  });
});
