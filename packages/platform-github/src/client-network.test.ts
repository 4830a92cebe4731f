/**
 * The GitHub client (Octokit over the core's httpFetch) under the network policy: loopback
 * endpoints that never answer, stall, reset or ask to retry later end in a HostApiError naming
 * the host within the budget; the proxy variables route its requests.
 */
import { forgetUnreachableHosts, HostApiError } from '@maint-actions/core';
import {
  FAST_NETWORK,
  FAST_NETWORK_DEADLINE_MS,
  HOSTILE_CASES,
  startHostileServer,
  startRecordingProxy,
} from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { githubClient } from './client';
import { OWNER, REPO, startFakeGithub } from './github-server.fixture';
import { githubIssues } from './issues';

const TOKEN = 'ghs_network_T0ken_x1';
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  forgetUnreachableHosts();
});

describe('GitHub API against endpoints that do not answer', () => {
  for (const { mode, options, says } of HOSTILE_CASES) {
    it(`${mode}: the alert issue fails naming the host, within the budget`, async () => {
      const server = await startHostileServer(mode, options);
      closers.push(() => server.close());
      const issues = githubIssues({
        getClient: () => githubClient(TOKEN, { baseUrl: server.url, policy: FAST_NETWORK }),
        where: { owner: OWNER, repo: REPO },
        repository: `${OWNER}/${REPO}`,
      });
      const started = Date.now();
      const error = await issues
        .upsert({ marker: 'usage-alert:api', title: 't', body: 'b', labels: [], comment: 'c' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostApiError);
      expect((error as Error).message).toMatch(
        new RegExp(`^Could not reach GitHub to list the issues in acme/backend: ${server.host}: `),
      );
      expect((error as Error).message).toMatch(says);
      expect((error as Error).message).not.toContain(TOKEN);
      expect(Date.now() - started).toBeLessThan(FAST_NETWORK_DEADLINE_MS);
    });
  }
});

describe('GitHub API through a proxy', () => {
  it('goes through HTTP_PROXY, and straight to a NO_PROXY host', async () => {
    const github = await startFakeGithub(TOKEN);
    const proxy = await startRecordingProxy();
    closers.push(
      () => github.close(),
      () => proxy.close(),
    );
    const saved = { ...process.env };
    try {
      process.env.HTTP_PROXY = proxy.url;
      delete process.env.NO_PROXY;
      delete process.env.no_proxy;
      const client = await githubClient(TOKEN, { baseUrl: github.baseUrl, policy: FAST_NETWORK });
      await client.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 42 });
      expect(proxy.requests).toEqual([`GET ${github.baseUrl}/repos/${OWNER}/${REPO}/issues/42/comments`]);
      process.env.no_proxy = '127.0.0.1';
      await client.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 42 });
      expect(proxy.requests).toHaveLength(1);
    } finally {
      process.env = saved;
    }
  });
});
