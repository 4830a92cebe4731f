/**
 * Combining the pytest reports of shards into one: the JUnit files into one `<testsuites>`
 * document, and parsed results into one result.
 */
import { ConfigError } from '@maint-actions/core';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { countTests, type PytestResult } from './parsers/pytest-junit';

/** Options shared by the parser and the builder: the XML passes through untouched (entities, CDATA, order). */
const PASS_THROUGH = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
} as const;

const parser = new XMLParser(PASS_THROUGH);
const builder = new XMLBuilder({ ...PASS_THROUGH, suppressEmptyNode: true });

/** A node of fast-xml-parser's ordered tree: `{ tag: children, ':@': attributes }`. */
type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const COUNTS = ['tests', 'failures', 'errors', 'skipped'] as const;

/**
 * Merges JUnit XML documents (each a `<testsuites>` or a bare `<testsuite>`) into one
 * `<testsuites>` holding every suite unchanged, with the counts and time summed on it.
 *
 * @param names the documents' file names, for errors (defaults to their position).
 * @throws ConfigError naming `merge-files` when a document is not JUnit XML.
 */
export function mergeJunit(xmls: readonly string[], names?: readonly string[]): string {
  const suites = xmls.flatMap((xml, i) => junitSuites(xml, names?.[i] ?? `report ${i + 1}`));
  const totals = { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 };
  for (const suite of suites) {
    const attributes = suite[':@'] ?? {};
    for (const key of COUNTS) totals[key] += Number(attributes[`@_${key}`] ?? 0) || 0;
    totals.time += Number(attributes['@_time'] ?? 0) || 0;
  }
  const counts = COUNTS.map((key) => `${key}="${totals[key]}"`).join(' ');
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<testsuites name="pytest" ${counts} time="${totals.time.toFixed(3)}">` +
    builder.build(suites) +
    '</testsuites>\n'
  );
}

/** Sums the results of several pytest runs (shards): counts, test cases and findings, in order. */
export function mergePytestResults(results: readonly PytestResult[]): PytestResult {
  const tests = results.flatMap((result) => result.tests);
  return { counts: countTests(tests), tests, findings: results.flatMap((result) => result.findings) };
}

function junitSuites(xml: string, name: string): OrderedNode[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ConfigError(
      `Input "merge-files": ${name} is not valid XML (line ${valid.err.line}: ${valid.err.msg}); list only pytest JUnit reports.`,
      { input: 'merge-files' },
    );
  }
  const document = parser.parse(xml) as OrderedNode[];
  const wrapper = document.find((node) => 'testsuites' in node)?.testsuites as OrderedNode[] | undefined;
  const suites = (wrapper ?? document).filter((node) => 'testsuite' in node);
  if (wrapper === undefined && suites.length === 0) {
    throw new ConfigError(
      `Input "merge-files": ${name} is not a JUnit report (no <testsuites> or <testsuite> element); list only pytest JUnit reports.`,
      { input: 'merge-files' },
    );
  }
  return suites;
}
