/**
 * The tag-release bundle, spawned with `node dist/tag-release/index.js` exactly as the GitHub
 * runner does it: two jobs racing to release the same commit against a remote whose pre-receive
 * hook slows pushes (so they overlap), and a remote refusing protected tags.
 */
import { runBundle } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, makeRepo, type Repo } from '../../actions/tag-release/src/test-support';

let repo: Repo;

beforeEach(async () => {
  repo = await makeRepo();
  await repo.commit('feat(api): export as CSV (#12)');
});
afterEach(async () => repo.cleanup());

const inputs = { 'create-release': 'false', 'moving-tags': 'major', token: 'ghs_bundle-token-abc' };
const env = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

describe('tag-release bundle under the GitHub runner protocol', () => {
  it('makes exactly one tag when two jobs release the same commit at once', async () => {
    await repo.hook('sleep 1');
    const second = await repo.clone('second');
    const runs = await Promise.all([
      runBundle('tag-release', { workspace: repo.workspace, inputs, env }),
      runBundle('tag-release', { workspace: second, inputs, env }),
    ]);

    for (const run of runs) {
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs).toMatchObject({ version: '0.1.0', tag: 'v0.1.0', bump: 'none', 'release-url': '' });
      expect(run.stdout).toContain('::add-mask::ghs_bundle-token-abc');
      expect(run.summary + JSON.stringify(run.outputs)).not.toContain('ghs_bundle-token-abc');
    }
    const head = await git(repo.workspace, 'rev-parse', 'HEAD');
    expect(await repo.remoteTags()).toEqual({ 'v0.1.0': head, v0: head });
    const summaries = runs.map((r) => r.summary).join('\n');
    expect(summaries).toContain('pushed to origin; moved v0');
    expect(summaries).toContain('already on origin at this commit (tagged by another run); moved v0');
    expect(summaries).toContain('- **api:** export as CSV ([#12](https://github.com/acme/backend/pull/12)');
  });

  it("fails with the remote's reason on a protected tag, and leaves no tag behind", async () => {
    await repo.hook(
      'while read old new ref; do case "$ref" in refs/tags/v*) echo "tags matching v* are protected" >&2; exit 1;; esac; done',
    );
    const run = await runBundle('tag-release', { workspace: repo.workspace, inputs, env });

    expect(run.exitCode).toBe(1);
    const error = run.commands.find((c) => c.command === 'error')?.message ?? '';
    expect(error).toMatch(
      /^v0\.1\.0: git push of v0\.1\.0 to origin was refused: remote: tags matching v\* are protected/,
    );
    expect(await git(repo.workspace, 'tag', '--list')).toBe('');
    expect(await repo.remoteTags()).toEqual({});
  });
});
