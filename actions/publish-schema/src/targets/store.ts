/** A target that is a SiteStore (a directory, a bucket, an HTTP server): read the index, then write in order. */

import { decide, publishSite, readIndex, type SiteIndex, type SiteStore } from '../site';
import type { TargetName } from '../spec';
import type { Target, TargetOutcome } from './target';

export interface StoreTargetOptions {
  readonly id: TargetName;
  readonly name: string;
  readonly store: SiteStore;
  /** Path or URL of `index.json`. */
  readonly index: string;
  /** The URL of a file of the site, when the store is reachable by URL. */
  readonly urlOf?: (file: string) => string;
}

/** A Target publishing into `store` with `publishSite`. */
export function storeTarget(options: StoreTargetOptions): Target {
  let index: SiteIndex | undefined;
  const { urlOf } = options;
  return {
    id: options.id,
    name: options.name,
    index: options.index,
    ...(urlOf ? { referenceUrl: (version: string) => urlOf(`${version}/index.html`) } : {}),
    async inspect(publication) {
      index = await readIndex(options.store);
      return decide(index, publication.version, publication.sha256);
    },
    async publish(publication): Promise<TargetOutcome> {
      const written = await publishSite(options.store, publication, index);
      return {
        status: 'published',
        detail: describeWrite(written.files, written.movedLatest),
        url: urlOf?.(`${publication.version}/index.html`),
      };
    },
  };
}

/** `8 files written, latest moved`. */
export function describeWrite(files: number, movedLatest: boolean): string {
  return `${files} files written, ${movedLatest ? 'latest moved' : 'latest kept (a higher version is latest)'}`;
}
