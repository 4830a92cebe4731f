/**
 * Semantic versions (semver.org 2.0.0), as much as releases need: parse, format, compare, bump.
 * Build metadata (`+...`) is kept when parsed but never produced and ignored in comparisons.
 */

export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** Pre-release identifiers: `rc.2` is `['rc', 2]`; empty for a release. */
  readonly prerelease: readonly (string | number)[];
  readonly build?: string;
}

/** A bump, smallest first (their order is their rank). */
export const BUMPS = ['none', 'patch', 'minor', 'major'] as const;
export type Bump = (typeof BUMPS)[number];

const NUMBER = '0|[1-9]\\d*';
const IDENTIFIER = `(?:${NUMBER}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const SEMVER = new RegExp(
  `^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`,
);

/** `1.4.0-rc.2` -> a Version; undefined when the text is not a semantic version. */
export function parseVersion(text: string): Version | undefined {
  const m = SEMVER.exec(text.trim());
  if (!m) return undefined;
  const prerelease = m[4] ? m[4].split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id)) : [];
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease,
    ...(m[5] ? { build: m[5] } : {}),
  };
}

/** `1.4.0-rc.2` (build metadata included when present). */
export function formatVersion(v: Version): string {
  const pre = v.prerelease.length > 0 ? `-${v.prerelease.join('.')}` : '';
  return `${v.major}.${v.minor}.${v.patch}${pre}${v.build ? `+${v.build}` : ''}`;
}

/** Semver precedence: negative when a < b, 0 when equal (build metadata ignored), positive when a > b. */
export function compareVersions(a: Version, b: Version): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return Math.sign(b.prerelease.length - a.prerelease.length);
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return Math.sign(x - y);
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The release `bump` makes after `v` (a pre-release is dropped; `none` keeps the release part). */
export function bumpVersion(v: Version, bump: Bump): Version {
  switch (bump) {
    case 'major':
      return { major: v.major + 1, minor: 0, patch: 0, prerelease: [] };
    case 'minor':
      return { major: v.major, minor: v.minor + 1, patch: 0, prerelease: [] };
    case 'patch':
      return { major: v.major, minor: v.minor, patch: v.patch + 1, prerelease: [] };
    case 'none':
      return { major: v.major, minor: v.minor, patch: v.patch, prerelease: [] };
  }
}

/** The bump that leads from `from` to `to` (by their release parts), `none` when they are equal or `to` is lower. */
export function bumpBetween(from: Version, to: Version): Bump {
  if (to.major !== from.major) return to.major > from.major ? 'major' : 'none';
  if (to.minor !== from.minor) return to.minor > from.minor ? 'minor' : 'none';
  return to.patch > from.patch ? 'patch' : 'none';
}

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}
