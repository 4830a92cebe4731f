/**
 * publish-schema under @github/local-action (tests/local-action/local-action.ts): publishes the
 * example schema of a tagged repository to a local bare git remote and to the artifact
 * directory; the HTML reference proves the source entry found Swagger UI's assets.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type GitFixture,
  git,
  gitFixture,
  type Temp,
  tempDir,
} from '../../actions/publish-schema/src/test-support';
import { runLocalAction } from './local-action';

const TOKEN = 'ghs_local-action-token-abc';
let temp: Temp;
let repo: GitFixture;

beforeEach(async () => {
  temp = await tempDir('publish-schema-local-');
  repo = await gitFixture(temp.dir);
  await git(repo.workspace, 'tag', 'v1.2.0');
});
afterEach(async () => temp.cleanup());

describe('publish-schema under @github/local-action', () => {
  it('publishes the tagged version to the branch and the artifact directory', async () => {
    const run = await runLocalAction('publish-schema', {
      workspace: repo.workspace,
      inputs: { targets: 'git-branch,artifact', token: TOKEN },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'passed',
      version: '1.2.0',
      published: 'true',
      index: 'origin/api-schemas:index.json',
    });
    expect(run.outputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    const files = (await git(repo.remote, 'ls-tree', '-r', '--name-only', 'api-schemas')).trim().split('\n');
    expect(files).toEqual(expect.arrayContaining(['1.2.0/schema.yml', 'latest/index.html', 'index.json']));
    expect(await git(repo.remote, 'show', 'api-schemas:1.2.0/index.html')).toContain('SwaggerUIBundle');
    const artifact = path.join(repo.workspace, '.maint-actions', 'api-schema');
    expect(JSON.parse(await readFile(path.join(artifact, 'index.json'), 'utf8'))).toMatchObject({
      latest: '1.2.0',
    });
    expect(run.summary).toMatch(/published 1\.2\.0: 8 files written, latest moved \(commit [0-9a-f]{12}\)/);
    expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
  });

  it('stops with one line naming the input on a bad target', async () => {
    const run = await runLocalAction('publish-schema', {
      workspace: repo.workspace,
      inputs: { targets: 'ftp' },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(2);
    expect(run.outputs.status).toBe('failed');
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      'Input "targets" must be a comma- or newline-separated list of artifact, git-branch, release, s3, http (got "ftp").',
      'Publish schema: configuration error (see the message above)',
    ]);
  });
});
