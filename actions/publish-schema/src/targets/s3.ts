/**
 * `s3`: the site under `s3://bucket/prefix/` in Amazon S3 or an S3-compatible store
 * (`s3-endpoint`, addressed path-style). Credentials come from the standard environment
 * variables, else the AWS SDK's own chain (web identity, instance roles ...).
 */
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  ConfigError,
  parseS3Uri as parseLocation,
  type S3Location,
  s3ClientConfig,
  s3Region,
} from '@maint-actions/core';
import type { SiteStore } from '../site';
import { storeTarget } from './store';
import type { Target } from './target';

type Env = Readonly<Record<string, string | undefined>>;

export interface S3TargetOptions {
  /** The `s3-uri` input. */
  readonly uri: string | undefined;
  readonly endpoint: string | undefined;
  readonly region: string | undefined;
  readonly env: Env;
}

/** The `s3-uri` input as bucket and prefix. @throws ConfigError naming `s3-uri`. */
export function parseS3Uri(uri: string | undefined): S3Location {
  if (uri === undefined) {
    throw new ConfigError('Input "s3-uri" is required by the s3 target: set it to s3://bucket/prefix.', {
      input: 's3-uri',
    });
  }
  return parseLocation(uri, 's3-uri');
}

/**
 * A SiteStore over the objects under `location`. `host` names the endpoint when an object's body
 * stops arriving (the network policy's socket timeout; the request's own failures name it already).
 */
export function s3Store(client: S3Client, location: S3Location, host = 'S3'): SiteStore {
  const key = (file: string): string => (location.prefix ? `${location.prefix}/${file}` : file);
  const shown = (file: string): string => `s3://${location.bucket}/${key(file)}`;
  return {
    async read(file) {
      let object: GetObjectCommandOutput;
      try {
        object = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: key(file) }));
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw new Error(`reading ${shown(file)} failed: ${describeS3Error(error)}`);
      }
      try {
        return (await object.Body?.transformToString('utf-8')) ?? '';
      } catch (error) {
        const silence = /timed out after (\d+) ms of inactivity/.exec((error as Error).message);
        const why = silence ? `no data for ${Number(silence[1]) / 1000} s` : (error as Error).message;
        throw new Error(`reading ${shown(file)} failed: ${host}: the object stopped arriving (${why})`);
      }
    },
    async write(file) {
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: location.bucket,
            Key: key(file.path),
            Body: file.content,
            ContentType: file.contentType,
          }),
        );
      } catch (error) {
        throw new Error(`writing ${shown(file.path)} failed: ${describeS3Error(error)}`);
      }
    },
  };
}

/** The `s3` target. */
export function s3Target(options: S3TargetOptions): Target {
  const location = parseS3Uri(options.uri);
  const config = s3ClientConfig(options);
  const client = new S3Client(config);
  const host = new URL(options.endpoint ?? `https://s3.${config.region}.amazonaws.com`).host;
  const root = `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
  return {
    ...storeTarget({
      id: 's3',
      name: `S3 ${root}`,
      store: s3Store(client, location, host),
      index: `${root}/index.json`,
      urlOf: (file) => objectUrl(options, location, file),
    }),
    close: async () => client.destroy(),
  };
}

/** The object's HTTP URL: path-style under the endpoint, else the bucket's virtual host on AWS. */
function objectUrl(options: S3TargetOptions, location: S3Location, file: string): string {
  const key = (location.prefix ? `${location.prefix}/${file}` : file)
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  if (options.endpoint !== undefined)
    return `${options.endpoint.replace(/\/+$/, '')}/${location.bucket}/${key}`;
  return `https://${location.bucket}.s3.${s3Region(options)}.amazonaws.com/${key}`;
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (e?.name === 'NoSuchBucket') return false;
  return e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
}

/** `AccessDenied: Access Denied (HTTP 403)`. */
function describeS3Error(error: unknown): string {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e?.$metadata?.httpStatusCode;
  const text = e?.message && e.message !== e.name ? `${e.name}: ${e.message}` : (e?.name ?? String(error));
  return status ? `${text} (HTTP ${status})` : text;
}
