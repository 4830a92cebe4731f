/**
 * rollback-plan under @github/local-action (tests/local-action/local-action.ts): on a real git
 * history of the example service (packages/testing releases.ts), going back over an additive
 * migration is a redeploy of the older image named by its backup manifest.
 */
import { makeReleaseRepo, type ReleaseRepo, systemPython } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLocalAction } from './local-action';

let repo: ReleaseRepo;

beforeAll(async () => {
  repo = await makeReleaseRepo('rollback-local-');
}, 120_000);
afterAll(async () => {
  await repo?.cleanup();
});

describe('rollback-plan under @github/local-action', () => {
  it('plans a redeploy only when the newer release added a nullable field', async () => {
    const run = await runLocalAction('rollback-plan', {
      workspace: repo.root,
      inputs: {
        from: 'v1.1.0',
        to: 'v1.0.0',
        manifests: repo.manifestsDir,
        'working-directory': repo.workingDirectory,
        python: systemPython,
      },
      timeoutMs: 150_000,
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({
      safe: 'true',
      steps: `redeploy:${repo.images['v1.0.0']}`,
      destructive: '',
      'image-tag': repo.images['v1.0.0'],
      status: 'passed',
    });
    expect(run.summary).toContain('## Rollback plan');
  }, 180_000);
});
