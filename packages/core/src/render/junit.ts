/**
 * JUnit XML, as read by GitLab's `artifacts:reports:junit` and GitHub test reporters: one
 * `<testsuite>` per check. A check with test cases emits them; a check without emits one test
 * case for the gate itself, failing with its findings listed.
 *
 * A warn-mode check never fails a reporter: its failed or errored cases are written as passed
 * with the failure in `<system-out>`, so a test-report step agrees with the verdict. A check
 * that failed although none of its test cases did (a collection error, a coverage threshold)
 * also gets the gate's test case, so the failure is never lost.
 */
import type { Check, Finding, Report, TestCaseResult } from '../report';
import { cleanText, locationOf } from './text';

// XML 1.0 allows tab, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF; lone surrogates are out too.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: characters XML 1.0 cannot hold removed, markup escaped. */
function xmlText(text: string): string {
  return cleanText(text)
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** An attribute value (for double quotes): as xmlText, with quotes and line breaks as references. */
function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

type Outcome =
  | { kind: 'passed' }
  | { kind: 'failure' | 'error' | 'skipped'; message: string; details?: string };

interface Case {
  readonly name: string;
  readonly classname: string;
  readonly file?: string;
  readonly line?: number;
  readonly timeMs: number;
  readonly outcome: Outcome;
  readonly systemOut?: string;
}

/** The report as a JUnit XML document. */
export function renderJUnit(report: Report): string {
  return [...junitChunks(report)].join('');
}

/**
 * {@link renderJUnit} in pieces (a line or a test case each), for writing a report of a million
 * test cases without holding it whole: counts are summed first, then each case is rendered as it
 * is written.
 */
export function* junitChunks(report: Report): Generator<string> {
  const suites = report.checks.map((check) => ({ check, counts: countCases(check) }));
  const all = suites.reduce((sum, s) => addCounts(sum, s.counts), zeroCounts());
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="${xmlAttr(report.title)}" ${countAttrs(all)} time="${seconds(report.durationMs)}">\n`;
  for (const { check, counts } of suites) {
    yield [
      `  <testsuite name="${xmlAttr(check.name)}" id="${xmlAttr(check.id)}" ${countAttrs(counts)} time="${seconds(check.durationMs)}" timestamp="${xmlAttr(report.startedAt)}">`,
      '    <properties>',
      `      <property name="mode" value="${check.mode}"/>`,
      `      <property name="status" value="${check.status}"/>`,
      `      <property name="summary" value="${xmlAttr(check.summary)}"/>`,
      '    </properties>',
      '',
    ].join('\n');
    for (const c of casesOf(report, check)) yield `${caseXml(c)}\n`;
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}

type Counts = Record<'tests' | 'failure' | 'error' | 'skipped', number>;

function zeroCounts(): Counts {
  return { tests: 0, failure: 0, error: 0, skipped: 0 };
}

function addCounts(a: Counts, b: Counts): Counts {
  return {
    tests: a.tests + b.tests,
    failure: a.failure + b.failure,
    error: a.error + b.error,
    skipped: a.skipped + b.skipped,
  };
}

/** The counts of a check's cases, from their statuses (nothing is rendered or built). */
function countCases(check: Check): Counts {
  const counts = zeroCounts();
  const warn = check.mode === 'warn';
  let testsFailed = false;
  for (const test of check.tests ?? []) {
    counts.tests++;
    if (test.status === 'failed' || test.status === 'error') {
      testsFailed = true;
      // A warn-mode check's failed cases are written as passed (see the module comment).
      if (!warn) counts[test.status === 'failed' ? 'failure' : 'error']++;
    } else if (test.status === 'skipped') {
      counts.skipped++;
    }
  }
  const failing = check.status === 'failed' || check.status === 'error';
  if ((check.tests ?? []).length === 0 || (failing && !testsFailed)) {
    counts.tests++;
    const kind = gateCase(check, '').outcome.kind;
    if (kind !== 'passed') counts[kind]++;
  }
  return counts;
}

/** A check's cases, made one at a time as they are asked for. */
function* casesOf(report: Report, check: Check): Generator<Case> {
  const classname = `${report.action}.${check.id}`;
  const warn = check.mode === 'warn';
  const tests = check.tests ?? [];
  let testsFailed = false;
  for (const test of tests) {
    if (test.status === 'failed' || test.status === 'error') testsFailed = true;
    yield testCase(test, warn);
  }
  const failing = check.status === 'failed' || check.status === 'error';
  if (tests.length === 0 || (failing && !testsFailed)) yield gateCase(check, classname);
}

function testCase(test: TestCaseResult, warn: boolean): Case {
  const base = {
    name: test.name,
    classname: test.classname,
    file: test.file,
    line: test.line,
    timeMs: test.timeMs,
  };
  if (test.status === 'passed') return { ...base, outcome: { kind: 'passed' } };
  const message = test.message ?? test.status;
  if (test.status === 'skipped') return { ...base, outcome: { kind: 'skipped', message } };
  if (warn) {
    const out = [`warn mode, does not fail the gate: ${test.status}: ${message}`, test.details].filter(
      Boolean,
    );
    return { ...base, outcome: { kind: 'passed' }, systemOut: out.join('\n') };
  }
  return {
    ...base,
    outcome: { kind: test.status === 'failed' ? 'failure' : 'error', message, details: test.details },
  };
}

function gateCase(check: Check, classname: string): Case {
  const base = { name: check.name, classname, timeMs: check.durationMs };
  const findings = check.findings.map(findingLine).join('\n');
  if (check.status === 'passed')
    return { ...base, outcome: { kind: 'passed' }, systemOut: findings || undefined };
  if (check.status === 'skipped') return { ...base, outcome: { kind: 'skipped', message: check.summary } };
  if (check.mode === 'warn') {
    const out = [
      `warn mode, does not fail the gate: ${check.status}: ${check.summary}`,
      findings,
      check.outputTail,
    ];
    return { ...base, outcome: { kind: 'passed' }, systemOut: out.filter(Boolean).join('\n') };
  }
  return {
    ...base,
    outcome: {
      kind: check.status === 'failed' ? 'failure' : 'error',
      message: check.summary,
      details: findings,
    },
    systemOut: check.outputTail,
  };
}

function findingLine(finding: Finding): string {
  const parts = [finding.severity, locationOf(finding), finding.rule, finding.message];
  return parts.filter((p) => p !== undefined && p !== '').join(' — ');
}

function caseXml(c: Case): string {
  const attrs = [`name="${xmlAttr(c.name)}"`, `classname="${xmlAttr(c.classname)}"`];
  if (c.file) attrs.push(`file="${xmlAttr(c.file)}"`);
  if (c.line !== undefined) attrs.push(`line="${c.line}"`);
  attrs.push(`time="${seconds(c.timeMs)}"`);
  const body: string[] = [];
  const o = c.outcome;
  if (o.kind === 'skipped') body.push(`      <skipped message="${xmlAttr(o.message)}"/>`);
  if (o.kind === 'failure' || o.kind === 'error') {
    const details = o.details ? xmlText(o.details) : '';
    body.push(`      <${o.kind} message="${xmlAttr(o.message)}" type="${o.kind}">${details}</${o.kind}>`);
  }
  if (c.systemOut) body.push(`      <system-out>${xmlText(c.systemOut)}</system-out>`);
  if (body.length === 0) return `    <testcase ${attrs.join(' ')}/>`;
  return [`    <testcase ${attrs.join(' ')}>`, ...body, '    </testcase>'].join('\n');
}

function countAttrs(counts: Counts): string {
  return `tests="${counts.tests}" failures="${counts.failure}" errors="${counts.error}" skipped="${counts.skipped}"`;
}

function seconds(ms: number): string {
  return (Math.max(ms, 0) / 1000).toFixed(3);
}
