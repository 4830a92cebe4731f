/**
 * `media-s3`: stored files under an S3 prefix, written as the same `media.tar.zst` as a media
 * directory. The listing is read a page at a time and one object is streamed at a time into a
 * tar stream written here (each object named `./<key under the prefix>`), which zstd compresses:
 * memory stays bounded whatever the number and size of the objects.
 */
import { Readable, type Writable } from 'node:stream';
import { GetObjectCommand, ListObjectsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3Location } from '@maint-actions/core';
import {
  ArchiveRefusal,
  entryOf,
  type HeaderEntry,
  TAR_END,
  TreeCheck,
  tarHeader,
  tarPadding,
} from './archive';
import { compress } from './engines/engine';
import type { MediaArchived, MediaSource } from './media';
import { runPipe } from './pipe';
import { describeS3Error } from './s3';

/** An object under the prefix. */
interface PrefixObject {
  readonly key: string;
  /** The key under the prefix: the name in the archive, without `./`. */
  readonly name: string;
  readonly size: number;
  readonly lastModified: Date;
  /** A key ending in `/` (a folder marker of the S3 consoles): stored as a directory. */
  readonly directory: boolean;
}

/** Why the name of a key under the prefix may not be stored, or undefined when it may. */
export function unsafeKeyReason(name: string): string | undefined {
  if (name.startsWith('/')) return 'its name under the prefix is absolute';
  if (name.split('/').includes('..')) return 'its name under the prefix has a ".." segment';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'its name under the prefix has a control character';
  return undefined;
}

/**
 * The objects under `location`'s prefix, a listing page at a time. Pages follow each other by
 * `Marker` (the last key seen) of ListObjects, which every S3-compatible store answers alike
 * (s3rver's ListObjectsV2 continuation tokens need DES, which OpenSSL 3 dropped). @throws for an
 * unsafe key.
 */
async function* objectsUnder(
  client: S3Client,
  location: S3Location,
  pageSize: number | undefined,
): AsyncGenerator<PrefixObject> {
  const prefix = location.prefix ? `${location.prefix}/` : '';
  let after: string | undefined;
  let truncated = true;
  while (truncated) {
    const page = await client
      .send(
        new ListObjectsCommand({
          Bucket: location.bucket,
          Prefix: prefix,
          Marker: after,
          MaxKeys: pageSize,
        }),
      )
      .catch((error: unknown) => {
        throw new Error(`listing s3://${location.bucket}/${prefix} failed: ${describeS3Error(error)}`);
      });
    const objects = page.Contents ?? [];
    for (const object of objects) {
      const key = object.Key ?? '';
      const name = key.slice(prefix.length);
      // The folder marker of the prefix itself.
      if (name === '') continue;
      const reason = unsafeKeyReason(name);
      if (reason) throw new Error(`refusing the key s3://${location.bucket}/${key}: ${reason}`);
      const directory = name.endsWith('/');
      yield {
        key,
        name: directory ? name.replace(/\/+$/, '') : name,
        size: object.Size ?? 0,
        lastModified: object.LastModified ?? new Date(0),
        directory,
      };
    }
    after = objects.at(-1)?.Key;
    truncated = page.IsTruncated === true && after !== undefined;
  }
}

/** The tar stream of the objects, one object read at a time; counts what it stored. */
async function* tarOf(
  client: S3Client,
  location: S3Location,
  pageSize: number | undefined,
  count: { entries: number; sourceBytes: number; warnings: string[] },
): AsyncGenerator<Buffer> {
  // The checks a restore runs, entry by entry: a prefix a restore would refuse fails the backup.
  const check = new TreeCheck();
  const header = (entry: HeaderEntry, key: string): Buffer => {
    const index = count.entries + 1;
    try {
      const raw = { name: entry.path, type: entry.type, size: entry.size, link: '', mode: 0o644, mtime: 0 };
      check.add(entryOf(index, raw), index);
    } catch (error) {
      if (!(error instanceof ArchiveRefusal)) throw error;
      throw new Error(
        `refusing the key s3://${location.bucket}/${key}: a restore would refuse it: ${error.reason}`,
      );
    }
    return tarHeader(entry);
  };
  for await (const object of objectsUnder(client, location, pageSize)) {
    const path = `./${object.name}`;
    if (object.directory) {
      yield header({ path, type: 'directory', size: 0, mtime: object.lastModified }, object.key);
      count.entries += 1;
      continue;
    }
    const where = `s3://${location.bucket}/${object.key}`;
    const failed = (error: unknown): Error => new Error(`reading ${where} failed: ${describeS3Error(error)}`);
    const answer = await client
      .send(new GetObjectCommand({ Bucket: location.bucket, Key: object.key }))
      .catch((error: unknown) => {
        // Deleted since it was listed: an upload site removes files while the backup runs.
        if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
        throw failed(error);
      });
    if (!answer) {
      count.warnings.push(`${where} vanished before it was read: not stored`);
      continue;
    }
    // The object as read now (it may have changed since it was listed).
    const size = answer.ContentLength ?? 0;
    yield header({ path, type: 'file', size, mtime: answer.LastModified ?? object.lastModified }, object.key);
    let read = 0;
    try {
      for await (const chunk of answer.Body as Readable) {
        read += (chunk as Buffer).length;
        if (read > size) break;
        yield chunk as Buffer;
      }
    } catch (error) {
      throw failed(error);
    }
    if (read !== size) throw new Error(`reading ${where} failed: got ${read} bytes of ${size}`);
    yield tarPadding(size);
    count.entries += 1;
    count.sourceBytes += size;
  }
  yield TAR_END;
}

/**
 * The stored files under `location` (`uri` as given in `media-s3`), read with `client`; the
 * listing is read `pageSize` keys at a time (default: the store's, 1,000 on S3).
 */
export function s3MediaSource(
  client: S3Client,
  location: S3Location,
  uri: string,
  pageSize?: number,
): MediaSource {
  return {
    source: uri,
    async size() {
      let total = 0;
      for await (const object of objectsUnder(client, location, pageSize)) total += object.size;
      return total;
    },
    async archive(output: Writable): Promise<MediaArchived> {
      const count = { entries: 0, sourceBytes: 0, warnings: [] as string[] };
      const written = await runPipe([compress()], {
        input: Readable.from(tarOf(client, location, pageSize, count)),
        output,
      });
      const notes =
        count.entries === 0
          ? [`no objects under ${uri}: the archive is empty (check the prefix and the endpoint)`]
          : [];
      return { ...written, ...count, notes };
    },
  };
}
