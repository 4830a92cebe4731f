import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { gitMessage, gitRunner } from './git';

const result = (stderr: string, stdout = '', exitCode = 1) => ({
  exitCode,
  signal: null,
  stdout,
  stderr,
  timedOut: false,
  durationMs: 1,
});

describe('gitMessage', () => {
  it("keeps git's remote, error and fatal lines, without the generic push failure", () => {
    const stderr = [
      'remote: GitLab: You are not allowed to push code to protected branches on this project.',
      'To /srv/git/backend.git',
      'error: failed to push some refs to /srv/git/backend.git',
    ].join('\n');
    expect(gitMessage(result(stderr))).toBe(
      'remote: GitLab: You are not allowed to push code to protected branches on this project.',
    );
  });

  it('names the destination and the reason of each ref a --porcelain push refused', () => {
    const stdout = [
      'To /srv/git/backend.git',
      '!\tabc123:refs/tags/v1.2.0\t[remote rejected] (atomic push failed)',
      '!\trefs/tags/v1:refs/tags/v1\t[rejected] (already exists)',
      'Done',
    ].join('\n');
    expect(gitMessage(result('', stdout))).toBe(
      'refs/tags/v1.2.0 [remote rejected] (atomic push failed) / refs/tags/v1 [rejected] (already exists)',
    );
  });

  it('falls back to the last lines, then to the exit code', () => {
    expect(gitMessage(result('one\ntwo\nthree\nfour'))).toBe('two / three / four');
    expect(gitMessage(result('', '', 128))).toBe('exit code 128');
  });
});

describe('gitRunner', () => {
  it('runs git in the workspace, and out() fails with what git said', async () => {
    const git = gitRunner(os.tmpdir(), process.env, 'this test needs git on PATH');
    expect((await git.run(['--version'])).stdout).toMatch(/^git version /);
    await expect(git.out(['rev-parse', '--verify', 'no-such-revision'])).rejects.toThrow(
      /^git rev-parse failed: fatal: /,
    );
  });

  it('says which package to install when git is missing', async () => {
    const git = gitRunner(os.tmpdir(), { PATH: '/nonexistent' }, 'tag-release needs git on PATH');
    await expect(git.run(['status'])).rejects.toThrow('tag-release needs git on PATH (apt-get install git)');
  });
});
