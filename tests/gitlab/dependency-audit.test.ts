/**
 * The dependency-audit component (templates/dependency-audit.yml) under gitlab-ci-local: a
 * pip-audit and a `pip list --outdated` report from earlier steps, severities from a loopback
 * OSV-shaped server, a failing verdict, the dotenv outputs and GitLab's dependency scanning report.
 *
 * The job's before_script installs pip-audit from PyPI when the image lacks it; PyPI cannot be
 * reached here, so the runner host's PATH starts with a `python3` that answers
 * `-m pip_audit --version` and hands everything else to the real interpreter (the reports the job
 * reads are real pip-audit output, tests/fixtures/pip-audit).
 */
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixturesDir } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_RECORDS,
  type OsvServer,
  startOsvServer,
} from '../../actions/dependency-audit/src/test-support/osv-server';
import { runComponentJob } from './component-job';

let osv: OsvServer;
let project: string;
let bin: string;

beforeAll(async () => {
  osv = await startOsvServer({ records: FIXTURE_RECORDS });
  project = await mkdtemp(path.join(os.tmpdir(), 'maint-gitlab-audit-'));
  await copyFile(
    path.join(fixturesDir, 'pip-audit', 'vulnerable.json'),
    path.join(project, 'pip-audit.json'),
  );
  await writeFile(
    path.join(project, 'outdated.json'),
    JSON.stringify([
      { name: 'requests', version: '2.25.0', latest_version: '2.32.3', latest_filetype: 'wheel' },
    ]),
  );
  await writeFile(path.join(project, 'requirements.txt'), 'django==3.2.0\nrequests==2.25.0\n');
  bin = path.join(project, '.bin');
  await mkdir(bin);
  await writeFile(
    path.join(bin, 'python3'),
    '#!/bin/sh\nif [ "$1 $2 $3" = "-m pip_audit --version" ]; then echo "pip-audit 2.9.0"; exit 0; fi\nexec /usr/bin/python3 "$@"\n',
  );
  await chmod(path.join(bin, 'python3'), 0o755);
});

afterAll(async () => {
  await osv?.close();
  await rm(project, { recursive: true, force: true });
});

describe('dependency-audit component under gitlab-ci-local', () => {
  it('fails the job on the critical vulnerability, with MAINT_DEPENDENCY_AUDIT_* outputs and the scanning report', async () => {
    const run = await runComponentJob('dependency-audit', {
      project,
      inputs: {
        'pip-audit-report': 'pip-audit.json',
        'outdated-report': 'outdated.json',
        'osv-url': osv.url,
      },
      env: { PATH: `${bin}:${process.env.PATH}` },
    });

    expect(run.exitCode).not.toBe(0);
    expect(run.log).toMatch(new RegExp(`FAIL +${run.job}`));
    expect(run.log).toContain('Dependency audit failed');
    expect(run.dotenv).toMatchObject({
      MAINT_DEPENDENCY_AUDIT_VULNERABILITIES: '3',
      MAINT_DEPENDENCY_AUDIT_HIGHEST_SEVERITY: 'critical',
      MAINT_DEPENDENCY_AUDIT_OUTDATED: '1',
    });
    const scanning = JSON.parse(
      await run.artifact('.maint-actions/reports/dependency-audit/gl-dependency-scanning-report.json'),
    );
    expect(scanning.vulnerabilities).toHaveLength(3);
    expect(await run.artifact('.maint-actions/reports/dependency-audit/report.json')).toContain(
      'GHSA-2gwj-7jmv-h26r',
    );
  }, 180_000);
});
