/** Reports for the renderer tests: a realistic quality-gates run, and a huge one. */
import type { Check, Finding, Report } from '../report';
import { verdictOf } from '../report';

export const HOSTILE = 'bad <script>alert(1)</script> | a & b \u0007\u001b[31mred\u001b[0m Ünïcödé 日本語 😀';

const pytest: Check = {
  id: 'pytest',
  name: 'pytest',
  mode: 'enforce',
  status: 'failed',
  durationMs: 4210,
  summary: '2 passed, 1 failed, 1 skipped',
  counts: { tests: 4, failures: 1, skipped: 1, passed: 2 },
  command: ['/usr/bin/python3', '-m', 'pytest', '--junitxml=-'],
  findings: [
    {
      severity: 'error',
      message: 'AssertionError: assert 404 == 200',
      file: 'tests/test_orders.py',
      line: 42,
      rule: 'test_create_order',
    },
  ],
  tests: [
    {
      name: 'test_list_orders',
      classname: 'tests.test_orders',
      file: 'tests/test_orders.py',
      line: 10,
      timeMs: 120,
      status: 'passed',
    },
    {
      name: 'test_create_order',
      classname: 'tests.test_orders',
      file: 'tests/test_orders.py',
      line: 42,
      timeMs: 340,
      status: 'failed',
      message: 'AssertionError: assert 404 == 200',
      details:
        'def test_create_order(client):\n>       assert response.status_code == 200\nE       assert 404 == 200',
    },
    { name: 'test_health', classname: 'tests.test_health', timeMs: 5, status: 'passed' },
    {
      name: 'test_s3_upload',
      classname: 'tests.test_media',
      timeMs: 0,
      status: 'skipped',
      message: 'no S3 endpoint',
    },
  ],
  outputTail:
    '\u001b[31mFAILED\u001b[0m tests/test_orders.py::test_create_order - AssertionError: assert 404 == 200\r\n=== 1 failed, 2 passed, 1 skipped in 4.21s ===\n',
};

const djangoCheck: Check = {
  id: 'django-check',
  name: 'manage.py check',
  mode: 'enforce',
  status: 'passed',
  durationMs: 900,
  summary: 'System check identified 1 issue (0 silenced).',
  findings: [
    {
      severity: 'warning',
      rule: 'security.W004',
      message:
        'You have not set a value for the SECURE_HSTS_SECONDS setting. If your entire site is served only over SSL, you may want to consider setting a value.',
    },
  ],
};

const lint: Check = {
  id: 'flake8',
  name: 'flake8',
  mode: 'warn',
  status: 'failed',
  durationMs: 650,
  summary: '2 problems',
  findings: [
    {
      severity: 'error',
      message: 'line too long (120 > 79 characters)',
      file: 'app/views.py',
      line: 10,
      column: 80,
      rule: 'E501',
    },
    { severity: 'error', message: HOSTILE, file: 'app/weird | name.py', line: 3, rule: 'W605' },
  ],
  outputTail: 'app/views.py:10:80: E501 line too long (120 > 79 characters)\n',
};

const importLinter: Check = {
  id: 'import-linter',
  name: 'import-linter',
  mode: 'enforce',
  status: 'skipped',
  durationMs: 0,
  summary: 'no .importlinter or [tool.importlinter] config found',
  findings: [{ severity: 'notice', message: 'import-linter skipped: no contracts configured' }],
};

const openapi: Check = {
  id: 'openapi',
  name: 'OpenAPI schema',
  mode: 'enforce',
  status: 'passed',
  durationMs: 1800,
  summary: 'schema.yml is up to date',
  findings: [],
};

function report(checks: Check[]): Report {
  return {
    action: 'quality-gates',
    title: 'Quality gates',
    verdict: verdictOf(checks),
    startedAt: '2025-03-04T10:00:00.000Z',
    durationMs: 8000,
    checks,
    meta: { python: '3.11.2', 'working-directory': 'backend' },
  };
}

/** A failed run: pytest fails, django check warns, flake8 (warn mode) fails, import-linter skipped. */
export function realisticReport(): Report {
  return report([openapi, djangoCheck, lint, pytest, importLinter]);
}

/** A run of `count` findings in one enforced, failed lint check, plus the realistic checks. */
export function hugeReport(count = 100_000): Report {
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    severity: i % 3 === 0 ? 'warning' : 'error',
    message: `undefined name 'x${i}' — 名前 ${i} <b>|</b>`,
    file: `app/module_${i % 500}.py`,
    line: (i % 900) + 1,
    rule: 'F821',
  }));
  const huge: Check = {
    id: 'ruff',
    name: 'ruff',
    mode: 'warn',
    status: 'failed',
    durationMs: 3000,
    summary: `${count} problems`,
    findings,
    outputTail: 'x'.repeat(200_000),
  };
  return report([huge, openapi, djangoCheck, lint, pytest, importLinter]);
}
