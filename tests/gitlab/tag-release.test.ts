/**
 * The tag-release component (templates/tag-release.yml) under gitlab-ci-local: the first release
 * of a repository worked out from its conventional commits, the tag and the moving major tag
 * pushed to a local bare remote, the outputs in the dotenv report and the notes in the artifacts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, makeRepo, type Repo } from '../../actions/tag-release/src/test-support';
import { runComponentJob } from './component-job';

let repo: Repo;

beforeAll(async () => {
  repo = await makeRepo();
  await repo.commit('feat(api): export as CSV (#12)');
});

afterAll(async () => repo?.cleanup());

describe('tag-release component under gitlab-ci-local', () => {
  it('tags the first release on the remote, with MAINT_TAG_RELEASE_* outputs', async () => {
    const run = await runComponentJob('tag-release', {
      project: repo.workspace,
      inputs: { 'create-release': 'false', 'moving-tags': 'major', 'git-remote': 'release' },
      env: { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
      jobs: {
        // A later job reads the outputs as variables from the dotenv report.
        'after-release': {
          stage: 'deploy',
          needs: ['maint-tag-release'],
          script: ['echo "released $MAINT_TAG_RELEASE_TAG"'],
        },
      },
    });

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(new RegExp(`PASS +${run.job}`));
    expect(run.log).toMatch(/after-release +> released v0\.1\.0/);
    expect(run.dotenv).toMatchObject({ MAINT_TAG_RELEASE_VERSION: '0.1.0', MAINT_TAG_RELEASE_TAG: 'v0.1.0' });
    const head = await git(repo.workspace, 'rev-parse', 'HEAD');
    expect(await repo.remoteTags()).toEqual({ 'v0.1.0': head, v0: head });
    const report = await run.artifact('.maint-actions/reports/tag-release/report.json');
    expect(report).toContain('0.1.0');
  }, 180_000);
});
