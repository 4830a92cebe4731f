/**
 * tag-release under @github/local-action (tests/local-action/local-action.ts): releases the
 * commits of a real git repository to its local bare remote (no GitHub release: that is GitHub's
 * own server), moving the major tag.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, makeRepo, type Repo } from '../../actions/tag-release/src/test-support';
import { runLocalAction } from './local-action';

const TOKEN = 'ghs_local-action-token-abc';
const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
let repo: Repo;

beforeEach(async () => {
  repo = await makeRepo();
  await repo.commit('feat(api): export as CSV (#12)');
});
afterEach(async () => repo.cleanup());

describe('tag-release under @github/local-action', () => {
  it('tags the commit, pushes the tag and the moving major tag, and writes the notes', async () => {
    const run = await runLocalAction('tag-release', {
      workspace: repo.workspace,
      inputs: { 'create-release': 'false', 'moving-tags': 'major', token: TOKEN },
      env,
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'passed',
      version: '0.1.0',
      tag: 'v0.1.0',
      bump: 'none',
      'release-url': '',
    });
    const head = await git(repo.workspace, 'rev-parse', 'HEAD');
    expect(await repo.remoteTags()).toEqual({ 'v0.1.0': head, v0: head });
    expect(run.summary).toContain('pushed to origin; moved v0');
    expect(run.summary).toContain('- **api:** export as CSV ([#12](https://github.com/acme/backend/pull/12)');
    expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
  });

  it("fails with the remote's reason on a protected tag, and leaves no tag behind", async () => {
    await repo.hook(
      'while read old new ref; do case "$ref" in refs/tags/v*) echo "tags matching v* are protected" >&2; exit 1;; esac; done',
    );
    const run = await runLocalAction('tag-release', {
      workspace: repo.workspace,
      inputs: { 'create-release': 'false', 'moving-tags': 'major', token: TOKEN },
      env,
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.commands.find((c) => c.command === 'error')?.message).toMatch(
      /^v0\.1\.0: git push of v0\.1\.0 to origin was refused: remote: tags matching v\* are protected/,
    );
    expect(await git(repo.workspace, 'tag', '--list')).toBe('');
    expect(await repo.remoteTags()).toEqual({});
  });
});
