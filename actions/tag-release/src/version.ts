/**
 * The next version: from the commits since the last release, or the pull/merge request's
 * `release:*` labels, or an explicit version; raised by the API's bump; with the 0.x rule and
 * pre-release numbering. Pure: the caller gathers tags and commits.
 */
import { ConfigError } from '@maint-actions/core';
import type { ParsedCommit } from './commits';
import {
  type Bump,
  bumpBetween,
  bumpVersion,
  compareVersions,
  formatVersion,
  maxBump,
  parseVersion,
  withPrerelease as replacePrerelease,
  type Version,
  versionProblem,
} from './semver';

/** Where the bump came from, for the summary. */
export type BumpSource = 'commits' | 'label' | 'version' | 'api' | 'initial';

export interface VersionRequest {
  /** The last release (the highest version tag reachable), undefined before the first one. */
  readonly previous: Version | undefined;
  readonly commits: readonly ParsedCommit[];
  readonly labels: readonly string[];
  readonly explicit: string | undefined;
  readonly apiBump: Bump | undefined;
  readonly zeroMajor: 'minor' | 'major';
  readonly prerelease: string | undefined;
  readonly initialVersion: string;
  /** Versions already tagged (for the next free pre-release number). */
  readonly taken: readonly Version[];
}

export type VersionDecision =
  | {
      readonly release: true;
      readonly version: Version;
      readonly bump: Bump;
      readonly source: BumpSource;
      /** One line: why this version. */
      readonly reason: string;
    }
  | { readonly release: false; readonly reason: string };

/** The `release:*` labels. */
export const RELEASE_LABELS = ['release:major', 'release:minor', 'release:patch', 'release:skip'] as const;

/** The bump a commit calls for, before the 0.x rule: breaking major, feat minor, fix/perf/revert patch. */
export function commitBump(commit: ParsedCommit): Bump {
  if (commit.breaking !== undefined) return 'major';
  switch (commit.type) {
    case 'feat':
      return 'minor';
    case 'fix':
    case 'perf':
    case 'revert':
      return 'patch';
    default:
      return 'none';
  }
}

/**
 * Decides the next version.
 *
 * @throws ConfigError naming `version` for an explicit version that is not semver, not above the
 *   last release or below what the API calls for; naming `initial-version` or `prerelease` for bad values.
 */
export function decideVersion(request: VersionRequest): VersionDecision {
  const { previous } = request;
  if (request.explicit !== undefined) return explicitVersion(request, request.explicit);
  const labels = request.labels.map((l) => l.trim().toLowerCase());
  if (labels.includes('release:skip')) return { release: false, reason: 'the release:skip label says so' };

  if (previous === undefined) {
    const initial = parseVersion(request.initialVersion);
    if (!initial || initial.prerelease.length > 0) {
      throw new ConfigError(
        `Input "initial-version" must be a release version such as 0.1.0 (got ${JSON.stringify(request.initialVersion)}).`,
        { input: 'initial-version' },
      );
    }
    const version = withPrerelease(initial, request);
    return {
      release: true,
      version,
      bump: 'none',
      source: 'initial',
      reason: `first release: ${formatVersion(version)}`,
    };
  }

  const labelBump = (['major', 'minor', 'patch'] as const).find((b) => labels.includes(`release:${b}`));
  const fromCommits = request.commits.map(commitBump).reduce<Bump>(maxBump, 'none');
  let bump: Bump = labelBump ?? fromCommits;
  let source: BumpSource = labelBump ? 'label' : 'commits';
  if (request.apiBump && maxBump(bump, request.apiBump) !== bump) {
    bump = request.apiBump;
    source = 'api';
  }
  if (bump === 'none') {
    const kinds = [...new Set(request.commits.map((c) => c.type ?? 'non-conventional'))].join(', ');
    return {
      release: false,
      reason:
        request.commits.length === 0
          ? 'no commits since the last release'
          : `no commit calls for a release (${kinds}); a feat, fix or perf commit, a release label or "version" would`,
    };
  }
  const effective =
    previous.major === 0 && request.zeroMajor === 'minor' && bump === 'major' ? 'minor' : bump;
  const version = withPrerelease(bumpVersion(previous, effective), request);
  const why = {
    commits: 'the commits',
    label: `the release:${bump} label`,
    api: 'the API changes (api-bump)',
  }[source];
  const zero = effective !== bump ? ' (0.x: a breaking change bumps the minor version)' : '';
  return { release: true, version, bump: effective, source, reason: `${effective} bump from ${why}${zero}` };
}

function explicitVersion(request: VersionRequest, text: string): VersionDecision {
  const bare = text.replace(/^v(?=\d)/, '');
  const version = parseVersion(bare);
  if (!version && /^\d+\.\d+\.\d+/.test(bare.trim())) {
    throw new ConfigError(
      `Input "version" must be a semantic version whose numbers are at most ${Number.MAX_SAFE_INTEGER} (got ${JSON.stringify(text)}: ${versionProblem(bare)}).`,
      { input: 'version' },
    );
  }
  if (!version || version.build.length > 0) {
    throw new ConfigError(
      `Input "version" must be a semantic version such as 1.4.0 or 2.0.0-rc.1 (got ${JSON.stringify(text)}).`,
      {
        input: 'version',
      },
    );
  }
  const { previous, apiBump } = request;
  if (previous === undefined)
    return {
      release: true,
      version,
      bump: 'none',
      source: 'version',
      reason: `version ${formatVersion(version)} as given`,
    };
  if (compareVersions(version, previous) <= 0) {
    throw new ConfigError(
      `Input "version": ${formatVersion(version)} is not above the last release ${formatVersion(previous)}; set a higher version.`,
      { input: 'version' },
    );
  }
  const bump = bumpBetween(previous, version);
  // While 0.x with zero-major: minor, a minor bump is what a breaking change calls for.
  const needed =
    apiBump === 'major' && previous.major === 0 && request.zeroMajor === 'minor' ? 'minor' : apiBump;
  if (needed && maxBump(bump, needed) !== bump) {
    throw new ConfigError(
      `Input "version": ${formatVersion(version)} is a ${bump === 'none' ? 'no-bump' : bump} release after ${formatVersion(previous)}, but the API changes call for a ${needed} bump (api-bump); set a higher version.`,
      { input: 'version' },
    );
  }
  return {
    release: true,
    version,
    bump,
    source: 'version',
    reason: `version ${formatVersion(version)} as given`,
  };
}

/** `1.4.0` -> `1.4.0-rc.N` with N one above the highest `1.4.0-rc.*` taken, when a pre-release is asked for. */
function withPrerelease(version: Version, request: VersionRequest): Version {
  const id = request.prerelease;
  if (id === undefined) return version;
  if (!/^[A-Za-z][0-9A-Za-z-]*$/.test(id)) {
    throw new ConfigError(
      `Input "prerelease" must be an identifier such as rc or beta (got ${JSON.stringify(id)}).`,
      {
        input: 'prerelease',
      },
    );
  }
  const numbers = request.taken
    .filter((t) => compareVersions(replacePrerelease(t, []), version) === 0 && t.prerelease[0] === id)
    .map((t) => t.prerelease[1])
    .filter((n): n is number => typeof n === 'number');
  return replacePrerelease(version, [id, Math.max(0, ...numbers) + 1]);
}
