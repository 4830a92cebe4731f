/**
 * usage-alert against a repository host that accepts connections and never answers (issue 13
 * item 3: it used to wait past 200 s): the bundle (GitHub) and the CLI job (GitLab) end with a
 * failed verdict naming the host within the budget set by MAINT_NETWORK_*, since the alert that
 * was due could not be raised.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  FAST_NETWORK_ENV,
  type HostileServer,
  runBundle,
  runGitlabCliJob,
  startHostileServer,
} from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const TOKEN = 'ghs_deadHostToken0123456789';
let workspace: string;
let dead: HostileServer;

beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'host-usage-dead-'));
  await writeFile(
    path.join(workspace, 'over.json'),
    JSON.stringify({ used: 8500, limit: 10000, period: '2026-11' }),
  );
  dead = await startHostileServer('silent');
});
afterEach(async () => {
  await dead.close();
  await rm(workspace, { recursive: true, force: true });
});

const inputs = { 'usage-file': 'over.json', name: 'vision API', threshold: '70', token: TOKEN };

describe('usage-alert when the repository host never answers', () => {
  it('GitHub (bundle): a failed verdict naming the host, within the budget', async () => {
    const started = Date.now();
    const run = await runBundle('usage-alert', {
      workspace,
      env: { GITHUB_API_URL: dead.url, ...FAST_NETWORK_ENV },
      inputs,
    });
    const text = run.stdout + run.stderr;
    expect(run.exitCode, text).toBe(1);
    expect(text).toContain(
      `the alert issue could not be opened: Could not reach GitHub to list the issues in`,
    );
    expect(text).toContain(`${dead.host}: no answer within 0.5 s`);
    expect(text).not.toContain('maint-actions bug');
    expect(text.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('GitLab (CLI job): a failed verdict naming the host, within the budget', async () => {
    const started = Date.now();
    const run = await runGitlabCliJob('usage-alert', {
      workspace,
      apiUrl: `${dead.url}/api/v4`,
      inputs,
      env: { ...FAST_NETWORK_ENV },
    });
    const text = run.stdout + run.stderr;
    expect(run.exitCode, text).toBe(1);
    expect(text).toContain('the alert issue could not be opened: Could not reach GitLab to');
    expect(text).toContain(`${dead.host}: no answer within 0.5 s`);
    expect(text).not.toContain(TOKEN);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
