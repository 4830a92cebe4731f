/**
 * The local GitHub and GitLab API servers of the host tests: started once per file, reset before
 * each test, closed after the file. Read them through the returned object inside tests.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type FakeGithub, startFakeGithub } from '../../packages/platform-github/src/github-server.fixture';
import { type FakeGitlab, startFakeGitlab } from '../../packages/platform-gitlab/src/gitlab-server.fixture';

export interface HostServers {
  readonly github: FakeGithub;
  readonly gitlab: FakeGitlab;
}

/** Registers the hooks that run both servers for the calling test file, accepting `token`. */
export function useHostServers(token: string): HostServers {
  let github: FakeGithub | undefined;
  let gitlab: FakeGitlab | undefined;
  beforeAll(async () => {
    [github, gitlab] = await Promise.all([startFakeGithub(token), startFakeGitlab(token)]);
  });
  afterAll(async () => {
    await Promise.all([github?.close(), gitlab?.close()]);
  });
  beforeEach(() => {
    github?.reset();
    gitlab?.reset();
  });
  return {
    get github() {
      if (!github) throw new Error('the GitHub server runs only inside tests');
      return github;
    },
    get gitlab() {
      if (!gitlab) throw new Error('the GitLab server runs only inside tests');
      return gitlab;
    },
  };
}
