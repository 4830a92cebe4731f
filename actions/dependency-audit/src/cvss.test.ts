import { describe, expect, it } from 'vitest';
import { cvssBaseScore, ratingOf } from './cvss';

describe('cvssBaseScore, CVSS v3.x', () => {
  // FIRST, "Common Vulnerability Scoring System v3.1: Examples",
  // https://www.first.org/cvss/v3.1/examples (vectors and base scores as published there).
  it.each([
    ['phpMyAdmin reflected XSS (CVE-2013-1937)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['MySQL stored SQL injection (CVE-2013-0375)', 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
    ['SSLv3 POODLE (CVE-2014-3566)', 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', 3.1],
    ['GNU Bash Shellshock (CVE-2014-6271)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['Apple iWork denial of service (CVE-2015-1098)', 'CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 7.8],
    ['OpenSSL Heartbleed (CVE-2014-0160)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5],
    ['Google Chrome sandbox bypass (CVE-2012-5376)', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H', 9.6],
    [
      'Windows Bluetooth remote code execution (CVE-2011-1265)',
      'CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      8.8,
    ],
    ['Sophos login screen bypass (CVE-2014-2005)', 'CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 6.8],
  ])('%s: %s scores %d', (_name, vector, expected) => {
    expect(cvssBaseScore(vector)).toBe(expected);
  });

  it('scores v3.0 vectors and no impact at all', () => {
    expect(cvssBaseScore('CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N')).toBe(5.9);
    expect(cvssBaseScore('CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N')).toBe(0);
  });
});

describe('cvssBaseScore, CVSS v4.0 by the v4.0 method', () => {
  // FIRST, "Common Vulnerability Scoring System v4.0: Examples",
  // https://www.first.org/cvss/v4.0/examples (CVSS-B scores as published there); the method is
  // that of the v4.0 specification, https://www.first.org/cvss/v4.0/specification-document.
  it.each([
    [
      'nginx mp4 module (CVE-2022-41741)',
      'CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
      8.5,
    ],
    ['Log4Shell (CVE-2021-44228)', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 10],
  ])('%s: %s scores %d', (_name, vector, expected) => {
    expect(cvssBaseScore(vector)).toBe(expected);
  });

  it('differs from the v3.1 equations the old code mapped v4.0 onto (issue 14.9)', () => {
    // Mapped onto v3.1 (AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H) this was 9.8; v4.0 says 9.3.
    expect(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBe(9.3);
    // Only subsequent systems hit: the mapping said 7.2 (high), v4.0 says 6.9 (medium), which
    // is what `fail-on: high` must see.
    const subsequent = cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N');
    expect(subsequent).toBe(6.9);
    expect(ratingOf(subsequent ?? 0)).toBe('medium');
    expect(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBe(7.7);
    expect(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N')).toBe(8.7);
  });

  it('scores a vector with a threat metric as CVSS-BT', () => {
    expect(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U')).toBe(8.1);
  });
});

describe('cvssBaseScore, text that is no complete vector', () => {
  it.each([
    'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H',
    'CVSS:2.0/AV:N',
    // The library would score the missing SA as "not defined" and give 0.
    'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N',
    'CVSS:4.0/AV:Q/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
    'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:Q',
    'CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
  ])('%s is undefined', (vector) => {
    expect(cvssBaseScore(vector)).toBeUndefined();
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
