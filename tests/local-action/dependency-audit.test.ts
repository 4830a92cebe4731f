/**
 * dependency-audit under @github/local-action (tests/local-action/local-action.ts): a real
 * pip-audit report (pip-audit cannot be installed here) and a `pip list --outdated` report of a
 * project's requirements, severities from a loopback server shaped like OSV's API.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixturesDir } from '@maint-actions/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FIXTURE_RECORDS,
  type OsvServer,
  startOsvServer,
} from '../../actions/dependency-audit/src/test-support/osv-server';
import { runLocalAction } from './local-action';

const TOKEN = 'ghs_local-audit-token-123';
let osv: OsvServer;
let workspace: string;

beforeAll(async () => {
  osv = await startOsvServer({ records: FIXTURE_RECORDS });
});
afterAll(async () => osv.close());

beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'dependency-audit-local-'));
  await copyFile(
    path.join(fixturesDir, 'pip-audit', 'vulnerable.json'),
    path.join(workspace, 'pip-audit.json'),
  );
  await writeFile(
    path.join(workspace, 'outdated.json'),
    JSON.stringify([
      { name: 'requests', version: '2.25.0', latest_version: '2.32.3', latest_filetype: 'wheel' },
    ]),
  );
  await writeFile(path.join(workspace, 'requirements.txt'), 'django==3.2.0\nrequests==2.25.0\n');
  return () => rm(workspace, { recursive: true, force: true });
});

describe('dependency-audit under @github/local-action', () => {
  it('fails on the critical vulnerability, with outputs, annotations, a summary and report files', async () => {
    const run = await runLocalAction('dependency-audit', {
      workspace,
      inputs: {
        'pip-audit-report': 'pip-audit.json',
        'outdated-report': 'outdated.json',
        'osv-url': osv.url,
        token: TOKEN,
      },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({
      status: 'failed',
      vulnerabilities: '3',
      'highest-severity': 'critical',
      outdated: '1',
      report: path.join(workspace, '.maint-actions', 'reports', 'dependency-audit', 'report.json'),
    });
    expect(run.summary).toContain('## Dependency audit: failed');
    expect(run.summary).toContain('| requests | 2.25.0 | 2.32.3 | minor |');
    const annotation = run.commands.find((c) => c.command === 'error' && c.props.file === 'requirements.txt');
    expect(annotation).toMatchObject({ props: { line: '1', title: 'django 3.2.0: GHSA-2gwj-7jmv-h26r' } });
    const report = JSON.parse(await readFile(run.outputs.report as string, 'utf8'));
    expect(report.verdict).toBe('failed');
    expect(run.commands.at(-1)?.message).toBe('Dependency audit failed (see the report above)');
    expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
  });
});
