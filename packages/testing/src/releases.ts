/**
 * A real git repository of the example service through four releases, for rollback-plan and the
 * rollback workflows: v1.0.0 (the example as it is), v1.1.0 (an additive migration: a nullable
 * field, made by Django's makemigrations), v1.2.0 (a field removal, makemigrations again),
 * v1.3.0 (a hand-written RunPython without a reverse). Beside the history, backup manifests of
 * the shape backup-before-deploy writes, one per deploy of each release (not committed).
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { copyExampleService, type Workspace } from './example';
import { systemPython } from './paths';

const execFileAsync = promisify(execFile);

export const RELEASES = ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.3.0'] as const;
export type ReleaseTag = (typeof RELEASES)[number];

export interface ReleaseRepo extends Workspace {
  /** The commit of each release tag. */
  readonly shas: Readonly<Record<ReleaseTag, string>>;
  /** The image each release was deployed as (`registry.example.test/onboarding:1.1.0`). */
  readonly images: Readonly<Record<ReleaseTag, string>>;
  /** `backups/production`, relative to the root: one backup folder per deploy, with its manifest. */
  readonly manifestsDir: string;
  /** The backup taken before the deploy of each release (`production/<stamp>-<short sha>`). */
  readonly backups: Readonly<Record<ReleaseTag, string>>;
  /** The new migration of each release after v1.0.0, as `onboarding.<name>`. */
  readonly migrations: { readonly additive: string; readonly removal: string; readonly runPython: string };
  /** Runs git in the repository; resolves with its stdout. */
  git(...args: string[]): Promise<string>;
}

const MODELS = 'onboarding/infrastructure/models.py';
const DESCRIPTION = '    description = models.TextField(blank=True)\n';

const RUN_PYTHON = `"""Titles in upper case (a data migration with no way back)."""

from django.db import migrations


def upper_titles(apps, schema_editor):
    Questionnaire = apps.get_model("onboarding", "Questionnaire")
    for questionnaire in Questionnaire.objects.all():
        questionnaire.title = questionnaire.title.upper()
        questionnaire.save(update_fields=["title"])


class Migration(migrations.Migration):
    dependencies = [("onboarding", "0003_remove_questionnaire_description")]

    operations = [migrations.RunPython(upper_titles)]
`;

/** Builds the repository (about ten seconds: two makemigrations runs). */
export async function makeReleaseRepo(prefix = 'maint-rollback-'): Promise<ReleaseRepo> {
  const workspace = await copyExampleService(prefix);
  const { root, service } = workspace;
  const git = async (...args: string[]): Promise<string> =>
    (
      await execFileAsync('git', args, {
        cwd: root,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Release Bot',
          GIT_AUTHOR_EMAIL: 'bot@example.test',
          GIT_COMMITTER_NAME: 'Release Bot',
          GIT_COMMITTER_EMAIL: 'bot@example.test',
        },
      })
    ).stdout.trim();
  const makemigrations = async (name: string): Promise<void> => {
    await execFileAsync(systemPython, ['manage.py', 'makemigrations', 'onboarding', '--name', name], {
      cwd: service,
      // An in-memory database: makemigrations' history check must not leave a db.sqlite3.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: 'sqlite://:memory:' },
    });
  };
  const release = async (tag: ReleaseTag, message: string): Promise<string> => {
    await git('add', '-A');
    await git('commit', '-q', '-m', message);
    await git('tag', '-a', tag, '-m', `Release ${tag}`);
    return git('rev-parse', 'HEAD');
  };
  const models = path.join(service, MODELS);
  const editModels = async (edit: (text: string) => string): Promise<void> => {
    const before = await readFile(models, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${MODELS} changed nothing`);
    await writeFile(models, after);
  };

  await git('init', '-q', '-b', 'main');
  const v100 = await release('v1.0.0', 'The onboarding service');

  await editModels((t) =>
    t.replace(DESCRIPTION, `${DESCRIPTION}    note = models.TextField(null=True, blank=True)\n`),
  );
  await makemigrations('questionnaire_note');
  const v110 = await release('v1.1.0', 'Questionnaires get an optional note');

  await editModels((t) => t.replace(DESCRIPTION, ''));
  await makemigrations('remove_questionnaire_description');
  const v120 = await release('v1.2.0', 'Questionnaires lose their description');

  await writeFile(
    path.join(service, 'onboarding/infrastructure/migrations/0004_upper_titles.py'),
    RUN_PYTHON,
  );
  const v130 = await release('v1.3.0', 'Titles in upper case');

  const shas = { 'v1.0.0': v100, 'v1.1.0': v110, 'v1.2.0': v120, 'v1.3.0': v130 };
  const images = Object.fromEntries(
    RELEASES.map((tag) => [tag, `registry.example.test/onboarding:${tag.slice(1)}`]),
  ) as Record<ReleaseTag, string>;
  const manifestsDir = 'backups/production';
  const backups = {} as Record<ReleaseTag, string>;
  for (const [i, tag] of RELEASES.entries()) {
    const started = new Date(Date.UTC(2026, 10, 2 + 7 * i, 9, 0, 0));
    const stamp = started
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const backupId = `production/${stamp}-${shas[tag].slice(0, 7)}`;
    backups[tag] = backupId;
    await writeManifest(path.join(root, 'backups', backupId), {
      backupId,
      startedAt: started.toISOString(),
      gitSha: shas[tag],
      imageTag: images[tag],
    });
  }
  return {
    ...workspace,
    shas,
    images,
    manifestsDir,
    backups,
    migrations: {
      additive: 'onboarding.0002_questionnaire_note',
      removal: 'onboarding.0003_remove_questionnaire_description',
      runPython: 'onboarding.0004_upper_titles',
    },
    git,
  };
}

/** A manifest as backup-before-deploy writes it (`maint-actions-backup/1`), of a SQLite backup. */
export async function writeManifest(
  dir: string,
  facts: { backupId: string; startedAt: string; gitSha?: string; imageTag?: string },
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const completed = new Date(Date.parse(facts.startedAt) + 4000).toISOString();
  const manifest = {
    format: 'maint-actions-backup/1',
    backupId: facts.backupId,
    environment: facts.backupId.split('/')[0],
    startedAt: facts.startedAt,
    completedAt: completed,
    ...(facts.gitSha ? { gitSha: facts.gitSha } : {}),
    ...(facts.imageTag ? { imageTag: facts.imageTag } : {}),
    repository: 'acme/onboarding',
    tools: { zstd: '1.5.4', sqlite3: '3.40.1' },
    files: [{ path: 'db.sqlite3.zst', bytes: 18_211, sha256: 'a'.repeat(64) }],
    databases: [
      {
        name: 'db.sqlite3',
        engine: 'sqlite',
        file: 'db.sqlite3.zst',
        source: 'sqlite:////srv/app/db.sqlite3',
        serverVersion: '3.40.1',
        tool: 'sqlite3 3.40.1',
        rowCounts: { onboarding_questionnaire: 1 },
        migrations: [],
      },
    ],
    verified: 'checksum',
  };
  const file = path.join(dir, 'manifest.json');
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}
