/**
 * The backup-before-deploy component (templates/backup-before-deploy.yml) under gitlab-ci-local:
 * a SQLite database and its media backed up to the artifacts and verified by a restore.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runComponentJob } from './component-job';

let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'maint-gitlab-backup-'));
  const script =
    "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('CREATE TABLE t (id INTEGER)'); db.executemany('INSERT INTO t VALUES (?)', [(i,) for i in range(12)]); db.commit()";
  execFileSync('/usr/bin/python3', ['-c', script, path.join(project, 'db.sqlite3')]);
  await mkdir(path.join(project, 'media'), { recursive: true });
  await writeFile(path.join(project, 'media', 'cat.jpg'), 'meow');
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('backup-before-deploy component under gitlab-ci-local', () => {
  it('backs up and verifies by a restore, with MAINT_BACKUP_BEFORE_DEPLOY_* outputs and the backup in the artifacts', async () => {
    const run = await runComponentJob('backup-before-deploy', {
      project,
      inputs: {
        'database-url': '$DATABASE_URL',
        'media-dir': 'media',
        destination: 'artifact',
        environment: 'staging',
        verify: 'restore',
      },
      variables: { DATABASE_URL: 'sqlite:///./db.sqlite3' },
    });

    expect(run.exitCode, run.log).toBe(0);
    expect(run.log).toMatch(new RegExp(`PASS +${run.job}`));
    const id = run.dotenv.MAINT_BACKUP_BEFORE_DEPLOY_BACKUP_ID ?? '';
    expect(id).toMatch(/^staging\/\d{8}T\d{6}Z-/);
    expect(run.dotenv.MAINT_BACKUP_BEFORE_DEPLOY_VERIFIED).toBe('restore');
    const manifest = JSON.parse(
      await run.artifact(`.maint-actions/reports/backup-before-deploy/backups/${id}/manifest.json`),
    );
    expect(manifest.databases[0].rowCounts).toEqual({ t: 12 });
    expect(manifest.media).toMatchObject({ source: 'media', entries: 1 });
  }, 180_000);
});
