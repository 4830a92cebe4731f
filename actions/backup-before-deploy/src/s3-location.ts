/**
 * S3 locations as the inputs name them (`s3://bucket/prefix`), and the masking of the AWS
 * credentials: what a run needs to decide on S3 before it loads the AWS SDK (./s3), which only
 * S3 runs do.
 */
import { ConfigError, type Platform, secrets } from '@maint-actions/core';

/** A bucket and a key prefix (no leading or trailing slash; '' for the bucket's root). */
export interface S3Location {
  readonly bucket: string;
  readonly prefix: string;
}

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
