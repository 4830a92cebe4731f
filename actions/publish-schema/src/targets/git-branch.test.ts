import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GitFixture, git, gitFixture, publish, type Temp, tempDir } from '../test-support';

let temp: Temp;
let repo: GitFixture;

beforeEach(async () => {
  temp = await tempDir('publish-schema-git-');
  repo = await gitFixture(temp.dir);
});
afterEach(async () => temp.cleanup());

const inputs = (version: string): Record<string, string> => ({ targets: 'git-branch', version });

/** Files on the remote branch. */
async function remoteFiles(branch = 'api-schemas'): Promise<string[]> {
  return (await git(repo.remote, 'ls-tree', '-r', '--name-only', branch)).trim().split('\n');
}

async function remoteFile(file: string, branch = 'api-schemas'): Promise<string> {
  return git(repo.remote, 'show', `${branch}:${file}`);
}

/**
 * Everything about the checkout that publishing must not change: its files (the reports under
 * .maint-actions aside), index, HEAD, branches, stashes and worktrees. The push updates the
 * remote-tracking ref of the branch, as any `git push origin <branch>` does: that one is left out.
 */
async function checkoutState(): Promise<string> {
  const parts = await Promise.all([
    git(
      repo.workspace,
      'status',
      '--porcelain=v2',
      '--branch',
      '--untracked-files=all',
      '--',
      '.',
      ':!.maint-actions',
    ),
    git(repo.workspace, 'for-each-ref').then((refs) =>
      refs.replace(/^.*refs\/remotes\/origin\/api-schemas\n/m, ''),
    ),
    git(repo.workspace, 'rev-parse', 'HEAD'),
    git(repo.workspace, 'stash', 'list'),
    git(repo.workspace, 'worktree', 'list', '--porcelain'),
  ]);
  return parts.join('\n');
}

/** A changed schema in the workspace (the info version bumped and a new description). */
async function changeSchema(): Promise<void> {
  const file = path.join(repo.workspace, 'schema.yml');
  await writeFile(
    file,
    (await readFile(file, 'utf8')).replace(
      'title: Onboarding service API',
      'title: Onboarding service API v2',
    ),
  );
}

describe('the git-branch target', () => {
  it('creates the orphan branch in one commit, leaving the checkout as it was', async () => {
    const before = await checkoutState();
    const { exitCode, platform } = await publish(repo.workspace, inputs('1.0.0'));

    expect(exitCode, platform.logText).toBe(0);
    expect(await checkoutState()).toBe(before);
    expect(await git(repo.workspace, 'rev-parse', 'origin/api-schemas')).toBe(
      await git(repo.remote, 'rev-parse', 'api-schemas'),
    );
    expect((await remoteFiles()).sort()).toEqual(
      [
        '1.0.0/index.html',
        '1.0.0/schema.json',
        '1.0.0/schema.yml',
        'index.html',
        'index.json',
        'latest/index.html',
        'latest/schema.json',
        'latest/schema.yml',
      ].sort(),
    );
    expect(await remoteFile('1.0.0/schema.yml')).toBe(
      await readFile(path.join(repo.workspace, 'schema.yml'), 'utf8'),
    );
    const log = await git(repo.remote, 'log', '--format=%an <%ae>|%cn|%P|%s', 'api-schemas');
    expect(log.trim()).toBe(
      'maint-actions <maint-actions@users.noreply.github.com>|maint-actions||Publish Onboarding service API schema 1.0.0',
    );
    const index = JSON.parse(await remoteFile('index.json'));
    expect(index).toMatchObject({
      latest: '1.0.0',
      versions: [{ version: '1.0.0', url: '1.0.0/index.html' }],
    });
    expect(index.versions[0].sha256).toBe(platform.outputs.get('sha256'));
    expect(Object.fromEntries(platform.outputs)).toMatchObject({
      version: '1.0.0',
      published: 'true',
      index: 'origin/api-schemas:index.json',
    });
    // The main branch of the remote is untouched.
    expect((await git(repo.remote, 'rev-list', '--count', 'main')).trim()).toBe('1');
  });

  it('writes nothing when the schema is published already, as this version or as the latest', async () => {
    await publish(repo.workspace, inputs('1.0.0'));
    const head = await git(repo.remote, 'rev-parse', 'api-schemas');

    const again = await publish(repo.workspace, inputs('1.0.0'));
    expect(again.exitCode).toBe(0);
    expect(again.platform.outputs.get('published')).toBe('false');
    expect(again.platform.progressEvents.at(-1)).toEqual({
      id: 'git-branch',
      label: 'Git branch api-schemas (origin)',
      state: 'passed',
      detail: 'already published; nothing written',
    });

    const sameSchema = await publish(repo.workspace, inputs('1.0.1'));
    expect(sameSchema.platform.outputs.get('published')).toBe('false');
    expect(sameSchema.platform.summaries.join('\n')).toContain('already published as 1.0.0; nothing written');
    expect(await git(repo.remote, 'rev-parse', 'api-schemas')).toBe(head);
  });

  it('adds a new version on top, moving latest', async () => {
    await publish(repo.workspace, inputs('1.0.0'));
    await changeSchema();
    const { exitCode, platform } = await publish(repo.workspace, {
      ...inputs('1.1.0'),
      'git-author': 'Docs Bot <docs@example.test>',
    });

    expect(exitCode, platform.logText).toBe(0);
    const index = JSON.parse(await remoteFile('index.json'));
    expect(index.latest).toBe('1.1.0');
    expect(index.versions.map((v: { version: string }) => v.version)).toEqual(['1.1.0', '1.0.0']);
    expect(await remoteFile('latest/schema.yml')).toContain('title: Onboarding service API v2');
    expect(await remoteFile('1.0.0/schema.yml')).not.toContain('API v2');
    expect((await git(repo.remote, 'log', '--format=%an <%ae>', 'api-schemas')).trim().split('\n')).toEqual([
      'Docs Bot <docs@example.test>',
      'maint-actions <maint-actions@users.noreply.github.com>',
    ]);
  });

  it('fails, writing nothing, when the version is published with other content', async () => {
    await publish(repo.workspace, inputs('1.0.0'));
    const head = await git(repo.remote, 'rev-parse', 'api-schemas');
    await changeSchema();

    const { exitCode, platform } = await publish(repo.workspace, inputs('1.0.0'));
    expect(exitCode).toBe(1);
    const error = platform.lines.at(-1);
    expect(error?.level).toBe('error');
    expect(error?.message).toMatch(
      /^publishing 1\.0\.0 failed on git-branch: version 1\.0\.0 is already published with other content \(sha256 [0-9a-f]{12}, this schema [0-9a-f]{12}\): bump the version to publish it$/,
    );
    expect(platform.outputs.get('published')).toBe('false');
    expect(await git(repo.remote, 'rev-parse', 'api-schemas')).toBe(head);
  });

  it('retries once when another job pushed the branch meanwhile, keeping its commit', async () => {
    await publish(repo.workspace, inputs('1.0.0'));
    const other = await repo.clone('other');
    await changeSchema();

    const { exitCode, platform } = await publish(repo.workspace, inputs('1.1.0'), {
      hooks: {
        gitAfterFetch: async (attempt) => {
          if (attempt !== 1) return;
          await git(other, 'fetch', '--quiet', 'origin', 'api-schemas');
          await git(other, 'checkout', '--quiet', '-b', 'api-schemas', 'origin/api-schemas');
          await writeFile(path.join(other, 'README.md'), 'Published API schemas.\n');
          await git(other, 'add', 'README.md');
          await git(other, 'commit', '--quiet', '-m', 'Add a README');
          await git(other, 'push', '--quiet', 'origin', 'api-schemas');
        },
      },
    });

    expect(exitCode, platform.logText).toBe(0);
    expect(platform.outputs.get('published')).toBe('true');
    expect((await git(repo.remote, 'log', '--format=%s', 'api-schemas')).trim().split('\n')).toEqual([
      'Publish Onboarding service API v2 schema 1.1.0',
      'Add a README',
      'Publish Onboarding service API schema 1.0.0',
    ]);
    expect(await remoteFiles()).toContain('README.md');
    expect(JSON.parse(await remoteFile('index.json')).latest).toBe('1.1.0');
  });

  it('finds the schema published by the job that won the race, and writes nothing', async () => {
    const other = await repo.clone('other');
    const { exitCode, platform } = await publish(repo.workspace, inputs('1.0.0'), {
      hooks: {
        gitAfterFetch: async (attempt) => {
          if (attempt === 1) await publish(other, inputs('1.0.0'));
        },
      },
    });

    expect(exitCode, platform.logText).toBe(0);
    expect(platform.outputs.get('published')).toBe('false');
    expect(platform.summaries.join('\n')).toContain('published meanwhile as 1.0.0 by another run');
    expect((await git(repo.remote, 'rev-list', '--count', 'api-schemas')).trim()).toBe('1');
  });

  it('reports a push the remote refuses, and the branch stays as it was', async () => {
    await publish(repo.workspace, inputs('1.0.0'));
    const head = await git(repo.remote, 'rev-parse', 'api-schemas');
    const hook = path.join(repo.remote, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "protected branch" >&2\nexit 1\n');
    await chmod(hook, 0o755);
    await changeSchema();

    const { exitCode, platform } = await publish(repo.workspace, inputs('1.1.0'));
    expect(exitCode).toBe(1);
    expect(platform.lines.at(-1)?.message).toMatch(
      /^publishing 1\.1\.0 failed on git-branch: could not publish: git push to origin api-schemas failed: remote: protected branch \/ refs\/heads\/api-schemas \[remote rejected\] \(pre-receive hook declined\)$/,
    );
    expect(await git(repo.remote, 'rev-parse', 'api-schemas')).toBe(head);
  });

  it('names the git-remote input when the checkout has no such remote', async () => {
    const { exitCode, platform } = await publish(repo.workspace, {
      ...inputs('1.0.0'),
      'git-remote': 'upstream',
    });
    expect(exitCode).toBe(2);
    expect(platform.lines.at(-1)?.message).toBe(
      'Input "git-remote": the checkout has no remote "upstream"; it has origin.',
    );
  });
});
