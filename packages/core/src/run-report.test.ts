import path from 'node:path';
import { FakePlatform } from '@maint-actions/testing';
import { describe, expect, it } from 'vitest';
import type { Check } from './report';
import { finishReport, reportHint, sarifToolOf, startRun } from './run-report';

const SPEC = { name: 'smoke-test-gate', title: 'Smoke test gate' };

function check(id: string, status: Check['status'], mode: Check['mode'] = 'enforce'): Check {
  return { id, name: id, mode, status, durationMs: 1, summary: status, findings: [] };
}

describe('startRun', () => {
  it('puts the report under .maint-actions/reports/<action> of the workspace by default', () => {
    const platform = new FakePlatform({ context: { workspace: '/repo/./app' } });
    const started = startRun(platform, SPEC, undefined);
    expect(started.workspace).toBe('/repo/app');
    expect(started.reportDir).toBe('/repo/app/.maint-actions/reports/smoke-test-gate');
    expect(started.action).toBe('smoke-test-gate');
    expect(started.title).toBe('Smoke test gate');
  });

  it('resolves the report-dir input against the workspace', () => {
    const platform = new FakePlatform({ context: { workspace: '/repo' } });
    expect(startRun(platform, SPEC, 'out/reports').reportDir).toBe('/repo/out/reports');
    expect(startRun(platform, SPEC, '/elsewhere').reportDir).toBe('/elsewhere');
  });
});

describe('finishReport', () => {
  const platform = new FakePlatform({ context: { workspace: '/repo' } });

  it('names the action, judges the checks and times the run from its start', () => {
    const started = { ...startRun(platform, SPEC, undefined), startedAt: new Date(Date.now() - 1500) };
    const report = finishReport(started, { checks: [check('ready', 'passed'), check('home', 'failed')] });
    expect(report.action).toBe('smoke-test-gate');
    expect(report.title).toBe('Smoke test gate');
    expect(report.verdict).toBe('failed');
    expect(report.startedAt).toBe(started.startedAt.toISOString());
    expect(report.durationMs).toBeGreaterThanOrEqual(1500);
    expect(report.durationMs).toBeLessThan(60_000);
    expect('meta' in report).toBe(false);
  });

  it('takes a verdict, a title and meta where the action has its own', () => {
    const started = startRun(platform, SPEC, undefined);
    const report = finishReport(started, {
      checks: [check('home', 'failed', 'warn')],
      verdict: 'failed',
      title: 'Smoke test gate (staging)',
      meta: { 'base-url': 'https://staging.example.com' },
    });
    expect(report.verdict).toBe('failed');
    expect(report.title).toBe('Smoke test gate (staging)');
    expect(report.meta).toEqual({ 'base-url': 'https://staging.example.com' });
    expect(finishReport(started, { checks: [check('home', 'failed', 'warn')] }).verdict).toBe('passed');
  });
});

describe('reportHint and sarifToolOf', () => {
  it('name report.json relative to the workspace, or another file', () => {
    const started = startRun(new FakePlatform({ context: { workspace: '/repo' } }), SPEC, undefined);
    expect(reportHint(started)).toBe('`.maint-actions/reports/smoke-test-gate/report.json`');
    expect(reportHint(started, path.join(started.reportDir, 'plan.json'))).toBe(
      '`.maint-actions/reports/smoke-test-gate/plan.json`',
    );
    expect(sarifToolOf(started)).toEqual({ name: 'maint-actions smoke-test-gate', version: '1' });
  });
});
