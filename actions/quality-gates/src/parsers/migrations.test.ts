import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operationModel, parseMakemigrationsCheck } from './migrations';

/** Real `makemigrations --check --dry-run` output of Debian's Django 3.2 on fixtures/django-check/project. */
const FIXTURES = fileURLToPath(new URL('../../../../packages/testing/fixtures/', import.meta.url));
const read = (name: string): string => readFileSync(path.join(FIXTURES, 'migrations', name), 'utf8');
const where = {
  workspace: path.join(FIXTURES, 'django-check'),
  cwd: path.join(FIXTURES, 'django-check', 'project'),
};

const ORDERS_OPERATIONS = [
  'Remove field status from order',
  'Add field note to order',
  'Alter field reference on order',
];

describe('parseMakemigrationsCheck', () => {
  it('reads "No changes detected"', () => {
    expect(parseMakemigrationsCheck(read('no-changes.txt'), 0, where)).toEqual({ missing: [], findings: [] });
  });

  it("reads the migrations two apps lack, one finding each at the model class in the app's models.py", () => {
    const result = parseMakemigrationsCheck(read('missing-two-apps.txt'), 1, where);

    expect(result.missing).toEqual([
      {
        app: 'inventory',
        file: 'inventory/migrations/0001_initial.py',
        operations: ['Create model StockItem'],
      },
      { app: 'orders', file: 'orders/migrations/0002_auto_20261129_0034.py', operations: ORDERS_OPERATIONS },
    ]);
    expect(result.error).toBeUndefined();
    expect(result.findings).toEqual([
      {
        severity: 'error',
        title: 'Missing migration for inventory',
        rule: 'migrations',
        message:
          "Models of app 'inventory' changed without a migration (0001_initial.py would be created): Create model StockItem. Run: python manage.py makemigrations inventory",
        file: 'project/inventory/models.py',
        line: 4,
      },
      {
        severity: 'error',
        title: 'Missing migration for orders',
        rule: 'migrations',
        message:
          "Models of app 'orders' changed without a migration (0002_auto_20261129_0034.py would be created): Remove field status from order; Add field note to order; Alter field reference on order. Run: python manage.py makemigrations orders",
        file: 'project/orders/models.py',
        line: 4,
      },
    ]);
  });

  it('reads a run limited to one app', () => {
    const result = parseMakemigrationsCheck(read('missing-one-app.txt'), 1, where);

    expect(result.missing).toEqual([
      { app: 'orders', file: 'orders/migrations/0002_auto_20261129_0034.py', operations: ORDERS_OPERATIONS },
    ]);
  });

  it("reads Django 5.1's operation symbols (+ add, - remove, ~ alter, p Python, s SQL)", () => {
    const output = [
      "Migrations for 'orders':",
      '  orders/migrations/0002_order_note.py',
      '    + Add field note to order',
      '    - Remove field status from order',
      '    ~ Alter field reference on order',
      '    p Raw Python operation',
      '    s Raw SQL operation',
      '',
    ].join('\n');
    const [missing] = parseMakemigrationsCheck(output, 1, where).missing;

    expect(missing?.operations).toEqual([
      'Add field note to order',
      'Remove field status from order',
      'Alter field reference on order',
      'Raw Python operation',
      'Raw SQL operation',
    ]);
  });

  it('gives no file for a migration outside the workspace (printed absolute)', () => {
    const output =
      "Migrations for 'vendored':\n  /opt/vendored/migrations/0002_x.py\n    - Add field x to y\n";
    const [finding] = parseMakemigrationsCheck(output, 1, where).findings;

    expect(finding).toEqual({
      severity: 'error',
      title: 'Missing migration for vendored',
      rule: 'migrations',
      message:
        "Models of app 'vendored' changed without a migration (0002_x.py would be created): Add field x to y. Run: python manage.py makemigrations vendored",
    });
  });

  it('points into a models package: the module that defines the model, else its __init__.py', () => {
    const clinic = { workspace: FIXTURES, cwd: path.join(FIXTURES, 'clinic-service') };
    const output = [
      "Migrations for 'bookings':",
      '  bookings/migrations/0002_appointment_note.py',
      '    - Add field note to appointment',
      "Migrations for 'bookings':",
      '  bookings/migrations/0003_x.py',
      '    - Raw SQL operation',
      '',
    ].join('\n');
    const findings = parseMakemigrationsCheck(output, 1, clinic).findings;

    expect(findings.map((f) => [f.file, f.line])).toEqual([
      ['clinic-service/bookings/models/appointment.py', 4],
      ['clinic-service/bookings/models/__init__.py', undefined],
    ]);
  });

  it.each([
    ['Create model StockItem', 'StockItem'],
    ['Delete model Order', 'Order'],
    ['Add field note to order', 'order'],
    ['Remove field status from order', 'order'],
    ['Alter field reference on order', 'order'],
    ['Rename field a on order to b', 'order'],
    ['Raw SQL operation', undefined],
  ])('finds the model of %j', (operation, model) => {
    expect(operationModel(operation)).toBe(model);
  });

  it('reports the system check errors that stopped makemigrations', () => {
    const result = parseMakemigrationsCheck(read('system-check-error.txt'), 1, where);

    expect(result.missing).toEqual([]);
    expect(result.error).toBe(
      'makemigrations stopped on 4 system check errors (broken.C001, fields.E120, fields.E304, fields.E304)',
    );
    expect(result.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['broken.C001', undefined, undefined],
      ['fields.E120', 'project/broken/models.py', 5],
      ['fields.E304', 'project/broken/models.py', 9],
      ['fields.E304', 'project/broken/models.py', 10],
    ]);
  });

  it('reports any other failure with its last line', () => {
    const output =
      'Traceback (most recent call last):\n  File "manage.py", line 9\nModuleNotFoundError: No module named \'orders\'\n';
    const result = parseMakemigrationsCheck(output, 1, where);
    const error =
      "makemigrations exited with code 1 without reporting changes: ModuleNotFoundError: No module named 'orders'";

    expect(result).toEqual({
      missing: [],
      findings: [{ severity: 'error', title: 'makemigrations failed', rule: 'migrations', message: error }],
      error,
    });
  });
});
