/**
 * The usage-alert bundle, spawned with `node dist/usage-alert/index.js` exactly as the GitHub
 * runner does it, running the example service's real `usage_report` against a scratch database.
 */
import { type ExampleDatabase, exampleDatabase, exampleServiceDir, runBundle } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PERIOD = new Date().toISOString().slice(0, 7);

let db: ExampleDatabase;

beforeAll(async () => {
  db = await exampleDatabase();
  await db.shell(
    `from onboarding.infrastructure.models import ApiUsageRecord as R; R.objects.create(api="vision", period="${PERIOD}", used=7100, limit=10000)`,
  );
}, 60_000);
afterAll(() => db?.cleanup());

describe('usage-alert bundle under the GitHub runner protocol', () => {
  it('on a push without a token: skips the issue with a note, sets the outputs and the summary', async () => {
    const run = await runBundle('usage-alert', {
      workspace: exampleServiceDir,
      inputs: {
        command: `/usr/bin/python3 manage.py usage_report --period ${PERIOD}`,
        name: 'vision API',
      },
      env: { DATABASE_URL: db.env.DATABASE_URL },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ percent: '71', used: '7100', limit: '10000', alert: 'open' });
    expect(Number(run.outputs.forecast)).toBeGreaterThanOrEqual(7100);
    expect(run.summary).toContain('## Usage alert: vision API');
    expect(run.summary).toContain(
      `**71%** of the ${PERIOD} limit of the vision API used: 7,100 of 10,000 calls`,
    );
    expect(run.summary).toContain(
      '> No alert issue: there is no repository host or token here (set `token`).',
    );
    expect(run.commands.find((c) => c.command === 'warning')?.message).toBe(
      'No alert issue: there is no repository host or token here (set `token`).',
    );
  }, 60_000);

  it('stops with one line naming the input and quoting the first line when the command prints no JSON', async () => {
    const run = await runBundle('usage-alert', {
      workspace: exampleServiceDir,
      inputs: { command: 'echo "usage: 7100 of 10000"' },
    });

    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'Input "command": `echo "usage: 7100 of 10000"` did not print JSON (its first line is "usage: 7100 of 10000").',
    );
  }, 60_000);
});
