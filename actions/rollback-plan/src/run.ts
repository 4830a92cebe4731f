/**
 * The rollback-plan action: resolve the two releases, export each tree, ask Django's migration
 * loader (the project's interpreter, no database) for both graphs, classify the migrations applied
 * since the release to go back to, name the backup and the image from the manifests, and write
 * the plan: outputs, a summary with the exact commands, report.json and plan.json.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  type ActionContext,
  type ActionResult,
  type Check,
  ConfigError,
  ensureOwnDir,
  finishReport,
  gitRunner,
  plural,
  relativeTo,
  reportFilePath,
  reportHint,
  runProcess,
  startRun,
  workingDirectory,
  writeFileAtomic,
} from '@maint-actions/core';
import { activateVenv, type PythonInfo, prepareProjectPython } from '@maint-actions/python-env';
import {
  buildPlan,
  type ClassifiedMigration,
  classifyMigration,
  type Kind,
  newMigrations,
  type ProjectFacts,
  type Step,
  stepToken,
  worst,
} from './classify';
import { LOADER_SCRIPT } from './loader-script';
import { type BackupRecord, loadManifests, readManifest, sameCommit } from './manifests';
import {
  commitAdding,
  exportTree,
  isAncestor,
  previousRelease,
  type Release,
  resolveRelease,
} from './release';
import { type RollbackPlanSpec, spec } from './spec';

type Inputs = ActionContext<RollbackPlanSpec>['inputs'];
type Env = Readonly<Record<string, string | undefined>>;

/** How long Django may take to load one release's migrations. */
const LOADER_TIMEOUT_MS = 5 * 60_000;
/** How long installing the project (`install`) may take. */
const INSTALL_TIMEOUT_MS = 15 * 60_000;

/** The plan as plan.json holds it (the workflows read it). */
export interface Plan {
  readonly from: Release;
  readonly to: Release & { readonly manifest?: string };
  readonly kind: Kind;
  readonly safe: boolean;
  readonly migrations: readonly ClassifiedMigration[];
  readonly steps: readonly string[];
  readonly backup?: { readonly id: string; readonly manifest: string; readonly deployedSha?: string };
  readonly imageTag?: string;
  readonly django: string;
  readonly settings: string;
  readonly notes: readonly string[];
}

/** Runs the action (see the spec and rollback-plan/README.md). */
export async function run({
  platform,
  inputs,
}: ActionContext<RollbackPlanSpec>): Promise<ActionResult<RollbackPlanSpec>> {
  const started = startRun(platform, spec, inputs.reportDir);
  const { workspace, reportDir } = started;
  const cwd = workingDirectory(workspace, inputs.workingDirectory);
  const purpose = 'rollback-plan needs git on PATH (apt-get install git)';
  const top = await gitRunner(cwd, platform.env, purpose).run([
    'rev-parse',
    '--show-toplevel',
    '--show-prefix',
  ]);
  if (top.exitCode !== 0) {
    throw new ConfigError(
      `Input "working-directory": ${relativeTo(workspace, cwd) || '.'} is not inside a git repository; rollback-plan reads the releases from git history (check out the repository with its tags).`,
      { input: 'working-directory' },
    );
  }
  const [root = cwd, shown = ''] = top.stdout.split('\n');
  const prefix = shown.trim().replace(/\/$/, '');
  // Every git command runs at the root: paths (the working directory, a migration) are the root's.
  const git = gitRunner(root.trim(), platform.env, purpose);
  const notes: string[] = [];

  const from = await resolveRelease(git, inputs.from, 'from');
  const { to, toManifest } = await resolveTo(git, inputs, workspace, from);
  const manifests = inputs.manifests
    ? await loadManifests(path.resolve(workspace, inputs.manifests))
    : undefined;
  for (const file of manifests?.skipped ?? [])
    notes.push(`${relativeTo(workspace, file)} is not a backup manifest; left out.`);

  const python = await prepareProjectPython({
    platform,
    python: inputs.python,
    install: inputs.install,
    workspace,
    cwd,
    env: platform.env,
    timeoutMs: INSTALL_TIMEOUT_MS,
  });
  if (python.modules.get('django') === false) {
    throw new ConfigError(
      `Input "python": ${python.path} cannot import Django; set it to the project's interpreter (the one with its requirements installed).`,
      { input: 'python' },
    );
  }

  const scratch = await mkdtemp(path.join(platform.context.tempDir, 'maint-rollback-'));
  let fromFacts: ProjectFacts;
  let toFacts: ProjectFacts;
  try {
    const loader = { python, settings: inputs.settingsModule, env: platform.env, prefix, git };
    const fromDir = await exportRelease(loader, from, path.join(scratch, 'from'));
    const toDir = await exportRelease(loader, to, path.join(scratch, 'to'));
    toFacts = await loadRelease(loader, to, toDir, true);
    fromFacts = await loadRelease(loader, from, fromDir, toFacts);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  const migrations = newMigrations(fromFacts, toFacts).map(classifyMigration);
  const kind = worst(migrations.map((m) => m.kind));
  const imageTag = toManifest?.imageTag ?? imageOf(manifests?.records ?? [], to.sha);
  const firstDestructive = migrations.find((m) => m.kind === 'destructive');
  const backup = firstDestructive
    ? await backupBefore(
        git,
        manifests?.records ?? [],
        { from, to, prefix, migration: firstDestructive },
        notes,
      )
    : undefined;
  const steps = buildPlan({
    migrations,
    to: toFacts,
    backupId: backup?.backupId,
    redeploy: imageTag ?? to.ref,
  });
  const tokens = steps.map(stepToken);
  const plan: Plan = {
    from,
    to: { ...to, ...(toManifest ? { manifest: relativeTo(workspace, toManifest.file) } : {}) },
    kind,
    safe: kind === 'additive',
    migrations,
    steps: tokens,
    ...(backup
      ? {
          backup: {
            id: backup.backupId,
            manifest: relativeTo(workspace, backup.file),
            deployedSha: backup.gitSha,
          },
        }
      : {}),
    ...(imageTag ? { imageTag } : {}),
    django: fromFacts.django,
    settings: fromFacts.settings,
    notes,
  };

  ensureOwnDir(reportDir);
  const planFile = path.join(reportDir, 'plan.json');
  await writeFileAtomic(planFile, `${JSON.stringify(plan, null, 2)}\n`);
  const markdown = renderPlan(plan, steps, relativeTo(workspace, planFile), python);
  const report = finishReport(started, {
    checks: migrations.map(toCheck),
    verdict: 'passed',
    meta: {
      from: `${from.ref} (${from.sha.slice(0, 7)})`,
      to: `${to.ref} (${to.sha.slice(0, 7)})`,
      plan: kind === 'additive' ? 'redeploy' : kind === 'reversible' ? 'reverse migration' : 'restore',
      django: fromFacts.django,
      python: python.version,
    },
  });
  const outputs = {
    safe: String(plan.safe),
    steps: tokens.join(','),
    destructive: migrations
      .filter((m) => m.kind === 'destructive')
      .map((m) => `${m.app}.${m.name}`)
      .join(','),
    'backup-id': backup?.backupId ?? '',
    'image-tag': imageTag ?? '',
    report: reportFilePath(reportDir, 'json'),
  };
  return {
    verdict: 'passed',
    summary: `${headline(plan)}: ${tokens.join(', ')}`,
    outputs,
    report,
    publish: {
      dir: reportDir,
      formats: ['json', 'summary'],
      fullReportHint: reportHint(started, planFile),
      summaryMarkdown: markdown,
    },
  };
}

/** `to` as given (a ref, a manifest file) or the previous release tag. */
async function resolveTo(
  git: ReturnType<typeof gitRunner>,
  inputs: Inputs,
  workspace: string,
  from: Release,
): Promise<{ to: Release; toManifest?: BackupRecord }> {
  if (inputs.to === undefined) return { to: await previousRelease(git, from) };
  const file = path.resolve(workspace, inputs.to);
  if (inputs.to.endsWith('.json') || (existsSync(file) && statSync(file).isFile())) {
    const manifest = await readManifest(file, 'to');
    if (!manifest.gitSha) {
      throw new ConfigError(
        `Input "to": the manifest ${inputs.to} records no gitSha (the backup ran outside git); set "to" to the release's tag or commit.`,
        { input: 'to' },
      );
    }
    const release = await resolveRelease(git, manifest.gitSha, 'to');
    return { to: { ref: manifest.gitSha.slice(0, 12), sha: release.sha }, toManifest: manifest };
  }
  return { to: await resolveRelease(git, inputs.to, 'to') };
}

interface LoaderSetup {
  readonly python: PythonInfo;
  readonly settings: string | undefined;
  readonly env: Env;
  readonly prefix: string;
  readonly git: ReturnType<typeof gitRunner>;
}

/** Exports the working directory of `release` into `dest`. @throws ConfigError without manage.py. */
async function exportRelease(setup: LoaderSetup, release: Release, dest: string): Promise<string> {
  const dir = await exportTree(setup.git, release.sha, setup.prefix, dest, setup.env);
  if (!existsSync(path.join(dir, 'manage.py'))) {
    throw new ConfigError(
      `Input "working-directory": there is no manage.py in ${setup.prefix || '.'} at ${release.ref}; rollback-plan needs the Django project's folder.`,
      { input: 'working-directory' },
    );
  }
  return dir;
}

/**
 * Runs the loader script in an exported release. `skip`: `true` lists the graph only; the other
 * release's facts list its migrations without operations.
 */
async function loadRelease(
  setup: LoaderSetup,
  release: Release,
  dir: string,
  skip: true | ProjectFacts,
): Promise<ProjectFacts> {
  const where = `${setup.prefix || '.'} at ${release.ref}`;
  const env: Env = {
    ...activateVenv(setup.env, setup.python.path),
    PYTHONDONTWRITEBYTECODE: '1',
    DJANGO_SETTINGS_MODULE: undefined,
  };
  const result = await runProcess({
    command: setup.python.path,
    args: ['-c', LOADER_SCRIPT, setup.settings ?? ''],
    cwd: dir,
    env,
    input: JSON.stringify(skip === true ? true : skip.migrations.map((m) => [m.app, m.name])),
    timeoutMs: LOADER_TIMEOUT_MS,
  });
  let parsed: (ProjectFacts & { error?: undefined }) | { error: string; message: string } | undefined;
  try {
    parsed = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
  } catch {
    parsed = undefined;
  }
  if (parsed?.error !== undefined) {
    const first = parsed.message.split('\n')[0];
    if (parsed.error === 'no-django') {
      throw new ConfigError(
        `Input "python": ${setup.python.path} cannot import Django; set it to the project's interpreter.`,
        { input: 'python' },
      );
    }
    if (parsed.error === 'no-settings') {
      throw new ConfigError(
        `Input "settings-module": manage.py in ${where} sets no DJANGO_SETTINGS_MODULE; set "settings-module".`,
        { input: 'settings-module' },
      );
    }
    throw new ConfigError(
      `Django could not load the migrations of ${where} (${first}); check "settings-module" and that "python" has the project's requirements.`,
      { input: 'settings-module' },
    );
  }
  if (result.exitCode !== 0 || !parsed) {
    const tail = result.stderr.trim().split('\n').at(-1) ?? '';
    throw new Error(`The migration loader failed in ${where} (exit ${result.exitCode}): ${tail}`);
  }
  return parsed;
}

/** The image of the newest manifest whose deploy was `sha`. */
function imageOf(records: readonly BackupRecord[], sha: string): string | undefined {
  return records.filter((r) => sameCommit(r.gitSha, sha) && r.imageTag).at(-1)?.imageTag;
}

/**
 * The backup taken before the deploy that brought `migration`: among the manifests whose deploy
 * (`gitSha`) lies in `to..from` and holds the commit that added the migration, the oldest (the
 * first such deploy; its backup was taken just before, with the schema the old code knows).
 */
async function backupBefore(
  git: ReturnType<typeof gitRunner>,
  records: readonly BackupRecord[],
  facts: { from: Release; to: Release; prefix: string; migration: ClassifiedMigration },
  notes: string[],
): Promise<BackupRecord | undefined> {
  const { from, to, prefix, migration } = facts;
  const label = `${migration.app}.${migration.name}`;
  const file = migration.file ? path.posix.join(prefix, migration.file) : undefined;
  const added = file ? await commitAdding(git, `${to.sha}..${from.sha}`, file) : undefined;
  const since = added ?? to.sha;
  for (const record of records) {
    if (!record.gitSha || sameCommit(record.gitSha, to.sha)) continue;
    if (!(await isAncestor(git, since, record.gitSha)) || !(await isAncestor(git, record.gitSha, from.sha)))
      continue;
    return record;
  }
  notes.push(
    records.length === 0
      ? `No manifests given: the backup taken before the deploy of ${label} is unknown (set "manifests").`
      : `No manifest records a deploy that brought ${label}: the backup to restore is unknown.`,
  );
  return undefined;
}

function toCheck(m: ClassifiedMigration): Check {
  return {
    id: `migration:${m.app}.${m.name}`,
    name: `${m.app}.${m.name}`,
    mode: 'warn',
    status: m.kind === 'additive' ? 'passed' : 'failed',
    durationMs: 0,
    summary: `${m.kind}${m.operations.length ? ` (${plural(m.operations.length, 'operation')})` : ''}`,
    findings:
      m.kind === 'additive'
        ? []
        : m.operations
            .filter((o) => o.kind !== 'additive')
            .map((o) => ({
              severity: o.kind === 'destructive' ? ('error' as const) : ('warning' as const),
              message: `${o.describe}: ${o.why}`,
              rule: o.kind,
              ...(m.file ? { file: m.file } : {}),
            })),
    counts: { operations: m.operations.length },
  };
}

function headline(plan: Plan): string {
  const span = `from ${plan.from.ref} to ${plan.to.ref}`;
  if (plan.kind === 'additive') return `Going back ${span} is a redeploy`;
  if (plan.kind === 'reversible') return `Going back ${span} needs a reverse migration before the redeploy`;
  return `Going back ${span} needs a restore of the backup taken before the deploy`;
}

/** The summary: the verdict, the commands in order, then the migrations with their reasons. */
function renderPlan(plan: Plan, steps: readonly Step[], planFile: string, python: PythonInfo): string {
  const lines = [
    `## Rollback plan: ${plan.safe ? 'redeploy only' : plan.kind === 'reversible' ? 'reverse migration' : 'restore'}`,
    '',
  ];
  lines.push(`${headline(plan)}.`, '');
  lines.push(`- from: \`${plan.from.ref}\` (${plan.from.sha.slice(0, 12)})`);
  lines.push(
    `- to: \`${plan.to.ref}\` (${plan.to.sha.slice(0, 12)})${plan.to.manifest ? `, manifest \`${plan.to.manifest}\`` : ''}`,
  );
  lines.push(
    `- ${plural(plan.migrations.length, 'migration')} applied since, read by Django ${plan.django} (Python ${python.version}, settings \`${plan.settings}\`)`,
  );
  lines.push('', '### Steps', '');
  steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${describeStep(step, plan)}`);
  });
  if (plan.migrations.length) {
    lines.push('', '### Migrations applied since', '', '| migration | class | why |', '|---|---|---|');
    for (const m of plan.migrations) {
      const why = m.operations.map((o) => `${o.describe}: ${o.why}`).join('; ') || 'no operations';
      lines.push(`| \`${m.app}.${m.name}\` | ${m.kind} | ${escapeCell(why)} |`);
    }
  }
  if (plan.notes.length) lines.push('', ...plan.notes.map((n) => `> ${n}`));
  lines.push('', `_The plan as JSON: \`${planFile}\`._`);
  return `${lines.join('\n')}\n`;
}

function describeStep(step: Step, plan: Plan): string {
  switch (step.kind) {
    case 'migrate':
      return `Reverse the migrations of \`${step.app}\` with the current release (${plan.from.ref}), before the redeploy: \`python manage.py migrate ${step.app} ${step.target}\``;
    case 'restore':
      return step.backupId
        ? `Restore the backup taken before the deploy that brought the first destructive migration, \`${step.backupId}\`: \`maint-actions restore --manifest ${plan.backup?.manifest ?? '<manifest.json>'} --target-database-url "$DATABASE_URL"\` (see docs/runbooks/restore.md)`
        : 'Restore the backup taken before the deploy that brought the first destructive migration: no manifest names it, find it among the backups (`maint-actions restore --manifest <its manifest.json>`)';
    case 'redeploy':
      return `Redeploy \`${step.target}\`${plan.imageTag ? ' (the image of the release to go back to, from its manifest)' : ' (no manifest names its image: deploy this release)'} through the normal deploy`;
  }
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
