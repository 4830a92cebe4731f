/**
 * The media archive, `media.tar.zst`: a tar stream (POSIX pax) written here from a walk of the
 * media directory that never follows a link, compressed by zstd; read back by the strict reader of
 * archive.ts, so a listing, the restore drill and a restore check every entry the same way and
 * refuse an archive before writing anything. The extraction is ours too: what the listing shows is
 * exactly what gets written (see docs/decisions.md).
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  type Dirent,
  existsSync,
  fchmodSync,
  fstatSync,
  futimesSync,
  linkSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  symlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { chmod, lstat, mkdir, opendir, readdir, realpath, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { CommandNotFoundError, ConfigError } from '@maint-actions/core';
import {
  type ArchiveItem,
  ArchiveRefusal,
  entryOf,
  type HeaderEntry,
  quoted,
  readArchive,
  restoredMode,
  TAR_END,
  TreeCheck,
  tarHeader,
  tarPadding,
} from './archive';
import { compress, decompress, PACKAGES } from './engines/engine';
import { type PipeResult, runPipe } from './pipe';

export { TAR_END, tarHeader, tarPadding } from './archive';

/** File name of the media archive in a backup folder. */
export const MEDIA_FILE = 'media.tar.zst';

/** What archiving the stored files gave: the hash and size of the archive, and its entries. */
export interface MediaArchived extends PipeResult {
  /** Entries stored (files, directories, symlinks, hard links). */
  readonly entries: number;
  /** Bytes of the stored files before compression, when known exactly (`media-s3`). */
  readonly sourceBytes?: number;
  /** Things the summary should mention (entries left out, an empty prefix). */
  readonly notes: readonly string[];
  /**
   * Files that changed or vanished while they were read, and what was stored of them: recorded in
   * the manifest and reported as a warning, the backup passes.
   */
  readonly warnings: readonly string[];
}

/** Where the stored files come from: a media directory or an S3 prefix. */
export interface MediaSource {
  /** The input as given (`media-dir` or `media-s3`), recorded in the manifest. */
  readonly source: string;
  /** About how many bytes the archive holds at most, for the upload's part size. */
  size(): Promise<number>;
  /** Writes `media.tar.zst` to `output` in one pass. */
  archive(output: Writable): Promise<MediaArchived>;
}

/** The media directory `root` (its real path); `source` is the input as given. */
export function dirMediaSource(root: string, source: string): MediaSource {
  return {
    source,
    size: () => treeBytes(root),
    async archive(output) {
      const written = await archiveMedia(root, output);
      const notes = written.skipped ? [`${written.skipped} sockets, FIFOs or devices left out`] : [];
      return {
        sha256: written.sha256,
        bytes: written.bytes,
        entries: written.entries,
        notes,
        warnings: written.warnings,
      };
    },
  };
}

/** What the walk stored. */
export interface MediaCount {
  /** Files, directories, symlinks and hard links stored. */
  entries: number;
  /** Sockets, FIFOs and devices left out. */
  skipped: number;
  /** Files that changed or vanished while read (see MediaArchived). */
  warnings: string[];
}

/** Where a descriptor's folder can be read by path (Linux); elsewhere folders are read by their path. */
const PROC_FD = existsSync('/proc/self/fd') ? '/proc/self/fd' : undefined;

/** The largest read of a file at once. */
const READ_CHUNK = 1024 * 1024;
/** Warnings listed one by one at most; the rest are counted. */
const MAX_WARNINGS = 50;

/**
 * Writes the archive of `root` to `output` in one pass: a tar stream written here from a walk that
 * never follows a link (each entry checked as a restore checks it, so a tree a restore would refuse
 * fails the backup, naming the entry), compressed by zstd. Resolves with the hash and the count.
 */
export async function archiveMedia(root: string, output: Writable): Promise<PipeResult & MediaCount> {
  const count: MediaCount = { entries: 0, skipped: 0, warnings: [] };
  const input = Readable.from(batched(treeArchive(root, count)), { objectMode: false });
  try {
    const written = await runPipe([compress()], { input, output });
    return { ...written, ...count };
  } catch (error) {
    if (error instanceof ArchiveRefusal) {
      throw new Error(
        `the media directory holds what a restore would refuse: ${error.message}; remove or replace it (links must point inside the directory)`,
      );
    }
    if (error instanceof CommandNotFoundError)
      throw error.toToolMissing(PACKAGES[error.command] ?? 'apt-get install zstd');
    throw error;
  }
}

/** Small pieces (headers, padding, small files) joined into writes of about 256 KiB. */
async function* batched(pieces: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let bytes = 0;
  for await (const piece of pieces) {
    pending.push(piece);
    bytes += piece.length;
    if (bytes < 256 * 1024) continue;
    yield pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, bytes);
    pending = [];
    bytes = 0;
  }
  if (bytes > 0) yield Buffer.concat(pending, bytes);
}

/**
 * The walk and the extraction use the synchronous file calls: one action runs at a time in the
 * process, and a thread-pool round trip per lstat, open and close made them several times slower
 * on trees of small files (measured in docs/decisions.md).
 */
function unlessGone<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch (error) {
    if (isGone(error)) return undefined;
    throw error;
  }
}

const isGone = (error: unknown): boolean =>
  ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

/** The tar stream of the tree under `root`, parents first, names `./relative`; links stored as links. */
async function* treeArchive(root: string, count: MediaCount): AsyncGenerator<Buffer> {
  const check = new TreeCheck();
  const firstNames = new Map<string, string>();
  let index = 0;
  const warn = (text: string): void => {
    if (count.warnings.length < MAX_WARNINGS) count.warnings.push(text);
    else if (count.warnings.length === MAX_WARNINGS)
      count.warnings.push('more files changed while read: not listed');
  };
  /** The header of `entry`, after the same checks a restore runs. */
  const header = (entry: HeaderEntry): Buffer => {
    index += 1;
    const checked = entryOf(index, {
      name: entry.path,
      type: entry.type,
      size: entry.type === 'file' ? entry.size : 0,
      link: entry.linkTarget ?? '',
      mode: entry.mode ?? 0,
      mtime: 0,
    });
    check.add(checked, index);
    count.entries += 1;
    return tarHeader(entry);
  };
  // Each folder is opened without following a link and checked to be the one listed; its entries
  // are then read through that descriptor (/proc/self/fd on Linux), so a folder swapped for a
  // symlink while the backup runs cannot lead the walk out of the tree.
  const stack: { dir: string; dev?: number; ino?: number }[] = [{ dir: '' }];
  while (stack.length > 0) {
    const { dir, dev, ino } = stack.pop() as (typeof stack)[number];
    let dirFd: number;
    try {
      dirFd = openSync(
        path.join(root, dir),
        constants.O_RDONLY | constants.O_DIRECTORY | (dir ? constants.O_NOFOLLOW : 0),
      );
    } catch (error) {
      if (dir === '' || !(isGone(error) || (error as NodeJS.ErrnoException).code === 'ELOOP')) throw error;
      warn(`./${dir} vanished or was replaced while it was read: stored as an empty directory`);
      continue;
    }
    try {
      const opened = fstatSync(dirFd);
      if (dir && (opened.dev !== dev || opened.ino !== ino)) {
        warn(`./${dir} was replaced while the backup ran: stored as an empty directory`);
        continue;
      }
      const base = PROC_FD ? `${PROC_FD}/${dirFd}` : path.join(root, dir);
      let entries: Dirent[];
      try {
        entries = readdirSync(base, { withFileTypes: true });
      } catch (error) {
        if (dir === '' || !isGone(error)) throw error;
        warn(`./${dir} vanished while it was read: stored as an empty directory`);
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : 1));
      const subdirs: { dir: string; dev: number; ino: number }[] = [];
      for (const dirent of entries) {
        const relative = dir ? `${dir}/${dirent.name}` : dirent.name;
        const name = `./${relative}`;
        const full = path.join(base, dirent.name);
        const info = unlessGone(() => lstatSync(full));
        if (!info) {
          // Node reads names as UTF-8: a name that is not cannot be opened again by the name it gives.
          if (dirent.name.includes('\uFFFD')) {
            throw new Error(
              `${quoted(name)} has a name that is not UTF-8: rename it (a restore writes UTF-8 names)`,
            );
          }
          warn(`${name} vanished before it was read: not stored`);
          continue;
        }
        const mode = info.mode & 0o7777;
        if (info.isDirectory()) {
          yield header({ path: name, type: 'directory', size: 0, mtime: info.mtime, mode });
          subdirs.push({ dir: relative, dev: info.dev, ino: info.ino });
        } else if (info.isSymbolicLink()) {
          const target = unlessGone(() => readlinkSync(full));
          if (target === undefined) warn(`${name} vanished before it was read: not stored`);
          else yield header({ path: name, type: 'symlink', size: 0, mtime: info.mtime, linkTarget: target });
        } else if (info.isFile()) {
          const key = `${info.dev}:${info.ino}`;
          const first = info.nlink > 1 ? firstNames.get(key) : undefined;
          if (first) {
            yield header({
              path: name,
              type: 'hardlink',
              size: 0,
              mtime: info.mtime,
              mode,
              linkTarget: first,
            });
            continue;
          }
          const stored = yield* fileEntry(full, name, header, warn);
          if (stored && info.nlink > 1) firstNames.set(key, name);
        } else count.skipped += 1;
      }
      stack.push(...subdirs.reverse());
    } finally {
      closeSync(dirFd);
    }
  }
  check.finish();
  yield TAR_END;
}

/**
 * A regular file: its header with the size it has when opened, then exactly that many bytes. A file
 * that shrinks is padded with zeros, one that grows is cut at that size, one deleted while read is
 * stored as read; each is a warning saying what was stored. Resolves false when it was not stored.
 */
async function* fileEntry(
  full: string,
  name: string,
  header: (entry: HeaderEntry) => Buffer,
  warn: (text: string) => void,
): AsyncGenerator<Buffer, boolean> {
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (isGone(error)) warn(`${name} vanished before it was read: not stored`);
    else if (code === 'ELOOP') warn(`${name} was replaced by a symlink while the backup ran: not stored`);
    else throw error;
    return false;
  }
  try {
    const before = fstatSync(fd);
    if (!before.isFile()) {
      warn(`${name} was replaced while the backup ran: not stored`);
      return false;
    }
    const size = before.size;
    yield header({ path: name, type: 'file', size, mtime: before.mtime, mode: before.mode & 0o7777 });
    let done = 0;
    while (done < size) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, size - done));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, done);
      if (bytesRead === 0) break;
      done += bytesRead;
      yield bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead);
    }
    const after = fstatSync(fd);
    if (done < size) {
      yield Buffer.alloc(size - done);
      warn(
        `${name} shrank from ${size} to ${done} bytes while it was read: stored padded with zeros to ${size} bytes`,
      );
    } else if (after.nlink === 0) {
      warn(`${name} was deleted while it was read: stored as read (${size} bytes)`);
    } else if (after.size !== size || after.mtimeMs !== before.mtimeMs) {
      warn(
        `${name} changed while it was read: stored its first ${size} bytes as read, which may mix old and new content`,
      );
    }
    yield tarPadding(size);
    return true;
  } finally {
    closeSync(fd);
  }
}

/** Total size of the regular files under `root` (links not followed): the archive's size at most, about. */
export async function treeBytes(root: string): Promise<number> {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    // Folders and files deleted since they were listed (uploads come and go) weigh nothing.
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      if (dir !== root && isGone(error)) return [];
      throw error;
    });
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) {
        const info = await lstat(full).catch((error: unknown) => {
          if (isGone(error)) return undefined;
          throw error;
        });
        total += info?.size ?? 0;
      }
    }
  }
  return total;
}

/** What a listing of a media archive found. */
export interface MediaListing {
  /** Entries (files, directories, symlinks, hard links; the root itself not counted). */
  readonly entries: number;
}

/**
 * Decompresses the archive on `input` and reads it through `visit` (each entry checked as it comes,
 * the tree when it ends). Resolves with the number of entries. @throws ArchiveRefusal, or the
 * decompression's error.
 */
async function readMedia(
  input: Readable,
  visit: (item: ArchiveItem, check: TreeCheck) => Promise<void>,
): Promise<number> {
  // Room for a few of zstd's writes: fewer hand-overs between the pipe and the reader.
  const out = new PassThrough({ highWaterMark: 1024 * 1024 });
  const check = new TreeCheck();
  const reading = (async () => {
    for await (const item of readArchive(out)) {
      check.add(item.entry, item.index);
      await visit(item, check);
    }
    check.finish();
  })().catch((error: unknown) => {
    out.destroy();
    throw error;
  });
  const [piped, read] = await Promise.allSettled([runPipe([decompress], { input, output: out }), reading]);
  if (read.status === 'rejected') throw read.reason;
  if (piped.status === 'rejected') {
    const reason = piped.reason as unknown;
    if (reason instanceof CommandNotFoundError)
      throw reason.toToolMissing(PACKAGES.zstd ?? 'apt-get install zstd');
    throw reason;
  }
  return check.entries;
}

/** Lists the archive on `input` with the checks of a restore, writing nothing. @throws as extractMedia. */
export async function listMedia(input: Readable): Promise<MediaListing> {
  try {
    return { entries: await readMedia(input, async () => undefined) };
  } catch (error) {
    throw refusalMessage(error);
  }
}

function refusalMessage(error: unknown): unknown {
  if (!(error instanceof ArchiveRefusal)) return error;
  return new Error(`refusing the media archive: ${error.message}; nothing was extracted`);
}

/**
 * Extracts the archive into `target`, which must be absent or an empty directory. A first pass
 * reads the whole archive with every check and writes nothing; the second writes it (checked again,
 * entry by entry, so an archive that changed between the passes is refused too) into a private
 * folder beside the target, renamed into place only when whole. Nothing is written through a
 * link; modes are restoredMode()'s. Resolves with the number of entries. `open` gives the archive.
 */
export async function extractMedia(open: () => Promise<Readable>, target: string): Promise<number> {
  const listing = await listMedia(await open());
  await checkEmpty(target);
  await mkdir(path.dirname(target), { recursive: true });
  const scratch = `${target}.restoring-${randomBytes(4).toString('hex')}`;
  await mkdir(scratch, { mode: 0o700 });
  try {
    let rootMode = 0o755;
    const made = new Set<string>(['']);
    const dirs: { path: string; mtime: number }[] = [];
    const entries = await readMedia(await open(), async ({ entry, data }) => {
      const full = path.join(scratch, entry.path);
      const parts = entry.path.split('/');
      for (let depth = 1; depth < parts.length; depth += 1) {
        const parent = parts.slice(0, depth).join('/');
        if (made.has(parent)) continue;
        mkdirSync(path.join(scratch, parent));
        chmodSync(path.join(scratch, parent), 0o755);
        made.add(parent);
      }
      if (entry.type === 'directory') {
        if (entry.path === '') {
          rootMode = restoredMode(entry);
          return;
        }
        if (!made.has(entry.path)) mkdirSync(full);
        made.add(entry.path);
        chmodSync(full, restoredMode(entry));
        dirs.push({ path: entry.path, mtime: entry.mtime });
      } else if (entry.type === 'symlink') {
        symlinkSync(entry.linkTarget as string, full);
        lutimesSync(full, entry.mtime, entry.mtime);
      } else if (entry.type === 'hardlink') {
        linkSync(path.join(scratch, entry.linkTarget as string), full);
      } else {
        const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
        const fd = openSync(full, flags, 0o600);
        try {
          for await (const chunk of data()) {
            let at = 0;
            while (at < chunk.length) at += writeSync(fd, chunk, at, chunk.length - at);
          }
          // The mode as archived (sanitised), not narrowed by the umask: a restore gives back what was stored.
          fchmodSync(fd, restoredMode(entry));
          futimesSync(fd, entry.mtime, entry.mtime);
        } finally {
          closeSync(fd);
        }
      }
    });
    // Directories last, deepest first: writing their entries changed their times.
    for (const dir of dirs.reverse()) utimesSync(path.join(scratch, dir.path), dir.mtime, dir.mtime);
    await chmod(scratch, rootMode);
    if (entries !== listing.entries) throw new Error('the media archive changed while it was extracted');
    await checkEmpty(target);
    await rmdir(target).catch((error: unknown) => {
      if (!isGone(error)) throw error;
    });
    await rename(scratch, target);
    return entries;
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw refusalMessage(error);
  }
}

/** @throws ConfigError unless `target` is absent or an empty directory (not a link to one). */
async function checkEmpty(target: string): Promise<void> {
  const info = await lstat(target).catch(() => undefined);
  if (!info) return;
  const dir = info.isDirectory() ? await opendir(target) : undefined;
  const first = await dir?.read();
  await dir?.close();
  if (dir && !first) return;
  throw new ConfigError(
    `Input "target-media-dir": ${target} exists and is not an empty directory; restore media into a new folder.`,
    { input: 'target-media-dir' },
  );
}

/** The real directory of `media-dir`. @throws ConfigError when it is not a directory. */
export async function mediaRoot(dir: string): Promise<string> {
  const real = await realpath(dir).catch(() => undefined);
  const info = real ? await stat(real) : undefined;
  if (real && info?.isDirectory()) return real;
  throw new ConfigError(`Input "media-dir": ${dir} is not a directory.`, { input: 'media-dir' });
}
