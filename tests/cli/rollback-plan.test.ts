/**
 * `maint-actions rollback-plan` in a terminal, as a person runs it before touching production:
 * the bundled tool in a clone of the example service's release history, flags for the inputs,
 * the plan printed with its commands and the `name=value` outputs; exit 2 on a bad ref.
 */
import { makeReleaseRepo, type ReleaseRepo, runCli, systemPython } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let repo: ReleaseRepo;

beforeAll(async () => {
  repo = await makeReleaseRepo('rollback-cli-');
}, 120_000);
afterAll(async () => {
  await repo?.cleanup();
});

const outputsOf = (stdout: string): Record<string, string> =>
  Object.fromEntries([...stdout.matchAll(/^([a-z][a-z0-9-]*)=(.*)$/gm)].map((m) => [m[1], m[2]]));

describe('maint-actions rollback-plan in a terminal', () => {
  it('says going back one release from v1.1.0 is a redeploy of the image its manifest names', async () => {
    const run = await runCli(
      [
        'rollback-plan',
        '--from',
        'v1.1.0',
        '--manifests',
        repo.manifestsDir,
        '--working-directory',
        repo.workingDirectory,
        '--python',
        systemPython,
      ],
      { cwd: repo.root },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('Going back from v1.1.0 to v1.0.0 is a redeploy.');
    expect(outputsOf(run.stdout)).toMatchObject({
      safe: 'true',
      steps: `redeploy:${repo.images['v1.0.0']}`,
      'image-tag': repo.images['v1.0.0'],
      status: 'passed',
    });
  }, 90_000);

  it('from the service folder (paths from the repository root), names the irreversible RunPython and its backup', async () => {
    const run = await runCli(
      [
        'rollback-plan',
        '--from',
        'v1.3.0',
        '--manifests',
        repo.manifestsDir,
        '--working-directory',
        repo.workingDirectory,
        '--python',
        systemPython,
      ],
      { cwd: repo.service },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    expect(outputsOf(run.stdout)).toMatchObject({
      safe: 'false',
      destructive: repo.migrations.runPython,
      'backup-id': repo.backups['v1.3.0'],
      steps: `restore:${repo.backups['v1.3.0']},redeploy:${repo.images['v1.2.0']}`,
    });
  }, 90_000);

  it('exits 2 with one line when `from` is not a ref', async () => {
    const run = await runCli(['rollback-plan', '--from', 'v9', '--python', systemPython], {
      cwd: repo.service,
    });
    expect(run.exitCode).toBe(2);
    expect(run.stderr + run.stdout).toContain(
      'Input "from": "v9" is not a commit of this repository (fetch the tags, such as actions/checkout\'s fetch-depth: 0); set it to the release running now (a tag such as v1.4.2, a branch or a commit).',
    );
  }, 60_000);
});
