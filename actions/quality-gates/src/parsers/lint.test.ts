import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFlake8, parseRuffJson } from './lint';

/** Real output of Debian's flake8 5.0 run in fixtures/flake8/project. */
const FLAKE8 = fileURLToPath(new URL('../../../../packages/testing/fixtures/flake8/', import.meta.url));
const PROJECT = path.join(FLAKE8, 'project');
const where = { workspace: FLAKE8, cwd: PROJECT };

describe('lint findings', () => {
  it('are all errors: the linter fails on each, style and unused imports alike (a warn-mode gate shows them as warnings)', () => {
    const output = [
      "./app/views.py:1:1: F401 'os' imported but unused",
      './app/views.py:9:80: E501 line too long (88 > 79 characters)',
      "./app/views.py:12:5: F821 undefined name 'x'",
    ].join('\n');
    expect(parseFlake8(output, where).map((f) => [f.rule, f.severity])).toEqual([
      ['F401', 'error'],
      ['E501', 'error'],
      ['F821', 'error'],
    ]);
  });
});

describe('parseFlake8', () => {
  it("reads flake8's default format, paths relative to the workspace", () => {
    const findings = parseFlake8(readFileSync(path.join(FLAKE8, 'default.txt'), 'utf8'), where);

    expect(findings).toEqual([
      {
        severity: 'error',
        title: 'E999',
        rule: 'E999',
        message: 'SyntaxError: invalid syntax',
        file: 'project/app/legacy.py',
        line: 1,
        column: 13,
      },
      {
        severity: 'error',
        title: 'F401',
        rule: 'F401',
        message: "'os' imported but unused",
        file: 'project/app/views.py',
        line: 1,
        column: 1,
      },
      {
        severity: 'error',
        title: 'W291',
        rule: 'W291',
        message: 'trailing whitespace',
        file: 'project/app/views.py',
        line: 6,
        column: 29,
      },
      {
        severity: 'error',
        title: 'E302',
        rule: 'E302',
        message: 'expected 2 blank lines, found 1',
        file: 'project/app/views.py',
        line: 8,
        column: 1,
      },
      {
        severity: 'error',
        title: 'F821',
        rule: 'F821',
        message: "undefined name 'shipping_cost'",
        file: 'project/app/views.py',
        line: 9,
        column: 54,
      },
      {
        severity: 'error',
        title: 'E501',
        rule: 'E501',
        message: 'line too long (100 > 79 characters)',
        file: 'project/app/views.py',
        line: 12,
        column: 80,
      },
    ]);
  });

  it('reads the serious-errors-only run', () => {
    const findings = parseFlake8(readFileSync(path.join(FLAKE8, 'serious.txt'), 'utf8'), where);

    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.severity}`)).toEqual([
      'project/app/legacy.py:1:13 E999 error',
      'project/app/views.py:9:54 F821 error',
    ]);
  });

  it('ignores lines that are not findings, and places no file outside the workspace', () => {
    const output = [
      'There was a critical error during execution of Flake8:',
      '/usr/lib/python3/dist-packages/x.py:3:1: F401 unused',
      '',
    ].join('\n');

    expect(parseFlake8(output, where)).toEqual([
      { severity: 'error', title: 'F401', rule: 'F401', message: 'unused' },
    ]);
  });
});

/** `ruff check --output-format json`, as documented (ruff cannot be installed here). */
const RUFF = JSON.stringify([
  {
    cell: null,
    code: 'F401',
    end_location: { column: 10, row: 1 },
    filename: path.join(PROJECT, 'app', 'views.py'),
    fix: {
      applicability: 'safe',
      edits: [{ content: '', end_location: { column: 1, row: 2 }, location: { column: 1, row: 1 } }],
      message: 'Remove unused import: `os`',
    },
    location: { column: 8, row: 1 },
    message: '`os` imported but unused',
    noqa_row: 1,
    url: 'https://docs.astral.sh/ruff/rules/unused-import',
  },
  {
    cell: null,
    code: 'F821',
    end_location: { column: 67, row: 10 },
    filename: path.join(PROJECT, 'app', 'views.py'),
    fix: null,
    location: { column: 54, row: 9 },
    message: 'Undefined name `shipping_cost`',
    noqa_row: 9,
    url: 'https://docs.astral.sh/ruff/rules/undefined-name',
  },
  {
    cell: null,
    code: null,
    end_location: { column: 14, row: 1 },
    filename: path.join(PROJECT, 'app', 'legacy.py'),
    fix: null,
    location: { column: 13, row: 1 },
    message: "SyntaxError: Expected ')', found ':'",
    noqa_row: null,
    url: null,
  },
  {
    cell: null,
    code: 'E501',
    end_location: { column: 120, row: 4 },
    filename: '/opt/elsewhere/settings.py',
    fix: null,
    location: { column: 89, row: 4 },
    message: 'Line too long (119 > 88)',
    noqa_row: 4,
    url: 'https://docs.astral.sh/ruff/rules/line-too-long',
  },
]);

describe('parseRuffJson', () => {
  it("reads ruff's JSON: workspace paths, severities, multi-line ranges and syntax errors", () => {
    expect(parseRuffJson(RUFF, where)).toEqual([
      {
        severity: 'error',
        title: 'F401',
        rule: 'F401',
        message: '`os` imported but unused (https://docs.astral.sh/ruff/rules/unused-import)',
        file: 'project/app/views.py',
        line: 1,
        column: 8,
      },
      {
        severity: 'error',
        title: 'F821',
        rule: 'F821',
        message: 'Undefined name `shipping_cost` (https://docs.astral.sh/ruff/rules/undefined-name)',
        file: 'project/app/views.py',
        line: 9,
        column: 54,
        endLine: 10,
      },
      {
        severity: 'error',
        title: 'syntax-error',
        rule: 'syntax-error',
        message: "SyntaxError: Expected ')', found ':'",
        file: 'project/app/legacy.py',
        line: 1,
        column: 13,
      },
      {
        severity: 'error',
        title: 'E501',
        rule: 'E501',
        message: 'Line too long (119 > 88) (https://docs.astral.sh/ruff/rules/line-too-long)',
      },
    ]);
  });

  it('reads an empty report', () => {
    expect(parseRuffJson('[]\n', where)).toEqual([]);
  });

  it('says what ruff printed when it is not JSON', () => {
    expect(() => parseRuffJson('error: Failed to parse pyproject.toml\n  caused by...', where)).toThrow(
      'ruff did not print a JSON report: error: Failed to parse pyproject.toml',
    );
    expect(() => parseRuffJson('', where)).toThrow('ruff did not print a JSON report: (nothing)');
    expect(() => parseRuffJson('{"version": 1}', where)).toThrow(
      'ruff printed JSON that is not a list of diagnostics',
    );
  });
});
