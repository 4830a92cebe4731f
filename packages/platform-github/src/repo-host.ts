/**
 * The repository host on GitHub: the sticky comment on this run's pull request (issue comments),
 * release assets, tracking issues and releases, through the Octokit of ./client.
 */
import type { ChangeRequestComments, HostFile, HostFiles, Logger, RepoHost } from '@maint-actions/core';
import { hasMarker, markedComments } from '@maint-actions/core';
import type { GithubClient } from './client';
import { type GithubRepo, httpStatus, messageOf, type RepoWhere } from './host-api';
import { githubIssues } from './issues';
import { githubReleases, replaceReleaseAsset } from './releases';

export interface GithubRepoHostOptions {
  /** The client, or a function that makes it on first use (Octokit loads lazily). */
  readonly client: GithubClient | (() => Promise<GithubClient>);
  /** `owner/name`. */
  readonly repository: string;
  /** The pull request of this run; without it there is no `changeRequest`. */
  readonly changeNumber?: number;
  /** Where a skipped comment is reported as a warning. */
  readonly log: Logger;
}

/** Why a comment was skipped when GitHub answered 403 or 404 to a write. */
export const READ_ONLY_REASON = "the token cannot write to this pull request (a fork's read-only token?)";

function splitRepository(repository: string): RepoWhere {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) throw new Error(`"${repository}" is not an owner/name repository`);
  return { owner, repo };
}

/** The issue comments of pull request `issueNumber`, the sticky one found by its marker line. */
function pullRequestComments(
  client: GithubClient,
  where: RepoWhere,
  issueNumber: number,
  log: Logger,
): ChangeRequestComments {
  return markedComments({
    /** The oldest comment whose first line is the marker; pages stop once it is found. */
    async find(marker) {
      const found = await client.paginate(
        client.rest.issues.listComments,
        { ...where, issue_number: issueNumber, per_page: 100 },
        (response, done) => {
          const hit = response.data.find(
            (comment) => comment.body !== undefined && hasMarker(comment.body, marker),
          );
          if (!hit) return [];
          done();
          return [{ id: hit.id, body: hit.body ?? '', url: hit.html_url }];
        },
      );
      return found[0];
    },
    async create(body) {
      const { data } = await client.rest.issues.createComment({ ...where, issue_number: issueNumber, body });
      return data.html_url;
    },
    async update(id, body) {
      const { data } = await client.rest.issues.updateComment({ ...where, comment_id: id, body });
      return data.html_url;
    },
    async delete(id) {
      await client.rest.issues.deleteComment({ ...where, comment_id: id });
    },
    skipped(marker, error) {
      const status = httpStatus(error);
      const refused = status === 403 || status === 404;
      const reason = refused ? READ_ONLY_REASON : `GitHub API error: ${messageOf(error)}`;
      const detail = refused ? ` (HTTP ${status}: ${messageOf(error)})` : '';
      log.warning(`Skipped the pull request comment "${marker}": ${reason}${detail}`);
      return { status: 'skipped', reason };
    },
  });
}

function releaseAssets(client: GithubClient, where: RepoWhere, repository: string): HostFiles {
  const failed = (file: HostFile, error: unknown): Error =>
    new Error(
      `could not publish ${file.fileName} to the release ${file.tag} of ${repository}: ${messageOf(error)}`,
      {
        cause: error,
      },
    );

  async function releaseFor(file: HostFile) {
    try {
      return (await client.rest.repos.getReleaseByTag({ ...where, tag: file.tag })).data;
    } catch (error) {
      if (httpStatus(error) !== 404) throw failed(file, error);
      throw new Error(
        `${repository} has no published release for the tag "${file.tag}" (a draft is not found by its tag): ` +
          `create the release before publishing ${file.fileName}`,
      );
    }
  }

  return {
    async publish(file) {
      const release = await releaseFor(file);
      try {
        return await replaceReleaseAsset(client, where, release, {
          name: file.fileName,
          content: file.content,
          contentType: file.contentType,
        });
      } catch (error) {
        throw failed(file, error);
      }
    },
  };
}

/**
 * The GitHub RepoHost: `changeRequest` when the run is for a pull request (its issue comments;
 * the oldest comment with the marker is the sticky one, others are left alone), `files` (assets
 * of the release with the file's tag, replacing one of the same name), `issues` (./issues) and
 * `releases` (./releases). Issues and releases throw a HostApiError naming the permission the
 * token lacks (`issues: write`, `contents: write`).
 */
export function createGithubRepoHost(options: GithubRepoHostOptions): RepoHost {
  const where = splitRepository(options.repository);
  const { client, changeNumber, log, repository } = options;
  let made: Promise<GithubClient> | undefined;
  const getClient = (): Promise<GithubClient> => {
    made ??= typeof client === 'function' ? client() : Promise.resolve(client);
    return made;
  };
  const repo: GithubRepo = { getClient, where, repository };
  const comments = async () => pullRequestComments(await getClient(), where, changeNumber!, log);
  return {
    changeRequest:
      changeNumber === undefined
        ? undefined
        : {
            upsert: async (marker, body) => (await comments()).upsert(marker, body),
            remove: async (marker) => (await comments()).remove(marker),
          },
    files: { publish: async (file) => releaseAssets(await getClient(), where, repository).publish(file) },
    issues: githubIssues(repo),
    releases: githubReleases(repo),
  };
}
