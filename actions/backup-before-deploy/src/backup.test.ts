/**
 * The restore drill of the media archive (`verify: restore`): extracted for real into a scratch
 * folder, compared with the manifest, and removed.
 */
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from './manifest';
import { filesUnder, runAction, type Temp, tempDir } from './test-support';

let temp: Temp;
let ws: string;

beforeEach(async () => {
  temp = await tempDir('maint-backup-drill-');
  ws = temp.dir;
  await mkdir(path.join(ws, 'tmp'));
  await mkdir(path.join(ws, 'media', 'photos', 'empty'), { recursive: true });
  await writeFile(path.join(ws, 'media', 'photos', 'cat.jpg'), Buffer.alloc(70_000, 7));
  await writeFile(path.join(ws, 'media', 'notes.txt'), 'hello\n');
  await symlink('photos/cat.jpg', path.join(ws, 'media', 'avatar.jpg'));
});

afterEach(async () => {
  await temp.cleanup();
});

describe('media restore drill', () => {
  it('extracts the archive into a scratch folder, matches the manifest and removes the folder', async () => {
    const run = await runAction('backup', ws, {
      'media-dir': 'media',
      destination: 'backups',
      verify: 'restore',
    });

    expect(run.exitCode, run.text).toBe(0);
    const manifest = JSON.parse(
      await readFile(run.platform.outputs.get('manifest') ?? '', 'utf8'),
    ) as Manifest;
    expect(manifest.media?.entries).toBe(5);
    expect(run.platform.summaries.join('\n')).toMatch(
      /media extracted in [\d.]+ s: 5 entries, 70\.0 kB of files, as stored/,
    );
    expect(await filesUnder(path.join(ws, 'tmp'))).toEqual([]);
  });

  it('fails a media tree whose link points outside it: the restore would refuse it', async () => {
    await symlink('/etc/hostname', path.join(ws, 'media', 'host'));
    const run = await runAction('backup', ws, {
      'media-dir': 'media',
      destination: 'backups',
      verify: 'restore',
    });

    expect(run.exitCode).toBe(1);
    expect(run.platform.logText).toContain(
      'the media directory holds what a restore would refuse: entry 2 "./host": a symlink to an absolute path (-> "/etc/hostname")',
    );
    expect(await filesUnder(path.join(ws, 'backups'))).toEqual([]);
    expect(await filesUnder(path.join(ws, 'tmp'))).toEqual([]);
  });
});
