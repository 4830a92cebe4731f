import { describe, expect, it } from 'vitest';
import { LIMITS, utf8Length } from './budget';
import { hugeReport, realisticReport } from './report.fixture';
import { renderSummary } from './summary';

describe('renderSummary', () => {
  const md = renderSummary(realisticReport());

  it('starts with the title and verdict, then the facts of the run', () => {
    const [heading, , facts] = md.split('\n');
    expect(heading).toBe('## ❌ Quality gates: failed');
    expect(facts).toBe(
      '1 of 5 checks failed, 1 warned, 5 findings · **Duration** 8.0 s · **Started** 2025-03-04T10:00:00.000Z · **python** 3.11.2 · **working-directory** backend',
    );
  });

  it('has a table of checks, failures first', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toEqual([
      '| Check | Mode | Status | Duration | Result |',
      '| --- | --- | --- | --- | --- |',
      '| pytest | enforce | ❌ failed | 4.2 s | 2 passed, 1 failed, 1 skipped |',
      '| flake8 | warn | ⚠️ failed | 650 ms | 2 problems |',
      '| OpenAPI schema | enforce | ✅ passed | 1.8 s | schema.yml is up to date |',
      '| manage.py check | enforce | ✅ passed | 900 ms | System check identified 1 issue (0 silenced). |',
      '| import-linter | enforce | ⏭️ skipped | 0 ms | no .importlinter or \\[tool.importlinter\\] config found |',
    ]);
  });

  it('lists findings per check, failing checks first, warn-mode errors as warnings', () => {
    const sections = md.split('\n').filter((l) => l.startsWith('### '));
    expect(sections).toEqual([
      '### ❌ pytest: 2 passed, 1 failed, 1 skipped',
      '### ⚠️ flake8: 2 problems',
      '### ✅ manage.py check: System check identified 1 issue (0 silenced).',
      '### ⏭️ import-linter: no .importlinter or \\[tool.importlinter\\] config found',
    ]);
    expect(md).toContain(
      '- ❌ `tests/test_orders.py:42` — `test_create_order` — AssertionError: assert 404 == 200\n',
    );
    expect(md).toContain('- ⚠️ `app/views.py:10` — `E501` — line too long (120 &gt; 79 characters)\n');
    expect(md).toContain(
      '- ⚠️ `security.W004` — You have not set a value for the SECURE\\_HSTS\\_SECONDS setting.',
    );
    expect(md).toContain('- ℹ️ import-linter skipped: no contracts configured\n');
  });

  it('escapes HTML and Markdown in user text and drops control characters', () => {
    expect(md).not.toContain('<script>');
    expect(md).toContain(
      '- ⚠️ `app/weird | name.py:3` — `W605` — bad &lt;script&gt;alert(1)&lt;/script&gt; \\| a &amp; b red Ünïcödé 日本語 😀\n',
    );
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it('shows the output of failing checks in <details>, cleaned of colour codes', () => {
    expect(md).toContain(
      '<details><summary>Output (last lines)</summary>\n\n```text\nFAILED tests/test_orders.py::test_create_order - AssertionError: assert 404 == 200\n=== 1 failed, 2 passed, 1 skipped in 4.21s ===\n```\n\n</details>',
    );
    expect(md.match(/<details>/g)).toHaveLength(2);
  });

  it('is not cut when it fits', () => {
    expect(md).not.toContain('✂️');
  });

  it('keeps a passed report short', () => {
    const passed = renderSummary({ ...realisticReport(), verdict: 'passed', checks: [] });
    expect(passed).toBe(
      '## ✅ Quality gates: passed\n\n0 of 0 checks failed, 0 findings · **Duration** 8.0 s · **Started** 2025-03-04T10:00:00.000Z · **python** 3.11.2 · **working-directory** backend\n\n',
    );
  });
});

describe('renderSummary within a budget', () => {
  const report = hugeReport();
  const full = renderSummary(report, { budgetBytes: Number.POSITIVE_INFINITY });

  for (const [name, budget] of [
    ['job summary', LIMITS.jobSummaryBytes],
    ['check-run text', LIMITS.checkRunTextBytes],
    ['small', 4000],
  ] as const) {
    it(`stays within the ${name} limit with 100k findings, failures first, naming the full report`, () => {
      const md = renderSummary(report, {
        budgetBytes: budget,
        fullReportHint: '[the report artifact](https://ci.example/1)',
      });
      expect(utf8Length(md)).toBeLessThanOrEqual(budget);
      expect(utf8Length(md)).toBeGreaterThan(budget * 0.9);
      expect(md.startsWith('## ❌ Quality gates: failed\n')).toBe(true);
      expect(md).toMatch(
        /\n\n> ✂️ Cut to fit [\d,.]+ (MiB|KiB|bytes): [\d,]+ of 100,0\d\d findings, .* left out\. Full report: \[the report artifact\]\(https:\/\/ci\.example\/1\)\.\n$/,
      );
      // The blocking check comes first in the table and in the details.
      expect(md.indexOf('| pytest |')).toBeLessThan(md.indexOf('| ruff |'));
      expect(md.indexOf('### ❌ pytest')).toBeGreaterThan(0);
      expect(md.indexOf('### ❌ pytest')).toBeLessThan(md.indexOf('### ⚠️ ruff') >>> 0);
      // Cut between whole blocks: what comes before the closing line is the start of the full text.
      const body = md.slice(0, md.lastIndexOf('\n> ✂️'));
      expect(body.endsWith('\n')).toBe(true);
      expect(full.startsWith(body)).toBe(true);
    });
  }

  it('says how many findings were left out', () => {
    const md = renderSummary(report, { budgetBytes: 20_000 });
    const shown = md.split('\n').filter((l) => l.startsWith('- ')).length;
    const match = /: ([\d,]+) of 100,005 findings/.exec(md);
    expect(Number(match?.[1]?.replace(/,/g, ''))).toBe(100_005 - shown);
    expect(md).toContain('Full report: the report files of this job.');
  });
});
