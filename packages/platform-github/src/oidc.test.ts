import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FakePlatform } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAwsWebIdentity } from './oidc';
import { type RunnerFiles, setUpRunner } from './runner.fixture';

const summaryFile = path.join(os.tmpdir(), `oidc-summary-${process.pid}.md`);
let files: RunnerFiles;
let server: Server;
let audiences: (string | null)[];
let url: string;

beforeEach(async () => {
  files = await setUpRunner(summaryFile);
  audiences = [];
  server = createServer((request, response) => {
    audiences.push(new URL(request.url ?? '/', 'http://x').searchParams.get('audience'));
    if (request.headers.authorization !== 'Bearer request-token') {
      response.statusCode = 403;
      response.end('{}');
      return;
    }
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ value: 'eyJhbGciOi.job-token.sig' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token?api-version=2.0`;
});
afterEach(async () => {
  server.close();
  await files.dispose();
});

const roleEnv = (more: Record<string, string> = {}): Record<string, string | undefined> => ({
  AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/backup',
  ACTIONS_ID_TOKEN_REQUEST_URL: url,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
  RUNNER_TEMP: files.dir,
  GITHUB_RUN_ID: '42',
  ...more,
});

describe('useAwsWebIdentity', () => {
  it('writes the job’s OIDC token to a 0600 file the AWS SDK reads, and masks it', async () => {
    // @actions/core reads the request URL and token from process.env.
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', url);
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'request-token');
    const env = roleEnv();
    const fake = new FakePlatform();
    const outcome = await useAwsWebIdentity(fake.log, env);
    expect(outcome.status).toBe('token-file');
    const file = env.AWS_WEB_IDENTITY_TOKEN_FILE as string;
    expect(path.dirname(file)).toBe(files.dir);
    expect(await readFile(file, 'utf8')).toBe('eyJhbGciOi.job-token.sig');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(env.AWS_ROLE_SESSION_NAME).toBe('maint-actions-42');
    expect(audiences).toEqual(['sts.amazonaws.com']);
    expect(files.stdout()).toContain('::add-mask::eyJhbGciOi.job-token.sig\n');
  });

  it('leaves keys, a token file and a missing role alone', async () => {
    const fake = new FakePlatform();
    for (const env of [
      roleEnv({ AWS_ACCESS_KEY_ID: 'AKIA...' }),
      roleEnv({ AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/token' }),
      { ...roleEnv(), AWS_ROLE_ARN: undefined },
    ]) {
      expect(await useAwsWebIdentity(fake.log, env)).toEqual({ status: 'unused' });
    }
    expect(audiences).toEqual([]);
  });

  it('warns, and goes on, when the job may not request a token', async () => {
    const fake = new FakePlatform();
    const env: Record<string, string | undefined> = { ...roleEnv(), ACTIONS_ID_TOKEN_REQUEST_URL: undefined };
    expect((await useAwsWebIdentity(fake.log, env)).status).toBe('unavailable');
    expect(env.AWS_WEB_IDENTITY_TOKEN_FILE).toBeUndefined();
    expect(fake.lines).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message:
          "AWS_ROLE_ARN is set, but this job may not request an OIDC token: give it `permissions: id-token: write`; S3 gets only the AWS SDK's other credentials.",
      }),
    );
  });
});
