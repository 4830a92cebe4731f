/**
 * Hostile media archives, crafted here: with Python's tarfile (pax headers, GNU long names,
 * devices) and with raw 512-byte headers built below (wrong sizes, wrong checksums, hidden
 * headers, truncation), each compressed by zstd as a real backup is. Every one must be refused by
 * the restore's extraction with a one-line message naming the entry, leaving nothing written:
 * not the target, not its staging folder, nothing anywhere else in the workspace.
 * The closing test prints the figure "archives tried / escapes".
 */
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, readdir, readFile, readlink, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCK } from './archive';
import { extractMedia, listMedia } from './media';
import { type Temp, tempDir } from './test-support';

let temp: Temp;
let ws: string;

beforeEach(async () => {
  temp = await tempDir('maint-archive-test-');
  ws = temp.dir;
});

afterEach(async () => {
  await temp.cleanup();
});

// ---- Python's tarfile -------------------------------------------------------------------------

interface PyMember {
  name: string;
  type?: 'file' | 'dir' | 'symlink' | 'hardlink' | 'chr' | 'blk' | 'fifo' | 'cont';
  linkname?: string;
  data?: string;
  mode?: number;
  pax?: Record<string, string>;
}

const PY = `
import io, json, sys, tarfile
spec = json.load(sys.stdin)
types = {'file': tarfile.REGTYPE, 'dir': tarfile.DIRTYPE, 'symlink': tarfile.SYMTYPE,
         'hardlink': tarfile.LNKTYPE, 'chr': tarfile.CHRTYPE, 'blk': tarfile.BLKTYPE,
         'fifo': tarfile.FIFOTYPE, 'cont': tarfile.CONTTYPE}
formats = {'pax': tarfile.PAX_FORMAT, 'gnu': tarfile.GNU_FORMAT, 'ustar': tarfile.USTAR_FORMAT}
out = io.BytesIO()
with tarfile.open(fileobj=out, mode='w', format=formats[spec['format']],
                  pax_headers=spec.get('global') or None) as tar:
    for m in spec['members']:
        info = tarfile.TarInfo(m['name'])
        info.type = types[m.get('type', 'file')]
        info.linkname = m.get('linkname', '')
        info.mode = m.get('mode', 0o755 if m.get('type') == 'dir' else 0o644)
        info.mtime = 1700000000
        info.pax_headers = m.get('pax', {})
        data = m.get('data', '').encode()
        info.size = len(data) if info.type in (tarfile.REGTYPE, tarfile.CONTTYPE) else 0
        tar.addfile(info, io.BytesIO(data) if info.size else None)
sys.stdout.buffer.write(out.getvalue())
`;

function py(
  members: PyMember[],
  format: 'pax' | 'gnu' | 'ustar' = 'pax',
  global?: Record<string, string>,
): Buffer {
  return execFileSync('/usr/bin/python3', ['-c', PY], {
    input: JSON.stringify({ members, format, global }),
  });
}

// ---- raw headers ------------------------------------------------------------------------------

interface RawHeader {
  name: string;
  flag?: string;
  size?: number;
  link?: string;
  mode?: number;
  magic?: string;
  /** A checksum to store instead of the right one. */
  checksum?: number;
  /** Raw bytes for the size field. */
  sizeField?: Buffer;
}

function octal(block: Buffer, at: number, length: number, value: number): void {
  block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, at, length, 'latin1');
}

function header(h: RawHeader): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(h.name, 0, 100, 'latin1');
  octal(block, 100, 8, h.mode ?? 0o644);
  octal(block, 108, 8, 0);
  octal(block, 116, 8, 0);
  if (h.sizeField) h.sizeField.copy(block, 124);
  else octal(block, 124, 12, h.size ?? 0);
  octal(block, 136, 12, 1700000000);
  block.write(h.flag ?? '0', 156, 1, 'latin1');
  block.write(h.link ?? '', 157, 100, 'latin1');
  block.write(h.magic ?? 'ustar\u000000', 257, 8, 'latin1');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  octal(block, 148, 7, h.checksum ?? sum);
  return block;
}

function data(text: string | Buffer): Buffer {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return Buffer.concat([bytes, Buffer.alloc((BLOCK - (bytes.length % BLOCK)) % BLOCK)]);
}

function paxData(records: Record<string, string>): Buffer {
  return Buffer.from(
    Object.entries(records)
      .map(([key, value]) => {
        const body = ` ${key}=${value}\n`;
        let length = Buffer.byteLength(body) + 1;
        while (length !== Buffer.byteLength(body) + String(length).length) length += 1;
        return `${length}${body}`;
      })
      .join(''),
  );
}

const END = Buffer.alloc(2 * BLOCK);
const file = (name: string, text = 'x'): Buffer =>
  Buffer.concat([header({ name, size: Buffer.byteLength(text) }), data(text)]);
const raw = (...parts: Buffer[]): Buffer => Buffer.concat(parts);

// ---- the harness ------------------------------------------------------------------------------

/** Every path under `dir`, with its type: the workspace before and after an extraction. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .map(
      (e) =>
        `${path.relative(dir, path.join(e.parentPath, e.name))}:${e.isDirectory() ? 'd' : e.isSymbolicLink() ? 'l' : 'f'}`,
    )
    .sort();
}

const tally = { tried: 0, escapes: 0 };

function zstd(tar: Buffer): Buffer {
  return execFileSync('zstd', ['-q', '-c'], { input: tar });
}

/**
 * Extracts `tar` (compressed as a backup is) into a target four levels deep in the workspace (so
 * `../../..` lands in the workspace, where it would show), expecting a refusal naming `expected`.
 */
async function expectRefused(tar: Buffer, expected: string, compressed = zstd(tar)): Promise<void> {
  tally.tried += 1;
  const archive = path.join(ws, 'archive.tar.zst');
  await writeFile(archive, compressed);
  await mkdir(path.join(ws, 'a', 'b', 'c'), { recursive: true });
  const before = await tree(ws);
  const target = path.join(ws, 'a', 'b', 'c', 'media');
  const error = await extractMedia(async () => createReadStream(archive), target).then(
    () => new Error('extracted'),
    (reason: unknown) => reason as Error,
  );
  const after = await tree(ws);
  if (error.message === 'extracted' || after.join('\n') !== before.join('\n')) tally.escapes += 1;
  expect(error.message).toContain(expected);
  expect(error.message).not.toMatch(/[\n\r]/);
  expect(after).toEqual(before);
  // The listing (verify: list) refuses it the same way.
  await expect(listMedia(createReadStream(archive))).rejects.toThrow(error.message);
}

const refusal = (entry: string, reason: string): string =>
  `refusing the media archive: ${entry}: ${reason}; nothing was extracted`;

afterAll(() => {
  console.log(`hostile media archives tried: ${tally.tried}, escapes: ${tally.escapes}`);
});

// ---- the shapes -------------------------------------------------------------------------------

describe('paths', () => {
  it('refuses absolute, "..", "." and empty segments, as plain names, pax paths and GNU long names', async () => {
    await expectRefused(py([{ name: '/tmp/evil' }]), refusal('entry 1 "/tmp/evil"', 'an absolute path'));
    await expectRefused(py([{ name: '../evil' }]), refusal('entry 1 "../evil"', 'a ".." segment'));
    await expectRefused(
      py([{ name: 'ok' }, { name: 'a/../../evil' }]),
      refusal('entry 2 "a/../../evil"', 'a ".." segment'),
    );
    await expectRefused(py([{ name: 'a/./b' }]), refusal('entry 1 "a/./b"', 'an empty or "." segment'));
    await expectRefused(raw(file('a//b'), END), refusal('entry 1 "a//b"', 'an empty or "." segment'));
    await expectRefused(raw(file('./../../../x'), END), 'a ".." segment');
    // pax `path` overriding an innocent header name.
    await expectRefused(
      py([{ name: 'innocent', pax: { path: '../../../x' } }]),
      refusal('entry 1 "../../../x"', 'a ".." segment'),
    );
    await expectRefused(py([{ name: 'innocent', pax: { path: '/etc/cron.d/x' } }]), 'an absolute path');
    // GNU long names (L) with the same tricks, past 100 bytes.
    const long = `${'d/'.repeat(60)}../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../../x`;
    await expectRefused(py([{ name: long }], 'gnu'), 'a ".." segment');
    await expectRefused(py([{ name: `/${'a'.repeat(150)}` }], 'gnu'), 'an absolute path');
    // The ustar prefix field joined to the name.
    const prefixed = header({ name: 'x', size: 0 });
    prefixed.write('..', 345, 'latin1');
    fixChecksum(prefixed);
    await expectRefused(raw(prefixed, END), refusal('entry 1 "../x"', 'a ".." segment'));
  });

  it('refuses control characters and undecodable bytes in names', async () => {
    await expectRefused(py([{ name: 'line\nbreak' }]), 'a name with a control character');
    await expectRefused(py([{ name: 'esc\u001b[31m' }]), 'a name with a control character');
    await expectRefused(
      py([{ name: 'ok', pax: { path: 'nul\u0000../../x' } }]),
      'a name with a control character',
    );
    await expectRefused(raw(header({ name: 'cr\rname' }), END), 'a name with a control character');
    await expectRefused(raw(header({ name: 'bad-\u00ff\u00fe' }), END), 'a name that is not UTF-8');
    await expectRefused(raw(header({ name: 'tab\there' }), END), 'a name with a control character');
  });
});

function fixChecksum(block: Buffer): void {
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  octal(block, 148, 7, sum);
}

describe('symlinks', () => {
  it('refuses links out of the target, directly or through other links of the archive', async () => {
    await expectRefused(
      py([{ name: 'l', type: 'symlink', linkname: '/etc/passwd' }]),
      refusal('entry 1 "l"', 'a symlink to an absolute path (-> "/etc/passwd")'),
    );
    await expectRefused(
      py([{ name: 'l', type: 'symlink', linkname: '../x' }]),
      refusal('entry 1 "l"', 'a symlink pointing outside the target (-> "../x")'),
    );
    await expectRefused(
      py([{ name: 'd/l', type: 'symlink', linkname: '../../x' }]),
      'a symlink pointing outside the target',
    );
    await expectRefused(
      py([{ name: 'l', type: 'symlink', linkname: 'a/../../x' }]),
      'a symlink pointing outside the target',
    );
    // The chain of issue 13: s -> . then s/s2 -> ../x (written through s, it would land beside s).
    await expectRefused(
      py([
        { name: 's', type: 'symlink', linkname: '.' },
        { name: 's/s2', type: 'symlink', linkname: '../x' },
      ]),
      refusal('entry 2 "s/s2"', 'its parent "./s" is a symlink, not a directory'),
    );
    // s -> . then t -> s/../x: lexically "x", really the target's parent.
    await expectRefused(
      py([
        { name: 's', type: 'symlink', linkname: '.' },
        { name: 't', type: 'symlink', linkname: 's/../x' },
      ]),
      refusal(
        'entry 2 "t"',
        `a symlink that resolves outside the target through the archive's other links (-> "s/../x")`,
      ),
    );
    // The same with the link defined after the one that uses it.
    await expectRefused(
      py([
        { name: 't', type: 'symlink', linkname: 's/../x' },
        { name: 's', type: 'symlink', linkname: '.' },
      ]),
      refusal(
        'entry 1 "t"',
        `a symlink that resolves outside the target through the archive's other links (-> "s/../x")`,
      ),
    );
    // Deeper: d2/m -> .. (the root), then d1/l -> ../d2/m/../.. (lexically ".").
    await expectRefused(
      py([
        { name: 'd1', type: 'dir' },
        { name: 'd2', type: 'dir' },
        { name: 'd2/m', type: 'symlink', linkname: '..' },
        { name: 'd1/l', type: 'symlink', linkname: '../d2/m/../..' },
      ]),
      refusal(
        'entry 4 "d1/l"',
        `a symlink that resolves outside the target through the archive's other links (-> "../d2/m/../..")`,
      ),
    );
    // A chain of three links, each inside, the last hop out.
    await expectRefused(
      py([
        { name: 'a', type: 'symlink', linkname: 'b/..' },
        { name: 'b', type: 'symlink', linkname: 'c' },
        { name: 'c', type: 'symlink', linkname: '.' },
      ]),
      'resolves outside the target',
    );
    await expectRefused(
      py([
        { name: 'a', type: 'symlink', linkname: 'b' },
        { name: 'b', type: 'symlink', linkname: 'a' },
      ]),
      refusal('entry 1 "a"', 'a loop of symlinks (-> "b")'),
    );
    await expectRefused(py([{ name: 'l', type: 'symlink', linkname: '' }]), 'a symlink with an empty target');
    await expectRefused(
      py([{ name: 'l', type: 'symlink', linkname: 'a\nb' }]),
      'a symlink target with a control character',
    );
    // pax `linkpath` overriding an innocent link name; a GNU long link (K).
    await expectRefused(
      py([{ name: 'l', type: 'symlink', linkname: 'inside', pax: { linkpath: '/etc/passwd' } }]),
      'a symlink to an absolute path (-> "/etc/passwd")',
    );
    await expectRefused(
      py([{ name: 'l', type: 'symlink', linkname: `${'../'.repeat(40)}etc/passwd` }], 'gnu'),
      'a symlink pointing outside the target',
    );
    await expectRefused(
      py([{ name: 'l', type: 'symlink', linkname: `/${'x'.repeat(120)}` }], 'gnu'),
      'a symlink to an absolute path',
    );
  });

  it('refuses entries below a symlink or a file, and a directory turned into a link', async () => {
    await expectRefused(
      py([
        { name: 'd', type: 'dir' },
        { name: 'd', type: 'symlink', linkname: '.' },
      ]),
      refusal('entry 2 "d"', 'the path is in the archive twice (a directory, then a symlink)'),
    );
    // A directory made implicitly by its file, then replaced by a link.
    await expectRefused(
      py([{ name: 'd/f' }, { name: 'd', type: 'symlink', linkname: '.' }]),
      'the path is in the archive twice (a directory, then a symlink)',
    );
    await expectRefused(
      py([{ name: 'l', type: 'symlink', linkname: 'real' }, { name: 'l/f' }]),
      refusal('entry 2 "l/f"', 'its parent "./l" is a symlink, not a directory'),
    );
    await expectRefused(
      py([{ name: 'f', data: 'x' }, { name: 'f/g' }]),
      refusal('entry 2 "f/g"', 'its parent "./f" is a file, not a directory'),
    );
    await expectRefused(
      py([
        { name: 'f', data: 'one' },
        { name: 'f', data: 'two' },
      ]),
      'the path is in the archive twice (a file, then a file)',
    );
    await expectRefused(
      py([
        { name: 'f', data: 'one' },
        { name: 'f', type: 'symlink', linkname: 'g' },
      ]),
      'the path is in the archive twice (a file, then a symlink)',
    );
    await expectRefused(
      py([{ name: '.', type: 'symlink', linkname: '..' }]),
      'the root of the archive as something else than a directory',
    );
  });
});

describe('hard links, devices and types', () => {
  it('refuses hard links out, to links, to directories and to what is not there yet', async () => {
    await expectRefused(
      py([{ name: 'h', type: 'hardlink', linkname: '/etc/passwd' }]),
      refusal('entry 1 "h"', 'a hard link to "/etc/passwd", which has an absolute path'),
    );
    await expectRefused(
      py([{ name: 'h', type: 'hardlink', linkname: '../x' }]),
      `a hard link to "../x", which has a ".." segment`,
    );
    await expectRefused(
      py([
        { name: 'l', type: 'symlink', linkname: 'f' },
        { name: 'f', data: 'x' },
        { name: 'h', type: 'hardlink', linkname: 'l' },
      ]),
      refusal('entry 3 "h"', 'a hard link to "./l", which is a symlink, not a file'),
    );
    await expectRefused(
      py([
        { name: 'd', type: 'dir' },
        { name: 'h', type: 'hardlink', linkname: 'd' },
      ]),
      'a hard link to "./d", which is a directory, not a file',
    );
    await expectRefused(
      py([
        { name: 'h', type: 'hardlink', linkname: 'later' },
        { name: 'later', data: 'x' },
      ]),
      'a hard link to "./later", which is not a file earlier in the archive',
    );
  });

  it('refuses devices, FIFOs, contiguous files, sparse files, global headers and unknown types', async () => {
    await expectRefused(
      py([{ name: 'tty', type: 'chr' }]),
      refusal('entry 1 "tty"', 'a character device: only files, directories and links are restored'),
    );
    await expectRefused(py([{ name: 'disk', type: 'blk' }]), 'a block device');
    await expectRefused(py([{ name: 'pipe', type: 'fifo' }]), 'a FIFO');
    await expectRefused(py([{ name: 'c', type: 'cont', data: 'x' }]), 'a contiguous file');
    // The global header of issue 13, carrying linkpath=/etc/passwd.
    await expectRefused(
      py([{ name: 'leak', type: 'symlink', linkname: 'ok' }], 'pax', { linkpath: '/etc/passwd' }),
      refusal(
        'entry 1 "././@PaxHeader"',
        'a pax global header: only files, directories and links are restored',
      ),
    );
    await expectRefused(raw(header({ name: 'g', flag: 'g', size: 0 }), END), 'a pax global header');
    await expectRefused(raw(header({ name: 'sparse', flag: 'S', size: 0 }), END), 'a GNU sparse file');
    await expectRefused(
      py([{ name: 'f', data: 'x', pax: { 'GNU.sparse.map': '0,1', 'GNU.sparse.realsize': '99' } }]),
      'sparse files and GNU extensions are not accepted',
    );
    await expectRefused(raw(header({ name: 'v', flag: 'V' }), END), 'a GNU volume label');
    await expectRefused(raw(header({ name: 'm', flag: 'M' }), END), 'a GNU multi-volume continuation');
    await expectRefused(raw(header({ name: 'z', flag: 'Z' }), END), 'an entry of unknown type "Z"');
    await expectRefused(
      py([{ name: 'f', data: 'x', pax: { hdrcharset: 'BINARY' } }]),
      'a pax header with "hdrcharset"',
    );
  });
});

describe('header tricks', () => {
  it('refuses link and directory headers with a size that hides the next header', async () => {
    const hidden = raw(header({ name: 'leak2', flag: '2', link: '/etc/passwd' }));
    for (const flag of ['1', '2', '5']) {
      const tar = raw(
        file('target'),
        header({ name: 'cover', flag, size: BLOCK, link: flag === '5' ? '' : 'target' }),
        hidden,
        END,
      );
      const type = { '1': 'hardlink', '2': 'symlink', '5': 'directory' }[flag];
      await expectRefused(
        tar,
        refusal(
          'entry 2 "cover"',
          `a ${type} header with a size of 512 bytes (data that would hide the next header)`,
        ),
      );
    }
    // The same size given by a pax record.
    await expectRefused(
      raw(
        file('target'),
        header({ name: 'p', flag: 'x', size: paxData({ size: '512' }).length }),
        data(paxData({ size: '512' })),
        header({ name: 'cover', flag: '2', link: 'target' }),
        hidden,
        END,
      ),
      'a symlink header with a size of 512 bytes',
    );
  });

  it('refuses wrong checksums, bad numbers and missing magic', async () => {
    await expectRefused(
      raw(header({ name: 'f', checksum: 1234 }), END),
      refusal('the header at byte 0', 'a header with a wrong checksum'),
    );
    await expectRefused(
      raw(file('ok'), header({ name: 'f', checksum: 99 }), END),
      refusal('the header at byte 1024 (after entry 1 "ok")', 'a header with a wrong checksum'),
    );
    await expectRefused(
      raw(header({ name: 'f', magic: '\0\0\0\0\0\0\0\0' }), END),
      'a header without the ustar magic',
    );
    await expectRefused(
      raw(header({ name: 'f', sizeField: Buffer.from('0000000001z\0') }), END),
      'a header with a malformed size',
    );
    await expectRefused(
      raw(
        header({
          name: 'f',
          sizeField: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
        }),
        END,
      ),
      'a header with a malformed size',
    );
    await expectRefused(
      raw(header({ name: 'f', sizeField: Buffer.from('-000000001\0\0') }), END),
      'a header with a malformed size',
    );
    await expectRefused(raw(Buffer.alloc(BLOCK, 0x41), END), 'a header with a wrong checksum');
  });

  it('refuses truncated archives and data after the end', async () => {
    const whole = raw(file('a', 'x'.repeat(2000)), file('b'), END);
    await expectRefused(
      whole.subarray(0, 1000),
      refusal('entry 1 "a"', 'the archive is truncated inside this file'),
    );
    await expectRefused(whole.subarray(0, 700), 'the archive is truncated inside this file');
    await expectRefused(whole.subarray(0, 2560 + 100), 'the archive is truncated (no end-of-archive blocks)');
    await expectRefused(raw(file('a')), 'the archive is truncated (no end-of-archive blocks)');
    await expectRefused(
      raw(file('a'), Buffer.alloc(BLOCK)),
      'truncated or damaged after its first end-of-archive block',
    );
    await expectRefused(raw(file('a'), END, file('hidden')), 'data after the end of the archive');
    await expectRefused(
      raw(file('a'), Buffer.alloc(BLOCK), file('hidden'), END),
      'truncated or damaged after its first end-of-archive block',
    );
    // A backup cut short: the compressed stream ends early.
    const big = zstd(raw(file('a', 'y'.repeat(100_000)), END));
    await expectRefused(Buffer.alloc(0), 'the archive is truncated', big.subarray(0, big.length - 20));
  });

  it('refuses malformed, doubled, oversized and dangling pax and long-name headers', async () => {
    const x = (records: Buffer): Buffer =>
      raw(header({ name: 'p', flag: 'x', size: records.length }), data(records));
    await expectRefused(raw(x(Buffer.from('99 path=a\n')), file('f'), END), 'a malformed pax record');
    await expectRefused(raw(x(Buffer.from('garbage')), file('f'), END), 'a malformed pax record');
    await expectRefused(
      raw(x(paxData({ path: 'a' })), x(paxData({ path: 'b' })), file('f'), END),
      'two pax headers for one entry',
    );
    await expectRefused(
      raw(x(Buffer.from('10 path=a\n10 path=b\n')), file('f'), END),
      'a pax header with "path" twice',
    );
    await expectRefused(
      raw(x(paxData({ path: 'a' })), END),
      'a pax or long-name header not followed by an entry',
    );
    await expectRefused(
      raw(header({ name: 'p', flag: 'x', size: 100_000 }), END),
      'an oversized pax header (100000 bytes)',
    );
    await expectRefused(
      raw(x(paxData({ size: '5' })), file('f', 'abc'), END),
      'a pax size that disagrees with its header',
    );
    const L = (name: string): Buffer =>
      raw(
        header({ name: '././@LongLink', flag: 'L', size: name.length + 1, magic: 'ustar  \0' }),
        data(`${name}\0`),
      );
    await expectRefused(raw(L('a'), L('b'), file('f'), END), 'two GNU long names for one entry');
    await expectRefused(
      raw(L('a'), x(paxData({ path: 'b' })), file('f'), END),
      'both a pax path and a GNU long name',
    );
    await expectRefused(
      raw(
        header({ name: '././@LongLink', flag: 'L', size: 4, magic: 'ustar  \0' }),
        data('abcd'),
        file('f'),
        END,
      ),
      'a malformed GNU long name',
    );
    await expectRefused(
      raw(x(paxData({ linkpath: 'somewhere' })), file('f'), END),
      'a file with a link target',
    );
  });
});

// ---- what is accepted -------------------------------------------------------------------------

describe('archives a restore accepts', () => {
  it('extracts exactly what the listing shows, links as links, inside the target', async () => {
    const tar = py([
      { name: '.', type: 'dir', mode: 0o2777 },
      { name: 'photos', type: 'dir', mode: 0o1777 },
      { name: 'photos/cat.jpg', data: 'meow', mode: 0o4755 },
      { name: 'photos/copy.jpg', type: 'hardlink', linkname: 'photos/cat.jpg' },
      { name: 'avatar.jpg', type: 'symlink', linkname: 'photos/cat.jpg' },
      { name: 'up', type: 'symlink', linkname: 'photos/..' },
      { name: 'dangling', type: 'symlink', linkname: 'nowhere/yet' },
      { name: `${'long/'.repeat(30)}f\u00e9.txt`, data: 'long' },
      { name: 'private', type: 'dir', mode: 0o500 },
      { name: 'private/ro.txt', data: 'ro', mode: 0o400 },
    ]);
    const archive = path.join(ws, 'ok.tar.zst');
    await writeFile(archive, zstd(tar));
    expect((await listMedia(createReadStream(archive))).entries).toBe(9);
    const target = path.join(ws, 'restored');
    expect(await extractMedia(async () => createReadStream(archive), target)).toBe(9);

    // Modes as archived without setuid, setgid, sticky and world-write (item 8: not 0700).
    expect((await stat(target)).mode & 0o7777).toBe(0o775);
    expect((await stat(path.join(target, 'photos'))).mode & 0o7777).toBe(0o775);
    expect((await stat(path.join(target, 'photos', 'cat.jpg'))).mode & 0o7777).toBe(0o755);
    expect((await stat(path.join(target, 'private'))).mode & 0o7777).toBe(0o700);
    expect((await stat(path.join(target, 'private', 'ro.txt'))).mode & 0o7777).toBe(0o400);
    expect((await stat(path.join(target, 'photos', 'cat.jpg'))).mtimeMs).toBe(1700000000_000);
    expect((await stat(path.join(target, 'photos', 'copy.jpg'))).ino).toBe(
      (await stat(path.join(target, 'photos', 'cat.jpg'))).ino,
    );
    expect(await readlink(path.join(target, 'avatar.jpg'))).toBe('photos/cat.jpg');
    expect(await readlink(path.join(target, 'dangling'))).toBe('nowhere/yet');
    expect(await readFile(path.join(target, `${'long/'.repeat(30)}f\u00e9.txt`), 'utf8')).toBe('long');
    expect((await tree(ws)).filter((p) => !p.startsWith('restored'))).toEqual(['ok.tar.zst:f']);
  });

  it('reads what GNU tar writes (older backups): pax per entry, hard links, GNU long names', async () => {
    const src = path.join(ws, 'src');
    await mkdir(path.join(src, 'd'), { recursive: true });
    await writeFile(path.join(src, 'd', 'a.txt'), 'a\n');
    execFileSync('ln', [path.join(src, 'd', 'a.txt'), path.join(src, 'd', 'hard.txt')]);
    execFileSync('ln', ['-s', 'd/a.txt', path.join(src, 'link')]);
    await writeFile(path.join(src, `${'n'.repeat(150)}.txt`), 'n\n');
    for (const format of ['posix', 'gnu']) {
      const tar = execFileSync('tar', [
        '--create',
        '--file=-',
        `--format=${format}`,
        '--directory',
        src,
        '.',
      ]);
      const archive = path.join(ws, `${format}.tar.zst`);
      await writeFile(archive, zstd(tar));
      const target = path.join(ws, `out-${format}`);
      expect(await extractMedia(async () => createReadStream(archive), target)).toBe(5);
      expect(await readFile(path.join(target, 'd', 'hard.txt'), 'utf8')).toBe('a\n');
      expect((await lstat(path.join(target, 'link'))).isSymbolicLink()).toBe(true);
      expect(await readFile(path.join(target, `${'n'.repeat(150)}.txt`), 'utf8')).toBe('n\n');
      expect((await stat(target)).mode & 0o777).toBe(0o755);
    }
  });
});
