import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseDjangoCheck } from './django-check';

/** Real `manage.py check` output of Debian's Django 3.2 on fixtures/django-check/project (see its settings). */
const FIXTURES = fileURLToPath(
  new URL('../../../../packages/testing/fixtures/django-check/', import.meta.url),
);
const read = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
const where = { workspace: FIXTURES, cwd: path.join(FIXTURES, 'project') };

const DEPLOY_IDS = ['security.W001', 'security.W002', 'security.W003', 'security.W009', 'security.W018'];

describe('parseDjangoCheck', () => {
  it('reads a clean run', () => {
    expect(parseDjangoCheck(read('check-clean.txt'), where)).toEqual({
      issues: [],
      findings: [],
      silenced: 0,
    });
  });

  it('reads the deployment checklist: warnings about no object, and the silenced count', () => {
    const result = parseDjangoCheck(read('check-deploy.txt'), where);

    expect(result.silenced).toBe(1);
    expect(result.issues.map((i) => [i.level, i.id, i.object])).toEqual(
      DEPLOY_IDS.map((id) => ['WARNING', id, '?']),
    );
    expect(result.issues.at(-1)).toEqual({
      level: 'WARNING',
      id: 'security.W018',
      object: '?',
      message: 'You should not have DEBUG set to True in deployment.',
    });
    expect(result.findings.at(-1)).toEqual({
      severity: 'warning',
      title: 'security.W018',
      rule: 'security.W018',
      message: 'You should not have DEBUG set to True in deployment.',
    });
  });

  it('reads the same report from a SystemCheckError (--fail-level WARNING)', () => {
    const result = parseDjangoCheck(read('check-deploy-fail-level-warning.txt'), where);

    expect(result.issues.map((i) => i.id)).toEqual(DEPLOY_IDS);
    expect(result.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(result.silenced).toBe(1);
  });

  it('reads every level, hints (one spanning two lines) and places model errors at the field', () => {
    const result = parseDjangoCheck(read('check-errors.txt'), where);

    expect(result.silenced).toBe(0);
    expect(result.issues).toEqual([
      { level: 'CRITICAL', id: 'broken.C001', object: '?', message: 'MEDIA_ROOT is not writable.' },
      {
        level: 'ERROR',
        id: 'fields.E120',
        object: 'broken.Coupon.code',
        message: "CharFields must define a 'max_length' attribute.",
      },
      {
        level: 'ERROR',
        id: 'fields.E304',
        object: 'broken.Transfer.source',
        message:
          "Reverse accessor for 'broken.Transfer.source' clashes with reverse accessor for 'broken.Transfer.target'.",
        hint: "Add or change a related_name argument to the definition for 'broken.Transfer.source' or 'broken.Transfer.target'.",
      },
      {
        level: 'ERROR',
        id: 'fields.E304',
        object: 'broken.Transfer.target',
        message:
          "Reverse accessor for 'broken.Transfer.target' clashes with reverse accessor for 'broken.Transfer.source'.",
        hint: "Add or change a related_name argument to the definition for 'broken.Transfer.target' or 'broken.Transfer.source'.",
      },
      {
        level: 'WARNING',
        id: 'broken.W001',
        object: 'uploads',
        message: 'Uploads are kept forever.',
        hint: 'Set UPLOAD_RETENTION_DAYS,\nor schedule the clean-up job.',
      },
      { level: 'INFO', id: 'broken.I001', object: '?', message: 'The clean-up job runs weekly.' },
    ]);
    expect(result.findings).toEqual([
      {
        severity: 'error',
        title: 'broken.C001',
        rule: 'broken.C001',
        message: 'MEDIA_ROOT is not writable.',
      },
      {
        severity: 'error',
        title: 'fields.E120',
        rule: 'fields.E120',
        message: "broken.Coupon.code: CharFields must define a 'max_length' attribute.",
        file: 'project/broken/models.py',
        line: 5,
      },
      {
        severity: 'error',
        title: 'fields.E304',
        rule: 'fields.E304',
        message:
          "broken.Transfer.source: Reverse accessor for 'broken.Transfer.source' clashes with reverse accessor for 'broken.Transfer.target'.\n" +
          "HINT: Add or change a related_name argument to the definition for 'broken.Transfer.source' or 'broken.Transfer.target'.",
        file: 'project/broken/models.py',
        line: 9,
      },
      {
        severity: 'error',
        title: 'fields.E304',
        rule: 'fields.E304',
        message:
          "broken.Transfer.target: Reverse accessor for 'broken.Transfer.target' clashes with reverse accessor for 'broken.Transfer.source'.\n" +
          "HINT: Add or change a related_name argument to the definition for 'broken.Transfer.target' or 'broken.Transfer.source'.",
        file: 'project/broken/models.py',
        line: 10,
      },
      {
        severity: 'warning',
        title: 'broken.W001',
        rule: 'broken.W001',
        message:
          'uploads: Uploads are kept forever.\nHINT: Set UPLOAD_RETENTION_DAYS,\nor schedule the clean-up job.',
      },
      {
        severity: 'notice',
        title: 'broken.I001',
        rule: 'broken.I001',
        message: 'The clean-up job runs weekly.',
      },
    ]);
  });

  it('places a model at its class, and a class printed as <class ...> (a ModelAdmin) at its definition', () => {
    const output = [
      'SystemCheckError: System check identified some issues:',
      '',
      'ERRORS:',
      "<class 'catalog.models.Product'>: (admin.E108) The value of 'list_display[0]' refers to 'nope'.",
      'catalog.Product: (models.E999) Invented for the test.',
      '',
      'DEBUGS:',
      'catalog.Product.price: (catalog.D001) Debug message.',
      '',
      'System check identified 3 issues (0 silenced).',
    ].join('\n');
    const result = parseDjangoCheck(output, where);

    expect(result.findings.map((f) => [f.rule, f.severity, f.file, f.line])).toEqual([
      ['admin.E108', 'error', 'project/catalog/models.py', 4],
      ['models.E999', 'error', 'project/catalog/models.py', 4],
      ['catalog.D001', 'notice', 'project/catalog/models.py', 6],
    ]);
  });

  it('gives no file when the model class is defined in two models modules', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'django-check-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    for (const app of ['shop', 'legacy']) {
      mkdirSync(path.join(root, app, 'models'), { recursive: true });
      writeFileSync(path.join(root, app, 'models', 'orders.py'), 'class Order:\n    total = 1\n');
    }
    const output = 'ERRORS:\nshop.Order.total: (fields.E001) Broken.\n';
    const [finding] = parseDjangoCheck(output, { workspace: root, cwd: root }).findings;

    expect(finding).toEqual({
      severity: 'error',
      title: 'fields.E001',
      rule: 'fields.E001',
      message: 'shop.Order.total: Broken.',
    });
  });

  it('ignores what is printed outside the report, and has no silenced count without the summary line', () => {
    const output = 'Watching for file changes\nERRORS are fine here: (x.E1) not a section\n';
    expect(parseDjangoCheck(output, where)).toEqual({ issues: [], findings: [] });
  });
});
