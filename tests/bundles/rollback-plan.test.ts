/**
 * The rollback-plan bundle under the GitHub runner protocol, on a real git history of the example
 * service (packages/testing releases.ts) with the backups' manifests beside it: the outputs a
 * rollback workflow reads, the job summary with the commands, and a bad `to` as one error.
 */
import { makeReleaseRepo, type ReleaseRepo, runBundle, systemPython } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let repo: ReleaseRepo;

beforeAll(async () => {
  repo = await makeReleaseRepo('rollback-bundle-');
}, 120_000);
afterAll(async () => {
  await repo?.cleanup();
});

describe('rollback-plan bundle under the GitHub runner protocol', () => {
  it('plans the restore of the backup before the field removal, then the redeploy of the older image', async () => {
    const run = await runBundle('rollback-plan', {
      workspace: repo.root,
      inputs: {
        from: 'v1.2.0',
        to: 'v1.1.0',
        manifests: repo.manifestsDir,
        'working-directory': repo.workingDirectory,
        python: systemPython,
      },
      timeoutMs: 90_000,
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toEqual({
      safe: 'false',
      steps: `restore:${repo.backups['v1.2.0']},redeploy:${repo.images['v1.1.0']}`,
      destructive: repo.migrations.removal,
      'backup-id': repo.backups['v1.2.0'],
      'image-tag': repo.images['v1.1.0'],
      report: `${repo.root}/.maint-actions/reports/rollback-plan/report.json`,
      status: 'passed',
    });
    expect(run.summary).toContain('## Rollback plan: restore');
    expect(run.summary).toContain(
      `maint-actions restore --manifest backups/${repo.backups['v1.2.0']}/manifest.json --target-database-url "$DATABASE_URL"`,
    );
  }, 120_000);

  it('a `to` git does not know fails the step with one error naming the input', async () => {
    const run = await runBundle('rollback-plan', {
      workspace: repo.root,
      inputs: {
        from: 'v1.2.0',
        to: 'v1.1.9',
        'working-directory': repo.workingDirectory,
        python: systemPython,
      },
    });
    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'Input "to": "v1.1.9" is not a commit of this repository (fetch the tags, such as actions/checkout\'s fetch-depth: 0); set it to the release to go back to (a tag such as v1.4.1, a commit, or the path of a backup manifest.json).',
    );
  }, 60_000);
});
