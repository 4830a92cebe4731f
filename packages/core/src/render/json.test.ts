import { describe, expect, it } from 'vitest';
import type { Report } from '../report';
import { jsonChunks, REPORT_SCHEMA_VERSION, renderJson } from './json';
import { HOSTILE, realisticReport } from './report.fixture';

describe('renderJson', () => {
  const text = renderJson(realisticReport());
  const doc = JSON.parse(text);

  it('is pretty JSON with the schema version first and a final newline', () => {
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "action": "quality-gates",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(doc.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
  });

  it('keeps the whole model, text untouched', () => {
    const { schemaVersion, ...rest } = doc;
    expect(rest).toEqual(JSON.parse(JSON.stringify(realisticReport())));
    expect(doc.checks[2].findings[1].message).toBe(HOSTILE);
  });

  it('orders keys the same way whatever order the report was built in, records sorted', () => {
    const report = realisticReport();
    const reordered = JSON.parse(JSON.stringify(report), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as Report;
    expect(renderJson(reordered)).toBe(text);
    expect(Object.keys(doc.checks[3])).toEqual([
      'id',
      'name',
      'mode',
      'status',
      'durationMs',
      'summary',
      'counts',
      'findings',
      'tests',
      'command',
      'outputTail',
    ]);
    expect(Object.keys(doc.checks[3].counts)).toEqual(['failures', 'passed', 'skipped', 'tests']);
    expect(Object.keys(doc.meta)).toEqual(['python', 'working-directory']);
  });

  it('leaves unset fields out', () => {
    expect(Object.keys(doc.checks[1].findings[0])).toEqual(['severity', 'message', 'rule']);
    expect('tests' in doc.checks[1]).toBe(false);
  });

  it('streams the test cases in pieces with the same bytes JSON.stringify writes, empty lists included', () => {
    const report = realisticReport();
    const pieces = [...jsonChunks(report)];
    expect(pieces.length).toBeGreaterThan(report.checks.length);
    expect(pieces.join('')).toBe(`${JSON.stringify(JSON.parse(pieces.join('')), null, 2)}\n`);
    const empty = { ...report, checks: [{ ...report.checks[3]!, tests: [] }] };
    expect(renderJson(empty)).toContain('"tests": [],');
  });
});
