/**
 * tag-release with `push: api`, end to end: the bundle (GitHub runner protocol) tags the commit
 * checked out in a real git repository and creates the release through a local GitHub API.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runBundle, runGitlabCliJob } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, makeRepo, type Repo } from '../../actions/tag-release/src/test-support';
import { useHostServers } from './servers';

const TOKEN = 'ghs_hostReleaseToken0123456789';
const hosts = useHostServers(TOKEN);

let repo: Repo;

beforeEach(async () => {
  repo = await makeRepo();
  await repo.commit('feat: export invoices as CSV (#12)');
});
afterEach(async () => repo.cleanup());

const inputs = { push: 'api', 'create-release': 'true', token: TOKEN };

async function writtenFiles(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter(
    (e) => e.isFile() && !path.join(e.parentPath, e.name).includes(`${path.sep}.git${path.sep}`),
  );
  const texts = await Promise.all(files.map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')));
  return texts.join('\n');
}

describe('tag-release through the GitHub API (bundle)', () => {
  it('creates the tag and the release at HEAD, and a re-run creates neither again', async () => {
    const run = () =>
      runBundle('tag-release', {
        workspace: repo.workspace,
        inputs,
        env: {
          GITHUB_API_URL: hosts.github.baseUrl,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
        },
      });
    const head = await git(repo.workspace, 'rev-parse', 'HEAD');
    const first = await run();

    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ version: '0.1.0', tag: 'v0.1.0' });
    const ref = hosts.github.refs.get('tags/v0.1.0');
    expect(ref?.type).toBe('tag');
    expect(hosts.github.tagObjects.get(ref?.sha ?? '')?.object).toEqual({ type: 'commit', sha: head });
    const release = hosts.github.releases.get('v0.1.0');
    expect(release?.body).toContain('export invoices as CSV');
    expect(first.outputs['release-url']).toBe(release?.html_url);
    expect(first.summary).toContain(`created: ${release?.html_url}`);
    // The API made the tag: nothing was pushed to the git remote.
    expect(await repo.remoteTags()).toEqual({});

    const second = await run();

    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(second.outputs).toMatchObject({ tag: 'v0.1.0', 'release-url': release?.html_url });
    expect(second.summary).toContain(`exists already: ${release?.html_url}`);
    // The re-run found its tag at this commit: the reference did not move, no second release.
    expect([...hosts.github.releases.keys()].sort()).toEqual(['v0.1.0', 'v1.0.0']);
    expect(hosts.github.refs.get('tags/v0.1.0')).toEqual(ref);
    for (const text of [
      first.stdout,
      first.stderr,
      second.stdout,
      second.stderr,
      await writtenFiles(repo.root),
    ]) {
      expect(text.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    }
  });
});

describe('tag-release through the GitLab API (CLI job)', () => {
  it('creates the tag and the release at HEAD, and a re-run creates neither again', async () => {
    const head = await git(repo.workspace, 'rev-parse', 'HEAD');
    const run = () =>
      runGitlabCliJob('tag-release', {
        workspace: repo.workspace,
        apiUrl: hosts.gitlab.apiUrl,
        inputs,
        env: { CI_COMMIT_SHA: head, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      });
    const first = await run();

    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.dotenv).toMatchObject({
      MAINT_TAG_RELEASE_VERSION: '0.1.0',
      MAINT_TAG_RELEASE_TAG: 'v0.1.0',
    });
    expect(hosts.gitlab.tags.get('v0.1.0')?.commit).toBe(head);
    const release = hosts.gitlab.releases.get('v0.1.0');
    expect(release?.description).toContain('export invoices as CSV');
    expect(await repo.remoteTags()).toEqual({});

    const second = await run();

    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(second.dotenv).toMatchObject({ MAINT_TAG_RELEASE_TAG: 'v0.1.0' });
    expect([...hosts.gitlab.releases.keys()]).toEqual(['v0.1.0']);
    expect(hosts.gitlab.releases.get('v0.1.0')).toEqual(release);
    expect(hosts.gitlab.tags.get('v0.1.0')?.commit).toBe(head);
    for (const text of [
      first.stdout,
      first.stderr,
      second.stdout,
      second.stderr,
      await writtenFiles(repo.root),
    ]) {
      expect(text).not.toContain(TOKEN);
    }
  });
});
