import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubContext } from './context';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'github-context-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function eventFile(payload: unknown): Promise<string> {
  const file = path.join(dir, 'event.json');
  await writeFile(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return file;
}

const base = {
  GITHUB_WORKSPACE: '/home/runner/work/backend/backend',
  RUNNER_TEMP: '/home/runner/work/_temp',
  GITHUB_REPOSITORY: 'acme/backend',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '9876543210',
};

describe('githubContext', () => {
  it('reads a pull_request run: number and base branch from the payload, head branch as ref', async () => {
    const context = githubContext({
      ...base,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: 'b3a1f00d',
      GITHUB_REF_NAME: '42/merge',
      GITHUB_HEAD_REF: 'feature/login',
      GITHUB_EVENT_PATH: await eventFile({
        action: 'synchronize',
        number: 42,
        pull_request: {
          number: 42,
          title: 'Log in with SSO',
          body: '## Summary\nSSO.\n',
          labels: [{ name: 'api' }, { name: 'no-docs-needed' }, {}],
          base: { ref: 'main', sha: 'aaaa' },
          head: { ref: 'feature/login', sha: 'bbbb' },
        },
      }),
    });
    expect(context).toEqual({
      workspace: '/home/runner/work/backend/backend',
      tempDir: '/home/runner/work/_temp',
      sha: 'b3a1f00d',
      refName: 'feature/login',
      repository: 'acme/backend',
      webUrl: 'https://github.com/acme/backend',
      changeNumber: 42,
      baseRef: 'main',
      changeRequest: {
        title: 'Log in with SSO',
        description: '## Summary\nSSO.\n',
        labels: ['api', 'no-docs-needed'],
        baseSha: 'aaaa',
      },
      event: 'pull_request',
      runUrl: 'https://github.com/acme/backend/actions/runs/9876543210',
    });
    expect(context.tag).toBeUndefined();
  });

  it('gives a pull request without body or labels an empty description and no labels', async () => {
    const context = githubContext({
      ...base,
      GITHUB_EVENT_PATH: await eventFile({ pull_request: { number: 7, body: null, base: { ref: 'main' } } }),
    });
    expect(context.changeRequest).toEqual({ description: '', labels: [] });
  });

  it('names the tag of a tag run only', async () => {
    expect(githubContext({ ...base, GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'release-7' }).tag).toBe(
      'release-7',
    );
    expect(
      githubContext({ ...base, GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main' }).tag,
    ).toBeUndefined();
  });

  it('reads a merge_group run: the queue base branch, no single change', async () => {
    const context = githubContext({
      ...base,
      GITHUB_EVENT_NAME: 'merge_group',
      GITHUB_REF_NAME: 'gh-readonly-queue/main/pr-42-b3a1f00d',
      GITHUB_HEAD_REF: '',
      GITHUB_EVENT_PATH: await eventFile({
        action: 'checks_requested',
        merge_group: {
          head_sha: 'cccc',
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-42-b3a1f00d',
          base_ref: 'refs/heads/main',
        },
      }),
    });
    expect(context.baseRef).toBe('main');
    expect(context.changeNumber).toBeUndefined();
    expect(context.refName).toBe('gh-readonly-queue/main/pr-42-b3a1f00d');
  });

  it('reads a push run and uses the server URL of GitHub Enterprise', async () => {
    const context = githubContext({
      ...base,
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF_NAME: 'main',
      GITHUB_EVENT_PATH: await eventFile({ ref: 'refs/heads/main', after: 'dddd' }),
    });
    expect(context.refName).toBe('main');
    expect(context.changeNumber).toBeUndefined();
    expect(context.baseRef).toBeUndefined();
    expect(context.changeRequest).toBeUndefined();
    expect(context.webUrl).toBe('https://ghe.example.com/acme/backend');
    expect(context.runUrl).toBe('https://ghe.example.com/acme/backend/actions/runs/9876543210');
  });

  it('tolerates a missing or broken event file and falls back for workspace and temp', async () => {
    const broken = githubContext({ GITHUB_EVENT_PATH: await eventFile('{not json') });
    const missing = githubContext({ GITHUB_EVENT_PATH: path.join(dir, 'nope.json') });
    for (const context of [broken, missing]) {
      expect(context.changeNumber).toBeUndefined();
      expect(context.workspace).toBe(process.cwd());
      expect(context.tempDir).toBe(os.tmpdir());
      expect(context.runUrl).toBeUndefined();
      expect(context.webUrl).toBeUndefined();
      expect(context.changeRequest).toBeUndefined();
    }
  });
});
