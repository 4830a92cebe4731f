import { describe, expect, it } from 'vitest';
import { isExpectedVersion, reportedVersion } from './version';

describe('versions', () => {
  it('matches equal versions, a leading v, and a short SHA against the full one', () => {
    expect(isExpectedVersion('1.4.2', '1.4.2')).toBe(true);
    expect(isExpectedVersion('v1.4.2', '1.4.2')).toBe(true);
    expect(isExpectedVersion('c0ffee1', 'C0FFEE1234567890abcdef1234567890abcdef12')).toBe(true);
    expect(isExpectedVersion('c0ffee1234567890abcdef1234567890abcdef12', 'c0ffee12')).toBe(true);
    expect(isExpectedVersion('1.4.2', '1.4.1')).toBe(false);
    expect(isExpectedVersion('1.4', '1.4.2')).toBe(false);
    expect(isExpectedVersion('c0ffee1', 'c0ffee2aaaa')).toBe(false);
    expect(isExpectedVersion('abc', 'abcdef1')).toBe(false);
  });

  it('reads the version from a JSON pointer or a header, and says why there is none', () => {
    const body = Buffer.from(JSON.stringify({ build: { commit: 'abc1234' }, version: 3 }));
    expect(reportedVersion({ pointer: '/build/commit' }, {}, body)).toEqual({ version: 'abc1234' });
    expect(reportedVersion({ pointer: '/version' }, {}, body)).toEqual({ version: '3' });
    expect(reportedVersion({ pointer: '/build' }, {}, body)).toEqual({ missing: 'no version at /build' });
    expect(reportedVersion({ pointer: '/version' }, {}, Buffer.from('ok'))).toEqual({
      missing: 'a body that is not JSON',
    });
    expect(reportedVersion({ pointer: '/v', header: 'X-Version' }, { 'x-version': ' 2.0 ' }, body)).toEqual({
      version: '2.0',
    });
    expect(reportedVersion({ pointer: '/v', header: 'X-Version' }, {}, body)).toEqual({
      missing: 'no X-Version header',
    });
  });
});
