/**
 * The `s3://bucket/prefix` destination (Amazon S3, or an S3-compatible store at `s3-endpoint`,
 * addressed path-style). Files stream up as multipart uploads whose parts grow with the stream,
 * with a bounded queue; the manifest is a single PUT, last. Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
 * AWS_SESSION_TOKEN, else the SDK's own chain (web identity, instance roles ...).
 */
import { type Readable, Writable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  ChecksumAlgorithm,
  type CompletedPart,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { type S3Location, type S3Settings, s3ClientConfig } from '@maint-actions/core';
import { onCancel } from './cancel';
import { type Destination, MANIFEST, parseStamp, type StoredBackup } from './destination';

const MiB = 1024 * 1024;
/** Parts of a multipart upload: S3 allows 10,000 of at least 5 MiB (the last one excepted). */
export const MAX_PARTS = 10_000;
const FIRST_PART_SIZE = 8 * MiB;
const MAX_PART_SIZE = 5 * 1024 * MiB;
/** Parts of one size before the next part size doubles. */
const GROW_EVERY = 1000;
/** Parts in flight per upload: memory stays about (queue + 1) × part size. */
const QUEUE_SIZE = 2;

/** An S3 client for the `s3-endpoint`/`s3-region` settings and the environment's credentials. */
export function s3Client(settings: S3Settings): S3Client {
  return new S3Client(s3ClientConfig(settings));
}

/**
 * The first part's size for a stream expected to be about `expectedBytes` (unknown: undefined):
 * 8 MiB, doubled until twice the expected size fits in 10,000 parts, at most 5 GiB.
 */
export function partSizeFor(expectedBytes: number | undefined): number {
  let size = FIRST_PART_SIZE;
  while (expectedBytes !== undefined && size * MAX_PARTS < 2 * expectedBytes && size < MAX_PART_SIZE) {
    size *= 2;
  }
  return Math.min(size, MAX_PART_SIZE);
}

/**
 * The size of part `n` (from 1): `first`, doubled every `growEvery` parts, at most 5 GiB. With
 * 8 MiB and 1,000 parts per size, 10,000 parts hold about 8 TiB (S3's objects end at 5 TiB)
 * while a stream under 8 GiB keeps 8 MiB parts; memory stays about (QUEUE_SIZE + 1) parts.
 */
export function partSize(n: number, first: number, growEvery = GROW_EVERY): number {
  return Math.min(first * 2 ** Math.floor((n - 1) / growEvery), MAX_PART_SIZE);
}

/** The key of `file` (a relative path) under `location`. */
export const keyOf = (location: S3Location, file: string): string =>
  location.prefix ? `${location.prefix}/${file}` : file;

/** Reads an object as a stream. */
export async function readObject(client: S3Client, location: S3Location, file: string): Promise<Readable> {
  const key = keyOf(location, file);
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: key }));
    return object.Body as Readable;
  } catch (error) {
    throw new Error(`reading s3://${location.bucket}/${key} failed: ${describeS3Error(error)}`);
  }
}

/** A Destination under `location`. */
export function s3Destination(client: S3Client, location: S3Location): Destination {
  const file = (backupId: string, name: string): string => `${backupId}/${name}`;
  const uri = (backupId: string, name: string): string =>
    `s3://${location.bucket}/${keyOf(location, file(backupId, name))}`;
  const keysUnder = async (folder: string): Promise<string[]> => {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({
          Bucket: location.bucket,
          Prefix: `${keyOf(location, folder)}/`,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  };
  const remove = async (key: string): Promise<void> => {
    await client.send(new DeleteObjectCommand({ Bucket: location.bucket, Key: key }));
  };
  return {
    locate: uri,
    async writer(backupId, name, expectedBytes) {
      return uploadWriter(client, location.bucket, keyOf(location, file(backupId, name)), { expectedBytes });
    },
    reader: (backupId, name) => readObject(client, location, file(backupId, name)),
    async writeManifest(backupId, json) {
      const key = keyOf(location, file(backupId, MANIFEST));
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: location.bucket,
            Key: key,
            Body: json,
            ContentType: 'application/json',
          }),
        );
      } catch (error) {
        throw new Error(`writing s3://${location.bucket}/${key} failed: ${describeS3Error(error)}`);
      }
      return uri(backupId, MANIFEST);
    },
    async list(environment) {
      const folders = new Map<string, boolean>();
      const base = `${keyOf(location, environment)}/`;
      for (const key of await keysUnder(environment)) {
        const [name, ...rest] = key.slice(base.length).split('/');
        if (!name || rest.length === 0) continue;
        folders.set(name, (folders.get(name) ?? false) || rest.join('/') === MANIFEST);
      }
      const backups: StoredBackup[] = [];
      for (const [name, complete] of folders) {
        const createdAt = parseStamp(name);
        if (createdAt) backups.push({ id: `${environment}/${name}`, createdAt, complete });
      }
      return backups;
    },
    async remove(backupId) {
      await remove(keyOf(location, file(backupId, MANIFEST)));
      for (const key of await keysUnder(backupId)) await remove(key);
    },
    async removeMany(backupIds) {
      // Manifests first, so no folder looks complete while half-deleted; then everything else,
      // up to 1,000 keys a request (DeleteObjects' limit).
      const manifests = backupIds.map((id) => keyOf(location, file(id, MANIFEST)));
      await removeKeys(manifests);
      // One listing per environment, not one per backup.
      const doomed = new Set(backupIds);
      const rest: string[] = [];
      for (const environment of new Set(backupIds.map((id) => id.split('/')[0] ?? id))) {
        const base = `${keyOf(location, environment)}/`;
        for (const key of await keysUnder(environment)) {
          const folder = key.slice(base.length).split('/')[0];
          if (doomed.has(`${environment}/${folder}`)) rest.push(key);
        }
      }
      await removeKeys(rest);
    },
  };

  async function removeKeys(keys: readonly string[]): Promise<void> {
    for (let at = 0; at < keys.length; at += DELETE_BATCH) {
      const batch = keys.slice(at, at + DELETE_BATCH);
      const answer = await client.send(
        new DeleteObjectsCommand({
          Bucket: location.bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      const failed = answer.Errors ?? [];
      if (failed.length > 0) {
        const first = failed[0];
        throw new Error(
          `deleting ${failed.length} of ${batch.length} objects failed, such as s3://${location.bucket}/${first?.Key ?? '?'}: ${first?.Code ?? ''} ${first?.Message ?? ''}`.trim(),
        );
      }
    }
  }
}

/** Keys one DeleteObjects request may name. */
export const DELETE_BATCH = 1000;

/** What an upload may be told: the stream's expected size, and (for tests) its part schedule. */
export interface UploadOptions {
  /** About how many bytes will come, when known: it sets the first part's size. */
  readonly expectedBytes?: number;
  /** The first part's size (default: partSizeFor(expectedBytes)). */
  readonly firstPartSize?: number;
  /** Parts of one size before it doubles (default GROW_EVERY). */
  readonly growEvery?: number;
}

/**
 * A Writable uploading what it is given to `key`: one PUT when it all fits in the first part,
 * else a multipart upload whose parts grow along partSize() (QUEUE_SIZE in flight), so a stream
 * of unknown size is never stopped by the 10,000-part limit. It finishes when the object exists;
 * when the upload fails it fails too, and an incomplete upload is aborted, so no object is left.
 * A cancelled run (SIGINT, SIGTERM: see cancel.ts) aborts it too, at once: the parts in flight are
 * cut and AbortMultipartUpload is sent before the process exits, so no part is left stored.
 */
export function uploadWriter(
  client: S3Client,
  bucket: string,
  key: string,
  options: UploadOptions = {},
): Writable {
  const first = options.firstPartSize ?? partSizeFor(options.expectedBytes);
  const growEvery = options.growEvery ?? GROW_EVERY;
  const failed = (error: unknown): Error =>
    new Error(`uploading s3://${bucket}/${key} failed: ${describeS3Error(error)}`);
  let chunks: Buffer[] = [];
  let buffered = 0;
  let uploadId: Promise<string> | undefined;
  let nextPart = 1;
  const parts: CompletedPart[] = [];
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  // Cuts the requests in flight when the upload is aborted.
  const stop = new AbortController();
  let forgetCancel: (() => void) | undefined;

  const create = async (): Promise<string> => {
    const checksums = (await client.config.requestChecksumCalculation()) === 'WHEN_SUPPORTED';
    const created = await client.send(
      new CreateMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        ...(checksums ? { ChecksumAlgorithm: ChecksumAlgorithm.CRC32 } : {}),
      }),
    );
    if (!created.UploadId) throw new Error('CreateMultipartUpload returned no UploadId');
    // From here until it completes, a cancelled run aborts the upload before it exits.
    forgetCancel = onCancel(() => abort());
    return created.UploadId;
  };
  const take = (): Buffer => {
    const body = Buffer.concat(chunks, buffered);
    chunks = [];
    buffered = 0;
    return body;
  };
  /** Starts uploading what is buffered as the next part, once a slot is free. */
  const ship = async (): Promise<void> => {
    uploadId ??= create();
    const id = await uploadId;
    while (inFlight.size >= QUEUE_SIZE) await Promise.race(inFlight);
    if (failure) throw failure;
    if (stop.signal.aborted) throw new Error('the upload was aborted');
    const number = nextPart++;
    const body = take();
    const sending = client
      .send(
        new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: id, PartNumber: number, Body: body }),
        {
          abortSignal: stop.signal,
        },
      )
      .then((sent) => {
        const { ETag, ChecksumCRC32, ChecksumCRC32C, ChecksumSHA1, ChecksumSHA256 } = sent;
        if (!ETag) throw new Error(`part ${number} got no ETag`);
        parts.push({ PartNumber: number, ETag, ChecksumCRC32, ChecksumCRC32C, ChecksumSHA1, ChecksumSHA256 });
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  };
  const complete = async (): Promise<void> => {
    if (!uploadId) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: take() }));
      return;
    }
    if (buffered > 0) await ship();
    await Promise.all(inFlight);
    if (failure) throw failure;
    parts.sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0));
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId: await uploadId,
        MultipartUpload: { Parts: parts },
      }),
    );
    // A complete object is the destination's to remove on a cancel (the backup's clean-up).
    forgetCancel?.();
  };
  let aborted: Promise<void> | undefined;
  const abort = (): Promise<void> => {
    aborted ??= (async () => {
      const id = await uploadId?.catch(() => undefined);
      chunks = [];
      buffered = 0;
      if (id === undefined) return;
      // Parts still going up are cut rather than waited for: a cancelled run has seconds left.
      stop.abort();
      await Promise.all(inFlight);
      await client
        .send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: id }))
        .catch(() => undefined);
      forgetCancel?.();
    })();
    return aborted;
  };

  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (failure) return callback(failed(failure));
      chunks.push(chunk);
      buffered += chunk.length;
      if (buffered < partSize(nextPart, first, growEvery)) return callback();
      ship().then(
        () => callback(),
        (error: unknown) => callback(failed(error)),
      );
    },
    final(callback) {
      complete().then(
        () => callback(),
        (error: unknown) => abort().then(() => callback(failed(error))),
      );
    },
    destroy(error, callback) {
      // A failed dump or a failed part: no object may be left (an aborted upload leaves none).
      if (!error) return callback(null);
      void abort().then(() => callback(error));
    },
  });
}

/** The S3 error's code and message, such as `AccessDenied: Access Denied`. */
export function describeS3Error(error: unknown): string {
  const e = error as { name?: string; Code?: string; message?: string };
  const code = e?.Code ?? e?.name;
  const message = e?.message ?? String(error);
  // A plain Error (a cut connection: `aborted`) has no code worth showing.
  return code && code !== 'Error' && !message.startsWith(code) ? `${code}: ${message}` : message;
}
