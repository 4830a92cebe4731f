import { describe, expect, it } from 'vitest';
import { renderCodeQuality } from './codequality';
import { hugeReport, realisticReport } from './report.fixture';

describe('renderCodeQuality', () => {
  const issues = renderCodeQuality(realisticReport());

  it('reports every finding with the fields GitLab requires', () => {
    expect(issues).toHaveLength(5);
    expect(issues[0]).toEqual({
      description:
        'security.W004: You have not set a value for the SECURE_HSTS_SECONDS setting. If your entire site is served only over SSL, you may want to consider setting a value.',
      check_name: 'django-check/security.W004',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'minor',
      location: { path: '.maint-actions.yml', lines: { begin: 1 } },
    });
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['django-check/security.W004', 'minor', '.maint-actions.yml', 1],
      ['flake8/E501', 'minor', 'app/views.py', 10],
      ['flake8/W605', 'minor', 'app/weird | name.py', 3],
      ['pytest/test_create_order', 'critical', 'tests/test_orders.py', 42],
      ['import-linter', 'info', '.maint-actions.yml', 1],
    ]);
  });

  it("shows an enforced gate's findings as errors and a warn-mode gate's as warnings", () => {
    const report = realisticReport();
    const lint = report.checks.find((c) => c.id === 'flake8')!;
    const enforced = { ...report, checks: [{ ...lint, mode: 'enforce' as const }] };
    expect(renderCodeQuality(enforced).map((i) => i.severity)).toEqual(['critical', 'critical']);
    const warned = { ...report, checks: [{ ...lint, mode: 'warn' as const }] };
    expect(renderCodeQuality(warned).map((i) => i.severity)).toEqual(['minor', 'minor']);
  });

  it('keeps descriptions on one line without control characters', () => {
    expect(issues[2]?.description).toBe('W605: bad <script>alert(1)</script> | a & b red Ünïcödé 日本語 😀');
  });

  it("puts findings without a file on the check's own file, else the given fallback", () => {
    const placed = renderCodeQuality(realisticReport(), {
      checkFiles: { 'django-check': 'backend/manage.py' },
      fallbackPath: 'backend/pyproject.toml',
    });
    expect(placed[0]?.location).toEqual({ path: 'backend/manage.py', lines: { begin: 1 } });
    expect(placed[4]?.location).toEqual({ path: 'backend/pyproject.toml', lines: { begin: 1 } });
  });

  it('gives stable fingerprints, unique even for identical findings', () => {
    expect(renderCodeQuality(realisticReport()).map((i) => i.fingerprint)).toEqual(
      issues.map((i) => i.fingerprint),
    );
    const report = realisticReport();
    const twice = {
      ...report.checks[2]!,
      findings: [...report.checks[2]!.findings, report.checks[2]!.findings[0]!],
    };
    const fingerprints = renderCodeQuality({ ...report, checks: [twice] }).map((i) => i.fingerprint);
    expect(new Set(fingerprints).size).toBe(3);
    expect(fingerprints[0]).toBe(issues[1]?.fingerprint);
  });

  it('changes the fingerprint when the message, line or check changes', () => {
    const report = realisticReport();
    const lint = report.checks[2]!;
    const first = lint.findings[0]!;
    const variants = [
      { ...first, message: 'other' },
      { ...first, line: 11 },
      { ...first, rule: 'E502' },
      { ...first, file: 'app/other.py' },
    ];
    const moved = renderCodeQuality({
      ...report,
      checks: [
        { ...lint, findings: variants },
        { ...lint, id: 'ruff' },
      ],
    });
    const all = [issues[1]!.fingerprint, ...moved.map((i) => i.fingerprint)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps fingerprints unique over 100k findings', () => {
    const big = renderCodeQuality(hugeReport());
    expect(big).toHaveLength(100_005);
    expect(new Set(big.map((i) => i.fingerprint)).size).toBe(100_005);
  });
});
