/**
 * Tags and releases on GitLab (REST v4), without git push. GitLab has no pre-release flag: a
 * pre-release is named with PRERELEASE_SUFFIX, and `get` reads the flag back from the name.
 * Assets are generic package files (RELEASE_ASSETS_PACKAGE, versioned by the tag) linked from
 * the release.
 */
import type { HostFiles, ReleaseAsset, ReleaseInfo, Releases } from '@maint-actions/core';
import { HostApiError } from '@maint-actions/core';
import { type GitLabApi, GitLabApiError } from './api';
import { API_SCOPE_HINT, hostApiError } from './host-error';

/** Appended to a pre-release's name (GitLab releases have no pre-release flag). */
export const PRERELEASE_SUFFIX = ' (pre-release)';

/** The generic package that holds release assets, one package version per tag. */
export const RELEASE_ASSETS_PACKAGE = 'release-assets';

/** Why a protected tag could not be moved. */
export const PROTECTED_TAG_HINT =
  'a protected tag is moved only by a role its protection allows (Settings > Repository > Protected tags), and GitLab moves a tag by deleting it: ' +
  API_SCOPE_HINT;

/** The fields of a release of `GET /projects/:id/releases/:tag_name` read here. */
interface Release {
  readonly tag_name: string;
  readonly name: string | null;
  readonly description: string | null;
  readonly _links?: { readonly self?: string };
  readonly assets?: { readonly links?: readonly { readonly name: string }[] };
}

/** A tag of `GET /projects/:id/repository/tags/:tag_name` (the fields read here). */
interface Tag {
  readonly name: string;
  readonly commit: { readonly id: string };
}

interface AssetLink {
  readonly name: string;
  readonly url: string;
  readonly link_type: 'package';
}

function info(release: Release): ReleaseInfo {
  const name = release.name ?? release.tag_name;
  return {
    tag: release.tag_name,
    name,
    url: release._links?.self ?? '',
    body: release.description ?? '',
    prerelease: name.endsWith(PRERELEASE_SUFFIX),
  };
}

const isStatus = (error: unknown, status: number, pattern?: RegExp): boolean =>
  error instanceof GitLabApiError &&
  error.status === status &&
  (pattern === undefined || pattern.test(error.gitlabMessage ?? ''));

/**
 * The GitLab Releases of `project` (an encoded id or path). `create` publishes the assets with
 * `files` and links them, to a new or existing release alike (a file of the same name is
 * replaced, a link of the same name kept), so a rerun after a failed upload completes it.
 * `moveTag` deletes and recreates the tag: GitLab cannot move one.
 */
export function gitlabReleases(api: GitLabApi, project: string, files: HostFiles): Releases {
  const where = `project ${decodeURIComponent(project)}`;
  const releasePath = (tag: string) => `/projects/${project}/releases/${encodeURIComponent(tag)}`;
  const tagsPath = `/projects/${project}/repository/tags`;
  const tagPath = (tag: string) => `${tagsPath}/${encodeURIComponent(tag)}`;

  async function call<T>(doing: string, operation: () => Promise<T>, refusedHint?: string): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw hostApiError(error, `${doing} in ${where}`, refusedHint);
    }
  }

  /** The release of `tag`, or undefined when GitLab answers 404. */
  async function fetchRelease(tag: string): Promise<Release | undefined> {
    try {
      return await api.request<Release>('GET', releasePath(tag));
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw hostApiError(error, `read the release ${tag} in ${where}`);
    }
  }

  /** The commit of `tag`, or undefined when there is no such tag. */
  async function commitOfTag(tag: string): Promise<string | undefined> {
    try {
      return (await api.request<Tag>('GET', tagPath(tag))).commit.id;
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw hostApiError(error, `read the tag ${tag} in ${where}`);
    }
  }

  async function publish(tag: string, asset: ReleaseAsset): Promise<AssetLink> {
    const url = await call(`upload ${asset.name} for the release ${tag}`, () =>
      files.publish({
        version: tag,
        tag,
        packageName: RELEASE_ASSETS_PACKAGE,
        fileName: asset.name,
        content: asset.content,
        contentType: asset.contentType,
      }),
    );
    return { name: asset.name, url, link_type: 'package' };
  }

  return {
    async get(tag) {
      const release = await fetchRelease(tag);
      return release && info(release);
    },

    async create(input) {
      const links: AssetLink[] = [];
      for (const asset of input.assets ?? []) links.push(await publish(input.tag, asset));
      const name =
        input.prerelease && !input.name.endsWith(PRERELEASE_SUFFIX)
          ? `${input.name}${PRERELEASE_SUFFIX}`
          : input.name;
      try {
        const created = await api.request<Release>('POST', `/projects/${project}/releases`, {
          tag_name: input.tag,
          name,
          description: input.body,
          ...(links.length > 0 ? { assets: { links } } : {}),
        });
        return { ...info(created), created: true };
      } catch (error) {
        if (!isStatus(error, 409)) throw hostApiError(error, `create the release ${input.tag} in ${where}`);
      }
      const existing = await fetchRelease(input.tag);
      if (!existing)
        throw new HostApiError(`the release ${input.tag} in ${where} exists but cannot be read`, 409);
      const linked = new Set((existing.assets?.links ?? []).map((link) => link.name));
      for (const link of links.filter((l) => !linked.has(l.name))) {
        await call(`link ${link.name} to the release ${input.tag}`, () =>
          api.request('POST', `${releasePath(input.tag)}/assets/links`, link),
        );
      }
      return { ...info(existing), created: false };
    },

    async createTag({ tag, sha, message }) {
      try {
        await api.request('POST', tagsPath, { tag_name: tag, ref: sha, message });
        return { created: true };
      } catch (error) {
        if (!isStatus(error, 400, /already exists/i))
          throw hostApiError(error, `create the tag ${tag} in ${where}`);
      }
      const existing = await commitOfTag(tag);
      if (existing === sha) return { created: false };
      throw new HostApiError(
        `the tag "${tag}" of ${where} is at commit ${existing ?? '(unknown)'}, not ${sha}: ` +
          'a released tag is never moved; release a new version instead',
        409,
      );
    },

    async moveTag(tag, sha) {
      const current = await commitOfTag(tag);
      if (current === sha) return;
      if (current !== undefined) {
        await call(`move the tag ${tag}`, () => api.request('DELETE', tagPath(tag)), PROTECTED_TAG_HINT);
      }
      await call(`create the tag ${tag}`, () => api.request('POST', tagsPath, { tag_name: tag, ref: sha }));
    },
  };
}
