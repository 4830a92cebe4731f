import { describe, expect, it } from 'vitest';
import { ConfigError } from './errors';
import { isS3Uri, parseS3Uri, s3ClientConfig } from './s3-location';

describe('S3 locations', () => {
  it('splits bucket and prefix, and names the input of a bad URI', () => {
    expect(isS3Uri('s3://b/x')).toBe(true);
    expect(parseS3Uri('s3://my.bucket/a/b/', 'destination')).toEqual({ bucket: 'my.bucket', prefix: 'a/b' });
    expect(() => parseS3Uri('s3://B/x', 'media-s3')).toThrow(
      'Input "media-s3" must be s3://bucket/prefix with a valid bucket name and no "." or ".." segments (got "s3://B/x").',
    );
  });
});

describe('s3ClientConfig', () => {
  it('addresses an S3-compatible endpoint path-style, with the credentials of the environment', () => {
    const env = { AWS_ACCESS_KEY_ID: 'AKIA', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'eu-west-1' };
    expect(s3ClientConfig({ endpoint: 'http://127.0.0.1:9000', env })).toMatchObject({
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      credentials: { accessKeyId: 'AKIA', secretAccessKey: 'secret' },
    });
  });

  it("leaves Amazon S3 and the SDK's credential chain alone without settings", () => {
    const { retryStrategy, requestHandler, maxAttempts, ...rest } = s3ClientConfig({
      region: 'us-east-2',
      env: { AWS_ACCESS_KEY_ID: 'only-one' },
    });
    expect(rest).toEqual({ region: 'us-east-2' });
    expect(s3ClientConfig({ env: {} })).toMatchObject({ region: 'us-east-1' });
    expect(s3ClientConfig({ env: {} })).not.toHaveProperty('credentials');
  });

  it('applies the network policy: socket silence, connect timeout and attempts of MAINT_NETWORK_*', async () => {
    const config = s3ClientConfig({ env: { MAINT_NETWORK_TIMEOUT: '2', MAINT_NETWORK_ATTEMPTS: '4' } });
    expect(config.maxAttempts).toBe(4);
    expect(typeof config.retryStrategy.refreshRetryTokenForRetry).toBe('function');
    const handler = await (config.requestHandler as unknown as () => Promise<Record<string, unknown>>)();
    expect(handler).toEqual({ connectionTimeout: 2000, socketTimeout: 2000 });
  });

  it('refuses an endpoint that is not an http(s) URL or holds credentials', () => {
    for (const endpoint of ['minio:9000', 'ftp://store', 'https://user:pw@store.example']) {
      const error = (() => {
        try {
          s3ClientConfig({ endpoint, env: {} });
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(
        `Input "s3-endpoint" must be an http:// or https:// URL without credentials (got ${JSON.stringify(endpoint)}).`,
      );
    }
  });
});
