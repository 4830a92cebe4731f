/**
 * The `s3://bucket/prefix` destination (Amazon S3, or an S3-compatible store at `s3-endpoint`,
 * addressed path-style). Files stream up as multipart uploads with a bounded queue; the manifest
 * is a single PUT, last. Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
 * AWS_SESSION_TOKEN, else the SDK's own chain (web identity, instance roles ...).
 */
import { PassThrough, type Readable, Writable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { ConfigError, type Platform, secrets } from '@maint-actions/core';
import { type Destination, MANIFEST, parseStamp, type StoredBackup } from './destination';

type Env = Readonly<Record<string, string | undefined>>;

/** A bucket and a key prefix (no leading or trailing slash; '' for the bucket's root). */
export interface S3Location {
  readonly bucket: string;
  readonly prefix: string;
}

export interface S3Options {
  /** `s3-endpoint`: an S3-compatible store; unset for Amazon S3. */
  readonly endpoint?: string;
  /** `s3-region`; else AWS_REGION, AWS_DEFAULT_REGION, `us-east-1`. */
  readonly region?: string;
  readonly env: Env;
}

const MiB = 1024 * 1024;
/** Parts of a multipart upload: S3 allows 10,000 of at least 5 MiB (the last one excepted). */
const MAX_PARTS = 10_000;
const FIRST_PART_SIZE = 8 * MiB;
const MAX_PART_SIZE = 5 * 1024 * MiB;
/** Parts in flight per upload: memory stays about (queue + 1) × part size. */
const QUEUE_SIZE = 2;

/** Whether `destination` names an S3 location. */
export const isS3Uri = (destination: string): boolean => destination.startsWith('s3://');

/** `s3://bucket/some/prefix/` -> bucket and prefix. @throws ConfigError naming `input`. */
export function parseS3Uri(uri: string, input: string): S3Location {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri);
  const prefix = (m?.[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (!m || prefix.split('/').some((part) => part === '.' || part === '..')) {
    throw new ConfigError(
      `Input "${input}" must be s3://bucket/prefix with a valid bucket name and no "." or ".." segments (got ${JSON.stringify(uri)}).`,
      { input },
    );
  }
  return { bucket: m[1] as string, prefix };
}

/** Masks the AWS credentials of the environment in logs and reports. */
export function maskAwsCredentials(platform: Platform): void {
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
    const value = platform.env[name];
    if (!value) continue;
    platform.setSecret(value);
    secrets.add(value);
  }
}

/** An S3 client: path-style, and checksums only where required, when an endpoint is given. */
export function s3Client({ endpoint, region, env }: S3Options): S3Client {
  const config: S3ClientConfig = {
    region: region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
  };
  if (endpoint !== undefined) {
    const url = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
      throw new ConfigError(
        `Input "s3-endpoint" must be an http:// or https:// URL without credentials (got ${JSON.stringify(endpoint)}).`,
        { input: 's3-endpoint' },
      );
    }
    Object.assign(config, {
      endpoint,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    config.credentials = {
      accessKeyId: env.AWS_ACCESS_KEY_ID,
      secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  }
  return new S3Client(config);
}

/**
 * The part size for a stream expected to be about `expectedBytes` (unknown: undefined): 8 MiB,
 * doubled until twice the expected size fits in 10,000 parts, at most 5 GiB.
 */
export function partSizeFor(expectedBytes: number | undefined): number {
  let size = FIRST_PART_SIZE;
  while (expectedBytes !== undefined && size * MAX_PARTS < 2 * expectedBytes && size < MAX_PART_SIZE) {
    size *= 2;
  }
  return Math.min(size, MAX_PART_SIZE);
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
      return uploadWriter(client, location.bucket, keyOf(location, file(backupId, name)), expectedBytes);
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
  };
}

/**
 * A Writable uploading what it is given to `key` as a multipart upload (parts of
 * partSizeFor(expectedBytes), two in flight). It finishes when the upload completed; when the
 * upload fails it fails too, and the incomplete upload is aborted, so no object is left.
 */
function uploadWriter(client: S3Client, bucket: string, key: string, expectedBytes?: number): Writable {
  const body = new PassThrough();
  const upload = new Upload({
    client,
    params: { Bucket: bucket, Key: key, Body: body },
    partSize: partSizeFor(expectedBytes),
    queueSize: QUEUE_SIZE,
    leavePartsOnError: false,
  });
  const done = upload.done().then(
    () => undefined,
    (error: unknown) => new Error(`uploading s3://${bucket}/${key} failed: ${describeS3Error(error)}`),
  );
  const writer = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (body.write(chunk)) callback();
      else body.once('drain', () => callback());
    },
    final(callback) {
      body.end();
      void done.then((error) => callback(error));
    },
    destroy(error, callback) {
      if (!error) return callback(null);
      // A failed dump: stop the upload (no object is created) before reporting the failure.
      body.destroy(error);
      void upload.abort().catch(() => undefined);
      void done.then(() => callback(error));
    },
  });
  void done.then((error) => {
    if (error) writer.destroy(error);
  });
  return writer;
}

/** The S3 error's code and message, such as `AccessDenied: Access Denied`. */
export function describeS3Error(error: unknown): string {
  const e = error as { name?: string; Code?: string; message?: string };
  const code = e?.Code ?? e?.name;
  const message = e?.message ?? String(error);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}
