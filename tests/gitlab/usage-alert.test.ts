/**
 * The usage-alert component (templates/usage-alert.yml) under gitlab-ci-local: the example
 * service's real `usage_report` against a scratch SQLite database, the alert issue opened through
 * the local GitLab API, the outputs in the dotenv report.
 */
import {
  copyExampleService,
  type ExampleDatabase,
  exampleDatabase,
  type Workspace,
} from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeGitlab, startFakeGitlab } from '../../packages/platform-gitlab/src/gitlab-server.fixture';
import { runComponentJob } from './component-job';

const PERIOD = new Date().toISOString().slice(0, 7);
const TOKEN = 'glpat-usage-alert-component-9d';
let ws: Workspace;
let db: ExampleDatabase;
let gitlab: FakeGitlab;

beforeAll(async () => {
  [ws, db, gitlab] = await Promise.all([
    copyExampleService('maint-gitlab-usage-'),
    exampleDatabase(),
    startFakeGitlab(TOKEN),
  ]);
  await db.shell(
    `from onboarding.infrastructure.models import ApiUsageRecord as R; R.objects.create(api="vision", period="${PERIOD}", used=9100, limit=10000)`,
  );
}, 120_000);

afterAll(async () => {
  await gitlab?.close();
  await db?.cleanup();
  await ws?.cleanup();
});

describe('usage-alert component under gitlab-ci-local', () => {
  it('opens the alert issue through the GitLab API, with MAINT_USAGE_ALERT_* outputs', async () => {
    const run = await runComponentJob('usage-alert', {
      project: ws.root,
      inputs: {
        command: `/usr/bin/python3 manage.py usage_report --period ${PERIOD}`,
        'working-directory': 'backend',
        name: 'vision API',
        token: '$MAINT_BOT_TOKEN',
      },
      variables: {
        DATABASE_URL: db.env.DATABASE_URL ?? '',
        CI_API_V4_URL: gitlab.apiUrl,
        CI_PROJECT_ID: '5',
        CI_PIPELINE_SOURCE: 'schedule',
        MAINT_BOT_TOKEN: TOKEN,
      },
    });

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(new RegExp(`PASS +${run.job}`));
    expect(run.dotenv).toMatchObject({
      MAINT_USAGE_ALERT_PERCENT: '91',
      MAINT_USAGE_ALERT_USED: '9100',
      MAINT_USAGE_ALERT_LIMIT: '10000',
    });
    expect(gitlab.issues).toHaveLength(1);
    expect(gitlab.issues[0]?.title).toContain('vision API');
    const summary = await run.artifact('.maint-actions/reports/usage-alert/summary.md');
    expect(summary).toContain('vision API');
    expect(summary).toContain('9,100 of 10,000');
    expect(run.log + summary).not.toContain(TOKEN);
  }, 180_000);
});
