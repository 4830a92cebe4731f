import { PassThrough } from 'node:stream';
import type { IssueTracker } from '@maint-actions/core';
import { commentMarker, HostApiError } from '@maint-actions/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitlab, startFakeGitlab } from './gitlab-server.fixture';
import { createGitlabPlatform } from './platform';

const TOKEN = 'glpat-issues-Qm27Lx';
const JOB_TOKEN = 'glcbt-64_issuesJob5k';
const MARKER = 'dependency-audit';
const marked = (text: string) => `${commentMarker(MARKER)}\n${text}`;
const ISSUES = '/api/v4/projects/acme%2Fbackend/issues';
const LIST = `GET ${ISSUES}?scope=all&state=all&order_by=updated_at&sort=desc&per_page=100`;

let gitlab: FakeGitlab;
let out: string;

function tracker(token: string | undefined): IssueTracker | undefined {
  const stdout = new PassThrough();
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  return createGitlabPlatform({
    action: 'dependency-audit',
    stdout,
    env: {
      CI_PROJECT_DIR: '/builds/acme/backend',
      CI_API_V4_URL: gitlab.apiUrl,
      CI_PROJECT_PATH: 'acme/backend',
      CI_JOB_TOKEN: JOB_TOKEN,
    },
  }).repoHost(token)?.issues;
}

function issues(): IssueTracker {
  const found = tracker(TOKEN);
  if (!found) throw new Error('expected issues with a token');
  return found;
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
  expect(out).not.toContain(JOB_TOKEN);
});

describe('issues.upsert', () => {
  it('opens the issue with comma-joined labels and the marker line first', async () => {
    gitlab.addIssue({ title: 'Unrelated', description: `> ${marked('a quote')}` });
    const issue = await issues().upsert({
      marker: MARKER,
      title: 'Vulnerable dependencies',
      body: 'django 4.2.0: CVE-2024-0001',
      labels: ['security', 'maintenance'],
    });
    expect(issue).toEqual({
      number: 2,
      url: 'https://gitlab.example.com/acme/backend/-/issues/2',
      state: 'open',
      title: 'Vulnerable dependencies',
      body: marked('django 4.2.0: CVE-2024-0001'),
      action: 'created',
    });
    expect(sent()).toEqual([`${LIST}&page=1`, `POST ${ISSUES}`]);
    expect(gitlab.seen[1]?.body).toEqual({
      title: 'Vulnerable dependencies',
      description: marked('django 4.2.0: CVE-2024-0001'),
      labels: 'security,maintenance',
    });
    expect(gitlab.seen.every((s) => s.headers['private-token'] === TOKEN)).toBe(true);
  });

  it('updates the marked issue found on page 2 in place, adding labels and a note', async () => {
    const target = gitlab.addIssue({ title: 'Old', description: marked('old'), labels: ['triaged'] });
    for (let i = 0; i < 130; i++) gitlab.addIssue({ title: `Issue ${i}`, description: `chatter ${i}` });
    const issue = await issues().upsert({
      marker: MARKER,
      title: 'Vulnerable dependencies',
      body: marked('new'),
      labels: ['security'],
      comment: 'New since the last run: CVE-2024-0002',
    });
    expect(issue).toMatchObject({
      number: target.iid,
      state: 'open',
      body: marked('new'),
      action: 'updated',
    });
    expect(sent()).toEqual([
      `${LIST}&page=1`,
      `${LIST}&page=2`,
      `PUT ${ISSUES}/${target.iid}`,
      `POST ${ISSUES}/${target.iid}/notes`,
    ]);
    expect(gitlab.seen[2]?.body).toEqual({
      title: 'Vulnerable dependencies',
      description: marked('new'),
      labels: 'triaged,security',
    });
    expect(target.labels).toEqual(['triaged', 'security']);
    expect(target.notes).toEqual(['New since the last run: CVE-2024-0002']);
  });

  it('reopens the most recently updated closed issue with a note', async () => {
    gitlab.addIssue({
      title: 'Older',
      description: marked('a'),
      state: 'closed',
      updatedAt: '2024-01-01T00:00:00Z',
    });
    const latest = gitlab.addIssue({
      title: 'Latest',
      description: marked('b'),
      state: 'closed',
      updatedAt: '2024-03-01T00:00:00Z',
    });
    const issue = await issues().upsert({
      marker: MARKER,
      title: 'Latest',
      body: 'b',
      comment: 'It is back',
    });
    expect(issue).toMatchObject({ number: latest.iid, state: 'open', action: 'reopened' });
    expect(gitlab.seen[1]?.body).toEqual({
      title: 'Latest',
      description: marked('b'),
      state_event: 'reopen',
    });
    expect(latest.notes).toEqual(['It is back']);
    expect(gitlab.issues[0]?.state).toBe('closed');
  });

  it('leaves an identical open issue untouched, without a note', async () => {
    const open = gitlab.addIssue({ title: 'Same', description: marked('same'), labels: ['security'] });
    const issue = await issues().upsert({
      marker: MARKER,
      title: 'Same',
      body: marked('same'),
      labels: ['security'],
      comment: 'nothing new',
    });
    expect(issue).toMatchObject({ number: open.iid, action: 'unchanged' });
    expect(sent()).toEqual([`${LIST}&page=1`]);
    expect(open.notes).toEqual([]);
  });

  it('refuses with a HostApiError saying the token needs the api scope, without the token', async () => {
    gitlab.readOnly = true;
    const error = await issues()
      .upsert({ marker: MARKER, title: 'Vulnerable dependencies', body: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostApiError);
    expect((error as HostApiError).status).toBe(403);
    expect((error as Error).message).toBe(
      'GitLab refused to open the issue "Vulnerable dependencies" in project acme/backend ' +
        '(GitLab API POST /projects/acme%2Fbackend/issues failed: HTTP 403: 403 Forbidden): ' +
        'the token needs the api scope: give a project access token with the api scope',
    );
    expect(String((error as Error).stack)).not.toContain(TOKEN);
  });

  it('is not offered with the job token alone, which cannot create issues', () => {
    expect(tracker(undefined)).toBeUndefined();
  });
});

describe('issues.find and close', () => {
  it('prefers the opened marked issue to a closed one updated later', async () => {
    const open = gitlab.addIssue({
      title: 'Open',
      description: marked('o'),
      updatedAt: '2024-01-01T00:00:00Z',
    });
    gitlab.addIssue({
      title: 'Closed',
      description: marked('c'),
      state: 'closed',
      updatedAt: '2024-06-01T00:00:00Z',
    });
    expect(await issues().find(MARKER)).toEqual({
      number: open.iid,
      url: open.web_url,
      state: 'open',
      title: 'Open',
      body: marked('o'),
    });
    expect(await issues().find('other')).toBeUndefined();
  });

  it('closes the opened marked issue after a note, and answers undefined when none is open', async () => {
    const open = gitlab.addIssue({ title: 'Quota above 70%', description: marked('82% used') });
    const closed = await issues().close(MARKER, 'Back under 70%: 41% used');
    expect(closed).toMatchObject({ number: open.iid, state: 'closed' });
    expect(open.notes).toEqual(['Back under 70%: 41% used']);
    expect(sent()).toEqual([
      `${LIST}&page=1`,
      `POST ${ISSUES}/${open.iid}/notes`,
      `PUT ${ISSUES}/${open.iid}`,
    ]);
    expect(gitlab.seen[2]?.body).toEqual({ state_event: 'close' });

    gitlab.seen.length = 0;
    expect(await issues().close(MARKER, 'again')).toBeUndefined();
    expect(sent()).toEqual([`${LIST}&page=1`]);
  });
});
