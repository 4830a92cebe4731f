import { describe, expect, it } from 'vitest';
import { cvssBaseScore, ratingOf } from './cvss';

describe('cvssBaseScore', () => {
  // Scores as NVD's CVSS v3.1 calculator gives them.
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:L/I:N/A:N', 2.5],
    ['CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', 5.9],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N', 0],
  ])('%s scores %d', (vector, expected) => {
    expect(cvssBaseScore(vector)).toBe(expected);
  });

  it('maps a v4.0 vector onto the v3.1 metrics', () => {
    expect(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBe(9.8);
    // Attack requirements present and passive user interaction lower it to "high" (v4.0 says 7.7).
    const v4 = cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N');
    expect(ratingOf(v4 ?? 0)).toBe('high');
    expect(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N')).toBe(7.2);
  });

  it('is undefined for text that is not a complete CVSS vector', () => {
    expect(cvssBaseScore('AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined();
    expect(cvssBaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H')).toBeUndefined();
    expect(cvssBaseScore('CVSS:2.0/AV:N')).toBeUndefined();
  });
});

describe('ratingOf', () => {
  it('follows the CVSS rating table', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(ratingOf)).toEqual([
      'none',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});
