import { describe, expect, it } from 'vitest';
import {
  bumpBetween,
  bumpVersion,
  compareVersions,
  formatVersion,
  maxBump,
  parseVersion,
  versionProblem,
} from './semver';

const v = (text: string) => {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`not a version: ${text}`);
  return parsed;
};

describe('semver', () => {
  it('parses and formats releases, pre-releases and build metadata', () => {
    expect(v('1.4.0-rc.2')).toMatchObject({ major: 1, minor: 4, patch: 0, prerelease: ['rc', 2], build: [] });
    expect(formatVersion(v('2.0.0-beta.1+exp.sha.5114f85'))).toBe('2.0.0-beta.1+exp.sha.5114f85');
    for (const bad of [
      '1.2',
      '01.2.3',
      '1.2.3-',
      '1.2.3-01',
      'v1.2.3',
      '=1.2.3',
      '1.2.3.4',
      '99999999999999999999.0.0',
    ]) {
      expect(parseVersion(bad), bad).toBeUndefined();
    }
  });

  it('orders versions by semver precedence (semver.org §11)', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.10.0',
      '2.0.0',
    ];
    const shuffled = [...ordered].reverse().map(v);
    expect(shuffled.sort(compareVersions).map(formatVersion)).toEqual(ordered);
    expect(compareVersions(v('1.0.0+a'), v('1.0.0+b'))).toBe(0);
  });

  it('bumps, and tells the bump between two versions', () => {
    expect(formatVersion(bumpVersion(v('1.4.2'), 'major'))).toBe('2.0.0');
    expect(formatVersion(bumpVersion(v('1.4.2'), 'minor'))).toBe('1.5.0');
    // A pre-release is never the last release (tags with `-` are left out), but semver's rule
    // holds: a patch bump of 1.4.2-rc.1 is the release it was leading to.
    expect(formatVersion(bumpVersion(v('1.4.2-rc.1'), 'patch'))).toBe('1.4.2');
    expect(formatVersion(bumpVersion(v('1.4.2'), 'none'))).toBe('1.4.2');
    expect(bumpBetween(v('1.4.2'), v('2.0.0-rc.1'))).toBe('major');
    expect(bumpBetween(v('1.4.2'), v('1.4.3'))).toBe('patch');
    expect(bumpBetween(v('1.4.2'), v('1.3.9'))).toBe('none');
    expect(bumpBetween(v('1.4.2'), v('1.4.2-rc.1'))).toBe('none');
    expect(bumpBetween(v('1.4.2'), v('1.5.0-rc.1'))).toBe('minor');
    expect(maxBump('patch', 'minor')).toBe('minor');
    expect(maxBump('major', 'none')).toBe('major');
  });

  it('says why a version is refused, in semver’s words', () => {
    expect(versionProblem('1.2.3')).toBeUndefined();
    expect(versionProblem('99999999999999999999.0.0')).toBe('Invalid major version');
    expect(versionProblem('1.99999999999999999999.0')).toBe('Invalid minor version');
  });
});
