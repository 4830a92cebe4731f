/**
 * `s3`: the site under `s3://bucket/prefix/` in Amazon S3 or an S3-compatible store
 * (`s3-endpoint`, addressed path-style). Credentials come from the standard environment
 * variables, else the AWS SDK's own chain (web identity, instance roles ...).
 */
import { GetObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { ConfigError } from '@maint-actions/core';
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

export interface S3Location {
  readonly bucket: string;
  /** Key prefix without leading or trailing slashes; '' for the bucket's root. */
  readonly prefix: string;
}

/** `s3://bucket/some/prefix/` -> bucket and prefix. @throws ConfigError naming `s3-uri`. */
export function parseS3Uri(uri: string | undefined): S3Location {
  const m = uri === undefined ? null : /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri);
  if (!m) {
    throw new ConfigError(
      uri === undefined
        ? 'Input "s3-uri" is required by the s3 target: set it to s3://bucket/prefix.'
        : `Input "s3-uri" must be s3://bucket/prefix with a valid bucket name (got ${JSON.stringify(uri)}).`,
      { input: 's3-uri' },
    );
  }
  const prefix = (m[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix.split('/').some((part) => part === '..' || part === '.')) {
    throw new ConfigError(
      `Input "s3-uri" must not contain "." or ".." segments (got ${JSON.stringify(uri)}).`,
      {
        input: 's3-uri',
      },
    );
  }
  return { bucket: m[1] as string, prefix };
}

/** The client: path-style and checksums only where required when an endpoint is given (S3-compatible stores). */
export function s3Client(options: S3TargetOptions): S3Client {
  const { env } = options;
  const config: S3ClientConfig = { region: regionOf(options) };
  if (options.endpoint !== undefined) {
    checkEndpoint(options.endpoint);
    Object.assign(config, {
      endpoint: options.endpoint,
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

function checkEndpoint(endpoint: string): void {
  let url: URL | undefined;
  try {
    url = new URL(endpoint);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password)
    return;
  throw new ConfigError(
    `Input "s3-endpoint" must be an http:// or https:// URL without credentials (got ${JSON.stringify(endpoint)}).`,
    { input: 's3-endpoint' },
  );
}

/** A SiteStore over the objects under `location`. */
export function s3Store(client: S3Client, location: S3Location): SiteStore {
  const key = (file: string): string => (location.prefix ? `${location.prefix}/${file}` : file);
  const shown = (file: string): string => `s3://${location.bucket}/${key(file)}`;
  return {
    async read(file) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: key(file) }));
        return (await object.Body?.transformToString('utf-8')) ?? '';
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw new Error(`reading ${shown(file)} failed: ${describeS3Error(error)}`);
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
  const client = s3Client(options);
  const root = `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
  return {
    ...storeTarget({
      id: 's3',
      name: `S3 ${root}`,
      store: s3Store(client, location),
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
  return `https://${location.bucket}.s3.${regionOf(options)}.amazonaws.com/${key}`;
}

/** `s3-region`, else `AWS_REGION`, else `AWS_DEFAULT_REGION`, else `us-east-1`. */
function regionOf({ region, env }: S3TargetOptions): string {
  return region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
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
