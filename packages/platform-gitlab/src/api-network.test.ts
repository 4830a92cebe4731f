/**
 * The GitLab client under the network policy: loopback endpoints that never answer, stall,
 * reset or ask to retry later end in a GitLabApiError naming the host within the budget; the
 * proxy variables route its requests.
 */
import { forgetUnreachableHosts } from '@maint-actions/core';
import {
  FAST_NETWORK,
  FAST_NETWORK_DEADLINE_MS,
  HOSTILE_CASES,
  type RecordingProxy,
  startHostileServer,
  startRecordingProxy,
} from '@maint-actions/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { GitLabApiError, gitlabApi } from './api';
import { type FakeGitlab, startFakeGitlab } from './gitlab-server.fixture';

const TOKEN = 'glpat-network-9sK2mX';
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  forgetUnreachableHosts();
});

describe('GitLab API against endpoints that do not answer', () => {
  for (const { mode, options, says } of HOSTILE_CASES) {
    it(`${mode}: a failed call naming the host, within the budget`, async () => {
      const server = await startHostileServer(mode, options);
      closers.push(() => server.close());
      const api = gitlabApi({ baseUrl: `${server.url}/api/v4`, token: TOKEN, policy: FAST_NETWORK });
      const started = Date.now();
      const error = (await api.request('GET', '/projects/5').catch((e: unknown) => e)) as GitLabApiError;
      expect(error).toBeInstanceOf(GitLabApiError);
      expect(error.message).toMatch(
        new RegExp(`^GitLab API GET /projects/5 failed: (could not reach GitLab|HTTP 503): ${server.host}: `),
      );
      expect(error.message).toMatch(says);
      expect(error.message).not.toContain(TOKEN);
      expect(Date.now() - started).toBeLessThan(FAST_NETWORK_DEADLINE_MS);
    });
  }

  it('posts a note once to a server that does not answer (a POST is not repeated)', async () => {
    const server = await startHostileServer('silent');
    closers.push(() => server.close());
    const api = gitlabApi({ baseUrl: `${server.url}/api/v4`, token: TOKEN, policy: FAST_NETWORK });
    await expect(api.request('POST', '/projects/5/merge_requests/7/notes', { body: 'x' })).rejects.toThrow(
      /no answer within 0.5 s \(1 attempt in/,
    );
    expect(server.requests).toEqual(['POST /api/v4/projects/5/merge_requests/7/notes']);
  });
});

describe('GitLab API through a proxy', () => {
  let gitlab: FakeGitlab;
  let proxy: RecordingProxy;

  it('goes through HTTP_PROXY, and straight to a NO_PROXY host', async () => {
    gitlab = await startFakeGitlab(TOKEN);
    proxy = await startRecordingProxy();
    closers.push(
      () => gitlab.close(),
      () => proxy.close(),
    );
    const saved = { ...process.env };
    try {
      process.env.HTTP_PROXY = proxy.url;
      delete process.env.NO_PROXY;
      delete process.env.no_proxy;
      const api = gitlabApi({ baseUrl: gitlab.apiUrl, token: TOKEN, policy: FAST_NETWORK });
      await api.request('GET', '/projects/5/issues');
      expect(proxy.requests).toEqual([`GET ${gitlab.apiUrl}/projects/5/issues`]);
      process.env.NO_PROXY = '127.0.0.1';
      await api.request('GET', '/projects/5/issues');
      expect(proxy.requests).toHaveLength(1);
    } finally {
      process.env = saved;
    }
  });
});
