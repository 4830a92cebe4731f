import { describe, expect, it } from 'vitest';
import { planAnnotations, selectAnnotations } from './annotations';
import { hugeReport, realisticReport } from './report.fixture';

describe('selectAnnotations', () => {
  it('puts failures first, downgrades errors of non-blocking checks, and titles each', () => {
    const annotations = selectAnnotations(realisticReport());
    expect(annotations.map((a) => [a.severity, a.title, a.file, a.line])).toEqual([
      ['error', 'pytest: test_create_order', 'tests/test_orders.py', 42],
      ['warning', 'flake8: E501', 'app/views.py', 10],
      ['warning', 'flake8: W605', 'app/weird | name.py', 3],
      ['warning', 'manage.py check: security.W004', undefined, undefined],
      ['notice', 'import-linter', undefined, undefined],
    ]);
    expect(annotations[1]).toEqual({
      severity: 'warning',
      message: 'line too long (120 > 79 characters)',
      file: 'app/views.py',
      line: 10,
      column: 80,
      rule: 'E501',
      title: 'flake8: E501',
    });
  });

  it('keeps a title the finding already has', () => {
    const report = realisticReport();
    const check = {
      ...report.checks[0]!,
      findings: [{ severity: 'notice' as const, message: 'm', title: 'Own title' }],
    };
    expect(selectAnnotations({ ...report, checks: [check] })[0]?.title).toBe('Own title');
  });
});

describe('planAnnotations', () => {
  it('caps each severity at 10 by default and counts what it dropped', () => {
    const plan = planAnnotations(hugeReport(1000));
    const by = (s: string) => plan.annotations.filter((a) => a.severity === s).length;
    expect([by('error'), by('warning'), by('notice')]).toEqual([1, 10, 1]);
    // The blocking pytest failure is the first error; ruff (warn mode) only fills warnings.
    expect(plan.annotations[0]?.file).toBe('tests/test_orders.py');
    expect(plan.dropped).toEqual({ error: 0, warning: 1003 - 10, notice: 0 });
    expect(plan.droppedTotal).toBe(993);
  });

  it('caps errors of blocking checks, keeping the first ones in report order', () => {
    const report = hugeReport(1000);
    const enforced = { ...report.checks[0]!, mode: 'enforce' as const };
    const plan = planAnnotations({ ...report, checks: [enforced, ...report.checks.slice(1)] });
    const errors = plan.annotations.filter((a) => a.severity === 'error');
    expect(errors.map((a) => a.file)).toEqual(
      [1, 2, 4, 5, 7, 8, 10, 11, 13, 14].map((i) => `app/module_${i}.py`),
    );
    expect(plan.dropped.error).toBe(1 + 666 - 10);
  });

  it('honours another cap, Infinity included', () => {
    const report = hugeReport(1000);
    expect(planAnnotations(report, { maxPerSeverity: 0 }).annotations).toEqual([]);
    expect(planAnnotations(report, { maxPerSeverity: 0 }).droppedTotal).toBe(1005);
    expect(planAnnotations(report, { maxPerSeverity: Number.POSITIVE_INFINITY }).annotations).toHaveLength(
      1005,
    );
    expect(() => planAnnotations(report, { maxPerSeverity: -1 })).toThrow(
      'maxPerSeverity must be 0 or more, got -1',
    );
  });
});
