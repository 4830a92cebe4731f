/**
 * `restore --latest-in`: the newest complete backup of a local directory and of s3rver on
 * 127.0.0.1 is picked over newer incomplete or damaged folders, and `manifest` and `latest-in`
 * are exclusive.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from './manifest';
import { s3Client } from './s3';
import { runAction, S3_KEYS, startS3, type Temp, tempDir } from './test-support';

let temp: Temp;
let ws: string;

beforeEach(async () => {
  temp = await tempDir('maint-restore-latest-');
  ws = temp.dir;
  await mkdir(path.join(ws, 'tmp'));
});

afterEach(async () => {
  await temp.cleanup();
});

/** A SQLite database `file` with a table `t` of `rows` rows, made afresh. */
async function makeSqlite(file: string, rows: number): Promise<void> {
  await rm(file, { force: true });
  const script =
    "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('CREATE TABLE t (id INTEGER)'); db.executemany('INSERT INTO t VALUES (?)', [(i,) for i in range(int(sys.argv[2]))]); db.commit()";
  execFileSync('/usr/bin/python3', ['-c', script, file, String(rows)]);
}

const rowsIn = (file: string): string =>
  execFileSync('sqlite3', [file, 'SELECT count(*) FROM t']).toString().trim();

describe('restore --latest-in', () => {
  it('restores the newest complete backup of a local directory', async () => {
    const env = path.join(ws, 'backups', 'production');
    const backUp = async (rows: number): Promise<string> => {
      await makeSqlite(path.join(ws, 'db.sqlite3'), rows);
      const run = await runAction('backup', ws, {
        'database-url': 'sqlite:///./db.sqlite3',
        destination: 'backups',
      });
      expect(run.exitCode, run.text).toBe(0);
      return run.platform.outputs.get('backup-id') ?? '';
    };
    // An older complete backup (10 rows), moved back in time.
    const first = await backUp(10);
    await rename(path.join(ws, 'backups', first), path.join(env, '20200101T000000Z-0123456'));
    const old = path.join(env, '20200101T000000Z-0123456', 'manifest.json');
    const oldManifest = JSON.parse(await readFile(old, 'utf8')) as Manifest;
    await writeFile(old, JSON.stringify({ ...oldManifest, backupId: 'production/20200101T000000Z-0123456' }));
    const newest = await backUp(30);
    // Newer folders that do not count: one without a manifest, one whose manifest is damaged.
    await mkdir(path.join(env, '29990101T000000Z-fffffff'));
    await writeFile(path.join(env, '29990101T000000Z-fffffff', 'db.sqlite3.zst'), 'partial');
    await mkdir(path.join(env, '29980101T000000Z-eeeeeee'));
    const damaged = path.join(env, '29980101T000000Z-eeeeeee', 'manifest.json');
    await writeFile(damaged, '{"format":');
    await makeSqlite(path.join(ws, 'target.sqlite3'), 1);

    const run = await runAction('restore', ws, {
      'latest-in': 'backups/production',
      'target-database-url': 'sqlite:///./target.sqlite3',
      confirm: 'target.sqlite3',
    });

    expect(run.exitCode, run.text).toBe(0);
    expect(run.platform.outputs.get('backup-id')).toBe(newest);
    expect(run.platform.outputs.get('manifest')).toBe(path.join(ws, 'backups', newest, 'manifest.json'));
    expect(run.text).toContain(
      `newest complete backup in backups/production: ${newest}; restored db from ${newest}`,
    );
    expect(run.text).toContain(
      `Skipping production/29980101T000000Z-eeeeeee: Input "latest-in": ${damaged} is not JSON.`,
    );
    expect(run.text).toContain(
      `Newest complete backup in backups/production: ${newest} (2 newer incomplete or damaged left aside)`,
    );
    expect(rowsIn(path.join(ws, 'target.sqlite3'))).toBe('30');
  });

  it('restores the newest complete backup of an S3 prefix', async () => {
    const s3 = await startS3(path.join(ws, 's3rver'));
    const client = s3Client({ endpoint: s3.url, env: S3_KEYS });
    try {
      await makeSqlite(path.join(ws, 'db.sqlite3'), 30);
      const backup = await runAction(
        'backup',
        ws,
        {
          'database-url': 'sqlite:///./db.sqlite3',
          destination: 's3://backups/team',
          environment: 'staging',
          's3-endpoint': s3.url,
        },
        S3_KEYS,
      );
      expect(backup.exitCode, backup.text).toBe(0);
      const id = backup.platform.outputs.get('backup-id') ?? '';
      const put = (key: string, body: string) =>
        client.send(new PutObjectCommand({ Bucket: 'backups', Key: key, Body: body }));
      const manifest = await client.send(
        new GetObjectCommand({ Bucket: 'backups', Key: `team/${id}/manifest.json` }),
      );
      const older = JSON.parse((await manifest.Body?.transformToString()) ?? '{}') as Manifest;
      await put(
        'team/staging/20200101T000000Z-aaaaaaa/manifest.json',
        JSON.stringify({ ...older, backupId: 'staging/20200101T000000Z-aaaaaaa' }),
      );
      await put('team/staging/29990101T000000Z-fffffff/db.sqlite3.zst', 'partial');
      await makeSqlite(path.join(ws, 'target.sqlite3'), 1);

      const run = await runAction(
        'restore',
        ws,
        {
          'latest-in': 's3://backups/team/staging',
          's3-endpoint': s3.url,
          'target-database-url': 'sqlite:///./target.sqlite3',
          confirm: 'target.sqlite3',
        },
        S3_KEYS,
      );

      expect(run.exitCode, run.text).toBe(0);
      expect(run.platform.outputs.get('backup-id')).toBe(id);
      expect(run.platform.outputs.get('manifest')).toBe(`s3://backups/team/${id}/manifest.json`);
      expect(run.text).toContain(`newest complete backup in s3://backups/team/staging: ${id}`);
      expect(rowsIn(path.join(ws, 'target.sqlite3'))).toBe('30');
      expect(run.text).not.toContain('S3RVER');
    } finally {
      client.destroy();
      await s3.close();
    }
  });

  it('says when a location holds no complete backup', async () => {
    await mkdir(path.join(ws, 'backups', 'staging', '20240101T000000Z-aaaaaaa'), { recursive: true });

    const run = await runAction('restore', ws, { 'latest-in': 'backups/staging', 'target-media-dir': 'out' });

    expect(run.exitCode).toBe(2);
    expect(run.text).toContain(
      'Input "latest-in": no complete backup in backups/staging (1 backup folder, 1 without a manifest.json); the location is <destination>/<environment>.',
    );
  });

  it('takes exactly one of manifest and latest-in', async () => {
    const both = await runAction('restore', ws, {
      manifest: 'backups/production/20240101T000000Z-aaaaaaa/manifest.json',
      'latest-in': 'backups/production',
      'target-media-dir': 'out',
    });
    expect(both.exitCode).toBe(2);
    expect(both.text).toContain(
      'Set "manifest" or "latest-in", not both: one names a backup, the other picks the newest one.',
    );

    const neither = await runAction('restore', ws, { 'target-media-dir': 'out' });
    expect(neither.exitCode).toBe(2);
    expect(neither.text).toContain(
      'Nothing to restore from: set "manifest" to a backup\'s manifest.json, or "latest-in" to a backup location such as s3://bucket/backups/production.',
    );
  });
});
