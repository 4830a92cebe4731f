/**
 * `media-s3` against s3rver on 127.0.0.1: nested keys archived and restored byte-identical, an
 * empty prefix, unsafe keys refused, and a GET cut in the middle of an object (through a proxy)
 * failing the backup with no manifest left.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digest } from './backup';
import type { Manifest } from './manifest';
import { listMedia } from './media';
import { s3Client } from './s3';
import { s3MediaSource, unsafeKeyReason } from './s3-media';
import {
  allText,
  filesUnder,
  runAction,
  S3_KEYS,
  type S3Server,
  startS3,
  type Temp,
  tempDir,
} from './test-support';

let temp: Temp;
let ws: string;
let s3: S3Server;
let client: S3Client;
const closers: (() => Promise<void>)[] = [];

beforeEach(async () => {
  temp = await tempDir('maint-backup-s3-media-');
  ws = temp.dir;
  await mkdir(path.join(ws, 'tmp'));
  s3 = await startS3(path.join(ws, 's3rver'));
  client = s3Client({ endpoint: s3.url, env: S3_KEYS });
});

afterEach(async () => {
  client.destroy();
  await Promise.all(closers.splice(0).map((close) => close()));
  await s3.close();
  await temp.cleanup();
});

const put = (key: string, body: Buffer | string) =>
  client.send(new PutObjectCommand({ Bucket: 'backups', Key: key, Body: body }));

const LONG = `${'deep/'.repeat(25)}${'n'.repeat(110)}.txt`;

/** Objects under `media/` (names below), plus neighbours that are not under the prefix. */
async function putMedia(): Promise<Record<string, Buffer>> {
  const objects: Record<string, Buffer> = {
    'photos/2024/cat.jpg': randomBytes(70_000),
    'photos/2024/big.bin': randomBytes(3 * 1024 * 1024 + 17),
    'docs/readme.txt': Buffer.from('hello\n'),
    'café/menu ünï.pdf': Buffer.from('menu\n'),
    'empty.txt': Buffer.alloc(0),
    [LONG]: Buffer.from('long\n'),
  };
  for (const [name, body] of Object.entries(objects)) await put(`media/${name}`, body);
  await put('media-old/stale.txt', 'not under the prefix');
  await put('other/x.txt', 'not under the prefix');
  return objects;
}

/** A proxy to s3rver that, for GETs of keys containing `cut`, sends `bytes` of the body, then cuts. */
async function cuttingProxy(cut: string, bytes: number): Promise<string> {
  const server = http.createServer((req, res) => {
    const upstream = http.request(
      { host: '127.0.0.1', port: s3.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (req.method !== 'GET' || !(req.url ?? '').includes(cut)) {
          answer.pipe(res);
          return;
        }
        let sent = 0;
        answer.on('data', (chunk: Buffer) => {
          if (sent >= bytes) return;
          const part = chunk.subarray(0, bytes - sent);
          sent += part.length;
          res.write(part);
          if (sent >= bytes) res.socket?.destroy();
        });
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function manifestOf(file: string): Promise<Manifest> {
  return JSON.parse(await readFile(file, 'utf8')) as Manifest;
}

describe('media-s3', () => {
  it('archives every object under the prefix and restores them byte-identical', async () => {
    const objects = await putMedia();
    const backup = await runAction(
      'backup',
      ws,
      { 'media-s3': 's3://backups/media/', destination: 'backups', 's3-endpoint': s3.url, verify: 'list' },
      S3_KEYS,
    );

    expect(backup.exitCode, backup.text).toBe(0);
    expect(backup.text).toContain('media: 6 archive entries');
    const manifestPath = backup.platform.outputs.get('manifest') ?? '';
    const sourceBytes = Object.values(objects).reduce((sum, body) => sum + body.length, 0);
    expect((await manifestOf(manifestPath)).media).toEqual({
      file: 'media.tar.zst',
      source: 's3://backups/media/',
      entries: 6,
      sourceBytes,
    });
    expect(backup.text).not.toContain('S3RVER');

    const restored = await runAction('restore', ws, {
      manifest: manifestPath,
      'target-media-dir': 'restored',
    });

    expect(restored.exitCode, restored.text).toBe(0);
    expect(restored.platform.outputs.get('media-entries')).toBe('6');
    const target = path.join(ws, 'restored');
    expect(await filesUnder(target)).toEqual(Object.keys(objects).sort());
    for (const [name, body] of Object.entries(objects)) {
      expect((await readFile(path.join(target, name))).equals(body), name).toBe(true);
    }
  });

  it('backs up an empty prefix as an empty archive, and says so', async () => {
    await put('other/x.txt', 'not under the prefix');
    const backup = await runAction(
      'backup',
      ws,
      { 'media-s3': 's3://backups/media', destination: 'backups', 's3-endpoint': s3.url, verify: 'list' },
      S3_KEYS,
    );

    expect(backup.exitCode, backup.text).toBe(0);
    expect(backup.text).toMatch(
      /0 entries, \d+ B compressed; no objects under s3:\/\/backups\/media: the archive is empty \(check the prefix and the endpoint\)/,
    );
    const manifestPath = backup.platform.outputs.get('manifest') ?? '';
    expect((await manifestOf(manifestPath)).media?.entries).toBe(0);

    const restored = await runAction('restore', ws, {
      manifest: manifestPath,
      'target-media-dir': 'restored',
    });
    expect(restored.exitCode, restored.text).toBe(0);
    expect(restored.platform.outputs.get('media-entries')).toBe('0');
    expect(await filesUnder(path.join(ws, 'restored'))).toEqual([]);
  });

  it('fails when S3 cuts an object mid-copy: no manifest, no secret', async () => {
    await putMedia();
    const proxy = await cuttingProxy('big.bin', 512 * 1024);

    const backup = await runAction(
      'backup',
      ws,
      { 'media-s3': 's3://backups/media', destination: 'backups', 's3-endpoint': proxy },
      S3_KEYS,
    );

    expect(backup.exitCode).toBe(1);
    expect(backup.text).toContain(
      'reading s3://backups/media/photos/2024/big.bin failed: aborted; nothing was kept',
    );
    expect(backup.platform.outputs.get('manifest')).toBeFalsy(); // empty: every output is set
    expect(await filesUnder(path.join(ws, 'backups'))).toEqual([]);
    expect(backup.text).not.toContain('S3RVER');
    expect(await allText(path.join(ws, '.maint-actions'))).not.toContain('S3RVER');
  });

  it('refuses a key with a ".." name under the prefix before writing anything', async () => {
    await put('media/ok.txt', 'fine');
    // s3rver stores this key as given (it normalizes `a/../b` and refuses `//`).
    await put('media/..', 'up');

    const backup = await runAction(
      'backup',
      ws,
      { 'media-s3': 's3://backups/media', destination: 'backups', 's3-endpoint': s3.url },
      S3_KEYS,
    );

    expect(backup.exitCode).toBe(1);
    expect(backup.text).toContain(
      'refusing the key s3://backups/media/..: its name under the prefix has a ".." segment',
    );
    expect(await filesUnder(path.join(ws, 'backups'))).toEqual([]);
  });

  it('fails a prefix whose keys a restore would refuse: a key that is both a file and a folder', async () => {
    await put('media/photos', 'a file named like the folder');
    await put('media/photos/cat.jpg', 'meow');

    const backup = await runAction(
      'backup',
      ws,
      { 'media-s3': 's3://backups/media', destination: 'backups', 's3-endpoint': s3.url, verify: 'checksum' },
      S3_KEYS,
    );

    expect(backup.exitCode).toBe(1);
    // s3rver lists photos/cat.jpg first; S3 itself would list photos first ("its parent is a file").
    expect(backup.text).toMatch(
      /refusing the key s3:\/\/backups\/media\/photos(\/cat\.jpg)?: a restore would refuse it: (the path is in the archive twice \(a directory, then a file\)|its parent "\.\/photos" is a file, not a directory); nothing was kept/,
    );
    expect(await filesUnder(path.join(ws, 'backups'))).toEqual([]);
  });

  it('records an object deleted between the listing and its copy as a warning, and carries on', async () => {
    await putMedia();
    // An upload site deletes photos/2024/cat.jpg after the listing saw it: for real, on the server,
    // just before the action asks for it.
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { Key?: string };
        if (context.commandName === 'GetObjectCommand' && input.Key === 'media/photos/2024/cat.jpg') {
          await client.send(new DeleteObjectCommand({ Bucket: 'backups', Key: input.Key }));
        }
        return next(args);
      },
      { step: 'initialize' },
    );
    const source = s3MediaSource(client, { bucket: 'backups', prefix: 'media' }, 's3://backups/media');
    const archive = path.join(ws, 'media.tar.zst');

    const written = await source.archive(createWriteStream(archive));

    expect(written.warnings).toEqual([
      's3://backups/media/photos/2024/cat.jpg vanished before it was read: not stored',
    ]);
    expect(written.entries).toBe(5);
    expect((await listMedia(createReadStream(archive))).entries).toBe(5);
  });

  it('reads the listing a page at a time', async () => {
    const objects = await putMedia();
    const pages: string[] = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'ListObjectsCommand') pages.push(context.commandName);
        return next(args);
      },
      { step: 'initialize' },
    );
    const source = s3MediaSource(client, { bucket: 'backups', prefix: 'media' }, 's3://backups/media', 2);
    const archive = path.join(ws, 'media.tar.zst');

    expect(await source.size()).toBe(Object.values(objects).reduce((sum, body) => sum + body.length, 0));
    const written = await source.archive(createWriteStream(archive));

    expect(written.entries).toBe(6);
    expect(pages.length).toBe(2 * 3);
    expect(written.sha256).toBe((await digest(createReadStream(archive))).sha256);
    expect((await listMedia(createReadStream(archive))).entries).toBe(6);
  });

  it('names why a key may not be stored', () => {
    expect(unsafeKeyReason('photos/cat.jpg')).toBeUndefined();
    expect(unsafeKeyReason('a/../../etc/passwd')).toBe('its name under the prefix has a ".." segment');
    expect(unsafeKeyReason('..')).toBe('its name under the prefix has a ".." segment');
    expect(unsafeKeyReason('/etc/passwd')).toBe('its name under the prefix is absolute');
    expect(unsafeKeyReason('a..b/c..')).toBeUndefined();
  });

  it('explains media-dir with media-s3, and a media-s3 that is not an S3 URL', async () => {
    const both = await runAction('backup', ws, {
      'media-dir': '.',
      'media-s3': 's3://backups/media',
      destination: 'backups',
    });
    expect(both.exitCode).toBe(2);
    expect(both.text).toContain('Set "media-dir" or "media-s3", not both: a backup holds one media archive.');

    const bad = await runAction('backup', ws, { 'media-s3': 'media/', destination: 'backups' });
    expect(bad.exitCode).toBe(2);
    expect(bad.text).toContain('Input "media-s3" must be s3://bucket/prefix (got "media/").');
  });
});
