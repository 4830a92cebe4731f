/**
 * access-review under @github/local-action (tests/local-action/local-action.ts): the example
 * service's real `privileged_users` against a scratch database, and the review issue opened on a
 * loopback server shaped like GitHub's API (through the tool's @actions/github stub).
 */
import { type ExampleDatabase, exampleDatabase, exampleServiceDir } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHostServers } from '../host/servers';
import { runLocalAction } from './local-action';

const TOKEN = 'ghs_localReviewToken0123456789';
const hosts = useHostServers(TOKEN);
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

describe('access-review under @github/local-action', () => {
  it('lists the privileged accounts and due tokens, opens the review issue and writes the summary', async () => {
    const run = await runLocalAction('access-review', {
      workspace: exampleServiceDir,
      inputs: {
        command: '/usr/bin/python3 manage.py privileged_users',
        tokens: 'API_SECRET_TOKEN: 2020-01-01\nVISION_API_KEY: 2020-06-01',
        token: TOKEN,
      },
      env: { DATABASE_URL: db.env.DATABASE_URL, GITHUB_API_URL: hosts.github.baseUrl },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(hosts.github.issues).toHaveLength(1);
    const [issue] = hosts.github.issues;
    expect(run.outputs).toEqual({
      privileged: '2',
      inactive: '1',
      'tokens-due': 'API_SECRET_TOKEN,VISION_API_KEY',
      'issue-url': issue?.html_url,
      status: 'passed',
    });
    expect(issue?.body).toContain('**neo** (neo@example.test)');
    expect(run.summary).toContain('## Access review ');
    expect(run.summary).toContain(
      '- [ ] **neo** (neo@example.test), staff: ⚠️ inactive for more than 90 days: never logged in. Confirm or remove.',
    );
    expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
  }, 120_000);

  it('stops with one line naming the input on a bad token line', async () => {
    const run = await runLocalAction('access-review', {
      workspace: exampleServiceDir,
      inputs: { 'users-file': 'missing.json', tokens: 'API_SECRET_TOKEN' },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(2);
    expect(run.outputs.status).toBe('failed');
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'Input "tokens": "API_SECRET_TOKEN" is not NAME: YYYY-MM-DD (when the token was last rotated).',
    );
  }, 120_000);
});
