/**
 * Backup manifests as backup-before-deploy writes them (`maint-actions-backup/1`): which backup
 * was taken before the deploy of which commit, and which image that deploy ran. Only the fields
 * the plan needs are read; a file that is not a manifest is left out (and said in the report).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '@maint-actions/core';

const FORMAT = 'maint-actions-backup/1';
const MANIFEST = 'manifest.json';
/** Folder levels searched under `manifests` (`<destination>/<environment>/<id>/manifest.json`). */
const MAX_DEPTH = 4;

export interface BackupRecord {
  readonly backupId: string;
  readonly environment: string;
  readonly startedAt: string;
  /** The commit deployed right after this backup. */
  readonly gitSha?: string;
  /** The image that deploy ran. */
  readonly imageTag?: string;
  readonly file: string;
}

/** Reads one manifest. @throws ConfigError naming `input` when it is not one. */
export async function readManifest(file: string, input: string): Promise<BackupRecord> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'is not JSON';
    throw new ConfigError(`Input "${input}": ${file} ${why}.`, { input });
  }
  const m = value as Record<string, unknown> | null;
  // The id and the image go into one-line, comma-separated outputs: no spaces, commas or line breaks.
  const token = (v: unknown): v is string => typeof v === 'string' && /^[^\s,]+$/.test(v);
  if (
    m?.format !== FORMAT ||
    !token(m.backupId) ||
    typeof m.startedAt !== 'string' ||
    (m.imageTag !== undefined && !token(m.imageTag))
  ) {
    throw new ConfigError(`Input "${input}": ${file} is not a backup-before-deploy manifest (${FORMAT}).`, {
      input,
    });
  }
  return {
    backupId: m.backupId,
    environment: typeof m.environment === 'string' ? m.environment : '',
    startedAt: m.startedAt,
    // A commit id only: the value reaches git's argument list.
    ...(typeof m.gitSha === 'string' && /^[0-9a-f]{7,64}$/i.test(m.gitSha) ? { gitSha: m.gitSha } : {}),
    ...(token(m.imageTag) ? { imageTag: m.imageTag } : {}),
    file,
  };
}

/**
 * The manifests of the `manifests` input: a file, or every `manifest.json` in a folder (four
 * levels deep), oldest first. Files that are not manifests are returned as `skipped`.
 */
export async function loadManifests(
  location: string,
): Promise<{ records: BackupRecord[]; skipped: string[] }> {
  const info = await stat(location).catch(() => undefined);
  if (!info) {
    throw new ConfigError(
      `Input "manifests": ${location} does not exist; set it to a folder of backups or a manifest.json.`,
      {
        input: 'manifests',
      },
    );
  }
  if (info.isFile()) return { records: [await readManifest(location, 'manifests')], skipped: [] };
  const files: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isFile() && entry.name === MANIFEST) files.push(full);
      else if (entry.isDirectory() && depth < MAX_DEPTH) await walk(full, depth + 1);
    }
  };
  await walk(location, 0);
  const records: BackupRecord[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    try {
      records.push(await readManifest(file, 'manifests'));
    } catch {
      skipped.push(file);
    }
  }
  records.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return { records, skipped };
}

/** Whether a manifest's `gitSha` (full or abbreviated) is `sha`. */
export function sameCommit(recorded: string | undefined, sha: string): boolean {
  return recorded !== undefined && recorded.length >= 7 && sha.startsWith(recorded.toLowerCase());
}
