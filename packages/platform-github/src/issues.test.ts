import type { IssueTracker } from '@maint-actions/core';
import { commentMarker, HostApiError } from '@maint-actions/core';
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
import { type FakeGithub, OWNER, REPO, startFakeGithub } from './github-server.fixture';
import { createGithubPlatform } from './platform';

const TOKEN = 'ghs_issues_T0ken_5a4b3c';
const MARKER = 'dependency-audit';
const marked = (text: string) => `${commentMarker(MARKER)}\n${text}`;
const ISSUES = '/api/v3/repos/acme/backend/issues';
const LIST = `GET ${ISSUES}?state=all&sort=updated&direction=desc&per_page=100`;

let github: FakeGithub;
let stdout: MockInstance<typeof process.stdout.write>;

function tracker(): IssueTracker {
  const host = createGithubPlatform({
    env: { GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_API_URL: github.baseUrl },
  }).repoHost(TOKEN);
  if (!host?.issues) throw new Error('expected issues with a token');
  return host.issues;
}

const sent = () => github.requests.map((r) => `${r.method} ${r.url}`);
const bodyOf = (index: number) => JSON.parse(github.requests[index]?.body.toString() ?? 'null') as unknown;

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

describe('issues.upsert', () => {
  it('opens the issue with its labels, the marker line first, ignoring pull requests that carry it', async () => {
    github.addIssue({ title: 'Bump Django', body: marked('a PR quoting the marker'), pullRequest: true });
    github.addIssue({ title: 'Unrelated', body: 'no marker' });
    const issue = await tracker().upsert({
      marker: MARKER,
      title: 'Vulnerable dependencies',
      body: 'django 4.2.0: CVE-2024-0001',
      labels: ['security', 'maintenance'],
      comment: 'not posted on creation',
    });
    expect(issue).toEqual({
      number: 3,
      url: 'https://github.com/acme/backend/issues/3',
      state: 'open',
      title: 'Vulnerable dependencies',
      body: marked('django 4.2.0: CVE-2024-0001'),
      action: 'created',
    });
    expect(sent()).toEqual([LIST, `POST ${ISSUES}`]);
    expect(bodyOf(1)).toEqual({
      title: 'Vulnerable dependencies',
      body: marked('django 4.2.0: CVE-2024-0001'),
      labels: ['security', 'maintenance'],
    });
    expect(github.issues[2]?.comments_posted).toEqual([]);
    expect(github.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('updates the marked issue found on page 2 in place, adding labels and the comment', async () => {
    const target = github.addIssue({ title: 'Old title', body: marked('old'), labels: ['triaged'] });
    for (let i = 0; i < 120; i++) github.addIssue({ title: `Issue ${i}`, body: `chatter ${i}` });
    const issue = await tracker().upsert({
      marker: MARKER,
      title: 'Vulnerable dependencies',
      body: marked('new'),
      labels: ['security', 'triaged'],
      comment: 'New since the last run: CVE-2024-0002',
    });
    expect(issue).toMatchObject({
      number: target.number,
      state: 'open',
      body: marked('new'),
      action: 'updated',
    });
    expect(sent()).toEqual([
      LIST,
      `${LIST}&page=2`,
      `PATCH ${ISSUES}/${target.number}`,
      `POST ${ISSUES}/${target.number}/comments`,
    ]);
    expect(bodyOf(2)).toEqual({
      title: 'Vulnerable dependencies',
      body: marked('new'),
      labels: ['triaged', 'security'],
    });
    expect(target.labels.map((l) => l.name)).toEqual(['triaged', 'security']);
    expect(target.comments_posted).toEqual(['New since the last run: CVE-2024-0002']);
    expect(github.issues).toHaveLength(121);
  });

  it('reopens the most recently updated closed issue when none is open', async () => {
    github.addIssue({
      title: 'First',
      body: marked('first'),
      state: 'closed',
      updatedAt: '2024-01-01T00:00:00Z',
    });
    const latest = github.addIssue({
      title: 'Second',
      body: marked('second'),
      state: 'closed',
      updatedAt: '2024-03-01T00:00:00Z',
    });
    const issue = await tracker().upsert({
      marker: MARKER,
      title: 'Second',
      body: marked('second'),
      comment: 'It is back: CVE-2024-0003',
    });
    expect(issue).toMatchObject({ number: latest.number, state: 'open', action: 'reopened' });
    expect(bodyOf(1)).toEqual({ title: 'Second', body: marked('second'), state: 'open' });
    expect(latest.state_reason).toBe('reopened');
    expect(latest.comments_posted).toEqual(['It is back: CVE-2024-0003']);
    expect(github.issues[0]?.state).toBe('closed');
  });

  it('leaves an identical open issue untouched, without a comment', async () => {
    const open = github.addIssue({ title: 'Same', body: marked('same'), labels: ['security', 'extra'] });
    const issue = await tracker().upsert({
      marker: MARKER,
      title: 'Same',
      body: 'same',
      labels: ['security'],
      comment: 'nothing new',
    });
    expect(issue).toMatchObject({ number: open.number, action: 'unchanged' });
    expect(sent()).toEqual([LIST]);
    expect(open.comments_posted).toEqual([]);
  });

  it('refuses with a HostApiError naming the issues permission, without the token', async () => {
    github.readOnly = true;
    const error = await tracker()
      .upsert({ marker: MARKER, title: 'Vulnerable dependencies', body: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostApiError);
    expect((error as HostApiError).status).toBe(403);
    expect((error as Error).message).toBe(
      'GitHub refused to open the issue "Vulnerable dependencies" in acme/backend (HTTP 403: Resource not accessible by integration - https://docs.github.com/rest/issues/comments#create-an-issue-comment): ' +
        'the token needs the "issues: write" permission (the job\'s `permissions:`, or a token that has it)',
    );
    expect(String((error as Error).stack)).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });
});

describe('issues.find and close', () => {
  it('prefers the open marked issue to a closed one updated later', async () => {
    const open = github.addIssue({ title: 'Open', body: marked('open'), updatedAt: '2024-01-01T00:00:00Z' });
    github.addIssue({
      title: 'Closed',
      body: marked('closed'),
      state: 'closed',
      updatedAt: '2024-06-01T00:00:00Z',
    });
    expect(await tracker().find(MARKER)).toEqual({
      number: open.number,
      url: open.html_url,
      state: 'open',
      title: 'Open',
      body: marked('open'),
    });
    expect(await tracker().find('other-marker')).toBeUndefined();
  });

  it('closes the open marked issue with a comment, and answers undefined when none is open', async () => {
    const open = github.addIssue({ title: 'Quota above 70%', body: marked('82% used') });
    const closed = await tracker().close(MARKER, 'Back under 70%: 41% used');
    expect(closed).toMatchObject({ number: open.number, state: 'closed' });
    expect(open.comments_posted).toEqual(['Back under 70%: 41% used']);
    expect(open.state_reason).toBe('completed');
    expect(sent()).toEqual([
      LIST,
      `POST ${ISSUES}/${open.number}/comments`,
      `PATCH ${ISSUES}/${open.number}`,
    ]);

    github.requests.length = 0;
    expect(await tracker().close(MARKER, 'again')).toBeUndefined();
    expect(sent()).toEqual([LIST]);
    expect(open.comments_posted).toHaveLength(1);
  });
});
