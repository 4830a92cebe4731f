export const id = 460;
export const ids = [460];
export const modules = {

/***/ 4761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ ArchiveRefusal),
/* harmony export */   Ms: () => (/* binding */ entryOf),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   bL: () => (/* binding */ readArchive),
/* harmony export */   mQ: () => (/* binding */ restoredMode),
/* harmony export */   pI: () => (/* binding */ tarHeader),
/* harmony export */   vO: () => (/* binding */ TreeCheck),
/* harmony export */   vr: () => (/* binding */ tarPadding),
/* harmony export */   y7: () => (/* binding */ TAR_END)
/* harmony export */ });
/* unused harmony exports BLOCK, checkedPath, entryLabel */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
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

const BLOCK = 512;
/** pax and GNU long-name records are small: a bigger one is not an archive this project wrote. */
const MAX_META = 64 * 1024;
/** Longest path Linux takes, in bytes. */
const MAX_PATH = 4096;
/** Symlinks followed while resolving one target, as the kernel's limit (ELOOP). */
const MAX_HOPS = 40;
/** A refused archive: which entry (its number and name) and why, in one line. */
class ArchiveRefusal extends Error {
    entry;
    reason;
    name = 'ArchiveRefusal';
    constructor(entry, reason) {
        super(`${entry}: ${reason}`);
        this.entry = entry;
        this.reason = reason;
    }
}
/** A name quoted for a one-line message (control characters escaped). */
function quoted(name) {
    return JSON.stringify(name);
}
const CONTROL = /[\u0000-\u001f\u007f]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
    chunks;
    buffer = Buffer.alloc(0);
    offset = 0;
    /** Bytes consumed before the current buffer. */
    before = 0;
    constructor(chunks) {
        this.chunks = chunks;
    }
    get available() {
        return this.buffer.length - this.offset;
    }
    /** Bytes read so far. */
    get position() {
        return this.before + this.offset;
    }
    async fill() {
        const next = await this.chunks.next();
        if (next.done)
            return false;
        this.before += this.offset;
        this.buffer =
            this.available > 0 ? Buffer.concat([this.buffer.subarray(this.offset), next.value]) : next.value;
        this.offset = 0;
        return true;
    }
    /** The next `n` bytes (fewer only at the end of the stream). */
    async read(n) {
        while (this.available < n && (await this.fill()))
            ;
        const out = this.buffer.subarray(this.offset, this.offset + n);
        this.offset += out.length;
        return out;
    }
    /** Up to `max` bytes, at least one unless the stream ended. */
    async some(max) {
        if (this.available === 0 && !(await this.fill()))
            return Buffer.alloc(0);
        const out = this.buffer.subarray(this.offset, this.offset + Math.min(max, this.available));
        this.offset += out.length;
        return out;
    }
}
function field(block, start, length) {
    const bytes = block.subarray(start, start + length);
    const end = bytes.indexOf(0);
    return end === -1 ? bytes : bytes.subarray(0, end);
}
/** A numeric header field: octal digits (space or NUL padded) or GNU base-256. Undefined when malformed. */
function numeric(block, start, length) {
    const first = block[start];
    if (first === 0x80) {
        let value = 0;
        for (let i = start + 1; i < start + length; i += 1)
            value = value * 256 + block[i];
        return Number.isSafeInteger(value) ? value : undefined;
    }
    const text = block.subarray(start, start + length).toString('latin1');
    const match = /^ *([0-7]*)[ \0]*$/.exec(text);
    if (!match)
        return undefined;
    return match[1] ? Number.parseInt(match[1], 8) : 0;
}
function checksumOf(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i += 1)
        sum += i >= 148 && i < 156 ? 32 : block[i];
    return sum;
}
function decode(bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** The records of a pax extended header (`<len> <key>=<value>\n`), or a reason it is malformed. */
function paxRecords(data) {
    const records = new Map();
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
        if (record === undefined || equals <= 0)
            return 'a malformed pax record';
        const key = record.slice(0, equals);
        if (records.has(key))
            return `a pax header with "${key}" twice`;
        records.set(key, record.slice(equals + 1));
        at += length;
    }
    return records;
}
/** pax keys that change what an entry is, which this reader does not implement: refused. */
function unsupportedPaxKey(key) {
    return (key.startsWith('GNU.sparse.') || key === 'hdrcharset' || key.startsWith('GNU.') || key === 'realtime.');
}
const ENTRY_TYPES = {
    '0': 'file',
    '\0': 'file',
    '5': 'directory',
    '2': 'symlink',
    '1': 'hardlink',
};
const TYPE_NAMES = {
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
function checkedPath(name, directory) {
    if (name === '')
        return { reason: 'an empty name' };
    if (CONTROL.test(name))
        return { reason: 'a name with a control character (NUL, newline, …)' };
    if (Buffer.byteLength(name) > MAX_PATH)
        return { reason: `a name longer than ${MAX_PATH} bytes` };
    if (name.startsWith('/'))
        return { reason: 'an absolute path' };
    let rest = name.startsWith('./') ? name.slice(2) : name === '.' ? '' : name;
    if (directory && rest.endsWith('/'))
        rest = rest.slice(0, -1);
    if (rest === '')
        return directory
            ? { path: '' }
            : { reason: 'the root of the archive as something else than a directory' };
    const parts = rest.split('/');
    if (parts.includes('..'))
        return { reason: 'a ".." segment' };
    if (parts.includes('.') || parts.includes(''))
        return { reason: 'an empty or "." segment' };
    if (parts.some((part) => Buffer.byteLength(part) > 255))
        return { reason: 'a name segment longer than 255 bytes' };
    return { path: rest };
}
/** `entry 7 "./a/b"`: how a refusal names an entry. */
function entryLabel(index, name) {
    return `entry ${index} ${quoted(name)}`;
}
/**
 * The checked entry, the same for the reader and the writers: its name, its size (none for links
 * and directories), its link target. @throws ArchiveRefusal naming entry `index`.
 */
function entryOf(index, raw) {
    const { name, type, size, link } = raw;
    const refuse = (reason) => {
        throw new ArchiveRefusal(entryLabel(index, name), reason);
    };
    if (type !== 'file' && size !== 0) {
        refuse(`a ${type} header with a size of ${size} bytes (data that would hide the next header)`);
    }
    const isLink = type === 'symlink' || type === 'hardlink';
    if (!isLink && link !== '')
        refuse(`a ${type} with a link target`);
    const checked = checkedPath(name, type === 'directory');
    if ('reason' in checked)
        refuse(checked.reason);
    let linkTarget;
    if (type === 'symlink') {
        if (link === '')
            refuse('a symlink with an empty target');
        if (CONTROL.test(link))
            refuse('a symlink target with a control character');
        if (link.startsWith('/'))
            refuse(`a symlink to an absolute path (-> ${quoted(link)})`);
        if (Buffer.byteLength(link) > MAX_PATH)
            refuse(`a symlink target longer than ${MAX_PATH} bytes`);
        linkTarget = link;
    }
    else if (type === 'hardlink') {
        const target = checkedPath(link, false);
        if ('reason' in target)
            refuse(`a hard link to ${quoted(link)}, which has ${target.reason}`);
        linkTarget = target.path;
    }
    return {
        name,
        path: checked.path,
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
async function* readArchive(input) {
    const reader = new ByteReader(input[Symbol.asyncIterator]());
    let index = 0;
    let pax;
    let longName;
    let longLink;
    let last = '';
    let headerAt = 0;
    const refuse = (reason, name) => {
        const where = `the header at byte ${headerAt}${last ? ` (after ${last})` : ''}`;
        throw new ArchiveRefusal(name === undefined ? where : entryLabel(index, name), reason);
    };
    for (;;) {
        headerAt = reader.position;
        const block = await reader.read(BLOCK);
        if (block.length < BLOCK)
            refuse('the archive is truncated (no end-of-archive blocks)');
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
                if (rest.length === 0)
                    return;
                if (!rest.every((byte) => byte === 0))
                    refuse('data after the end of the archive');
            }
        }
        const stored = numeric(block, 148, 8);
        if (stored === undefined || stored !== checksumOf(block))
            refuse('a header with a wrong checksum');
        const magic = block.subarray(257, 265).toString('latin1');
        const posix = magic === 'ustar\u000000';
        if (!posix && magic !== 'ustar  \u0000')
            refuse('a header without the ustar magic');
        const flag = String.fromCharCode(block[156]);
        const headerSize = numeric(block, 124, 12);
        if (headerSize === undefined)
            refuse('a header with a malformed size');
        const size = headerSize;
        if (flag === 'x' || flag === 'L' || flag === 'K') {
            if (size > MAX_META)
                refuse(`an oversized ${flag === 'x' ? 'pax' : 'long-name'} header (${size} bytes)`);
            const padded = Math.ceil(size / BLOCK) * BLOCK;
            const raw = await reader.read(padded);
            if (raw.length < padded)
                refuse('the archive is truncated inside a header');
            const data = raw.subarray(0, size);
            if (flag === 'x') {
                if (pax)
                    refuse('two pax headers for one entry');
                const records = paxRecords(data);
                if (typeof records === 'string')
                    refuse(records);
                pax = records;
                const bad = [...pax.keys()].find(unsupportedPaxKey);
                if (bad)
                    refuse(`a pax header with "${bad}" (sparse files and GNU extensions are not accepted)`);
            }
            else {
                if ((flag === 'L' ? longName : longLink) !== undefined)
                    refuse('two GNU long names for one entry');
                const end = data.indexOf(0);
                if (end === -1 || !data.subarray(end).every((byte) => byte === 0))
                    refuse('a malformed GNU long name');
                const value = decode(data.subarray(0, end));
                if (value === undefined)
                    refuse('a GNU long name that is not UTF-8');
                if (flag === 'L')
                    longName = value;
                else
                    longLink = value;
            }
            continue;
        }
        index += 1;
        const headerName = decode(field(block, 0, 100));
        const prefix = posix ? decode(field(block, 345, 155)) : '';
        if (headerName === undefined || prefix === undefined)
            refuse('a name that is not UTF-8', '(undecodable)');
        const plainName = prefix ? `${prefix}/${headerName}` : headerName;
        if (pax?.has('path') && longName !== undefined)
            refuse('both a pax path and a GNU long name', plainName);
        const name = pax?.get('path') ?? longName ?? plainName;
        last = entryLabel(index, name);
        const type = ENTRY_TYPES[flag];
        if (!type)
            refuse(`${TYPE_NAMES[flag] ?? `an entry of unknown type ${quoted(flag)}`}: only files, directories and links are restored`, name);
        let entrySize = size;
        const paxSize = pax?.get('size');
        if (paxSize !== undefined) {
            if (!/^[0-9]{1,16}$/.test(paxSize) || (size !== 0 && Number(paxSize) !== size)) {
                refuse('a pax size that disagrees with its header', name);
            }
            entrySize = Number(paxSize);
        }
        const headerLink = decode(field(block, 157, 100));
        if (headerLink === undefined)
            refuse('a link target that is not UTF-8', name);
        if (pax?.has('linkpath') && longLink !== undefined)
            refuse('both a pax linkpath and a GNU long link', name);
        const link = pax?.get('linkpath') ?? longLink ?? headerLink;
        const mode = numeric(block, 100, 8);
        if (mode === undefined)
            refuse('a header with a malformed mode', name);
        const paxMtime = pax?.get('mtime');
        const mtime = paxMtime !== undefined && /^-?[0-9]+(\.[0-9]+)?$/.test(paxMtime)
            ? Math.floor(Number(paxMtime))
            : (numeric(block, 136, 12) ?? 0);
        pax = undefined;
        longName = undefined;
        longLink = undefined;
        const entry = entryOf(index, {
            name,
            type: type,
            size: entrySize,
            link,
            mode: mode,
            mtime,
        });
        let left = entrySize;
        const label = entryLabel(index, name);
        async function* data() {
            while (left > 0) {
                const chunk = await reader.some(Math.min(left, 1024 * 1024));
                if (chunk.length === 0)
                    throw new ArchiveRefusal(label, 'the archive is truncated inside this file');
                left -= chunk.length;
                yield chunk;
            }
        }
        yield { index, entry, data };
        // What the consumer did not read, then the padding to a whole block.
        for await (const _ of data())
            ;
        const padding = (BLOCK - (entrySize % BLOCK)) % BLOCK;
        if ((await reader.read(padding)).length < padding)
            refuse('the archive is truncated inside this file', name);
    }
}
/**
 * The tree an archive describes, checked entry by entry as the archive is read (or written):
 * every parent a directory, no path twice (but a directory), hard links to files already there;
 * `finish()` then resolves every symlink through the others and refuses any that leaves the root.
 */
class TreeCheck {
    nodes = new Map([['', { kind: 'directory', explicit: false }]]);
    links = [];
    /** Entries added. */
    entries = 0;
    /** @throws ArchiveRefusal naming the entry. */
    add(entry, index) {
        const label = entryLabel(index, entry.name);
        const refuse = (reason) => {
            throw new ArchiveRefusal(label, reason);
        };
        const parts = entry.path === '' ? [] : entry.path.split('/');
        for (let depth = 1; depth < parts.length; depth += 1) {
            const parent = parts.slice(0, depth).join('/');
            const node = this.nodes.get(parent);
            if (!node)
                this.nodes.set(parent, { kind: 'directory', explicit: false });
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
        if (entry.type === 'directory')
            this.nodes.set(entry.path, { kind: 'directory', explicit: true });
        else if (entry.type === 'file')
            this.nodes.set(entry.path, { kind: 'file' });
        else if (entry.type === 'hardlink') {
            const target = this.nodes.get(entry.linkTarget);
            if (target?.kind !== 'file') {
                refuse(`a hard link to ${quoted(`./${entry.linkTarget}`)}, which is ${target ? `a ${target.kind}, not a file` : 'not a file earlier in the archive'}`);
            }
            this.nodes.set(entry.path, { kind: 'file' });
        }
        else {
            const target = entry.linkTarget;
            // A quick look now (the full resolution through other links waits for finish()).
            const lexical = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(entry.path), target));
            if (lexical === '..' || lexical.startsWith('../'))
                refuse(`a symlink pointing outside the target (-> ${quoted(target)})`);
            this.nodes.set(entry.path, { kind: 'symlink', target, label });
            this.links.push(entry.path);
        }
        this.entries += 1;
    }
    /** Resolves every symlink through the others, as the kernel would. @throws ArchiveRefusal for one that leaves the root. */
    finish() {
        for (const link of this.links) {
            const node = this.nodes.get(link);
            const hops = { count: 0 };
            const resolved = this.resolve(link.split('/').slice(0, -1), node.target, hops);
            if (resolved === 'loop')
                throw new ArchiveRefusal(node.label, `a loop of symlinks (-> ${quoted(node.target)})`);
            if (resolved === 'outside') {
                throw new ArchiveRefusal(node.label, `a symlink that resolves outside the target through the archive's other links (-> ${quoted(node.target)})`);
            }
        }
    }
    /** Where `target` leads from the directory `from` (components), following the archive's symlinks. */
    resolve(from, target, hops) {
        if (target.startsWith('/'))
            return 'outside';
        const at = [...from];
        for (const part of target.split('/')) {
            if (part === '' || part === '.')
                continue;
            if (part === '..') {
                if (at.length === 0)
                    return 'outside';
                at.pop();
                continue;
            }
            const node = this.nodes.get([...at, part].join('/'));
            if (node?.kind !== 'symlink') {
                at.push(part);
                continue;
            }
            hops.count += 1;
            if (hops.count > MAX_HOPS)
                return 'loop';
            const next = this.resolve(at, node.target, hops);
            if (typeof next === 'string')
                return next;
            at.splice(0, at.length, ...next);
        }
        return at;
    }
}
/** Largest size the 12-byte octal field holds (8 GiB - 1); beyond it the size goes in a pax record. */
const MAX_OCTAL_SIZE = 8 ** 11 - 1;
function writeOctal(block, start, length, value) {
    block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, start, length, 'ascii');
}
const FLAGS = { file: '0', directory: '5', symlink: '2', hardlink: '1' };
function ustarHeader(name, flag, size, mtime, mode, link = '') {
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
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const bodyLength = Buffer.byteLength(body);
    let length = bodyLength;
    while (length !== bodyLength + String(length).length)
        length = bodyLength + String(length).length;
    return `${length}${body}`;
}
const plain = (text) => /^[\x20-\x7e]*$/.test(text) && text.length <= 100;
/**
 * The header of `entry` (POSIX pax, as GNU tar and Python read it): a pax extended header first
 * when the name or link target is longer than 100 bytes or not ASCII, or the size beyond 8 GiB.
 * A file's data and tarPadding(size) follow.
 */
function tarHeader(entry) {
    const flag = FLAGS[entry.type];
    const link = entry.linkTarget ?? '';
    const records = [];
    if (!plain(entry.path))
        records.push(paxRecord('path', entry.path));
    if (!plain(link))
        records.push(paxRecord('linkpath', link));
    if (entry.size > MAX_OCTAL_SIZE)
        records.push(paxRecord('size', String(entry.size)));
    const mode = entry.mode ?? (entry.type === 'directory' ? 0o755 : entry.type === 'symlink' ? 0o777 : 0o644);
    const ascii = (text) => text.replace(/[^\x20-\x7e]/g, '_').slice(0, 100);
    const header = ustarHeader(ascii(entry.path), flag, entry.size > MAX_OCTAL_SIZE ? 0 : entry.size, entry.mtime, mode, ascii(link));
    if (records.length === 0)
        return header;
    const data = Buffer.from(records.join(''), 'utf8');
    const paxName = ascii(`./PaxHeaders/${node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(entry.path)}`);
    return Buffer.concat([
        ustarHeader(paxName, 'x', data.length, entry.mtime, 0o644),
        data,
        tarPadding(data.length),
        header,
    ]);
}
/** Zero bytes that fill a member of `size` bytes up to a whole block. */
function tarPadding(size) {
    return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}
/** The end of a tar stream: two zero blocks. */
const TAR_END = Buffer.alloc(2 * BLOCK);
/** The mode a restored entry gets: as archived, without setuid, setgid, sticky and world-write; the owner keeps access to its directories. */
function restoredMode(entry) {
    const mode = entry.mode & 0o775;
    return entry.type === 'directory' ? mode | 0o700 : mode;
}


/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ runBackup),
/* harmony export */   br: () => (/* binding */ digest),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5593);
/* harmony import */ var _cancel__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1617);
/* harmony import */ var _database_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9054);
/* harmony import */ var _fs_errors__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3750);
/* harmony import */ var _manifest__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6205);
/* harmony import */ var _media__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4443);
/* harmony import */ var _pipe__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1743);
/**
 * One backup: each database dumped, compressed, hashed and written in one pass; verified; then
 * the manifest, last. Any failure removes what was written, so no complete-looking backup is left.
 */










/** Runs the plan. ConfigErrors are rethrown after the partial backup is removed. */
async function runBackup(plan) {
    const startedAt = new Date();
    const steps = [];
    const files = [];
    const databases = [];
    const step = async (id, name, work) => {
        const started = performance.now();
        try {
            const summary = await work();
            steps.push({ id, name, ok: true, summary, durationMs: Math.round(performance.now() - started) });
            return true;
        }
        catch (error) {
            if ((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .isConfigError */ .De)(error))
                throw error;
            const summary = _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_fs_errors__WEBPACK_IMPORTED_MODULE_6__/* .fsReason */ .E)(error) ?? (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .BR)(error).message);
            steps.push({ id, name, ok: false, summary, durationMs: Math.round(performance.now() - started) });
            return false;
        }
    };
    // A cancel removes the partial backup (the signal handler exits before `abandon` would run).
    const forget = (0,_cancel__WEBPACK_IMPORTED_MODULE_4__/* .onCancel */ .Ao)(() => plan.destination.remove(plan.backupId));
    try {
        const names = new Set();
        for (const engine of plan.engines) {
            let label = (0,_database_url__WEBPACK_IMPORTED_MODULE_5__/* .databaseLabel */ .m)(engine.connection);
            while (names.has(label))
                label = `${label}_`;
            names.add(label);
            const ok = await step(`db:${label}`, `Database ${label}`, async () => {
                const file = `${label}.${engine.extension}`;
                const { facts, written } = await dumpDatabase(engine, () => plan.destination.writer(plan.backupId, file), { ms: plan.idleTimeoutSeconds * 1000, what: `the dump of ${engine.connection.display}` });
                files.push({ path: file, ...written });
                databases.push({
                    name: label,
                    engine: engine.connection.engine,
                    file,
                    source: engine.connection.source ?? engine.connection.display,
                    ...facts,
                });
                for (const warning of facts.warnings ?? [])
                    plan.log.warning(warning);
                const tables = facts.rowCountsUnavailable
                    ? `row counts not recorded (${facts.rowCountsUnavailable})`
                    : `${Object.keys(facts.rowCounts).length} tables`;
                const warned = facts.warnings?.length ? `; warning: ${facts.warnings.join('; ')}` : '';
                return `${facts.serverVersion}: ${tables}, ${formatBytes(written.bytes)} compressed${warned}`;
            });
            if (!ok)
                return await abandon(plan, steps);
        }
        let media;
        let mediaWarnings = [];
        const { media: source } = plan;
        if (source) {
            const ok = await step('media', `Media ${source.source}`, async () => {
                const expectedBytes = await source.size();
                const written = await source.archive(await plan.destination.writer(plan.backupId, _media__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA_FILE */ .gO, expectedBytes));
                files.push({ path: _media__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA_FILE */ .gO, bytes: written.bytes, sha256: written.sha256 });
                const { entries, sourceBytes, notes, warnings } = written;
                media = {
                    file: _media__WEBPACK_IMPORTED_MODULE_8__/* .MEDIA_FILE */ .gO,
                    source: source.source,
                    entries,
                    ...(sourceBytes === undefined ? {} : { sourceBytes }),
                    ...(warnings.length ? { warnings } : {}),
                };
                mediaWarnings = warnings;
                return `${entries} entries, ${formatBytes(written.bytes)} compressed${notes.length ? `; ${notes.join('; ')}` : ''}`;
            });
            if (!ok)
                return await abandon(plan, steps);
            if (mediaWarnings.length) {
                const summary = `${mediaWarnings.length} files changed or vanished while read (recorded in the manifest): ${mediaWarnings.slice(0, 3).join('; ')}`;
                steps.push({
                    id: 'media-changed',
                    name: 'Media changed while read',
                    ok: false,
                    warn: true,
                    summary,
                    durationMs: 0,
                });
            }
        }
        const verified = await step('verify', `Verification (${plan.verify})`, () => verify(plan, files, databases, media));
        if (!verified)
            return await abandon(plan, steps);
        const manifest = {
            format: _manifest__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_FORMAT */ .Sn,
            backupId: plan.backupId,
            environment: plan.environment,
            startedAt: startedAt.toISOString(),
            completedAt: new Date().toISOString(),
            gitSha: plan.gitSha,
            imageTag: plan.imageTag,
            repository: plan.repository,
            // The media archive is written by archive.ts (POSIX pax), not by a tar program.
            tools: { zstd: await zstdVersion(), ...(media ? { tar: 'pax (maint-actions)' } : {}) },
            files,
            databases,
            ...(media ? { media } : {}),
            verified: plan.verify,
        };
        let manifestLocation = '';
        const written = await step('manifest', 'Manifest', async () => {
            manifestLocation = await plan.destination.writeManifest(plan.backupId, `${JSON.stringify(manifest, null, 2)}\n`);
            return `written last: ${manifestLocation}`;
        });
        if (!written)
            return await abandon(plan, steps);
        return { steps, manifest, manifestLocation };
    }
    catch (error) {
        await abandon(plan, steps);
        throw error;
    }
    finally {
        forget();
    }
}
/**
 * Dumps one database into the file `output` opens, collecting its facts beside the dump; a failure
 * of either ends the other.
 */
async function dumpDatabase(engine, output, idle) {
    const dump = await engine.open();
    try {
        const stop = new AbortController();
        const facts = dump.facts().catch((error) => {
            stop.abort(error);
            throw error;
        });
        const written = output().then((stream) => (0,_pipe__WEBPACK_IMPORTED_MODULE_9__/* .runPipe */ .Gp)(dump.commands, {
            output: stream,
            signal: stop.signal,
            idle,
            ...(dump.tap ? { tap: (chunk) => dump.tap?.(chunk) } : {}),
        }).catch((error) => {
            // The facts' queries (the snapshot's session) end with the dump.
            stop.abort(error);
            throw error;
        }));
        const [factsOf, writtenOf] = await Promise.all([facts, written]);
        const counted = dump.counted?.();
        return { facts: counted ? { ...factsOf, ...counted } : factsOf, written: writtenOf };
    }
    finally {
        await dump.close();
    }
}
/** Removes the partial backup (best effort: a leftover has no manifest, so it never counts). */
async function abandon(plan, steps) {
    try {
        await plan.destination.remove(plan.backupId);
    }
    catch (error) {
        plan.log.warning(`Could not remove the incomplete backup ${plan.backupId}: ${_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .BR)(error).message)}`);
    }
    return { steps };
}
/** Reads every file back and compares its SHA-256; `list` and `restore` go further per database. */
async function verify(plan, files, databases, media) {
    const open = (file) => plan.destination.reader(plan.backupId, file);
    for (const file of files) {
        const { sha256, bytes } = await digest(await open(file.path));
        if (sha256 !== file.sha256 || bytes !== file.bytes) {
            throw new Error(`checksum mismatch for ${file.path}: wrote ${file.sha256} (${file.bytes} bytes), read back ${sha256} (${bytes} bytes)`);
        }
    }
    const parts = [`${files.length} file${files.length === 1 ? '' : 's'} read back, SHA-256 matches`];
    if (plan.verify === 'checksum')
        return parts.join('; ');
    if (media && plan.verify === 'restore')
        parts.push(await drillMedia(plan, media, () => open(media.file)));
    else if (media) {
        const listing = await (0,_media__WEBPACK_IMPORTED_MODULE_8__/* .listMedia */ .Bl)(await open(media.file));
        if (listing.entries !== media.entries) {
            throw new Error(`the media archive lists ${listing.entries} entries; ${media.entries} were stored`);
        }
        parts.push(`media: ${listing.entries} archive entries`);
    }
    for (const [index, db] of databases.entries()) {
        const engine = plan.engines[index];
        const entries = await engine.list(await open(db.file));
        // An empty database is a valid backup; an archive missing tables the manifest counts is not.
        const tables = Object.keys(db.rowCounts).length;
        if (entries < tables) {
            throw new Error(`the archive of ${db.name} lists ${entries} entries, fewer than the ${tables} tables it should hold`);
        }
        parts.push(`${db.name}: ${entries} archive entries`);
        if (plan.verify !== 'restore')
            continue;
        const started = performance.now();
        const counts = await engine.drill(() => open(db.file));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (db.rowCountsUnavailable) {
            parts.push(`${db.name} restored in ${seconds} s; row counts not compared: ${db.rowCountsUnavailable}`);
            continue;
        }
        const mismatches = (0,_manifest__WEBPACK_IMPORTED_MODULE_7__/* .compareRowCounts */ .OU)(db.rowCounts, counts);
        if (mismatches.length > 0) {
            throw new Error(`restore drill of ${db.name}: row counts differ from the manifest: ${mismatches.slice(0, 5).join('; ')}`);
        }
        parts.push(`${db.name} restored in ${seconds} s, ${Object.keys(counts).length} tables' row counts match`);
    }
    return parts.join('; ');
}
/**
 * The media restore drill: extracts the archive into a scratch folder (refusing unsafe entries as
 * a restore does), compares what is there with the manifest, and removes the folder.
 */
async function drillMedia(plan, media, open) {
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(plan.scratchDir, 'media-drill-'));
    try {
        const started = performance.now();
        const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(scratch, 'media');
        await (0,_media__WEBPACK_IMPORTED_MODULE_8__/* .extractMedia */ .Gp)(open, target);
        const found = await countTree(target);
        if (found.entries !== media.entries) {
            throw new Error(`the media restore drill extracted ${found.entries} entries; ${media.entries} were stored`);
        }
        if (media.sourceBytes !== undefined && found.bytes !== media.sourceBytes) {
            throw new Error(`the media restore drill extracted ${found.bytes} bytes of files; ${media.sourceBytes} were stored`);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        return `media extracted in ${seconds} s: ${found.entries} entries, ${formatBytes(found.bytes)} of files, as stored`;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
    }
}
/** Entries (files, directories, links; links not followed) under `root`, and the bytes of its files. */
async function countTree(root) {
    const all = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(root, { recursive: true, withFileTypes: true });
    let bytes = 0;
    for (const entry of all) {
        if (entry.isFile())
            bytes += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(entry.parentPath, entry.name))).size;
    }
    return { entries: all.length, bytes };
}
/** SHA-256 (hex) and size of everything `stream` gives. */
async function digest(stream) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of stream) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
async function zstdVersion() {
    const result = await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)({ command: 'zstd', args: ['--version'], env: (0,_pipe__WEBPACK_IMPORTED_MODULE_9__/* .toolEnv */ .oW)() });
    return /v(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? result.stdout.trim();
}
/** `1.2 MB`, `340 kB`, `12 B`. */
function formatBytes(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes / 1000;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 1617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ onCancel),
/* harmony export */   Bj: () => (/* binding */ cancelSignal),
/* harmony export */   xH: () => (/* binding */ guardSignals)
/* harmony export */ });
/* unused harmony export CancelledError */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2923);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What a cancelled backup or restore must not leave behind. CI runners end a job with signals
 * (GitHub: SIGINT, then SIGTERM 7.5 s later, then SIGKILL; GitLab: SIGTERM, then SIGKILL), and
 * Node's default for them is to exit on the spot: password files, a partial dump and running
 * dump tools would stay. While a run is guarded, those signals instead end every tool, run the
 * clean-ups registered (password files, the partial backup), let the run report its failure,
 * and exit with 128 + the signal number, as a shell does.
 */

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Raised in the run when a signal ended it. */
class CancelledError extends Error {
    signal;
    name = 'CancelledError';
    constructor(signal) {
        super(`cancelled by ${signal}`);
        this.signal = signal;
    }
}
let controller = new AbortController();
const cleanUps = new Set();
let guards = 0;
let exiting = false;
/** Aborted when a guarded run receives SIGINT, SIGTERM or SIGHUP: every tool listens to it. */
function cancelSignal() {
    return controller.signal;
}
/** Registers `cleanUp` to run if the run is cancelled; returns its removal. */
function onCancel(cleanUp) {
    cleanUps.add(cleanUp);
    return () => {
        cleanUps.delete(cleanUp);
    };
}
/** Longest wait for the clean-ups (an S3 delete) before exiting anyway: well inside GitHub's 7.5 s. */
const CLEANUP_DEADLINE_MS = 5000;
/**
 * Longest time from the signal to the exit, whatever still runs: inside GitHub's 10 s between
 * SIGINT and SIGKILL (SIGTERM comes at 7.5 s and is ignored by then).
 */
const EXIT_DEADLINE_MS = 8000;
async function cancel(signal) {
    if (exiting)
        return;
    exiting = true;
    const started = Date.now();
    const code = 128 + (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[signal] ?? 15);
    // The run unwinds on the abort and reports its failure (the error line, the summary) as it
    // goes, so the process exits once nothing is left to run, with the signal's code whatever the
    // run set (a failed verdict sets 1). Through process.exit, never a natural exit: that one
    // closes the signal handlers first, and GitHub's SIGTERM arriving then would kill the process.
    process.on('beforeExit', () => process.exit(code));
    controller.abort(new CancelledError(signal));
    const all = [...cleanUps];
    // Synchronous clean-ups (local files) are done before anything else can run.
    const pending = all.map((cleanUp) => {
        try {
            return Promise.resolve(cleanUp()).catch(() => undefined);
        }
        catch {
            return Promise.resolve();
        }
    });
    await Promise.race([
        Promise.all(pending),
        new Promise((resolve) => setTimeout(resolve, CLEANUP_DEADLINE_MS).unref()),
    ]);
    // A write that was in flight may have recreated a file: the clean-ups run once more.
    for (const cleanUp of all) {
        try {
            await Promise.race([
                Promise.resolve(cleanUp()).catch(() => undefined),
                new Promise((resolve) => setTimeout(resolve, 1000).unref()),
            ]);
        }
        catch {
            // best effort
        }
    }
    // Something may still hold the process open (a tool that ignores its kill): not past the deadline.
    const left = Math.max(500, EXIT_DEADLINE_MS - (Date.now() - started));
    setTimeout(() => process.exit(code), left).unref();
}
const handlers = new Map(SIGNALS.map((s) => [s, () => void cancel(s)]));
/**
 * Guards a run: until `release` is called, SIGINT, SIGTERM and SIGHUP cancel it as described
 * above. Nested guards share the handlers.
 */
function guardSignals() {
    if (guards === 0) {
        if (controller.signal.aborted && !exiting)
            controller = new AbortController();
        for (const [signal, handler] of handlers)
            process.on(signal, handler);
    }
    guards += 1;
    let released = false;
    return () => {
        if (released)
            return;
        released = true;
        guards -= 1;
        // Once cancelling, the handlers stay until cancel() exits: the run may end (and release) while
        // the clean-ups still run, and a second signal (GitHub's SIGTERM after SIGINT) must not then
        // end the process with them half done.
        if (guards === 0 && !exiting)
            for (const [signal, handler] of handlers)
                process.off(signal, handler);
    };
}


/***/ }),

/***/ 9054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseDatabaseUrl),
/* harmony export */   m: () => (/* binding */ databaseLabel)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5593);
/**
 * Django's database URLs (the forms dj-database-url reads) parsed into a connection. The password
 * is kept apart: it only ever reaches a tool through a 0600 file.
 */


const SCHEMES = {
    postgres: 'postgres',
    postgresql: 'postgres',
    pgsql: 'postgres',
    psql: 'postgres',
    mysql: 'mysql',
    mariadb: 'mysql',
    mysql2: 'mysql',
    sqlite: 'sqlite',
};
/**
 * Parses one URL; `workspace` anchors relative SQLite paths (`sqlite:///db.sqlite3`).
 * @throws ConfigError naming `input`; the message never holds the password.
 */
function parseDatabaseUrl(url, workspace, input = 'database-url') {
    const scheme = /^([a-z0-9+]+):\/\//i.exec(url)?.[1]?.toLowerCase();
    const engine = scheme === undefined ? undefined : SCHEMES[scheme.replace(/\+.*$/, '')];
    if (engine === undefined) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Input "${input}": ${scheme ? `the scheme ${scheme}:// is not supported` : 'a database URL needs a scheme'}; use postgres://, mysql:// or sqlite:///.`, { input });
    }
    if (engine === 'sqlite') {
        const file = url.slice(url.indexOf('://') + 3).replace(/\?.*$/, '');
        if (['', '/', ':memory:', '/:memory:'].includes(file)) {
            throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Input "${input}": sqlite:/// needs the path of the database file.`, { input });
        }
        // As Django's dj-database-url reads it: the path after one slash, so `sqlite:///db.sqlite3` is
        // relative (here to the workspace) and `sqlite:////var/db/app.sqlite3` absolute.
        const database = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, decodeURIComponent(file.replace(/^\//, '')));
        // Recorded as the user wrote it, and shown in the form they used (relative or absolute), so
        // `sqlite:///db.sqlite3` and `sqlite:////srv/db.sqlite3` stay distinguishable. The shown form is
        // not the URL itself: the input is secret, and the runner masks its exact text.
        const written = decodeURIComponent(file.replace(/^\//, ''));
        const relative = !written.startsWith('/');
        return {
            engine,
            database,
            options: {},
            display: relative ? `sqlite: ${written} (relative: ${database})` : `sqlite: ${written}`,
            source: url,
        };
    }
    let parsed;
    try {
        parsed = new URL(url.replace(/^[^:]+/, 'http'));
    }
    catch {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Input "${input}": ${scheme}:// URL is malformed; percent-encode special characters of the password.`, {
            input,
        });
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (database === '' || database.includes('/')) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Input "${input}": the ${scheme}:// URL must name one database, as in ${scheme}://user@host:port/name.`, {
            input,
        });
    }
    const options = Object.fromEntries(parsed.searchParams.entries());
    const user = parsed.username ? decodeURIComponent(parsed.username) : undefined;
    const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
    const host = parsed.hostname ? parsed.hostname.replace(/^\[|\]$/g, '') : undefined;
    const port = parsed.port ? Number(parsed.port) : undefined;
    const who = user ? `${encodeURIComponent(user)}@` : '';
    const where = `${host ?? ''}${port ? `:${port}` : ''}`;
    return {
        engine,
        database,
        host,
        port,
        user,
        password,
        options,
        display: `${engine === 'postgres' ? 'postgres' : 'mysql'}://${who}${where}/${database}`,
    };
}
/** A short name for files and the manifest: the database name, or the SQLite file's name without extension. */
function databaseLabel(connection) {
    const base = connection.engine === 'sqlite'
        ? node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(connection.database).replace(/\.[^.]*$/, '')
        : connection.database;
    return base.replace(/[^A-Za-z0-9_.-]/g, '_') || 'database';
}


/***/ }),

/***/ 3247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pu: () => (/* binding */ parseStamp),
/* harmony export */   e0: () => (/* binding */ MANIFEST),
/* harmony export */   gE: () => (/* binding */ makeDir),
/* harmony export */   iE: () => (/* binding */ stamp),
/* harmony export */   iG: () => (/* binding */ localDestination)
/* harmony export */ });
/* unused harmony export readLocal */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Where backups are kept. A backup is a folder `<environment>/<timestamp>-<short-sha>/` of files;
 * its `manifest.json`, written last and atomically, marks it complete.
 */



const MANIFEST = 'manifest.json';
/** `20250102T030405Z` for a date (UTC, sortable, safe in paths and keys). */
function stamp(date) {
    return date
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
}
/** The date of a backup folder name `<stamp>-<sha>`, or undefined for foreign names. */
function parseStamp(name) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-[A-Za-z0-9]+)?$/.exec(name);
    if (!m)
        return undefined;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}
/** A directory on this machine (also the `artifact` destination, under the report directory). */
function localDestination(root) {
    const folder = (backupId) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ...backupId.split('/'));
    return {
        locate: (backupId, file) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder(backupId), file),
        async writer(backupId, file) {
            await makeDir(folder(backupId));
            // Private to the owner: a backup holds every row of the database.
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder(backupId), file), { flags: 'wx', mode: 0o600 });
        },
        async reader(backupId, file) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder(backupId), file);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target);
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(target);
        },
        async writeManifest(backupId, json) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder(backupId), MANIFEST);
            const temp = `${target}.tmp`;
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w', 0o600);
            try {
                await handle.writeFile(json);
                await handle.sync();
            }
            finally {
                await handle.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
            return target;
        },
        async list(environment) {
            const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, environment);
            const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }).catch(() => []);
            const backups = [];
            for (const entry of entries) {
                const createdAt = entry.isDirectory() ? parseStamp(entry.name) : undefined;
                if (!createdAt)
                    continue;
                const complete = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, entry.name, MANIFEST)).then(() => true, () => false);
                backups.push({ id: `${environment}/${entry.name}`, createdAt, complete });
            }
            return backups;
        },
        async remove(backupId) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder(backupId), MANIFEST), { force: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(folder(backupId), { recursive: true, force: true });
        },
    };
}
/**
 * `mkdir -p` with private (0700) new folders. Node reports a refused `mkdir -p` as ENOENT of the
 * deepest folder; this names the folder that could not be made and why (EACCES, EROFS ...).
 */
async function makeDir(dir) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true, mode: 0o700 });
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        // Make each missing folder from the top, so the one that fails gives its own error.
        const missing = [];
        let at = dir;
        while (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(at).then(() => true, () => false))) {
            missing.unshift(at);
            const up = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(at);
            if (up === at)
                break;
            at = up;
        }
        for (const folder of missing)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(folder, { mode: 0o700 }).catch((e) => {
                if (e.code !== 'EEXIST')
                    throw e;
            });
    }
}
/** Reads a local manifest file. */
function readLocal(file) {
    return readFile(file, 'utf8');
}


/***/ }),

/***/ 2193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ compress),
/* harmony export */   K_: () => (/* binding */ PACKAGES),
/* harmony export */   LX: () => (/* binding */ lineCounter),
/* harmony export */   U2: () => (/* binding */ scratchName),
/* harmony export */   a$: () => (/* binding */ DatabaseError),
/* harmony export */   g7: () => (/* binding */ collector),
/* harmony export */   mF: () => (/* binding */ decompress),
/* harmony export */   qI: () => (/* binding */ runTool)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5593);
/* harmony import */ var _cancel__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1617);
/* harmony import */ var _pipe__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1743);
/** What every database engine offers the backup, the verification and the restore. */




/**
 * `zstd` compressing stdin to stdout at its fastest standard level (`-1`) with every core (`-T0`):
 * on a dump of ordinary rows it took half the CPU of `-3` for an archive as small.
 */
function compress(files = []) {
    return { command: 'zstd', args: ['-q', '-c', '-1', '-T0', ...files] };
}
/** `zstd` decompressing stdin to stdout. */
const decompress = { command: 'zstd', args: ['-q', '-d', '-c'] };
/** Packages providing the tools, for ToolMissingError hints. */
const PACKAGES = {
    zstd: 'apt-get install zstd',
    pg_dump: 'apt-get install postgresql-client',
    pg_restore: 'apt-get install postgresql-client',
    psql: 'apt-get install postgresql-client',
    'mariadb-dump': 'apt-get install mariadb-client',
    mariadb: 'apt-get install mariadb-client',
    python3: 'apt-get install python3',
    tar: 'apt-get install tar',
};
/** A tool's failure: what it was doing, and the end of its stderr (redacted). */
class DatabaseError extends Error {
    name = 'DatabaseError';
}
/**
 * Runs a tool to completion and resolves with its stdout. @throws ToolMissingError when it is not
 * installed, DatabaseError (with `what` and its stderr) when it fails or times out.
 */
async function runTool(command, args, env, what, options = {}) {
    try {
        const result = await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .runProcess */ .R3)({
            command,
            args,
            env: (0,_pipe__WEBPACK_IMPORTED_MODULE_3__/* .toolEnv */ .oW)(env),
            timeoutMs: options.timeoutMs,
            input: options.input,
            signal: (0,_cancel__WEBPACK_IMPORTED_MODULE_2__/* .cancelSignal */ .Bj)(),
        });
        if (result.exitCode === 0)
            return result.stdout;
        const how = result.timedOut
            ? 'timed out'
            : `failed (${command} exited with ${result.exitCode ?? result.signal})`;
        const detail = _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .secrets */ .O3.redact(result.stderr.trim().split('\n').slice(-3).join(' '));
        throw new DatabaseError(`${what} ${how}${detail ? `: ${detail}` : ''}`);
    }
    catch (error) {
        if (error instanceof _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .CommandNotFoundError */ .v$)
            throw error.toToolMissing(PACKAGES[command] ?? `install ${command}`);
        throw error;
    }
}
/** A Writable keeping the last `limit` characters of text written to it. */
function collector(limit = 1024 * 1024) {
    let text = '';
    const sink = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Writable({
        write(chunk, _encoding, callback) {
            text = (text + chunk.toString('utf8')).slice(-limit);
            callback();
        },
    });
    return Object.assign(sink, { text: () => text });
}
/** `a_drill_1f2e3d`: a scratch database name that fits identifier limits. */
function scratchName(database) {
    const suffix = `_drill_${Math.random().toString(16).slice(2, 8)}`;
    return `${database.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 50)}${suffix}`;
}
/** A Writable counting the lines of text written to it that start with `prefix` (bounded memory). */
function lineCounter(prefix) {
    let count = 0;
    let partial = '';
    const sink = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Writable({
        write(chunk, _encoding, callback) {
            const lines = (partial + chunk.toString('latin1')).split('\n');
            partial = (lines.pop() ?? '').slice(0, prefix.length);
            for (const line of lines)
                if (line.startsWith(prefix))
                    count += 1;
            callback();
        },
        final(callback) {
            if (partial.startsWith(prefix))
                count += 1;
            callback();
        },
    });
    return Object.assign(sink, { count: () => count });
}


/***/ }),

/***/ 5093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ engineFor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5593);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/pipe.ts
var pipe = __webpack_require__(1743);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/engines/engine.ts
var engine = __webpack_require__(2193);
;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/engines/mysql-rows.ts
/**
 * Row counts read from a `mariadb-dump`/`mysqldump` stream as it passes, so the manifest counts
 * exactly the rows the dump holds: MySQL cannot share a `--single-transaction` snapshot with
 * another session, and counts read beside the dump describe another moment on a live database.
 *
 * The dump's shape: `CREATE TABLE \`t\` (` starts a table (0 rows); each extended
 * `INSERT INTO \`t\` VALUES (...),(...);` (MariaDB 10.11: a row a line after `VALUES`) adds one
 * row per top-level parenthesis, strings being
 * single-quoted with backslash escapes (or doubled quotes). Statements between `DELIMITER ;;` and
 * `DELIMITER ;` (triggers, routines, events) are skipped: their bodies may hold INSERTs.
 */
/** Longest line start kept to recognise a statement (a table name is at most 64 characters). */
const HEAD_LIMIT = 4096;
const CREATE = /^CREATE TABLE `((?:[^`]|``)+)` \($/;
const INSERT = /^INSERT (?:IGNORE )?INTO `((?:[^`]|``)+)`(?: \((?:[^()'`]|`(?:[^`]|``)*`)*\))? VALUES ?$/;
var Mode;
(function (Mode) {
    /** At the start of a line or in a line that is not an INSERT. */
    Mode[Mode["Line"] = 0] = "Line";
    /** Inside an INSERT's values, outside a string. */
    Mode[Mode["Values"] = 1] = "Values";
    /** Inside a quoted string of an INSERT. */
    Mode[Mode["Text"] = 2] = "Text";
    /** Just after a backslash in a string. */
    Mode[Mode["Escape"] = 3] = "Escape";
    /** Just after a quote in a string: the end of it, or the first of a doubled quote. */
    Mode[Mode["Quote"] = 4] = "Quote";
})(Mode || (Mode = {}));
function mysqlRowCounter() {
    const counts = {};
    let unavailable;
    let mode = Mode.Line;
    /** The current line's start (Line mode), and whether it is still being collected. */
    let head = '';
    let collecting = true;
    let inRoutines = false;
    let table = '';
    let depth = 0;
    const unname = (quoted) => quoted.replace(/``/g, '`');
    /** Looks at a line start; true when it opened an INSERT's values. */
    const recognise = (text) => {
        if (text.startsWith('DELIMITER ')) {
            inRoutines = text.trim() !== 'DELIMITER ;';
            return false;
        }
        if (inRoutines)
            return false;
        const create = CREATE.exec(text);
        if (create?.[1] !== undefined) {
            counts[unname(create[1])] ??= 0;
            return false;
        }
        const insert = INSERT.exec(text);
        if (insert?.[1] !== undefined) {
            table = unname(insert[1]);
            counts[table] ??= 0;
            depth = 0;
            return true;
        }
        return false;
    };
    return {
        write(chunk) {
            if (unavailable)
                return;
            for (let i = 0; i < chunk.length; i++) {
                const byte = chunk[i];
                switch (mode) {
                    case Mode.Line:
                        if (byte === 0x0a) {
                            // MariaDB 10.11 writes `INSERT INTO \`t\` VALUES` and then a row a line.
                            if (collecting && recognise(head))
                                mode = Mode.Values;
                            head = '';
                            collecting = true;
                        }
                        else if (collecting) {
                            head += String.fromCharCode(byte);
                            if (head.endsWith(' VALUES ') && recognise(head)) {
                                mode = Mode.Values;
                                head = '';
                            }
                            else if (head.length > HEAD_LIMIT) {
                                if (!inRoutines && head.startsWith('INSERT ')) {
                                    unavailable = 'an INSERT statement of the dump has a form the row counter does not read';
                                    return;
                                }
                                collecting = false;
                            }
                            else if (head.length === 7 &&
                                head !== 'INSERT ' &&
                                !head.startsWith('DELIMI') &&
                                !head.startsWith('CREATE')) {
                                // Not a statement the counter reads: skip to the end of the line.
                                collecting = false;
                            }
                        }
                        break;
                    case Mode.Values:
                        if (byte === 0x27)
                            mode = Mode.Text;
                        else if (byte === 0x28) {
                            depth += 1;
                            if (depth === 1)
                                counts[table] = (counts[table] ?? 0) + 1;
                        }
                        else if (byte === 0x29)
                            depth -= 1;
                        else if (byte === 0x3b && depth === 0) {
                            mode = Mode.Line;
                            collecting = false;
                        }
                        break;
                    case Mode.Text:
                        if (byte === 0x5c)
                            mode = Mode.Escape;
                        else if (byte === 0x27)
                            mode = Mode.Quote;
                        break;
                    case Mode.Escape:
                        mode = Mode.Text;
                        break;
                    case Mode.Quote:
                        if (byte === 0x27)
                            mode = Mode.Text;
                        else {
                            mode = Mode.Values;
                            i -= 1;
                        }
                        break;
                }
            }
        },
        result() {
            if (!unavailable && mode !== Mode.Line)
                unavailable = 'the dump ended inside an INSERT statement';
            return unavailable ? { rowCounts: {}, rowCountsUnavailable: unavailable } : { rowCounts: counts };
        },
    };
}

;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/engines/mysql.ts
/**
 * MySQL and MariaDB: `mariadb-dump` (else `mysqldump`) with `--single-transaction`, routines,
 * triggers and events; restored with the `mariadb` (else `mysql`) client. The password reaches
 * the tools only through a 0600 `--defaults-extra-file`, always their first argument.
 */






/** An option-file value, double-quoted with `\` and `"` escaped. */
function optionValue(value) {
    return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
/** `[client]` options of `connection`, written to a 0600 file of `privateDir`; resolves with its path. */
async function defaultsFile(connection, ctx, tag) {
    const lines = ['[client]'];
    if (connection.user !== undefined)
        lines.push(`user=${optionValue(connection.user)}`);
    if (connection.password !== undefined)
        lines.push(`password=${optionValue(connection.password)}`);
    if (connection.host !== undefined)
        lines.push(`host=${optionValue(connection.host)}`, 'protocol=TCP');
    if (connection.port !== undefined)
        lines.push(`port=${connection.port}`);
    const ssl = connection.options.ssl ?? connection.options['ssl-mode'];
    if (ssl && /^(true|1|required|verify_ca|verify_identity)$/i.test(ssl))
        lines.push('ssl');
    // Only the command-line client knows a connect timeout; it connects first, so it is enough.
    lines.push('[mysql]', `connect-timeout=${ctx.connectTimeoutSeconds}`);
    const file = external_node_path_default().join(ctx.privateDir, `my-${tag}.cnf`);
    await (0,promises_.writeFile)(file, `${lines.join('\n')}\n`, { mode: 0o600 });
    return file;
}
const quoteName = (name) => `\`${name.replace(/`/g, '``')}\``;
function mysqlEngine(connection, ctx) {
    let optionsPromise;
    const options = () => {
        optionsPromise ??= defaultsFile(connection, ctx, `${Date.now()}`);
        return optionsPromise;
    };
    const tool = async (mariadb, mysql) => (await (0,src/* which */.K7)(mariadb, ctx.env)) ? mariadb : mysql;
    const timeoutMs = (ctx.connectTimeoutSeconds + 60) * 1000;
    const query = async (sql, database, what, file) => (0,engine/* runTool */.qI)(await tool('mariadb', 'mysql'), [`--defaults-extra-file=${file ?? (await options())}`, '-N', '-B', '-e', sql, database], ctx.env, what, { timeoutMs });
    const tables = async (database, file) => (await query("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY 1", database, `connecting to ${connection.display}`, file))
        .split('\n')
        .filter((t) => t !== '');
    const rowCounts = async (database, file) => {
        const names = await tables(database, file);
        if (names.length === 0)
            return {};
        const sql = names
            .map((t) => `SELECT ${JSON.stringify(t)}, COUNT(*) FROM ${quoteName(t)}`)
            .join(' UNION ALL ');
        const counts = {};
        for (const line of (await query(sql, database, `counting the rows of ${database}`, file)).split('\n')) {
            const [table, count] = line.split('\t');
            if (table && count !== undefined)
                counts[table] = Number(count);
        }
        return counts;
    };
    const client = async (database, file) => ({
        command: await tool('mariadb', 'mysql'),
        args: [`--defaults-extra-file=${file ?? (await options())}`, database],
        env: ctx.env,
    });
    return {
        connection,
        extension: 'sql.zst',
        async open() {
            const version = (await query('SELECT VERSION()', connection.database, `connecting to ${connection.display}`)).trim();
            const dump = await tool('mariadb-dump', 'mysqldump');
            const client = (await (0,engine/* runTool */.qI)(dump, ['--version'], ctx.env, `${dump} --version`)).trim();
            const names = await tables(connection.database);
            const migrations = names.includes('django_migrations')
                ? (await query("SELECT CONCAT(app, '.', name) FROM django_migrations ORDER BY id", connection.database, 'reading django_migrations'))
                    .split('\n')
                    .filter((m) => m !== '')
                : [];
            // Tables of engines without transactions are read as they are when the dump reaches them,
            // outside the --single-transaction snapshot.
            const loose = (await query("SELECT CONCAT(t.table_name, ' (', t.engine, ')') FROM information_schema.tables t JOIN information_schema.engines e ON e.engine = t.engine WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND e.transactions <> 'YES' ORDER BY 1", connection.database, 'looking for tables without transactions'))
                .split('\n')
                .filter((t) => t !== '');
            const warnings = loose.length
                ? [
                    `${connection.display}: ${loose.length} table${loose.length === 1 ? '' : 's'} without transactions (${loose.join(', ')}) ${loose.length === 1 ? 'is' : 'are'} not covered by the dump's consistent snapshot: rows written to ${loose.length === 1 ? 'it' : 'them'} during the dump may or may not be in it`,
                ]
                : [];
            // The row counts are read from the dump stream itself (the manifest describes the dump,
            // not a moment beside it): MySQL cannot share a --single-transaction snapshot.
            const counter = mysqlRowCounter();
            const facts = {
                serverVersion: /mariadb/i.test(version) ? `MariaDB ${version}` : `MySQL ${version}`,
                tool: client.replace(/^.*?(Ver|Distrib)\s+/, `${dump} `),
                rowCounts: {},
                migrations,
                ...(warnings.length ? { warnings } : {}),
            };
            const args = [
                `--defaults-extra-file=${await options()}`,
                '--single-transaction',
                '--routines',
                '--triggers',
                '--events',
                '--hex-blob',
                '--no-tablespaces',
                connection.database,
            ];
            return {
                commands: [{ command: dump, args, env: ctx.env }, (0,engine/* compress */.Bc)()],
                facts: async () => facts,
                tap: (chunk) => counter.write(chunk),
                counted: () => counter.result(),
                close: async () => undefined,
            };
        },
        async list(input) {
            const tables = (0,engine/* lineCounter */.LX)('CREATE TABLE ');
            await (0,pipe/* runPipe */.Gp)([engine/* decompress */.mF], { input, output: tables });
            return tables.count();
        },
        async contents(target) {
            const file = await defaultsFile(target, ctx, `check-${Date.now()}`);
            const counts = await rowCounts(target.database, file);
            const values = Object.values(counts);
            return { tables: values.length, rows: values.reduce((a, b) => a + b, 0) };
        },
        async restore(input, target) {
            const file = await defaultsFile(target, ctx, `target-${Date.now()}`);
            await (0,pipe/* runPipe */.Gp)([engine/* decompress */.mF, await client(target.database, file)], { input, output: (0,engine/* collector */.g7)() });
            return rowCounts(target.database, file);
        },
        async drill(open) {
            const scratch = (0,engine/* scratchName */.U2)(connection.database);
            await query(`CREATE DATABASE ${quoteName(scratch)}`, connection.database, `creating the scratch database ${scratch}`);
            try {
                await (0,pipe/* runPipe */.Gp)([engine/* decompress */.mF, await client(scratch)], { input: await open(), output: (0,engine/* collector */.g7)() });
                return await rowCounts(scratch);
            }
            finally {
                await query(`DROP DATABASE IF EXISTS ${quoteName(scratch)}`, connection.database, `dropping ${scratch}`);
            }
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/cancel.ts
var cancel = __webpack_require__(1617);
;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/engines/psql-session.ts
/**
 * One `psql` process kept open for several queries, so they share a session and its transaction
 * (the snapshot a dump reads). Queries are written to its stdin one at a time; each answer ends at
 * an `\echo`ed marker line.
 */






const STDERR_TAIL = 2000;
/** Starts `psql` on `database` with the libpq environment `env`; it connects on the first query. */
function startPsql(database, env) {
    const child = (0,external_node_child_process_.spawn)('psql', ['-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-d', database], {
        env: (0,pipe/* toolEnv */.oW)(env),
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    const onCancel = () => kill(child);
    (0,cancel/* cancelSignal */.Bj)().addEventListener('abort', onCancel, { once: true });
    child.once('close', () => (0,cancel/* cancelSignal */.Bj)().removeEventListener('abort', onCancel));
    const marker = `__maint_${(0,external_node_crypto_.randomBytes)(6).toString('hex')}__`;
    let stdout = '';
    let stderr = '';
    /** Why the session cannot answer any more: the tool is missing, or how psql ended. */
    let ended;
    let pending;
    let queue = Promise.resolve();
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk) => {
        stdout += chunk;
        const at = stdout.indexOf(`${marker}\n`);
        if (at === -1 || !pending)
            return;
        const out = stdout.slice(0, at);
        stdout = stdout.slice(at + marker.length + 1);
        pending.answer(out);
    });
    child.stderr?.on('data', (chunk) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    // EPIPE when psql already exited: its exit tells why.
    child.stdin?.on('error', () => undefined);
    const exited = new Promise((resolve) => {
        const end = (why) => {
            ended ??= why;
            if (pending)
                pending.fail(ended(pending.what));
            resolve();
        };
        child.once('error', (error) => {
            const missing = error.code === 'ENOENT';
            end(() => (missing ? new src/* CommandNotFoundError */.v$('psql').toToolMissing(engine/* PACKAGES */.K_.psql ?? '') : error));
        });
        child.once('close', (code, signal) => {
            const detail = src/* secrets */.O3.redact(stderr.trim().split('\n').slice(-3).join(' '));
            end((what) => new engine/* DatabaseError */.a$(`${what} failed (psql ${signal ? `was killed by ${signal}` : `exited with ${code}`})${detail ? `: ${detail}` : ''}`));
        });
    });
    const run = (sql, what, timeoutMs) => new Promise((resolve, reject) => {
        if (ended)
            return reject(ended(what));
        const timer = setTimeout(() => {
            pending = undefined;
            reject(new engine/* DatabaseError */.a$(`${what} timed out`));
            kill(child);
        }, timeoutMs);
        const settle = () => {
            clearTimeout(timer);
            pending = undefined;
        };
        pending = {
            what,
            answer: (out) => {
                settle();
                resolve(out);
            },
            fail: (error) => {
                settle();
                reject(error);
            },
        };
        child.stdin?.write(`${sql};\n\\echo ${marker}\n`);
    });
    return {
        query(sql, what, timeoutMs) {
            const result = queue.then(() => run(sql, what, timeoutMs));
            queue = result.catch(() => undefined);
            return result;
        },
        async close() {
            // An answer still running is not wanted any more (the dump failed): no need to wait for it.
            if (pending)
                kill(child);
            child.stdin?.end();
            const timer = setTimeout(() => kill(child), 5000);
            await exited;
            clearTimeout(timer);
        },
    };
}
function kill(child) {
    if (child.exitCode === null && child.signalCode === null)
        child.kill('SIGKILL');
}

;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/engines/postgres.ts
/**
 * PostgreSQL: `pg_dump -Fc -Z0` (zstd compresses, faster than pg_dump's own zlib) and
 * `pg_restore`. The dump reads a snapshot exported by a `psql` session, in which the manifest's
 * facts are read too. The password reaches the tools only through a 0600 PGPASSFILE.
 */






/** Exact row counts of every table, in one statement (`schema.table<TAB>count`). */
const ROW_COUNTS_SQL = `SELECT format('%I.%I', n.nspname, c.relname),
  (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
ORDER BY 1`;
/** Whether Django's migration table exists: the query below fails to parse without it. */
const HAS_MIGRATIONS_SQL = "SELECT to_regclass('django_migrations') IS NOT NULL";
const MIGRATIONS_SQL = `SELECT string_agg(app || '.' || name, E'\\n' ORDER BY id) FROM django_migrations`;
/** `host:port:database:user:password` with `:` and `\` escaped, as libpq reads it. */
function pgpassLine(user, password) {
    const quote = (value) => value.replace(/[\\:]/g, (c) => `\\${c}`);
    return `*:*:*:${quote(user)}:${quote(password)}\n`;
}
/** The libpq environment of `connection` (its password in a 0600 file of `privateDir`). */
async function libpqEnv(connection, ctx, tag) {
    const env = {
        ...ctx.env,
        PGPASSWORD: undefined,
        PGHOST: connection.host,
        PGPORT: connection.port === undefined ? undefined : String(connection.port),
        PGUSER: connection.user,
        PGDATABASE: connection.database,
        PGCONNECT_TIMEOUT: String(ctx.connectTimeoutSeconds),
        PGAPPNAME: 'maint-actions backup-before-deploy',
    };
    const sslmode = connection.options.sslmode;
    if (sslmode)
        env.PGSSLMODE = sslmode;
    if (connection.password !== undefined) {
        const file = external_node_path_default().join(ctx.privateDir, `pgpass-${tag}`);
        await (0,promises_.writeFile)(file, pgpassLine(connection.user ?? '', connection.password), { mode: 0o600 });
        env.PGPASSFILE = file;
    }
    return env;
}
/** Row counts from the `schema.table<TAB>count` lines of ROW_COUNTS_SQL. */
function parseCounts(out) {
    const counts = {};
    for (const line of out.split('\n')) {
        const [table, count] = line.split('\t');
        if (table && count !== undefined)
            counts[table] = Number(count);
    }
    return counts;
}
/** `15.18` from `pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)`. */
function toolVersion(output) {
    return /\)\s+(\d+(?:\.\d+)*)/.exec(output)?.[1] ?? output.trim();
}
/** The major version of a version number (`150018` -> 15, `9.6.24` -> 9.6 is treated as 9). */
function majorOf(versionNum) {
    return Math.floor(versionNum / 10000);
}
function postgresEngine(connection, ctx) {
    let envPromise;
    const env = () => {
        envPromise ??= libpqEnv(connection, ctx, `${connection.database}-${Date.now()}`);
        return envPromise;
    };
    const timeoutMs = (ctx.connectTimeoutSeconds + 60) * 1000;
    /** Counting every row reads every table: as long as a dump may take. */
    const countTimeoutMs = 6 * 60 * 60_000;
    const psql = async (sql, database, what, target = env) => (0,engine/* runTool */.qI)('psql', ['-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-d', database, '-c', sql], await target(), what, {
        timeoutMs,
    });
    const rowCounts = async (database, target = env) => parseCounts(await psql(ROW_COUNTS_SQL, database, `counting the rows of ${database}`, target));
    const restoreArgs = ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges'];
    return {
        connection,
        extension: 'pgdump.zst',
        async open() {
            const where = connection.display;
            const libpq = await env();
            // The session holds the snapshot pg_dump reads (--snapshot), so the manifest's row counts,
            // taken in it while the dump runs, are those of the dump whatever is written meanwhile.
            const session = startPsql(connection.database, libpq);
            try {
                const [versions, snapshot, clientOut] = await Promise.all([
                    session.query("SELECT current_setting('server_version_num') || E'\\t' || current_setting('server_version')", `connecting to ${where}`, timeoutMs),
                    session
                        .query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY', 'starting a transaction', timeoutMs)
                        .then(() => session.query('SELECT pg_export_snapshot()', 'exporting a snapshot', timeoutMs)),
                    (0,engine/* runTool */.qI)('pg_dump', ['--version'], libpq, 'pg_dump --version'),
                ]);
                const [serverNum, serverVersion] = versions.trim().split('\t');
                const client = toolVersion(clientOut);
                const serverMajor = majorOf(Number(serverNum));
                if (Number.parseInt(client, 10) < serverMajor) {
                    throw new src/* ConfigError */.xL(`pg_dump ${client} is older than the PostgreSQL ${serverVersion} server of ${where}: install postgresql-client-${serverMajor}.`);
                }
                return {
                    commands: [
                        {
                            command: 'pg_dump',
                            args: [
                                '-Fc',
                                '-Z0',
                                '--no-password',
                                `--snapshot=${snapshot.trim()}`,
                                '-d',
                                connection.database,
                            ],
                            env: libpq,
                        },
                        (0,engine/* compress */.Bc)(),
                    ],
                    async facts() {
                        const hasMigrations = (await session.query(HAS_MIGRATIONS_SQL, 'looking for django_migrations', timeoutMs)).trim() ===
                            't';
                        const migrations = hasMigrations
                            ? (await session.query(MIGRATIONS_SQL, 'reading django_migrations', timeoutMs)).trim()
                            : '';
                        const counts = await session.query(ROW_COUNTS_SQL, `counting the rows of ${connection.database}`, countTimeoutMs);
                        return {
                            serverVersion: `PostgreSQL ${(serverVersion ?? '').split(' ')[0]}`,
                            tool: `pg_dump ${client}`,
                            rowCounts: parseCounts(counts),
                            migrations: migrations ? migrations.split('\n') : [],
                        };
                    },
                    close: () => session.close(),
                };
            }
            catch (error) {
                await session.close();
                throw error;
            }
        },
        async list(input) {
            const out = (0,engine/* collector */.g7)();
            await (0,pipe/* runPipe */.Gp)([engine/* decompress */.mF, { command: 'pg_restore', args: ['--list'], env: await env() }], {
                input,
                output: out,
            });
            return out
                .text()
                .split('\n')
                .filter((line) => line.trim() !== '' && !line.startsWith(';')).length;
        },
        async contents(target) {
            const tenv = await libpqEnv(target, ctx, `check-${Date.now()}`);
            const values = Object.values(await rowCounts(target.database, async () => tenv));
            return { tables: values.length, rows: values.reduce((a, b) => a + b, 0) };
        },
        async restore(input, target) {
            const targetEnv = () => libpqEnv(target, ctx, `target-${Date.now()}`);
            const tenv = await targetEnv();
            await (0,pipe/* runPipe */.Gp)([engine/* decompress */.mF, { command: 'pg_restore', args: [...restoreArgs, '-d', target.database], env: tenv }], {
                input,
                output: (0,engine/* collector */.g7)(),
            });
            return rowCounts(target.database, async () => tenv);
        },
        async drill(open) {
            const scratch = (0,engine/* scratchName */.U2)(connection.database);
            await psql(`CREATE DATABASE "${scratch}"`, connection.database, `creating the scratch database ${scratch}`);
            try {
                await (0,pipe/* runPipe */.Gp)([engine/* decompress */.mF, { command: 'pg_restore', args: [...restoreArgs, '-d', scratch], env: await env() }], {
                    input: await open(),
                    output: (0,engine/* collector */.g7)(),
                });
                return await rowCounts(scratch);
            }
            finally {
                await psql(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`, connection.database, `dropping ${scratch}`);
            }
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/engines/sqlite.ts
/**
 * SQLite: Python's `sqlite3` online backup API (consistent while the application writes, unlike
 * a file copy) into a private scratch file, which zstd then compresses. Restores decompress
 * beside the target and replace it atomically.
 */







/** The Debian interpreter (its `sqlite3` module is always there). */
const PYTHON = '/usr/bin/python3';
/**
 * `backup SRC DST` copies SRC with the online backup API then inspects DST; `inspect DB` only
 * inspects. Prints JSON: version, integrity, rowCounts, migrations.
 */
const SCRIPT = `
import json, sqlite3, sys, urllib.parse
mode, path = sys.argv[1], sys.argv[2]
if mode == 'backup':
    source = sqlite3.connect('file:' + urllib.parse.quote(path) + '?mode=ro', uri=True)
    db = sqlite3.connect(sys.argv[3])
    source.backup(db)
    source.close()
else:
    db = sqlite3.connect('file:' + urllib.parse.quote(path) + '?mode=ro', uri=True)
integrity = db.execute('PRAGMA integrity_check').fetchone()[0]
tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
counts = {t: db.execute('SELECT count(*) FROM "%s"' % t.replace('"', '""')).fetchone()[0] for t in tables}
migrations = []
if 'django_migrations' in tables:
    migrations = [a + '.' + n for a, n in db.execute('SELECT app, name FROM django_migrations ORDER BY id')]
print(json.dumps({'version': sqlite3.sqlite_version, 'integrity': integrity, 'rowCounts': counts, 'migrations': migrations}))
`;
async function python(ctx, args, what) {
    const out = await (0,engine/* runTool */.qI)(PYTHON, ['-c', SCRIPT, ...args], ctx.env, what, { timeoutMs: 30 * 60_000 });
    const result = JSON.parse(out);
    if (result.integrity !== 'ok')
        throw new engine/* DatabaseError */.a$(`${what}: integrity check failed: ${result.integrity}`);
    return result;
}
function sqliteEngine(connection, ctx) {
    const copy = external_node_path_default().join(ctx.privateDir, `${external_node_path_default().basename(connection.database)}-${Date.now()}.backup`);
    /** Decompresses `input` into `file`; resolves with its inspection. */
    const unpack = async (input, file, what) => {
        await (0,pipe/* runPipe */.Gp)([engine/* decompress */.mF], { input, output: (0,external_node_fs_.createWriteStream)(file, { mode: 0o600 }) });
        return python(ctx, ['inspect', file], what);
    };
    return {
        connection,
        extension: 'sqlite3.zst',
        async open() {
            if (!(0,external_node_fs_.existsSync)(connection.database)) {
                throw new src/* ConfigError */.xL(`Input "database-url": the SQLite database ${connection.database} does not exist.`, {
                    input: 'database-url',
                });
            }
            const facts = await python(ctx, ['backup', connection.database, copy], `backing up ${connection.database}`);
            return {
                commands: [(0,engine/* compress */.Bc)([copy])],
                facts: async () => ({
                    serverVersion: `SQLite ${facts.version}`,
                    tool: `python3 sqlite3 backup API (SQLite ${facts.version})`,
                    rowCounts: facts.rowCounts,
                    migrations: facts.migrations,
                }),
                close: () => (0,promises_.rm)(copy, { force: true }),
            };
        },
        async list(input) {
            const file = external_node_path_default().join(ctx.privateDir, `list-${Date.now()}.sqlite3`);
            try {
                return Object.keys((await unpack(input, file, 'listing the SQLite backup')).rowCounts).length;
            }
            finally {
                await (0,promises_.rm)(file, { force: true });
            }
        },
        async contents(target) {
            const found = await (0,promises_.stat)(target.database).catch(() => undefined);
            if (!found)
                return undefined;
            if (found.size === 0)
                return { tables: 0, rows: 0 };
            const values = Object.values((await python(ctx, ['inspect', target.database], `reading ${target.database}`)).rowCounts);
            return { tables: values.length, rows: values.reduce((a, b) => a + b, 0) };
        },
        async restore(input, target) {
            const temp = `${target.database}.restoring-${process.pid}`;
            const forget = (0,cancel/* onCancel */.Ao)(() => (0,external_node_fs_.rmSync)(temp, { force: true }));
            try {
                // The restored file keeps the mode of the one it replaces (the application may read it
                // as another user); a new one is private to its owner.
                const before = await (0,promises_.stat)(target.database).catch(() => undefined);
                const inspection = await unpack(input, temp, 'checking the restored SQLite database');
                if (before)
                    await (0,promises_.chmod)(temp, before.mode & 0o777);
                await (0,promises_.rm)(`${target.database}-wal`, { force: true });
                await (0,promises_.rm)(`${target.database}-shm`, { force: true });
                await (0,promises_.rename)(temp, target.database);
                return inspection.rowCounts;
            }
            finally {
                forget();
                await (0,promises_.rm)(temp, { force: true });
            }
        },
        async drill(open) {
            const file = external_node_path_default().join(ctx.privateDir, `drill-${Date.now()}.sqlite3`);
            try {
                return (await unpack(await open(), file, 'the SQLite restore drill')).rowCounts;
            }
            finally {
                await (0,promises_.rm)(file, { force: true });
            }
        },
    };
}

;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/engines/index.ts



function engineFor(connection, ctx) {
    switch (connection.engine) {
        case 'postgres':
            return postgresEngine(connection, ctx);
        case 'mysql':
            return mysqlEngine(connection, ctx);
        case 'sqlite':
            return sqliteEngine(connection, ctx);
    }
}


/***/ }),

/***/ 3750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ fsReason)
/* harmony export */ });
/**
 * File-system failures in words: a full disk or a read-only destination is the user's to fix,
 * and says so in one line instead of an errno and a syscall.
 */
const WORDS = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is exceeded',
    EROFS: 'the file system is read-only',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
};
/** `writing /b/manifest.json failed: no space left on the device (ENOSPC)`, or undefined for other errors. */
function fsReason(error) {
    const { code, path: where, syscall } = (error ?? {});
    const words = code === undefined ? undefined : WORDS[code];
    if (!words)
        return undefined;
    const doing = syscall === 'mkdir' ? 'creating' : syscall === 'open' ? 'opening' : 'writing';
    return `${where ? `${doing} ${where} failed: ` : ''}${words} (${code})`;
}


/***/ }),

/***/ 6205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   OU: () => (/* binding */ compareRowCounts),
/* harmony export */   Sn: () => (/* binding */ MANIFEST_FORMAT)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5593);
/**
 * The manifest: written last, it marks a backup complete and ties it to the deploy. It never
 * holds a password (connections are recorded without theirs).
 */

const MANIFEST_FORMAT = 'maint-actions-backup/1';
/** Parses a manifest's text. @throws ConfigError naming `input` when it is not one. */
function parseManifest(text, where, input = 'manifest') {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input "${input}": ${where} is not JSON.`, { input });
    }
    const manifest = value;
    if (manifest?.format !== MANIFEST_FORMAT ||
        !Array.isArray(manifest.files) ||
        !Array.isArray(manifest.databases)) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Input "${input}": ${where} is not a backup-before-deploy manifest (${MANIFEST_FORMAT}).`, {
            input,
        });
    }
    return manifest;
}
/** Tables whose restored row count differs from the manifest's: `table: expected N, got M`. */
function compareRowCounts(expected, actual) {
    const tables = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    return tables
        .filter((t) => expected[t] !== actual[t])
        .map((t) => `${t}: expected ${expected[t] ?? 'no table'}, got ${actual[t] ?? 'no table'}`);
}


/***/ }),

/***/ 4443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ listMedia),
/* harmony export */   Gp: () => (/* binding */ extractMedia),
/* harmony export */   RR: () => (/* binding */ mediaRoot),
/* harmony export */   gO: () => (/* binding */ MEDIA_FILE),
/* harmony export */   nh: () => (/* binding */ dirMediaSource)
/* harmony export */ });
/* unused harmony exports archiveMedia, treeBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5593);
/* harmony import */ var _archive__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4761);
/* harmony import */ var _engines_engine__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2193);
/* harmony import */ var _pipe__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1743);
/**
 * The media archive, `media.tar.zst`: a tar stream (POSIX pax) written here from a walk of the
 * media directory that never follows a link, compressed by zstd; read back by the strict reader of
 * archive.ts, so a listing, the restore drill and a restore check every entry the same way and
 * refuse an archive before writing anything. The extraction is ours too: what the listing shows is
 * exactly what gets written (see docs/decisions.md).
 */










/** File name of the media archive in a backup folder. */
const MEDIA_FILE = 'media.tar.zst';
/** The media directory `root` (its real path); `source` is the input as given. */
function dirMediaSource(root, source) {
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
/** Where a descriptor's folder can be read by path (Linux); elsewhere folders are read by their path. */
const PROC_FD = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)('/proc/self/fd') ? '/proc/self/fd' : undefined;
/** The largest read of a file at once. */
const READ_CHUNK = 1024 * 1024;
/** Warnings listed one by one at most; the rest are counted. */
const MAX_WARNINGS = 50;
/**
 * Writes the archive of `root` to `output` in one pass: a tar stream written here from a walk that
 * never follows a link (each entry checked as a restore checks it, so a tree a restore would refuse
 * fails the backup, naming the entry), compressed by zstd. Resolves with the hash and the count.
 */
async function archiveMedia(root, output) {
    const count = { entries: 0, skipped: 0, warnings: [] };
    const input = node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.from(batched(treeArchive(root, count)), { objectMode: false });
    try {
        const written = await (0,_pipe__WEBPACK_IMPORTED_MODULE_8__/* .runPipe */ .Gp)([(0,_engines_engine__WEBPACK_IMPORTED_MODULE_7__/* .compress */ .Bc)()], { input, output });
        return { ...written, ...count };
    }
    catch (error) {
        if (error instanceof _archive__WEBPACK_IMPORTED_MODULE_6__/* .ArchiveRefusal */ .Jh) {
            throw new Error(`the media directory holds what a restore would refuse: ${error.message}; remove or replace it (links must point inside the directory)`);
        }
        if (error instanceof _maint_actions_core__WEBPACK_IMPORTED_MODULE_5__/* .CommandNotFoundError */ .v$)
            throw error.toToolMissing(_engines_engine__WEBPACK_IMPORTED_MODULE_7__/* .PACKAGES */ .K_[error.command] ?? 'apt-get install zstd');
        throw error;
    }
}
/** Small pieces (headers, padding, small files) joined into writes of about 256 KiB. */
async function* batched(pieces) {
    let pending = [];
    let bytes = 0;
    for await (const piece of pieces) {
        pending.push(piece);
        bytes += piece.length;
        if (bytes < 256 * 1024)
            continue;
        yield pending.length === 1 ? pending[0] : Buffer.concat(pending, bytes);
        pending = [];
        bytes = 0;
    }
    if (bytes > 0)
        yield Buffer.concat(pending, bytes);
}
/**
 * The walk and the extraction use the synchronous file calls: one action runs at a time in the
 * process, and a thread-pool round trip per lstat, open and close made them several times slower
 * on trees of small files (measured in docs/decisions.md).
 */
function unlessGone(call) {
    try {
        return call();
    }
    catch (error) {
        if (isGone(error))
            return undefined;
        throw error;
    }
}
const isGone = (error) => ['ENOENT', 'ENOTDIR'].includes(error.code ?? '');
/** The tar stream of the tree under `root`, parents first, names `./relative`; links stored as links. */
async function* treeArchive(root, count) {
    const check = new _archive__WEBPACK_IMPORTED_MODULE_6__/* .TreeCheck */ .vO();
    const firstNames = new Map();
    let index = 0;
    const warn = (text) => {
        if (count.warnings.length < MAX_WARNINGS)
            count.warnings.push(text);
        else if (count.warnings.length === MAX_WARNINGS)
            count.warnings.push('more files changed while read: not listed');
    };
    /** The header of `entry`, after the same checks a restore runs. */
    const header = (entry) => {
        index += 1;
        const checked = (0,_archive__WEBPACK_IMPORTED_MODULE_6__/* .entryOf */ .Ms)(index, {
            name: entry.path,
            type: entry.type,
            size: entry.type === 'file' ? entry.size : 0,
            link: entry.linkTarget ?? '',
            mode: entry.mode ?? 0,
            mtime: 0,
        });
        check.add(checked, index);
        count.entries += 1;
        return (0,_archive__WEBPACK_IMPORTED_MODULE_6__/* .tarHeader */ .pI)(entry);
    };
    // Each folder is opened without following a link and checked to be the one listed; its entries
    // are then read through that descriptor (/proc/self/fd on Linux), so a folder swapped for a
    // symlink while the backup runs cannot lead the walk out of the tree.
    const stack = [{ dir: '' }];
    while (stack.length > 0) {
        const { dir, dev, ino } = stack.pop();
        let dirFd;
        try {
            dirFd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, dir), node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_DIRECTORY | (dir ? node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW : 0));
        }
        catch (error) {
            if (dir === '' || !(isGone(error) || error.code === 'ELOOP'))
                throw error;
            warn(`./${dir} vanished or was replaced while it was read: stored as an empty directory`);
            continue;
        }
        try {
            const opened = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(dirFd);
            if (dir && (opened.dev !== dev || opened.ino !== ino)) {
                warn(`./${dir} was replaced while the backup ran: stored as an empty directory`);
                continue;
            }
            const base = PROC_FD ? `${PROC_FD}/${dirFd}` : node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, dir);
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(base, { withFileTypes: true });
            }
            catch (error) {
                if (dir === '' || !isGone(error))
                    throw error;
                warn(`./${dir} vanished while it was read: stored as an empty directory`);
                continue;
            }
            entries.sort((a, b) => (a.name < b.name ? -1 : 1));
            const subdirs = [];
            for (const dirent of entries) {
                const relative = dir ? `${dir}/${dirent.name}` : dirent.name;
                const name = `./${relative}`;
                const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(base, dirent.name);
                const info = unlessGone(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(full));
                if (!info) {
                    // Node reads names as UTF-8: a name that is not cannot be opened again by the name it gives.
                    if (dirent.name.includes('\uFFFD')) {
                        throw new Error(`${(0,_archive__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(name)} has a name that is not UTF-8: rename it (a restore writes UTF-8 names)`);
                    }
                    warn(`${name} vanished before it was read: not stored`);
                    continue;
                }
                const mode = info.mode & 0o7777;
                if (info.isDirectory()) {
                    yield header({ path: name, type: 'directory', size: 0, mtime: info.mtime, mode });
                    subdirs.push({ dir: relative, dev: info.dev, ino: info.ino });
                }
                else if (info.isSymbolicLink()) {
                    const target = unlessGone(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(full));
                    if (target === undefined)
                        warn(`${name} vanished before it was read: not stored`);
                    else
                        yield header({ path: name, type: 'symlink', size: 0, mtime: info.mtime, linkTarget: target });
                }
                else if (info.isFile()) {
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
                    if (stored && info.nlink > 1)
                        firstNames.set(key, name);
                }
                else
                    count.skipped += 1;
            }
            stack.push(...subdirs.reverse());
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(dirFd);
        }
    }
    check.finish();
    yield _archive__WEBPACK_IMPORTED_MODULE_6__/* .TAR_END */ .y7;
}
/**
 * A regular file: its header with the size it has when opened, then exactly that many bytes. A file
 * that shrinks is padded with zeros, one that grows is cut at that size, one deleted while read is
 * stored as read; each is a warning saying what was stored. Resolves false when it was not stored.
 */
async function* fileEntry(full, name, header, warn) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(full, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW);
    }
    catch (error) {
        const code = error.code;
        if (isGone(error))
            warn(`${name} vanished before it was read: not stored`);
        else if (code === 'ELOOP')
            warn(`${name} was replaced by a symlink while the backup ran: not stored`);
        else
            throw error;
        return false;
    }
    try {
        const before = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!before.isFile()) {
            warn(`${name} was replaced while the backup ran: not stored`);
            return false;
        }
        const size = before.size;
        yield header({ path: name, type: 'file', size, mtime: before.mtime, mode: before.mode & 0o7777 });
        let done = 0;
        while (done < size) {
            const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, size - done));
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, chunk, 0, chunk.length, done);
            if (bytesRead === 0)
                break;
            done += bytesRead;
            yield bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead);
        }
        const after = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (done < size) {
            yield Buffer.alloc(size - done);
            warn(`${name} shrank from ${size} to ${done} bytes while it was read: stored padded with zeros to ${size} bytes`);
        }
        else if (after.nlink === 0) {
            warn(`${name} was deleted while it was read: stored as read (${size} bytes)`);
        }
        else if (after.size !== size || after.mtimeMs !== before.mtimeMs) {
            warn(`${name} changed while it was read: stored its first ${size} bytes as read, which may mix old and new content`);
        }
        yield (0,_archive__WEBPACK_IMPORTED_MODULE_6__/* .tarPadding */ .vr)(size);
        return true;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Total size of the regular files under `root` (links not followed): the archive's size at most, about. */
async function treeBytes(root) {
    let total = 0;
    const stack = [root];
    while (stack.length > 0) {
        const dir = stack.pop();
        // Folders and files deleted since they were listed (uploads come and go) weigh nothing.
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true }).catch((error) => {
            if (dir !== root && isGone(error))
                return [];
            throw error;
        });
        for (const entry of entries) {
            const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, entry.name);
            if (entry.isDirectory())
                stack.push(full);
            else if (entry.isFile()) {
                const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(full).catch((error) => {
                    if (isGone(error))
                        return undefined;
                    throw error;
                });
                total += info?.size ?? 0;
            }
        }
    }
    return total;
}
/**
 * Decompresses the archive on `input` and reads it through `visit` (each entry checked as it comes,
 * the tree when it ends). Resolves with the number of entries. @throws ArchiveRefusal, or the
 * decompression's error.
 */
async function readMedia(input, visit) {
    // Room for a few of zstd's writes: fewer hand-overs between the pipe and the reader.
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_4__.PassThrough({ highWaterMark: 1024 * 1024 });
    const check = new _archive__WEBPACK_IMPORTED_MODULE_6__/* .TreeCheck */ .vO();
    const reading = (async () => {
        for await (const item of (0,_archive__WEBPACK_IMPORTED_MODULE_6__/* .readArchive */ .bL)(out)) {
            check.add(item.entry, item.index);
            await visit(item, check);
        }
        check.finish();
    })().catch((error) => {
        out.destroy();
        throw error;
    });
    const [piped, read] = await Promise.allSettled([(0,_pipe__WEBPACK_IMPORTED_MODULE_8__/* .runPipe */ .Gp)([_engines_engine__WEBPACK_IMPORTED_MODULE_7__/* .decompress */ .mF], { input, output: out }), reading]);
    if (read.status === 'rejected')
        throw read.reason;
    if (piped.status === 'rejected') {
        const reason = piped.reason;
        if (reason instanceof _maint_actions_core__WEBPACK_IMPORTED_MODULE_5__/* .CommandNotFoundError */ .v$)
            throw reason.toToolMissing(_engines_engine__WEBPACK_IMPORTED_MODULE_7__/* .PACKAGES */ .K_.zstd ?? 'apt-get install zstd');
        throw reason;
    }
    return check.entries;
}
/** Lists the archive on `input` with the checks of a restore, writing nothing. @throws as extractMedia. */
async function listMedia(input) {
    try {
        return { entries: await readMedia(input, async () => undefined) };
    }
    catch (error) {
        throw refusalMessage(error);
    }
}
function refusalMessage(error) {
    if (!(error instanceof _archive__WEBPACK_IMPORTED_MODULE_6__/* .ArchiveRefusal */ .Jh))
        return error;
    return new Error(`refusing the media archive: ${error.message}; nothing was extracted`);
}
/**
 * Extracts the archive into `target`, which must be absent or an empty directory. A first pass
 * reads the whole archive with every check and writes nothing; the second writes it (checked again,
 * entry by entry, so an archive that changed between the passes is refused too) into a private
 * folder beside the target, renamed into place only when whole. Nothing is written through a
 * link; modes are restoredMode()'s. Resolves with the number of entries. `open` gives the archive.
 */
async function extractMedia(open, target) {
    const listing = await listMedia(await open());
    await checkEmpty(target);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target), { recursive: true });
    const scratch = `${target}.restoring-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(scratch, { mode: 0o700 });
    try {
        let rootMode = 0o755;
        const made = new Set(['']);
        const dirs = [];
        const entries = await readMedia(await open(), async ({ entry, data }) => {
            const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(scratch, entry.path);
            const parts = entry.path.split('/');
            for (let depth = 1; depth < parts.length; depth += 1) {
                const parent = parts.slice(0, depth).join('/');
                if (made.has(parent))
                    continue;
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(scratch, parent));
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(scratch, parent), 0o755);
                made.add(parent);
            }
            if (entry.type === 'directory') {
                if (entry.path === '') {
                    rootMode = (0,_archive__WEBPACK_IMPORTED_MODULE_6__/* .restoredMode */ .mQ)(entry);
                    return;
                }
                if (!made.has(entry.path))
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(full);
                made.add(entry.path);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(full, (0,_archive__WEBPACK_IMPORTED_MODULE_6__/* .restoredMode */ .mQ)(entry));
                dirs.push({ path: entry.path, mtime: entry.mtime });
            }
            else if (entry.type === 'symlink') {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.symlinkSync)(entry.linkTarget, full);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lutimesSync)(full, entry.mtime, entry.mtime);
            }
            else if (entry.type === 'hardlink') {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(scratch, entry.linkTarget), full);
            }
            else {
                const flags = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW;
                const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(full, flags, 0o600);
                try {
                    for await (const chunk of data()) {
                        let at = 0;
                        while (at < chunk.length)
                            at += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, chunk, at, chunk.length - at);
                    }
                    // The mode as archived (sanitised), not narrowed by the umask: a restore gives back what was stored.
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fchmodSync)(fd, (0,_archive__WEBPACK_IMPORTED_MODULE_6__/* .restoredMode */ .mQ)(entry));
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.futimesSync)(fd, entry.mtime, entry.mtime);
                }
                finally {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
                }
            }
        });
        // Directories last, deepest first: writing their entries changed their times.
        for (const dir of dirs.reverse())
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.utimesSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(scratch, dir.path), dir.mtime, dir.mtime);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(scratch, rootMode);
        if (entries !== listing.entries)
            throw new Error('the media archive changed while it was extracted');
        await checkEmpty(target);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rmdir)(target).catch((error) => {
            if (!isGone(error))
                throw error;
        });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(scratch, target);
        return entries;
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(scratch, { recursive: true, force: true });
        throw refusalMessage(error);
    }
}
/** @throws ConfigError unless `target` is absent or an empty directory (not a link to one). */
async function checkEmpty(target) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(target).catch(() => undefined);
    if (!info)
        return;
    const dir = info.isDirectory() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.opendir)(target) : undefined;
    const first = await dir?.read();
    await dir?.close();
    if (dir && !first)
        return;
    throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`Input "target-media-dir": ${target} exists and is not an empty directory; restore media into a new folder.`, { input: 'target-media-dir' });
}
/** The real directory of `media-dir`. @throws ConfigError when it is not a directory. */
async function mediaRoot(dir) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(dir).catch(() => undefined);
    const info = real ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(real) : undefined;
    if (real && info?.isDirectory())
        return real;
    throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`Input "media-dir": ${dir} is not a directory.`, { input: 'media-dir' });
}


/***/ }),

/***/ 1743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ runPipe),
/* harmony export */   oW: () => (/* binding */ toolEnv)
/* harmony export */ });
/* unused harmony exports IdleError, PipeError, hashing */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5593);
/* harmony import */ var _cancel__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1617);
/**
 * Shell-like pipes without a shell: commands (argument arrays) whose stdout feeds the next one's
 * stdin at the file-descriptor level, fed from a Node stream and ending in a Node stream through a
 * SHA-256 counter. One pass, memory bounded by the pipe buffers, every failure reported.
 */






/**
 * What of an environment a tool may see: the locale, PATH and HOME, TMPDIR, TLS trust settings
 * and libpq's `PG*` settings (never PGPASSWORD). Everything else, such as the `INPUT_*` and
 * `MAINT_INPUT_*` variables holding the database URLs, stays with this process: a child's
 * environment is readable in /proc/<pid>/environ.
 */
const TOOL_ENV = /^(PATH|HOME|USER|LOGNAME|LANG|LANGUAGE|TZ|TMPDIR|TERM|SSL_CERT_FILE|SSL_CERT_DIR|LD_LIBRARY_PATH|DYLD_LIBRARY_PATH|LC_[A-Z]+|PG[A-Z_]+)$/;
/** The part of `env` a tool is given (see TOOL_ENV); undefined values are left out. */
function toolEnv(env = process.env) {
    const out = {};
    for (const [key, value] of Object.entries(env)) {
        if (value !== undefined && TOOL_ENV.test(key) && key !== 'PGPASSWORD')
            out[key] = value;
    }
    return out;
}
/** A dump stopped sending bytes for longer than its inactivity deadline. */
class IdleError extends Error {
    name = 'IdleError';
}
/** A command of a pipe failed: its name, how it ended and the end of its stderr (redacted). */
class PipeError extends Error {
    name = 'PipeError';
    /** Ended by SIGPIPE: its reader closed early, which is fine when the reader succeeded. */
    brokenPipe;
    constructor(message, brokenPipe = false) {
        super(message);
        this.brokenPipe = brokenPipe;
    }
}
function isBrokenPipe(reason) {
    return reason instanceof PipeError && reason.brokenPipe;
}
/** As a shell pipe: a writer whose reader stopped early (pg_restore --list) failed only if that reader failed. */
function laterSucceeded(ends, index) {
    return ends.slice(index + 1).every((end) => end.status === 'fulfilled');
}
const STDERR_TAIL = 2000;
/** A Transform that hashes and counts what passes through. */
function hashing() {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    let bytes = 0;
    let digest;
    const transform = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _encoding, callback) {
            hash.update(chunk);
            bytes += chunk.length;
            callback(null, chunk);
        },
    });
    return Object.assign(transform, {
        result: () => {
            digest ??= hash.digest('hex');
            return { sha256: digest, bytes };
        },
    });
}
/**
 * Runs `commands` as one pipe from `input` to `output`. Rejects with, in this order: the reason of
 * an abort (a cancel, the inactivity deadline); the error of `output` (disk full, an upload
 * refused) after ending every command; an error reading `input`; a PipeError naming the first
 * command that failed for a reason of its own (its exit status and stderr); a command that only
 * lost its reader (SIGPIPE) when nothing else explains the failure; or CommandNotFoundError.
 */
async function runPipe(commands, options) {
    if (commands.length === 0)
        throw new Error('runPipe needs at least one command');
    const children = [];
    const exits = [];
    const killAll = () => {
        for (const child of children)
            if (child.exitCode === null && child.signalCode === null)
                child.kill('SIGKILL');
    };
    const stop = new AbortController();
    const signals = [options.signal, (0,_cancel__WEBPACK_IMPORTED_MODULE_5__/* .cancelSignal */ .Bj)()].filter((s) => s !== undefined);
    const onAbort = (event) => {
        if (!stop.signal.aborted)
            stop.abort(event.target.reason);
    };
    for (const signal of signals) {
        if (signal.aborted)
            throw signal.reason;
        signal.addEventListener('abort', onAbort, { once: true });
    }
    stop.signal.addEventListener('abort', killAll, { once: true });
    // The first command's output passes through this process when it is watched or tapped.
    const relay = commands.length > 1 && (options.idle !== undefined || options.tap !== undefined);
    let previous;
    for (const [index, command] of commands.entries()) {
        const stdin = index === 0
            ? options.input
                ? 'pipe'
                : 'ignore'
            : relay && index === 1
                ? 'pipe'
                : previous;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command.command, [...command.args], {
            env: toolEnv(command.env ?? process.env),
            stdio: [stdin, 'pipe', 'pipe'],
        });
        children.push(child);
        // The next command holds its own copy of this pipe: ours would keep it open after a reader died.
        if (previous && !(relay && index === 1))
            previous.destroy();
        exits.push(exitOf(child, command.command));
        previous = child.stdout ?? undefined;
    }
    const hash = hashing();
    const first = children[0];
    let inputError;
    const streams = [];
    let lastByte = performance.now();
    const seen = (chunk) => {
        lastByte = performance.now();
        options.tap?.(chunk);
    };
    if (relay && first.stdout && children[1]?.stdin) {
        const into = children[1].stdin;
        into.on('error', () => undefined);
        streams.push((0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(first.stdout, new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
            transform(chunk, _encoding, callback) {
                try {
                    seen(chunk);
                    callback(null, chunk);
                }
                catch (error) {
                    callback(error);
                }
            },
        }), into).catch((reason) => {
            // The reader died (its exit tells why) or the tap failed: the writer must not block.
            const code = reason.code;
            if (code !== 'EPIPE' && code !== 'ERR_STREAM_PREMATURE_CLOSE') {
                inputError ??= { reason };
                killAll();
            }
            first.stdout?.destroy();
        }));
    }
    let idleTimer;
    if (options.idle) {
        const { ms, what } = options.idle;
        idleTimer = setInterval(() => {
            if (performance.now() - lastByte < ms)
                return;
            stop.abort(new IdleError(`${what} sent no data for ${Math.round(ms / 1000)} s (inactivity deadline): the database server stopped answering or a lock was never granted`));
        }, Math.min(1000, Math.max(50, ms / 4)));
    }
    streams.unshift(
    // A failing output (disk full, an upload refused) ends the commands at once.
    (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(previous, hash, options.output).catch((reason) => {
        killAll();
        throw reason;
    }));
    if (!relay && options.idle) {
        previous?.on('data', () => {
            lastByte = performance.now();
        });
    }
    if (options.input && first.stdin) {
        const stdin = first.stdin;
        // EPIPE when a command stops reading early: its exit status tells what happened.
        stdin.on('error', () => undefined);
        streams.push((0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(options.input, stdin).catch((reason) => {
            const code = reason.code;
            if (code !== 'EPIPE' && code !== 'ERR_STREAM_PREMATURE_CLOSE')
                inputError ??= { reason };
        }));
    }
    const settled = await Promise.allSettled([...streams, ...exits]);
    clearInterval(idleTimer);
    for (const signal of signals)
        signal.removeEventListener('abort', onAbort);
    if (stop.signal.aborted)
        throw stop.signal.reason;
    if (settled[0]?.status === 'rejected')
        throw settled[0].reason;
    if (inputError)
        throw inputError.reason;
    const ends = settled.slice(streams.length);
    const own = ends.find((end) => end.status === 'rejected' && !isBrokenPipe(end.reason));
    if (own?.status === 'rejected')
        throw own.reason;
    // Only broken pipes: a writer whose reader stopped early and succeeded (pg_restore --list) is fine.
    const victim = ends.find((end, index) => end.status === 'rejected' && !laterSucceeded(ends, index));
    if (victim?.status === 'rejected')
        throw victim.reason;
    return hash.result();
    async function exitOf(child, name) {
        let stderr = '';
        child.stderr?.on('data', (chunk) => {
            stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
        });
        await new Promise((resolve, reject) => {
            child.once('error', (error) => {
                killAll();
                reject(error.code === 'ENOENT' ? new _maint_actions_core__WEBPACK_IMPORTED_MODULE_4__/* .CommandNotFoundError */ .v$(name) : error);
            });
            child.once('close', (code, signal) => {
                if (code === 0)
                    resolve();
                else {
                    // A stream failure downstream kills us: the stream's error is the one to report.
                    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
                    const tail = _maint_actions_core__WEBPACK_IMPORTED_MODULE_4__/* .secrets */ .O3.redact(stderr.trim().split('\n').slice(-5).join(' '));
                    // A writer whose reader died: killed by SIGPIPE, or a tool that reports EPIPE itself.
                    const lostReader = signal === 'SIGPIPE' || /\b(errno 32|broken pipe|EPIPE)\b/i.test(stderr);
                    reject(new PipeError(`${name} ${how}${tail ? `: ${tail}` : ''}`, lostReader));
                }
            });
        });
    }
}


/***/ }),

/***/ 9922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ makePrivateDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5593);
/* harmony import */ var _cancel__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1617);
/**
 * The private (0700) scratch directory of a run, under the runner's temporary directory: password
 * files, SQLite copies and drills live there. It is removed when the run ends and, should a
 * signal cancel the run, by the cancel handler before the process exits.
 */





/** @throws ConfigError when `tempDir` (TMPDIR, RUNNER_TEMP) is not a directory. */
async function makePrivateDir(tempDir, prefix) {
    const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(tempDir).catch(() => undefined);
    if (!found?.isDirectory()) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`The temporary directory ${tempDir} (from TMPDIR, or RUNNER_TEMP on GitHub) ${found ? 'is not a directory' : 'does not exist'}: create it, or point TMPDIR at a directory that exists.`);
    }
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(tempDir, prefix));
    const forget = (0,_cancel__WEBPACK_IMPORTED_MODULE_4__/* .onCancel */ .Ao)(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true }));
    return {
        path: dir,
        async remove() {
            forget();
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
        },
    };
}


/***/ })

};
