/**
 * The checklist component (templates/checklist.yml) under gitlab-ci-local: a scheduled job opens
 * this month's checklist issue through the local GitLab API, once, and leaves its dotenv outputs.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOf } from '../../actions/checklist/src/checklist';
import { type FakeGitlab, startFakeGitlab } from '../../packages/platform-gitlab/src/gitlab-server.fixture';
import { runComponentJob } from './component-job';

const TOKEN = 'glpat-checklist-component-51c';
let project: string;
let gitlab: FakeGitlab;

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'maint-gitlab-checklist-'));
  gitlab = await startFakeGitlab(TOKEN);
  await writeFile(
    path.join(project, '.maint-actions.yml'),
    'checklists:\n  monthly:\n    - Check the invoices of the vision API.\n',
  );
});

afterAll(async () => {
  await gitlab?.close();
  await rm(project, { recursive: true, force: true });
});

describe('checklist component under gitlab-ci-local', () => {
  it('opens the monthly issue through the GitLab API and writes MAINT_CHECKLIST_* outputs', async () => {
    const run = await runComponentJob('checklist', {
      project,
      inputs: { cadence: 'monthly', items: 'Read the clean-up report', token: '$MAINT_BOT_TOKEN' },
      variables: {
        CI_API_V4_URL: gitlab.apiUrl,
        CI_PROJECT_ID: '5',
        CI_PIPELINE_SOURCE: 'schedule',
        MAINT_BOT_TOKEN: TOKEN,
      },
    });

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(new RegExp(`PASS +${run.job}`));
    expect(gitlab.issues).toHaveLength(1);
    const [issue] = gitlab.issues;
    expect(issue?.title).toContain(periodOf('monthly', new Date()));
    expect(issue?.description).toContain('- [ ] Check the invoices of the vision API.');
    expect(issue?.description).toContain('- [ ] Read the clean-up report');
    expect(run.dotenv.MAINT_CHECKLIST_ISSUE_URL).toBe(issue?.web_url);
    expect(run.dotenv.MAINT_CHECKLIST_CREATED).toBe('true');
    const summary = await run.artifact('.maint-actions/reports/checklist/summary.md');
    expect(summary).toContain('- [ ] Check the invoices of the vision API.');
    expect(run.log + summary).not.toContain(TOKEN);
  }, 120_000);
});
