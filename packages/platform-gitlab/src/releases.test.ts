import { PassThrough } from 'node:stream';
import type { Releases } from '@maint-actions/core';
import { HostApiError } from '@maint-actions/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitlab, startFakeGitlab } from './gitlab-server.fixture';
import { createGitlabPlatform } from './platform';

const TOKEN = 'glpat-releases-Vb61Tz';
const PROJECT = '/api/v4/projects/acme%2Fbackend';
const COMMIT_A = 'a1'.repeat(20);
const COMMIT_B = 'b2'.repeat(20);

let gitlab: FakeGitlab;
let out: string;

function releases(): Releases {
  const stdout = new PassThrough();
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const host = createGitlabPlatform({
    action: 'tag-release',
    stdout,
    env: {
      CI_PROJECT_DIR: '/builds/acme/backend',
      CI_API_V4_URL: gitlab.apiUrl,
      CI_PROJECT_PATH: 'acme/backend',
    },
  }).repoHost(TOKEN);
  if (!host?.releases) throw new Error('expected releases with a token');
  return host.releases;
}

const sent = () => gitlab.seen.map((s) => `${s.method} ${s.url}`);

beforeAll(async () => {
  gitlab = await startFakeGitlab(TOKEN);
});
afterAll(() => gitlab.close());
beforeEach(() => {
  gitlab.reset();
  out = '';
});
afterEach(() => {
  expect(out).not.toContain(TOKEN);
});

describe('releases.create and get', () => {
  it('creates the release with its assets as linked generic package files, naming a pre-release', async () => {
    gitlab.addTag('v2.0.0-rc.1', COMMIT_A, { message: 'Release 2.0.0-rc.1' });
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
      name: 'v2.0.0-rc.1 (pre-release)',
      url: 'https://gitlab.example.com/acme/backend/-/releases/v2.0.0-rc.1',
      body: '## Changes\n- new endpoint',
      prerelease: true,
      created: true,
    });
    const fileUrl = `${gitlab.apiUrl}/projects/acme%2Fbackend/packages/generic/release-assets/v2.0.0-rc.1/schema.yml`;
    expect(sent()).toEqual([
      `PUT ${PROJECT}/packages/generic/release-assets/v2.0.0-rc.1/schema.yml`,
      `POST ${PROJECT}/releases`,
    ]);
    expect(gitlab.seen[1]?.body).toEqual({
      tag_name: 'v2.0.0-rc.1',
      name: 'v2.0.0-rc.1 (pre-release)',
      description: '## Changes\n- new endpoint',
      assets: { links: [{ name: 'schema.yml', url: fileUrl, link_type: 'package' }] },
    });
    expect(gitlab.packages.get('release-assets/v2.0.0-rc.1/schema.yml')?.toString()).toBe('openapi: 3.1.0\n');
    expect(await releases().get('v2.0.0-rc.1')).toEqual({
      tag: 'v2.0.0-rc.1',
      name: 'v2.0.0-rc.1 (pre-release)',
      url: 'https://gitlab.example.com/acme/backend/-/releases/v2.0.0-rc.1',
      body: '## Changes\n- new endpoint',
      prerelease: true,
    });
    expect(await releases().get('v9.9.9')).toBeUndefined();
  });

  it('returns an existing release with created: false, linking a missing asset', async () => {
    gitlab.addTag('v1.0.0', COMMIT_A);
    gitlab.addRelease('v1.0.0', 'Version 1.0.0', 'Initial release');
    const release = await releases().create({
      tag: 'v1.0.0',
      name: 'again',
      body: 'again',
      prerelease: false,
      assets: [
        { name: 'schema.yml', content: Buffer.from('openapi: 3.0.3\n'), contentType: 'application/yaml' },
      ],
    });
    expect(release).toEqual({
      tag: 'v1.0.0',
      name: 'Version 1.0.0',
      url: 'https://gitlab.example.com/acme/backend/-/releases/v1.0.0',
      body: 'Initial release',
      prerelease: false,
      created: false,
    });
    expect(sent()).toEqual([
      `PUT ${PROJECT}/packages/generic/release-assets/v1.0.0/schema.yml`,
      `POST ${PROJECT}/releases`,
      `GET ${PROJECT}/releases/v1.0.0`,
      `POST ${PROJECT}/releases/v1.0.0/assets/links`,
    ]);
    expect(gitlab.releases.get('v1.0.0')?.assets.links.map((l) => l.name)).toEqual(['schema.yml']);
  });

  it("passes GitLab's refusal of a release without its tag on as a HostApiError", async () => {
    const error = await releases()
      .create({ tag: 'v3.0.0', name: 'v3.0.0', body: '', prerelease: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostApiError);
    expect((error as HostApiError).status).toBe(422);
    expect((error as Error).message).toBe(
      'GitLab refused to create the release v3.0.0 in project acme/backend (GitLab API POST /projects/acme%2Fbackend/releases failed: HTTP 422: Ref is not specified)',
    );
  });
});

describe('releases.createTag', () => {
  it('creates an annotated tag at the commit', async () => {
    await expect(
      releases().createTag({ tag: 'v2.0.0', sha: COMMIT_A, message: 'Release 2.0.0' }),
    ).resolves.toEqual({
      created: true,
    });
    expect(sent()).toEqual([`POST ${PROJECT}/repository/tags`]);
    expect(gitlab.seen[0]?.body).toEqual({ tag_name: 'v2.0.0', ref: COMMIT_A, message: 'Release 2.0.0' });
    expect(gitlab.tags.get('v2.0.0')).toEqual({
      commit: COMMIT_A,
      message: 'Release 2.0.0',
      protected: false,
    });
  });

  it('answers created: false when the tag is already at the commit', async () => {
    gitlab.addTag('v1.0.0', COMMIT_A, { message: 'Release 1.0.0' });
    await expect(
      releases().createTag({ tag: 'v1.0.0', sha: COMMIT_A, message: 'Release 1.0.0' }),
    ).resolves.toEqual({
      created: false,
    });
    expect(sent()).toEqual([`POST ${PROJECT}/repository/tags`, `GET ${PROJECT}/repository/tags/v1.0.0`]);
  });

  it('throws a 409 HostApiError when the tag is at another commit, leaving it there', async () => {
    gitlab.addTag('v1.0.0', COMMIT_A, { message: 'Release 1.0.0' });
    const error = await releases()
      .createTag({ tag: 'v1.0.0', sha: COMMIT_B, message: 'Release 1.0.0' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostApiError);
    expect((error as HostApiError).status).toBe(409);
    expect((error as Error).message).toBe(
      `the tag "v1.0.0" of project acme/backend is at commit ${COMMIT_A}, not ${COMMIT_B}: a released tag is never moved; release a new version instead`,
    );
    expect(gitlab.tags.get('v1.0.0')?.commit).toBe(COMMIT_A);
  });

  it('refuses with a HostApiError saying the token needs the api scope, without the token', async () => {
    gitlab.readOnly = true;
    const error = await releases()
      .createTag({ tag: 'v2.0.0', sha: COMMIT_A, message: 'Release 2.0.0' })
      .catch((e: unknown) => e);
    expect((error as HostApiError).status).toBe(403);
    expect((error as Error).message).toBe(
      'GitLab refused to create the tag v2.0.0 in project acme/backend (GitLab API POST /projects/acme%2Fbackend/repository/tags failed: HTTP 403: 403 Forbidden): ' +
        'the token needs the api scope: give a project access token with the api scope',
    );
    expect(String((error as Error).stack)).not.toContain(TOKEN);
    expect(gitlab.tags.size).toBe(0);
  });
});

describe('releases.moveTag', () => {
  it('creates a missing lightweight tag, then moves it by deleting and recreating it', async () => {
    await releases().moveTag('v1', COMMIT_A);
    expect(gitlab.tags.get('v1')).toEqual({ commit: COMMIT_A, message: null, protected: false });
    expect(sent()).toEqual([`GET ${PROJECT}/repository/tags/v1`, `POST ${PROJECT}/repository/tags`]);
    expect(gitlab.seen[1]?.body).toEqual({ tag_name: 'v1', ref: COMMIT_A });

    gitlab.seen.length = 0;
    await releases().moveTag('v1', COMMIT_B);
    expect(gitlab.tags.get('v1')?.commit).toBe(COMMIT_B);
    expect(sent()).toEqual([
      `GET ${PROJECT}/repository/tags/v1`,
      `DELETE ${PROJECT}/repository/tags/v1`,
      `POST ${PROJECT}/repository/tags`,
    ]);

    gitlab.seen.length = 0;
    await releases().moveTag('v1', COMMIT_B);
    expect(sent()).toEqual([`GET ${PROJECT}/repository/tags/v1`]);
  });

  it('refuses to move a protected tag with a 403 HostApiError that says why', async () => {
    gitlab.addTag('v1', COMMIT_A, { protected: true });
    const error = await releases()
      .moveTag('v1', COMMIT_B)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostApiError);
    expect((error as HostApiError).status).toBe(403);
    expect((error as Error).message).toBe(
      'GitLab refused to move the tag v1 in project acme/backend (GitLab API DELETE /projects/acme%2Fbackend/repository/tags/v1 failed: HTTP 403: 403 Forbidden): ' +
        'a protected tag is moved only by a role its protection allows (Settings > Repository > Protected tags), and GitLab moves a tag by deleting it: ' +
        'the token needs the api scope: give a project access token with the api scope',
    );
    expect(gitlab.tags.get('v1')?.commit).toBe(COMMIT_A);
  });
});
