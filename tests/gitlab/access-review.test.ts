/**
 * The access-review component (templates/access-review.yml) under gitlab-ci-local: the example
 * service's real `privileged_users` against a scratch SQLite database, the review issue opened
 * through the local GitLab API, the outputs in the dotenv report.
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

const TOKEN = 'glpat-access-review-component-2e';
let ws: Workspace;
let db: ExampleDatabase;
let gitlab: FakeGitlab;

beforeAll(async () => {
  [ws, db, gitlab] = await Promise.all([
    copyExampleService('maint-gitlab-access-'),
    exampleDatabase(),
    startFakeGitlab(TOKEN),
  ]);
  await db.shell(
    [
      'from django.contrib.auth import get_user_model',
      'from django.utils import timezone',
      'U = get_user_model()',
      'U.objects.create_superuser("root", "root@example.test", "x", last_login=timezone.now())',
      'U.objects.create_user("neo", "neo@example.test", "x", is_staff=True)',
    ].join('\n'),
  );
}, 120_000);

afterAll(async () => {
  await gitlab?.close();
  await db?.cleanup();
  await ws?.cleanup();
});

describe('access-review component under gitlab-ci-local', () => {
  it('opens the review issue through the GitLab API, with MAINT_ACCESS_REVIEW_* outputs', async () => {
    const run = await runComponentJob('access-review', {
      project: ws.root,
      inputs: {
        command: '/usr/bin/python3 manage.py privileged_users',
        'working-directory': 'backend',
        tokens: 'API_SECRET_TOKEN: 2020-01-01',
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
      MAINT_ACCESS_REVIEW_PRIVILEGED: '2',
      MAINT_ACCESS_REVIEW_INACTIVE: '1',
      MAINT_ACCESS_REVIEW_TOKENS_DUE: 'API_SECRET_TOKEN',
    });
    expect(gitlab.issues).toHaveLength(1);
    expect(run.dotenv.MAINT_ACCESS_REVIEW_ISSUE_URL).toBe(gitlab.issues[0]?.web_url);
    expect(gitlab.issues[0]?.description).toContain('neo');
    const summary = await run.artifact('.maint-actions/reports/access-review/summary.md');
    expect(summary).toContain('neo@example.test');
    expect(run.log + summary).not.toContain(TOKEN);
  }, 180_000);
});
