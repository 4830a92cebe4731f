/**
 * The media archive's tar format, read and written here, strictly: one reader that restore, the
 * `verify: list` listing and the restore drill share, and one check of the tree an archive
 * describes that the writers run too, so a backup never stores what a restore would refuse.
 *
 * Accepted: ustar headers (POSIX or GNU magic) with a correct checksum; regular files, directories,
 * symlinks and hard links; pax extended headers (`x`) and GNU long names (`L`, `K`) for one entry.
 * Everything else is refused before anything is written: pax global headers, sparse files,
 * devices, FIFOs, unknown types, a link or directory header with a size (its "data" would hide the
 * next header from one reader and not another), truncated archives, data after the end, names
 * that are absolute, hold `..`, `.` or empty segments or control characters, entries below a
 * symlink or a file, the same path twice (but a directory), hard links to anything but a file
 * earlier in the archive, and symlinks whose target, resolved through the archive's own links as
 * the kernel would, leaves the tree. See docs/decisions.md.
 */
import path from 'node:path';

export const BLOCK = 512;
/** pax and GNU long-name records are small: a bigger one is not an archive this project wrote. */
const MAX_META = 64 * 1024;
/** Longest path Linux takes, in bytes. */
const MAX_PATH = 4096;
/** Symlinks followed while resolving one target, as the kernel's limit (ELOOP). */
const MAX_HOPS = 40;

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink';

/** An entry of the archive, as its headers describe it. */
export interface ArchiveEntry {
  /** The name as the archive spells it (`./photos/cat.jpg`). */
  readonly name: string;
  /** The name relative to the target, checked: `photos/cat.jpg`; `''` for the root itself. */
  readonly path: string;
  readonly type: EntryType;
  /** Symlinks: the target as stored. Hard links: the checked path of the file linked to. */
  readonly linkTarget?: string;
  readonly size: number;
  /** Permission bits as archived (the extraction drops setuid, setgid, sticky and world-write). */
  readonly mode: number;
  /** Modification time, seconds since the epoch. */
  readonly mtime: number;
}

/** A refused archive: which entry (its number and name) and why, in one line. */
export class ArchiveRefusal extends Error {
  override readonly name = 'ArchiveRefusal';
  constructor(
    readonly entry: string,
    readonly reason: string,
  ) {
    super(`${entry}: ${reason}`);
  }
}

/** A name quoted for a one-line message (control characters escaped). */
export function quoted(name: string): string {
  return JSON.stringify(name);
}

const CONTROL = /[\u0000-\u001f\u007f]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private offset = 0;
  /** Bytes consumed before the current buffer. */
  private before = 0;
  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  private get available(): number {
    return this.buffer.length - this.offset;
  }

  /** Bytes read so far. */
  get position(): number {
    return this.before + this.offset;
  }

  private async fill(): Promise<boolean> {
    const next = await this.chunks.next();
    if (next.done) return false;
    this.before += this.offset;
    this.buffer =
      this.available > 0 ? Buffer.concat([this.buffer.subarray(this.offset), next.value]) : next.value;
    this.offset = 0;
    return true;
  }

  /** The next `n` bytes (fewer only at the end of the stream). */
  async read(n: number): Promise<Buffer> {
    while (this.available < n && (await this.fill()));
    const out = this.buffer.subarray(this.offset, this.offset + n);
    this.offset += out.length;
    return out;
  }

  /** Up to `max` bytes, at least one unless the stream ended. */
  async some(max: number): Promise<Buffer> {
    if (this.available === 0 && !(await this.fill())) return Buffer.alloc(0);
    const out = this.buffer.subarray(this.offset, this.offset + Math.min(max, this.available));
    this.offset += out.length;
    return out;
  }
}

function field(block: Buffer, start: number, length: number): Buffer {
  const bytes = block.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return end === -1 ? bytes : bytes.subarray(0, end);
}

/** A numeric header field: octal digits (space or NUL padded) or GNU base-256. Undefined when malformed. */
function numeric(block: Buffer, start: number, length: number): number | undefined {
  const first = block[start] as number;
  if (first === 0x80) {
    let value = 0;
    for (let i = start + 1; i < start + length; i += 1) value = value * 256 + (block[i] as number);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  const text = block.subarray(start, start + length).toString('latin1');
  const match = /^ *([0-7]*)[ \0]*$/.exec(text);
  if (!match) return undefined;
  return match[1] ? Number.parseInt(match[1], 8) : 0;
}

function checksumOf(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 32 : (block[i] as number);
  return sum;
}

function decode(bytes: Buffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The records of a pax extended header (`<len> <key>=<value>\n`), or a reason it is malformed. */
function paxRecords(data: Buffer): Map<string, string> | string {
  const records = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const digits = space === -1 ? '' : data.subarray(at, space).toString('latin1');
    const length = /^[1-9][0-9]{0,6}$/.test(digits) ? Number(digits) : 0;
    if (length === 0 || at + length > data.length || data[at + length - 1] !== 0x0a) {
      return 'a malformed pax record';
    }
    const record = decode(data.subarray(space + 1, at + length - 1));
    const equals = record?.indexOf('=') ?? -1;
    if (record === undefined || equals <= 0) return 'a malformed pax record';
    const key = record.slice(0, equals);
    if (records.has(key)) return `a pax header with "${key}" twice`;
    records.set(key, record.slice(equals + 1));
    at += length;
  }
  return records;
}

/** pax keys that change what an entry is, which this reader does not implement: refused. */
function unsupportedPaxKey(key: string): boolean {
  return (
    key.startsWith('GNU.sparse.') || key === 'hdrcharset' || key.startsWith('GNU.') || key === 'realtime.'
  );
}

const ENTRY_TYPES: Readonly<Record<string, EntryType>> = {
  '0': 'file',
  '\0': 'file',
  '5': 'directory',
  '2': 'symlink',
  '1': 'hardlink',
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  '3': 'a character device',
  '4': 'a block device',
  '6': 'a FIFO',
  '7': 'a contiguous file',
  g: 'a pax global header',
  S: 'a GNU sparse file',
  D: 'a GNU directory dump',
  M: 'a GNU multi-volume continuation',
  V: 'a GNU volume label',
  N: 'a GNU old long name',
};

/** Why a path of an archive is not one to write below a target, or its checked form (`''` is the root). */
export function checkedPath(name: string, directory: boolean): { path: string } | { reason: string } {
  if (name === '') return { reason: 'an empty name' };
  if (CONTROL.test(name)) return { reason: 'a name with a control character (NUL, newline, …)' };
  if (Buffer.byteLength(name) > MAX_PATH) return { reason: `a name longer than ${MAX_PATH} bytes` };
  if (name.startsWith('/')) return { reason: 'an absolute path' };
  let rest = name.startsWith('./') ? name.slice(2) : name === '.' ? '' : name;
  if (directory && rest.endsWith('/')) rest = rest.slice(0, -1);
  if (rest === '')
    return directory
      ? { path: '' }
      : { reason: 'the root of the archive as something else than a directory' };
  const parts = rest.split('/');
  if (parts.includes('..')) return { reason: 'a ".." segment' };
  if (parts.includes('.') || parts.includes('')) return { reason: 'an empty or "." segment' };
  if (parts.some((part) => Buffer.byteLength(part) > 255))
    return { reason: 'a name segment longer than 255 bytes' };
  return { path: rest };
}

/** One entry read from the stream; `data()` gives a file's bytes (read before asking for the next entry). */
export interface ArchiveItem {
  /** 1-based number of the entry in the archive (metadata headers not counted). */
  readonly index: number;
  readonly entry: ArchiveEntry;
  data(): AsyncGenerator<Buffer>;
}

/** `entry 7 "./a/b"`: how a refusal names an entry. */
export function entryLabel(index: number, name: string): string {
  return `entry ${index} ${quoted(name)}`;
}

/** The fields of one entry as a header gives them (or a writer is about to store them). */
export interface RawEntry {
  readonly name: string;
  readonly type: EntryType;
  readonly size: number;
  /** The link target field (`''` for files and directories). */
  readonly link: string;
  readonly mode: number;
  readonly mtime: number;
}

/**
 * The checked entry, the same for the reader and the writers: its name, its size (none for links
 * and directories), its link target. @throws ArchiveRefusal naming entry `index`.
 */
export function entryOf(index: number, raw: RawEntry): ArchiveEntry {
  const { name, type, size, link } = raw;
  const refuse = (reason: string): never => {
    throw new ArchiveRefusal(entryLabel(index, name), reason);
  };
  if (type !== 'file' && size !== 0) {
    refuse(`a ${type} header with a size of ${size} bytes (data that would hide the next header)`);
  }
  const isLink = type === 'symlink' || type === 'hardlink';
  if (!isLink && link !== '') refuse(`a ${type} with a link target`);
  const checked = checkedPath(name, type === 'directory');
  if ('reason' in checked) refuse(checked.reason);
  let linkTarget: string | undefined;
  if (type === 'symlink') {
    if (link === '') refuse('a symlink with an empty target');
    if (CONTROL.test(link)) refuse('a symlink target with a control character');
    if (link.startsWith('/')) refuse(`a symlink to an absolute path (-> ${quoted(link)})`);
    if (Buffer.byteLength(link) > MAX_PATH) refuse(`a symlink target longer than ${MAX_PATH} bytes`);
    linkTarget = link;
  } else if (type === 'hardlink') {
    const target = checkedPath(link, false);
    if ('reason' in target) refuse(`a hard link to ${quoted(link)}, which has ${target.reason}`);
    linkTarget = (target as { path: string }).path;
  }
  return {
    name,
    path: (checked as { path: string }).path,
    type,
    ...(linkTarget === undefined ? {} : { linkTarget }),
    size,
    mode: raw.mode & 0o7777,
    mtime: raw.mtime,
  };
}

/**
 * The entries of an uncompressed tar stream, strictly (see the file's comment). The names are
 * checked one by one here; the tree they make is checked by TreeCheck. @throws ArchiveRefusal.
 */
export async function* readArchive(input: AsyncIterable<Buffer>): AsyncGenerator<ArchiveItem> {
  const reader = new ByteReader(input[Symbol.asyncIterator]());
  let index = 0;
  let pax: Map<string, string> | undefined;
  let longName: string | undefined;
  let longLink: string | undefined;
  let last = '';
  let headerAt = 0;
  const refuse = (reason: string, name?: string): never => {
    const where = `the header at byte ${headerAt}${last ? ` (after ${last})` : ''}`;
    throw new ArchiveRefusal(name === undefined ? where : entryLabel(index, name), reason);
  };
  for (;;) {
    headerAt = reader.position;
    const block = await reader.read(BLOCK);
    if (block.length < BLOCK) refuse('the archive is truncated (no end-of-archive blocks)');
    if (block.every((byte) => byte === 0)) {
      if (pax || longName !== undefined || longLink !== undefined) {
        refuse('a pax or long-name header not followed by an entry');
      }
      const second = await reader.read(BLOCK);
      if (second.length < BLOCK || !second.every((byte) => byte === 0)) {
        refuse('the archive is truncated or damaged after its first end-of-archive block');
      }
      for (;;) {
        const rest = await reader.some(64 * 1024);
        if (rest.length === 0) return;
        if (!rest.every((byte) => byte === 0)) refuse('data after the end of the archive');
      }
    }
    const stored = numeric(block, 148, 8);
    if (stored === undefined || stored !== checksumOf(block)) refuse('a header with a wrong checksum');
    const magic = block.subarray(257, 265).toString('latin1');
    const posix = magic === 'ustar\u000000';
    if (!posix && magic !== 'ustar  \u0000') refuse('a header without the ustar magic');
    const flag = String.fromCharCode(block[156] as number);
    const headerSize = numeric(block, 124, 12);
    if (headerSize === undefined) refuse('a header with a malformed size');
    const size = headerSize as number;
    if (flag === 'x' || flag === 'L' || flag === 'K') {
      if (size > MAX_META)
        refuse(`an oversized ${flag === 'x' ? 'pax' : 'long-name'} header (${size} bytes)`);
      const padded = Math.ceil(size / BLOCK) * BLOCK;
      const raw = await reader.read(padded);
      if (raw.length < padded) refuse('the archive is truncated inside a header');
      const data = raw.subarray(0, size);
      if (flag === 'x') {
        if (pax) refuse('two pax headers for one entry');
        const records = paxRecords(data);
        if (typeof records === 'string') refuse(records);
        pax = records as Map<string, string>;
        const bad = [...pax.keys()].find(unsupportedPaxKey);
        if (bad) refuse(`a pax header with "${bad}" (sparse files and GNU extensions are not accepted)`);
      } else {
        if ((flag === 'L' ? longName : longLink) !== undefined) refuse('two GNU long names for one entry');
        const end = data.indexOf(0);
        if (end === -1 || !data.subarray(end).every((byte) => byte === 0))
          refuse('a malformed GNU long name');
        const value = decode(data.subarray(0, end));
        if (value === undefined) refuse('a GNU long name that is not UTF-8');
        if (flag === 'L') longName = value;
        else longLink = value;
      }
      continue;
    }
    index += 1;
    const headerName = decode(field(block, 0, 100));
    const prefix = posix ? decode(field(block, 345, 155)) : '';
    if (headerName === undefined || prefix === undefined) refuse('a name that is not UTF-8', '(undecodable)');
    const plainName = prefix ? `${prefix}/${headerName}` : (headerName as string);
    if (pax?.has('path') && longName !== undefined) refuse('both a pax path and a GNU long name', plainName);
    const name = pax?.get('path') ?? longName ?? plainName;
    last = entryLabel(index, name);
    const type = ENTRY_TYPES[flag];
    if (!type)
      refuse(
        `${TYPE_NAMES[flag] ?? `an entry of unknown type ${quoted(flag)}`}: only files, directories and links are restored`,
        name,
      );
    let entrySize = size;
    const paxSize = pax?.get('size');
    if (paxSize !== undefined) {
      if (!/^[0-9]{1,16}$/.test(paxSize) || (size !== 0 && Number(paxSize) !== size)) {
        refuse('a pax size that disagrees with its header', name);
      }
      entrySize = Number(paxSize);
    }
    const headerLink = decode(field(block, 157, 100));
    if (headerLink === undefined) refuse('a link target that is not UTF-8', name);
    if (pax?.has('linkpath') && longLink !== undefined)
      refuse('both a pax linkpath and a GNU long link', name);
    const link = pax?.get('linkpath') ?? longLink ?? (headerLink as string);
    const mode = numeric(block, 100, 8);
    if (mode === undefined) refuse('a header with a malformed mode', name);
    const paxMtime = pax?.get('mtime');
    const mtime =
      paxMtime !== undefined && /^-?[0-9]+(\.[0-9]+)?$/.test(paxMtime)
        ? Math.floor(Number(paxMtime))
        : (numeric(block, 136, 12) ?? 0);
    pax = undefined;
    longName = undefined;
    longLink = undefined;
    const entry = entryOf(index, {
      name,
      type: type as EntryType,
      size: entrySize,
      link,
      mode: mode as number,
      mtime,
    });
    let left = entrySize;
    const label = entryLabel(index, name);
    async function* data(): AsyncGenerator<Buffer> {
      while (left > 0) {
        const chunk = await reader.some(Math.min(left, 1024 * 1024));
        if (chunk.length === 0) throw new ArchiveRefusal(label, 'the archive is truncated inside this file');
        left -= chunk.length;
        yield chunk;
      }
    }
    yield { index, entry, data };
    // What the consumer did not read, then the padding to a whole block.
    for await (const _ of data());
    const padding = (BLOCK - (entrySize % BLOCK)) % BLOCK;
    if ((await reader.read(padding)).length < padding)
      refuse('the archive is truncated inside this file', name);
  }
}

type Node =
  | { readonly kind: 'directory'; explicit: boolean }
  | { readonly kind: 'file' }
  | { readonly kind: 'symlink'; readonly target: string; readonly label: string };

/**
 * The tree an archive describes, checked entry by entry as the archive is read (or written):
 * every parent a directory, no path twice (but a directory), hard links to files already there;
 * `finish()` then resolves every symlink through the others and refuses any that leaves the root.
 */
export class TreeCheck {
  private readonly nodes = new Map<string, Node>([['', { kind: 'directory', explicit: false }]]);
  private readonly links: string[] = [];
  /** Entries added. */
  entries = 0;

  /** @throws ArchiveRefusal naming the entry. */
  add(entry: ArchiveEntry, index: number): void {
    const label = entryLabel(index, entry.name);
    const refuse = (reason: string): never => {
      throw new ArchiveRefusal(label, reason);
    };
    const parts = entry.path === '' ? [] : entry.path.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      const parent = parts.slice(0, depth).join('/');
      const node = this.nodes.get(parent);
      if (!node) this.nodes.set(parent, { kind: 'directory', explicit: false });
      else if (node.kind !== 'directory')
        refuse(`its parent ${quoted(`./${parent}`)} is a ${node.kind}, not a directory`);
    }
    const existing = this.nodes.get(entry.path);
    if (existing) {
      if (existing.kind === 'directory' && entry.type === 'directory') {
        existing.explicit = true;
        this.entries += entry.path === '' ? 0 : 1;
        return;
      }
      refuse(`the path is in the archive twice (a ${existing.kind}, then a ${entry.type})`);
    }
    if (entry.type === 'directory') this.nodes.set(entry.path, { kind: 'directory', explicit: true });
    else if (entry.type === 'file') this.nodes.set(entry.path, { kind: 'file' });
    else if (entry.type === 'hardlink') {
      const target = this.nodes.get(entry.linkTarget as string);
      if (target?.kind !== 'file') {
        refuse(
          `a hard link to ${quoted(`./${entry.linkTarget}`)}, which is ${target ? `a ${target.kind}, not a file` : 'not a file earlier in the archive'}`,
        );
      }
      this.nodes.set(entry.path, { kind: 'file' });
    } else {
      const target = entry.linkTarget as string;
      // A quick look now (the full resolution through other links waits for finish()).
      const lexical = path.posix.normalize(path.posix.join(path.posix.dirname(entry.path), target));
      if (lexical === '..' || lexical.startsWith('../'))
        refuse(`a symlink pointing outside the target (-> ${quoted(target)})`);
      this.nodes.set(entry.path, { kind: 'symlink', target, label });
      this.links.push(entry.path);
    }
    this.entries += 1;
  }

  /** Resolves every symlink through the others, as the kernel would. @throws ArchiveRefusal for one that leaves the root. */
  finish(): void {
    for (const link of this.links) {
      const node = this.nodes.get(link) as Extract<Node, { kind: 'symlink' }>;
      const hops = { count: 0 };
      const resolved = this.resolve(link.split('/').slice(0, -1), node.target, hops);
      if (resolved === 'loop')
        throw new ArchiveRefusal(node.label, `a loop of symlinks (-> ${quoted(node.target)})`);
      if (resolved === 'outside') {
        throw new ArchiveRefusal(
          node.label,
          `a symlink that resolves outside the target through the archive's other links (-> ${quoted(node.target)})`,
        );
      }
    }
  }

  /** Where `target` leads from the directory `from` (components), following the archive's symlinks. */
  private resolve(
    from: readonly string[],
    target: string,
    hops: { count: number },
  ): string[] | 'outside' | 'loop' {
    if (target.startsWith('/')) return 'outside';
    const at = [...from];
    for (const part of target.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (at.length === 0) return 'outside';
        at.pop();
        continue;
      }
      const node = this.nodes.get([...at, part].join('/'));
      if (node?.kind !== 'symlink') {
        at.push(part);
        continue;
      }
      hops.count += 1;
      if (hops.count > MAX_HOPS) return 'loop';
      const next = this.resolve(at, node.target, hops);
      if (typeof next === 'string') return next;
      at.splice(0, at.length, ...next);
    }
    return at;
  }
}

/** What a writer stores: a regular file (its data follows), a directory, a symlink or a hard link. */
export interface HeaderEntry {
  /** `./relative/name`. */
  readonly path: string;
  readonly type: EntryType;
  readonly size: number;
  readonly mtime: Date;
  /** Permission bits (default 0644 for files, 0755 for directories, 0777 for links). */
  readonly mode?: number;
  readonly linkTarget?: string;
}

/** Largest size the 12-byte octal field holds (8 GiB - 1); beyond it the size goes in a pax record. */
const MAX_OCTAL_SIZE = 8 ** 11 - 1;

function writeOctal(block: Buffer, start: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, start, length, 'ascii');
}

const FLAGS: Readonly<Record<EntryType, string>> = { file: '0', directory: '5', symlink: '2', hardlink: '1' };

function ustarHeader(name: string, flag: string, size: number, mtime: Date, mode: number, link = ''): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  writeOctal(block, 100, 8, mode);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, Math.max(0, Math.floor(mtime.getTime() / 1000)));
  block.write(' '.repeat(8), 148, 8, 'ascii');
  block.write(flag, 156, 1, 'ascii');
  block.write(link, 157, 100, 'utf8');
  block.write('ustar\0' + '00', 257, 8, 'ascii');
  writeOctal(block, 148, 7, checksumOf(block));
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

const plain = (text: string): boolean => /^[\x20-\x7e]*$/.test(text) && text.length <= 100;

/**
 * The header of `entry` (POSIX pax, as GNU tar and Python read it): a pax extended header first
 * when the name or link target is longer than 100 bytes or not ASCII, or the size beyond 8 GiB.
 * A file's data and tarPadding(size) follow.
 */
export function tarHeader(entry: HeaderEntry): Buffer {
  const flag = FLAGS[entry.type];
  const link = entry.linkTarget ?? '';
  const records: string[] = [];
  if (!plain(entry.path)) records.push(paxRecord('path', entry.path));
  if (!plain(link)) records.push(paxRecord('linkpath', link));
  if (entry.size > MAX_OCTAL_SIZE) records.push(paxRecord('size', String(entry.size)));
  const mode = entry.mode ?? (entry.type === 'directory' ? 0o755 : entry.type === 'symlink' ? 0o777 : 0o644);
  const ascii = (text: string): string => text.replace(/[^\x20-\x7e]/g, '_').slice(0, 100);
  const header = ustarHeader(
    ascii(entry.path),
    flag,
    entry.size > MAX_OCTAL_SIZE ? 0 : entry.size,
    entry.mtime,
    mode,
    ascii(link),
  );
  if (records.length === 0) return header;
  const data = Buffer.from(records.join(''), 'utf8');
  const paxName = ascii(`./PaxHeaders/${path.posix.basename(entry.path)}`);
  return Buffer.concat([
    ustarHeader(paxName, 'x', data.length, entry.mtime, 0o644),
    data,
    tarPadding(data.length),
    header,
  ]);
}

/** Zero bytes that fill a member of `size` bytes up to a whole block. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** The end of a tar stream: two zero blocks. */
export const TAR_END = Buffer.alloc(2 * BLOCK);

/** The mode a restored entry gets: as archived, without setuid, setgid, sticky and world-write; the owner keeps access to its directories. */
export function restoredMode(entry: Pick<ArchiveEntry, 'type' | 'mode'>): number {
  const mode = entry.mode & 0o775;
  return entry.type === 'directory' ? mode | 0o700 : mode;
}
