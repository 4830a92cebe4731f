/**
 * smoke-test-gate under @github/local-action (tests/local-action/local-action.ts), against the
 * example Django service itself (runserver on loopback, a migrated and seeded SQLite database)
 * with the service's own smoke.yml and schema.yml.
 */
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { exampleServiceDir } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DjangoService,
  startDjango,
  type Temp,
  tempDir,
} from '../../actions/smoke-test-gate/src/test-support';
import { runLocalAction } from './local-action';

const SHA = 'c0ffee1234567890abcdef1234567890abcdef12';
const TOKEN = 'local-action-smoke-token-5f3a';
let temp: Temp;
let service: DjangoService | undefined;

beforeEach(async () => {
  temp = await tempDir('smoke-local-');
  await copyFile(path.join(exampleServiceDir, 'smoke.yml'), path.join(temp.dir, 'smoke.yml'));
  await copyFile(path.join(exampleServiceDir, 'schema.yml'), path.join(temp.dir, 'schema.yml'));
});
afterEach(async () => {
  await service?.stop();
  service = undefined;
  await temp.cleanup();
});

describe('smoke-test-gate under @github/local-action', () => {
  it('waits for the version, runs smoke.yml and the OpenAPI checks against the example service', async () => {
    service = await startDjango({ version: '1.4.2', sha: SHA, token: TOKEN });
    const run = await runLocalAction('smoke-test-gate', {
      workspace: temp.dir,
      inputs: {
        'base-url': service.url,
        'auth-header': `Authorization: Bearer ${TOKEN}`,
        'expect-version': SHA.slice(0, 12),
        'version-pointer': '/commit',
        'ready-timeout': '30',
        openapi: 'schema.yml',
        samples: '3',
      },
      env: { GITHUB_SHA: SHA },
    });

    expect(run.exitCode, `${run.stdout}\n${run.stderr}\n${service.output()}`).toBe(0);
    const reportDir = path.join(temp.dir, '.maint-actions', 'reports', 'smoke-test-gate');
    expect(run.outputs).toMatchObject({
      status: 'passed',
      passed: 'true',
      'failed-checks': '',
      report: path.join(reportDir, 'report.json'),
    });
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThan(0);
    const result = JSON.parse(await readFile(path.join(reportDir, 'smoke-result.json'), 'utf8'));
    expect(result).toMatchObject({
      sha: SHA,
      verdict: 'passed',
      servedVersion: SHA,
      failedChecks: [],
      checks: 6,
    });
    expect(run.summary).toContain('### Latency');
    expect(run.summary).toMatch(/\| questionnaires are listed \| passed \| 3 \| [\d.]+ ms \|/);
    expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
  });

  it('fails with the served version when the service runs another commit', async () => {
    service = await startDjango({
      version: '1.4.1',
      sha: 'aaaa1111bbbb2222cccc3333dddd4444eeee5555',
      token: TOKEN,
    });
    await service.serving();
    const run = await runLocalAction('smoke-test-gate', {
      workspace: temp.dir,
      inputs: {
        'base-url': service.url,
        'auth-header': `Authorization: Bearer ${TOKEN}`,
        'expect-version': SHA.slice(0, 12),
        'version-pointer': '/commit',
        'ready-timeout': '2',
      },
      env: { GITHUB_SHA: SHA },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failed', passed: 'false', 'p95-ms': '' });
    expect(run.summary).toContain('aaaa1111bbbb');
    expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
  });
});
