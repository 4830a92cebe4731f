import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseImportLinter } from './import-linter';

/** Real lint-imports 1.9 output on fixtures/import-linter/project (see the README there). */
const SAMPLES = fileURLToPath(
  new URL('../../../../packages/testing/fixtures/import-linter/', import.meta.url),
);
const read = (name: string): string => readFileSync(path.join(SAMPLES, name), 'utf8');
const where = { workspace: SAMPLES, cwd: path.join(SAMPLES, 'project') };

const LAYERS = 'Shop clean architecture layers';
const INDEPENDENCE = 'Billing and notifications are independent';

describe('parseImportLinter', () => {
  it('reads broken layers (through an indirect chain) and independence contracts', () => {
    const result = parseImportLinter(read('broken-layers-chain-and-independence.txt'), where);

    expect(result.contracts).toEqual([
      { name: LAYERS, kept: false },
      { name: INDEPENDENCE, kept: false },
      { name: 'Domain does not use infrastructure', kept: true },
    ]);
    expect(result.kept).toBe(1);
    expect(result.broken).toBe(2);
    expect(result.configError).toBeUndefined();
    expect(result.findings).toEqual([
      {
        severity: 'error',
        title: `Broken contract: ${LAYERS}`,
        rule: LAYERS,
        message:
          'shop.application is not allowed to import shop.infrastructure: shop.application.services -> shop.utils.helpers (l.2) -> shop.infrastructure.repo (l.1)',
        file: 'project/shop/application/services.py',
        line: 2,
      },
      {
        severity: 'error',
        title: `Broken contract: ${INDEPENDENCE}`,
        rule: INDEPENDENCE,
        message:
          'billing is not allowed to import notifications: billing.charge -> notifications.email (l.1)',
        file: 'project/billing/charge.py',
        line: 1,
      },
      {
        severity: 'error',
        title: `Broken contract: ${INDEPENDENCE}`,
        rule: INDEPENDENCE,
        message:
          'notifications is not allowed to import billing: notifications.email -> billing.charge (l.1)',
        file: 'project/notifications/email.py',
        line: 1,
      },
    ]);
  });

  it('reads a run where every contract is kept', () => {
    const result = parseImportLinter(read('all-kept.txt'), where);

    expect(result).toEqual({
      contracts: [
        { name: LAYERS, kept: true },
        { name: INDEPENDENCE, kept: true },
        { name: 'Domain does not use infrastructure', kept: true },
      ],
      kept: 3,
      broken: 0,
      findings: [],
    });
  });

  it('reports a configuration error: the message after the banner', () => {
    const result = parseImportLinter(read('config-error-missing-package.txt'), where);

    expect(result).toEqual({
      contracts: [],
      kept: 0,
      broken: 0,
      findings: [],
      configError: "Could not find package 'missingpkg' in your Python path.",
    });
  });

  it('says so when lint-imports printed nothing', () => {
    expect(parseImportLinter('', where).configError).toBe('lint-imports printed no contracts report');
  });

  it('takes the first of several line numbers, and reads coloured CRLF output', () => {
    const output = [
      'Contracts',
      '---------',
      '',
      `\u001b[31m${LAYERS} BROKEN\u001b[0m`,
      '',
      'Contracts: 0 kept, 1 broken.',
      '',
      'Broken contracts',
      '----------------',
      '',
      LAYERS,
      '-'.repeat(LAYERS.length),
      '',
      'shop.domain is not allowed to import shop.interfaces:',
      '',
      '- shop.domain.models -> shop.utils.helpers (l.3, l.7)',
      '  shop.utils.helpers -> shop.interfaces.api (l.?)',
      '',
      '- shop.domain -> shop.interfaces.api (l.9)',
      '',
    ].join('\r\n');
    const result = parseImportLinter(output, where);

    expect(result.contracts).toEqual([{ name: LAYERS, kept: false }]);
    expect(result.findings).toEqual([
      {
        severity: 'error',
        title: `Broken contract: ${LAYERS}`,
        rule: LAYERS,
        message:
          'shop.domain is not allowed to import shop.interfaces: shop.domain.models -> shop.utils.helpers (l.3, l.7) -> shop.interfaces.api (l.?)',
        file: 'project/shop/domain/models.py',
        line: 3,
      },
      {
        severity: 'error',
        title: `Broken contract: ${LAYERS}`,
        rule: LAYERS,
        message:
          'shop.domain is not allowed to import shop.interfaces: shop.domain -> shop.interfaces.api (l.9)',
        // A package: its __init__.py.
        file: 'project/shop/domain/__init__.py',
        line: 9,
      },
    ]);
  });

  it('keeps collapsed chains (several importers) as printed, and finds modules under src/', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'import-linter-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(path.join(root, 'src', 'app', 'high'), { recursive: true });
    writeFileSync(path.join(root, 'src', 'app', 'high', 'blue.py'), 'import app.low\n');
    const output = [
      'app.high BROKEN',
      'Contracts: 0 kept, 1 broken.',
      'app.high',
      '--------',
      'app.low is not allowed to import app.high:',
      '- app.high.blue (l.4)',
      '  & app.high.green -> app.utils (l.8)',
      '  app.utils -> app.low.red (l.1)',
      '',
    ].join('\n');
    const [finding] = parseImportLinter(output, { workspace: root, cwd: root }).findings;

    expect(finding).toEqual({
      severity: 'error',
      title: 'Broken contract: app.high',
      rule: 'app.high',
      message:
        'app.low is not allowed to import app.high: app.high.blue (l.4) & app.high.green -> app.utils (l.8) -> app.low.red (l.1)',
      file: 'src/app/high/blue.py',
      line: 4,
    });
  });

  it('gives no file when the importer module is not found, and one finding for a contract it cannot read', () => {
    const output = [
      'Ghosts BROKEN',
      'Acyclic BROKEN',
      'Contracts: 0 kept, 2 broken.',
      'Ghosts',
      '------',
      'ghost is not allowed to import spirit:',
      '- ghost.a -> spirit.b (l.2)',
      '',
      'Acyclic',
      '-------',
      'Cycle found: a -> b -> a',
    ].join('\n');
    const result = parseImportLinter(output, where);

    expect(result.findings).toEqual([
      {
        severity: 'error',
        title: 'Broken contract: Ghosts',
        rule: 'Ghosts',
        message: 'ghost is not allowed to import spirit: ghost.a -> spirit.b (l.2)',
      },
      {
        severity: 'error',
        title: 'Broken contract: Acyclic',
        rule: 'Acyclic',
        message: 'Cycle found: a -> b -> a',
      },
    ]);
  });
});
