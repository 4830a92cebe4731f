import { describe, expect, it } from 'vitest';
import {
  buildPlan,
  classifyMigration,
  classifyOperation,
  type FieldFacts,
  type MigrationFacts,
  newMigrations,
  type OperationFacts,
  type ProjectFacts,
  stepToken,
  targetOf,
} from './classify';
import { compareSemver } from './release';

const field = (facts: Partial<FieldFacts> = {}): FieldFacts => ({
  class: 'CharField',
  null: false,
  hasDefault: false,
  manyToMany: false,
  maxLength: 100,
  maxDigits: null,
  decimalPlaces: null,
  column: null,
  ...facts,
});
const op = (type: string, facts: Partial<OperationFacts> = {}): OperationFacts => ({
  type,
  module: 'django.db.migrations.operations',
  reversible: true,
  describe: `${type} thing`,
  ...facts,
});
const migration = (
  app: string,
  name: string,
  deps: [string, string][],
  ops: OperationFacts[] = [],
  replaces: [string, string][] = [],
): MigrationFacts => ({
  app,
  name,
  file: `${app}/migrations/${name}.py`,
  dependencies: deps,
  replaces,
  operations: ops,
});
const project = (migrations: MigrationFacts[]): ProjectFacts => ({
  django: '3.2.25',
  settings: 'config.settings',
  migrations,
});

describe('classifyOperation', () => {
  it.each([
    ['AddField nullable', op('AddField', { field: field({ null: true }) }), 'additive'],
    ['AddField with a Python default', op('AddField', { field: field({ hasDefault: true }) }), 'reversible'],
    ['AddField with a database default', op('AddField', { field: field({ dbDefault: true }) }), 'additive'],
    [
      'AddField many-to-many',
      op('AddField', { field: field({ manyToMany: true, class: 'ManyToManyField' }) }),
      'additive',
    ],
    [
      'AlterField longer',
      op('AlterField', { oldField: field(), field: field({ maxLength: 200 }) }),
      'additive',
    ],
    [
      'AlterField shorter',
      op('AlterField', { oldField: field(), field: field({ maxLength: 50 }) }),
      'destructive',
    ],
    [
      'AlterField to NOT NULL',
      op('AlterField', { oldField: field({ null: true }), field: field() }),
      'reversible',
    ],
    [
      'AlterField new type',
      op('AlterField', { oldField: field(), field: field({ class: 'IntegerField' }) }),
      'destructive',
    ],
    ['AlterField old form unknown', op('AlterField', { oldField: null, field: field() }), 'destructive'],
    ['RenameField', op('RenameField'), 'reversible'],
    ['RemoveField', op('RemoveField'), 'destructive'],
    ['DeleteModel', op('DeleteModel'), 'destructive'],
    ['RunPython with reverse', op('RunPython'), 'reversible'],
    ['RunSQL without reverse', op('RunSQL', { reversible: false }), 'destructive'],
    [
      'SeparateDatabaseAndState, state only',
      op('SeparateDatabaseAndState', { databaseOperations: [] }),
      'additive',
    ],
    [
      'SeparateDatabaseAndState dropping',
      op('SeparateDatabaseAndState', { databaseOperations: [op('RemoveField')] }),
      'destructive',
    ],
    ['unknown, reversible', op('AddPgTrigger'), 'reversible'],
    ['unknown, irreversible', op('AddPgTrigger', { reversible: false }), 'destructive'],
  ])('%s is %s', (_name, operation, kind) => {
    expect(classifyOperation(operation).kind).toBe(kind);
  });
});

describe('newMigrations, targetOf and buildPlan', () => {
  const base = [
    migration('shop', '0001_initial', []),
    migration('shop', '0002_price', [['shop', '0001_initial']]),
  ];
  const to = project(base);

  it('lists what `from` adds in dependency order, and a squash of known migrations is not new', () => {
    const from = project([
      migration(
        'shop',
        '0001_squashed_0002',
        [],
        [],
        [
          ['shop', '0001_initial'],
          ['shop', '0002_price'],
        ],
      ),
      migration('billing', '0001_initial', [['shop', '0003_note']], [op('CreateModel')]),
      migration(
        'shop',
        '0003_note',
        [['shop', '0001_squashed_0002']],
        [op('AddField', { field: field({ null: true }) })],
      ),
    ]);
    expect(newMigrations(from, to).map((m) => `${m.app}.${m.name}`)).toEqual([
      'shop.0003_note',
      'billing.0001_initial',
    ]);
  });

  it('targets the last migration of the app in `to`, or zero', () => {
    expect(targetOf(to, 'shop')).toBe('0002_price');
    expect(targetOf(to, 'billing')).toBe('zero');
  });

  it('migrates the apps back, the latest first, then redeploys; a restore comes first and only what came before it is migrated', () => {
    const reversible = classifyMigration(migration('shop', '0003_rename', [], [op('RenameField')]));
    const billing = classifyMigration(
      migration('billing', '0001_initial', [], [op('AddField', { field: field() })]),
    );
    const dropping = classifyMigration(migration('shop', '0004_drop', [], [op('RemoveField')]));
    const later = classifyMigration(migration('billing', '0002_rename', [], [op('RenameModel')]));
    expect(
      buildPlan({ migrations: [reversible, billing], to, backupId: undefined, redeploy: 'app:1.0' }).map(
        stepToken,
      ),
    ).toEqual(['migrate:billing:zero', 'migrate:shop:0002_price', 'redeploy:app:1.0']);
    expect(
      buildPlan({
        migrations: [reversible, dropping, later],
        to,
        backupId: 'production/x',
        redeploy: 'v1',
      }).map(stepToken),
    ).toEqual(['restore:production/x', 'migrate:shop:0002_price', 'redeploy:v1']);
    expect(
      buildPlan({ migrations: [dropping], to, backupId: undefined, redeploy: 'v1' }).map(stepToken),
    ).toEqual(['restore:unknown', 'redeploy:v1']);
  });
});

describe('compareSemver', () => {
  it('orders release tags, pre-releases before their release, and rejects other names', () => {
    expect(['v1.10.0', 'v1.2.0', '1.2.0-rc.1', 'v1.9.3'].sort((a, b) => compareSemver(a, b) ?? 0)).toEqual([
      '1.2.0-rc.1',
      'v1.2.0',
      'v1.9.3',
      'v1.10.0',
    ]);
    expect(compareSemver('release-7', 'v1.0.0')).toBeNull();
  });
});
