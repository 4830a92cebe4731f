/**
 * The backup-before-deploy bundle, spawned with `node dist/backup-before-deploy/index.js` exactly
 * as the GitHub runner does it, backing up a SQLite database.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runBundle } from '@maint-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readObject, s3Client } from '../../actions/backup-before-deploy/src/s3';
import { S3_KEYS, startS3 } from '../../actions/backup-before-deploy/src/test-support';

let ws: string;

beforeEach(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'maint-backup-bundle-'));
  const script =
    "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('CREATE TABLE t (id INTEGER)'); db.executemany('INSERT INTO t VALUES (?)', [(i,) for i in range(12)]); db.commit()";
  execFileSync('/usr/bin/python3', ['-c', script, path.join(ws, 'db.sqlite3')]);
});

afterEach(async () => {
  await rm(ws, { recursive: true, force: true });
});

describe('backup-before-deploy bundle under the GitHub runner protocol', () => {
  it('backs up, verifies and sets its outputs', async () => {
    await mkdir(path.join(ws, 'media', 'photos'), { recursive: true });
    await writeFile(path.join(ws, 'media', 'photos', 'cat.jpg'), 'meow');
    await symlink('photos/cat.jpg', path.join(ws, 'media', 'avatar.jpg'));
    const run = await runBundle('backup-before-deploy', {
      workspace: ws,
      inputs: {
        'database-url': 'sqlite:///./db.sqlite3',
        'media-dir': 'media',
        destination: 'artifact',
        environment: 'staging',
        verify: 'restore',
      },
    });

    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['backup-id']).toMatch(/^staging\/\d{8}T\d{6}Z-/);
    expect(run.outputs.verified).toBe('restore');
    const manifest = JSON.parse(await readFile(run.outputs.manifest ?? '', 'utf8'));
    expect(manifest.databases[0].rowCounts).toEqual({ t: 12 });
    expect(manifest.media).toEqual({ file: 'media.tar.zst', source: 'media', entries: 3 });
    expect(run.outputs.manifest).toContain(
      path.join('.maint-actions', 'reports', 'backup-before-deploy', 'backups', 'staging'),
    );
    expect(run.summary).toContain('Backup before deploy');
  });

  it('uploads to an S3-compatible store with the credentials from the environment', async () => {
    const s3 = await startS3(path.join(ws, 's3rver'));
    const client = s3Client({ endpoint: s3.url, env: S3_KEYS });
    try {
      const run = await runBundle('backup-before-deploy', {
        workspace: ws,
        inputs: {
          'database-url': 'sqlite:///./db.sqlite3',
          destination: 's3://backups/ci',
          's3-endpoint': s3.url,
        },
        env: S3_KEYS,
      });

      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      const id = run.outputs['backup-id'] ?? '';
      expect(run.outputs.manifest).toBe(`s3://backups/ci/${id}/manifest.json`);
      const body = await readObject(client, { bucket: 'backups', prefix: `ci/${id}` }, 'manifest.json');
      const manifest = JSON.parse(Buffer.concat(await body.toArray()).toString('utf8'));
      expect(manifest.databases[0].rowCounts).toEqual({ t: 12 });
      // The runner is told to mask the credentials; they appear nowhere else.
      const leaks = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => line.includes('S3RVER'));
      expect(leaks).toEqual(['::add-mask::S3RVER', '::add-mask::S3RVER']);
    } finally {
      client.destroy();
      await s3.close();
    }
  });

  it('fails with a one-line configuration error for an unsupported scheme', async () => {
    const run = await runBundle('backup-before-deploy', {
      workspace: ws,
      inputs: { 'database-url': 'oracle://u:p@h/db', destination: 'artifact' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('::error::Input "database-url": the scheme oracle:// is not supported');
  });
});
