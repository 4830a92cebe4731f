/**
 * dependency-audit's tracking issue, end to end: the bundle (GitHub runner protocol) and the CLI
 * (GitLab job) against local GitHub and GitLab API servers, through the real adapters.
 */
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixturesDir, runBundle, runGitlabCliJob } from '@maint-actions/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { useHostServers } from './servers';

const TOKEN = 'ghs_hostAuditToken0123456789';
const hosts = useHostServers(TOKEN);
const MARKER = '<!-- maint-actions:dependency-audit -->';

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'host-audit-'));
  for (const report of ['vulnerable.json', 'clean.json']) {
    await copyFile(path.join(fixturesDir, 'pip-audit', report), path.join(workspace, report));
  }
  return () => rm(workspace, { recursive: true, force: true });
});

const inputs = (report: string): Record<string, string> => ({
  'pip-audit-report': report,
  'tracking-issue': 'true',
  enrich: 'false',
  outdated: 'false',
  token: TOKEN,
});

/** Every file the run left in the workspace, concatenated. */
async function writtenFiles(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    names.filter((e) => e.isFile()).map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')),
  );
  return texts.join('\n');
}

describe('dependency-audit tracking issue on GitHub (bundle)', () => {
  it('opens one marked issue for the vulnerable audit, then closes it with a comment once clean', async () => {
    const event = { name: 'schedule', payload: { schedule: '0 6 * * 1' } };
    const first = await runBundle('dependency-audit', {
      workspace,
      event,
      env: { GITHUB_API_URL: hosts.github.baseUrl },
      inputs: inputs('vulnerable.json'),
    });

    expect(first.exitCode, first.stdout + first.stderr).toBe(1);
    expect(hosts.github.issues).toHaveLength(1);
    const [issue] = hosts.github.issues;
    expect(issue?.state).toBe('open');
    expect(issue?.body?.split('\n')[0]).toBe(MARKER);
    expect(issue?.body).toContain('GHSA-2gwj-7jmv-h26r');
    expect(first.summary).toContain(`Tracking issue created: ${issue?.html_url}`);
    const created = hosts.github.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/issues'));
    expect(created).toHaveLength(1);

    const second = await runBundle('dependency-audit', {
      workspace,
      event,
      env: { GITHUB_API_URL: hosts.github.baseUrl },
      inputs: inputs('clean.json'),
    });

    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(hosts.github.issues).toHaveLength(1);
    expect(issue?.state).toBe('closed');
    expect(issue?.comments_posted).toHaveLength(1);
    expect(second.summary).toContain('Tracking issue closed');
    for (const text of [
      first.stdout,
      first.stderr,
      second.stdout,
      second.stderr,
      await writtenFiles(workspace),
    ]) {
      expect(text.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    }
  });
});

describe('dependency-audit tracking issue on GitLab (CLI job)', () => {
  it('opens one marked issue for the vulnerable audit, then closes it with a note once clean', async () => {
    const env = { CI_PIPELINE_SOURCE: 'schedule' };
    const job = { workspace, apiUrl: hosts.gitlab.apiUrl, env };
    const first = await runGitlabCliJob('dependency-audit', { ...job, inputs: inputs('vulnerable.json') });

    expect(first.exitCode, first.stdout + first.stderr).toBe(1);
    expect(hosts.gitlab.issues).toHaveLength(1);
    const [issue] = hosts.gitlab.issues;
    expect(issue?.state).toBe('opened');
    expect(issue?.description?.split('\n')[0]).toBe(MARKER);
    expect(issue?.description).toContain('GHSA-2gwj-7jmv-h26r');
    expect(hosts.gitlab.seen.every((r) => r.headers['private-token'] === TOKEN)).toBe(true);

    const second = await runGitlabCliJob('dependency-audit', { ...job, inputs: inputs('clean.json') });

    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(hosts.gitlab.issues).toHaveLength(1);
    expect(issue?.state).toBe('closed');
    expect(issue?.notes).toHaveLength(1);
    for (const text of [
      first.stdout,
      first.stderr,
      second.stdout,
      second.stderr,
      await writtenFiles(workspace),
    ]) {
      expect(text).not.toContain(TOKEN);
    }
  });
});
