/**
 * The smoke-test-gate component (templates/smoke-test-gate.yml) under gitlab-ci-local against a
 * loopback service that wants a bearer token and reports its commit.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, type Server, serve, type Temp, tempDir } from '../../actions/smoke-test-gate/src/test-support';
import { runComponentJob } from './component-job';

const SHA = '5eed5eed1234567890abcdef1234567890abcdef';
const TOKEN = 'gitlab-smoke-token-3c1f';
let temp: Temp;
let server: Server;

beforeAll(async () => {
  temp = await tempDir('maint-gitlab-smoke-');
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

afterAll(async () => {
  await server?.close();
  await temp?.cleanup();
});

describe('smoke-test-gate component under gitlab-ci-local', () => {
  it('passes the expected commit, with MAINT_SMOKE_TEST_GATE_* outputs and the reports, the token kept out', async () => {
    const run = await runComponentJob('smoke-test-gate', {
      project: temp.dir,
      inputs: {
        'base-url': server.url,
        'expect-version': SHA.slice(0, 7),
        'version-pointer': '/commit',
        'auth-header': '$SMOKE_AUTH_HEADER',
      },
      variables: { SMOKE_AUTH_HEADER: `Authorization: Bearer ${TOKEN}` },
    });

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(new RegExp(`PASS +${run.job}`));
    expect(run.dotenv).toMatchObject({
      MAINT_SMOKE_TEST_GATE_PASSED: 'true',
      MAINT_SMOKE_TEST_GATE_FAILED_CHECKS: '',
    });
    expect(Number(run.dotenv.MAINT_SMOKE_TEST_GATE_P95_MS)).toBeGreaterThan(0);
    const report = await run.artifact('.maint-actions/reports/smoke-test-gate/report.json');
    const result = await run.artifact('.maint-actions/reports/smoke-test-gate/smoke-result.json');
    expect(JSON.parse(result)).toMatchObject({ verdict: 'passed', servedVersion: SHA });
    for (const text of [run.log, report, result, JSON.stringify(run.dotenv)])
      expect(text).not.toContain(TOKEN);
  }, 180_000);
});
