/**
 * AWS through GitHub's OIDC tokens, without long-lived keys. When the step's environment names a
 * role (`AWS_ROLE_ARN`) and holds neither keys nor a token file, the action asks the runner for
 * the job's ID token (audience `sts.amazonaws.com`, or `AWS_OIDC_AUDIENCE`), writes it to a file
 * of mode 0600 in RUNNER_TEMP and points `AWS_WEB_IDENTITY_TOKEN_FILE` at it: the AWS SDK's
 * default chain then assumes the role (STS AssumeRoleWithWebIdentity) when an S3 client first
 * needs credentials. Keys from aws-actions/configure-aws-credentials, or from secrets, win.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '@maint-actions/core';
import { runner } from './workflow-commands';

type Env = Record<string, string | undefined>;

/** What `useAwsWebIdentity` did, for the log and the tests. */
export type AwsWebIdentity =
  | { readonly status: 'unused' }
  | { readonly status: 'token-file'; readonly file: string }
  | { readonly status: 'unavailable'; readonly reason: string };

/**
 * Sets up the web identity of `env` (process.env on the runner) as above; `unused` when no role
 * is named or other credentials are there. A job without the `id-token: write` permission, or a
 * token request that fails, is a warning: S3 then fails with the SDK's own credentials error,
 * and an action that never touches S3 is not held up.
 */
export async function useAwsWebIdentity(log: Logger, env: Env = process.env): Promise<AwsWebIdentity> {
  if (!env.AWS_ROLE_ARN || env.AWS_ACCESS_KEY_ID || env.AWS_WEB_IDENTITY_TOKEN_FILE)
    return { status: 'unused' };
  const unavailable = (reason: string): AwsWebIdentity => {
    log.warning(`AWS_ROLE_ARN is set, but ${reason}; S3 gets only the AWS SDK's other credentials.`, {
      title: 'AWS OIDC',
    });
    return { status: 'unavailable', reason };
  };
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    return unavailable('this job may not request an OIDC token: give it `permissions: id-token: write`');
  }
  let token: string;
  try {
    token = await runner.idToken(env.AWS_OIDC_AUDIENCE || 'sts.amazonaws.com');
  } catch (error) {
    return unavailable(
      `the runner gave no OIDC token (${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()})`,
    );
  }
  const file = path.join(env.RUNNER_TEMP || os.tmpdir(), `maint-aws-web-identity-${randomUUID()}`);
  await writeFile(file, token, { mode: 0o600, flag: 'wx' });
  env.AWS_WEB_IDENTITY_TOKEN_FILE = file;
  env.AWS_ROLE_SESSION_NAME ||= `maint-actions-${env.GITHUB_RUN_ID ?? 'run'}`;
  log.info(`AWS: the role in AWS_ROLE_ARN is assumed with this job's OIDC token.`);
  return { status: 'token-file', file };
}
