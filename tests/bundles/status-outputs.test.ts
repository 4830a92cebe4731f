/**
 * Issue 14.10 and 14.15: outputs a workflow can rely on. Every action declares `status`
 * (`passed`, `failed`, `skipped`) and sets every output on every path: the bundles under the
 * GitHub runner protocol (GITHUB_OUTPUT) and the CLI as a GitLab job (the dotenv report), on a
 * pass, a failed verdict, a configuration error and a Windows runner.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot, runBundle, runGitlabCliJob } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { json, type Server, serve, type Temp, tempDir } from '../../actions/smoke-test-gate/src/test-support';

const SMOKE_OUTPUTS = ['passed', 'failed-checks', 'p95-ms', 'report', 'status'];
const WINDOWS =
  'maint-actions runs on Linux and macOS runners only, and this runner is Windows: run this job on Linux (such as `runs-on: ubuntu-latest` on GitHub, or a Linux runner on GitLab).';

let temp: Temp;
let server: Server;

beforeEach(async () => {
  temp = await tempDir('status-outputs-');
  server = await serve((req, res) => {
    if (req.url === '/healthz') json(res, 200, { version: '1.0.0' });
    else if (req.url === '/ok/') json(res, 200, { ok: true });
    else json(res, 500, { detail: 'broken' });
  });
});
afterEach(async () => {
  await server.close();
  await temp.cleanup();
});

const smokeFile = (checkPath: string) =>
  writeFile(path.join(temp.dir, 'smoke.yml'), `checks:\n  - name: api\n    path: ${checkPath}\n`);

describe('every action has a status output', () => {
  it('is declared in every action.yml, with the same description', async () => {
    const actions = ['quality-gates', 'smoke-test-gate', 'checklist', 'tag-release', 'dependency-audit'];
    const descriptions = new Set<string>();
    for (const action of actions) {
      const yml = parseYaml(await readFile(path.join(repoRoot, action, 'action.yml'), 'utf8'));
      expect(Object.keys(yml.outputs), action).toContain('status');
      descriptions.add(yml.outputs.status.description);
    }
    expect(descriptions.size).toBe(1);
  });
});

describe('outputs under the GitHub runner protocol', () => {
  it('pass: status passed and every output set', async () => {
    await smokeFile('/ok/');
    const run = await runBundle('smoke-test-gate', {
      workspace: temp.dir,
      inputs: { 'base-url': server.url },
    });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(Object.keys(run.outputs).sort()).toEqual([...SMOKE_OUTPUTS].sort());
    expect(run.outputs).toMatchObject({ status: 'passed', passed: 'true', 'failed-checks': '' });
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThan(0);
  });

  it('failed verdict: status failed, and p95-ms is there, empty, when no sample was measured', async () => {
    await smokeFile('/broken/');
    const run = await runBundle('smoke-test-gate', {
      workspace: temp.dir,
      inputs: { 'base-url': server.url },
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({
      passed: 'false',
      'failed-checks': 'api',
      'p95-ms': '',
      report: path.join(temp.dir, '.maint-actions', 'reports', 'smoke-test-gate', 'report.json'),
      status: 'failed',
    });
  });

  it('configuration error: status failed, every other output empty', async () => {
    await smokeFile('/ok/');
    const run = await runBundle('smoke-test-gate', {
      workspace: temp.dir,
      inputs: { 'base-url': 'staging' },
    });

    expect(run.exitCode).toBe(2);
    expect(run.outputs).toEqual({
      passed: '',
      'failed-checks': '',
      'p95-ms': '',
      report: '',
      status: 'failed',
    });
  });

  it('nothing to do: status skipped (a weekly checklist without items)', async () => {
    const run = await runBundle('checklist', { workspace: temp.dir, inputs: { cadence: 'weekly' } });

    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toEqual({ 'issue-url': '', created: 'false', status: 'skipped' });
  });

  it('a Windows runner: one line up front, exit 2, status failed, nothing run', async () => {
    await smokeFile('/ok/');
    const run = await runBundle('smoke-test-gate', {
      workspace: temp.dir,
      inputs: { 'base-url': server.url },
      env: { RUNNER_OS: 'Windows' },
    });

    expect(run.exitCode).toBe(2);
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([
      WINDOWS,
      'Smoke test gate: configuration error (see the message above)',
    ]);
    expect(run.outputs.status).toBe('failed');
    expect(server.requests).toEqual([]);
  });
});

describe('outputs as a GitLab job (dotenv report)', () => {
  const job = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runGitlabCliJob('smoke-test-gate', {
      workspace: temp.dir,
      apiUrl: 'http://127.0.0.1:9/api/v4',
      inputs,
      env,
    });

  it('pass and fail: MAINT_SMOKE_TEST_GATE_STATUS, and an empty MAINT_SMOKE_TEST_GATE_P95_MS on a failure', async () => {
    await smokeFile('/ok/');
    const passed = await job({ 'base-url': server.url });
    expect(passed.exitCode, passed.stdout + passed.stderr).toBe(0);
    expect(passed.dotenv).toMatchObject({
      MAINT_SMOKE_TEST_GATE_STATUS: 'passed',
      MAINT_SMOKE_TEST_GATE_PASSED: 'true',
    });

    await smokeFile('/broken/');
    const failed = await job({ 'base-url': server.url });
    expect(failed.exitCode).toBe(1);
    expect(failed.dotenv).toMatchObject({
      MAINT_SMOKE_TEST_GATE_STATUS: 'failed',
      MAINT_SMOKE_TEST_GATE_PASSED: 'false',
      MAINT_SMOKE_TEST_GATE_P95_MS: '',
    });
  });

  it('configuration error: MAINT_SMOKE_TEST_GATE_STATUS=failed and the other keys empty', async () => {
    const run = await job({ 'base-url': 'staging' });

    expect(run.exitCode).toBe(2);
    expect(run.dotenv).toEqual({
      MAINT_SMOKE_TEST_GATE_PASSED: '',
      MAINT_SMOKE_TEST_GATE_FAILED_CHECKS: '',
      MAINT_SMOKE_TEST_GATE_P95_MS: '',
      MAINT_SMOKE_TEST_GATE_REPORT: '',
      MAINT_SMOKE_TEST_GATE_STATUS: 'failed',
    });
  });

  it('a malformed .maint-actions.yml, read before the action: the outputs are set all the same', async () => {
    await writeFile(path.join(temp.dir, '.maint-actions.yml'), 'smoke-test-gate: [unclosed\n');
    const run = await job({ 'base-url': server.url });

    expect(run.exitCode).toBe(2);
    expect(run.dotenv.MAINT_SMOKE_TEST_GATE_STATUS).toBe('failed');
  });
});
