/**
 * The media archive with real GNU tar and zstd: a round trip through backup and restore, a
 * symlink pointing outside the tree (stored, never followed, refused on restore), and archives
 * crafted with absolute and `..` paths that the extraction refuses before writing anything.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { link, lstat, mkdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from './manifest';
import { extractMedia, listMedia } from './media';
import { filesUnder, runAction, type Temp, tempDir } from './test-support';

let temp: Temp;
let ws: string;

beforeEach(async () => {
  temp = await tempDir('maint-media-test-');
  ws = temp.dir;
  await mkdir(path.join(ws, 'tmp'));
});

afterEach(async () => {
  await temp.cleanup();
});

const LONG = `${'deep/'.repeat(30)}${'n'.repeat(120)}.txt`;

async function makeMedia(root: string): Promise<void> {
  await mkdir(path.join(root, 'photos', 'empty'), { recursive: true });
  await writeFile(path.join(root, 'photos', 'cat.jpg'), Buffer.alloc(70_000, 7));
  await writeFile(path.join(root, 'notes.txt'), 'hello\n');
  await link(path.join(root, 'photos', 'cat.jpg'), path.join(root, 'photos', 'same-cat.jpg'));
  await mkdir(path.dirname(path.join(root, LONG)), { recursive: true });
  await writeFile(path.join(root, LONG), 'long\n');
  await symlink('photos/cat.jpg', path.join(root, 'avatar.jpg'));
}

describe('media-dir', () => {
  it('archives the tree, lists it, and restores it with links kept as links', async () => {
    await makeMedia(path.join(ws, 'media'));
    const backup = await runAction('backup', ws, {
      'media-dir': 'media',
      destination: 'backups',
      verify: 'list',
    });

    expect(backup.exitCode, backup.text).toBe(0);
    expect(backup.text).toContain('media: 37 archive entries');
    const manifestPath = backup.platform.outputs.get('manifest') ?? '';
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    expect(manifest.media).toEqual({ file: 'media.tar.zst', source: 'media', entries: 37 });
    expect(manifest.files.map((f) => f.path)).toEqual(['media.tar.zst']);
    expect(manifest.tools.tar).toBe('pax (maint-actions)');

    const restored = await runAction('restore', ws, {
      manifest: manifestPath,
      'target-media-dir': 'restored',
    });

    expect(restored.exitCode, restored.text).toBe(0);
    expect(restored.platform.outputs.get('media-entries')).toBe('37');
    const target = path.join(ws, 'restored');
    expect(await filesUnder(target)).toEqual(await filesUnder(path.join(ws, 'media')));
    expect(await readFile(path.join(target, LONG), 'utf8')).toBe('long\n');
    expect((await stat(path.join(target, 'photos', 'same-cat.jpg'))).ino).toBe(
      (await stat(path.join(target, 'photos', 'cat.jpg'))).ino,
    );
    // Issue 13 item 8: the restored root keeps the media directory's mode, not 0700.
    expect((await stat(target)).mode & 0o777).toBe((await stat(path.join(ws, 'media'))).mode & 0o777);
    expect((await stat(target)).mode & 0o777).toBe(0o755);
    expect((await lstat(path.join(target, 'avatar.jpg'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(target, 'avatar.jpg'))).toBe('photos/cat.jpg');
    expect((await lstat(path.join(target, 'photos', 'empty'))).isDirectory()).toBe(true);
    expect(await filesUnder(ws)).not.toContainEqual(expect.stringContaining('.restoring-'));

    const again = await runAction('restore', ws, { manifest: manifestPath, 'target-media-dir': 'restored' });
    expect(again.exitCode).toBe(2);
    expect(again.text).toContain(
      `Input "target-media-dir": ${target} exists and is not an empty directory; restore media into a new folder.`,
    );
  });

  it('fails the backup of a tree a restore would refuse, naming the entry, and keeps nothing', async () => {
    const media = path.join(ws, 'media');
    await mkdir(media);
    await writeFile(path.join(media, 'ok.txt'), 'fine\n');
    await writeFile(path.join(ws, 'outside-secret.txt'), 'TOP-SECRET-CONTENT-42\n');
    const cases: [string, () => Promise<void>, string][] = [
      [
        'absolute link',
        () => symlink(path.join(ws, 'outside-secret.txt'), path.join(media, 'escape')),
        `entry 1 "./escape": a symlink to an absolute path (-> "${path.join(ws, 'outside-secret.txt')}")`,
      ],
      [
        'relative link out',
        () => symlink('../outside-secret.txt', path.join(media, 'escape')),
        'entry 1 "./escape": a symlink pointing outside the target (-> "../outside-secret.txt")',
      ],
      [
        'a chain of links inside that leads out',
        async () => {
          await mkdir(path.join(media, 'd'));
          await symlink('..', path.join(media, 'd', 'up'));
          await symlink('d/up/..', path.join(media, 'escape'));
        },
        `entry 2 "./escape": a symlink that resolves outside the target through the archive's other links (-> "d/up/..")`,
      ],
      [
        'a newline in a name',
        () => writeFile(path.join(media, 'line\nbreak.txt'), 'odd\n'),
        'entry 1 "./line\\nbreak.txt": a name with a control character',
      ],
    ];
    for (const [what, make, message] of cases) {
      await make();
      const backup = await runAction('backup', ws, {
        'media-dir': 'media',
        destination: 'backups',
        verify: 'checksum',
      });
      expect(backup.exitCode, what).toBe(1);
      expect(backup.text).toContain(`the media directory holds what a restore would refuse: ${message}`);
      expect(await filesUnder(path.join(ws, 'backups')), what).toEqual([]);
      await rm(path.join(media, 'escape'), { force: true });
      await rm(path.join(media, 'd'), { recursive: true, force: true });
      await rm(path.join(media, 'line\nbreak.txt'), { force: true });
    }
    // A hard link to a file outside is a file of the tree: stored as one (its content), and restored.
    await link(path.join(ws, 'outside-secret.txt'), path.join(media, 'linked.txt'));
    const backup = await runAction('backup', ws, {
      'media-dir': 'media',
      destination: 'backups',
      verify: 'restore',
    });
    expect(backup.exitCode, backup.text).toBe(0);
  });

  it('fails the backup of a file whose name is not UTF-8 rather than leave it out', async () => {
    await mkdir(path.join(ws, 'media'));
    await writeFile(
      Buffer.concat([Buffer.from(`${ws}/media/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]),
      'x',
    );
    const backup = await runAction('backup', ws, { 'media-dir': 'media', destination: 'backups' });
    expect(backup.exitCode).toBe(1);
    expect(backup.text).toContain('"./caf\uFFFD.txt" has a name that is not UTF-8: rename it');
    expect(await filesUnder(path.join(ws, 'backups'))).toEqual([]);
  });

  it('refuses archives with absolute or ".." paths before extracting anything', async () => {
    await mkdir(path.join(ws, 'a', 'b'), { recursive: true });
    await writeFile(path.join(ws, 'a', 'evil.txt'), 'evil\n');
    const absolute = path.join(ws, 'absolute.tar.zst');
    const dotdot = path.join(ws, 'dotdot.tar.zst');
    const pack = (out: string, cwd: string, member: string): void => {
      const raw = execFileSync('tar', ['--create', '--file=-', '--absolute-names', member], { cwd });
      execFileSync('zstd', ['-q', '-o', out], { input: raw });
    };
    pack(absolute, ws, path.join(ws, 'a', 'evil.txt'));
    pack(dotdot, path.join(ws, 'a', 'b'), '../evil.txt');

    const target = path.join(ws, 'target');
    await expect(extractMedia(async () => createReadStream(absolute), target)).rejects.toThrow(
      `refusing the media archive: entry 1 "${path.join(ws, 'a', 'evil.txt')}": an absolute path; nothing was extracted`,
    );
    await expect(extractMedia(async () => createReadStream(dotdot), target)).rejects.toThrow(
      'refusing the media archive: entry 1 "../evil.txt": a ".." segment; nothing was extracted',
    );
    expect(existsSync(target)).toBe(false);
  });

  it('fails a listing of a damaged archive', async () => {
    const file = path.join(ws, 'junk.tar.zst');
    execFileSync('zstd', ['-q', '-o', file], { input: Buffer.alloc(2048, 65) });
    await expect(listMedia(createReadStream(file))).rejects.toThrow(
      'refusing the media archive: the header at byte 0: a header with a wrong checksum; nothing was extracted',
    );
  });

  it('explains a media-dir that is not a directory, and a run with nothing to back up', async () => {
    const missing = await runAction('backup', ws, { 'media-dir': 'nope', destination: 'backups' });
    expect(missing.exitCode).toBe(2);
    expect(missing.text).toContain(`Input "media-dir": ${path.join(ws, 'nope')} is not a directory.`);

    const nothing = await runAction('backup', ws, { destination: 'backups' });
    expect(nothing.exitCode).toBe(2);
    expect(nothing.text).toContain(
      'Nothing to back up: set "database-url" to one or more database URLs, and/or "media-dir" or "media-s3".',
    );
  });
});

describe('files that change or vanish while the backup reads them (issue 13 item 6)', () => {
  it('records them as warnings in the manifest and the report, and the backup passes', async () => {
    const media = path.join(ws, 'media');
    await mkdir(path.join(media, 'z'), { recursive: true });
    await writeFile(path.join(media, 'a-big.bin'), Buffer.alloc(40_000_000, 1));
    // Read after z/ is listed and before its other entries: files that vanish meanwhile show.
    await writeFile(path.join(media, 'z', '0-big.bin'), Buffer.alloc(40_000_000, 2));
    await writeFile(path.join(media, 'z', 'keep.txt'), 'kept\n');
    // A site taking uploads: appends to a-big.bin and makes short-lived files in z/.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const fs = require('fs');
         const [dir] = process.argv.slice(1);
         const big = fs.openSync(dir + '/a-big.bin', 'a');
         let n = 0;
         setInterval(() => {
           fs.writeSync(big, Buffer.alloc(4096, 3));
           const name = dir + '/z/upload-' + String(n++).padStart(6, '0') + '.tmp';
           fs.writeFileSync(name, 'partial');
           setTimeout(() => fs.rmSync(name, { force: true }), 3);
           if (n === 5) console.log('ready');
         }, 1);`,
        media,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => writer.stdout?.once('data', () => resolve()));
      const backup = await runAction('backup', ws, {
        'media-dir': 'media',
        destination: 'backups',
        verify: 'list',
        'report-dir': 'report',
      });

      expect(backup.exitCode, backup.text).toBe(0);
      const manifest = JSON.parse(
        await readFile(backup.platform.outputs.get('manifest') ?? '', 'utf8'),
      ) as Manifest;
      const warnings = manifest.media?.warnings ?? [];
      expect(warnings).toContainEqual(
        expect.stringMatching(
          /^\.\/a-big\.bin changed while it was read: stored its first \d+ bytes as read, which may mix old and new content$/,
        ),
      );
      expect(warnings).toContainEqual(
        expect.stringMatching(/^\.\/z\/upload-\d{6}\.tmp vanished before it was read: not stored$/),
      );
      // The report: a warning, not a failure.
      const summary = backup.platform.summaries.join('\n');
      expect(summary).toContain('Media changed while read');
      expect(summary).toContain('files changed or vanished while read (recorded in the manifest)');
      const report = JSON.parse(await readFile(path.join(ws, 'report', 'report.json'), 'utf8')) as {
        verdict: string;
        checks: { id: string; status: string; mode: string }[];
      };
      expect(report.verdict).toBe('passed');
      expect(report.checks.find((c) => c.id === 'media-changed')).toMatchObject({
        status: 'failed',
        mode: 'warn',
      });
    } finally {
      writer.kill('SIGKILL');
    }
    // What was stored restores: the grown file as read, the vanished ones absent.
    const restored = await runAction('restore', ws, {
      'latest-in': 'backups/production',
      'target-media-dir': 'restored',
    });
    expect(restored.exitCode, restored.text).toBe(0);
    expect(await readFile(path.join(ws, 'restored', 'z', 'keep.txt'), 'utf8')).toBe('kept\n');
    expect((await stat(path.join(ws, 'restored', 'a-big.bin'))).size).toBeGreaterThanOrEqual(40_000_000);
  });
});
