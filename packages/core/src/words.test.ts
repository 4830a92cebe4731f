import { describe, expect, it } from 'vitest';
import { plural, thousands } from './words';

describe('words', () => {
  it('separates thousands as en-US does, for every size of count', () => {
    for (const count of [0, 7, 999, 1000, 1200, 12_345, 999_999, 1_000_000, 123_456_789, -4200]) {
      expect(thousands(count)).toBe(count.toLocaleString('en-US'));
    }
    expect(thousands(1.5)).toBe('1.5');
    expect(plural(1, 'finding')).toBe('1 finding');
    expect(plural(1200, 'package')).toBe('1,200 packages');
    expect(plural(2, 'vulnerability', 'vulnerabilities')).toBe('2 vulnerabilities');
  });
});
