/**
 * The checklist action end to end: the bundle under the GitHub runner protocol and the CLI as a
 * GitLab job, each against its local host API, and the CLI in a terminal without a token. The
 * period is today's, as on a real schedule.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, runBundle, runGitlabCliJob } from '@maint-actions/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { periodOf } from '../../actions/checklist/src/checklist';
import { useHostServers } from '../host/servers';

const TOKEN = 'ghs_checklistToken0123456789';
const hosts = useHostServers(TOKEN);
const MONTH = periodOf('monthly', new Date());
const QUARTER = periodOf('quarterly', new Date());

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'checklist-bundle-'));
  await writeFile(
    path.join(workspace, '.maint-actions.yml'),
    'checklists:\n  monthly:\n    - Check the invoices of the vision API, then its usage report.\n',
  );
  return () => rm(workspace, { recursive: true, force: true });
});

/** Everything the run left in the workspace, to check that no token reached a file. */
async function writtenFiles(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile());
  return (await Promise.all(files.map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')))).join('\n');
}

describe('checklist bundle under the GitHub runner protocol', () => {
  it('opens this month’s issue once with the built-in and the team’s items', async () => {
    const env = { GITHUB_API_URL: hosts.github.baseUrl };
    const inputs = { cadence: 'monthly', items: 'Read the clean-up dry-run report', token: TOKEN };
    const first = await runBundle('checklist', { workspace, env, inputs });

    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toEqual({
      'issue-url': 'https://github.com/acme/backend/issues/1',
      created: 'true',
      status: 'passed',
    });
    expect(hosts.github.issues).toHaveLength(1);
    const [issue] = hosts.github.issues;
    expect(issue?.title).toBe(`Monthly maintenance checklist ${MONTH}`);
    expect(issue?.labels.map((l) => l.name)).toEqual(['maintenance-monthly']);
    expect(issue?.body).toContain(
      [
        '- [ ] Read the dependency audit of the month and plan the upgrades it calls for (outdated packages, known vulnerabilities).',
        '- [ ] Review the business rules, feature flags and settings still in force with the people who own them; retire what no longer applies.',
        '- [ ] Check the invoices of the vision API, then its usage report.',
        '- [ ] Read the clean-up dry-run report',
      ].join('\n'),
    );

    const again = await runBundle('checklist', { workspace, env, inputs });

    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(again.outputs).toEqual({
      'issue-url': 'https://github.com/acme/backend/issues/1',
      created: 'false',
      status: 'passed',
    });
    expect(hosts.github.issues).toHaveLength(1);
    expect(again.summary).toContain(
      `_The ${MONTH} checklist is open already: https://github.com/acme/backend/issues/1._`,
    );
    for (const text of [
      first.stdout,
      first.stderr,
      again.stdout,
      again.stderr,
      await writtenFiles(workspace),
    ]) {
      expect(text.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    }
  }, 60_000);

  it('stops with one line naming the file and the key for a malformed checklists section', async () => {
    await writeFile(
      path.join(workspace, '.maint-actions.yml'),
      'checklists:\n  monthly: Check the invoices\n',
    );
    const run = await runBundle('checklist', { workspace, inputs: { cadence: 'monthly', token: TOKEN } });

    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      '.maint-actions.yml:2: checklists.monthly must be a list, each item a line starting with "- ".',
    );
    expect(hosts.github.issues).toEqual([]);
  }, 60_000);
});

describe('checklist as a GitLab job and in a terminal (the CLI bundle)', () => {
  it('opens this quarter’s issue through the GitLab API and writes the dotenv outputs', async () => {
    const run = await runGitlabCliJob('checklist', {
      workspace,
      apiUrl: hosts.gitlab.apiUrl,
      inputs: { cadence: 'quarterly', token: TOKEN },
      env: { CI_PIPELINE_SOURCE: 'schedule' },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(hosts.gitlab.issues).toHaveLength(1);
    const [issue] = hosts.gitlab.issues;
    expect(issue).toMatchObject({
      title: `Quarterly maintenance checklist ${QUARTER}`,
      labels: ['maintenance-quarterly'],
      state: 'opened',
    });
    expect(issue?.description).toContain(
      '- [ ] Decide which critical services need refactoring, and plan the work.',
    );
    expect(run.dotenv).toEqual({
      MAINT_CHECKLIST_ISSUE_URL: issue?.web_url,
      MAINT_CHECKLIST_CREATED: 'true',
      MAINT_CHECKLIST_STATUS: 'passed',
    });
    expect(run.stdout + run.stderr + (await writtenFiles(workspace))).not.toContain(TOKEN);
  }, 60_000);

  it('in a terminal without a token: prints the checklist and opens nothing', async () => {
    const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
    const run = await new Promise<{ exitCode: number | null; out: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'checklist', '--cadence', 'monthly'], {
        cwd: workspace,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
      });
      child.stderr.on('data', (d: Buffer) => {
        out += d.toString();
      });
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ exitCode, out }));
    });

    expect(run.exitCode, run.out).toBe(0);
    expect(run.out).toContain('- [ ] Check the invoices of the vision API, then its usage report.');
    expect(run.out).toContain('No checklist issue: there is no repository host or token here (set `token`).');
  }, 60_000);
});

describe('postmortem of a failed deploy (kind: postmortem)', () => {
  const SHA = '0123456789abcdef0123456789abcdef01234567';
  const facts = {
    kind: 'postmortem',
    'deployed-image': 'ghcr.io/acme/backend:1.4.2',
    'backup-id': 'production/20261207T031500Z-0123456',
    'failed-checks': 'book a slot',
    rollback: 'redeployed ghcr.io/acme/backend:1.4.1',
    token: TOKEN,
  };
  const timeline = [
    `| Commit deployed | \`${SHA}\` on \`main\` |`,
    '| Image deployed | `ghcr.io/acme/backend:1.4.2` |',
    '| Backup taken before the deploy | `production/20261207T031500Z-0123456` |',
    '| Failing checks | `book a slot` |',
    '| Rollback | redeployed ghcr.io/acme/backend:1.4.1 |',
  ].join('\n');

  it('opens the postmortem issue on GitHub once, with the timeline of the run', async () => {
    const env = { GITHUB_API_URL: hosts.github.baseUrl, GITHUB_SHA: SHA, GITHUB_REF_NAME: 'main' };
    const first = await runBundle('checklist', { workspace, env, inputs: facts });

    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toEqual({
      'issue-url': 'https://github.com/acme/backend/issues/1',
      created: 'true',
      status: 'passed',
    });
    const [issue] = hosts.github.issues;
    expect(issue?.title).toMatch(/^Postmortem: production deploy of 0123456789ab failed on \d{4}-\d\d-\d\d$/);
    expect(issue?.labels.map((l) => l.name)).toEqual(['postmortem']);
    expect(issue?.body).toContain(timeline);

    const again = await runBundle('checklist', { workspace, env, inputs: facts });
    expect(again.outputs.created).toBe('false');
    expect(hosts.github.issues).toHaveLength(1);
  }, 60_000);

  it('opens it through the GitLab API from a job, with the dotenv outputs', async () => {
    const run = await runGitlabCliJob('checklist', { workspace, apiUrl: hosts.gitlab.apiUrl, inputs: facts });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const [issue] = hosts.gitlab.issues;
    expect(issue?.labels).toEqual(['postmortem']);
    expect(issue?.description).toContain(timeline);
    expect(issue?.description).toContain('| Run | https://gitlab.example.com/acme/backend/-/jobs/42 |');
    expect(run.dotenv).toEqual({
      MAINT_CHECKLIST_ISSUE_URL: issue?.web_url,
      MAINT_CHECKLIST_CREATED: 'true',
      MAINT_CHECKLIST_STATUS: 'passed',
    });
    expect(run.stdout + run.stderr + (await writtenFiles(workspace))).not.toContain(TOKEN);
  }, 60_000);
});
