/** Retention: which complete backups of an environment to delete. */
import type { StoredBackup } from './destination';

export interface RetentionPolicy {
  /** Complete backups to keep, newest first. */
  readonly keepLast?: number;
  readonly maxAgeDays?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The backups to delete: complete ones beyond `keepLast` or older than `maxAgeDays`. Incomplete
 * backups (no manifest) neither count nor are deleted; the newest complete backup is always kept.
 */
export function expired(
  backups: readonly StoredBackup[],
  policy: RetentionPolicy,
  now: Date,
): StoredBackup[] {
  if (policy.keepLast === undefined && policy.maxAgeDays === undefined) return [];
  const complete = backups
    .filter((b) => b.complete)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return complete.slice(1).filter((backup, index) => {
    const position = index + 1;
    const tooMany = policy.keepLast !== undefined && position >= policy.keepLast;
    const tooOld =
      policy.maxAgeDays !== undefined &&
      now.getTime() - backup.createdAt.getTime() > policy.maxAgeDays * DAY_MS;
    return tooMany || tooOld;
  });
}
