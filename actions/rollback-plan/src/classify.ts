/**
 * The rules: what each migration operation means for the old code running on the new schema,
 * and the plan that follows from the migrations applied since the release to go back to.
 * The facts come from Django's MigrationLoader (loader-script.ts); the reasons are in the README.
 */

/** A field as the loader describes it. */
export interface FieldFacts {
  readonly class: string;
  readonly null: boolean;
  readonly hasDefault: boolean;
  readonly manyToMany: boolean;
  readonly maxLength: number | null;
  readonly maxDigits: number | null;
  readonly decimalPlaces: number | null;
  readonly column: string | null;
  /** Django 5's `db_default`: the database fills the column itself. */
  readonly dbDefault?: boolean;
}

/** One operation of a migration. */
export interface OperationFacts {
  readonly type: string;
  readonly module: string;
  readonly reversible: boolean;
  readonly describe: string;
  readonly name?: string;
  readonly model_name?: string;
  readonly field?: FieldFacts | null;
  readonly oldField?: FieldFacts | null;
  readonly databaseOperations?: readonly OperationFacts[];
}

/** One migration of the graph; `operations` is null for migrations listed without them. */
export interface MigrationFacts {
  readonly app: string;
  readonly name: string;
  readonly file: string | null;
  readonly dependencies: readonly (readonly [string, string])[];
  readonly replaces: readonly (readonly [string, string])[];
  readonly operations: readonly OperationFacts[] | null;
}

/** What the loader printed for one release. */
export interface ProjectFacts {
  readonly django: string;
  readonly settings: string;
  readonly migrations: readonly MigrationFacts[];
}

/**
 * `additive`: the old code runs on the new schema, a redeploy is enough. `reversible`: Django can
 * undo it without losing data the old code needs (`migrate <app> <target>` with the current
 * release, then the redeploy). `destructive`: undoing it cannot bring back what it removed or
 * rewrote; the old code needs the backup taken before it.
 */
export type Kind = 'additive' | 'reversible' | 'destructive';

const RANK: Record<Kind, number> = { additive: 0, reversible: 1, destructive: 2 };

export function worst(kinds: Iterable<Kind>): Kind {
  let result: Kind = 'additive';
  for (const kind of kinds) if (RANK[kind] > RANK[result]) result = kind;
  return result;
}

export interface OperationVerdict {
  readonly kind: Kind;
  readonly why: string;
}

/** Operations that change nothing the old code reads or writes. */
const ADDITIVE = new Set([
  'CreateModel',
  'AddIndex',
  'RemoveIndex',
  'RenameIndex',
  'AddConstraint',
  'RemoveConstraint',
  'AlterUniqueTogether',
  'AlterIndexTogether',
  'AlterModelOptions',
  'AlterModelManagers',
  'AlterModelTableComment',
  'CreateExtension',
  'BtreeGinExtension',
  'HStoreExtension',
  'TrigramExtension',
  'UnaccentExtension',
  'CryptoExtension',
  'BloomExtension',
  'BtreeGistExtension',
  'CITextExtension',
  'AddIndexConcurrently',
  'RemoveIndexConcurrently',
  'CreateCollation',
  'RemoveCollation',
]);

/** Operations the old code fails on that Django undoes with the data intact. */
const REVERSIBLE = new Set(['RenameField', 'RenameModel', 'AlterModelTable', 'AlterOrderWithRespectTo']);

/** The classification of one operation, with the reason in a few words. */
export function classifyOperation(op: OperationFacts): OperationVerdict {
  switch (op.type) {
    case 'AddField':
      return classifyAddField(op.field);
    case 'AlterField':
      return classifyAlterField(op.oldField, op.field);
    case 'RemoveField':
      return { kind: 'destructive', why: 'drops the column and its data; the old code reads it' };
    case 'DeleteModel':
      return { kind: 'destructive', why: 'drops the table and its rows; the old code reads them' };
    case 'RunPython':
    case 'RunSQL':
      return op.reversible
        ? { kind: 'reversible', why: `a data change with a reverse (${op.type}): migrate back runs it` }
        : { kind: 'destructive', why: `a data change without a reverse (${op.type}): irreversible` };
    case 'SeparateDatabaseAndState': {
      const inner = (op.databaseOperations ?? []).map(classifyOperation);
      if (inner.length === 0) return { kind: 'additive', why: 'changes the state only, not the database' };
      const kind = worst(inner.map((v) => v.kind));
      return { kind, why: inner.find((v) => v.kind === kind)?.why ?? '' };
    }
  }
  if (ADDITIVE.has(op.type)) return { kind: 'additive', why: 'the old code does not use it' };
  if (REVERSIBLE.has(op.type)) {
    return {
      kind: 'reversible',
      why: 'the old code uses the old name; migrate back renames it, data intact',
    };
  }
  return op.reversible
    ? {
        kind: 'reversible',
        why: `an operation rollback-plan does not know (${op.type}); Django can reverse it`,
      }
    : {
        kind: 'destructive',
        why: `an operation rollback-plan does not know (${op.type}) that cannot be reversed`,
      };
}

function classifyAddField(field: FieldFacts | null | undefined): OperationVerdict {
  if (!field) return { kind: 'reversible', why: 'a new field rollback-plan could not read' };
  if (field.manyToMany)
    return { kind: 'additive', why: 'a new many-to-many table the old code does not use' };
  if (field.null)
    return { kind: 'additive', why: 'a nullable column: the old code’s inserts leave it empty' };
  if (field.dbDefault) return { kind: 'additive', why: 'a NOT NULL column the database fills (db_default)' };
  return {
    kind: 'reversible',
    why: field.hasDefault
      ? 'a NOT NULL column whose default Django keeps in Python only: the old code’s inserts fail'
      : 'a NOT NULL column without a default: the old code’s inserts fail',
  };
}

function classifyAlterField(
  before: FieldFacts | null | undefined,
  after: FieldFacts | null | undefined,
): OperationVerdict {
  if (!before || !after) return { kind: 'destructive', why: 'a changed field whose old form is unknown' };
  if (before.class !== after.class) {
    return {
      kind: 'destructive',
      why: `a new column type (${before.class} to ${after.class}): values converted`,
    };
  }
  const narrower = (a: number | null, b: number | null): boolean =>
    a !== null && (b === null ? false : b < a);
  if (
    narrower(before.maxLength, after.maxLength) ||
    narrower(before.maxDigits, after.maxDigits) ||
    narrower(before.decimalPlaces, after.decimalPlaces)
  ) {
    return { kind: 'destructive', why: 'a narrower column: longer values were cut or refused' };
  }
  if ((before.column ?? null) !== (after.column ?? null)) {
    return { kind: 'reversible', why: 'a renamed column: migrate back renames it, data intact' };
  }
  if (before.null && !after.null) {
    return { kind: 'reversible', why: 'now NOT NULL: the old code’s inserts of empty values fail' };
  }
  return { kind: 'additive', why: 'a wider or equal column the old code still fits' };
}

/** A migration applied since the release to go back to, classified. */
export interface ClassifiedMigration {
  readonly app: string;
  readonly name: string;
  readonly file: string | null;
  readonly kind: Kind;
  readonly operations: readonly (OperationVerdict & { readonly describe: string; readonly type: string })[];
}

/**
 * The migrations of `from` that `to` does not have, in the order Django applies them (dependencies
 * first, then by app and name). A squashed migration whose replaced ones `to` has is not new.
 */
export function newMigrations(from: ProjectFacts, to: ProjectFacts): MigrationFacts[] {
  const known = new Set(to.migrations.map((m) => `${m.app}.${m.name}`));
  for (const m of to.migrations) for (const [app, name] of m.replaces) known.add(`${app}.${name}`);
  const isNew = (m: MigrationFacts): boolean =>
    !known.has(`${m.app}.${m.name}`) &&
    !(m.replaces.length > 0 && m.replaces.every(([app, name]) => known.has(`${app}.${name}`)));
  const fresh = new Map(from.migrations.filter(isNew).map((m) => [`${m.app}.${m.name}`, m]));
  const ordered: MigrationFacts[] = [];
  const done = new Set<string>();
  const visit = (key: string): void => {
    const migration = fresh.get(key);
    if (!migration || done.has(key)) return;
    done.add(key);
    for (const [app, name] of migration.dependencies) visit(`${app}.${name}`);
    ordered.push(migration);
  };
  for (const key of [...fresh.keys()].sort()) visit(key);
  return ordered;
}

export function classifyMigration(migration: MigrationFacts): ClassifiedMigration {
  const operations = (migration.operations ?? []).map((op) => ({
    ...classifyOperation(op),
    describe: op.describe,
    type: op.type,
  }));
  return {
    app: migration.app,
    name: migration.name,
    file: migration.file,
    kind: worst(operations.map((o) => o.kind)),
    operations,
  };
}

/**
 * The last migration of `app` in a release's graph (the leaf: no other migration of the app
 * depends on it), or `zero` when the release has none. With several leaves (an unmerged
 * conflict) the last by name.
 */
export function targetOf(facts: ProjectFacts, app: string): string {
  const own = facts.migrations.filter((m) => m.app === app);
  if (own.length === 0) return 'zero';
  const replaced = new Set(facts.migrations.flatMap((m) => m.replaces.map(([a, n]) => `${a}.${n}`)));
  const depended = new Set(own.flatMap((m) => m.dependencies.filter(([a]) => a === app).map(([, n]) => n)));
  const leaves = own
    .filter((m) => !depended.has(m.name) && !replaced.has(`${m.app}.${m.name}`))
    .map((m) => m.name)
    .sort();
  return (
    leaves.at(-1) ??
    own
      .map((m) => m.name)
      .sort()
      .at(-1) ??
    'zero'
  );
}

/** One step of the plan. */
export type Step =
  | { readonly kind: 'migrate'; readonly app: string; readonly target: string }
  | { readonly kind: 'restore'; readonly backupId: string | undefined }
  | { readonly kind: 'redeploy'; readonly target: string };

export interface PlanInput {
  readonly migrations: readonly ClassifiedMigration[];
  readonly to: ProjectFacts;
  /** The backup to restore, when a migration is destructive and the manifests name it. */
  readonly backupId: string | undefined;
  /** What to redeploy: the image tag of `to`, else its ref. */
  readonly redeploy: string;
}

/**
 * The steps in order: the restore first when any migration is destructive (the backup taken
 * before the deploy of the first one); then `migrate <app> <target>` for each app with a
 * reversible migration still applied (before the first destructive one when there is a restore),
 * the app whose migrations came last first; then the redeploy.
 */
export function buildPlan(input: PlanInput): Step[] {
  const steps: Step[] = [];
  const firstDestructive = input.migrations.findIndex((m) => m.kind === 'destructive');
  if (firstDestructive >= 0) steps.push({ kind: 'restore', backupId: input.backupId });
  // The backup holds the schema from before the first destructive migration: only what came
  // before it is left to undo.
  const undo = firstDestructive >= 0 ? input.migrations.slice(0, firstDestructive) : input.migrations;
  const apps: string[] = [];
  for (const m of [...undo].reverse()) {
    if (m.kind !== 'additive' && !apps.includes(m.app)) apps.push(m.app);
  }
  for (const app of apps) steps.push({ kind: 'migrate', app, target: targetOf(input.to, app) });
  steps.push({ kind: 'redeploy', target: input.redeploy });
  return steps;
}

/** `migrate:<app>:<target>`, `restore:<id>`, `redeploy:<tag>`. */
export function stepToken(step: Step): string {
  switch (step.kind) {
    case 'migrate':
      return `migrate:${step.app}:${step.target}`;
    case 'restore':
      return `restore:${step.backupId ?? 'unknown'}`;
    case 'redeploy':
      return `redeploy:${step.target}`;
  }
}
