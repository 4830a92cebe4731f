/**
 * Issue 13's database faults, on real servers: a restore guard that looks at the target's rows,
 * MySQL row counts that describe the dump while a writer inserts, an inactivity deadline on a
 * server stopped mid-dump, the failing process named (not the pipe's victim), a full disk while
 * the manifest is written, a read-only destination, a missing TMPDIR, files at rest 0600, and
 * S3 retention in batches. Issue 14: SQLite URLs recorded as written, a missing target folder.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import {
  type DatabaseServer,
  freePort,
  mariadbMissing,
  postgresMissing,
  startMariadb,
  startPostgres,
} from '@maint-actions/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collector } from './engines/engine';
import type { Manifest } from './manifest';
import { runPipe } from './pipe';
import { s3Client } from './s3';
import { filesUnder, runAction, S3_KEYS, startS3, type Temp, tempDir } from './test-support';

let temp: Temp;
let ws: string;

beforeEach(async () => {
  temp = await tempDir('maint-faults-');
  ws = temp.dir;
  await mkdir(path.join(ws, 'tmp'));
});

afterEach(async () => {
  await temp.cleanup();
});

const isRoot = process.getuid?.() === 0;

/** A SQLite database `file` with a table `t` of `rows` rows, made afresh. */
function makeSqlite(file: string, rows: number): void {
  const script =
    "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('CREATE TABLE t (id INTEGER)'); db.executemany('INSERT INTO t VALUES (?)', [(i,) for i in range(int(sys.argv[2]))]); db.commit()";
  execFileSync('/usr/bin/python3', ['-c', script, file, String(rows)]);
}

const rowsIn = (file: string): string =>
  execFileSync('sqlite3', [file, 'SELECT count(*) FROM t']).toString().trim();

const readManifest = async (file: string): Promise<Manifest> =>
  JSON.parse(await readFile(file, 'utf8')) as Manifest;

describe('restore guard (SQLite)', () => {
  it('refuses to replace 1,000 rows by a production backup of 10 until the name is confirmed', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 10);
    const backup = await runAction('backup', ws, {
      'database-url': 'sqlite:///db.sqlite3',
      destination: 'backups',
    });
    expect(backup.exitCode, backup.text).toBe(0);
    makeSqlite(path.join(ws, 'app.sqlite3'), 1000);
    const manifest = backup.platform.outputs.get('manifest') ?? '';

    const refused = await runAction('restore', ws, {
      manifest,
      'target-database-url': 'sqlite:///app.sqlite3',
    });

    expect(refused.exitCode).toBe(2);
    expect(refused.platform.logText).toContain(
      `Refusing to restore into sqlite: app.sqlite3 (relative: ${path.join(ws, 'app.sqlite3')}): it holds 1000 rows in 1 table that the restore would replace; the backup is of production. Check the target, then add --confirm app.sqlite3 (input "confirm").`,
    );
    expect(rowsIn(path.join(ws, 'app.sqlite3'))).toBe('1000');
    expect(await filesUnder(path.join(ws, 'tmp'))).toEqual([]);

    const confirmed = await runAction('restore', ws, {
      manifest,
      'target-database-url': 'sqlite:///app.sqlite3',
      confirm: 'app.sqlite3',
    });
    expect(confirmed.exitCode, confirmed.text).toBe(0);
    expect(rowsIn(path.join(ws, 'app.sqlite3'))).toBe('10');
  });

  it('asks for the name also when a production backup goes into a new database (the drill passes it)', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 10);
    const backup = await runAction('backup', ws, {
      'database-url': 'sqlite:///db.sqlite3',
      destination: 'backups',
    });
    const manifest = backup.platform.outputs.get('manifest') ?? '';
    const refused = await runAction('restore', ws, {
      manifest,
      'target-database-url': 'sqlite:///fresh.sqlite3',
    });
    expect(refused.exitCode).toBe(2);
    expect(refused.platform.logText).toContain(
      `Refusing to restore into sqlite: fresh.sqlite3 (relative: ${path.join(ws, 'fresh.sqlite3')}): the backup is of production. Check the target, then add --confirm fresh.sqlite3 (input "confirm").`,
    );
    expect(existsSync(path.join(ws, 'fresh.sqlite3'))).toBe(false);

    const confirmed = await runAction('restore', ws, {
      manifest,
      'target-database-url': 'sqlite:///fresh.sqlite3',
      confirm: 'fresh.sqlite3',
    });
    expect(confirmed.exitCode, confirmed.text).toBe(0);
    expect(rowsIn(path.join(ws, 'fresh.sqlite3'))).toBe('10');
  });

  it('restores a staging backup into a new database without asking', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 10);
    const backup = await runAction('backup', ws, {
      'database-url': 'sqlite:///db.sqlite3',
      destination: 'backups',
      environment: 'staging',
    });
    const manifest = backup.platform.outputs.get('manifest') ?? '';
    const fresh = await runAction('restore', ws, {
      manifest,
      'target-database-url': 'sqlite:///fresh.sqlite3',
    });
    expect(fresh.exitCode, fresh.text).toBe(0);
    expect(rowsIn(path.join(ws, 'fresh.sqlite3'))).toBe('10');
  });

  it('records the URL as written and says how to fix a target folder that does not exist', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 3);
    const backup = await runAction('backup', ws, {
      'database-url': 'sqlite:///db.sqlite3',
      destination: 'backups',
    });
    expect(backup.exitCode, backup.text).toBe(0);
    const manifest = await readManifest(backup.platform.outputs.get('manifest') ?? '');
    expect(manifest.databases[0]?.source).toBe('sqlite:///db.sqlite3');
    const absolute = await runAction('backup', ws, {
      'database-url': `sqlite:///${path.join(ws, 'db.sqlite3')}`,
      destination: 'backups2',
    });
    const again = await readManifest(absolute.platform.outputs.get('manifest') ?? '');
    expect(again.databases[0]?.source).toBe(`sqlite:///${path.join(ws, 'db.sqlite3')}`);

    const run = await runAction('restore', ws, {
      manifest: backup.platform.outputs.get('manifest') ?? '',
      'target-database-url': `sqlite:///${ws}/missing-dir/x.sqlite3`,
    });
    expect(run.exitCode).toBe(2);
    expect(run.platform.logText).toContain(
      `Input "target-database-url": the folder ${ws}/missing-dir of sqlite: ${ws}/missing-dir/x.sqlite3 does not exist; create it (mkdir -p ${ws}/missing-dir) or correct the path`,
    );
    expect(run.platform.logText).not.toContain('ENOENT');
  });
});

describe('files at rest and the disk', () => {
  it('writes backup files 0600 in 0700 folders', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 3);
    const run = await runAction('backup', ws, {
      'database-url': 'sqlite:///db.sqlite3',
      destination: 'backups',
    });
    expect(run.exitCode, run.text).toBe(0);
    const folder = path.join(ws, 'backups', run.platform.outputs.get('backup-id') ?? '');
    const mode = async (p: string): Promise<string> => ((await stat(p)).mode & 0o777).toString(8);
    expect(await mode(folder)).toBe('700');
    expect(await mode(path.join(ws, 'backups', 'production'))).toBe('700');
    expect(await mode(path.join(folder, 'db.sqlite3.zst'))).toBe('600');
    expect(await mode(path.join(folder, 'manifest.json'))).toBe('600');
  });

  it('calls a missing TMPDIR a configuration error', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 3);
    await rm(path.join(ws, 'tmp'), { recursive: true });
    const run = await runAction('backup', ws, {
      'database-url': 'sqlite:///db.sqlite3',
      destination: 'backups',
    });
    expect(run.exitCode).toBe(2);
    expect(run.platform.logText).toContain(
      `The temporary directory ${path.join(ws, 'tmp')} (from TMPDIR, or RUNNER_TEMP on GitHub) does not exist: create it, or point TMPDIR at a directory that exists.`,
    );
    expect(run.platform.logText).not.toContain('maint-actions bug');
  });

  it.skipIf(!isRoot)('fails with a verdict when the disk fills while the manifest is written', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 50);
    const backups = path.join(ws, 'backups');
    await mkdir(backups);
    // Four inodes: the mount, production/, the backup folder and its dump; the manifest finds none.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,nr_inodes=4', 'tmpfs', backups]);
    try {
      const run = await runAction('backup', ws, {
        'database-url': 'sqlite:///db.sqlite3',
        destination: 'backups',
      });
      expect(run.exitCode).toBe(1);
      expect(run.platform.logText).not.toContain('maint-actions bug');
      expect(run.platform.logText).toMatch(
        /failed at Manifest: opening \S+manifest\.json\.tmp failed: no space left on the device \(ENOSPC\); nothing was kept/,
      );
      expect(run.platform.outputs.get('verified')).toBe('false');
      expect(await filesUnder(backups)).toEqual([]);
    } finally {
      execFileSync('umount', [backups]);
    }
  });

  it.skipIf(!isRoot)('names a read-only destination in words', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 5);
    const backups = path.join(ws, 'backups');
    await mkdir(backups);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', backups]);
    try {
      const run = await runAction('backup', ws, {
        'database-url': 'sqlite:///db.sqlite3',
        destination: 'backups',
      });
      expect(run.exitCode).toBe(2);
      expect(run.platform.logText).toContain(
        `Input "destination": cannot write backups to ${backups}: creating ${backups}/production failed: the file system is read-only (EROFS).`,
      );
      expect(run.platform.logText).not.toContain('ENOENT');
    } finally {
      execFileSync('umount', [backups]);
    }
  });
});

describe('S3 retention', () => {
  it('deletes expired backups in DeleteObjects batches, not one request per object', async () => {
    const s3 = await startS3(path.join(ws, 's3rver'));
    // A loopback proxy in front of s3rver counts the delete requests.
    let batchDeletes = 0;
    let singleDeletes = 0;
    const proxy = http.createServer((req, res) => {
      if (req.method === 'DELETE') singleDeletes += 1;
      // First attempts only: s3rver sometimes answers a batch 500 and the SDK retries it.
      const first = /attempt=1\b/.test(String(req.headers['amz-sdk-request'] ?? 'attempt=1'));
      if (req.method === 'POST' && /[?&]delete/.test(req.url ?? '') && first) batchDeletes += 1;
      const forward = http.request(
        { host: '127.0.0.1', port: s3.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(forward);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`;
    const client = s3Client({ endpoint: s3.url, env: S3_KEYS });
    try {
      // 60 old complete backups of 3 objects each.
      const puts: Promise<unknown>[] = [];
      for (let i = 0; i < 60; i++) {
        const folder = `team/production/2020${String(1 + Math.floor(i / 28)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}T000000Z-aaaaaaa`;
        for (const name of ['manifest.json', 'db.sqlite3.zst', 'media.tar.zst']) {
          puts.push(
            client.send(new PutObjectCommand({ Bucket: 'backups', Key: `${folder}/${name}`, Body: 'x' })),
          );
        }
      }
      await Promise.all(puts);
      makeSqlite(path.join(ws, 'db.sqlite3'), 3);
      const run = await runAction(
        'backup',
        ws,
        {
          'database-url': 'sqlite:///db.sqlite3',
          destination: 's3://backups/team',
          's3-endpoint': endpoint,
          'keep-last': '1',
        },
        S3_KEYS,
      );
      expect(run.exitCode, run.text).toBe(0);
      expect(run.platform.logText).not.toContain('retention failed');
      expect(singleDeletes).toBe(0);
      // Manifests in one request, the other 120 objects in another.
      expect(batchDeletes).toBe(2);
      const left = await client.send(
        new (await import('@aws-sdk/client-s3')).ListObjectsV2Command({ Bucket: 'backups', Prefix: 'team/' }),
      );
      expect(
        (left.Contents ?? []).map((o) => o.Key?.split('/')[2]).filter((k) => k?.startsWith('2020')),
      ).toEqual([]);
    } finally {
      client.destroy();
      proxy.close();
      await s3.close();
    }
  }, 120_000);
});

describe.skipIf(postgresMissing)('restore guard (PostgreSQL)', () => {
  let pg: DatabaseServer;
  beforeAll(async () => {
    pg = await startPostgres();
    await pg.sql('postgres', 'CREATE DATABASE shop');
    await pg.sql('shop', 'CREATE TABLE item (id int); INSERT INTO item SELECT generate_series(1, 10);');
    await pg.sql('postgres', 'CREATE DATABASE busy');
    await pg.sql('busy', 'CREATE TABLE item (id int); INSERT INTO item SELECT generate_series(1, 1000);');
  }, 120_000);
  afterAll(async () => {
    await pg?.stop();
  });

  it('refuses a target that holds rows, whatever its name', async () => {
    const backup = await runAction('backup', ws, {
      'database-url': pg.url('shop'),
      destination: 'backups',
      environment: 'staging',
    });
    expect(backup.exitCode, backup.text).toBe(0);
    const run = await runAction('restore', ws, {
      manifest: backup.platform.outputs.get('manifest') ?? '',
      'target-database-url': pg.url('busy'),
    });
    expect(run.exitCode).toBe(2);
    expect(run.platform.logText).toContain(
      `Refusing to restore into postgres://maint@127.0.0.1:${pg.port}/busy: it holds 1000 rows in 1 table that the restore would replace. Check the target, then add --confirm busy (input "confirm").`,
    );
    expect(await pg.sql('busy', 'SELECT count(*) FROM item')).toBe('1000\n');
  });
});

describe.skipIf(mariadbMissing)('MariaDB on a live database', () => {
  let db: DatabaseServer;
  let serverPid: number;

  beforeAll(async () => {
    db = await startMariadb();
    await db.sql(
      'mysql',
      `CREATE DATABASE shop; USE shop;
       CREATE TABLE shop_item (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100), note TEXT);
       INSERT INTO shop_item (name, note) SELECT CONCAT('item ', seq), REPEAT('a''b),(c;', 20) FROM seq_1_to_20000;
       CREATE TABLE busy (id INT AUTO_INCREMENT PRIMARY KEY, at DATETIME(6));
       CREATE DATABASE mixed; USE mixed;
       CREATE TABLE good (id INT) ENGINE=InnoDB; INSERT INTO good VALUES (1);
       CREATE TABLE legacy (id INT) ENGINE=MyISAM; INSERT INTO legacy VALUES (1), (2);
       CREATE TABLE cache (id INT) ENGINE=MEMORY;
       CREATE DATABASE big; USE big;
       CREATE TABLE blob_rows (id INT AUTO_INCREMENT PRIMARY KEY, payload TEXT);
       INSERT INTO blob_rows (payload) SELECT REPEAT(MD5(seq), 30) FROM seq_1_to_200000;
       CREATE DATABASE filled; USE filled; CREATE TABLE t (id INT); INSERT INTO t VALUES (1), (2), (3);`,
    );
    const pidFile = (await db.sql('mysql', 'SELECT @@pid_file')).trim();
    serverPid = Number((await readFile(pidFile, 'utf8')).trim());
  }, 180_000);

  afterAll(async () => {
    await db?.stop();
  });

  /** A `mariadb` client inserting a row into shop.busy every 3 ms until killed. */
  function startWriter(): ChildProcess {
    const script = `${'INSERT INTO busy (at) VALUES (NOW(6)); DO SLEEP(0.003);\n'.repeat(20_000)}`;
    const writer = spawn(
      'mariadb',
      ['--no-defaults', '-h', '127.0.0.1', '-P', String(db.port), '-u', db.user, 'shop'],
      { env: { PATH: process.env.PATH, MYSQL_PWD: db.password }, stdio: ['pipe', 'ignore', 'ignore'] },
    );
    writer.stdin?.on('error', () => undefined);
    writer.stdin?.end(script);
    return writer;
  }

  it('records row counts of the dump itself while a writer inserts every few ms: verify restore passes', async () => {
    const writer = startWriter();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (let attempt = 0; attempt < 3; attempt++) {
        const run = await runAction('backup', ws, {
          'database-url': db.url('shop'),
          destination: `backups-${attempt}`,
          verify: 'restore',
        });
        expect(run.exitCode, run.text).toBe(0);
        const manifest = await readManifest(run.platform.outputs.get('manifest') ?? '');
        const counts = manifest.databases[0]?.rowCounts ?? {};
        expect(counts.shop_item).toBe(20000);
        expect(counts.busy).toBeGreaterThan(0);
        // What the dump holds is what the manifest says.
        const dump = execFileSync(
          'zstd',
          ['-d', '-c', path.join(ws, `backups-${attempt}`, manifest.backupId, 'shop.sql.zst')],
          { maxBuffer: 512 * 1024 * 1024 },
        ).toString();
        expect(dump.match(/^\(\d+,'\d{4}-/gm)?.length).toBe(counts.busy);
      }
      expect(writer.exitCode).toBeNull();
    } finally {
      writer.kill('SIGKILL');
    }
  }, 180_000);

  it('warns about tables without transactions, naming them', async () => {
    const run = await runAction('backup', ws, { 'database-url': db.url('mixed'), destination: 'backups' });
    expect(run.exitCode, run.text).toBe(0);
    expect(run.platform.logText).toContain(
      `mysql://maint@127.0.0.1:${db.port}/mixed: 2 tables without transactions (cache (MEMORY), legacy (MyISAM)) are not covered by the dump's consistent snapshot`,
    );
    const manifest = await readManifest(run.platform.outputs.get('manifest') ?? '');
    expect(manifest.databases[0]?.rowCounts).toEqual({ cache: 0, good: 1, legacy: 2 });
    expect(manifest.databases[0]?.warnings?.[0]).toContain('legacy (MyISAM)');
  });

  it('fails on its inactivity deadline, naming the database, when the server stops mid-dump', async () => {
    const backups = path.join(ws, 'backups');
    const started = performance.now();
    const running = runAction('backup', ws, {
      'database-url': db.url('big'),
      destination: 'backups',
      'idle-timeout': '3',
      'connect-timeout': '5',
    });
    // The dump file exists once the dump starts: stop the server then.
    let stopped = false;
    try {
      while (!stopped) {
        const dumps = (await filesUnder(backups)).filter((f) => f.endsWith('big.sql.zst'));
        if (dumps.length > 0) {
          process.kill(serverPid, 'SIGSTOP');
          stopped = true;
        } else await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const run = await running;
      const seconds = (performance.now() - started) / 1000;
      expect(run.exitCode).toBe(1);
      expect(run.platform.logText).toContain(
        `the dump of mysql://maint@127.0.0.1:${db.port}/big sent no data for 3 s (inactivity deadline)`,
      );
      expect(seconds).toBeLessThan(30);
      expect(await filesUnder(backups)).toEqual([]);
    } finally {
      if (stopped) process.kill(serverPid, 'SIGCONT');
    }
  }, 120_000);

  it('refuses a target with rows, and names a refusing one (ERROR 1045, 2002, 1049), not zstd or a premature close', async () => {
    const backup = await runAction('backup', ws, {
      'database-url': db.url('filled'),
      destination: 'backups',
    });
    expect(backup.exitCode, backup.text).toBe(0);
    const manifest = backup.platform.outputs.get('manifest') ?? '';
    // A target holding rows is refused unless confirmed.
    const refused = await runAction('restore', ws, { manifest, 'target-database-url': db.url('filled') });
    expect(refused.exitCode).toBe(2);
    expect(refused.platform.logText).toContain(
      `Refusing to restore into mysql://maint@127.0.0.1:${db.port}/filled: it holds 3 rows in 1 table that the restore would replace; the backup is of production. Check the target, then add --confirm filled (input "confirm").`,
    );
    const closed = await freePort();
    const cases: [string, string][] = [
      [db.url('filled').replace(encodeURIComponent(db.password), 'wrong-pass-1'), 'ERROR 1045'],
      [db.url('filled').replace(`:${db.port}/`, `:${closed}/`), 'ERROR 2002'],
      [db.url('no_such_db'), 'ERROR 1049'],
    ];
    for (const [url, code] of cases) {
      const run = await runAction('restore', ws, { manifest, 'target-database-url': url, confirm: 'filled' });
      expect(run.exitCode, run.text).toBe(1);
      expect(run.platform.logText).toContain(code);
      expect(run.platform.logText).not.toMatch(/SIGPIPE|Premature close/);
    }
  });

  it('reports the client that failed first in a restore pipe, not zstd killed by SIGPIPE', async () => {
    // Several MB of compressed input, so zstd is still writing when the client gives up.
    const big = path.join(ws, 'big.zst');
    execFileSync('sh', ['-c', `head -c 40000000 /dev/urandom | zstd -q -1 -o ${big}`]);
    const { createReadStream } = await import('node:fs');
    const error = await runPipe(
      [
        { command: 'zstd', args: ['-q', '-d', '-c'] },
        {
          command: 'mariadb',
          args: ['--no-defaults', '-h', '127.0.0.1', '-P', String(db.port), '-u', 'maint', 'filled'],
          env: { PATH: process.env.PATH, MYSQL_PWD: 'wrong-pass-2' },
        },
      ],
      { input: createReadStream(big), output: collector() },
    ).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/^mariadb exited with code 1: ERROR 1045/);
  });
});

describe('child environment', () => {
  it.skipIf(!existsSync('/usr/bin/zstd'))('gives tools no INPUT_ or MAINT_INPUT_ variables', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 3);
    const bin = path.join(ws, 'bin');
    await mkdir(bin);
    const seen = path.join(ws, 'zstd-env');
    execFileSync('sh', [
      '-c',
      `printf '#!/bin/sh\\nenv >> ${seen}\\nexec /usr/bin/zstd "$@"\\n' > ${bin}/zstd && chmod +x ${bin}/zstd`,
    ]);
    const secret = 'sqlite:///db.sqlite3#not-for-children';
    const savedPath = process.env.PATH;
    process.env.INPUT_DATABASE_URL = secret;
    process.env.MAINT_INPUT_DATABASE_URL = secret;
    process.env.PATH = `${bin}:${process.env.PATH}`;
    try {
      const run = await runAction(
        'backup',
        ws,
        { 'database-url': 'sqlite:///db.sqlite3', destination: 'backups' },
        { PATH: process.env.PATH, INPUT_DATABASE_URL: secret, MAINT_INPUT_TOKEN: 'tok-123' },
      );
      expect(run.exitCode, run.text).toBe(0);
    } finally {
      process.env.PATH = savedPath;
      delete process.env.INPUT_DATABASE_URL;
      delete process.env.MAINT_INPUT_DATABASE_URL;
    }
    const env = await readFile(seen, 'utf8');
    expect(env).toContain('PATH=');
    expect(env).not.toMatch(/^(INPUT_|MAINT_INPUT_)/m);
    expect(env).not.toContain('not-for-children');
    expect(env).not.toContain('tok-123');
    expect(await readdir(path.join(ws, 'tmp'))).toEqual([]);
  });
});
