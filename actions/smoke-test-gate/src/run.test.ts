import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { exampleServiceDir } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DjangoService, runGate, startDjango, type Temp, tempDir } from './test-support';

const SHA = 'c0ffee1234567890abcdef1234567890abcdef12';
const OLD_SHA = 'aaaa1111bbbb2222cccc3333dddd4444eeee5555';
const TOKEN = 'smoke-secret-token-7d1e';

let temp: Temp;
let service: DjangoService | undefined;

beforeEach(async () => {
  temp = await tempDir('smoke-run-');
  await copyFile(path.join(exampleServiceDir, 'smoke.yml'), path.join(temp.dir, 'smoke.yml'));
  await copyFile(path.join(exampleServiceDir, 'schema.yml'), path.join(temp.dir, 'schema.yml'));
});
afterEach(async () => {
  await service?.stop();
  service = undefined;
  await temp.cleanup();
});

const gateInputs = (url: string, more: Record<string, string> = {}): Record<string, string> => ({
  'base-url': url,
  'auth-header': `Authorization: Bearer ${TOKEN}`,
  'expect-version': SHA.slice(0, 12),
  'version-pointer': '/commit',
  'ready-timeout': '30',
  ...more,
});

describe('smoke-test-gate against the example Django service', () => {
  it('waits for the new version, runs smoke.yml and the OpenAPI checks, and records the pass for the SHA', async () => {
    // Started without waiting: the gate's readiness wait covers the start-up.
    service = await startDjango({ version: '1.4.2', sha: SHA, token: TOKEN });
    const run = await runGate(temp.dir, gateInputs(service.url, { openapi: 'schema.yml', samples: '3' }), {
      sha: SHA,
    });

    expect(
      run.exitCode,
      `${run.platform.logText}\n${run.platform.summaries.join('\n')}\n${service.output()}`,
    ).toBe(0);
    expect(run.platform.outputs.get('passed')).toBe('true');
    expect(run.platform.outputs.get('failed-checks')).toBe('');
    expect(Number(run.platform.outputs.get('p95-ms'))).toBeGreaterThan(0);
    expect(run.platform.outputs.get('report')).toBe(path.join(run.reportDir, 'report.json'));

    const report = JSON.parse(run.files['report.json'] as string);
    expect(report.checks.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([
      ['Ready: /healthz', 'passed'],
      ['health', 'passed'],
      ['questionnaires are listed', 'passed'],
      ['demo questionnaire has its steps', 'passed'],
      ['anonymous requests are refused', 'passed'],
      ['GET /api/questionnaires/', 'passed'],
      ['GET /api/usage/', 'passed'],
    ]);
    expect(report.checks[2].counts).toMatchObject({ samples: 3 });
    const result = JSON.parse(run.files['smoke-result.json'] as string);
    expect(result).toMatchObject({
      sha: SHA,
      verdict: 'passed',
      servedVersion: SHA,
      failedChecks: [],
      checks: 6,
    });

    const summary = run.platform.summaries.join('\n');
    expect(summary).toContain('### Latency');
    expect(summary).toMatch(/\| questionnaires are listed \| passed \| 3 \| [\d.]+ ms \|/);
    expect(summary).toContain('p95 limit 500 ms not judged: 3 samples (p95 needs 50)');
    expect(run.platform.secrets).toContain(TOKEN);
    const everything = [
      run.platform.logText,
      summary,
      ...Object.values(run.files),
      JSON.stringify([...run.platform.outputs]),
    ];
    for (const text of everything) expect(text).not.toContain(TOKEN);
  });

  it('never passes a healthy old version: it polls until ready-timeout and says which version it saw', async () => {
    service = await startDjango({ version: '1.4.1', sha: OLD_SHA, token: TOKEN });
    await service.serving();
    // Long enough for a loaded CI machine's dev server to answer some polls before the deadline.
    const run = await runGate(temp.dir, gateInputs(service.url, { 'ready-timeout': '8' }), { sha: SHA });

    expect(run.exitCode).toBe(1);
    const error = run.platform.lines.find((l) => l.level === 'error')?.message ?? '';
    expect(error).toMatch(
      new RegExp(
        `^not ready: /healthz still reports version "${OLD_SHA}", not "${SHA.slice(0, 12)}", after [\\d.]+ s and \\d+ attempts \\(deadline ready-timeout \\(8 s\\)\\): the new version is not serving$`,
      ),
    );
    expect(run.platform.outputs.get('passed')).toBe('false');
    expect(run.platform.outputs.get('failed-checks')).toBe('ready');
    const result = JSON.parse(run.files['smoke-result.json'] as string);
    expect(result).toMatchObject({ sha: SHA, verdict: 'failed', servedVersion: OLD_SHA, p95Ms: null });
    const report = JSON.parse(run.files['report.json'] as string);
    expect(report.checks.slice(1).every((c: { status: string }) => c.status === 'skipped')).toBe(true);
    expect(report.durationMs).toBeGreaterThanOrEqual(7_900);
  });
});
