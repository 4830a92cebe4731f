/**
 * backup-before-deploy and restore against real databases: SQLite files, and a PostgreSQL 15
 * cluster started by the test on loopback with password authentication.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import {
  type DatabaseServer,
  mariadbMissing,
  postgresMissing,
  startMariadb,
  startPostgres,
} from '@maint-actions/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from './manifest';
import { allText, filesUnder, runAction, type Temp, tempDir } from './test-support';

let temp: Temp;
let ws: string;

beforeEach(async () => {
  temp = await tempDir('maint-backup-test-');
  ws = temp.dir;
  await mkdir(path.join(ws, 'tmp'));
});

afterEach(async () => {
  await temp.cleanup();
});

const readManifest = async (file: string): Promise<Manifest> =>
  JSON.parse(await readFile(file, 'utf8')) as Manifest;

/** A Django-looking SQLite database made with Python's sqlite3. */
function makeSqlite(file: string, rows: number): void {
  const script = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute('CREATE TABLE django_migrations (id INTEGER PRIMARY KEY, app TEXT, name TEXT, applied TEXT)')
db.executemany('INSERT INTO django_migrations (app, name, applied) VALUES (?, ?, ?)', [('shop', '0001_initial', 'now'), ('shop', '0002_price', 'now')])
db.execute('CREATE TABLE shop_item (id INTEGER PRIMARY KEY, name TEXT)')
db.executemany('INSERT INTO shop_item (name) VALUES (?)', [('item %d' % i,) for i in range(int(sys.argv[2]))])
db.commit()
`;
  execFileSync('/usr/bin/python3', ['-c', script, file, String(rows)]);
}

describe('SQLite', () => {
  it('backs up with the online backup API, verifies by a restore drill and writes the manifest last', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 250);
    const run = await runAction('backup', ws, {
      'database-url': 'sqlite:///./db.sqlite3',
      destination: 'backups',
      environment: 'staging',
      'image-tag': 'registry.example/shop:1.4.2',
      verify: 'restore',
    });

    expect(run.exitCode, run.text).toBe(0);
    const id = run.platform.outputs.get('backup-id') ?? '';
    expect(id).toMatch(/^staging\/\d{8}T\d{6}Z-0123456$/);
    expect(run.platform.outputs.get('verified')).toBe('restore');
    const manifestPath = run.platform.outputs.get('manifest') ?? '';
    expect(manifestPath).toBe(path.join(ws, 'backups', id, 'manifest.json'));
    const manifest = await readManifest(manifestPath);
    expect(manifest).toMatchObject({
      backupId: id,
      environment: 'staging',
      gitSha: '0123456789abcdef0123456789abcdef01234567',
      imageTag: 'registry.example/shop:1.4.2',
      verified: 'restore',
    });
    expect(manifest.databases[0]).toMatchObject({
      name: 'db',
      engine: 'sqlite',
      file: 'db.sqlite3.zst',
      rowCounts: { django_migrations: 2, shop_item: 250 },
      migrations: ['shop.0001_initial', 'shop.0002_price'],
    });
    expect(await filesUnder(path.join(ws, 'backups'))).toEqual([
      `${id}/db.sqlite3.zst`,
      `${id}/manifest.json`,
    ]);
    expect(Number(run.platform.outputs.get('size-bytes'))).toBe(manifest.files[0]?.bytes);
    // The file is a zstd frame of a real SQLite database.
    const head = execFileSync('zstd', ['-d', '-c', path.join(ws, 'backups', id, 'db.sqlite3.zst')]).subarray(
      0,
      15,
    );
    expect(head.toString('latin1')).toBe('SQLite format 3');
    expect(run.platform.summaries.join('\n')).toContain('restored in');
  });

  it('restores a backup over a database, replacing it atomically', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 40);
    const backup = await runAction('backup', ws, {
      'database-url': 'sqlite:///./db.sqlite3',
      destination: 'backups',
    });
    expect(backup.exitCode, backup.text).toBe(0);
    makeSqlite(path.join(ws, 'other.sqlite3'), 3);

    const run = await runAction('restore', ws, {
      manifest: backup.platform.outputs.get('manifest') ?? '',
      'target-database-url': 'sqlite:///./other.sqlite3',
      confirm: 'other.sqlite3',
    });

    expect(run.exitCode, run.text).toBe(0);
    expect(run.platform.outputs.get('tables')).toBe('2');
    const count = execFileSync('sqlite3', [
      path.join(ws, 'other.sqlite3'),
      'SELECT count(*) FROM shop_item',
    ]).toString();
    expect(count.trim()).toBe('40');
  });

  it('applies retention: only complete backups count, the newest is kept', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 5);
    const env = path.join(ws, 'backups', 'staging');
    for (const name of ['20240101T000000Z-aaaaaaa', '20240102T000000Z-bbbbbbb', '20240103T000000Z-ccccccc']) {
      await mkdir(path.join(env, name), { recursive: true });
      await writeFile(path.join(env, name, 'manifest.json'), '{}');
    }
    await mkdir(path.join(env, '20240104T000000Z-ddddddd'));
    await writeFile(path.join(env, '20240104T000000Z-ddddddd', 'db.sqlite3.zst'), 'partial');

    const run = await runAction('backup', ws, {
      'database-url': 'sqlite:///./db.sqlite3',
      destination: 'backups',
      environment: 'staging',
      'keep-last': '2',
    });

    expect(run.exitCode, run.text).toBe(0);
    const left = (await filesUnder(env)).map((f) => f.split('/')[0]);
    expect([...new Set(left)]).toEqual([
      '20240103T000000Z-ccccccc',
      '20240104T000000Z-ddddddd',
      (run.platform.outputs.get('backup-id') ?? '').split('/')[1],
    ]);
    expect(run.platform.summaries.join('\n')).toContain('1 incomplete left alone');
  });

  it('backs up and drills an empty database (no tables) as a valid backup', async () => {
    execFileSync('/usr/bin/python3', [
      '-c',
      'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version = 1")',
      path.join(ws, 'empty.sqlite3'),
    ]);
    const run = await runAction('backup', ws, {
      'database-url': 'sqlite:///./empty.sqlite3',
      destination: 'backups',
      verify: 'restore',
    });

    expect(run.exitCode, run.text).toBe(0);
    const manifest = await readManifest(run.platform.outputs.get('manifest') ?? '');
    expect(manifest.databases[0]).toMatchObject({ name: 'empty', rowCounts: {}, migrations: [] });
    expect(run.platform.summaries.join('\n')).toMatch(/empty: 0 archive entries; empty restored in/);
  });

  it('explains a missing database file as a configuration error', async () => {
    const run = await runAction('backup', ws, {
      'database-url': 'sqlite:///./missing.sqlite3',
      destination: 'backups',
    });
    expect(run.exitCode).toBe(2);
    expect(run.platform.logText).toContain(
      `Input "database-url": the SQLite database ${path.join(ws, 'missing.sqlite3')} does not exist.`,
    );
    expect(await filesUnder(path.join(ws, 'backups'))).toEqual([]);
  });
});

describe.skipIf(postgresMissing)('PostgreSQL', () => {
  let pg: DatabaseServer;

  beforeAll(async () => {
    pg = await startPostgres();
    await pg.sql('postgres', 'CREATE DATABASE shop');
    await pg.sql(
      'shop',
      `CREATE TABLE django_migrations (id serial PRIMARY KEY, app text, name text, applied timestamptz DEFAULT now());
       INSERT INTO django_migrations (app, name) VALUES ('shop', '0001_initial'), ('auth', '0012_alter_user');
       CREATE TABLE shop_item (id serial PRIMARY KEY, name text, payload text);
       INSERT INTO shop_item (name, payload) SELECT 'item ' || g, repeat(md5(g::text), 20) FROM generate_series(1, 20000) g;
       CREATE SCHEMA billing; CREATE TABLE billing.invoice (id int PRIMARY KEY); INSERT INTO billing.invoice SELECT generate_series(1, 7);`,
    );
  }, 120_000);

  afterAll(async () => {
    await pg?.stop();
  });

  /** Nothing that looks like a backup, and no password, anywhere the run wrote. */
  const assertNothingLeft = async (text: string): Promise<void> => {
    expect(await filesUnder(path.join(ws, 'backups'))).toEqual([]);
    expect(await filesUnder(path.join(ws, 'tmp'))).toEqual([]);
    expect(text).not.toContain(pg.password);
    expect(await allText(ws)).not.toContain(pg.password);
  };

  it('backs up with pg_dump, proves it by a restore drill and drops the scratch database', async () => {
    const run = await runAction('backup', ws, {
      'database-url': pg.url('shop'),
      destination: 'backups',
      verify: 'restore',
    });

    expect(run.exitCode, run.text).toBe(0);
    const manifest = await readManifest(run.platform.outputs.get('manifest') ?? '');
    expect(manifest.databases[0]).toMatchObject({
      name: 'shop',
      engine: 'postgres',
      file: 'shop.pgdump.zst',
      source: `postgres://maint@127.0.0.1:${pg.port}/shop`,
      serverVersion: `PostgreSQL ${pg.version}`,
      rowCounts: { 'billing.invoice': 7, 'public.django_migrations': 2, 'public.shop_item': 20000 },
      migrations: ['shop.0001_initial', 'auth.0012_alter_user'],
    });
    expect(manifest.databases[0]?.tool).toMatch(/^pg_dump 1\d\.\d+/);
    expect(run.platform.summaries.join('\n')).toMatch(
      /shop restored in [\d.]+ s, 3 tables' row counts match/,
    );
    expect(await pg.sql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE '%drill%'")).toBe(
      '0\n',
    );
    expect(run.text).not.toContain(pg.password);
    expect(await allText(ws)).not.toContain(pg.password);
    expect(await filesUnder(path.join(ws, 'tmp'))).toEqual([]);
  });

  it('backs up a database without django_migrations, recording no migrations', async () => {
    await pg.sql('postgres', 'CREATE DATABASE plain');
    await pg.sql('plain', 'CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 5);');
    const run = await runAction('backup', ws, { 'database-url': pg.url('plain'), destination: 'backups' });

    expect(run.exitCode, run.text).toBe(0);
    const manifest = await readManifest(run.platform.outputs.get('manifest') ?? '');
    expect(manifest.databases[0]).toMatchObject({ rowCounts: { 'public.t': 5 }, migrations: [] });
  });

  it('counts rows in the snapshot the dump reads, so writes during the dump do not fail the drill', async () => {
    await pg.sql('postgres', 'CREATE DATABASE busy');
    await pg.sql('busy', 'CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 100);');
    const bin = path.join(ws, 'bin');
    await mkdir(bin);
    // The application writes as the dump starts: 500 rows committed before pg_dump reads anything.
    await writeFile(
      path.join(bin, 'pg_dump'),
      '#!/bin/sh\ncase "$1" in --version) ;; *) psql -X -q -c "INSERT INTO t SELECT generate_series(1, 500)" || exit 1;; esac\nexec /usr/bin/pg_dump "$@"\n',
      { mode: 0o755 },
    );
    const run = await runAction(
      'backup',
      ws,
      { 'database-url': pg.url('busy'), destination: 'backups', verify: 'restore' },
      { PATH: `${bin}:${process.env.PATH}` },
    );

    expect(run.exitCode, run.text).toBe(0);
    expect(await pg.sql('busy', 'SELECT count(*) FROM t')).toBe('600\n');
    const manifest = await readManifest(run.platform.outputs.get('manifest') ?? '');
    expect(manifest.databases[0]?.rowCounts).toEqual({ 'public.t': 100 });
    expect(run.platform.summaries.join('\n')).toMatch(
      /busy restored in [\d.]+ s, 1 tables' row counts match/,
    );
  });

  it('lists the archive with pg_restore --list', async () => {
    const run = await runAction('backup', ws, {
      'database-url': pg.url('shop'),
      destination: 'backups',
      verify: 'list',
    });
    expect(run.exitCode, run.text).toBe(0);
    expect(run.platform.summaries.join('\n')).toMatch(/shop: \d+ archive entries/);
  });

  it('fails on a wrong password and leaves no backup and no secret', async () => {
    const url = pg.url('shop').replace(encodeURIComponent(pg.password), 'not-the-password-42');
    const run = await runAction('backup', ws, { 'database-url': url, destination: 'backups' });

    expect(run.exitCode).toBe(1);
    expect(run.platform.logText).toContain(`connecting to postgres://maint@127.0.0.1:${pg.port}/shop failed`);
    expect(run.platform.logText).toContain('password authentication failed for user "maint"');
    expect(run.platform.outputs.get('verified')).toBe('false');
    expect(run.text).not.toContain('not-the-password-42');
    await assertNothingLeft(run.text);
  });

  it('times out on a server that never answers', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const run = await runAction('backup', ws, {
        'database-url': `postgres://maint:${encodeURIComponent(pg.password)}@127.0.0.1:${port}/shop`,
        destination: 'backups',
        'connect-timeout': '2',
      });
      expect(run.exitCode).toBe(1);
      expect(run.platform.logText).toContain(`connecting to postgres://maint@127.0.0.1:${port}/shop failed`);
      expect(run.platform.logText).toMatch(/timeout expired/);
      await assertNothingLeft(run.text);
    } finally {
      silent.close();
    }
  });

  it('fails when pg_dump is killed mid-stream, removing the partial file', async () => {
    const bin = path.join(ws, 'bin');
    await mkdir(bin);
    // Passes the first 64 KiB of a real dump on, then dies as an OOM-killed pg_dump would.
    await writeFile(
      path.join(bin, 'pg_dump'),
      '#!/bin/sh\ncase "$1" in --version) exec /usr/bin/pg_dump "$@";; esac\n/usr/bin/pg_dump "$@" | head -c 65536\nkill -9 $$\n',
      { mode: 0o755 },
    );
    const run = await runAction(
      'backup',
      ws,
      { 'database-url': pg.url('shop'), destination: 'backups' },
      { PATH: `${bin}:${process.env.PATH}` },
    );
    expect(run.exitCode).toBe(1);
    expect(run.platform.logText).toContain('pg_dump was killed by SIGKILL');
    await assertNothingLeft(run.text);
  });

  it.skipIf(process.getuid?.() !== 0)('fails on a full disk, leaving nothing behind', async () => {
    const backups = path.join(ws, 'backups');
    await mkdir(backups);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', backups]);
    try {
      const run = await runAction('backup', ws, { 'database-url': pg.url('shop'), destination: 'backups' });
      expect(run.exitCode).toBe(1);
      expect(run.platform.logText).toContain('ENOSPC');
      await assertNothingLeft(run.text);
    } finally {
      execFileSync('umount', [backups]);
    }
  });

  it('restores into another database, refusing a protected one until confirmed', async () => {
    const backup = await runAction('backup', ws, { 'database-url': pg.url('shop'), destination: 'backups' });
    expect(backup.exitCode, backup.text).toBe(0);
    await pg.sql('postgres', 'CREATE DATABASE shop_prod');
    const manifest = backup.platform.outputs.get('manifest') ?? '';

    const refused = await runAction('restore', ws, { manifest, 'target-database-url': pg.url('shop_prod') });
    expect(refused.exitCode).toBe(2);
    expect(refused.platform.logText).toContain(
      `Refusing to restore into postgres://maint@127.0.0.1:${pg.port}/shop_prod: the backup is of production; it matches the protected entry "prod". Check the target, then add --confirm shop_prod (input "confirm").`,
    );
    expect(await pg.sql('shop_prod', "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toBe(
      '0\n',
    );

    const run = await runAction('restore', ws, {
      manifest,
      'target-database-url': pg.url('shop_prod'),
      confirm: 'shop_prod',
    });
    expect(run.exitCode, run.text).toBe(0);
    expect(run.platform.outputs.get('restored')).toBe('shop -> shop_prod');
    expect(run.platform.outputs.get('tables')).toBe('3');
    expect(await pg.sql('shop_prod', 'SELECT count(*) FROM shop_item')).toBe('20000\n');
    expect(run.text).not.toContain(pg.password);
  });
});

describe.skipIf(mariadbMissing)('MariaDB', () => {
  let db: DatabaseServer;

  beforeAll(async () => {
    db = await startMariadb();
    await db.sql(
      'mysql',
      `CREATE DATABASE shop; USE shop;
       CREATE TABLE django_migrations (id INT AUTO_INCREMENT PRIMARY KEY, app VARCHAR(255), name VARCHAR(255));
       INSERT INTO django_migrations (app, name) VALUES ('shop', '0001_initial');
       CREATE TABLE shop_item (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100));
       INSERT INTO shop_item (name) SELECT CONCAT('item ', seq) FROM seq_1_to_3000;
       CREATE TRIGGER shop_item_name BEFORE INSERT ON shop_item FOR EACH ROW SET NEW.name = TRIM(NEW.name);`,
    );
  }, 120_000);

  afterAll(async () => {
    await db?.stop();
  });

  it('backs up with mariadb-dump, drills the restore and restores into another database', async () => {
    const backup = await runAction('backup', ws, {
      'database-url': db.url('shop'),
      destination: 'backups',
      verify: 'restore',
    });

    expect(backup.exitCode, backup.text).toBe(0);
    const manifest = await readManifest(backup.platform.outputs.get('manifest') ?? '');
    expect(manifest.databases[0]).toMatchObject({
      name: 'shop',
      engine: 'mysql',
      file: 'shop.sql.zst',
      rowCounts: { django_migrations: 1, shop_item: 3000 },
      migrations: ['shop.0001_initial'],
    });
    expect(manifest.databases[0]?.serverVersion).toMatch(/^MariaDB 10\./);
    const dump = execFileSync('zstd', [
      '-d',
      '-c',
      path.join(ws, 'backups', manifest.backupId, 'shop.sql.zst'),
    ]).toString();
    expect(dump).toMatch(/\bTRIGGER\b.*shop_item_name/);
    expect(await db.sql('mysql', "SHOW DATABASES LIKE '%drill%'")).toBe('');

    await db.sql('mysql', 'CREATE DATABASE shop_copy');
    const run = await runAction('restore', ws, {
      manifest: backup.platform.outputs.get('manifest') ?? '',
      'target-database-url': db.url('shop_copy'),
      confirm: 'shop_copy',
    });
    expect(run.exitCode, run.text).toBe(0);
    expect(await db.sql('shop_copy', 'SELECT COUNT(*) FROM shop_item')).toBe('3000\n');
    expect(backup.text + run.text).not.toContain(db.password);
    expect(await allText(ws)).not.toContain(db.password);
  });

  it('fails on a wrong password without a manifest or the secret', async () => {
    const run = await runAction('backup', ws, {
      'database-url': db.url('shop').replace(encodeURIComponent(db.password), 'wrong-pass-77'),
      destination: 'backups',
    });
    expect(run.exitCode).toBe(1);
    expect(run.platform.logText).toContain(`connecting to mysql://maint@127.0.0.1:${db.port}/shop failed`);
    expect(run.platform.logText).toContain("Access denied for user 'maint'@'localhost'");
    expect(await filesUnder(path.join(ws, 'backups'))).toEqual([]);
    expect(run.text).not.toContain('wrong-pass-77');
  });
});
