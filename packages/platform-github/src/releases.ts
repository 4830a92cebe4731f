/**
 * Tags and releases on GitHub through the REST API (no git push): annotated tags are a tag
 * object plus its `refs/tags/*` reference, moving tags are lightweight references.
 */
import type { ReleaseAsset, ReleaseInfo, Releases } from '@maint-actions/core';
import { HostApiError } from '@maint-actions/core';
import type { GithubClient } from './client';
import {
  type GithubRepo,
  hostApiError,
  httpStatus,
  messageOf,
  type RepoWhere,
  validationCodes,
} from './host-api';

/** The permission a workflow token needs for tags and releases. */
export const CONTENTS_PERMISSION = 'contents: write';

/** The fields of a release that are read here. */
interface Release {
  readonly id: number;
  readonly tag_name: string;
  readonly name: string | null;
  readonly body?: string | null;
  readonly html_url: string;
  readonly upload_url: string;
  readonly prerelease: boolean;
}

function info(release: Release): ReleaseInfo {
  return {
    tag: release.tag_name,
    name: release.name ?? '',
    url: release.html_url,
    body: release.body ?? '',
    prerelease: release.prerelease,
  };
}

/** Deletes the release's asset of the same name, if any, then uploads `asset`; returns its download URL. */
export async function replaceReleaseAsset(
  client: GithubClient,
  where: RepoWhere,
  release: { readonly id: number; readonly upload_url: string },
  asset: ReleaseAsset,
): Promise<string> {
  const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
    ...where,
    release_id: release.id,
    per_page: 100,
  });
  for (const old of assets.filter((a) => a.name === asset.name)) {
    await client.rest.repos.deleteReleaseAsset({ ...where, asset_id: old.id });
  }
  const { data } = await client.rest.repos.uploadReleaseAsset({
    ...where,
    release_id: release.id,
    // The release's own upload URL (a template ending in `{?name,label}`): right on GHES too.
    url: release.upload_url,
    name: asset.name,
    // Octokit types `data` as a string; a Buffer is sent as the raw bytes.
    data: asset.content as unknown as string,
    headers: { 'content-type': asset.contentType, 'content-length': asset.content.length },
  });
  return data.browser_download_url;
}

/**
 * The GitHub Releases of `repository`. `create` needs the tag to exist (GitHub would otherwise
 * tag the default branch silently) and uploads the assets to a new or existing release alike,
 * replacing those of the same name, so a rerun after a failed upload completes the release.
 */
export function githubReleases({ getClient, where, repository }: GithubRepo): Releases {
  const refused = (error: unknown, doing: string) =>
    hostApiError(error, `${doing} in ${repository}`, CONTENTS_PERMISSION);

  async function fetchRelease(tag: string): Promise<Release | undefined> {
    const client = await getClient();
    try {
      return (await client.rest.repos.getReleaseByTag({ ...where, tag })).data;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw refused(error, `read the release ${tag}`);
    }
  }

  /** The commit a tag points at (through its annotated tag objects), or undefined when there is no such tag. */
  async function commitOfTag(tag: string): Promise<string | undefined> {
    const client = await getClient();
    try {
      let { object } = (await client.rest.git.getRef({ ...where, ref: `tags/${tag}` })).data;
      while (object.type === 'tag') {
        ({ object } = (await client.rest.git.getTag({ ...where, tag_sha: object.sha })).data);
      }
      return object.sha;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw refused(error, `read the tag ${tag}`);
    }
  }

  async function createRelease(input: Parameters<Releases['create']>[0]): Promise<Release | undefined> {
    const client = await getClient();
    try {
      const { data } = await client.rest.repos.createRelease({
        ...where,
        tag_name: input.tag,
        name: input.name,
        body: input.body,
        prerelease: input.prerelease,
      });
      return data;
    } catch (error) {
      if (httpStatus(error) === 422 && validationCodes(error).includes('already_exists')) return undefined;
      throw refused(error, `create the release ${input.tag}`);
    }
  }

  /** An existing tag is fine only at the commit asked for: a released tag is never moved. */
  function sameCommitOrRefuse(tag: string, existing: string | undefined, sha: string): { created: false } {
    if (existing === sha) return { created: false };
    throw new HostApiError(
      `the tag "${tag}" of ${repository} is at commit ${existing ?? '(unknown)'}, not ${sha}: ` +
        'a released tag is never moved; release a new version instead',
      409,
    );
  }

  return {
    async get(tag) {
      const release = await fetchRelease(tag);
      return release && info(release);
    },

    async create(input) {
      if ((await commitOfTag(input.tag)) === undefined) {
        throw new HostApiError(
          `${repository} has no tag "${input.tag}": create the tag before its release`,
          422,
        );
      }
      const made = await createRelease(input);
      const release = made ?? (await fetchRelease(input.tag));
      if (!release) {
        throw new HostApiError(
          `${repository} has a release of the tag "${input.tag}" that cannot be read (a draft?)`,
          409,
        );
      }
      const client = await getClient();
      for (const asset of input.assets ?? []) {
        try {
          await replaceReleaseAsset(client, where, release, asset);
        } catch (error) {
          throw refused(error, `upload ${asset.name} to the release ${input.tag}`);
        }
      }
      return { ...info(release), created: made !== undefined };
    },

    async createTag({ tag, sha, message }) {
      const client = await getClient();
      // A re-run finds its tag: looking first leaves no stray tag object behind. The create below
      // still handles a tag made by someone else in between.
      const before = await commitOfTag(tag);
      if (before !== undefined) return sameCommitOrRefuse(tag, before, sha);
      try {
        const { data } = await client.rest.git.createTag({
          ...where,
          tag,
          message,
          object: sha,
          type: 'commit',
        });
        await client.rest.git.createRef({ ...where, ref: `refs/tags/${tag}`, sha: data.sha });
        return { created: true };
      } catch (error) {
        const exists = httpStatus(error) === 422 && /reference already exists/i.test(messageOf(error));
        if (!exists) throw refused(error, `create the tag ${tag}`);
      }
      return sameCommitOrRefuse(tag, await commitOfTag(tag), sha);
    },

    async moveTag(tag, sha) {
      const client = await getClient();
      try {
        await client.rest.git.updateRef({ ...where, ref: `tags/${tag}`, sha, force: true });
        return;
      } catch (error) {
        const status = httpStatus(error);
        if (status !== 422 && status !== 404) throw refused(error, `move the tag ${tag}`);
      }
      try {
        await client.rest.git.createRef({ ...where, ref: `refs/tags/${tag}`, sha });
      } catch (error) {
        throw refused(error, `create the tag ${tag}`);
      }
    },
  };
}
