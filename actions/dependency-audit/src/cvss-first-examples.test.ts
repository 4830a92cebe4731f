/**
 * cvssBaseScore against the example vectors FIRST publishes with each version, every one with the
 * section of FIRST's document it comes from. None is from memory:
 *
 * - v3.0 and v3.1: FIRST, "Common Vulnerability Scoring System v3.0: Examples"
 *   (https://www.first.org/cvss/v3.0/examples) and "… v3.1: Examples"
 *   (https://www.first.org/cvss/v3.1/examples). The vectors and base scores were read from a
 *   public Rust CVSS test suite that transcribes them case by case with the link of each section
 *   (the links are kept below); v3.1 re-scored some v3.0 examples (CVE-2012-0384: PR:L to PR:H).
 * - v4.0: FIRST, "Common Vulnerability Scoring System v4.0: Examples"
 *   (https://www.first.org/cvss/v4-0/examples), the 18 vectors for which that page prints a
 *   score, as transcribed in a public TypeScript test suite pinned to the printed values. The
 *   page scores each vector as written: CVSS-B for base metrics, CVSS-BT with a threat metric
 *   (`E`), CVSS-BE/BTE with environmental ones; supplemental metrics (`S`, `R`, `V`) change
 *   nothing. The method is the v4.0 specification's macro-vector lookup, whose official table is
 *   FIRSTdotorg/cvss-v4-calculator (cvss_lookup.js).
 */
import { describe, expect, it } from 'vitest';
import { cvssBaseScore, ratingOf } from './cvss';

const V30 = 'https://www.first.org/cvss/v3.0/examples#';
const V31 = 'https://www.first.org/cvss/v3.1/examples#';

describe('FIRST CVSS v3.0 and v3.1 examples', () => {
  it.each([
    [
      `${V30}phpMyAdmin-Reflected-Cross-site-Scripting-Vulnerability-CVE-2013-1937`,
      'CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N',
      6.1,
    ],
    [
      `${V30}DokuWiki-Reflected-Cross-site-Scripting-Attack-CVE-2014-9253`,
      'CVSS:3.0/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N',
      5.4,
    ],
    [
      `${V30}Cisco-IOS-Arbitrary-Command-Execution-Vulnerability-CVE-2012-0384`,
      'CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H',
      8.8,
    ],
    [`${V31}MySQL-Stored-SQL-Injection-CVE-2013-0375`, 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
    [`${V31}SSLv3-POODLE-Vulnerability-CVE-2014-3566`, 'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', 3.1],
    [
      `${V31}Apache-Tomcat-XML-Parser-Vulnerability-CVE-2009-0783`,
      'CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L',
      4.2,
    ],
    [
      `${V31}Cisco-IOS-Arbitrary-Command-Execution-Vulnerability-CVE-2012-0384`,
      'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H',
      7.2,
    ],
    [
      `${V31}Apple-iWork-Denial-of-Service-Vulnerability-CVE-2015-1098`,
      'CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
      7.8,
    ],
    [
      `${V31}OpenSSL-Heartbleed-Vulnerability-CVE-2014-0160`,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
      7.5,
    ],
    [`${V31}DNS-Kaminsky-Bug-CVE-2008-1447`, 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N', 6.8],
    [
      `${V31}Sophos-Login-Screen-Bypass-Vulnerability-CVE-2014-2005`,
      'CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      6.8,
    ],
    [
      `${V31}Joomla-Directory-Traversal-Vulnerability-CVE-2010-0467`,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N',
      5.8,
    ],
    [
      `${V31}Cisco-Access-Control-Bypass-Vulnerability-CVE-2012-1342`,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:L/A:N',
      5.8,
    ],
    [
      `${V31}Juniper-Proxy-ARP-Denial-of-Service-Vulnerability-CVE-2013-6014`,
      'CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:H',
      9.3,
    ],
    [
      `${V31}Microsoft-Windows-Bluetooth-Remote-Code-Execution-Vulnerability-CVE-2011-1265`,
      'CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      8.8,
    ],
    [
      `${V31}Apple-iOS-Security-Control-Bypass-Vulnerability-CVE-2014-2019`,
      'CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N',
      4.6,
    ],
    [
      `${V31}SearchBlox-Cross-Site-Request-Forgery-Vulnerability-CVE-2015-0970`,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H',
      8.8,
    ],
    [`${V31}SSL-TLS-MITM-Vulnerability-CVE-2014-0224`, 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N', 7.4],
    [
      `${V31}Google-Chrome-Sandbox-Bypass-vulnerability-CVE-2012-5376`,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H',
      9.6,
    ],
    [
      `${V31}SAMR-LSAD-Privilege-Escalation-via-Protocol-Downgrade-Vulnerability-Badlock-CVE-2016-0128-and-CVE-2016-2118`,
      'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N',
      6.8,
    ],
    [
      `${V31}SAMR-LSAD-Privilege-Escalation-via-Protocol-Downgrade-Vulnerability-Badlock-CVE-2016-0128-and-CVE-2016-2118`,
      'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:H',
      7.5,
    ],
    [
      `${V31}Cantemo-Portal-Stored-Cross-site-Scripting-Vulnerability-CVE-2019-7551`,
      'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H',
      9.0,
    ],
    [
      `${V31}WordPress-Mail-Plugin-Reflected-Cross-site-Scripting-Vulnerability-CVE-2017-5942`,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N',
      6.1,
    ],
    [
      `${V31}Remote-Code-Execution-in-Oracle-Outside-in-Technology-CVE-2016-5558`,
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:L',
      8.6,
    ],
    [`${V31}Lenovo-ThinkPwn-Exploit-CVE-2016-5729`, 'CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H', 8.2],
    [
      `${V31}Failure-to-Lock-Flash-on-Resume-from-sleep-CVE-2015-2890`,
      'CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:N/I:H/A:H',
      6.0,
    ],
    [`${V31}Intel-DCI-Issue-CVE-2018-3652`, 'CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 7.6],
    [
      `${V31}Scripting-Engine-Memory-Corruption-Vulnerability-CVE-2019-0884`,
      'CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:N',
      4.2,
    ],
  ])('%s: %s scores %d', (_source, vector, expected) => {
    expect(cvssBaseScore(vector)).toBe(expected);
  });
});

describe('FIRST CVSS v4.0 examples (https://www.first.org/cvss/v4-0/examples)', () => {
  it.each([
    // CVSS-B
    ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 7.7],
    ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:L/SC:N/SI:N/SA:N', 8.3],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:L', 8.7],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:H/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N', 8.3],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:N/VA:N/SC:H/SI:L/SA:H', 6.4],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 10.0],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 8.5],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N', 7.1],
    // CVSS-B with supplemental metrics, which do not change the score
    ['CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N/S:P', 8.6],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/V:C', 8.7],
    // CVSS-BT: the threat metric E
    ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U', 5.2],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:L/E:U', 6.6],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:H/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N/E:U', 5.6],
    // CVSS-BE and CVSS-BTE: environmental metrics
    [
      'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:L/SC:N/SI:N/SA:N/CR:H/IR:L/AR:L/MAV:N/MAC:H/MVC:H/MVI:L/MVA:L',
      8.1,
    ],
    ['CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N/MSI:S/S:P', 9.7],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:N/VA:N/SC:H/SI:L/SA:H/E:U/MAV:A/R:U/V:C', 2.4],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:A/CR:H/IR:H/AR:H/MAV:L/MAT:P', 8.9],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/MVC:N/MVI:N/MVA:N', 0.0],
  ])('%s scores %d', (vector, expected) => {
    expect(cvssBaseScore(vector)).toBe(expected);
  });

  it('rates the examples by the v4.0 table, so `fail-on` sees FIRST’s severity', () => {
    expect(
      ratingOf(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H') ?? -1),
    ).toBe('critical');
    expect(
      ratingOf(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:N/VA:N/SC:H/SI:L/SA:H') ?? -1),
    ).toBe('medium');
    expect(
      ratingOf(
        cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:N/VI:N/VA:N/SC:H/SI:L/SA:H/E:U/MAV:A/R:U/V:C') ??
          -1,
      ),
    ).toBe('low');
  });
});
