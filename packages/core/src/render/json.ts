/**
 * The report as a JSON file: the whole model (nothing cut), with `schemaVersion` so readers
 * can tell formats apart, keys in a fixed order (records sorted by key) and unset fields left
 * out, so the same report always gives the same bytes.
 */
import type { Check, Finding, Report, TestCaseResult } from '../report';

/** Bumped when a field changes meaning or is removed (adding one does not). */
export const REPORT_SCHEMA_VERSION = 1;

/** Pretty JSON (two spaces, final newline) of the report. */
export function renderJson(report: Report): string {
  const doc = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    action: report.action,
    title: report.title,
    verdict: report.verdict,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    meta: sorted(report.meta),
    checks: report.checks.map(checkJson),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function checkJson(c: Check): object {
  return {
    id: c.id,
    name: c.name,
    mode: c.mode,
    status: c.status,
    durationMs: c.durationMs,
    summary: c.summary,
    counts: sorted(c.counts),
    findings: c.findings.map(findingJson),
    tests: c.tests?.map(testJson),
    command: c.command,
    outputTail: c.outputTail,
  };
}

function findingJson(f: Finding): object {
  return {
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    endLine: f.endLine,
    column: f.column,
    rule: f.rule,
    title: f.title,
  };
}

function testJson(t: TestCaseResult): object {
  return {
    name: t.name,
    classname: t.classname,
    file: t.file,
    line: t.line,
    timeMs: t.timeMs,
    status: t.status,
    message: t.message,
    details: t.details,
  };
}

function sorted<V>(record: Readonly<Record<string, V>> | undefined): Record<string, V> | undefined {
  if (record === undefined) return undefined;
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
