/**
 * Owned exceptions: vulnerability IDs the team accepts for a while. Each entry of the
 * `dependency-audit-ignore` list (in `.maint-actions.yml`, or in the file `ignore-file` names)
 * says which ID, why, who owns the decision and until when:
 *
 * ```yaml
 * dependency-audit-ignore:
 *   - id: GHSA-j8r2-6x86-q33q
 *     reason: no proxies in production; upgrade planned with Django 4.2
 *     owner: "@backend-team"
 *     expires: 2025-09-30
 * ```
 *
 * An entry applies through its `expires` day (UTC) and is expired from the day after.
 */
import path from 'node:path';
import { ConfigError, loadConfig, type RepoConfig, repoConfigOf } from '@maint-actions/core';
import { IGNORE_SECTION } from './spec';

export interface IgnoreEntry {
  /** A vulnerability ID or alias (PYSEC-, GHSA-, CVE- ...), matched without regard to case. */
  readonly id: string;
  readonly reason: string;
  readonly owner: string;
  /** `YYYY-MM-DD`, the last day the entry applies. */
  readonly expires: string;
}

export interface IgnoreList {
  /** The file the list came from, relative to the workspace; undefined without one. */
  readonly file: string | undefined;
  readonly entries: readonly IgnoreEntry[];
}

export const IGNORE_FIELDS = ['id', 'reason', 'owner', 'expires'] as const;
const FIELDS = IGNORE_FIELDS;

/**
 * Reads the ignore list from `ignoreFile` (relative to the workspace; it must exist) or else
 * from the repo config in force, `repoConfig` (the CLI's `--config` file; unset,
 * `.maint-actions.yml`); a missing list is empty.
 * @throws ConfigError naming the file and the entry for a malformed entry.
 */
export async function loadIgnores(
  workspace: string,
  ignoreFile: string | undefined,
  repoConfig?: RepoConfig,
): Promise<IgnoreList> {
  let config: RepoConfig;
  try {
    config = ignoreFile ? await loadConfig(workspace, ignoreFile) : await repoConfigOf(workspace, repoConfig);
  } catch (error) {
    if (error instanceof ConfigError && ignoreFile)
      throw new ConfigError(`Input "ignore-file": ${error.message}`, { input: 'ignore-file', cause: error });
    throw error;
  }
  const file = config.path && path.relative(workspace, config.path).split(path.sep).join('/');
  const list = config.data[IGNORE_SECTION];
  if (list === undefined || list === null || list === '') return { file, entries: [] };
  const where = `${file}: ${IGNORE_SECTION}`;
  if (!Array.isArray(list))
    throw ignoreError(`${where} must be a list of entries with ${FIELDS.join(', ')}.`, ignoreFile);
  return {
    file,
    entries: list.map((item, index) => entryOf(item, `${where} entry ${index + 1}`, ignoreFile)),
  };
}

function entryOf(item: unknown, where: string, ignoreFile: string | undefined): IgnoreEntry {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw ignoreError(`${where} must be a mapping with ${FIELDS.join(', ')}.`, ignoreFile);
  }
  const record = item as Record<string, unknown>;
  const value = (key: (typeof FIELDS)[number]): string => {
    const text = typeof record[key] === 'string' ? (record[key] as string).trim() : '';
    if (!text) {
      const what = typeof record.id === 'string' ? ` (${record.id})` : '';
      throw ignoreError(`${where}${what} needs "${key}": every ignore has ${FIELDS.join(', ')}.`, ignoreFile);
    }
    return text;
  };
  const entry = {
    id: value('id'),
    reason: value('reason'),
    owner: value('owner'),
    expires: value('expires'),
  };
  if (!isDate(entry.expires)) {
    throw ignoreError(
      `${where} (${entry.id}) "expires" must be a date as YYYY-MM-DD (got "${entry.expires}").`,
      ignoreFile,
    );
  }
  return entry;
}

/** True when `expires` is before `today` (both `YYYY-MM-DD`). */
export function isExpired(entry: IgnoreEntry, today: string): boolean {
  return entry.expires < today;
}

/** The entry that ignores a vulnerability known by `ids` (its ID and aliases), if any. */
export function findIgnore(entries: readonly IgnoreEntry[], ids: readonly string[]): IgnoreEntry | undefined {
  const names = new Set(ids.map((id) => id.toUpperCase()));
  return entries.find((entry) => names.has(entry.id.toUpperCase()));
}

/** Today in UTC as `YYYY-MM-DD`. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && utcDay(date) === text;
}

function ignoreError(message: string, ignoreFile: string | undefined): ConfigError {
  return ignoreFile ? new ConfigError(message, { input: 'ignore-file' }) : new ConfigError(message);
}
