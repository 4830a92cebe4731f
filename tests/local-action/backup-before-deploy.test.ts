/**
 * backup-before-deploy under @github/local-action (tests/local-action/local-action.ts): backs up
 * the example service's migrated SQLite database and a media directory to the artifact
 * destination, and verifies the backup by restoring it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ExampleDatabase, exampleDatabase } from '@maint-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLocalAction } from './local-action';

let db: ExampleDatabase;
let workspace: string;

beforeAll(async () => {
  db = await exampleDatabase();
  await db.shell(
    'from onboarding.infrastructure.models import ApiUsageRecord as R; R.objects.create(api="vision", period="2026-11", used=7100, limit=10000)',
  );
  workspace = path.dirname(new URL(db.env.DATABASE_URL as string).pathname);
  await mkdir(path.join(workspace, 'media', 'uploads'), { recursive: true });
  await writeFile(path.join(workspace, 'media', 'uploads', 'id-card.png'), 'not really a png');
}, 60_000);
afterAll(() => db?.cleanup());

describe('backup-before-deploy under @github/local-action', () => {
  it('backs up the example database and media, verifies by restore and sets its outputs', async () => {
    const run = await runLocalAction('backup-before-deploy', {
      workspace,
      inputs: {
        'database-url': db.env.DATABASE_URL as string,
        'media-dir': 'media',
        destination: 'artifact',
        environment: 'staging',
        verify: 'restore',
      },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('passed');
    expect(run.outputs['backup-id']).toMatch(/^staging\/\d{8}T\d{6}Z-/);
    expect(run.outputs.verified).toBe('restore');
    expect(run.outputs.manifest).toContain(
      path.join(workspace, '.maint-actions', 'reports', 'backup-before-deploy', 'backups', 'staging'),
    );
    const manifest = JSON.parse(await readFile(run.outputs.manifest as string, 'utf8'));
    expect(Object.entries(manifest.databases[0].rowCounts)).toContainEqual([
      expect.stringMatching(/apiusagerecord$/),
      1,
    ]);
    expect(manifest.media).toEqual({ file: 'media.tar.zst', source: 'media', entries: 2 });
    expect(run.summary).toContain('Backup before deploy');
    expect(run.summary).toContain(run.outputs['backup-id'] as string);
  }, 120_000);

  it('stops with one line on a database URL it cannot back up', async () => {
    const run = await runLocalAction('backup-before-deploy', {
      workspace,
      inputs: { 'database-url': 'oracle://u:p@h/db', destination: 'artifact' },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(2);
    expect(run.outputs).toMatchObject({ status: 'failed', 'backup-id': '' });
    expect(run.stdout).toContain('::error::Input "database-url": the scheme oracle:// is not supported');
  }, 120_000);
});
