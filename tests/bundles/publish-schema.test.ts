/**
 * The publish-schema bundle, spawned with `node dist/publish-schema/index.js` exactly as the
 * GitHub runner does it, publishing the example schema to a local bare git remote and to the
 * artifact directory. The HTML reference proves the bundle found Swagger UI's assets beside it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runBundle } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type GitFixture,
  git,
  gitFixture,
  type Temp,
  tempDir,
} from '../../actions/publish-schema/src/test-support';

let temp: Temp;
let repo: GitFixture;

beforeEach(async () => {
  temp = await tempDir('publish-schema-bundle-');
  repo = await gitFixture(temp.dir);
  await git(repo.workspace, 'tag', 'v1.2.0');
});
afterEach(async () => temp.cleanup());

const inputs = { targets: 'git-branch,artifact', 'webhook-url': '', token: 'ghs_bundle-token-abc' };

describe('publish-schema bundle under the GitHub runner protocol', () => {
  it('publishes the tagged version to the branch and the artifact directory, then finds it published', async () => {
    const run = await runBundle('publish-schema', { workspace: repo.workspace, inputs });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({
      version: '1.2.0',
      published: 'true',
      index: 'origin/api-schemas:index.json',
    });
    expect(run.outputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    const files = (await git(repo.remote, 'ls-tree', '-r', '--name-only', 'api-schemas')).trim().split('\n');
    expect(files).toEqual(expect.arrayContaining(['1.2.0/schema.yml', 'latest/index.html', 'index.json']));
    const reference = await git(repo.remote, 'show', 'api-schemas:1.2.0/index.html');
    expect(reference).toContain('SwaggerUIBundle');
    expect(reference).toContain('"title":"Onboarding service API"');
    const artifact = path.join(repo.workspace, '.maint-actions', 'api-schema');
    expect(JSON.parse(await readFile(path.join(artifact, 'index.json'), 'utf8'))).toMatchObject({
      latest: '1.2.0',
    });
    expect(await readFile(path.join(artifact, '1.2.0', 'index.html'), 'utf8')).toBe(reference);
    expect(run.summary).toContain('Publish schema');
    expect(run.summary).toMatch(/published 1\.2\.0: 8 files written, latest moved \(commit [0-9a-f]{12}\)/);
    expect(run.stdout).toContain('::add-mask::ghs_bundle-token-abc');
    expect(run.summary + JSON.stringify(run.outputs)).not.toContain('ghs_bundle-token-abc');

    const again = await runBundle('publish-schema', { workspace: repo.workspace, inputs });
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(again.outputs.published).toBe('false');
    expect((await git(repo.remote, 'rev-list', '--count', 'api-schemas')).trim()).toBe('1');
  });

  it('stops with one line naming the input on a bad target', async () => {
    const run = await runBundle('publish-schema', { workspace: repo.workspace, inputs: { targets: 'ftp' } });

    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'Input "targets" must be a comma- or newline-separated list of artifact, git-branch, release, s3, http (got "ftp").',
    );
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});
