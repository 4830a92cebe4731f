/**
 * The access-review bundle, spawned with `node dist/access-review/index.js` exactly as the
 * GitHub runner does it, running the example service's real `privileged_users` against a
 * scratch database.
 */
import { type ExampleDatabase, exampleDatabase, exampleServiceDir, runBundle } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let db: ExampleDatabase;

beforeAll(async () => {
  db = await exampleDatabase();
  await db.shell(
    [
      'from django.contrib.auth import get_user_model',
      'from django.utils import timezone',
      'U = get_user_model()',
      'U.objects.create_superuser("root", "root@example.test", "x", last_login=timezone.now())',
      'U.objects.create_user("neo", "neo@example.test", "x", is_staff=True)',
    ].join('\n'),
  );
}, 60_000);
afterAll(() => db?.cleanup());

describe('access-review bundle under the GitHub runner protocol', () => {
  it('on a push without a token: skips the issue with a note, sets the outputs and the summary', async () => {
    const run = await runBundle('access-review', {
      workspace: exampleServiceDir,
      inputs: {
        command: '/usr/bin/python3 manage.py privileged_users',
        tokens: 'API_SECRET_TOKEN: 2020-01-01\nVISION_API_KEY: 2020-06-01',
      },
      env: { DATABASE_URL: db.env.DATABASE_URL },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toEqual({
      privileged: '2',
      inactive: '1',
      'tokens-due': 'API_SECRET_TOKEN,VISION_API_KEY',
      'issue-url': '',
      status: 'passed',
    });
    expect(run.summary).toContain('## Access review ');
    expect(run.summary).toContain(
      '- [ ] **neo** (neo@example.test), staff: ⚠️ inactive for more than 90 days: never logged in. Confirm or remove.',
    );
    expect(run.summary).toContain(
      '> No review issue: there is no repository host or token here (set `token`).',
    );
    expect(run.commands.find((c) => c.command === 'warning')?.message).toBe(
      'No review issue: there is no repository host or token here (set `token`).',
    );
  }, 60_000);

  it('stops with one line naming the input on a bad token line', async () => {
    const run = await runBundle('access-review', {
      workspace: exampleServiceDir,
      inputs: { 'users-file': 'missing.json', tokens: 'API_SECRET_TOKEN' },
    });

    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'Input "tokens": "API_SECRET_TOKEN" is not NAME: YYYY-MM-DD (when the token was last rotated).',
    );
  }, 60_000);
});
