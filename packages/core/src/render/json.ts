/**
 * The report as a JSON file: the whole model (nothing cut), with `schemaVersion` so readers
 * can tell formats apart, keys in a fixed order (records sorted by key) and unset fields left
 * out, so the same report always gives the same bytes.
 */
import { randomBytes } from 'node:crypto';
import type { Check, Finding, Report, TestCaseResult } from '../report';

/** Bumped when a field changes meaning or is removed (adding one does not). */
export const REPORT_SCHEMA_VERSION = 1;

/** Pretty JSON (two spaces, final newline) of the report. */
export function renderJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}

/**
 * {@link renderJson} in pieces: the test cases of each check (a million in a large run) are
 * rendered one at a time as they are written, never as one string; the bytes are the same.
 */
export function* jsonChunks(report: Report): Generator<string> {
  // Each check's tests are left out of the document and streamed where a marker stands.
  const nonce = randomBytes(8).toString('hex');
  const marker = (index: number): string => `\u0000tests:${nonce}:${index}`;
  const doc = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    action: report.action,
    title: report.title,
    verdict: report.verdict,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    meta: sorted(report.meta),
    checks: report.checks.map((check, index) => checkJson(check, check.tests && marker(index))),
  };
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  let from = 0;
  for (const [index, check] of report.checks.entries()) {
    if (!check.tests) continue;
    const quoted = JSON.stringify(marker(index));
    const at = text.indexOf(quoted, from);
    yield text.slice(from, at);
    yield* testsJson(check.tests, indentOf(text, at));
    from = at + quoted.length;
  }
  yield text.slice(from);
}

/** The indentation of the line holding `index`. */
function indentOf(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  return /^ */.exec(text.slice(start, index))![0];
}

/** A tests array as JSON.stringify(tests, null, 2) would write it at `indent`, one test at a time. */
function* testsJson(tests: readonly TestCaseResult[], indent: string): Generator<string> {
  if (tests.length === 0) {
    yield '[]';
    return;
  }
  yield '[';
  const inner = `${indent}  `;
  for (const [i, test] of tests.entries()) {
    const body = JSON.stringify(testJson(test), null, 2).replace(/\n/g, `\n${inner}`);
    yield `${i === 0 ? '' : ','}\n${inner}${body}`;
  }
  yield `\n${indent}]`;
}

function checkJson(c: Check, testsMarker?: string): object {
  return {
    id: c.id,
    name: c.name,
    mode: c.mode,
    status: c.status,
    durationMs: c.durationMs,
    summary: c.summary,
    counts: sorted(c.counts),
    findings: c.findings.map(findingJson),
    tests: testsMarker,
    command: c.command,
    outputTail: c.outputTail,
  };
}

/** The fields of a finding and of a test case, in the order of their JSON keys. */
const FINDING_FIELDS = ['severity', 'message', 'file', 'line', 'endLine', 'column', 'rule', 'title'] as const;
const TEST_FIELDS = ['name', 'classname', 'file', 'line', 'timeMs', 'status', 'message', 'details'] as const;

function findingJson(f: Finding): object {
  return picked(f, FINDING_FIELDS);
}

function testJson(t: TestCaseResult): object {
  return picked(t, TEST_FIELDS);
}

/** `value`'s `fields` in that order (a field it does not set is left out by JSON.stringify). */
function picked<T, K extends keyof T>(value: T, fields: readonly K[]): Partial<Pick<T, K>> {
  const json: Partial<Pick<T, K>> = {};
  for (const field of fields) json[field] = value[field];
  return json;
}

function sorted<V>(record: Readonly<Record<string, V>> | undefined): Record<string, V> | undefined {
  if (record === undefined) return undefined;
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
