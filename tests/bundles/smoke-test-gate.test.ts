/**
 * The smoke-test-gate bundle, spawned with `node dist/smoke-test-gate/index.js` exactly as the
 * GitHub runner does it, against a local service that wants a bearer token and reports its commit.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBundle } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, type Server, serve, type Temp, tempDir } from '../../actions/smoke-test-gate/src/test-support';

const SHA = '5eed5eed1234567890abcdef1234567890abcdef';
const TOKEN = 'bundle-token-6b2e9d';

let temp: Temp;
let server: Server;

beforeEach(async () => {
  temp = await tempDir('smoke-bundle-');
  server = await serve((req, res) => {
    if (req.url === '/healthz') json(res, 200, { status: 'ok', commit: SHA });
    else if (req.headers.authorization !== `Bearer ${TOKEN}`) json(res, 401, { detail: 'no token' });
    else json(res, 200, [{ slug: 'kyc-basic' }]);
  });
  await writeFile(
    path.join(temp.dir, 'smoke.yml'),
    'checks:\n  - name: list\n    path: /api/list/\n    expect:\n      json: {/0/slug: kyc-basic}\n',
  );
});
afterEach(async () => {
  await server.close();
  await temp.cleanup();
});

describe('smoke-test-gate bundle under the GitHub runner protocol', () => {
  it('passes on the expected commit, with outputs, a summary and smoke-result.json, the token masked', async () => {
    const run = await runBundle('smoke-test-gate', {
      workspace: temp.dir,
      inputs: {
        'base-url': server.url,
        'expect-version': SHA.slice(0, 7),
        'version-pointer': '/commit',
        'auth-header': `Authorization: Bearer ${TOKEN}`,
      },
      env: { GITHUB_SHA: SHA },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const reportDir = path.join(temp.dir, '.maint-actions', 'reports', 'smoke-test-gate');
    expect(run.outputs).toMatchObject({
      passed: 'true',
      'failed-checks': '',
      report: path.join(reportDir, 'report.json'),
    });
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThan(0);
    expect(run.summary).toContain('Smoke test gate');
    expect(run.summary).toContain('### Latency');
    const result = JSON.parse(await readFile(path.join(reportDir, 'smoke-result.json'), 'utf8'));
    expect(result).toMatchObject({ sha: SHA, verdict: 'passed', servedVersion: SHA });
    expect(run.stdout).toContain(`::add-mask::Authorization: Bearer ${TOKEN}`);
    const files = await Promise.all(
      ['report.json', 'summary.md', 'smoke-result.json'].map((f) =>
        readFile(path.join(reportDir, f), 'utf8'),
      ),
    );
    for (const text of [run.summary, JSON.stringify(run.outputs), ...files])
      expect(text).not.toContain(TOKEN);
  });

  it('stops with one line naming the input on a base-url that is no URL', async () => {
    const run = await runBundle('smoke-test-gate', {
      workspace: temp.dir,
      inputs: { 'base-url': 'staging' },
    });

    expect(run.exitCode).toBe(2);
    expect(run.commands.find((c) => c.command === 'error')?.message).toBe(
      'Input "base-url" must be an http:// or https:// URL (got "staging").',
    );
  });
});
