import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors';
import { LIMITS } from './budget';
import { COMMENT_FINDINGS_PER_CHECK, commentMarker, hasMarker, renderStickyComment } from './comment';
import { hugeReport, realisticReport } from './report.fixture';

describe('commentMarker', () => {
  it('is a hidden HTML comment naming the marker', () => {
    expect(commentMarker('quality-gates')).toBe('<!-- maint-actions:quality-gates -->');
  });

  it('refuses a marker that could end the comment or inject markup', () => {
    expect(() => commentMarker('a --> <b>')).toThrow(ConfigError);
    expect(() => commentMarker('a--b')).toThrow(
      'comment marker "a--b" is not valid: use letters, digits and . _ - / : (no "--"), such as "quality-gates"',
    );
    expect(() => commentMarker('')).toThrow(ConfigError);
  });
});

describe('hasMarker', () => {
  it('finds the marker on the first line only', () => {
    const body = renderStickyComment(realisticReport(), { marker: 'quality-gates' });
    expect(hasMarker(body, 'quality-gates')).toBe(true);
    expect(hasMarker(`\n${body.replace('\n', '\r\n')}`, 'quality-gates')).toBe(true);
    expect(hasMarker(body, 'quality-gates/backend')).toBe(false);
    expect(hasMarker(`> quoted\n${body}`, 'quality-gates')).toBe(false);
    expect(hasMarker('LGTM', 'quality-gates')).toBe(false);
  });
});

describe('renderStickyComment', () => {
  it('starts with the marker and shows the summary without output logs', () => {
    const body = renderStickyComment(realisticReport(), { marker: 'quality-gates' });
    expect(body.startsWith('<!-- maint-actions:quality-gates -->\n## ❌ Quality gates: failed\n')).toBe(true);
    expect(body).toContain('| pytest | enforce | ❌ failed | 4.2 s | 2 passed, 1 failed, 1 skipped |');
    expect(body).toContain(
      '- ❌ `tests/test_orders.py:42` — `test_create_order` — AssertionError: assert 404 == 200',
    );
    expect(body).not.toContain('<details>');
    expect(body).not.toContain('<script>');
  });

  it('lists a few findings per check and counts the rest', () => {
    const body = renderStickyComment(hugeReport(), {
      marker: 'q',
      fullReportHint: '[the job summary](https://ci.example/1)',
    });
    const ruff = body.slice(body.indexOf('### ⚠️ ruff'));
    const items = ruff.split('\n').filter((l) => l.startsWith('- '));
    expect(items.slice(0, COMMENT_FINDINGS_PER_CHECK).every((l) => l.includes('F821'))).toBe(true);
    expect(items[COMMENT_FINDINGS_PER_CHECK]).toBe(
      `- …and ${(100_000 - COMMENT_FINDINGS_PER_CHECK).toLocaleString('en-US')} more findings (see [the job summary](https://ci.example/1))`,
    );
    expect(body.length).toBeLessThan(LIMITS.commentChars);
    expect(body).not.toContain('✂️');
  });

  it('cuts to the character budget, keeping the marker and naming the full report', () => {
    const body = renderStickyComment(hugeReport(), {
      marker: 'q',
      budgetChars: 1500,
      fullReportHint: 'the job summary',
    });
    expect(body.length).toBeLessThanOrEqual(1500);
    expect(body.startsWith('<!-- maint-actions:q -->\n')).toBe(true);
    expect(body).toMatch(
      /\n> ✂️ Cut to fit 1,475 characters: .* left out\. Full report: the job summary\.\n$/,
    );
  });

  it('stays within the comment limit for a huge report with many checks', () => {
    const base = hugeReport(20);
    const checks = Array.from({ length: 3000 }, (_, i) => ({
      ...base.checks[0]!,
      id: `c${i}`,
      name: `check ${i} 😀`,
    }));
    const body = renderStickyComment({ ...base, checks }, { marker: 'q' });
    expect(body.length).toBeLessThanOrEqual(LIMITS.commentChars);
    expect(body).toContain('table rows');
  });
});
