import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '@maint-actions/core';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parsePytestJunit } from '../parsers/pytest-junit';
import { mergeJunit, mergePytestResults } from './junit-merge';

/** Real reports of two shards of the fixture project: tests/test_pricing.py, then tests/test_checkout.py. */
const PYTEST = fileURLToPath(new URL('../../../../packages/testing/fixtures/pytest/', import.meta.url));
const read = (name: string): string => readFileSync(path.join(PYTEST, name), 'utf8');
const where = { workspace: PYTEST, cwd: path.join(PYTEST, 'project') };
const SHARD_1 = read('shard-1.xml');
const SHARD_2 = read('shard-2.xml');

describe('mergeJunit', () => {
  it('puts both shards in one valid <testsuites> with summed counts and time', () => {
    const merged = mergeJunit([SHARD_1, SHARD_2]);

    expect(XMLValidator.validate(merged)).toBe(true);
    const head = /<testsuites ([^>]*)>/.exec(merged)?.[1];
    const time = (xml: string): number => Number(/<testsuite [^>]*time="([\d.]+)"/.exec(xml)![1]);
    expect(head).toBe(
      `name="pytest" tests="8" failures="3" errors="1" skipped="1" time="${(time(SHARD_1) + time(SHARD_2)).toFixed(3)}"`,
    );
    expect(merged.match(/<testsuite /g)).toHaveLength(2);
  });

  it('loses nothing: the merged report parses to the two shards together', () => {
    const merged = parsePytestJunit(mergeJunit([SHARD_1, SHARD_2]), where);
    const first = parsePytestJunit(SHARD_1, where);
    const second = parsePytestJunit(SHARD_2, where);

    expect(merged.counts).toEqual({ tests: 8, passed: 3, failures: 3, errors: 1, skipped: 1 });
    expect(merged.tests).toEqual([...first.tests, ...second.tests]);
    expect(merged.findings).toEqual([...first.findings, ...second.findings]);
    // Entities survive: the newline pytest wrote as &#10; in a message, quotes, angle brackets.
    expect(merged.tests.find((t) => t.name === 'test_rounding')?.details).toContain(
      'self = <tests.test_pricing.TestDiscount object at',
    );
    expect(mergeJunit([SHARD_1])).toContain(
      'message="AssertionError: discount must keep cents&#10;assert 14 == 13.5',
    );
  });

  it('takes bare <testsuite> documents, CDATA and empty inputs lists', () => {
    const bare =
      '<?xml version="1.0"?><testsuite name="other" tests="1" failures="1" errors="0" skipped="0" time="0.5">' +
      '<testcase classname="tests.test_checkout" name="test_x" time="0.5"><failure message="boom"><![CDATA[a < b & c]]></failure></testcase>' +
      '</testsuite>';
    const merged = mergeJunit([bare, SHARD_2]);

    expect(XMLValidator.validate(merged)).toBe(true);
    expect(merged).toContain('<![CDATA[a < b & c]]>');
    expect(/<testsuites ([^>]*)>/.exec(merged)?.[1]).toMatch(
      /^name="pytest" tests="3" failures="1" errors="1" skipped="0" /,
    );
    expect(mergeJunit([])).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="pytest" tests="0" failures="0" errors="0" skipped="0" time="0.000"></testsuites>\n',
    );
  });

  it('rejects a file that is not XML, naming it and the merge-files input', () => {
    const call = (): string =>
      mergeJunit([SHARD_1, '<testsuites><testsuite>'], ['shard-1.xml', 'shard-2.xml']);
    expect(call).toThrow(ConfigError);
    expect(call).toThrow(
      /^Input "merge-files": shard-2\.xml is not valid XML \(line 1: .+\); list only pytest JUnit reports\.$/,
    );
  });

  it('rejects XML that is not JUnit, by position when no names are given', () => {
    expect(() => mergeJunit([SHARD_1, '<coverage/>'])).toThrow(
      'Input "merge-files": report 2 is not a JUnit report (no <testsuites> or <testsuite> element); list only pytest JUnit reports.',
    );
  });
});

describe('mergePytestResults', () => {
  it('sums the counts and keeps tests and findings in order', () => {
    const first = parsePytestJunit(SHARD_1, where);
    const second = parsePytestJunit(SHARD_2, where);
    const merged = mergePytestResults([first, second]);

    expect(merged.counts).toEqual({ tests: 8, passed: 3, failures: 3, errors: 1, skipped: 1 });
    expect(merged.tests.map((t) => t.name)).toEqual([...first.tests, ...second.tests].map((t) => t.name));
    expect(merged.findings.map((f) => f.title)).toEqual([
      'test_rounding failed',
      'test_empty_cart failed',
      'test_price_from_form failed',
      'test_charge failed',
    ]);
    expect(mergePytestResults([])).toEqual({
      counts: { tests: 0, passed: 0, failures: 0, errors: 0, skipped: 0 },
      tests: [],
      findings: [],
    });
  });
});
