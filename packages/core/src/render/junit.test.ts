import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderJUnit } from './junit';
import { HOSTILE, hugeReport, realisticReport } from './report.fixture';

interface Attrs {
  [key: string]: unknown;
}
interface Case extends Attrs {
  failure?: Attrs & { '#text'?: string };
  error?: Attrs & { '#text'?: string };
  skipped?: Attrs;
  'system-out'?: string;
}
interface Suite extends Attrs {
  properties: { property: Attrs[] };
  testcase: Case[];
}

function parse(xml: string): { testsuites: Attrs & { testsuite: Suite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(xml);
}

describe('renderJUnit', () => {
  const xml = renderJUnit(realisticReport());
  const doc = parse(xml);
  const suites = doc.testsuites.testsuite;
  const suite = (id: string): Suite => suites.find((s) => s.id === id)!;

  it('is well-formed XML with one suite per check and totals that add up', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="Quality gates"')).toBe(
      true,
    );
    expect(suites.map((s) => s.id)).toEqual(['openapi', 'django-check', 'flake8', 'pytest', 'import-linter']);
    expect(doc.testsuites).toMatchObject({
      tests: '8',
      failures: '1',
      errors: '0',
      skipped: '2',
      time: '8.000',
    });
    expect(suite('pytest')).toMatchObject({
      name: 'pytest',
      tests: '4',
      failures: '1',
      skipped: '1',
      time: '4.210',
    });
    expect(suite('pytest').properties.property).toEqual([
      { name: 'mode', value: 'enforce' },
      { name: 'status', value: 'failed' },
      { name: 'summary', value: '2 passed, 1 failed, 1 skipped' },
    ]);
  });

  it('emits the test cases of a check that ran tests, with failure and skip messages', () => {
    const cases = suite('pytest').testcase;
    expect(cases.map((c) => c.name)).toEqual([
      'test_list_orders',
      'test_create_order',
      'test_health',
      'test_s3_upload',
    ]);
    expect(cases[1]).toMatchObject({
      classname: 'tests.test_orders',
      file: 'tests/test_orders.py',
      line: '42',
      time: '0.340',
      failure: {
        message: 'AssertionError: assert 404 == 200',
        type: 'failure',
        '#text':
          'def test_create_order(client):\n>       assert response.status_code == 200\nE       assert 404 == 200',
      },
    });
    expect(cases[3]?.skipped).toEqual({ message: 'no S3 endpoint' });
    expect(cases[0]?.failure).toBeUndefined();
  });

  it('emits one case per gate without tests: passed with its findings, skipped with its reason', () => {
    expect(suite('django-check').testcase).toMatchObject([
      {
        name: 'manage.py check',
        classname: 'quality-gates.django-check',
        time: '0.900',
        'system-out':
          'warning — security.W004 — You have not set a value for the SECURE_HSTS_SECONDS setting. If your entire site is served only over SSL, you may want to consider setting a value.',
      },
    ]);
    expect(suite('import-linter').testcase[0]?.skipped).toEqual({
      message: 'no .importlinter or [tool.importlinter] config found',
    });
  });

  it('never fails a reporter for a warn-mode check, and keeps the text XML can hold', () => {
    const [flake8] = suite('flake8').testcase;
    expect(flake8?.failure).toBeUndefined();
    expect(suite('flake8')).toMatchObject({ failures: '0', errors: '0' });
    expect(flake8?.['system-out']).toBe(
      [
        'warn mode, does not fail the gate: failed: 2 problems',
        'error — app/views.py:10 — E501 — line too long (120 > 79 characters)',
        'error — app/weird | name.py:3 — W605 — bad <script>alert(1)</script> | a & b red Ünïcödé 日本語 😀',
        'app/views.py:10:80: E501 line too long (120 > 79 characters)',
        '',
      ].join('\n'),
    );
    expect(xml).toContain('bad &lt;script&gt;alert(1)&lt;/script&gt; | a &amp; b red');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(HOSTILE).toContain('\u0007');
  });

  it('fails an enforced gate with its findings, and adds the gate when no test case failed', () => {
    const report = realisticReport();
    const pytest = report.checks.find((c) => c.id === 'pytest')!;
    const collection = {
      ...pytest,
      status: 'error' as const,
      summary: 'collection error: "tests/conftest.py"\nImportError',
      tests: pytest.tests?.filter((t) => t.status === 'passed'),
    };
    const lint = { ...report.checks.find((c) => c.id === 'flake8')!, mode: 'enforce' as const };
    const parsed = parse(renderJUnit({ ...report, checks: [collection, lint] })).testsuites.testsuite;
    expect(parsed[0]?.testcase.map((c) => c.name)).toEqual(['test_list_orders', 'test_health', 'pytest']);
    expect(parsed[0]?.testcase[2]?.error).toMatchObject({
      message: 'collection error: "tests/conftest.py"\nImportError',
    });
    expect(parsed[0]).toMatchObject({ tests: '3', errors: '1', failures: '0' });
    expect(parsed[1]?.testcase[0]?.failure).toEqual({
      message: '2 problems',
      type: 'failure',
      '#text': [
        'error — app/views.py:10 — E501 — line too long (120 > 79 characters)',
        'error — app/weird | name.py:3 — W605 — bad <script>alert(1)</script> | a & b red Ünïcödé 日本語 😀',
      ].join('\n'),
    });
  });

  it('strips lone surrogates and other characters XML 1.0 forbids', () => {
    const report = realisticReport();
    const check = { ...report.checks[1]!, summary: 'a\uD800b\uFFFEc\u0000d\uDE00e 😀' };
    const parsed = parse(renderJUnit({ ...report, checks: [check] }));
    expect(parsed.testsuites.testsuite[0]?.properties.property[2]).toEqual({
      name: 'summary',
      value: 'abcde 😀',
    });
  });

  it('lists every finding of a big check', () => {
    const parsed = parse(renderJUnit(hugeReport(5_000)));
    const out = parsed.testsuites.testsuite[0]?.testcase[0]?.['system-out'] ?? '';
    expect(out).toMatch(
      /^warn mode, does not fail the gate: failed: 5000 problems\nwarning — app\/module_0.py:1 — F821 — /,
    );
    expect(out.split('\n').filter((l) => l.includes('F821'))).toHaveLength(5_000);
  });
});
