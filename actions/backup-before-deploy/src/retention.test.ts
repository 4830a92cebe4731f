import { describe, expect, it } from 'vitest';
import type { StoredBackup } from './destination';
import { expired } from './retention';

const now = new Date('2025-03-10T12:00:00Z');
const daysAgo = (days: number, complete = true): StoredBackup => ({
  id: `staging/${days}`,
  createdAt: new Date(now.getTime() - days * 86_400_000),
  complete,
});

describe('expired', () => {
  it('keeps the last N complete backups; incomplete ones neither count nor go', () => {
    const backups = [daysAgo(1), daysAgo(2, false), daysAgo(3), daysAgo(4), daysAgo(5)];
    expect(expired(backups, { keepLast: 2 }, now).map((b) => b.id)).toEqual(['staging/4', 'staging/5']);
  });

  it('deletes complete backups older than the maximum age', () => {
    const backups = [daysAgo(1), daysAgo(8), daysAgo(30, false), daysAgo(31)];
    expect(expired(backups, { maxAgeDays: 7 }, now).map((b) => b.id)).toEqual(['staging/8', 'staging/31']);
  });

  it('never deletes the newest complete backup, however old', () => {
    expect(
      expired([daysAgo(90), daysAgo(100)], { maxAgeDays: 7, keepLast: 1 }, now).map((b) => b.id),
    ).toEqual(['staging/100']);
  });

  it('deletes nothing without a policy', () => {
    expect(expired([daysAgo(1), daysAgo(400)], {}, now)).toEqual([]);
  });
});
