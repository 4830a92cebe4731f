/**
 * The dependency-audit bundle, spawned with `node dist/dependency-audit/index.js` exactly as the
 * GitHub runner does it: a pip-audit report and a `pip list --outdated` report from earlier
 * steps, severities from a local OSV-shaped server, the policy's verdict, outputs and files.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixturesDir, runBundle } from '@maint-actions/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FIXTURE_RECORDS,
  type OsvServer,
  startOsvServer,
} from '../../actions/dependency-audit/src/test-support/osv-server';

let osv: OsvServer;
let workspace: string;

beforeAll(async () => {
  osv = await startOsvServer({ records: FIXTURE_RECORDS });
});
afterAll(async () => osv.close());

beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'dependency-audit-bundle-'));
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

const inputs = (): Record<string, string> => ({
  'pip-audit-report': 'pip-audit.json',
  'outdated-report': 'outdated.json',
  'osv-url': osv.url,
  token: 'ghs_audit-token-123',
});

describe('dependency-audit bundle under the GitHub runner protocol', () => {
  it('fails on the critical vulnerability, with outputs, a summary, annotations and report files', async () => {
    const run = await runBundle('dependency-audit', { workspace, inputs: inputs() });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({
      vulnerabilities: '3',
      'highest-severity': 'critical',
      outdated: '1',
    });
    expect(run.outputs.report).toBe(
      path.join(workspace, '.maint-actions', 'reports', 'dependency-audit', 'report.json'),
    );
    expect(run.summary).toContain('## Dependency audit: failed');
    expect(run.summary).toContain('| requests | 2.25.0 | 2.32.3 | minor |');
    const annotation = run.commands.find((c) => c.command === 'error' && c.props.file === 'requirements.txt');
    expect(annotation).toMatchObject({ props: { line: '1', title: 'django 3.2.0: GHSA-2gwj-7jmv-h26r' } });
    const errors = run.commands.filter((c) => c.command === 'error' && !c.props.file).map((c) => c.message);
    expect(errors[0]).toMatch(
      /^Dependency audit failed: vulnerabilities: 3 vulnerabilities \(1 critical, 1 high, 1 medium\)/,
    );
    expect(errors.at(-1)).toBe('Dependency audit failed (see the report above)');
    const scanning = JSON.parse(
      await readFile(
        path.join(workspace, '.maint-actions/reports/dependency-audit/gl-dependency-scanning-report.json'),
        'utf8',
      ),
    );
    expect(scanning.vulnerabilities).toHaveLength(3);
    // Not a scheduled run: no tracking issue was attempted, and the token never left the mask.
    expect(run.stdout).toContain('::add-mask::ghs_audit-token-123');
    expect(run.summary + JSON.stringify(run.outputs)).not.toContain('ghs_audit-token-123');
  });

  it('stops with one line naming the input when the pip-audit report is missing', async () => {
    const run = await runBundle('dependency-audit', {
      workspace,
      inputs: { ...inputs(), 'pip-audit-report': 'nope.json' },
    });

    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'Input "pip-audit-report": nope.json cannot be read; give the path of the report, relative to the repository root.',
    );
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});
