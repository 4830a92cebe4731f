/**
 * S3 as the actions' inputs name it: `s3://bucket/prefix` locations, the client settings
 * (`s3-endpoint`, `s3-region`, the AWS credentials of the environment) and their masking. Plain
 * data only: each action builds its `S3Client` from `s3ClientConfig`, and loads the AWS SDK only
 * when a run uses S3.
 */
import { ConfigError } from './errors';
import { type NetworkPolicy, networkPolicy, sdkNetworkConfig } from './network';
import type { Platform } from './platform';
import { secrets } from './redact';

type Env = Readonly<Record<string, string | undefined>>;

/** A bucket and a key prefix (no leading or trailing slash; '' for the bucket's root). */
export interface S3Location {
  readonly bucket: string;
  readonly prefix: string;
}

/** Whether `value` names an S3 location. */
export const isS3Uri = (value: string): boolean => value.startsWith('s3://');

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

export interface S3Settings {
  /** `s3-endpoint`: an S3-compatible store; unset for Amazon S3. */
  readonly endpoint?: string;
  /** `s3-region`; else AWS_REGION, AWS_DEFAULT_REGION, `us-east-1`. */
  readonly region?: string;
  readonly env: Env;
  /** Default: `networkPolicy(env)`. */
  readonly policy?: NetworkPolicy;
}

/** The region of `settings`: `s3-region`, else AWS_REGION, else AWS_DEFAULT_REGION, else `us-east-1`. */
export function s3Region({ region, env }: S3Settings): string {
  return region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
}

/**
 * The settings of an `S3Client` (a subset of the SDK's `S3ClientConfig`): with an endpoint,
 * path-style addressing and checksums only where required, as S3-compatible stores want; the
 * credentials of the environment when both keys are set, else the SDK's own chain; and the network
 * policy (`sdkNetworkConfig`: timeouts, bounded retries, a message naming the host, proxies).
 *
 * @throws ConfigError for an endpoint that is not an http(s) URL, or one holding credentials.
 */
export function s3ClientConfig(settings: S3Settings) {
  const { endpoint, env } = settings;
  if (endpoint !== undefined) {
    const url = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
      throw new ConfigError(
        `Input "s3-endpoint" must be an http:// or https:// URL without credentials (got ${JSON.stringify(endpoint)}).`,
        { input: 's3-endpoint' },
      );
    }
  }
  const region = s3Region(settings);
  const host = new URL(endpoint ?? `https://s3.${region}.amazonaws.com`);
  return {
    region,
    ...sdkNetworkConfig(host, settings.policy ?? networkPolicy(env), env),
    ...(endpoint === undefined
      ? {}
      : {
          endpoint,
          forcePathStyle: true,
          requestChecksumCalculation: 'WHEN_REQUIRED' as const,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }),
    ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? {
          credentials: {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
          },
        }
      : {}),
  };
}
