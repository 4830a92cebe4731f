import { describe, expect, it } from 'vitest';
import { parseCommit } from './commits';
import { formatVersion, parseVersion, type Version } from './semver';
import { decideVersion, type VersionRequest } from './version';

const v = (text: string): Version => parseVersion(text) as Version;
const commits = (...messages: string[]) =>
  messages.map((m, i) => parseCommit(String(i).padStart(40, '0'), m));

function decide(overrides: Partial<VersionRequest>) {
  return decideVersion({
    previous: v('1.4.2'),
    commits: [],
    labels: [],
    explicit: undefined,
    apiBump: undefined,
    zeroMajor: 'minor',
    prerelease: undefined,
    initialVersion: '0.1.0',
    taken: [],
    ...overrides,
  });
}

function version(overrides: Partial<VersionRequest>): string {
  const decision = decide(overrides);
  if (!decision.release) throw new Error(`no release: ${decision.reason}`);
  return formatVersion(decision.version);
}

describe('decideVersion', () => {
  it('bumps by the largest change: fix/perf patch, feat minor, breaking major', () => {
    expect(version({ commits: commits('fix: a', 'docs: b') })).toBe('1.4.3');
    expect(version({ commits: commits('perf: a') })).toBe('1.4.3');
    expect(version({ commits: commits('fix: a', 'feat(api): b') })).toBe('1.5.0');
    expect(version({ commits: commits('feat: a', 'fix!: b') })).toBe('2.0.0');
    expect(version({ commits: commits('chore: a\n\nBREAKING CHANGE: node 20') })).toBe('2.0.0');
  });

  it('releases nothing when no commit calls for it, and says why', () => {
    const decision = decide({ commits: commits('docs: a', 'Update README') });
    expect(decision).toEqual({
      release: false,
      reason:
        'no commit calls for a release (docs, non-conventional); a feat, fix or perf commit, a release label or "version" would',
    });
  });

  it('bumps the minor version for a breaking change while 0.x, unless zero-major is major', () => {
    const breaking = commits('feat!: new API');
    expect(decide({ previous: v('0.3.1'), commits: breaking })).toMatchObject({
      bump: 'minor',
      reason: 'minor bump from the commits (0.x: a breaking change bumps the minor version)',
    });
    expect(version({ previous: v('0.3.1'), commits: breaking })).toBe('0.4.0');
    expect(version({ previous: v('0.3.1'), commits: breaking, zeroMajor: 'major' })).toBe('1.0.0');
  });

  it('takes the bump from a release label instead of the commits; release:skip releases nothing', () => {
    expect(version({ commits: commits('feat: a'), labels: ['bug', 'release:patch'] })).toBe('1.4.3');
    expect(version({ commits: commits('docs: a'), labels: ['Release:Major'] })).toBe('2.0.0');
    expect(decide({ commits: commits('feat!: a'), labels: ['release:skip', 'release:major'] })).toEqual({
      release: false,
      reason: 'the release:skip label says so',
    });
  });

  it('lets api-bump raise the bump, never lower it', () => {
    expect(decide({ commits: commits('fix: a'), apiBump: 'major' })).toMatchObject({
      bump: 'major',
      source: 'api',
      reason: 'major bump from the API changes (api-bump)',
    });
    expect(version({ commits: commits('feat: a'), apiBump: 'patch' })).toBe('1.5.0');
    expect(version({ commits: commits('docs: a'), apiBump: 'minor' })).toBe('1.5.0');
    expect(version({ commits: commits('fix: a'), labels: ['release:patch'], apiBump: 'minor' })).toBe(
      '1.5.0',
    );
  });

  it('takes an explicit version, checked against the last release and the API bump', () => {
    expect(version({ explicit: 'v2.0.0' })).toBe('2.0.0');
    expect(decide({ explicit: '1.5.0' })).toMatchObject({ bump: 'minor', source: 'version' });
    expect(() => decide({ explicit: '1.4.2' })).toThrow(
      'Input "version": 1.4.2 is not above the last release 1.4.2; set a higher version.',
    );
    expect(() => decide({ explicit: '1.4.3', apiBump: 'major' })).toThrow(
      'Input "version": 1.4.3 is a patch release after 1.4.2, but the API changes call for a major bump (api-bump); set a higher version.',
    );
    expect(version({ previous: v('0.3.1'), explicit: '0.4.0', apiBump: 'major' })).toBe('0.4.0');
    expect(() => decide({ explicit: 'next' })).toThrow(
      'Input "version" must be a semantic version such as 1.4.0 or 2.0.0-rc.1 (got "next").',
    );
  });

  it('refuses a version with a number too large to count, rather than tagging a rounded one', () => {
    // It used to become the tag v100000000000000000000.0.0.
    for (const explicit of ['99999999999999999999.0.0', 'v1.99999999999999999999.0']) {
      expect(() => decide({ explicit })).toThrow(
        `Input "version" must be a semantic version whose numbers are at most 9007199254740991 (got "${explicit}": Invalid ${explicit.startsWith('v') ? 'minor' : 'major'} version).`,
      );
    }
    expect(() => decide({ previous: undefined, initialVersion: '99999999999999999999.0.0' })).toThrow(
      'Input "initial-version" must be a release version such as 0.1.0 (got "99999999999999999999.0.0").',
    );
  });

  it('starts at initial-version without a previous release', () => {
    expect(decide({ previous: undefined, commits: commits('docs: a') })).toMatchObject({
      release: true,
      source: 'initial',
      reason: 'first release: 0.1.0',
    });
    expect(version({ previous: undefined, initialVersion: '1.0.0' })).toBe('1.0.0');
    expect(() => decide({ previous: undefined, initialVersion: '1.0' })).toThrow(
      'Input "initial-version" must be a release version such as 0.1.0 (got "1.0").',
    );
  });

  it('numbers pre-releases with the next free number', () => {
    const feat = commits('feat: a');
    expect(version({ commits: feat, prerelease: 'rc' })).toBe('1.5.0-rc.1');
    const taken = ['1.5.0-rc.1', '1.5.0-rc.2', '1.5.0-beta.7', '1.4.0-rc.9'].map(v);
    expect(version({ commits: feat, prerelease: 'rc', taken })).toBe('1.5.0-rc.3');
    expect(version({ commits: feat, prerelease: 'beta', taken })).toBe('1.5.0-beta.8');
    expect(() => decide({ commits: feat, prerelease: 'rc.1' })).toThrow(
      'Input "prerelease" must be an identifier such as rc or beta (got "rc.1").',
    );
  });
});
