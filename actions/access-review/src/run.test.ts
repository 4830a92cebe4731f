import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseInputs } from '@maint-actions/core';
import { type ExampleDatabase, exampleDatabase, FakePlatform, repoRoot } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run';
import { spec } from './spec';

const NOV_29 = new Date('2026-11-29T08:00:00Z');
const fromExample = {
  command: '/usr/bin/python3 manage.py privileged_users',
  'working-directory': 'examples/django-service',
};
const TOKENS = 'API_SECRET_TOKEN: 2026-08-01\nVISION_API_KEY: 2026-11-01';

let db: ExampleDatabase;
let dir: string;

beforeAll(async () => {
  db = await exampleDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'access-review-'));
  // Four accounts: a superuser seen last week, a staff member last seen in July, a staff member
  // who never logged in, a deactivated staff member, and one plain user who is not privileged.
  await db.shell(
    [
      'from datetime import datetime, timezone as tz',
      'from django.contrib.auth import get_user_model',
      'U = get_user_model()',
      'U.objects.create_superuser("root", "root@example.test", "x", last_login=datetime(2026, 11, 22, tzinfo=tz.utc))',
      'U.objects.create_user("olga", "olga@example.test", "x", is_staff=True, last_login=datetime(2026, 7, 1, tzinfo=tz.utc))',
      'U.objects.create_user("neo", "neo@example.test", "x", is_staff=True)',
      'U.objects.create_user("gone", "gone@example.test", "x", is_staff=True, is_active=False)',
      'U.objects.create_user("plain", "plain@example.test", "x")',
    ].join('\n'),
  );
}, 60_000);
afterAll(async () => {
  await db?.cleanup();
  await rm(dir, { recursive: true, force: true });
});

/** One run with `inputs`, keeping the issues of `previous` (the same repository). */
async function runWith(inputs: Record<string, string>, previous?: FakePlatform, today = NOV_29) {
  const platform = new FakePlatform({
    inputs: { token: 'ghs_review-token', ...inputs },
    env: db.env,
    context: { workspace: repoRoot, runUrl: 'https://example.test/runs/9' },
    changeRequest: false,
  });
  if (previous) platform.issues.push(...previous.issues);
  const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) }, today);
  return { platform, result };
}

describe('access-review against the example service', () => {
  it('flags inactive accounts and opens the quarterly issue with the checklist', async () => {
    const { result, platform } = await runWith({
      ...fromExample,
      tokens: TOKENS,
      checklist: 'Review the architecture contracts\n\nDecide which services need refactoring',
    });

    expect(result.verdict).toBe('passed');
    expect(result.outputs).toEqual({
      privileged: '4',
      inactive: '2',
      'tokens-due': 'API_SECRET_TOKEN',
      'issue-url': 'https://example.test/issues/1',
    });
    expect(platform.issues).toHaveLength(1);
    const issue = platform.issues[0];
    expect(issue).toMatchObject({
      marker: 'access-review:2026-Q4',
      title: 'Access review 2026-Q4',
      labels: ['access-review'],
    });
    const lines = issue?.body.split('\n').filter((l) => l.startsWith('- [ ] **')) ?? [];
    expect(lines).toEqual([
      '- [ ] **neo** (neo@example.test), staff: ⚠️ inactive for more than 90 days: never logged in. Confirm or remove.',
      '- [ ] **olga** (olga@example.test), staff: ⚠️ inactive for more than 90 days: last login 2026-07-01, 151 days ago. Confirm or remove.',
      '- [ ] **gone** (gone@example.test), staff: deactivated: remove its privileges. Confirm or remove.',
      '- [ ] **root** (root@example.test), superuser, staff: last login 2026-11-22, 7 days ago. Confirm or remove.',
      '- [ ] **API_SECRET_TOKEN**: last rotated 2026-08-01, 120 days ago; ⚠️ **rotate**: older than 90 days.',
      '- [ ] **VISION_API_KEY**: last rotated 2026-11-01, 28 days ago; rotation not due yet.',
    ]);
    expect(issue?.body).toContain('- [ ] Walk the offboarding checklist');
    expect(issue?.body).toContain(
      '- [ ] Review the architecture contracts\n- [ ] Decide which services need refactoring',
    );
    expect(platform.summaries[0]).toContain(
      '- 4 privileged accounts, 2 inactive for more than 90 days (or never logged in)\n- 2 service tokens, 1 to rotate (API_SECRET_TOKEN)',
    );
  }, 30_000);

  it('updates the same issue in the quarter (keeping ticks), leaves it once closed, opens a new one next quarter', async () => {
    const first = await runWith({ ...fromExample, tokens: TOKENS });
    const opened = first.platform.issues[0];
    if (!opened) throw new Error('no issue');
    // Someone confirms root in the issue.
    first.platform.issues[0] = { ...opened, body: opened.body.replace('- [ ] **root**', '- [x] **root**') };

    const second = await runWith({ ...fromExample }, first.platform, new Date('2026-12-10T08:00:00Z'));
    expect(second.platform.issues).toHaveLength(1);
    const updated = second.platform.issues[0];
    expect(updated?.state).toBe('open');
    expect(updated?.body).toContain(
      '- [x] **root** (root@example.test), superuser, staff: last login 2026-11-22, 18 days ago.',
    );
    expect(updated?.body).not.toContain('API_SECRET_TOKEN');
    expect(second.platform.summaries[0]).toContain('_Review issue updated: https://example.test/issues/1._');

    await second.platform.repoHost('t')?.issues?.close('access-review:2026-Q4', 'Review done.');
    const third = await runWith({ ...fromExample }, second.platform, new Date('2026-12-20T08:00:00Z'));
    expect(third.platform.issues.map((i) => i.state)).toEqual(['closed']);
    expect(third.result.outputs['issue-url']).toBe('https://example.test/issues/1');
    expect(third.platform.summaries[0]).toContain(
      '_The 2026-Q4 review issue is closed already: https://example.test/issues/1._',
    );

    for (const p of [first, second, third].map((r) => r.platform))
      expect(JSON.stringify([p.summaries, p.lines, p.issues])).not.toContain('ghs_review-token');

    const next = await runWith({ ...fromExample }, third.platform, new Date('2027-01-05T08:00:00Z'));
    expect(next.platform.issues.map((i) => [i.marker, i.state])).toEqual([
      ['access-review:2026-Q4', 'closed'],
      ['access-review:2027-Q1', 'open'],
    ]);
  }, 60_000);

  it('fails with fail-on-inactive and names the accounts', async () => {
    const { result, platform } = await runWith({ ...fromExample, 'fail-on-inactive': 'true' });
    expect(result.verdict).toBe('failed');
    expect(platform.summaries[0]).toContain(
      '**Failed** (`fail-on-inactive`): inactive privileged accounts: neo, olga.',
    );
  }, 30_000);
});

describe('access-review from a file', () => {
  it('skips the issue with a note without a host, outputs still set', async () => {
    await writeFile(path.join(dir, 'users.json'), '[]');
    const platform = new FakePlatform({ inputs: { 'users-file': path.join(dir, 'users.json') } });
    platform.repoHost = () => undefined;
    const result = await run({ platform, inputs: parseInputs(spec, (n) => platform.getInput(n)) }, NOV_29);
    expect(result.outputs).toEqual({ privileged: '0', inactive: '0', 'tokens-due': '', 'issue-url': '' });
    expect(platform.summaries[0]).toContain(
      '> No review issue: there is no repository host or token here (set `token`).',
    );
  });

  it('stops with one line on bad input', async () => {
    await writeFile(path.join(dir, 'bad.json'), 'username,email\nroot,root@example.test\n');
    await writeFile(path.join(dir, 'object.json'), '{"users": []}');
    const file = (name: string) => path.join(dir, name);
    await expect(runWith({ 'users-file': file('bad.json') })).rejects.toThrow(
      `Input "users-file": ${file('bad.json')} is not JSON (its first line is "username,email").`,
    );
    await expect(runWith({ 'users-file': file('object.json') })).rejects.toThrow(
      `Input "users-file": the JSON from \`${file('object.json')}\` is not a list of accounts: expected a JSON list of accounts.`,
    );
    await expect(
      runWith({ 'users-file': file('object.json'), tokens: 'API_SECRET_TOKEN=2026-01-01' }),
    ).rejects.toThrow(
      'Input "tokens": "API_SECRET_TOKEN=2026-01-01" is not NAME: YYYY-MM-DD (when the token was last rotated).',
    );
    await expect(runWith({ ...fromExample, 'working-directory': 'nowhere' })).rejects.toThrow(
      'Input "working-directory": nowhere is not a directory of the repository.',
    );
  });
});
