/**
 * checklist under @github/local-action (tests/local-action/local-action.ts): opens this month's
 * maintenance issue with the built-in and the team's items on a loopback server shaped like
 * GitHub's API (through the tool's @actions/github stub), then finds it open on the next run.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { periodOf } from '../../actions/checklist/src/checklist';
import { useHostServers } from '../host/servers';
import { runLocalAction } from './local-action';

const TOKEN = 'ghs_localChecklistToken012345';
const hosts = useHostServers(TOKEN);
const MONTH = periodOf('monthly', new Date());
let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'checklist-local-'));
  await writeFile(
    path.join(workspace, '.maint-actions.yml'),
    'checklists:\n  monthly:\n    - Check the invoices of the vision API, then its usage report.\n',
  );
  return () => rm(workspace, { recursive: true, force: true });
});

describe('checklist under @github/local-action', () => {
  it('opens this month’s issue once, with the team’s items from .maint-actions.yml', async () => {
    const env = { GITHUB_API_URL: hosts.github.baseUrl };
    const inputs = { cadence: 'monthly', items: 'Read the clean-up dry-run report', token: TOKEN };
    const first = await runLocalAction('checklist', { workspace, env, inputs });

    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toEqual({
      'issue-url': 'https://github.com/acme/backend/issues/1',
      created: 'true',
      status: 'passed',
    });
    const [issue] = hosts.github.issues;
    expect(issue?.title).toBe(`Monthly maintenance checklist ${MONTH}`);
    expect(issue?.body).toContain(
      '- [ ] Check the invoices of the vision API, then its usage report.\n- [ ] Read the clean-up dry-run report',
    );

    const again = await runLocalAction('checklist', { workspace, env, inputs });

    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(again.outputs).toMatchObject({ created: 'false', status: 'passed' });
    expect(hosts.github.issues).toHaveLength(1);
    expect(again.summary).toContain(
      `_The ${MONTH} checklist is open already: https://github.com/acme/backend/issues/1._`,
    );
    expect(first.stdout + first.summary + again.stdout + again.summary).not.toContain(TOKEN);
  }, 120_000);
});
