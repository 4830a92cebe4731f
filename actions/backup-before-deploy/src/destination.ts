/**
 * Where backups are kept. A backup is a folder `<environment>/<timestamp>-<short-sha>/` of files;
 * its `manifest.json`, written last and atomically, marks it complete.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

export const MANIFEST = 'manifest.json';

/** A backup folder as listed by a destination. */
export interface StoredBackup {
  /** `<environment>/<timestamp>-<short-sha>`. */
  readonly id: string;
  /** When it was started, from its folder name. */
  readonly createdAt: Date;
  /** Whether its manifest exists. */
  readonly complete: boolean;
}

export interface Destination {
  /** Where a backup's file is, as shown to users (a path). */
  locate(backupId: string, file: string): string;
  /**
   * A stream writing the file; it fails (and leaves no file) when the write fails. `expectedBytes`,
   * when known, lets an upload choose its part size.
   */
  writer(backupId: string, file: string, expectedBytes?: number): Promise<Writable>;
  reader(backupId: string, file: string): Promise<Readable>;
  /** Writes the manifest atomically (this completes the backup); returns where it is. */
  writeManifest(backupId: string, json: string): Promise<string>;
  /** The backups of `environment`, complete or not. */
  list(environment: string): Promise<StoredBackup[]>;
  /** Deletes a backup folder, its manifest first (so it never looks complete while half-deleted). */
  remove(backupId: string): Promise<void>;
  /** Deletes several backup folders at once (in batches where the store has them), manifests first. */
  removeMany?(backupIds: readonly string[]): Promise<void>;
}

/** `20250102T030405Z` for a date (UTC, sortable, safe in paths and keys). */
export function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** The date of a backup folder name `<stamp>-<sha>`, or undefined for foreign names. */
export function parseStamp(name: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-[A-Za-z0-9]+)?$/.exec(name);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s));
}

/** A directory on this machine (also the `artifact` destination, under the report directory). */
export function localDestination(root: string): Destination {
  const folder = (backupId: string): string => path.join(root, ...backupId.split('/'));
  return {
    locate: (backupId, file) => path.join(folder(backupId), file),
    async writer(backupId, file) {
      await makeDir(folder(backupId));
      // Private to the owner: a backup holds every row of the database.
      return createWriteStream(path.join(folder(backupId), file), { flags: 'wx', mode: 0o600 });
    },
    async reader(backupId, file) {
      const target = path.join(folder(backupId), file);
      await stat(target);
      return createReadStream(target);
    },
    async writeManifest(backupId, json) {
      const target = path.join(folder(backupId), MANIFEST);
      const temp = `${target}.tmp`;
      const handle = await open(temp, 'w', 0o600);
      try {
        await handle.writeFile(json);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
      return target;
    },
    async list(environment) {
      const dir = path.join(root, environment);
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      const backups: StoredBackup[] = [];
      for (const entry of entries) {
        const createdAt = entry.isDirectory() ? parseStamp(entry.name) : undefined;
        if (!createdAt) continue;
        const complete = await stat(path.join(dir, entry.name, MANIFEST)).then(
          () => true,
          () => false,
        );
        backups.push({ id: `${environment}/${entry.name}`, createdAt, complete });
      }
      return backups;
    },
    async remove(backupId) {
      await rm(path.join(folder(backupId), MANIFEST), { force: true });
      await rm(folder(backupId), { recursive: true, force: true });
    },
  };
}

/**
 * `mkdir -p` with private (0700) new folders. Node reports a refused `mkdir -p` as ENOENT of the
 * deepest folder; this names the folder that could not be made and why (EACCES, EROFS ...).
 */
export async function makeDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // Make each missing folder from the top, so the one that fails gives its own error.
    const missing: string[] = [];
    let at = dir;
    while (
      !(await stat(at).then(
        () => true,
        () => false,
      ))
    ) {
      missing.unshift(at);
      const up = path.dirname(at);
      if (up === at) break;
      at = up;
    }
    for (const folder of missing)
      await mkdir(folder, { mode: 0o700 }).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e;
      });
  }
}

/** Reads a local manifest file. */
export function readLocal(file: string): Promise<string> {
  return readFile(file, 'utf8');
}
