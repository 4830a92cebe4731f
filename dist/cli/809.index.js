export const id = 809;
export const ids = [809];
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
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2575);
/* harmony import */ var _backup__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7397);
/* harmony import */ var _database_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9054);
/* harmony import */ var _engines__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(615);
/* harmony import */ var _manifest__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8586);
/* harmony import */ var _media__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4443);
/* harmony import */ var _s3__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3201);
/**
 * `maint-actions restore`: brings a database of a backup back, after checking its SHA-256, and
 * refuses a protected target (production) unless its database name is confirmed.
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
        : (0,_database_url__WEBPACK_IMPORTED_MODULE_5__/* .parseDatabaseUrl */ .V)(inputs.targetDatabaseUrl, workspace, 'target-database-url');
    if (target?.password) {
        platform.setSecret(target.password);
        _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.add(target.password);
    }
    const opened = await openManifest(platform, inputs, workspace);
    const { manifest, open } = opened;
    const mediaTarget = inputs.targetMediaDir === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, inputs.targetMediaDir);
    if (mediaTarget && !manifest.media) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input "target-media-dir": the backup ${manifest.backupId} holds no media archive.`, { input: 'target-media-dir' });
    }
    const summaries = [];
    const outputs = {};
    try {
        if (target) {
            const result = await restoreDatabase(platform, inputs, manifest, target, open);
            if (result.verdict === 'failed')
                return result;
            summaries.push(result.summary);
            Object.assign(outputs, result.outputs);
        }
        if (mediaTarget && manifest.media) {
            const { file } = manifest.media;
            try {
                if (!(await sha256Matches(manifest, file, open))) {
                    return failed(`${file} does not match its SHA-256 in the manifest; no media was restored`);
                }
                platform.log.info(`Extracting ${file} (${manifest.backupId}) into ${mediaTarget}`);
                const entries = await (0,_media__WEBPACK_IMPORTED_MODULE_8__/* .extractMedia */ .Gp)(() => open(file), mediaTarget);
                summaries.push(`extracted ${entries} media entries from ${manifest.backupId} into ${mediaTarget}`);
                outputs['media-entries'] = String(entries);
            }
            catch (error) {
                if ((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .isConfigError */ .De)(error))
                    throw error;
                return failed(`restoring the media into ${mediaTarget} failed: ${_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error).message)}`);
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
/** Reads the manifest, from a local path or an `s3://` URL. @throws ConfigError when it cannot. */
async function openManifest(platform, inputs, workspace) {
    const unreadable = (error) => {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Input "manifest": cannot read ${inputs.manifest}: ${_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error).message)}`, { input: 'manifest' });
    };
    if ((0,_s3__WEBPACK_IMPORTED_MODULE_9__/* .isS3Uri */ .tL)(inputs.manifest)) {
        const location = (0,_s3__WEBPACK_IMPORTED_MODULE_9__/* .parseS3Uri */ .yc)(inputs.manifest, 'manifest');
        const folderKey = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(location.prefix);
        const folder = { bucket: location.bucket, prefix: folderKey === '.' ? '' : folderKey };
        (0,_s3__WEBPACK_IMPORTED_MODULE_9__/* .maskAwsCredentials */ .Ce)(platform);
        const client = (0,_s3__WEBPACK_IMPORTED_MODULE_9__/* .s3Client */ .oD)({ endpoint: inputs.s3Endpoint, region: inputs.s3Region, env: platform.env });
        try {
            const text = await (0,_s3__WEBPACK_IMPORTED_MODULE_9__/* .readObject */ .Ag)(client, folder, node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.basename(location.prefix))
                .then((body) => body.toArray())
                .then((chunks) => Buffer.concat(chunks).toString('utf8'), unreadable);
            return {
                manifest: (0,_manifest__WEBPACK_IMPORTED_MODULE_7__/* .parseManifest */ .Ng)(text, inputs.manifest),
                open: (file) => (0,_s3__WEBPACK_IMPORTED_MODULE_9__/* .readObject */ .Ag)(client, folder, file),
                close: () => client.destroy(),
            };
        }
        catch (error) {
            client.destroy();
            throw error;
        }
    }
    const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, inputs.manifest);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(manifestPath, 'utf8').catch(unreadable);
    return {
        manifest: (0,_manifest__WEBPACK_IMPORTED_MODULE_7__/* .parseManifest */ .Ng)(text, inputs.manifest),
        open: async (file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(manifestPath), file)),
        close: () => undefined,
    };
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
    const guarded = protectedMatch(target, inputs.protected);
    const name = confirmationName(target);
    if (guarded !== undefined && inputs.confirm !== name) {
        throw new _maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`Refusing to restore into ${target.display}: it matches the protected entry "${guarded}". Check the target, then add --confirm ${name} (input "confirm").`, { input: 'confirm' });
    }
    const privateDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(platform.context.tempDir, 'maint-restore-'));
    const started = performance.now();
    try {
        if (!(await sha256Matches(manifest, source.file, open))) {
            return failed(`${source.file} does not match its SHA-256 in the manifest; nothing was restored`);
        }
        platform.log.info(`Restoring ${source.name} (${manifest.backupId}) into ${target.display}`);
        const engine = (0,_engines__WEBPACK_IMPORTED_MODULE_6__/* .engineFor */ .E)(target, {
            env: platform.env,
            privateDir,
            connectTimeoutSeconds: inputs.connectTimeout,
        });
        const counts = await engine.restore(await open(source.file), target);
        const mismatches = (0,_manifest__WEBPACK_IMPORTED_MODULE_7__/* .compareRowCounts */ .OU)(source.rowCounts, counts);
        if (mismatches.length > 0) {
            return failed(`restored ${source.name}, but row counts differ from the manifest: ${mismatches.slice(0, 5).join('; ')}`);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        return {
            verdict: 'passed',
            summary: `restored ${source.name} from ${manifest.backupId} into ${target.display} in ${seconds} s; ${Object.keys(counts).length} tables match the manifest`,
            outputs: { restored: `${source.name} -> ${name}`, tables: String(Object.keys(counts).length) },
        };
    }
    catch (error) {
        if ((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .isConfigError */ .De)(error))
            throw error;
        return failed(`restoring ${source.name} into ${target.display} failed: ${_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .secrets */ .O3.redact((0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error).message)}`);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(privateDir, { recursive: true, force: true });
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


/***/ })

};
