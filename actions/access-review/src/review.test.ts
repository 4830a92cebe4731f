import { describe, expect, it } from 'vitest';
import { checklist, parseTokens, parseUsers, quarterOf, renderChecklist, reviewUsers } from './review';

const TODAY = new Date('2026-11-29T08:00:00Z');

const row = (username: string, lastLogin: string | null, extra: Record<string, unknown> = {}) => ({
  username,
  email: `${username}@example.test`,
  is_staff: true,
  is_superuser: false,
  is_active: true,
  last_login: lastLogin,
  date_joined: '2025-01-01T00:00:00+00:00',
  ...extra,
});

describe('reviewUsers', () => {
  it('flags active accounts idle for more than N days or never seen, flagged first', () => {
    const users = reviewUsers(
      parseUsers([
        row('amy', '2026-11-20T10:00:00+00:00'),
        row('bob', '2026-08-01T10:00:00+00:00'),
        row('cat', null),
        row('dan', '2025-01-01T00:00:00+00:00', { is_active: false }),
        row('eve', '2026-08-31T09:00:00+00:00'),
      ]),
      90,
      TODAY,
    );
    expect(users.map((u) => [u.username, u.inactive, u.idleDays])).toEqual([
      ['bob', true, 119],
      ['cat', true, undefined],
      ['amy', false, 8],
      ['dan', false, 697],
      ['eve', false, 89],
    ]);
  });

  it('says what is wrong with the list', () => {
    expect(() => parseUsers({})).toThrow('expected a JSON list of accounts');
    expect(() => parseUsers([{ email: 'x' }])).toThrow('item 1 has no "username"');
    expect(() => parseUsers([row('amy', 'yesterday')])).toThrow(
      '"last_login" of amy is not an ISO date (got "yesterday")',
    );
  });
});

describe('parseTokens', () => {
  it('ages each token and marks the ones past the maximum', () => {
    expect(parseTokens(['API_SECRET_TOKEN: 2026-08-01', 'SENTRY_DSN:2026-11-01'], 90, TODAY)).toEqual([
      { name: 'API_SECRET_TOKEN', rotated: '2026-08-01', ageDays: 120, due: true },
      { name: 'SENTRY_DSN', rotated: '2026-11-01', ageDays: 28, due: false },
    ]);
  });

  it('names the bad line', () => {
    expect(() => parseTokens(['API_SECRET_TOKEN 2026-08-01'], 90, TODAY)).toThrow(
      '"API_SECRET_TOKEN 2026-08-01" is not NAME: YYYY-MM-DD (when the token was last rotated)',
    );
    expect(() => parseTokens(['A: 2026-02-30'], 90, TODAY)).toThrow(
      '"A: 2026-02-30" is not NAME: YYYY-MM-DD',
    );
    expect(() => parseTokens(['A: 2027-01-01'], 90, TODAY)).toThrow('"A: 2027-01-01" is in the future');
  });
});

describe('checklist', () => {
  const sections = checklist({
    users: reviewUsers(parseUsers([row('amy', '2026-11-20T10:00:00+00:00'), row('bob', null)]), 90, TODAY),
    tokens: parseTokens(['API_SECRET_TOKEN: 2026-08-01'], 90, TODAY),
    inactiveDays: 90,
    maxTokenAgeDays: 90,
    extra: ['Review the architecture contracts'],
  });

  it('lists accounts (flagged first), tokens, the walk-through and the extra lines', () => {
    const text = renderChecklist(sections);
    expect(text).toContain(
      '### Privileged accounts\n\n- [ ] **bob** (bob@example.test), staff: ⚠️ inactive for more than 90 days: never logged in. Confirm or remove.\n- [ ] **amy** (amy@example.test), staff: last login 2026-11-20, 8 days ago. Confirm or remove.',
    );
    expect(text).toContain(
      '### Service tokens\n\n- [ ] **API_SECRET_TOKEN**: last rotated 2026-08-01, 120 days ago; ⚠️ **rotate**: older than 90 days.',
    );
    expect(text).toContain('### Onboarding and offboarding\n\n- [ ] Walk the offboarding checklist');
    expect(text).toContain('### Also\n\n- [ ] Review the architecture contracts');
  });

  it('keeps the ticks people made, even when the line changed since', () => {
    const previous =
      '- [x] **amy** (amy@example.test), staff: last login 2026-11-02, 20 days ago. Confirm or remove.\n- [X] Review the architecture contracts\n- [ ] **bob** x';
    const text = renderChecklist(sections, previous);
    expect(text).toContain('- [x] **amy** (amy@example.test), staff: last login 2026-11-20');
    expect(text).toContain('- [x] Review the architecture contracts');
    expect(text).toContain('- [ ] **bob**');
    expect(text).toContain('- [ ] **API_SECRET_TOKEN**');
  });
});

describe('quarterOf', () => {
  it('names the quarter', () => {
    expect([
      quarterOf(TODAY),
      quarterOf(new Date('2027-01-01T00:00:00Z')),
      quarterOf(new Date('2026-06-30T23:59:59Z')),
    ]).toEqual(['2026-Q4', '2027-Q1', '2026-Q2']);
  });
});
