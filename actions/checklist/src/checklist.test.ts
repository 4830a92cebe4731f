import { ConfigError } from '@maint-actions/core';
import { describe, expect, it } from 'vitest';
import { inputItems, issueTitle, mergeItems, periodOf, previousPeriodOf, teamItems } from './checklist';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('periods', () => {
  it('names the week, the month and the quarter of a day, and the one before', () => {
    expect(periodOf('weekly', day('2026-11-26'))).toBe('2026-W48');
    expect(previousPeriodOf('weekly', day('2026-11-26'))).toBe('2026-W47');
    expect(periodOf('monthly', day('2026-11-26'))).toBe('2026-11');
    expect(previousPeriodOf('monthly', day('2026-11-26'))).toBe('2026-10');
    expect(periodOf('quarterly', day('2026-11-26'))).toBe('2026-Q4');
    expect(previousPeriodOf('quarterly', day('2026-11-26'))).toBe('2026-Q3');
  });

  it('crosses the year: January looks back to December and Q4, ISO weeks belong to their Thursday', () => {
    expect(previousPeriodOf('monthly', day('2027-01-01'))).toBe('2026-12');
    expect(previousPeriodOf('quarterly', day('2027-02-15'))).toBe('2026-Q4');
    expect(periodOf('weekly', day('2026-12-31'))).toBe('2026-W53');
    expect(periodOf('weekly', day('2027-01-03'))).toBe('2026-W53');
    expect(periodOf('weekly', day('2027-01-04'))).toBe('2027-W01');
    expect(previousPeriodOf('weekly', day('2027-01-04'))).toBe('2026-W53');
    expect(periodOf('weekly', day('2025-12-29'))).toBe('2026-W01');
  });

  it('titles the issue by cadence and period', () => {
    expect(issueTitle('monthly', '2026-11')).toBe('Monthly maintenance checklist 2026-11');
    expect(issueTitle('quarterly', '2026-Q4')).toBe('Quarterly maintenance checklist 2026-Q4');
  });
});

describe('items', () => {
  it('reads the team’s items of one cadence from the checklists section', () => {
    const data = {
      'quality-gates': { gates: 'pytest' },
      checklists: {
        monthly: ['Check the invoices, then the usage', '- [ ] Renew the VPN'],
        quarterly: ['Other'],
      },
    };
    expect(teamItems(data, '.maint-actions.yml', 'monthly')).toEqual([
      'Check the invoices, then the usage',
      'Renew the VPN',
    ]);
    expect(teamItems(data, '.maint-actions.yml', 'weekly')).toEqual([]);
    expect(teamItems({}, '.maint-actions.yml', 'monthly')).toEqual([]);
  });

  it.each([
    [
      { checklists: ['a'] },
      '.maint-actions.yml: checklists must be a mapping of cadences (weekly, monthly, quarterly) to lists of items.',
    ],
    [
      { checklists: { monthly: ['a'], yearly: ['b'] } },
      '.maint-actions.yml: checklists has no cadence "yearly"; cadences are weekly, monthly, quarterly.',
    ],
    [
      { checklists: { quarterly: 'Review the VPN' } },
      '.maint-actions.yml: checklists.quarterly must be a list of items, each a line starting with "- ".',
    ],
    [
      { checklists: { monthly: ['a', { owner: 'x' }] } },
      '.maint-actions.yml: checklists.monthly item 2 must be one line of text.',
    ],
  ])('refuses a malformed section in one line: %j', (data, message) => {
    let thrown: unknown;
    try {
      teamItems(data, '.maint-actions.yml', 'monthly');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toBe(message);
  });

  it('reads the input one item a line, keeps commas, and lists each item once', () => {
    expect(inputItems('Plan the upgrades, then book them\n\n  - Read the report  \n')).toEqual([
      'Plan the upgrades, then book them',
      'Read the report',
    ]);
    expect(inputItems(undefined)).toEqual([]);
    expect(mergeItems(['a', 'b'], ['b', 'c'], ['a'])).toEqual(['a', 'b', 'c']);
  });
});
