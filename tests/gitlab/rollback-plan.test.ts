/**
 * The rollback-plan component (templates/rollback-plan.yml) under gitlab-ci-local: the job reads
 * the release history of the example service (packages/testing releases.ts) in place, asks
 * Django for both releases' migrations and leaves the plan as dotenv outputs and artifacts.
 */
import { makeReleaseRepo, type ReleaseRepo, systemPython } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runComponentJob } from './component-job';

let repo: ReleaseRepo;

beforeAll(async () => {
  repo = await makeReleaseRepo('maint-gitlab-rollback-');
}, 120_000);
afterAll(async () => {
  await repo?.cleanup();
});

describe('rollback-plan component under gitlab-ci-local', () => {
  it('plans going back two releases: the restore before the field removal, then the v1.1.0 image', async () => {
    const run = await runComponentJob('rollback-plan', {
      project: repo.root,
      inputs: {
        from: 'v1.3.0',
        to: 'v1.1.0',
        manifests: repo.manifestsDir,
        'working-directory': repo.workingDirectory,
        python: systemPython,
      },
    });

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(new RegExp(`PASS +${run.job}`));
    expect(run.dotenv).toMatchObject({
      MAINT_ROLLBACK_PLAN_SAFE: 'false',
      MAINT_ROLLBACK_PLAN_STEPS: `restore:${repo.backups['v1.2.0']},redeploy:${repo.images['v1.1.0']}`,
      MAINT_ROLLBACK_PLAN_DESTRUCTIVE: `${repo.migrations.removal},${repo.migrations.runPython}`,
      MAINT_ROLLBACK_PLAN_BACKUP_ID: repo.backups['v1.2.0'],
      MAINT_ROLLBACK_PLAN_IMAGE_TAG: repo.images['v1.1.0'],
      MAINT_ROLLBACK_PLAN_STATUS: 'passed',
    });
    const summary = await run.artifact('.maint-actions/reports/rollback-plan/summary.md');
    expect(summary).toContain(
      'Going back from v1.3.0 to v1.1.0 needs a restore of the backup taken before the deploy.',
    );
    const plan = JSON.parse(await run.artifact('.maint-actions/reports/rollback-plan/plan.json'));
    expect(plan.backup).toMatchObject({ id: repo.backups['v1.2.0'], deployedSha: repo.shas['v1.2.0'] });
  }, 180_000);
});
