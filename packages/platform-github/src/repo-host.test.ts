import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { HostFile, Platform } from '@maint-actions/core';
import { commentMarker } from '@maint-actions/core';
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
import { type FakeGithub, OWNER, PULL_NUMBER, REPO, startFakeGithub } from './github-server.fixture';
import { createGithubPlatform } from './platform';
import { READ_ONLY_REASON } from './repo-host';

const TOKEN = 'ghs_repoHost_T0ken_9f8e7d';
const MARKER = 'quality-gates';
const body = (text: string) => `${commentMarker(MARKER)}\n${text}`;

let github: FakeGithub;
let dir: string;
let stdout: MockInstance<typeof process.stdout.write>;

/** Everything the platform wrote to stdout, less the runner's `::add-mask::` command. */
function logText(): string {
  return stdout.mock.calls
    .map(([chunk]) => String(chunk))
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('');
}

async function platform(event: 'pull_request' | 'push'): Promise<Platform> {
  const eventPath = path.join(dir, `${event}.json`);
  const payload =
    event === 'pull_request' ? { pull_request: { number: PULL_NUMBER, base: { ref: 'main' } } } : {};
  await writeFile(eventPath, JSON.stringify(payload));
  return createGithubPlatform({
    env: {
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: github.baseUrl,
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventPath,
    },
  });
}

async function comments() {
  const host = (await platform('pull_request')).repoHost(TOKEN);
  if (!host?.changeRequest) throw new Error('expected the comments of a pull request');
  return host.changeRequest;
}

beforeAll(async () => {
  github = await startFakeGithub(TOKEN);
  dir = await mkdtemp(path.join(os.tmpdir(), 'github-repo-host-'));
});
afterAll(async () => {
  await github.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  github.comments.length = 0;
  github.assets.clear();
  github.requests.length = 0;
  github.readOnly = false;
  github.failWith = undefined;
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  expect(logText()).not.toContain(TOKEN);
  stdout.mockRestore();
});

describe('repoHost', () => {
  it('is undefined without a token', async () => {
    expect((await platform('pull_request')).repoHost(undefined)).toBeUndefined();
    expect((await platform('pull_request')).repoHost('')).toBeUndefined();
  });

  it('has no changeRequest on a run that is not for a pull request, but has files', async () => {
    const host = (await platform('push')).repoHost(TOKEN);
    expect(host?.changeRequest).toBeUndefined();
    expect(host?.files).toBeDefined();
    expect(github.requests).toEqual([]);
  });
});

describe('pull request comments', () => {
  it('creates the comment, sending the token to the API root from GITHUB_API_URL', async () => {
    github.addComment('LGTM', 'octocat');
    const outcome = await (await comments()).upsert(MARKER, body('All gates passed'));
    expect(outcome.status).toBe('created');
    expect(outcome.url).toMatch(/^https:\/\/github.com\/acme\/backend\/pull\/42#issuecomment-\d+$/);
    expect(github.comments.map((c) => c.body)).toEqual(['LGTM', body('All gates passed')]);
    expect(github.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(github.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/v3/repos/acme/backend/issues/42/comments?per_page=100',
      'POST /api/v3/repos/acme/backend/issues/42/comments',
    ]);
  });

  it('puts the marker line first when the body lacks it, and never twice', async () => {
    const changeRequest = await comments();
    await changeRequest.upsert(MARKER, 'Two gates failed');
    expect(github.comments[0]?.body).toBe(body('Two gates failed'));
    await changeRequest.upsert(MARKER, body('Two gates failed'));
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body.split(commentMarker(MARKER))).toHaveLength(2);
  });

  it('updates the oldest marked comment in place and leaves the others alone', async () => {
    const quoted = github.addComment(`> ${body('Old report')}\nWhy did it fail?`, 'octocat');
    const sticky = github.addComment(body('Old report'));
    const later = github.addComment(body('A duplicate from a race'));
    const outcome = await (await comments()).upsert(MARKER, body('New report'));
    expect(outcome).toEqual({ status: 'updated', url: sticky.html_url });
    expect(github.comments.map((c) => [c.id, c.body])).toEqual([
      [quoted.id, quoted.body],
      [sticky.id, body('New report')],
      [later.id, body('A duplicate from a race')],
    ]);
    expect(github.requests.at(-1)?.method).toBe('PATCH');
    expect(github.requests.at(-1)?.url).toBe(`/api/v3/repos/acme/backend/issues/comments/${sticky.id}`);
  });

  it('leaves an identical comment untouched', async () => {
    const sticky = github.addComment(body('Same report'));
    const outcome = await (await comments()).upsert(MARKER, body('Same report'));
    expect(outcome).toEqual({ status: 'unchanged', url: sticky.html_url });
    expect(github.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('finds the marked comment on page 2 and stops paging there', async () => {
    for (let i = 0; i < 100; i++) github.addComment(`chatter ${i}`, 'octocat');
    const sticky = github.addComment(body('Old report'));
    for (let i = 0; i < 150; i++) github.addComment(`more chatter ${i}`, 'octocat');
    const outcome = await (await comments()).upsert(MARKER, body('New report'));
    expect(outcome.status).toBe('updated');
    expect(github.comments.find((c) => c.id === sticky.id)?.body).toBe(body('New report'));
    expect(github.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/v3/repos/acme/backend/issues/42/comments?per_page=100',
      'GET /api/v3/repos/acme/backend/issues/42/comments?per_page=100&page=2',
      `PATCH /api/v3/repos/acme/backend/issues/comments/${sticky.id}`,
    ]);
  });

  it('removes the marked comment, and answers unchanged when there is none', async () => {
    github.addComment('LGTM', 'octocat');
    github.addComment(body('Report'));
    const changeRequest = await comments();
    expect(await changeRequest.remove(MARKER)).toEqual({ status: 'deleted' });
    expect(github.comments.map((c) => c.body)).toEqual(['LGTM']);
    expect(await changeRequest.remove(MARKER)).toEqual({ status: 'unchanged' });
  });

  it("skips with a warning when a fork's read-only token is refused, never throwing", async () => {
    github.readOnly = true;
    github.addComment(body('Report'));
    const changeRequest = await comments();
    await expect(changeRequest.upsert(MARKER, body('New report'))).resolves.toEqual({
      status: 'skipped',
      reason: READ_ONLY_REASON,
    });
    await expect(changeRequest.remove(MARKER)).resolves.toEqual({
      status: 'skipped',
      reason: READ_ONLY_REASON,
    });
    expect(READ_ONLY_REASON).toBe("the token cannot write to this pull request (a fork's read-only token?)");
    const warnings = logText()
      .split('\n')
      .filter((line) => line.startsWith('::warning::'));
    expect(warnings[0]).toBe(
      `::warning::Skipped the pull request comment "quality-gates": ${READ_ONLY_REASON} (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest/issues/comments#create-an-issue-comment)`,
    );
    expect(warnings).toHaveLength(2);
    expect(github.comments.map((c) => c.body)).toEqual([body('Report')]);
  });

  it('skips with the reason when GitHub fails or cannot be reached', async () => {
    github.failWith = 502;
    const outcome = await (await comments()).upsert(MARKER, body('Report'));
    expect(outcome.status).toBe('skipped');
    expect(outcome.reason).toMatch(/^GitHub API error: /);
    expect(logText()).toContain(
      `::warning::Skipped the pull request comment "quality-gates": ${outcome.reason}`,
    );

    const closed = await startFakeGithub(TOKEN);
    await closed.close();
    const unreachable = createGithubPlatform({
      env: {
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_API_URL: closed.baseUrl,
        GITHUB_EVENT_PATH: path.join(dir, 'pull_request.json'),
      },
    }).repoHost(TOKEN);
    const refused = await unreachable?.changeRequest?.upsert(MARKER, body('Report'));
    expect(refused?.status).toBe('skipped');
    expect(refused?.reason).toMatch(/^GitHub API error: .*ECONNREFUSED/);
  });

  it('refuses an invalid marker as a configuration error', async () => {
    await expect(async () => (await comments()).upsert('bad marker', 'x')).rejects.toThrow(
      'comment marker "bad marker" is not valid',
    );
  });
});

describe('release assets', () => {
  const schema: HostFile = {
    version: '1.0.0',
    tag: 'v1.0.0',
    packageName: 'api-schema',
    fileName: 'schema.yml',
    content: Buffer.from('openapi: 3.0.3\ninfo:\n  title: Backend\n'),
    contentType: 'application/yaml',
  };

  it('replaces an asset of the same name and returns the download URL', async () => {
    const old = github.addAsset('schema.yml', 'openapi: 3.0.0\n');
    const other = github.addAsset('CHANGELOG.md', '# Changes\n');
    const files = (await platform('push')).repoHost(TOKEN)?.files;
    const url = await files?.publish(schema);
    expect(url).toBe('https://github.com/acme/backend/releases/download/v1.0.0/schema.yml');

    const names = [...github.assets.values()].map((a) => [a.name, a.content_type]);
    expect(names).toEqual([
      ['CHANGELOG.md', 'text/plain'],
      ['schema.yml', 'application/yaml'],
    ]);
    expect(github.assets.has(old.id)).toBe(false);
    expect(github.assets.has(other.id)).toBe(true);
    const uploaded = [...github.assets.values()].find((a) => a.name === 'schema.yml');
    expect(github.uploads.get(uploaded?.id ?? 0)).toEqual(schema.content);

    const upload = github.requests.at(-1);
    expect(`${upload?.method} ${upload?.url}`).toBe(
      // Octokit expands the upload_url template `{?name,label}` without a label as `?name=...&`.
      'POST /api/v3/uploads/repos/acme/backend/releases/1000/assets?name=schema.yml&',
    );
    expect(upload?.headers['content-length']).toBe(String(schema.content.length));
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'DELETE', 'POST']);
  });

  it('fails with a clear error when the release does not exist', async () => {
    const files = (await platform('push')).repoHost(TOKEN)?.files;
    const error = await files?.publish({ ...schema, tag: 'v9.9.9' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'acme/backend has no published release for the tag "v9.9.9" (a draft is not found by its tag): create the release before publishing schema.yml',
    );
    expect(String((error as Error).stack)).not.toContain(TOKEN);
  });

  it('names the file and release when the host fails, without the token', async () => {
    github.failWith = 500;
    const files = (await platform('push')).repoHost(TOKEN)?.files;
    const error = await files?.publish(schema).catch((e: unknown) => e);
    // Retried as the network policy says, then named: the host, GitHub's status and message.
    expect((error as Error).message).toMatch(
      /^could not publish schema\.yml to the release v1\.0\.0 of acme\/backend: 127\.0\.0\.1:\d+: answered HTTP 500 Internal Server Error: Server Error \(3 attempts in [\d.]+ s\)$/,
    );
    expect(String((error as Error).stack)).not.toContain(TOKEN);
  });
});
