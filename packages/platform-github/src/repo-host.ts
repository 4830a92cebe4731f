/**
 * The repository host on GitHub: the sticky comment on this run's pull request (issue comments)
 * and release assets, through the Octokit of ./client.
 */
import type {
  ChangeRequestComments,
  CommentOutcome,
  HostFile,
  HostFiles,
  Logger,
  RepoHost,
} from '@maint-actions/core';
import { commentMarker, hasMarker } from '@maint-actions/core';
import type { GithubClient } from './client';

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

/** The HTTP status of an Octokit RequestError (500 for a network failure), if it is one. */
function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `body` as it is posted: it already starts with the marker line, else the line is put first. */
export function markedBody(body: string, marker: string): string {
  return hasMarker(body, marker) ? body : `${commentMarker(marker)}\n${body}`;
}

function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) throw new Error(`"${repository}" is not an owner/name repository`);
  return { owner, repo };
}

function pullRequestComments(
  client: GithubClient,
  where: { owner: string; repo: string },
  issueNumber: number,
  log: Logger,
): ChangeRequestComments {
  interface Marked {
    readonly id: number;
    readonly body: string;
    readonly url: string;
  }

  /** The oldest comment whose first line is the marker; pages stop once it is found. */
  async function findMarked(marker: string): Promise<Marked | undefined> {
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
  }

  /** Runs a comment operation; any API failure becomes `skipped` with a warning, never a throw. */
  async function guarded(marker: string, operation: () => Promise<CommentOutcome>): Promise<CommentOutcome> {
    try {
      return await operation();
    } catch (error) {
      const status = httpStatus(error);
      const reason =
        status === 403 || status === 404 ? READ_ONLY_REASON : `GitHub API error: ${messageOf(error)}`;
      const detail = status === 403 || status === 404 ? ` (HTTP ${status}: ${messageOf(error)})` : '';
      log.warning(`Skipped the pull request comment "${marker}": ${reason}${detail}`);
      return { status: 'skipped', reason };
    }
  }

  return {
    upsert(marker, body) {
      const text = markedBody(body, marker);
      return guarded(marker, async () => {
        const existing = await findMarked(marker);
        if (!existing) {
          const { data } = await client.rest.issues.createComment({
            ...where,
            issue_number: issueNumber,
            body: text,
          });
          return { status: 'created', url: data.html_url };
        }
        if (existing.body === text) return { status: 'unchanged', url: existing.url };
        const { data } = await client.rest.issues.updateComment({
          ...where,
          comment_id: existing.id,
          body: text,
        });
        return { status: 'updated', url: data.html_url };
      });
    },

    remove(marker) {
      commentMarker(marker);
      return guarded(marker, async () => {
        const existing = await findMarked(marker);
        if (!existing) return { status: 'unchanged' };
        await client.rest.issues.deleteComment({ ...where, comment_id: existing.id });
        return { status: 'deleted' };
      });
    },
  };
}

function releaseAssets(
  client: GithubClient,
  where: { owner: string; repo: string },
  repository: string,
): HostFiles {
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

  /** Deletes the release's asset of the same name, if any, then uploads the file. */
  async function replaceAsset(release: { id: number; upload_url: string }, file: HostFile): Promise<string> {
    const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
      ...where,
      release_id: release.id,
      per_page: 100,
    });
    for (const asset of assets.filter((a) => a.name === file.fileName)) {
      await client.rest.repos.deleteReleaseAsset({ ...where, asset_id: asset.id });
    }
    const { data } = await client.rest.repos.uploadReleaseAsset({
      ...where,
      release_id: release.id,
      // The release's own upload URL (a template ending in `{?name,label}`): right on GHES too.
      url: release.upload_url,
      name: file.fileName,
      // Octokit types `data` as a string; a Buffer is sent as the raw bytes.
      data: file.content as unknown as string,
      headers: { 'content-type': file.contentType, 'content-length': file.content.length },
    });
    return data.browser_download_url;
  }

  return {
    async publish(file) {
      const release = await releaseFor(file);
      try {
        return await replaceAsset(release, file);
      } catch (error) {
        throw failed(file, error);
      }
    },
  };
}

/**
 * The GitHub RepoHost: `changeRequest` when the run is for a pull request (its issue comments;
 * the oldest comment with the marker is the sticky one, others are left alone), and `files`
 * (assets of the release with the file's tag, replacing one of the same name).
 */
export function createGithubRepoHost(options: GithubRepoHostOptions): RepoHost {
  const where = splitRepository(options.repository);
  const { client, changeNumber, log, repository } = options;
  let made: Promise<GithubClient> | undefined;
  const getClient = (): Promise<GithubClient> => {
    made ??= typeof client === 'function' ? client() : Promise.resolve(client);
    return made;
  };
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
  };
}
