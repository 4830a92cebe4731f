/**
 * The CacheProvider on GitLab. The job's `cache:` keyword moves the files: GitLab restores the
 * cached paths before the script runs and saves them after it. What GitLab cannot tell the
 * action is *which* key the restored files were built for (a fallback key may have restored an
 * older venv), so `save` writes the key into a marker file inside each cached directory, and
 * `restore` reads it back:
 *
 * - every path exists, and every directory's marker holds `key` → a hit on `key`;
 * - the markers agree on a key starting with one of `restoreKeys` → a partial hit on that key
 *   (the files are there but stale, as with @actions/cache's restore keys);
 * - anything else (a missing path, a marker missing or differing, no directory to hold a
 *   marker) → a miss.
 *
 * So an action runs the same logic on both platforms: restore, rebuild on a miss, save. The
 * component's `cache:paths` must list the same directories (the marker lives inside them).
 */
import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CacheProvider, Logger } from '@maint-actions/core';

/** The marker file written inside each cached directory. */
export const CACHE_KEY_FILE = '.maint-actions-cache-key';

type Kind = 'directory' | 'file' | 'missing';

async function kindOf(p: string): Promise<Kind> {
  try {
    return (await stat(p)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

async function readMarker(dir: string): Promise<string | undefined> {
  try {
    return (await readFile(path.join(dir, CACHE_KEY_FILE), 'utf8')).trim();
  } catch {
    return undefined;
  }
}

/** A CacheProvider over the job's `cache:` keyword; `workspace` resolves relative paths. */
export function createGitlabCache(workspace: string, log: Logger): CacheProvider {
  const resolve = (p: string): string => path.resolve(workspace, p);

  return {
    async restore(paths, key, restoreKeys = []) {
      const kinds = await Promise.all(paths.map((p) => kindOf(resolve(p))));
      if (kinds.includes('missing')) return undefined;
      const dirs = paths.filter((_, i) => kinds[i] === 'directory').map(resolve);
      const markers = new Set(await Promise.all(dirs.map(readMarker)));
      const [stored] = markers;
      if (markers.size !== 1 || stored === undefined) return undefined;
      if (stored === key || restoreKeys.some((prefix) => stored.startsWith(prefix))) {
        log.debug(`Cache: the job's cache restored ${paths.join(', ')} for key ${stored}`);
        return stored;
      }
      return undefined;
    },

    async save(paths, key) {
      for (const p of paths) {
        const dir = resolve(p);
        if ((await kindOf(dir)) !== 'directory') continue;
        const temp = path.join(dir, `${CACHE_KEY_FILE}.${randomUUID()}.tmp`);
        try {
          await writeFile(temp, `${key}\n`);
          await rename(temp, path.join(dir, CACHE_KEY_FILE));
        } catch (error) {
          await rm(temp, { force: true });
          log.warning(`Cache: could not record key ${key} in ${p}: ${(error as Error).message}`);
        }
      }
    },
  };
}
