/**
 * The plan of a tag-release run: which version to release and why, or why there is nothing to
 * release. Reads the tags and commits; changes nothing.
 */
import type { ActionContext } from '@maint-actions/core';
import { type ParsedCommit, releaseCommits } from './commits';
import type { Git, VersionTag } from './git';
import { type Bump, bumpBetween, compareVersions, formatVersion, parseVersion, type Version } from './semver';
import type { TagReleaseSpec } from './spec';
import { decideVersion } from './version';

export type TagReleaseInputs = ActionContext<TagReleaseSpec>['inputs'];

/** What this run releases. */
export interface Plan {
  readonly version: Version;
  readonly tag: string;
  readonly previous: VersionTag | undefined;
  readonly bump: Bump;
  /** One line: why this version. */
  readonly reason: string;
  readonly commits: readonly ParsedCommit[];
  /** The tag is at the commit already: a re-run. */
  readonly rerun: boolean;
}

/**
 * The version to release: a version tag the commit carries already (a re-run), else the one the
 * commits, labels or inputs decide; or why there is nothing to release.
 */
export async function planRelease(
  git: Git,
  inputs: TagReleaseInputs,
  { prefix, sha, tagged }: { prefix: string; sha: string; tagged: readonly VersionTag[] },
): Promise<Plan | { readonly reason: string; readonly previous: VersionTag | undefined }> {
  const existing = pickExisting(await git.versionTags(prefix, sha), inputs);
  const previous = await git.lastRelease(sha, prefix, existing?.tag);
  const commits = releaseCommits(await git.commitsBetween(previous?.tag, sha));
  if (existing) {
    return {
      version: existing.version,
      tag: existing.tag,
      previous,
      bump: previous ? bumpBetween(previous.version, existing.version) : 'none',
      reason: `${existing.tag} is at this commit already`,
      commits,
      rerun: true,
    };
  }
  const decision = decideVersion({
    previous: previous?.version,
    commits,
    labels: inputs.labels ?? [],
    explicit: inputs.version,
    apiBump: inputs.apiBump,
    zeroMajor: inputs.zeroMajor,
    prerelease: inputs.prerelease,
    initialVersion: inputs.initialVersion,
    taken: tagged.map((t) => t.version),
  });
  if (!decision.release) return { reason: decision.reason, previous };
  const tag = `${prefix}${formatVersion(decision.version)}`;
  return { ...decision, tag, previous, commits, rerun: false };
}

/**
 * The version tag at the commit that this run would make: the explicit `version`'s, else the
 * highest pre-release of the `prerelease` identifier, else the highest release.
 */
function pickExisting(atCommit: readonly VersionTag[], inputs: TagReleaseInputs): VersionTag | undefined {
  if (inputs.version !== undefined) {
    const wanted = parseVersion(inputs.version.replace(/^v(?=\d)/, ''));
    return atCommit.find((t) => wanted !== undefined && compareVersions(t.version, wanted) === 0);
  }
  const fitting = atCommit.filter((t) =>
    inputs.prerelease === undefined
      ? t.version.prerelease.length === 0
      : t.version.prerelease[0] === inputs.prerelease,
  );
  return fitting.sort((a, b) => compareVersions(b.version, a.version))[0];
}
