/**
 * The media directory: a GNU tar stream of the tree (symlinks stored as links, never followed;
 * every path relative, `./…`, from a walk that never leaves the directory) compressed by zstd.
 * Reading back parses the tar headers here, so a listing and a restore can refuse absolute paths,
 * `..` and links pointing outside the target before anything is extracted.
 */
import { randomBytes } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { lstat, mkdir, opendir, readdir, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { CommandNotFoundError, ConfigError } from '@maint-actions/core';
import { collector, compress, decompress, PACKAGES } from './engines/engine';
import { type PipeCommand, type PipeResult, runPipe } from './pipe';

/** File name of the media archive in a backup folder. */
export const MEDIA_FILE = 'media.tar.zst';

/** What the walk put into the archive. */
export interface MediaCount {
  /** Files, directories and symlinks stored. */
  entries: number;
  /** Sockets, FIFOs and devices left out. */
  skipped: number;
  /** Symlinks whose target is outside the directory (stored as links; a restore refuses them). */
  outsideLinks: string[];
}

/** What archiving the stored files gave: the hash and size of the archive, and its entries. */
export interface MediaArchived extends PipeResult {
  /** Entries stored (files, directories, symlinks). */
  readonly entries: number;
  /** Bytes of the stored files before compression, when known exactly (`media-s3`). */
  readonly sourceBytes?: number;
  /** Things the summary should mention (entries left out, links pointing outside, an empty prefix). */
  readonly notes: readonly string[];
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
      const { outsideLinks } = written;
      const notes = [
        ...(written.skipped ? [`${written.skipped} sockets, FIFOs or devices left out`] : []),
        ...(outsideLinks.length
          ? [
              `${outsideLinks.length} symlinks point outside it (stored as links, not followed; a restore refuses them): ${outsideLinks.slice(0, 3).join(', ')}`,
            ]
          : []),
      ];
      return { sha256: written.sha256, bytes: written.bytes, entries: written.entries, notes };
    },
  };
}

/**
 * Writes the archive of `root` to `output` in one pass: the walk feeds `tar --no-recursion
 * --null --files-from=-`, whose stream zstd compresses. Resolves with the hash and the count.
 */
export async function archiveMedia(root: string, output: Writable): Promise<PipeResult & MediaCount> {
  const count: MediaCount = { entries: 0, skipped: 0, outsideLinks: [] };
  const names = Readable.from(listNames(root, count));
  const tar: PipeCommand = {
    command: 'tar',
    args: [
      '--create',
      '--file=-',
      '--format=posix',
      '--numeric-owner',
      '--no-recursion',
      '--null',
      '--verbatim-files-from',
      '--directory',
      root,
      '--files-from=-',
    ],
  };
  const written = await withTarHint(runPipe([tar, compress()], { input: names, output }));
  return { ...written, ...count };
}

/** The NUL-terminated `./relative` names of the tree under `root`, parents first; links not followed. */
async function* listNames(root: string, count: MediaCount): AsyncGenerator<Buffer> {
  const stack: string[] = [''];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    const entries: Dirent[] = await readdir(path.join(root, dir), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    const subdirs: string[] = [];
    for (const entry of entries) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) subdirs.push(relative);
      else if (entry.isSymbolicLink()) {
        const target = await readlink(path.join(root, relative));
        if (escapes(relative, target)) count.outsideLinks.push(`./${relative} -> ${target}`);
      } else if (!entry.isFile()) {
        count.skipped += 1;
        continue;
      }
      count.entries += 1;
      yield Buffer.from(`./${relative}\0`);
    }
    stack.push(...subdirs.reverse());
  }
}

/** Total size of the regular files under `root` (links not followed): the archive's size at most, about. */
export async function treeBytes(root: string): Promise<number> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  let total = 0;
  for (const entry of entries) {
    if (entry.isFile()) total += (await lstat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Whether a link at archive path `at` to `target` points outside the tree (absolute or above it). */
function escapes(at: string, target: string): boolean {
  if (target.startsWith('/')) return true;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(at), target));
  return resolved === '..' || resolved.startsWith('../');
}

/** An entry of a tar archive, as its headers describe it. */
export interface TarEntry {
  readonly path: string;
  /** `file`, `directory`, `symlink`, `hardlink` or `other` (devices, FIFOs). */
  readonly type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  readonly linkTarget?: string;
  readonly size: number;
}

/** Why an archive entry may not be extracted into a target directory, or undefined when it may. */
export function unsafeReason(entry: TarEntry): string | undefined {
  const name = entry.path;
  if (name.startsWith('/')) return `${name} is an absolute path`;
  if (name.split('/').includes('..')) return `${name} contains ".."`;
  if (entry.type === 'other') return `${name} is a device or FIFO`;
  if (entry.type === 'symlink' && escapes(name, entry.linkTarget ?? '')) {
    return `${name} is a link pointing outside the target (-> ${entry.linkTarget})`;
  }
  if (entry.type === 'hardlink') {
    const target = entry.linkTarget ?? '';
    if (target.startsWith('/') || target.split('/').includes('..')) {
      return `${name} is a hard link to ${target}, outside the target`;
    }
  }
  return undefined;
}

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private offset = 0;
  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  private get available(): number {
    return this.buffer.length - this.offset;
  }

  /** The next `n` bytes (fewer only at the end of the stream). */
  async read(n: number): Promise<Buffer> {
    while (this.available < n) {
      const next = await this.chunks.next();
      if (next.done) break;
      this.buffer = Buffer.concat([this.buffer.subarray(this.offset), next.value]);
      this.offset = 0;
    }
    const out = this.buffer.subarray(this.offset, this.offset + n);
    this.offset += out.length;
    return out;
  }

  /** Skips `n` bytes without keeping them. @throws when the stream ends first. */
  async skip(n: number): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.available === 0) {
        const next = await this.chunks.next();
        if (next.done) throw new Error('the tar archive is truncated');
        this.buffer = next.value;
        this.offset = 0;
      }
      const step = Math.min(left, this.available);
      this.offset += step;
      left -= step;
    }
  }
}

const BLOCK = 512;
/** pax and GNU long-name records are small; a bigger one is not an archive we wrote. */
const MAX_META = 1024 * 1024;

const text = (block: Buffer, start: number, length: number): string => {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
};

function octal(block: Buffer, start: number, length: number): number {
  const first = block[start] ?? 0;
  if (first & 0x80) {
    // GNU base-256 for sizes beyond 8 GiB.
    let value = first & 0x7f;
    for (let i = start + 1; i < start + length; i += 1) value = value * 256 + (block[i] ?? 0);
    return value;
  }
  const digits = text(block, start, length).trim();
  return digits ? Number.parseInt(digits, 8) : 0;
}

function checksumOk(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 32 : (block[i] as number);
  return sum === octal(block, 148, 8);
}

/** `path` and `linkpath` of a pax extended header's records (`<len> <key>=<value>\n`). */
function paxRecords(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = Number.parseInt(data.subarray(at, space).toString('ascii'), 10);
    if (space === -1 || !(length > 0)) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    records[record.slice(0, equals)] = record.slice(equals + 1);
    at += length;
  }
  return records;
}

const TYPES: Record<string, TarEntry['type']> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '5': 'directory',
  '2': 'symlink',
  '1': 'hardlink',
};

/** The entries of an uncompressed tar stream (ustar, pax and GNU long names), in order. */
export async function* tarEntries(input: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(input[Symbol.asyncIterator]());
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  let longLink: string | undefined;
  for (;;) {
    const block = await reader.read(BLOCK);
    if (block.length < BLOCK) throw new Error('the tar archive is truncated');
    if (block.every((byte) => byte === 0)) return;
    if (!checksumOk(block)) throw new Error('the tar archive has a damaged header');
    const size = octal(block, 124, 12);
    const flag = String.fromCharCode(block[156] as number);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      if (size > MAX_META) throw new Error('the tar archive has an oversized extended header');
      const data = (await reader.read(padded)).subarray(0, size);
      if (flag === 'x') pax = paxRecords(data);
      if (flag === 'L') longName = text(data, 0, data.length);
      if (flag === 'K') longLink = text(data, 0, data.length);
      continue;
    }
    const prefix = block.subarray(257, 262).toString('ascii') === 'ustar' ? text(block, 345, 155) : '';
    const name = pax.path ?? longName ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    const type = TYPES[flag] ?? 'other';
    // Files beyond the header's 8 GiB carry their size in the pax record.
    const dataSize = pax.size === undefined ? size : Number(pax.size);
    const linkTarget = pax.linkpath ?? longLink ?? text(block, 157, 100);
    yield {
      path: name,
      type,
      size: dataSize,
      ...(type === 'symlink' || type === 'hardlink' ? { linkTarget } : {}),
    };
    pax = {};
    longName = undefined;
    longLink = undefined;
    await reader.skip(Math.ceil(dataSize / BLOCK) * BLOCK);
  }
}

/** An entry to write into a tar stream: a regular file (its data follows) or a directory. */
export interface TarHeaderEntry {
  /** `./relative/name`. */
  readonly path: string;
  readonly type: 'file' | 'directory';
  readonly size: number;
  readonly mtime: Date;
}

/** Largest size the 12-byte octal field holds (8 GiB - 1); beyond it the size goes in a pax record. */
const MAX_OCTAL_SIZE = 8 ** 11 - 1;

function writeOctal(block: Buffer, start: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, start, length, 'ascii');
}

/** A ustar header block (owner 0, mode 0644 for files and 0755 for directories). */
function ustarHeader(name: string, flag: string, size: number, mtime: Date): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  writeOctal(block, 100, 8, flag === '5' ? 0o755 : 0o644);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, Math.max(0, Math.floor(mtime.getTime() / 1000)));
  block.write(' '.repeat(8), 148, 8, 'ascii');
  block.write(flag, 156, 1, 'ascii');
  block.write('ustar\0' + '00', 257, 8, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  writeOctal(block, 148, 7, sum);
  return block;
}

/** A pax record `<length> <key>=<value>\n`, its length counting itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLength = Buffer.byteLength(body);
  let length = bodyLength;
  while (length !== bodyLength + String(length).length) length = bodyLength + String(length).length;
  return `${length}${body}`;
}

/** Zero bytes that fill a member of `size` bytes up to a whole block. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** The end of a tar stream: two zero blocks. */
export const TAR_END = Buffer.alloc(2 * BLOCK);

/**
 * The header of `entry` (POSIX pax, as GNU tar reads it): a pax extended header first when the
 * name is longer than 100 bytes or not ASCII, or the size beyond 8 GiB. Its data and
 * tarPadding(size) follow.
 */
export function tarHeader(entry: TarHeaderEntry): Buffer {
  const flag = entry.type === 'directory' ? '5' : '0';
  const records: string[] = [];
  const plainName = /^[\x20-\x7e]*$/.test(entry.path) && entry.path.length <= 100;
  if (!plainName) records.push(paxRecord('path', entry.path));
  if (entry.size > MAX_OCTAL_SIZE) records.push(paxRecord('size', String(entry.size)));
  const header = ustarHeader(
    plainName ? entry.path : entry.path.replace(/[^\x20-\x7e]/g, '_').slice(0, 100),
    flag,
    entry.size > MAX_OCTAL_SIZE ? 0 : entry.size,
    entry.mtime,
  );
  if (records.length === 0) return header;
  const data = Buffer.from(records.join(''), 'utf8');
  const paxName = `./PaxHeaders/${path.posix.basename(entry.path).replace(/[^\x20-\x7e]/g, '_')}`.slice(
    0,
    100,
  );
  return Buffer.concat([
    ustarHeader(paxName, 'x', data.length, entry.mtime),
    data,
    tarPadding(data.length),
    header,
  ]);
}

/** What a listing of a media archive found. */
export interface MediaListing {
  readonly entries: number;
  /** Why entries may not be extracted (see unsafeReason), at most a few. */
  readonly unsafe: readonly string[];
}

/** Decompresses the archive on `input` and lists it, without writing anything. */
export async function listMedia(input: Readable): Promise<MediaListing> {
  const out = new PassThrough();
  let entries = 0;
  const unsafe: string[] = [];
  const reading = (async () => {
    for await (const entry of tarEntries(out)) {
      entries += 1;
      const reason = unsafeReason(entry);
      if (reason && unsafe.length < 5) unsafe.push(reason);
    }
    // What follows the end blocks is padding (tar writes whole 10 KiB records).
    out.resume();
  })().catch((error: unknown) => {
    out.destroy(error as Error);
    throw error;
  });
  const [piped, read] = await Promise.allSettled([
    withTarHint(runPipe([decompress], { input, output: out })),
    reading,
  ]);
  if (read.status === 'rejected') throw read.reason;
  if (piped.status === 'rejected') throw piped.reason;
  return { entries, unsafe };
}

/**
 * Extracts the archive into `target`, which must be absent or empty: first a listing refuses
 * absolute paths, `..`, devices and links pointing outside; then tar extracts into a scratch
 * folder beside the target, renamed into place when it succeeded. `open` gives the archive.
 */
export async function extractMedia(open: () => Promise<Readable>, target: string): Promise<number> {
  const listing = await listMedia(await open());
  if (listing.unsafe.length > 0) {
    throw new Error(
      `refusing to extract the media archive: ${listing.unsafe.join('; ')}; nothing was extracted`,
    );
  }
  await checkEmpty(target);
  await mkdir(path.dirname(target), { recursive: true });
  const scratch = `${target}.restoring-${randomBytes(4).toString('hex')}`;
  await mkdir(scratch, { mode: 0o700 });
  try {
    const tar: PipeCommand = {
      command: 'tar',
      args: ['--extract', '--file=-', '--no-same-owner', '--directory', scratch],
    };
    await withTarHint(runPipe([decompress, tar], { input: await open(), output: collector() }));
    await rm(target, { recursive: true, force: true });
    await rename(scratch, target);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  return listing.entries;
}

async function checkEmpty(target: string): Promise<void> {
  const info = await stat(target).catch(() => undefined);
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

async function withTarHint<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof CommandNotFoundError)
      throw error.toToolMissing(PACKAGES[error.command] ?? 'apt-get install tar');
    throw error;
  }
}
