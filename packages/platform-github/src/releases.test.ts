import type { Releases } from '@maint-actions/core';
import { HostApiError } from '@maint-actions/core';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from 'vitest';
import { type FakeGithub, OWNER, RELEASED_COMMIT, REPO, startFakeGithub } from './github-server.fixture';
import { createGithubPlatform } from './platform';

const TOKEN = 'ghs_releases_T0ken_1d2e3f';
const REPO_PATH = '/api/v3/repos/acme/backend';
const COMMIT_A = 'a1'.repeat(20);
const COMMIT_B = 'b2'.repeat(20);

let github: FakeGithub;
let stdout: MockInstance<typeof process.stdout.write>;

function releases(): Releases {
  const host = createGithubPlatform({
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_API_URL: github.baseUrl },
  }).repoHost(TOKEN);
  if (!host?.releases) throw new Error('expected releases with a token');
  return host.releases;
}

const sent = () => github.requests.map((r) => `${r.method} ${r.url}`);
const bodyOf = (index: number) => JSON.parse(github.requests[index]?.body.toString() ?? 'null') as unknown;

/** The commit a tag ends at in the fake, through its tag object. */
function commitOf(tag: string): string | undefined {
  const ref = github.refs.get(`tags/${tag}`);
  return ref?.type === 'tag' ? github.tagObjects.get(ref.sha)?.object.sha : ref?.sha;
}

beforeAll(async () => {
  github = await startFakeGithub(TOKEN);
});
afterAll(() => github.close());
beforeEach(() => {
  github.reset();
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  const logged = stdout.mock.calls
    .map(([chunk]) => String(chunk))
    .filter((l) => !l.startsWith('::add-mask::'));
  expect(logged.join('')).not.toContain(TOKEN);
  stdout.mockRestore();
});

describe('releases.create and get', () => {
  it('creates the release of an existing tag and uploads its assets', async () => {
    github.addTag('v2.0.0-rc.1', COMMIT_A);
    const release = await releases().create({
      tag: 'v2.0.0-rc.1',
      name: 'v2.0.0-rc.1',
      body: '## Changes\n- new endpoint',
      prerelease: true,
      assets: [
        { name: 'schema.yml', content: Buffer.from('openapi: 3.1.0\n'), contentType: 'application/yaml' },
      ],
    });
    expect(release).toEqual({
      tag: 'v2.0.0-rc.1',
      name: 'v2.0.0-rc.1',
      url: 'https://github.com/acme/backend/releases/tag/v2.0.0-rc.1',
      body: '## Changes\n- new endpoint',
      prerelease: true,
      created: true,
    });
    const id = github.releases.get('v2.0.0-rc.1')?.id;
    expect(sent()).toEqual([
      `GET ${REPO_PATH}/git/ref/tags%2Fv2.0.0-rc.1`,
      `GET ${REPO_PATH}/git/tags/${github.refs.get('tags/v2.0.0-rc.1')?.sha}`,
      `POST ${REPO_PATH}/releases`,
      `GET ${REPO_PATH}/releases/${id}/assets?per_page=100`,
      `POST /api/v3/uploads/repos/acme/backend/releases/${id}/assets?name=schema.yml&`,
    ]);
    expect(bodyOf(2)).toEqual({
      tag_name: 'v2.0.0-rc.1',
      name: 'v2.0.0-rc.1',
      body: '## Changes\n- new endpoint',
      prerelease: true,
    });
    const asset = [...github.assets.values()].find((a) => a.name === 'schema.yml');
    expect(github.uploads.get(asset?.id ?? 0)?.toString()).toBe('openapi: 3.1.0\n');
    expect(await releases().get('v2.0.0-rc.1')).toEqual({
      tag: 'v2.0.0-rc.1',
      name: 'v2.0.0-rc.1',
      url: 'https://github.com/acme/backend/releases/tag/v2.0.0-rc.1',
      body: '## Changes\n- new endpoint',
      prerelease: true,
    });
  });

  it('returns an existing release with created: false', async () => {
    const release = await releases().create({
      tag: 'v1.0.0',
      name: 'again',
      body: 'again',
      prerelease: false,
    });
    expect(release).toEqual({
      tag: 'v1.0.0',
      name: 'Version 1.0.0',
      url: 'https://github.com/acme/backend/releases/tag/v1.0.0',
      body: 'Initial release',
      prerelease: false,
      created: false,
    });
    expect(sent().slice(-2)).toEqual([`POST ${REPO_PATH}/releases`, `GET ${REPO_PATH}/releases/tags/v1.0.0`]);
    expect([...github.releases.keys()]).toEqual(['v1.0.0']);
  });

  it('refuses a release whose tag does not exist rather than let GitHub tag the default branch', async () => {
    const error = await releases()
      .create({ tag: 'v3.0.0', name: 'v3.0.0', body: '', prerelease: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostApiError);
    expect((error as HostApiError).status).toBe(422);
    expect((error as Error).message).toBe(
      'acme/backend has no tag "v3.0.0": create the tag before its release',
    );
    expect(github.refs.has('tags/v3.0.0')).toBe(false);
    expect(await releases().get('v3.0.0')).toBeUndefined();
  });
});

describe('releases.createTag', () => {
  it('creates an annotated tag object and its reference', async () => {
    await expect(
      releases().createTag({ tag: 'v2.0.0', sha: COMMIT_A, message: 'Release 2.0.0' }),
    ).resolves.toEqual({
      created: true,
    });
    expect(sent()).toEqual([
      `GET ${REPO_PATH}/git/ref/tags%2Fv2.0.0`,
      `POST ${REPO_PATH}/git/tags`,
      `POST ${REPO_PATH}/git/refs`,
    ]);
    expect(bodyOf(1)).toEqual({ tag: 'v2.0.0', message: 'Release 2.0.0', object: COMMIT_A, type: 'commit' });
    const ref = github.refs.get('tags/v2.0.0');
    expect(ref?.type).toBe('tag');
    expect(bodyOf(2)).toEqual({ ref: 'refs/tags/v2.0.0', sha: ref?.sha });
    expect(github.tagObjects.get(ref?.sha ?? '')).toMatchObject({ tag: 'v2.0.0', message: 'Release 2.0.0' });
    expect(commitOf('v2.0.0')).toBe(COMMIT_A);
  });

  it('answers created: false when the tag is already at the commit, creating no tag object', async () => {
    const tagObjects = github.tagObjects.size;
    await expect(
      releases().createTag({ tag: 'v1.0.0', sha: RELEASED_COMMIT, message: 'Release 1.0.0' }),
    ).resolves.toEqual({ created: false });
    expect(github.tagObjects.size).toBe(tagObjects);
    expect(sent()).toEqual([
      `GET ${REPO_PATH}/git/ref/tags%2Fv1.0.0`,
      `GET ${REPO_PATH}/git/tags/${github.refs.get('tags/v1.0.0')?.sha}`,
    ]);
  });

  it('answers created: false when another run made the same tag between its look-up and its create', async () => {
    github.onRequest = (request) => {
      if (request.method === 'POST' && request.url.endsWith('/git/tags')) github.addTag('v2.0.0', COMMIT_A);
    };
    await expect(
      releases().createTag({ tag: 'v2.0.0', sha: COMMIT_A, message: 'Release 2.0.0' }),
    ).resolves.toEqual({ created: false });
    expect(commitOf('v2.0.0')).toBe(COMMIT_A);
  });

  it('throws a 409 HostApiError when the tag is at another commit, leaving it there', async () => {
    const error = await releases()
      .createTag({ tag: 'v1.0.0', sha: COMMIT_B, message: 'Release 1.0.0' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostApiError);
    expect((error as HostApiError).status).toBe(409);
    expect((error as Error).message).toBe(
      `the tag "v1.0.0" of acme/backend is at commit ${RELEASED_COMMIT}, not ${COMMIT_B}: a released tag is never moved; release a new version instead`,
    );
    expect(commitOf('v1.0.0')).toBe(RELEASED_COMMIT);
  });

  it('refuses with a HostApiError naming the contents permission, without the token', async () => {
    github.readOnly = true;
    const error = await releases()
      .createTag({ tag: 'v2.0.0', sha: COMMIT_A, message: 'Release 2.0.0' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostApiError);
    expect((error as HostApiError).status).toBe(403);
    expect((error as Error).message).toMatch(
      /^GitHub refused to create the tag v2\.0\.0 in acme\/backend \(HTTP 403: Resource not accessible by integration.*\): the token needs the "contents: write" permission/,
    );
    expect(String((error as Error).stack)).not.toContain(TOKEN);
    expect(github.refs.has('tags/v2.0.0')).toBe(false);
  });
});

describe('releases.moveTag', () => {
  it('creates a missing lightweight tag, then force-moves it', async () => {
    await releases().moveTag('v1', COMMIT_A);
    expect(github.refs.get('tags/v1')).toEqual({ type: 'commit', sha: COMMIT_A });
    expect(sent()).toEqual([`PATCH ${REPO_PATH}/git/refs/tags%2Fv1`, `POST ${REPO_PATH}/git/refs`]);
    expect(bodyOf(1)).toEqual({ ref: 'refs/tags/v1', sha: COMMIT_A });

    github.requests.length = 0;
    await releases().moveTag('v1', COMMIT_B);
    expect(github.refs.get('tags/v1')).toEqual({ type: 'commit', sha: COMMIT_B });
    expect(sent()).toEqual([`PATCH ${REPO_PATH}/git/refs/tags%2Fv1`]);
    expect(bodyOf(0)).toEqual({ sha: COMMIT_B, force: true });
  });

  it('names the contents permission when the token may not move it', async () => {
    github.readOnly = true;
    const error = await releases()
      .moveTag('v1', COMMIT_A)
      .catch((e: unknown) => e);
    expect((error as HostApiError).status).toBe(403);
    expect((error as Error).message).toContain('GitHub refused to move the tag v1 in acme/backend (HTTP 403');
    expect((error as Error).message).toContain('the token needs the "contents: write" permission');
  });
});
