export const id = 111;
export const ids = [111];
export const modules = {

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
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4773);
/* harmony import */ var _database_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9054);
/* harmony import */ var _manifest__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8586);
/* harmony import */ var _media__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4443);
/* harmony import */ var _pipe__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1743);
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
            const summary = _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error).message);
            steps.push({ id, name, ok: false, summary, durationMs: Math.round(performance.now() - started) });
            return false;
        }
    };
    try {
        const names = new Set();
        for (const engine of plan.engines) {
            let label = (0,_database_url__WEBPACK_IMPORTED_MODULE_4__/* .databaseLabel */ .m)(engine.connection);
            while (names.has(label))
                label = `${label}_`;
            names.add(label);
            const ok = await step(`db:${label}`, `Database ${label}`, async () => {
                const file = `${label}.${engine.extension}`;
                const { facts, written } = await dumpDatabase(engine, () => plan.destination.writer(plan.backupId, file));
                files.push({ path: file, ...written });
                databases.push({
                    name: label,
                    engine: engine.connection.engine,
                    file,
                    source: engine.connection.display,
                    ...facts,
                });
                return `${facts.serverVersion}: ${Object.keys(facts.rowCounts).length} tables, ${formatBytes(written.bytes)} compressed`;
            });
            if (!ok)
                return await abandon(plan, steps);
        }
        let media;
        const { media: source } = plan;
        if (source) {
            const ok = await step('media', `Media ${source.source}`, async () => {
                const expectedBytes = await source.size();
                const written = await source.archive(await plan.destination.writer(plan.backupId, _media__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA_FILE */ .gO, expectedBytes));
                files.push({ path: _media__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA_FILE */ .gO, bytes: written.bytes, sha256: written.sha256 });
                const { entries, sourceBytes, notes } = written;
                media = {
                    file: _media__WEBPACK_IMPORTED_MODULE_6__/* .MEDIA_FILE */ .gO,
                    source: source.source,
                    entries,
                    ...(sourceBytes === undefined ? {} : { sourceBytes }),
                };
                return `${entries} entries, ${formatBytes(written.bytes)} compressed${notes.length ? `; ${notes.join('; ')}` : ''}`;
            });
            if (!ok)
                return await abandon(plan, steps);
        }
        const verified = await step('verify', `Verification (${plan.verify})`, () => verify(plan, files, databases, media));
        if (!verified)
            return await abandon(plan, steps);
        const manifest = {
            format: _manifest__WEBPACK_IMPORTED_MODULE_5__/* .MANIFEST_FORMAT */ .Sn,
            backupId: plan.backupId,
            environment: plan.environment,
            startedAt: startedAt.toISOString(),
            completedAt: new Date().toISOString(),
            gitSha: plan.gitSha,
            imageTag: plan.imageTag,
            repository: plan.repository,
            tools: { zstd: await zstdVersion(), ...(media ? { tar: await tarVersion() } : {}) },
            files,
            databases,
            ...(media ? { media } : {}),
            verified: plan.verify,
        };
        const manifestLocation = await plan.destination.writeManifest(plan.backupId, `${JSON.stringify(manifest, null, 2)}\n`);
        return { steps, manifest, manifestLocation };
    }
    catch (error) {
        await abandon(plan, steps);
        throw error;
    }
}
/**
 * Dumps one database into the file `output` opens, collecting its facts beside the dump; a failure
 * of either ends the other.
 */
async function dumpDatabase(engine, output) {
    const dump = await engine.open();
    try {
        const stop = new AbortController();
        const facts = dump.facts().catch((error) => {
            stop.abort(error);
            throw error;
        });
        const written = output().then((stream) => (0,_pipe__WEBPACK_IMPORTED_MODULE_7__/* .runPipe */ .Gp)(dump.commands, { output: stream, signal: stop.signal }));
        const [factsOf, writtenOf] = await Promise.all([facts, written]);
        return { facts: factsOf, written: writtenOf };
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
        plan.log.warning(`Could not remove the incomplete backup ${plan.backupId}: ${_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error).message)}`);
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
        const listing = await (0,_media__WEBPACK_IMPORTED_MODULE_6__/* .listMedia */ .Bl)(await open(media.file));
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
        const mismatches = (0,_manifest__WEBPACK_IMPORTED_MODULE_5__/* .compareRowCounts */ .OU)(db.rowCounts, counts);
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
        await (0,_media__WEBPACK_IMPORTED_MODULE_6__/* .extractMedia */ .Gp)(open, target);
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
    const result = await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)({ command: 'zstd', args: ['--version'] });
    return /v(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? result.stdout.trim();
}
async function tarVersion() {
    const result = await (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .runProcess */ .R3)({ command: 'tar', args: ['--version'] });
    return /(\d+\.\d+(?:\.\d+)?)/.exec(result.stdout)?.[1] ?? result.stdout.split('\n')[0] ?? '';
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

/***/ 9054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseDatabaseUrl),
/* harmony export */   m: () => (/* binding */ databaseLabel)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4773);
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
        return { engine, database, options: {}, display: `sqlite://${database}` };
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(folder(backupId), { recursive: true });
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder(backupId), file), { flags: 'wx' });
        },
        async reader(backupId, file) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder(backupId), file);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target);
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(target);
        },
        async writeManifest(backupId, json) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder(backupId), MANIFEST);
            const temp = `${target}.tmp`;
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'w');
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
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4773);
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
            env,
            timeoutMs: options.timeoutMs,
            input: options.input,
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

/***/ 2162:
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
// EXTERNAL MODULE: ./packages/core/src/index.ts + 31 modules
var src = __webpack_require__(4773);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/pipe.ts
var pipe = __webpack_require__(1743);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/engines/engine.ts
var engine = __webpack_require__(2193);
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
            // Counted before the dump, outside its --single-transaction snapshot (see the README).
            const facts = {
                serverVersion: /mariadb/i.test(version) ? `MariaDB ${version}` : `MySQL ${version}`,
                tool: client.replace(/^.*?(Ver|Distrib)\s+/, `${dump} `),
                rowCounts: await rowCounts(connection.database),
                migrations,
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
                close: async () => undefined,
            };
        },
        async list(input) {
            const tables = (0,engine/* lineCounter */.LX)('CREATE TABLE ');
            await (0,pipe/* runPipe */.Gp)([engine/* decompress */.mF], { input, output: tables });
            return tables.count();
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
        env: definedOnly(env),
        stdio: ['pipe', 'pipe', 'pipe'],
    });
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
function definedOnly(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
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
        async restore(input, target) {
            const temp = `${target.database}.restoring-${process.pid}`;
            try {
                const inspection = await unpack(input, temp, 'checking the restored SQLite database');
                await (0,promises_.rm)(`${target.database}-wal`, { force: true });
                await (0,promises_.rm)(`${target.database}-shm`, { force: true });
                await (0,promises_.rename)(temp, target.database);
                return inspection.rowCounts;
            }
            finally {
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

/***/ 8586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   OU: () => (/* binding */ compareRowCounts),
/* harmony export */   Sn: () => (/* binding */ MANIFEST_FORMAT)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4773);
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
/* harmony export */   nh: () => (/* binding */ dirMediaSource),
/* harmony export */   pI: () => (/* binding */ tarHeader),
/* harmony export */   vr: () => (/* binding */ tarPadding),
/* harmony export */   y7: () => (/* binding */ TAR_END)
/* harmony export */ });
/* unused harmony exports archiveMedia, treeBytes, unsafeReason, tarEntries */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4773);
/* harmony import */ var _engines_engine__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2193);
/* harmony import */ var _pipe__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1743);
/**
 * The media directory: a GNU tar stream of the tree (symlinks stored as links, never followed;
 * every path relative, `./…`, from a walk that never leaves the directory) compressed by zstd.
 * Reading back parses the tar headers here, so a listing and a restore can refuse absolute paths,
 * `..` and links pointing outside the target before anything is extracted.
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
async function archiveMedia(root, output) {
    const count = { entries: 0, skipped: 0, outsideLinks: [] };
    const names = node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from(listNames(root, count));
    const tar = {
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
    const written = await withTarHint((0,_pipe__WEBPACK_IMPORTED_MODULE_6__/* .runPipe */ .Gp)([tar, (0,_engines_engine__WEBPACK_IMPORTED_MODULE_5__/* .compress */ .Bc)()], { input: names, output }));
    return { ...written, ...count };
}
/** The NUL-terminated `./relative` names of the tree under `root`, parents first; links not followed. */
async function* listNames(root, count) {
    const stack = [''];
    while (stack.length > 0) {
        const dir = stack.pop();
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, dir), { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : 1));
        const subdirs = [];
        for (const entry of entries) {
            const relative = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory())
                subdirs.push(relative);
            else if (entry.isSymbolicLink()) {
                const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, relative));
                if (escapes(relative, target))
                    count.outsideLinks.push(`./${relative} -> ${target}`);
            }
            else if (!entry.isFile()) {
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
async function treeBytes(root) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(root, { recursive: true, withFileTypes: true });
    let total = 0;
    for (const entry of entries) {
        if (entry.isFile())
            total += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(entry.parentPath, entry.name))).size;
    }
    return total;
}
/** Whether a link at archive path `at` to `target` points outside the tree (absolute or above it). */
function escapes(at, target) {
    if (target.startsWith('/'))
        return true;
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(at), target));
    return resolved === '..' || resolved.startsWith('../');
}
/** Why an archive entry may not be extracted into a target directory, or undefined when it may. */
function unsafeReason(entry) {
    const name = entry.path;
    if (name.startsWith('/'))
        return `${name} is an absolute path`;
    if (name.split('/').includes('..'))
        return `${name} contains ".."`;
    if (entry.type === 'other')
        return `${name} is a device or FIFO`;
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
    chunks;
    buffer = Buffer.alloc(0);
    offset = 0;
    constructor(chunks) {
        this.chunks = chunks;
    }
    get available() {
        return this.buffer.length - this.offset;
    }
    /** The next `n` bytes (fewer only at the end of the stream). */
    async read(n) {
        while (this.available < n) {
            const next = await this.chunks.next();
            if (next.done)
                break;
            this.buffer = Buffer.concat([this.buffer.subarray(this.offset), next.value]);
            this.offset = 0;
        }
        const out = this.buffer.subarray(this.offset, this.offset + n);
        this.offset += out.length;
        return out;
    }
    /** Skips `n` bytes without keeping them. @throws when the stream ends first. */
    async skip(n) {
        let left = n;
        while (left > 0) {
            if (this.available === 0) {
                const next = await this.chunks.next();
                if (next.done)
                    throw new Error('the tar archive is truncated');
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
const text = (block, start, length) => {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
};
function octal(block, start, length) {
    const first = block[start] ?? 0;
    if (first & 0x80) {
        // GNU base-256 for sizes beyond 8 GiB.
        let value = first & 0x7f;
        for (let i = start + 1; i < start + length; i += 1)
            value = value * 256 + (block[i] ?? 0);
        return value;
    }
    const digits = text(block, start, length).trim();
    return digits ? Number.parseInt(digits, 8) : 0;
}
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i += 1)
        sum += i >= 148 && i < 156 ? 32 : block[i];
    return sum === octal(block, 148, 8);
}
/** `path` and `linkpath` of a pax extended header's records (`<len> <key>=<value>\n`). */
function paxRecords(data) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const length = Number.parseInt(data.subarray(at, space).toString('ascii'), 10);
        if (space === -1 || !(length > 0))
            break;
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        records[record.slice(0, equals)] = record.slice(equals + 1);
        at += length;
    }
    return records;
}
const TYPES = {
    '0': 'file',
    '\0': 'file',
    '7': 'file',
    '5': 'directory',
    '2': 'symlink',
    '1': 'hardlink',
};
/** The entries of an uncompressed tar stream (ustar, pax and GNU long names), in order. */
async function* tarEntries(input) {
    const reader = new ByteReader(input[Symbol.asyncIterator]());
    let pax = {};
    let longName;
    let longLink;
    for (;;) {
        const block = await reader.read(BLOCK);
        if (block.length < BLOCK)
            throw new Error('the tar archive is truncated');
        if (block.every((byte) => byte === 0))
            return;
        if (!checksumOk(block))
            throw new Error('the tar archive has a damaged header');
        const size = octal(block, 124, 12);
        const flag = String.fromCharCode(block[156]);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
            if (size > MAX_META)
                throw new Error('the tar archive has an oversized extended header');
            const data = (await reader.read(padded)).subarray(0, size);
            if (flag === 'x')
                pax = paxRecords(data);
            if (flag === 'L')
                longName = text(data, 0, data.length);
            if (flag === 'K')
                longLink = text(data, 0, data.length);
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
/** Largest size the 12-byte octal field holds (8 GiB - 1); beyond it the size goes in a pax record. */
const MAX_OCTAL_SIZE = 8 ** 11 - 1;
function writeOctal(block, start, length, value) {
    block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, start, length, 'ascii');
}
/** A ustar header block (owner 0, mode 0644 for files and 0755 for directories). */
function ustarHeader(name, flag, size, mtime) {
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
    for (const byte of block)
        sum += byte;
    writeOctal(block, 148, 7, sum);
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
/** Zero bytes that fill a member of `size` bytes up to a whole block. */
function tarPadding(size) {
    return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}
/** The end of a tar stream: two zero blocks. */
const TAR_END = Buffer.alloc(2 * BLOCK);
/**
 * The header of `entry` (POSIX pax, as GNU tar reads it): a pax extended header first when the
 * name is longer than 100 bytes or not ASCII, or the size beyond 8 GiB. Its data and
 * tarPadding(size) follow.
 */
function tarHeader(entry) {
    const flag = entry.type === 'directory' ? '5' : '0';
    const records = [];
    const plainName = /^[\x20-\x7e]*$/.test(entry.path) && entry.path.length <= 100;
    if (!plainName)
        records.push(paxRecord('path', entry.path));
    if (entry.size > MAX_OCTAL_SIZE)
        records.push(paxRecord('size', String(entry.size)));
    const header = ustarHeader(plainName ? entry.path : entry.path.replace(/[^\x20-\x7e]/g, '_').slice(0, 100), flag, entry.size > MAX_OCTAL_SIZE ? 0 : entry.size, entry.mtime);
    if (records.length === 0)
        return header;
    const data = Buffer.from(records.join(''), 'utf8');
    const paxName = `./PaxHeaders/${node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(entry.path).replace(/[^\x20-\x7e]/g, '_')}`.slice(0, 100);
    return Buffer.concat([
        ustarHeader(paxName, 'x', data.length, entry.mtime),
        data,
        tarPadding(data.length),
        header,
    ]);
}
/** Decompresses the archive on `input` and lists it, without writing anything. */
async function listMedia(input) {
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough();
    let entries = 0;
    const unsafe = [];
    const reading = (async () => {
        for await (const entry of tarEntries(out)) {
            entries += 1;
            const reason = unsafeReason(entry);
            if (reason && unsafe.length < 5)
                unsafe.push(reason);
        }
        // What follows the end blocks is padding (tar writes whole 10 KiB records).
        out.resume();
    })().catch((error) => {
        out.destroy(error);
        throw error;
    });
    const [piped, read] = await Promise.allSettled([
        withTarHint((0,_pipe__WEBPACK_IMPORTED_MODULE_6__/* .runPipe */ .Gp)([_engines_engine__WEBPACK_IMPORTED_MODULE_5__/* .decompress */ .mF], { input, output: out })),
        reading,
    ]);
    if (read.status === 'rejected')
        throw read.reason;
    if (piped.status === 'rejected')
        throw piped.reason;
    return { entries, unsafe };
}
/**
 * Extracts the archive into `target`, which must be absent or empty: first a listing refuses
 * absolute paths, `..`, devices and links pointing outside; then tar extracts into a scratch
 * folder beside the target, renamed into place when it succeeded. `open` gives the archive.
 */
async function extractMedia(open, target) {
    const listing = await listMedia(await open());
    if (listing.unsafe.length > 0) {
        throw new Error(`refusing to extract the media archive: ${listing.unsafe.join('; ')}; nothing was extracted`);
    }
    await checkEmpty(target);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
    const scratch = `${target}.restoring-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(scratch, { mode: 0o700 });
    try {
        const tar = {
            command: 'tar',
            args: ['--extract', '--file=-', '--no-same-owner', '--directory', scratch],
        };
        await withTarHint((0,_pipe__WEBPACK_IMPORTED_MODULE_6__/* .runPipe */ .Gp)([_engines_engine__WEBPACK_IMPORTED_MODULE_5__/* .decompress */ .mF, tar], { input: await open(), output: (0,_engines_engine__WEBPACK_IMPORTED_MODULE_5__/* .collector */ .g7)() }));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(target, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(scratch, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
        throw error;
    }
    return listing.entries;
}
async function checkEmpty(target) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target).catch(() => undefined);
    if (!info)
        return;
    const dir = info.isDirectory() ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.opendir)(target) : undefined;
    const first = await dir?.read();
    await dir?.close();
    if (dir && !first)
        return;
    throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`Input "target-media-dir": ${target} exists and is not an empty directory; restore media into a new folder.`, { input: 'target-media-dir' });
}
/** The real directory of `media-dir`. @throws ConfigError when it is not a directory. */
async function mediaRoot(dir) {
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir).catch(() => undefined);
    const info = real ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real) : undefined;
    if (real && info?.isDirectory())
        return real;
    throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(`Input "media-dir": ${dir} is not a directory.`, { input: 'media-dir' });
}
async function withTarHint(work) {
    try {
        return await work;
    }
    catch (error) {
        if (error instanceof _maint_actions_core__WEBPACK_IMPORTED_MODULE_4__/* .CommandNotFoundError */ .v$)
            throw error.toToolMissing(_engines_engine__WEBPACK_IMPORTED_MODULE_5__/* .PACKAGES */ .K_[error.command] ?? 'apt-get install tar');
        throw error;
    }
}


/***/ }),

/***/ 1743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ runPipe)
/* harmony export */ });
/* unused harmony exports PipeError, hashing */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4773);
/**
 * Shell-like pipes without a shell: commands (argument arrays) whose stdout feeds the next one's
 * stdin at the file-descriptor level, fed from a Node stream and ending in a Node stream through a
 * SHA-256 counter. One pass, memory bounded by the pipe buffers, every failure reported.
 */





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
 * Runs `commands` as one pipe from `input` to `output`. Rejects with a PipeError naming the first
 * command that failed (non-zero exit or a signal), with the error of `output` (disk full, an
 * upload refused) after ending every command, or with CommandNotFoundError.
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
    let previous;
    for (const [index, command] of commands.entries()) {
        const stdin = index === 0 ? (options.input ? 'pipe' : 'ignore') : previous;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command.command, [...command.args], {
            env: definedOnly(command.env ?? process.env),
            stdio: [stdin, 'pipe', 'pipe'],
        });
        children.push(child);
        // The next command holds its own copy of this pipe: ours would keep it open after a reader died.
        if (previous)
            previous.destroy();
        exits.push(exitOf(child, command.command));
        previous = child.stdout ?? undefined;
    }
    const onAbort = () => killAll();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const hash = hashing();
    const first = children[0];
    let inputError;
    const streams = [
        // A failing output (disk full, an upload refused) ends the commands at once.
        (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(previous, hash, options.output).catch((reason) => {
            killAll();
            throw reason;
        }),
    ];
    if (options.input && first.stdin) {
        const stdin = first.stdin;
        // EPIPE when a command stops reading early: its exit status tells what happened.
        stdin.on('error', () => undefined);
        streams.push((0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(options.input, stdin).catch((reason) => {
            if (reason.code !== 'EPIPE')
                inputError = { reason };
        }));
    }
    const settled = await Promise.allSettled([...streams, ...exits]);
    options.signal?.removeEventListener('abort', onAbort);
    if (options.signal?.aborted)
        throw options.signal.reason;
    if (inputError)
        throw inputError.reason;
    if (settled[0]?.status === 'rejected')
        throw settled[0].reason;
    const ends = settled.slice(streams.length);
    const failedExit = ends.findIndex((end, index) => end.status === 'rejected' && !(isBrokenPipe(end.reason) && laterSucceeded(ends, index)));
    const failure = ends[failedExit];
    if (failure?.status === 'rejected')
        throw failure.reason;
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
                    reject(new PipeError(`${name} ${how}${tail ? `: ${tail}` : ''}`, signal === 'SIGPIPE'));
                }
            });
        });
    }
}
function definedOnly(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}


/***/ })

};
