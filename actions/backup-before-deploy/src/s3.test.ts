/**
 * The s3:// destination against s3rver on 127.0.0.1, behind a proxy that records the requests
 * and can cut the connection in the middle of an uploaded part.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PARTS, partSize, partSizeFor, readObject, s3Client, uploadWriter } from './s3';
import { allText, runAction, S3_KEYS, type S3Server, startS3, type Temp, tempDir } from './test-support';

const KEYS = S3_KEYS;

interface Proxy {
  readonly url: string;
  /** `METHOD /path?query` of every request. */
  readonly requests: string[];
  /** The size of every UploadPart body, in the order they came. */
  readonly partBytes: number[];
  close(): Promise<void>;
}

/**
 * A proxy to 127.0.0.1:`port`. With `cutAfter`, every UploadPart request is forwarded for that
 * many bytes of its body, then both connections are cut.
 */
async function startProxy(port: number, cutAfter?: number): Promise<Proxy> {
  const requests: string[] = [];
  const partBytes: number[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (/[?&]partNumber=/.test(req.url ?? '')) partBytes.push(Number(req.headers['content-length']));
    const upstream = http.request(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    if (cutAfter === undefined || !/[?&]partNumber=/.test(req.url ?? '')) {
      req.pipe(upstream);
      return;
    }
    let sent = 0;
    req.on('data', (chunk: Buffer) => {
      if (sent >= cutAfter) return;
      const part = chunk.subarray(0, cutAfter - sent);
      sent += part.length;
      upstream.write(part);
      if (sent >= cutAfter) {
        upstream.destroy();
        req.socket.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    partBytes,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

let temp: Temp;
let ws: string;
let s3: S3Server;
let s3Port: number;
let client: S3Client;
const proxies: Proxy[] = [];

beforeEach(async () => {
  temp = await tempDir('maint-backup-s3-');
  ws = temp.dir;
  await mkdir(path.join(ws, 'tmp'));
  s3 = await startS3(path.join(ws, 's3rver'));
  s3Port = s3.port;
  client = s3Client({ endpoint: `http://127.0.0.1:${s3Port}`, env: KEYS });
});

afterEach(async () => {
  client.destroy();
  await Promise.all(proxies.splice(0).map((p) => p.close()));
  await s3.close();
  await temp.cleanup();
});

async function proxy(cutAfter?: number): Promise<Proxy> {
  const started = await startProxy(s3Port, cutAfter);
  proxies.push(started);
  return started;
}

async function keys(prefix: string): Promise<string[]> {
  const page = await client.send(new ListObjectsV2Command({ Bucket: 'backups', Prefix: prefix }));
  return (page.Contents ?? []).map((o) => o.Key ?? '').sort();
}

function makeSqlite(file: string, rows: number): void {
  const script =
    "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('CREATE TABLE t (id INTEGER)'); db.executemany('INSERT INTO t VALUES (?)', [(i,) for i in range(int(sys.argv[2]))]); db.commit()";
  execFileSync('/usr/bin/python3', ['-c', script, file, String(rows)]);
}

/** 12 MiB that zstd cannot shrink: two 8 MiB parts. */
async function bigMedia(): Promise<void> {
  await mkdir(path.join(ws, 'media'));
  await writeFile(path.join(ws, 'media', 'video.bin'), randomBytes(12 * 1024 * 1024));
}

describe('s3:// destination', () => {
  it('uploads the files in parts, the manifest last, applies retention and restores from S3', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 30);
    await bigMedia();
    const put = (key: string) =>
      client.send(new PutObjectCommand({ Bucket: 'backups', Key: key, Body: '{}' }));
    await put('team/staging/20240101T000000Z-aaaaaaa/manifest.json');
    await put('team/staging/20240101T000000Z-aaaaaaa/db.sqlite3.zst');
    await put('team/staging/20240102T000000Z-bbbbbbb/db.sqlite3.zst');
    const through = await proxy();

    const run = await runAction(
      'backup',
      ws,
      {
        'database-url': 'sqlite:///./db.sqlite3',
        'media-dir': 'media',
        destination: 's3://backups/team',
        's3-endpoint': through.url,
        environment: 'staging',
        verify: 'list',
        'keep-last': '1',
      },
      KEYS,
    );

    expect(run.exitCode, run.text).toBe(0);
    const id = run.platform.outputs.get('backup-id') ?? '';
    expect(run.platform.outputs.get('manifest')).toBe(`s3://backups/team/${id}/manifest.json`);
    expect(await keys(`team/${id}/`)).toEqual(
      ['db.sqlite3.zst', 'manifest.json', 'media.tar.zst'].map((f) => `team/${id}/${f}`),
    );
    const uploads = through.requests.filter((r) => r.startsWith('PUT') && r.includes('partNumber='));
    expect(uploads.length).toBe(2);
    // The manifest is the backup's last write (retention's batch deletes come after it).
    const lastPut = through.requests
      .filter((r) => (r.startsWith('PUT') || r.startsWith('POST')) && !r.includes('?delete'))
      .at(-1);
    expect(lastPut).toBe(`PUT /backups/team/${id}/manifest.json?x-id=PutObject`);
    expect(await keys('team/staging/2024')).toEqual(['team/staging/20240102T000000Z-bbbbbbb/db.sqlite3.zst']);
    expect(run.text).toContain(
      '1 deleted (staging/20240101T000000Z-aaaaaaa), 1 kept; 1 incomplete left alone',
    );
    expect(run.text).not.toContain('S3RVER');

    makeSqlite(path.join(ws, 'target.sqlite3'), 1);
    const restored = await runAction(
      'restore',
      ws,
      {
        manifest: `s3://backups/team/${id}/manifest.json`,
        's3-endpoint': `http://127.0.0.1:${s3Port}`,
        'target-database-url': 'sqlite:///./target.sqlite3',
        // The target holds a row: the restore replaces it only when its name is typed again.
        confirm: 'target.sqlite3',
        'target-media-dir': 'restored-media',
      },
      KEYS,
    );

    expect(restored.exitCode, restored.text).toBe(0);
    expect(restored.platform.outputs.get('restored')).toBe('db -> target.sqlite3');
    expect(restored.platform.outputs.get('media-entries')).toBe('1');
    expect(
      execFileSync('sqlite3', [path.join(ws, 'target.sqlite3'), 'SELECT count(*) FROM t'])
        .toString()
        .trim(),
    ).toBe('30');
    const original = await readFile(path.join(ws, 'media', 'video.bin'));
    expect((await readFile(path.join(ws, 'restored-media', 'video.bin'))).equals(original)).toBe(true);
  });

  it('fails when S3 cuts a part mid-upload: no manifest, no object left, no secret', async () => {
    makeSqlite(path.join(ws, 'db.sqlite3'), 30);
    await bigMedia();
    const cutting = await proxy(256 * 1024);

    const run = await runAction(
      'backup',
      ws,
      {
        'database-url': 'sqlite:///./db.sqlite3',
        'media-dir': 'media',
        destination: 's3://backups/team',
        's3-endpoint': cutting.url,
      },
      KEYS,
    );

    expect(run.exitCode).toBe(1);
    expect(run.platform.outputs.get('verified')).toBe('false');
    expect(run.text).toMatch(
      /uploading s3:\/\/backups\/team\/production\/\d{8}T\d{6}Z-0123456\/media\.tar\.zst failed/,
    );
    expect(run.text).toContain('nothing was kept');
    expect(run.platform.outputs.get('manifest')).toBeFalsy(); // empty: every output is set
    expect(await keys('team/')).toEqual([]);
    expect(run.text).not.toContain('S3RVER');
    expect(await allText(path.join(ws, '.maint-actions'))).not.toContain('S3RVER');
  });

  it('reads a manifest from S3 for the restore guard, and explains a bad destination', async () => {
    const bad = await runAction('backup', ws, { 'media-dir': '.', destination: 's3://No_Such/x' }, KEYS);
    expect(bad.exitCode).toBe(2);
    expect(bad.text).toContain(
      'Input "destination" must be s3://bucket/prefix with a valid bucket name and no "." or ".." segments (got "s3://No_Such/x").',
    );

    const missing = await runAction(
      'restore',
      ws,
      {
        manifest: 's3://backups/none/manifest.json',
        's3-endpoint': `http://127.0.0.1:${s3Port}`,
        'target-media-dir': 'out',
      },
      KEYS,
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.text).toContain(
      'Input "manifest": cannot read s3://backups/none/manifest.json: reading s3://backups/none/manifest.json failed: NoSuchKey',
    );
  });

  it('uploads a stream of unknown size in parts that grow, each but the last at least 5 MiB', async () => {
    const MiB = 1024 * 1024;
    const through = await proxy();
    const upload = s3Client({ endpoint: through.url, env: KEYS });
    const data = randomBytes(16 * MiB + 1000);
    try {
      const chunks = Array.from({ length: 17 }, (_, i) => data.subarray(i * MiB, (i + 1) * MiB));
      await pipeline(
        Readable.from(chunks),
        uploadWriter(upload, 'backups', 'grow/dump.bin', { firstPartSize: 5 * MiB, growEvery: 1 }),
      );
    } finally {
      upload.destroy();
    }

    // Shipped once the buffer reaches the part's size: 5 MiB, then 10 MiB, then what is left.
    expect(through.partBytes).toEqual([5 * MiB, 10 * MiB, MiB + 1000]);
    const stored = await readObject(client, { bucket: 'backups', prefix: 'grow' }, 'dump.bin');
    expect(Buffer.concat(await stored.toArray()).equals(data)).toBe(true);
  });

  it('doubles the part size every 1,000 parts up to 5 GiB, so 10,000 parts hold 5 TiB', () => {
    expect([1, 2, 3, 4, 6, 7, 10].map((n) => partSize(n, 5, 3))).toEqual([5, 5, 5, 10, 10, 20, 40]);
    const MiB = 1024 * 1024;
    expect(partSize(1000, 8 * MiB)).toBe(8 * MiB);
    expect(partSize(1001, 8 * MiB)).toBe(16 * MiB);
    expect(partSize(MAX_PARTS, 8 * MiB)).toBe(4096 * MiB);
    expect(partSize(MAX_PARTS, 64 * MiB)).toBe(5 * 1024 * MiB);
    let total = 0;
    for (let n = 1; n <= MAX_PARTS; n += 1) total += partSize(n, 8 * MiB);
    expect(total).toBeGreaterThan(5 * 1024 * 1024 * MiB);
    // The fixed 8 MiB parts of before stopped at 78 GiB.
    expect(MAX_PARTS * 8 * MiB).toBeLessThan(79 * 1024 * MiB);
  });

  it('grows the first part so twice the expected size fits in 10,000 parts', () => {
    const MiB = 1024 * 1024;
    expect(partSizeFor(undefined)).toBe(8 * MiB);
    expect(partSizeFor(10 * 1024 * MiB)).toBe(8 * MiB);
    expect(partSizeFor(100 * 1024 * MiB)).toBe(32 * MiB);
    expect(partSizeFor(100 * 1024 * 1024 * MiB)).toBe(5 * 1024 * MiB);
  });
});
