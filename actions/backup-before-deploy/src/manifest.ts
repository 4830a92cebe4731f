/**
 * The manifest: written last, it marks a backup complete and ties it to the deploy. It never
 * holds a password (connections are recorded without theirs).
 */
import { ConfigError } from '@maint-actions/core';
import type { Engine } from './database-url';
import type { DatabaseFacts } from './engines/engine';

export const MANIFEST_FORMAT = 'maint-actions-backup/1';

export interface ManifestFile {
  /** File name inside the backup folder. */
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** A backed-up database: its place in the backup and the facts taken when its backup started. */
export interface ManifestDatabase extends DatabaseFacts {
  /** Short name (the database name or SQLite file name), unique in the backup. */
  readonly name: string;
  readonly engine: Engine;
  /** The backup file of this database. */
  readonly file: string;
  /** Where it was backed up from, without the password. */
  readonly source: string;
}

/** The media directory's archive. */
export interface ManifestMedia {
  /** The archive file in the backup folder (`media.tar.zst`). */
  readonly file: string;
  /** The `media-dir` or `media-s3` (`s3://bucket/prefix`) it was made from, as given. */
  readonly source: string;
  /** Files, directories and symlinks stored. */
  readonly entries: number;
  /** Bytes of the objects copied, before compression (`media-s3` only). */
  readonly sourceBytes?: number;
  /** Files that changed or vanished while read, and what was stored of each (the backup passed). */
  readonly warnings?: readonly string[];
}

export interface Manifest {
  readonly format: typeof MANIFEST_FORMAT;
  /** `<environment>/<timestamp>-<short-sha>`. */
  readonly backupId: string;
  readonly environment: string;
  readonly startedAt: string;
  readonly completedAt: string;
  readonly gitSha?: string;
  readonly imageTag?: string;
  readonly repository?: string;
  /** Tool versions, such as { zstd: '1.5.4' }. */
  readonly tools: Readonly<Record<string, string>>;
  readonly files: readonly ManifestFile[];
  readonly databases: readonly ManifestDatabase[];
  /** The media archive, when `media-dir` or `media-s3` was set. */
  readonly media?: ManifestMedia;
  /** The verification that passed before the manifest was written. */
  readonly verified: string;
}

/** Parses a manifest's text. @throws ConfigError naming `input` when it is not one. */
export function parseManifest(text: string, where: string, input = 'manifest'): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError(`Input "${input}": ${where} is not JSON.`, { input });
  }
  const manifest = value as Partial<Manifest> | null;
  if (
    manifest?.format !== MANIFEST_FORMAT ||
    !Array.isArray(manifest.files) ||
    !Array.isArray(manifest.databases)
  ) {
    throw new ConfigError(
      `Input "${input}": ${where} is not a backup-before-deploy manifest (${MANIFEST_FORMAT}).`,
      {
        input,
      },
    );
  }
  return manifest as Manifest;
}

/** Tables whose restored row count differs from the manifest's: `table: expected N, got M`. */
export function compareRowCounts(
  expected: Readonly<Record<string, number>>,
  actual: Readonly<Record<string, number>>,
): string[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return tables
    .filter((t) => expected[t] !== actual[t])
    .map((t) => `${t}: expected ${expected[t] ?? 'no table'}, got ${actual[t] ?? 'no table'}`);
}
