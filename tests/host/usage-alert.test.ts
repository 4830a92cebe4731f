/**
 * usage-alert's alert issue, end to end: the bundle (GitHub runner protocol) and the CLI (GitLab
 * job) read a usage file and open, then close, the issue through local GitHub and GitLab APIs.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runBundle, runGitlabCliJob } from '@maint-actions/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { useHostServers } from './servers';

const TOKEN = 'ghs_hostUsageToken0123456789';
const hosts = useHostServers(TOKEN);

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'host-usage-'));
  await writeFile(
    path.join(workspace, 'over.json'),
    JSON.stringify({ used: 8500, limit: 10000, period: '2026-11' }),
  );
  await writeFile(
    path.join(workspace, 'under.json'),
    JSON.stringify({ used: 1200, limit: 10000, period: '2026-12' }),
  );
  return () => rm(workspace, { recursive: true, force: true });
});

const inputs = (file: string) => ({ 'usage-file': file, name: 'vision API', threshold: '70', token: TOKEN });

async function writtenFiles(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile());
  return (await Promise.all(files.map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')))).join('\n');
}

describe('usage-alert issue on GitHub (bundle)', () => {
  it('opens the alert issue over the threshold and closes it once under', async () => {
    const env = { GITHUB_API_URL: hosts.github.baseUrl };
    const over = await runBundle('usage-alert', { workspace, env, inputs: inputs('over.json') });

    expect(over.exitCode, over.stdout + over.stderr).toBe(0);
    expect(over.outputs).toMatchObject({ percent: '85', alert: 'open' });
    expect(hosts.github.issues).toHaveLength(1);
    const [issue] = hosts.github.issues;
    expect(issue?.state).toBe('open');
    expect(issue?.title).toContain('vision API');
    expect(issue?.labels.map((l) => l.name)).toEqual(['usage-alert']);

    const under = await runBundle('usage-alert', { workspace, env, inputs: inputs('under.json') });

    expect(under.exitCode, under.stdout + under.stderr).toBe(0);
    expect(under.outputs).toMatchObject({ percent: '12', alert: 'closed' });
    expect(hosts.github.issues).toHaveLength(1);
    expect(issue?.state).toBe('closed');
    for (const text of [
      over.stdout,
      over.stderr,
      under.stdout,
      under.stderr,
      await writtenFiles(workspace),
    ]) {
      expect(text.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    }
  });
});

describe('usage-alert issue on GitLab (CLI job)', () => {
  it('opens the alert issue over the threshold and closes it once under', async () => {
    const job = { workspace, apiUrl: hosts.gitlab.apiUrl };
    const over = await runGitlabCliJob('usage-alert', { ...job, inputs: inputs('over.json') });

    expect(over.exitCode, over.stdout + over.stderr).toBe(0);
    expect(over.dotenv).toMatchObject({ MAINT_USAGE_ALERT_ALERT: 'open' });
    expect(hosts.gitlab.issues).toHaveLength(1);
    const [issue] = hosts.gitlab.issues;
    expect(issue?.state).toBe('opened');
    expect(issue?.title).toContain('vision API');

    const under = await runGitlabCliJob('usage-alert', { ...job, inputs: inputs('under.json') });

    expect(under.exitCode, under.stdout + under.stderr).toBe(0);
    expect(under.dotenv).toMatchObject({ MAINT_USAGE_ALERT_ALERT: 'closed' });
    expect(hosts.gitlab.issues).toHaveLength(1);
    expect(issue?.state).toBe('closed');
    for (const text of [
      over.stdout,
      over.stderr,
      under.stdout,
      under.stderr,
      await writtenFiles(workspace),
    ]) {
      expect(text).not.toContain(TOKEN);
    }
  });
});
