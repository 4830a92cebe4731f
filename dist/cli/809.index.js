export const id = 809;
export const ids = [809,201];
export const modules = {

/***/ 2809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   confirmationName: () => (/* binding */ confirmationName),
/* harmony export */   protectedMatch: () => (/* binding */ protectedMatch),
/* harmony export */   restore: () => (/* binding */ restore)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5593);
/* harmony import */ var _backup__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7397);
/* harmony import */ var _cancel__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1617);
/* harmony import */ var _database_url__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9054);
/* harmony import */ var _destination__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3247);
/* harmony import */ var _engines__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5093);
/* harmony import */ var _manifest__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6205);
/* harmony import */ var _media__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4443);
/* harmony import */ var _private_dir__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9922);
/* harmony import */ var _s3__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3201);
/**
 * `maint-actions restore`: brings a database of a backup back, after checking its SHA-256. A
 * target that holds rows, a backup of production, or a protected target name needs the target's
 * name typed again (`confirm`): without it nothing is written.
 */













/** The protected entry `connection` matches (as a word of its database name or host), or undefined. */
function protectedMatch(connection, entries) {
    const name = connection.engine === 'sqlite' ? node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(connection.database) : connection.database;
    const words = new Set([name, connection.host ?? ''].flatMap((text) => [
        text.toLowerCase(),
        ...text.toLowerCase().split(/[^a-z0-9]+/),
    ]));
    return entries.find((entry) => words.has(entry.toLowerCase()));
}
/** The name `--confirm` must repeat: the database name, or the SQLite file's name. */
function confirmationName(connection) {
    return connection.engine === 'sqlite' ? node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(connection.database) : connection.database;
}
/** Runs the restore (see the spec and docs/runbooks/restore.md). */
async function restore({ platform, inputs }) {
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(platform.context.workspace);
    if (inputs.targetDatabaseUrl === undefined && inputs.targetMediaDir === undefined) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('Nothing to restore into: set "target-database-url", "target-media-dir", or both.', { input: 'target-database-url' });
    }
    const target = inputs.targetDatabaseUrl === undefined
        ? undefined
        : (0,_database_url__WEBPACK_IMPORTED_MODULE_6__/* .parseDatabaseUrl */ .V)(inputs.targetDatabaseUrl, workspace, 'target-database-url');
    if (target?.password) {
        platform.setSecret(target.password);
        _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.add(target.password);
    }
    if (target?.engine === 'sqlite')
        await checkSqliteFolder(target);
    const release = (0,_cancel__WEBPACK_IMPORTED_MODULE_5__/* .guardSignals */ .xH)();
    try {
        return await restoreGuarded(platform, inputs, workspace, target);
    }
    finally {
        release();
    }
}
/** A SQLite target's folder must exist: a typo in the path should not make folders. @throws ConfigError */
async function checkSqliteFolder(target) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target.database);
    const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined);
    if (found?.isDirectory())
        return;
    throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input "target-database-url": the folder ${folder} of ${target.display} ${found ? 'is not a directory' : 'does not exist'}; create it (mkdir -p ${folder}) or correct the path (sqlite:///relative/path or sqlite:////absolute/path).`, { input: 'target-database-url' });
}
async function restoreGuarded(platform, inputs, workspace, target) {
    const opened = await openManifest(platform, inputs, workspace);
    const { manifest, open } = opened;
    const chosen = { 'backup-id': manifest.backupId, manifest: opened.location };
    const summaries = inputs.latestIn === undefined
        ? []
        : [`newest complete backup in ${inputs.latestIn}: ${manifest.backupId}`];
    const outputs = { ...chosen };
    const fail = (summary) => ({
        verdict: 'failed',
        summary: [...summaries, summary].join('; '),
        outputs: chosen,
    });
    try {
        const mediaTarget = inputs.targetMediaDir === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, inputs.targetMediaDir);
        if (mediaTarget && !manifest.media) {
            throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input "target-media-dir": the backup ${manifest.backupId} holds no media archive.`, { input: 'target-media-dir' });
        }
        if (target) {
            const result = await restoreDatabase(platform, inputs, manifest, target, open);
            if (result.verdict === 'failed')
                return fail(result.summary);
            summaries.push(result.summary);
            Object.assign(outputs, result.outputs);
        }
        if (mediaTarget && manifest.media) {
            const { file } = manifest.media;
            try {
                if (!(await sha256Matches(manifest, file, open))) {
                    return fail(`${file} does not match its SHA-256 in the manifest; no media was restored`);
                }
                platform.log.info(`Extracting ${file} (${manifest.backupId}) into ${mediaTarget}`);
                const entries = await (0,_media__WEBPACK_IMPORTED_MODULE_10__/* .extractMedia */ .Gp)(() => open(file), mediaTarget);
                summaries.push(`extracted ${entries} media entries from ${manifest.backupId} into ${mediaTarget}`);
                outputs['media-entries'] = String(entries);
            }
            catch (error) {
                if ((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .isConfigError */ .De)(error))
                    throw error;
                return fail(`restoring the media into ${mediaTarget} failed: ${_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .BR)(error).message)}`);
            }
        }
    }
    finally {
        opened.close();
    }
    const summary = summaries.join('; ');
    await platform.writeSummary(`## Restore\n\n${summary}\n`);
    return { verdict: 'passed', summary, outputs };
}
/**
 * The manifest of `manifest`, or of the newest complete backup in `latest-in`.
 * @throws ConfigError unless exactly one of them is set, or when it cannot be read.
 */
async function openManifest(platform, inputs, workspace) {
    const { manifest, latestIn } = inputs;
    if (manifest !== undefined && latestIn !== undefined) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('Set "manifest" or "latest-in", not both: one names a backup, the other picks the newest one.', { input: 'latest-in' });
    }
    if (latestIn !== undefined)
        return openLatest(platform, inputs, latestIn, workspace);
    if (manifest === undefined) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('Nothing to restore from: set "manifest" to a backup\'s manifest.json, or "latest-in" to a backup location such as s3://bucket/backups/production.', { input: 'manifest' });
    }
    if (!(0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .isS3Uri */ .tL)(manifest))
        return openLocalManifest(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, manifest), manifest, 'manifest');
    const location = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .parseS3Uri */ .yc)(manifest, 'manifest');
    const folderKey = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(location.prefix);
    const folder = { bucket: location.bucket, prefix: folderKey === '.' ? '' : folderKey };
    const client = openS3(platform, inputs);
    try {
        return await openS3Manifest(client, folder, node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(location.prefix), manifest, 'manifest');
    }
    catch (error) {
        client.destroy();
        throw error;
    }
}
function openS3(platform, inputs) {
    (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .maskAwsCredentials */ .Ce)(platform);
    return (0,_s3__WEBPACK_IMPORTED_MODULE_12__.s3Client)({ endpoint: inputs.s3Endpoint, region: inputs.s3Region, env: platform.env });
}
/** A ConfigError for a manifest that cannot be read. */
function unreadable(input, where, error) {
    return new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input "${input}": cannot read ${where}: ${_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .BR)(error).message)}`, { input });
}
/** The manifest `name` in the S3 `folder`; `where` is how the user named it. */
async function openS3Manifest(client, folder, name, where, input) {
    let text;
    try {
        const chunks = await (await (0,_s3__WEBPACK_IMPORTED_MODULE_12__.readObject)(client, folder, name)).toArray();
        text = Buffer.concat(chunks).toString('utf8');
    }
    catch (error) {
        throw unreadable(input, where, error);
    }
    return {
        manifest: (0,_manifest__WEBPACK_IMPORTED_MODULE_9__/* .parseManifest */ .Ng)(text, where, input),
        location: `s3://${folder.bucket}/${(0,_s3__WEBPACK_IMPORTED_MODULE_12__.keyOf)(folder, name)}`,
        open: (file) => (0,_s3__WEBPACK_IMPORTED_MODULE_12__.readObject)(client, folder, file),
        close: () => client.destroy(),
    };
}
/** The local manifest at `file`; `where` is how the user named it. */
async function openLocalManifest(file, where, input) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch((error) => {
        throw unreadable(input, where, error);
    });
    return {
        manifest: (0,_manifest__WEBPACK_IMPORTED_MODULE_9__/* .parseManifest */ .Ng)(text, where, input),
        location: file,
        open: async (name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), name)),
        close: () => undefined,
    };
}
/**
 * The newest complete backup in `latestIn` (`<destination>/<environment>`): the newest folder
 * whose manifest exists and parses; folders with a damaged manifest are skipped with a warning.
 * @throws ConfigError naming `latest-in` when there is none.
 */
async function openLatest(platform, inputs, latestIn, workspace) {
    const s3 = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .isS3Uri */ .tL)(latestIn);
    const location = s3 ? (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .parseS3Uri */ .yc)(latestIn, 'latest-in') : undefined;
    const environment = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(location ? location.prefix : latestIn.replace(/\/+$/, ''));
    if (!environment || environment === '.' || environment === '..') {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input "latest-in" must name a backup location with its environment, such as s3://bucket/backups/production or backups/production (got ${JSON.stringify(latestIn)}).`, { input: 'latest-in' });
    }
    const client = location ? openS3(platform, inputs) : undefined;
    try {
        let destination;
        let openOne;
        if (location && client) {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(location.prefix);
            const root = { bucket: location.bucket, prefix: parent === '.' ? '' : parent };
            destination = (0,_s3__WEBPACK_IMPORTED_MODULE_12__.s3Destination)(client, root);
            openOne = (id) => openS3Manifest(client, { bucket: root.bucket, prefix: (0,_s3__WEBPACK_IMPORTED_MODULE_12__.keyOf)(root, id) }, _destination__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST */ .e0, destination.locate(id, _destination__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST */ .e0), 'latest-in');
        }
        else {
            destination = (0,_destination__WEBPACK_IMPORTED_MODULE_7__/* .localDestination */ .iG)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, latestIn)));
            openOne = (id) => {
                const file = destination.locate(id, _destination__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST */ .e0);
                return openLocalManifest(file, file, 'latest-in');
            };
        }
        const backups = await destination.list(environment).catch((error) => {
            throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input "latest-in": cannot list ${latestIn}: ${_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .BR)(error).message)}`, { input: 'latest-in' });
        });
        const complete = backups
            .filter((b) => b.complete)
            .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
        for (const backup of complete) {
            try {
                const opened = await openOne(backup.id);
                const skipped = backups.filter((b) => b.createdAt > backup.createdAt).length;
                platform.log.info(`Newest complete backup in ${latestIn}: ${backup.id}${skipped ? ` (${skipped} newer incomplete or damaged left aside)` : ''}`);
                return opened;
            }
            catch (error) {
                if (!(0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .isConfigError */ .De)(error))
                    throw error;
                platform.log.warning(`Skipping ${backup.id}: ${error.message}`);
            }
        }
        const folders = `${backups.length} backup folder${backups.length === 1 ? '' : 's'}`;
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input "latest-in": no complete backup in ${latestIn} (${folders}, ${backups.length - complete.length} without a manifest.json); the location is <destination>/<environment>.`, { input: 'latest-in' });
    }
    catch (error) {
        client?.destroy();
        throw error;
    }
}
/** Whether `file` of the backup reads back with the SHA-256 of the manifest. */
async function sha256Matches(manifest, file, open) {
    const expected = manifest.files.find((f) => f.path === file);
    if (!expected)
        return false;
    const read = await (0,_backup__WEBPACK_IMPORTED_MODULE_4__/* .digest */ .br)(await open(file));
    return read.sha256 === expected.sha256;
}
/** Restores one database of the backup into `target`, behind the protected-target guard. */
async function restoreDatabase(platform, inputs, manifest, target, open) {
    const source = pickDatabase(manifest, inputs.source);
    if (source.engine !== target.engine) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input "target-database-url": the backup of ${source.name} is ${source.engine}; the target must be a ${source.engine} database.`, { input: 'target-database-url' });
    }
    const name = confirmationName(target);
    const privateDir = await (0,_private_dir__WEBPACK_IMPORTED_MODULE_11__/* .makePrivateDir */ .h)(platform.context.tempDir, 'maint-restore-');
    const started = performance.now();
    try {
        const engine = (0,_engines__WEBPACK_IMPORTED_MODULE_8__/* .engineFor */ .E)(target, {
            env: platform.env,
            privateDir: privateDir.path,
            connectTimeoutSeconds: inputs.connectTimeout,
        });
        // The guard looks at the data, not only at names: rows that would be replaced, or production
        // data being restored anywhere (even into an empty database: a copy of production's data is
        // somewhere new), need the target's name typed again.
        const reasons = [];
        const contents = await engine.contents(target);
        if (contents && contents.rows > 0) {
            reasons.push(`it holds ${contents.rows} row${contents.rows === 1 ? '' : 's'} in ${contents.tables} table${contents.tables === 1 ? '' : 's'} that the restore would replace`);
        }
        if (manifest.environment === 'production')
            reasons.push('the backup is of production');
        const guarded = protectedMatch(target, inputs.protected);
        if (guarded !== undefined)
            reasons.push(`it matches the protected entry "${guarded}"`);
        if (reasons.length > 0 && inputs.confirm !== name) {
            throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Refusing to restore into ${target.display}: ${reasons.join('; ')}. Check the target, then add --confirm ${name} (input "confirm").`, { input: 'confirm' });
        }
        if (!(await sha256Matches(manifest, source.file, open))) {
            return failed(`${source.file} does not match its SHA-256 in the manifest; nothing was restored`);
        }
        platform.log.info(`Restoring ${source.name} (${manifest.backupId}) into ${target.display}`);
        const counts = await engine.restore(await open(source.file), target);
        const mismatches = source.rowCountsUnavailable ? [] : (0,_manifest__WEBPACK_IMPORTED_MODULE_9__/* .compareRowCounts */ .OU)(source.rowCounts, counts);
        if (mismatches.length > 0) {
            return failed(`restored ${source.name}, but row counts differ from the manifest: ${mismatches.slice(0, 5).join('; ')}`);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const checked = source.rowCountsUnavailable
            ? `${Object.keys(counts).length} tables; row counts not compared (the manifest has none: ${source.rowCountsUnavailable})`
            : `${Object.keys(counts).length} tables match the manifest`;
        return {
            verdict: 'passed',
            summary: `restored ${source.name} from ${manifest.backupId} into ${target.display} in ${seconds} s; ${checked}`,
            outputs: { restored: `${source.name} -> ${name}`, tables: String(Object.keys(counts).length) },
        };
    }
    catch (error) {
        if ((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .isConfigError */ .De)(error))
            throw error;
        return failed(`restoring ${source.name} into ${target.display} failed: ${_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .BR)(error).message)}`);
    }
    finally {
        await privateDir.remove();
    }
}
function failed(summary) {
    return { verdict: 'failed', summary, outputs: {} };
}
/** The database of the backup to restore. @throws ConfigError naming `source` when it is ambiguous or absent. */
function pickDatabase(manifest, source) {
    const names = manifest.databases.map((d) => d.name).join(', ') || 'none';
    const found = source === undefined
        ? manifest.databases.length === 1
            ? manifest.databases[0]
            : undefined
        : manifest.databases.find((d) => d.name === source);
    if (found)
        return found;
    throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(source === undefined
        ? `Input "source": the backup holds several databases (${names}); name the one to restore.`
        : `Input "source": the backup holds no database ${source} (it holds ${names}).`, { input: 'source' });
}


/***/ }),

/***/ 3201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DELETE_BATCH: () => (/* binding */ DELETE_BATCH),
/* harmony export */   MAX_PARTS: () => (/* binding */ MAX_PARTS),
/* harmony export */   describeS3Error: () => (/* binding */ describeS3Error),
/* harmony export */   keyOf: () => (/* binding */ keyOf),
/* harmony export */   partSize: () => (/* binding */ partSize),
/* harmony export */   partSizeFor: () => (/* binding */ partSizeFor),
/* harmony export */   readObject: () => (/* binding */ readObject),
/* harmony export */   s3Client: () => (/* binding */ s3Client),
/* harmony export */   s3Destination: () => (/* binding */ s3Destination),
/* harmony export */   uploadWriter: () => (/* binding */ uploadWriter)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3639);
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5593);
/* harmony import */ var _cancel__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1617);
/* harmony import */ var _destination__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3247);
/**
 * The `s3://bucket/prefix` destination (Amazon S3, or an S3-compatible store at `s3-endpoint`,
 * addressed path-style). Files stream up as multipart uploads whose parts grow with the stream,
 * with a bounded queue; the manifest is a single PUT, last. Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
 * AWS_SESSION_TOKEN, else the SDK's own chain (web identity, instance roles ...).
 */





const MiB = 1024 * 1024;
/** Parts of a multipart upload: S3 allows 10,000 of at least 5 MiB (the last one excepted). */
const MAX_PARTS = 10_000;
const FIRST_PART_SIZE = 8 * MiB;
const MAX_PART_SIZE = 5 * 1024 * MiB;
/** Parts of one size before the next part size doubles. */
const GROW_EVERY = 1000;
/** Parts in flight per upload: memory stays about (queue + 1) × part size. */
const QUEUE_SIZE = 2;
/** An S3 client for the `s3-endpoint`/`s3-region` settings and the environment's credentials. */
function s3Client(settings) {
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .S3Client */ .YxF((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .s3ClientConfig */ .gW)(settings));
}
/**
 * The first part's size for a stream expected to be about `expectedBytes` (unknown: undefined):
 * 8 MiB, doubled until twice the expected size fits in 10,000 parts, at most 5 GiB.
 */
function partSizeFor(expectedBytes) {
    let size = FIRST_PART_SIZE;
    while (expectedBytes !== undefined && size * MAX_PARTS < 2 * expectedBytes && size < MAX_PART_SIZE) {
        size *= 2;
    }
    return Math.min(size, MAX_PART_SIZE);
}
/**
 * The size of part `n` (from 1): `first`, doubled every `growEvery` parts, at most 5 GiB. With
 * 8 MiB and 1,000 parts per size, 10,000 parts hold about 8 TiB (S3's objects end at 5 TiB)
 * while a stream under 8 GiB keeps 8 MiB parts; memory stays about (QUEUE_SIZE + 1) parts.
 */
function partSize(n, first, growEvery = GROW_EVERY) {
    return Math.min(first * 2 ** Math.floor((n - 1) / growEvery), MAX_PART_SIZE);
}
/** The key of `file` (a relative path) under `location`. */
const keyOf = (location, file) => location.prefix ? `${location.prefix}/${file}` : file;
/** Reads an object as a stream. */
async function readObject(client, location, file) {
    const key = keyOf(location, file);
    try {
        const object = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .GetObjectCommand */ .jLs({ Bucket: location.bucket, Key: key }));
        return object.Body;
    }
    catch (error) {
        throw new Error(`reading s3://${location.bucket}/${key} failed: ${describeS3Error(error)}`);
    }
}
/** A Destination under `location`. */
function s3Destination(client, location) {
    const file = (backupId, name) => `${backupId}/${name}`;
    const uri = (backupId, name) => `s3://${location.bucket}/${keyOf(location, file(backupId, name))}`;
    const keysUnder = async (folder) => {
        const keys = [];
        let token;
        do {
            const page = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .ListObjectsV2Command */ .u6x({
                Bucket: location.bucket,
                Prefix: `${keyOf(location, folder)}/`,
                ContinuationToken: token,
            }));
            for (const object of page.Contents ?? [])
                if (object.Key)
                    keys.push(object.Key);
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        return keys;
    };
    const remove = async (key) => {
        await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .DeleteObjectCommand */ .k4j({ Bucket: location.bucket, Key: key }));
    };
    return {
        locate: uri,
        async writer(backupId, name, expectedBytes) {
            return uploadWriter(client, location.bucket, keyOf(location, file(backupId, name)), { expectedBytes });
        },
        reader: (backupId, name) => readObject(client, location, file(backupId, name)),
        async writeManifest(backupId, json) {
            const key = keyOf(location, file(backupId, _destination__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0));
            try {
                await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .PutObjectCommand */ .wKZ({
                    Bucket: location.bucket,
                    Key: key,
                    Body: json,
                    ContentType: 'application/json',
                }));
            }
            catch (error) {
                throw new Error(`writing s3://${location.bucket}/${key} failed: ${describeS3Error(error)}`);
            }
            return uri(backupId, _destination__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0);
        },
        async list(environment) {
            const folders = new Map();
            const base = `${keyOf(location, environment)}/`;
            for (const key of await keysUnder(environment)) {
                const [name, ...rest] = key.slice(base.length).split('/');
                if (!name || rest.length === 0)
                    continue;
                folders.set(name, (folders.get(name) ?? false) || rest.join('/') === _destination__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0);
            }
            const backups = [];
            for (const [name, complete] of folders) {
                const createdAt = (0,_destination__WEBPACK_IMPORTED_MODULE_3__/* .parseStamp */ .Pu)(name);
                if (createdAt)
                    backups.push({ id: `${environment}/${name}`, createdAt, complete });
            }
            return backups;
        },
        async remove(backupId) {
            await remove(keyOf(location, file(backupId, _destination__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0)));
            for (const key of await keysUnder(backupId))
                await remove(key);
        },
        async removeMany(backupIds) {
            // Manifests first, so no folder looks complete while half-deleted; then everything else,
            // up to 1,000 keys a request (DeleteObjects' limit).
            const manifests = backupIds.map((id) => keyOf(location, file(id, _destination__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST */ .e0)));
            await removeKeys(manifests);
            // One listing per environment, not one per backup.
            const doomed = new Set(backupIds);
            const rest = [];
            for (const environment of new Set(backupIds.map((id) => id.split('/')[0] ?? id))) {
                const base = `${keyOf(location, environment)}/`;
                for (const key of await keysUnder(environment)) {
                    const folder = key.slice(base.length).split('/')[0];
                    if (doomed.has(`${environment}/${folder}`))
                        rest.push(key);
                }
            }
            await removeKeys(rest);
        },
    };
    async function removeKeys(keys) {
        for (let at = 0; at < keys.length; at += DELETE_BATCH) {
            const batch = keys.slice(at, at + DELETE_BATCH);
            const answer = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .DeleteObjectsCommand */ .xvx({
                Bucket: location.bucket,
                Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
            }));
            const failed = answer.Errors ?? [];
            if (failed.length > 0) {
                const first = failed[0];
                throw new Error(`deleting ${failed.length} of ${batch.length} objects failed, such as s3://${location.bucket}/${first?.Key ?? '?'}: ${first?.Code ?? ''} ${first?.Message ?? ''}`.trim());
            }
        }
    }
}
/** Keys one DeleteObjects request may name. */
const DELETE_BATCH = 1000;
/**
 * A Writable uploading what it is given to `key`: one PUT when it all fits in the first part,
 * else a multipart upload whose parts grow along partSize() (QUEUE_SIZE in flight), so a stream
 * of unknown size is never stopped by the 10,000-part limit. It finishes when the object exists;
 * when the upload fails it fails too, and an incomplete upload is aborted, so no object is left.
 * A cancelled run (SIGINT, SIGTERM: see cancel.ts) aborts it too, at once: the parts in flight are
 * cut and AbortMultipartUpload is sent before the process exits, so no part is left stored.
 */
function uploadWriter(client, bucket, key, options = {}) {
    const first = options.firstPartSize ?? partSizeFor(options.expectedBytes);
    const growEvery = options.growEvery ?? GROW_EVERY;
    const failed = (error) => new Error(`uploading s3://${bucket}/${key} failed: ${describeS3Error(error)}`);
    let chunks = [];
    let buffered = 0;
    let uploadId;
    let nextPart = 1;
    const parts = [];
    const inFlight = new Set();
    let failure;
    // Cuts the requests in flight when the upload is aborted.
    const stop = new AbortController();
    let forgetCancel;
    const create = async () => {
        const checksums = (await client.config.requestChecksumCalculation()) === 'WHEN_SUPPORTED';
        const created = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .CreateMultipartUploadCommand */ .nG4({
            Bucket: bucket,
            Key: key,
            ...(checksums ? { ChecksumAlgorithm: _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .ChecksumAlgorithm */ .VD4.CRC32 } : {}),
        }));
        if (!created.UploadId)
            throw new Error('CreateMultipartUpload returned no UploadId');
        // From here until it completes, a cancelled run aborts the upload before it exits.
        forgetCancel = (0,_cancel__WEBPACK_IMPORTED_MODULE_2__/* .onCancel */ .Ao)(() => abort());
        return created.UploadId;
    };
    const take = () => {
        const body = Buffer.concat(chunks, buffered);
        chunks = [];
        buffered = 0;
        return body;
    };
    /** Starts uploading what is buffered as the next part, once a slot is free. */
    const ship = async () => {
        uploadId ??= create();
        const id = await uploadId;
        while (inFlight.size >= QUEUE_SIZE)
            await Promise.race(inFlight);
        if (failure)
            throw failure;
        if (stop.signal.aborted)
            throw new Error('the upload was aborted');
        const number = nextPart++;
        const body = take();
        const sending = client
            .send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .UploadPartCommand */ .iVK({ Bucket: bucket, Key: key, UploadId: id, PartNumber: number, Body: body }), {
            abortSignal: stop.signal,
        })
            .then((sent) => {
            const { ETag, ChecksumCRC32, ChecksumCRC32C, ChecksumSHA1, ChecksumSHA256 } = sent;
            if (!ETag)
                throw new Error(`part ${number} got no ETag`);
            parts.push({ PartNumber: number, ETag, ChecksumCRC32, ChecksumCRC32C, ChecksumSHA1, ChecksumSHA256 });
        })
            .catch((error) => {
            failure ??= error;
        })
            .finally(() => inFlight.delete(sending));
        inFlight.add(sending);
    };
    const complete = async () => {
        if (!uploadId) {
            await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .PutObjectCommand */ .wKZ({ Bucket: bucket, Key: key, Body: take() }));
            return;
        }
        if (buffered > 0)
            await ship();
        await Promise.all(inFlight);
        if (failure)
            throw failure;
        parts.sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0));
        await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .CompleteMultipartUploadCommand */ .Gym({
            Bucket: bucket,
            Key: key,
            UploadId: await uploadId,
            MultipartUpload: { Parts: parts },
        }));
        // A complete object is the destination's to remove on a cancel (the backup's clean-up).
        forgetCancel?.();
    };
    let aborted;
    const abort = () => {
        aborted ??= (async () => {
            const id = await uploadId?.catch(() => undefined);
            chunks = [];
            buffered = 0;
            if (id === undefined)
                return;
            // Parts still going up are cut rather than waited for: a cancelled run has seconds left.
            stop.abort();
            await Promise.all(inFlight);
            await client
                .send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .AbortMultipartUploadCommand */ .tfP({ Bucket: bucket, Key: key, UploadId: id }))
                .catch(() => undefined);
            forgetCancel?.();
        })();
        return aborted;
    };
    return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Writable({
        write(chunk, _encoding, callback) {
            if (failure)
                return callback(failed(failure));
            chunks.push(chunk);
            buffered += chunk.length;
            if (buffered < partSize(nextPart, first, growEvery))
                return callback();
            ship().then(() => callback(), (error) => callback(failed(error)));
        },
        final(callback) {
            complete().then(() => callback(), (error) => abort().then(() => callback(failed(error))));
        },
        destroy(error, callback) {
            // A failed dump or a failed part: no object may be left (an aborted upload leaves none).
            if (!error)
                return callback(null);
            void abort().then(() => callback(error));
        },
    });
}
/** The S3 error's code and message, such as `AccessDenied: Access Denied`. */
function describeS3Error(error) {
    const e = error;
    const code = e?.Code ?? e?.name;
    const message = e?.message ?? String(error);
    // A plain Error (a cut connection: `aborted`) has no code worth showing.
    return code && code !== 'Error' && !message.startsWith(code) ? `${code}: ${message}` : message;
}


/***/ })

};
