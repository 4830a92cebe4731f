/**
 * The release tag and its moving tags reach the host, safely re-runnable: with git (`git tag -a`,
 * then one `git push --atomic` of the tag and the forced moving tags) or through the host API.
 * A tag already at the commit is success; at another commit it is a failure naming both commits.
 * Two runs at once make one tag: the loser's atomic push fails, and it then finds the winner's
 * tag at its commit, which is a re-run.
 */
import { describeError, gitMessage, HostApiError, type Releases } from '@maint-actions/core';
import type { Git, Tagger, VersionTag } from './git';
import { compareVersions, type Version } from './semver';

/** What tagging did, or why it failed (the message the user sees). */
export type TagOutcome =
  | { readonly status: 'created' | 'exists'; readonly detail: string }
  | { readonly status: 'failed'; readonly detail: string };

export interface TagRequest {
  readonly tag: string;
  readonly sha: string;
  readonly message: string;
  /** Moving tags to point at `sha`, such as `v1` and `v1.4`. */
  readonly moving: readonly string[];
}

/**
 * The moving tags for `version` (`v1` for `major`, `v1.4` for `minor`) that it may move: never
 * for a pre-release, and never back, when a higher release of that line is tagged already.
 */
export function movingTagNames(
  version: Version,
  prefix: string,
  kinds: readonly string[],
  tagged: readonly VersionTag[],
): string[] {
  if (version.prerelease.length > 0) return [];
  const releases = tagged.map((t) => t.version).filter((v) => v.prerelease.length === 0);
  const names: string[] = [];
  const newest = (same: (v: Version) => boolean): boolean =>
    releases.filter(same).every((v) => compareVersions(v, version) <= 0);
  if (kinds.includes('major') && newest((v) => v.major === version.major)) {
    names.push(`${prefix}${version.major}`);
  }
  if (kinds.includes('minor') && newest((v) => v.major === version.major && v.minor === version.minor)) {
    names.push(`${prefix}${version.major}.${version.minor}`);
  }
  return names;
}

/** A tag at another commit than the one being released; `existing` undefined when the host did not say which. */
export function conflictMessage(tag: string, existing: string | undefined, sha: string): string {
  const where = existing ? `at commit ${existing}, not at ${sha}` : `at another commit than ${sha}`;
  return `tag ${tag} already exists ${where} which this run releases: release another version, or delete the tag if it is wrong`;
}

/** Tags with git and pushes them atomically to `remote`. */
export async function tagWithGit(
  git: Git,
  remote: string,
  tagger: Tagger,
  request: TagRequest,
): Promise<TagOutcome> {
  const { tag, sha } = request;
  // The caller made sure a local tag of that name, if any, is at `sha`.
  const local = await git.tagCommit(tag);
  if (local === undefined) await git.createAnnotatedTag(tag, sha, request.message, tagger);
  const refspecs = [
    `refs/tags/${tag}:refs/tags/${tag}`,
    ...request.moving.map((m) => `+${sha}:refs/tags/${m}`),
  ];
  const pushed = await git.push(remote, refspecs);
  if (pushed.exitCode === 0) {
    const upToDate = pushed.stdout.split('\n').some((line) => line.startsWith(`=\trefs/tags/${tag}:`));
    return {
      status: upToDate ? 'exists' : 'created',
      detail: `${upToDate ? 'already on' : 'pushed to'} ${remote}${movedText(request.moving)}`,
    };
  }
  // Nothing was pushed (atomic): leave no local tag this run made behind.
  if (local === undefined) await git.deleteTag(tag);
  const reason = gitMessage(pushed);
  const remoteCommit = await git.fetchTag(remote, tag).catch(() => undefined);
  if (remoteCommit === undefined) {
    return { status: 'failed', detail: `git push of ${tag} to ${remote} was refused: ${reason}` };
  }
  if (remoteCommit !== sha) return { status: 'failed', detail: conflictMessage(tag, remoteCommit, sha) };
  // Another run tagged this commit meanwhile: a re-run. Its moving tags may still need to move.
  if (request.moving.length > 0) {
    const moved = await git.push(
      remote,
      request.moving.map((m) => `+${sha}:refs/tags/${m}`),
    );
    if (moved.exitCode !== 0) {
      return {
        status: 'failed',
        detail: `${tag} is on ${remote} at this commit, but moving ${request.moving.join(', ')} failed: ${gitMessage(moved)}`,
      };
    }
  }
  return {
    status: 'exists',
    detail: `already on ${remote} at this commit (tagged by another run)${movedText(request.moving)}`,
  };
}

/** Tags through the host API (no push: branch protection needs no personal token). */
export async function tagWithApi(releases: Releases, request: TagRequest): Promise<TagOutcome> {
  const { tag, sha } = request;
  let created: boolean;
  try {
    ({ created } = await releases.createTag({ tag, sha, message: request.message }));
  } catch (error) {
    if (error instanceof HostApiError && error.status === 409) {
      return {
        status: 'failed',
        detail: `${conflictMessage(tag, undefined, sha)} (the host says: ${error.message})`,
      };
    }
    return { status: 'failed', detail: `the host refused to create ${tag}: ${describeError(error).message}` };
  }
  try {
    for (const name of request.moving) await releases.moveTag(name, sha);
  } catch (error) {
    return {
      status: 'failed',
      detail: `${tag} is ${created ? 'created' : 'there'}, but moving ${request.moving.join(', ')} failed: ${describeError(error).message}`,
    };
  }
  return {
    status: created ? 'created' : 'exists',
    detail: `${created ? 'created' : 'already there at this commit'} through the host API${movedText(request.moving)}`,
  };
}

function movedText(moving: readonly string[]): string {
  return moving.length > 0 ? `; moved ${moving.join(', ')}` : '';
}
