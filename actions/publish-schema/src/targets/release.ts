/**
 * `release`: the version's files kept by the repository host: assets of the GitHub release of the
 * tag (which must exist), or a GitLab generic package `api-schema` of the version. The host keeps
 * no index: uploading replaces files of the same name, and the run decides from the other targets.
 */
import type { HostFiles } from '@maint-actions/core';
import type { Publication } from '../site';
import type { Target, TargetOutcome } from './target';

/** The GitLab generic package name. */
export const PACKAGE_NAME = 'api-schema';

/** The file names on the host: the reference is `schema.html` (a release has one flat list of assets). */
const HOST_NAMES: Readonly<Record<string, string>> = {
  'schema.yml': 'schema.yml',
  'schema.json': 'schema.json',
  'index.html': 'schema.html',
};

/** The `release` target uploading through `files` for the git tag `tag`. */
export function releaseTarget(files: HostFiles, tag: string): Target {
  return {
    id: 'release',
    name: `Release ${tag}`,
    index: undefined,
    inspect: async () => undefined,
    async publish(publication: Publication): Promise<TargetOutcome> {
      let url: string | undefined;
      for (const file of publication.files) {
        const fileName = HOST_NAMES[file.path] ?? file.path;
        const uploaded = await files.publish({
          version: publication.version,
          tag,
          packageName: PACKAGE_NAME,
          fileName,
          content: Buffer.from(file.content, 'utf8'),
          contentType: file.contentType,
        });
        if (fileName === 'schema.html') url = uploaded;
      }
      return { status: 'published', detail: `${publication.files.length} files uploaded`, url };
    },
  };
}
