/**
 * usage-alert under @github/local-action (tests/local-action/local-action.ts): the example
 * service's real `usage_report` against a scratch database, and the alert issue opened on a
 * loopback server shaped like GitHub's API (through the tool's @actions/github stub).
 */
import { type ExampleDatabase, exampleDatabase, exampleServiceDir } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHostServers } from '../host/servers';
import { runLocalAction } from './local-action';

const TOKEN = 'ghs_localUsageToken0123456789';
const PERIOD = new Date().toISOString().slice(0, 7);
const hosts = useHostServers(TOKEN);
let db: ExampleDatabase;

beforeAll(async () => {
  db = await exampleDatabase();
  await db.shell(
    `from onboarding.infrastructure.models import ApiUsageRecord as R; R.objects.create(api="vision", period="${PERIOD}", used=7100, limit=10000)`,
  );
}, 60_000);
afterAll(() => db?.cleanup());

describe('usage-alert under @github/local-action', () => {
  it('reads the usage from the service, opens the alert issue and writes the summary', async () => {
    const run = await runLocalAction('usage-alert', {
      workspace: exampleServiceDir,
      inputs: {
        command: `/usr/bin/python3 manage.py usage_report --period ${PERIOD}`,
        name: 'vision API',
        token: TOKEN,
      },
      env: { DATABASE_URL: db.env.DATABASE_URL, GITHUB_API_URL: hosts.github.baseUrl },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'passed',
      percent: '71',
      used: '7100',
      limit: '10000',
      alert: 'open',
    });
    expect(hosts.github.issues).toHaveLength(1);
    const [issue] = hosts.github.issues;
    expect(issue?.state).toBe('open');
    expect(issue?.title).toContain('vision API');
    expect(run.summary).toContain('## Usage alert: vision API');
    expect(run.summary).toContain(
      `**71%** of the ${PERIOD} limit of the vision API used: 7,100 of 10,000 calls`,
    );
    expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
  }, 120_000);

  it('stops with one line naming the input when the command prints no JSON', async () => {
    const run = await runLocalAction('usage-alert', {
      workspace: exampleServiceDir,
      inputs: { command: 'echo "usage: 7100 of 10000"' },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(2);
    expect(run.outputs.status).toBe('failed');
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'Input "command": `echo "usage: 7100 of 10000"` did not print JSON (its first line is "usage: 7100 of 10000").',
    );
  }, 120_000);
});
