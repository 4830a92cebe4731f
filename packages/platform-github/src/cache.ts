/**
 * The CacheProvider on GitHub: @actions/cache, made best-effort. A cache service that is absent
 * (self-hosted runners without it, local runners) or failing is a miss, never an error.
 */
import type { CacheProvider, Logger } from '@maint-actions/core';

type CacheModule = typeof import('@actions/cache');

/**
 * @actions/cache (with its Azure storage client) is loaded on first use, not at start-up: most
 * actions never touch the cache, and loading it costs every one of them a third of their start.
 */
let loaded: Promise<CacheModule> | undefined;
function loadCache(): Promise<CacheModule> {
  loaded ??= import('@actions/cache');
  return loaded;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A programming mistake in the key or paths (commas, too long, no paths): surfaced, not swallowed. */
function isValidationError(cache: CacheModule, error: unknown): boolean {
  return error instanceof Error && error.name === cache.ValidationError.name;
}

/** Creates the provider; `log` receives the warnings (cache problems never fail the action). */
export function createGithubCache(log: Logger): CacheProvider {
  return {
    async restore(paths, key, restoreKeys) {
      const cache = await loadCache();
      if (!cache.isFeatureAvailable()) {
        log.info(
          'Cache: the GitHub Actions cache service is not available here; continuing without a cache.',
        );
        return undefined;
      }
      try {
        return await cache.restoreCache(paths, key, restoreKeys);
      } catch (error) {
        if (isValidationError(cache, error)) throw error;
        log.warning(`Cache: could not restore ${key}: ${messageOf(error)}`);
        return undefined;
      }
    },

    async save(paths, key) {
      const cache = await loadCache();
      if (!cache.isFeatureAvailable()) {
        log.debug(`Cache: service not available; ${key} not saved.`);
        return;
      }
      try {
        await cache.saveCache(paths, key);
      } catch (error) {
        if (isValidationError(cache, error)) throw error;
        if (error instanceof cache.ReserveCacheError) {
          log.info(`Cache: ${key} already exists or is being saved by another job.`);
          return;
        }
        log.warning(`Cache: could not save ${key}: ${messageOf(error)}`);
      }
    },
  };
}
