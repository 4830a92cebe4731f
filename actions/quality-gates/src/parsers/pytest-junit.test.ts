import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePytestJunit } from './pytest-junit';

/** Real reports of Debian's pytest 7.2 on the project in fixtures/pytest/project (see its tests). */
const PYTEST = fileURLToPath(new URL('../../../../packages/testing/fixtures/pytest/', import.meta.url));
const PROJECT = path.join(PYTEST, 'project');
const read = (name: string): string => readFileSync(path.join(PYTEST, name), 'utf8');
/** The Django project is `project/` inside the repository. */
const where = { workspace: PYTEST, cwd: PROJECT };

const COLLECTION_ERROR = {
  severity: 'error',
  title: 'project/tests/test_broken.py could not be collected',
  message:
    "project/tests/test_broken.py could not be collected: ModuleNotFoundError: No module named 'shop.shipping'",
  rule: 'pytest',
  file: 'project/tests/test_broken.py',
  line: 1,
};

/** Every failure and error of the full run, at the failing line of the test file. */
const ALL_FINDINGS = [
  COLLECTION_ERROR,
  {
    severity: 'error',
    title: 'test_charge failed',
    // The fixture raised in conftest.py: no line of the test file in the traceback, so the test's def.
    message:
      'tests/test_checkout.py::test_charge had an error: failed on setup with "ConnectionError: payment gateway unreachable at 127.0.0.1:9"',
    rule: 'pytest',
    file: 'project/tests/test_checkout.py',
    line: 1,
  },
  {
    severity: 'error',
    title: 'test_rounding failed',
    message:
      'tests/test_pricing.py::TestDiscount::test_rounding failed: AssertionError: discount must keep cents',
    rule: 'pytest',
    file: 'project/tests/test_pricing.py',
    line: 15,
  },
  {
    severity: 'error',
    title: 'test_empty_cart failed',
    message: 'tests/test_pricing.py::test_empty_cart failed: assert 0 == 1',
    rule: 'pytest',
    file: 'project/tests/test_pricing.py',
    line: 20,
  },
  {
    severity: 'error',
    title: 'test_price_from_form failed',
    // Raised in shop/pricing.py:3: the line kept is the last one in the test file.
    message:
      "tests/test_pricing.py::test_price_from_form failed: TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    rule: 'pytest',
    file: 'project/tests/test_pricing.py',
    line: 30,
  },
];

describe('parsePytestJunit', () => {
  it('reads an xunit2 run with failures, errors, a skip and a collection error', () => {
    const result = parsePytestJunit(read('xunit2.xml'), where);

    expect(result.counts).toEqual({ tests: 9, passed: 3, failures: 3, errors: 2, skipped: 1 });
    expect(result.findings).toEqual(ALL_FINDINGS);
    expect(result.tests.map((t) => [t.classname, t.name, t.status, t.file, t.line])).toEqual([
      ['', 'tests.test_broken', 'error', 'project/tests/test_broken.py', 1],
      ['tests.test_checkout', 'test_charge', 'error', 'project/tests/test_checkout.py', 1],
      ['tests.test_checkout', 'test_receipt_number', 'passed', 'project/tests/test_checkout.py', 5],
      ['tests.test_pricing', 'test_total_without_discount', 'passed', 'project/tests/test_pricing.py', 6],
      ['tests.test_pricing.TestDiscount', 'test_ten_percent', 'passed', 'project/tests/test_pricing.py', 11],
      ['tests.test_pricing.TestDiscount', 'test_rounding', 'failed', 'project/tests/test_pricing.py', 15],
      ['tests.test_pricing', 'test_empty_cart', 'failed', 'project/tests/test_pricing.py', 20],
      ['tests.test_pricing', 'test_currency', 'skipped', 'project/tests/test_pricing.py', 24],
      ['tests.test_pricing', 'test_price_from_form', 'failed', 'project/tests/test_pricing.py', 30],
    ]);
  });

  it('keeps the skip reason, the full traceback and the time of each test', () => {
    const { tests } = parsePytestJunit(read('xunit2.xml'), where);
    const byName = new Map(tests.map((t) => [t.name, t]));

    expect(byName.get('test_currency')?.message).toBe('multi-currency is not implemented yet');
    expect(byName.get('test_currency')?.details).toBeUndefined();
    expect(byName.get('test_rounding')?.details).toContain('E       assert 14 == 13.5');
    expect(byName.get('test_rounding')?.details).toContain('tests/test_pricing.py:15: AssertionError');
    expect(byName.get('test_receipt_number')?.message).toBeUndefined();
    const total = read('xunit2.xml')
      .match(/ time="[\d.]+"/g)!
      .slice(1)
      .reduce((sum, attr) => sum + Math.round(Number(attr.slice(7, -1)) * 1000), 0);
    expect(tests.reduce((sum, t) => sum + t.timeMs, 0)).toBe(total);
  });

  it('reads xunit1 the same way, with its file attribute and 0-based line', () => {
    const result = parsePytestJunit(read('xunit1.xml'), where);

    expect(result.counts).toEqual({ tests: 9, passed: 3, failures: 3, errors: 2, skipped: 1 });
    expect(result.findings).toEqual(ALL_FINDINGS);
    const skipped = result.tests.find((t) => t.name === 'test_currency');
    // xunit1's line="22" is the decorator of the test, 0-based.
    expect(skipped).toMatchObject({ file: 'project/tests/test_pricing.py', line: 23, status: 'skipped' });
  });

  it('reads a run stopped by a collection error: one error, placed at the import', () => {
    const result = parsePytestJunit(read('collection-error.xml'), where);

    expect(result.counts).toEqual({ tests: 1, passed: 0, failures: 0, errors: 1, skipped: 0 });
    expect(result.findings).toEqual([COLLECTION_ERROR]);
    expect(result.tests[0]?.message).toBe(
      "project/tests/test_broken.py could not be collected: ModuleNotFoundError: No module named 'shop.shipping'",
    );
  });

  it('reads a passing run: no findings', () => {
    const result = parsePytestJunit(read('passing.xml'), where);

    expect(result.counts).toEqual({ tests: 2, passed: 2, failures: 0, errors: 0, skipped: 0 });
    expect(result.findings).toEqual([]);
  });

  it('reads a bare <testsuite> without the <testsuites> wrapper', () => {
    const bare = read('shard-2.xml').replace('<testsuites>', '').replace('</testsuites>', '');
    const result = parsePytestJunit(bare, where);

    expect(result.counts).toEqual({ tests: 2, passed: 1, failures: 0, errors: 1, skipped: 0 });
    expect(result.findings.map((f) => f.title)).toEqual(['test_charge failed']);
  });

  it('gives paths relative to the workspace when the project is the repository root', () => {
    const result = parsePytestJunit(read('shard-1.xml'), { workspace: PROJECT, cwd: PROJECT });

    expect(result.findings.map((f) => `${f.file}:${f.line}`)).toEqual([
      'tests/test_pricing.py:15',
      'tests/test_pricing.py:20',
      'tests/test_pricing.py:30',
    ]);
  });

  it("finds test files under the workspace when pytest's rootdir is above the working directory", () => {
    const result = parsePytestJunit(read('shard-1.xml'), {
      workspace: PROJECT,
      cwd: path.join(PROJECT, 'shop'),
    });

    expect(result.findings[0]).toMatchObject({ file: 'tests/test_pricing.py', line: 15 });
  });

  it('reads tracebacks that pytest coloured (FORCE_COLOR), finding the same lines', () => {
    const result = parsePytestJunit(read('coloured.xml'), where);

    expect(result.findings).toEqual(ALL_FINDINGS.filter((f) => f.file === 'project/tests/test_pricing.py'));
    expect(result.tests.map((t) => t.details ?? '').join('')).not.toMatch(/#x1B|\u001b/);
  });

  it('leaves file and line unset when the test file is not on disk', () => {
    const xml =
      '<testsuites><testsuite name="pytest" tests="1"><testcase classname="gone.test_old.TestX" name="test_y" time="0.5">' +
      '<failure message="assert False">gone/test_old.py:3: AssertionError</failure></testcase></testsuite></testsuites>';
    const result = parsePytestJunit(xml, where);

    expect(result.findings).toEqual([
      {
        severity: 'error',
        title: 'test_y failed',
        message: 'gone/test_old.py::TestX::test_y failed: assert False',
        rule: 'pytest',
      },
    ]);
    expect(result.tests).toEqual([
      {
        name: 'test_y',
        classname: 'gone.test_old.TestX',
        timeMs: 500,
        status: 'failed',
        message: 'gone/test_old.py::TestX::test_y failed: assert False',
        details: 'gone/test_old.py:3: AssertionError',
      },
    ]);
  });

  it('finds the def of a parametrized test and uses the traceback when there is no message', () => {
    const xml =
      '<testsuite name="pytest" tests="1"><testcase classname="tests.test_pricing" name="test_empty_cart[1-2]" time="0.010">' +
      '<failure>E   assert 0 == 1</failure></testcase></testsuite>';
    const result = parsePytestJunit(xml, where);

    expect(result.findings).toEqual([
      {
        severity: 'error',
        title: 'test_empty_cart[1-2] failed',
        message: 'tests/test_pricing.py::test_empty_cart[1-2] failed: assert 0 == 1',
        rule: 'pytest',
        file: 'project/tests/test_pricing.py',
        line: 18,
      },
    ]);
  });

  it('names the test by its node id in the message of every finding, wherever pytest ran', () => {
    const xml =
      '<testsuite name="pytest" tests="2">' +
      '<testcase classname="tests.test_pricing.TestDiscount" name="test_ten_percent[a.b-1]" time="0.1"><failure message="assert 20 == 30">x</failure></testcase>' +
      '<testcase classname="pkg.tests.test_api.TestA.TestInner" name="test_b" time="0.1"><error message="boom">x</error></testcase>' +
      '</testsuite>';
    expect(parsePytestJunit(xml, where).findings.map((f) => f.message)).toEqual([
      'tests/test_pricing.py::TestDiscount::test_ten_percent[a.b-1] failed: assert 20 == 30',
      // Not on disk: the module is what precedes the capitalised class names.
      'pkg/tests/test_api.py::TestA::TestInner::test_b had an error: boom',
    ]);
  });

  it('rejects a file that is not XML, naming the line', () => {
    expect(() => parsePytestJunit('<testsuites><testsuite>', where)).toThrow(
      /^The JUnit report is not valid XML \(line 1: /,
    );
  });

  it('rejects XML that is not a JUnit report', () => {
    expect(() => parsePytestJunit('<coverage line-rate="1"/>', where)).toThrow(
      'The JUnit report has no <testsuites> or <testsuite> element',
    );
  });
});
