/**
 * The publish-schema component (templates/publish-schema.yml) under gitlab-ci-local: the example
 * schema published to a branch of a local bare git remote and to the artifact directory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type GitFixture,
  git,
  gitFixture,
  type Temp,
  tempDir,
} from '../../actions/publish-schema/src/test-support';
import { runComponentJob } from './component-job';

let temp: Temp;
let repo: GitFixture;

beforeAll(async () => {
  temp = await tempDir('maint-gitlab-publish-');
  repo = await gitFixture(temp.dir);
});

afterAll(async () => temp?.cleanup());

describe('publish-schema component under gitlab-ci-local', () => {
  it('publishes the version to the schema branch and the artifacts, with MAINT_PUBLISH_SCHEMA_* outputs', async () => {
    const run = await runComponentJob('publish-schema', {
      project: repo.workspace,
      inputs: { version: '1.2.0', targets: 'git-branch,artifact', 'git-remote': 'release' },
    });

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(new RegExp(`PASS +${run.job}`));
    expect(run.dotenv).toMatchObject({
      MAINT_PUBLISH_SCHEMA_VERSION: '1.2.0',
      MAINT_PUBLISH_SCHEMA_PUBLISHED: 'true',
    });
    expect(run.dotenv.MAINT_PUBLISH_SCHEMA_SHA256).toMatch(/^[0-9a-f]{64}$/);
    const files = (await git(repo.remote, 'ls-tree', '-r', '--name-only', 'api-schemas')).split('\n');
    expect(files).toEqual(expect.arrayContaining(['1.2.0/schema.yml', 'index.json']));
    expect(JSON.parse(await run.artifact('.maint-actions/api-schema/index.json'))).toMatchObject({
      latest: '1.2.0',
    });
    expect(await run.artifact('.maint-actions/api-schema/1.2.0/index.html')).toContain('SwaggerUIBundle');
  }, 180_000);
});
