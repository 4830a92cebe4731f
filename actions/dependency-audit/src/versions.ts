/**
 * Python versions are PEP 440, not semver: epochs, pre-, post- and dev-releases and local
 * versions are parsed and ordered by Renovate's PEP 440 implementation.
 */
import { compare, explain, valid } from '@renovatebot/pep440';
import type { UpdateKind } from './spec';

/**
 * How far `latest` is ahead of `installed`: `pre-release` when `latest` is a pre- or
 * dev-release; otherwise `major`, `minor` or `patch` by the first release segment that differs
 * (a different epoch is `major`; a post-release, or the final release of an installed
 * pre-release, is `patch`). Undefined when `latest` is not newer or either is not PEP 440.
 */
export function classifyUpdate(installed: string, latest: string): UpdateKind | undefined {
  const from = explain(installed);
  const to = explain(latest);
  if (!from || !to || compare(latest, installed) <= 0) return undefined;
  if (to.is_prerelease) return 'pre-release';
  if (from.epoch !== to.epoch) return 'major';
  const length = Math.max(from.release.length, to.release.length);
  for (let i = 0; i < length; i++) {
    if ((from.release[i] ?? 0) !== (to.release[i] ?? 0))
      return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch';
  }
  return 'patch';
}

/**
 * The smallest of `fixes` that is newer than `installed` (fix versions older than the installed
 * one belong to other release lines); undefined when none is. Versions that are not PEP 440
 * are ignored.
 */
export function smallestFix(installed: string, fixes: readonly string[]): string | undefined {
  const newer = fixes.filter((v) => valid(v) && (!valid(installed) || compare(v, installed) > 0));
  return newer.sort(compare)[0];
}
