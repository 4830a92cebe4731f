/**
 * Semantic versions (semver.org 2.0.0) through the `semver` package: parse, format, compare,
 * bump. What is ours is only the release vocabulary (`Bump`, and which bump leads from one
 * release to the next). Build metadata (`+...`) is kept when parsed, never produced, and ignored
 * in comparisons.
 */
import semver, { SemVer } from 'semver';

/** A parsed version (the `semver` package's class). */
export type Version = SemVer;

/** A bump, smallest first (their order is their rank). */
export const BUMPS = ['none', 'patch', 'minor', 'major'] as const;
export type Bump = (typeof BUMPS)[number];

/**
 * `1.4.0-rc.2` -> a Version; undefined when the text is not a semantic version, has a number
 * above Number.MAX_SAFE_INTEGER or is longer than 256 characters (what `semver` reads). A `v`
 * prefix is the caller's to remove (it is the tag prefix), so `v1.2.3` is not a version here.
 */
export function parseVersion(text: string): Version | undefined {
  const trimmed = text.trim();
  if (!/^\d/.test(trimmed)) return undefined;
  return semver.parse(trimmed) ?? undefined;
}

/**
 * Why `text` is not a version, in the `semver` package's words (such as "Invalid major version"
 * for `99999999999999999999.0.0`); undefined when it is one.
 */
export function versionProblem(text: string): string | undefined {
  if (parseVersion(text)) return undefined;
  try {
    new SemVer(text.trim());
    return 'not a semantic version';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** `1.4.0-rc.2` (build metadata included when present). */
export function formatVersion(v: Version): string {
  return v.build.length > 0 ? `${v.version}+${v.build.join('.')}` : v.version;
}

/** Semver precedence: negative when a < b, 0 when equal (build metadata ignored), positive when a > b. */
export function compareVersions(a: Version, b: Version): number {
  return semver.compare(a, b);
}

/** The same version with its pre-release identifiers replaced (`[]` for the release itself). */
export function withPrerelease(v: Version, prerelease: readonly (string | number)[]): Version {
  const release = `${v.major}.${v.minor}.${v.patch}`;
  return new SemVer(prerelease.length > 0 ? `${release}-${prerelease.join('.')}` : release);
}

/** The release `bump` makes after the release `v` (`none` keeps the release part). */
export function bumpVersion(v: Version, bump: Bump): Version {
  if (bump === 'none') return withPrerelease(v, []);
  return new SemVer(semver.inc(v, bump) ?? formatVersion(v));
}

/** The bump that leads from `from` to `to` (by their release parts), `none` when they are equal or `to` is lower. */
export function bumpBetween(from: Version, to: Version): Bump {
  const release = withPrerelease(to, []);
  if (semver.lte(release, withPrerelease(from, []))) return 'none';
  const diff = semver.diff(withPrerelease(from, []), release);
  return diff === 'major' || diff === 'minor' ? diff : 'patch';
}

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}
