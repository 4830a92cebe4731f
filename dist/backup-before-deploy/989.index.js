export const id = 989;
export const ids = [989];
export const modules = {

/***/ 2989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 38 modules
var src = __webpack_require__(3483);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/backup.ts
var backup = __webpack_require__(7397);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/cancel.ts
var cancel = __webpack_require__(1617);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/database-url.ts
var database_url = __webpack_require__(9054);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/destination.ts
var src_destination = __webpack_require__(3247);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/engines/index.ts + 5 modules
var engines = __webpack_require__(5093);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/fs-errors.ts
var fs_errors = __webpack_require__(3750);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/media.ts
var media = __webpack_require__(4443);
// EXTERNAL MODULE: ./actions/backup-before-deploy/src/private-dir.ts
var private_dir = __webpack_require__(9922);
;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/retention.ts
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The backups to delete: complete ones beyond `keepLast` or older than `maxAgeDays`. Incomplete
 * backups (no manifest) neither count nor are deleted; the newest complete backup is always kept.
 */
function expired(backups, policy, now) {
    if (policy.keepLast === undefined && policy.maxAgeDays === undefined)
        return [];
    const complete = backups
        .filter((b) => b.complete)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    return complete.slice(1).filter((backup, index) => {
        const position = index + 1;
        const tooMany = policy.keepLast !== undefined && position >= policy.keepLast;
        const tooOld = policy.maxAgeDays !== undefined &&
            now.getTime() - backup.createdAt.getTime() > policy.maxAgeDays * DAY_MS;
        return tooMany || tooOld;
    });
}

// EXTERNAL MODULE: ./actions/backup-before-deploy/src/spec.ts
var spec = __webpack_require__(6636);
;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/run.ts
/**
 * The backup-before-deploy action: parse the databases, back them up into a new folder of the
 * destination, verify, write the manifest, apply retention, and report one check per step.
 */












/** Runs the action (see the spec and backup-before-deploy/README.md). */
async function run({ platform, inputs, }) {
    const started = (0,src/* startRun */.AD)(platform, spec/* spec */.IC, inputs.reportDir);
    const { startedAt, workspace, reportDir } = started;
    const connections = parseConnections(platform, inputs, workspace);
    const environment = checkEnvironment(inputs.environment);
    checkRetention(inputs);
    checkIdleTimeout(inputs.idleTimeout);
    const sha = platform.context.sha;
    const backupId = `${environment}/${(0,src_destination/* stamp */.iE)(startedAt)}-${sha ? sha.slice(0, 7) : 'local'}`;
    // From here a SIGINT or SIGTERM (a cancelled job) ends the tools and removes what the run wrote.
    const release = (0,cancel/* guardSignals */.xH)();
    let steps;
    let outcome;
    try {
        const media = await openMedia(platform, inputs, workspace);
        const { destination, close } = await openDestination(platform, inputs, workspace, reportDir, environment);
        let privateDir;
        try {
            privateDir = await (0,private_dir/* makePrivateDir */.h)(platform.context.tempDir, 'maint-backup-');
            const ctx = {
                env: platform.env,
                privateDir: privateDir.path,
                connectTimeoutSeconds: inputs.connectTimeout,
            };
            outcome = await (0,backup/* runBackup */.Q3)({
                backupId,
                environment,
                engines: connections.map((c) => (0,engines/* engineFor */.E)(c, ctx)),
                media: media.source,
                destination,
                verify: inputs.verify,
                idleTimeoutSeconds: inputs.idleTimeout,
                scratchDir: privateDir.path,
                gitSha: sha,
                imageTag: inputs.imageTag,
                repository: platform.context.repository,
                log: platform.log,
            });
            steps = [...outcome.steps];
            if (outcome.manifest)
                steps.push(await applyRetention(destination, environment, inputs, backupId));
        }
        finally {
            close();
            media.close();
            await privateDir?.remove();
        }
    }
    finally {
        release();
    }
    const checks = steps.map(toCheck);
    const sizeBytes = outcome.manifest?.files.reduce((sum, f) => sum + f.bytes, 0) ?? 0;
    const report = (0,src/* finishReport */.Ux)(started, {
        checks,
        verdict: outcome.manifest ? (0,src/* verdictOf */.Vj)(checks) : 'failed',
        meta: { backup: backupId, environment, ...(inputs.imageTag ? { 'image-tag': inputs.imageTag } : {}) },
    });
    const fullReportHint = (0,src/* reportHint */.AE)(started);
    const failed = steps.find((s) => !s.ok);
    return {
        verdict: report.verdict,
        summary: outcome.manifest
            ? `backed up ${backupId} (${(0,backup/* formatBytes */.z3)(sizeBytes)}, verified: ${inputs.verify})`
            : `backup ${backupId} failed at ${failed?.name ?? 'an unknown step'}: ${failed?.summary ?? ''}; nothing was kept`,
        outputs: {
            'backup-id': backupId,
            manifest: outcome.manifestLocation,
            'size-bytes': String(sizeBytes),
            verified: outcome.manifest ? inputs.verify : 'false',
        },
        report,
        publish: { dir: reportDir, formats: ['json', 'summary'], fullReportHint },
    };
}
/** The connections of `database-url`, their passwords masked. @throws ConfigError when there is nothing to back up. */
function parseConnections(platform, inputs, workspace) {
    const urls = inputs.databaseUrl ?? [];
    for (const url of urls) {
        platform.setSecret(url);
        src/* secrets */.O3.add(url);
    }
    const connections = urls.map((url) => (0,database_url/* parseDatabaseUrl */.V)(url, workspace));
    for (const { password } of connections) {
        if (!password)
            continue;
        platform.setSecret(password);
        src/* secrets */.O3.add(password);
    }
    if (connections.length === 0 && !inputs.mediaDir && !inputs.mediaS3) {
        throw new src/* ConfigError */.xL('Nothing to back up: set "database-url" to one or more database URLs, and/or "media-dir" or "media-s3".', { input: 'database-url' });
    }
    return connections;
}
function checkIdleTimeout(seconds) {
    if (Number.isFinite(seconds) && seconds >= 1)
        return;
    throw new src/* ConfigError */.xL(`Input "idle-timeout" must be a number of seconds of 1 or more (got ${seconds}).`, {
        input: 'idle-timeout',
    });
}
function checkEnvironment(environment) {
    if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(environment))
        return environment;
    throw new src/* ConfigError */.xL(`Input "environment" must be a name of letters, digits, ".", "_" or "-" (got ${JSON.stringify(environment)}).`, { input: 'environment' });
}
function checkRetention(inputs) {
    for (const [name, value] of [
        ['keep-last', inputs.keepLast],
        ['max-age-days', inputs.maxAgeDays],
    ]) {
        if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
            throw new src/* ConfigError */.xL(`Input "${name}" must be a whole number of 1 or more (got ${value}).`, {
                input: name,
            });
        }
    }
}
/**
 * The stored files of `media-dir` or `media-s3`, and how to release them. S3 credentials from the
 * environment are masked first. @throws ConfigError for both inputs, or a bad one.
 */
async function openMedia(platform, inputs, workspace) {
    const { mediaDir, mediaS3 } = inputs;
    if (mediaDir !== undefined && mediaS3 !== undefined) {
        throw new src/* ConfigError */.xL('Set "media-dir" or "media-s3", not both: a backup holds one media archive.', {
            input: 'media-s3',
        });
    }
    if (mediaDir !== undefined) {
        const root = await (0,media/* mediaRoot */.RR)(external_node_path_default().resolve(workspace, mediaDir));
        return { source: (0,media/* dirMediaSource */.nh)(root, mediaDir), close: () => undefined };
    }
    if (mediaS3 === undefined)
        return { close: () => undefined };
    if (!(0,src/* isS3Uri */.tL)(mediaS3)) {
        throw new src/* ConfigError */.xL(`Input "media-s3" must be s3://bucket/prefix (got ${JSON.stringify(mediaS3)}).`, {
            input: 'media-s3',
        });
    }
    const location = (0,src/* parseS3Uri */.yc)(mediaS3, 'media-s3');
    (0,src/* maskAwsCredentials */.Ce)(platform);
    const [{ s3Client }, { s3MediaSource }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(639), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 3201)), Promise.all(/* import() */[__webpack_require__.e(639), __webpack_require__.e(160)]).then(__webpack_require__.bind(__webpack_require__, 6160))]);
    const client = s3Client({ endpoint: inputs.s3Endpoint, region: inputs.s3Region, env: platform.env });
    return { source: s3MediaSource(client, location, mediaS3), close: () => client.destroy() };
}
/**
 * The destination of `destination`, and how to release it. S3 credentials from the environment are
 * masked first; the AWS SDK is loaded only then. @throws ConfigError for a form that is not supported.
 */
async function openDestination(platform, inputs, workspace, reportDir, environment) {
    const { destination } = inputs;
    const local = async (root) => {
        // A destination that cannot be written is said up front, in words (not Node's ENOENT of mkdir -p).
        await (0,src_destination/* makeDir */.gE)(external_node_path_default().join(root, environment)).catch((error) => {
            const reason = (0,fs_errors/* fsReason */.E)(error);
            if (!reason)
                throw error;
            throw new src/* ConfigError */.xL(`Input "destination": cannot write backups to ${root}: ${reason}.`, {
                input: 'destination',
            });
        });
        return { destination: (0,src_destination/* localDestination */.iG)(root), close: () => undefined };
    };
    if (destination === 'artifact')
        return local(external_node_path_default().join(reportDir, 'backups'));
    if ((0,src/* isS3Uri */.tL)(destination)) {
        const location = (0,src/* parseS3Uri */.yc)(destination, 'destination');
        (0,src/* maskAwsCredentials */.Ce)(platform);
        const { s3Client, s3Destination } = await Promise.all(/* import() */[__webpack_require__.e(639), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 3201));
        const client = s3Client({ endpoint: inputs.s3Endpoint, region: inputs.s3Region, env: platform.env });
        return { destination: s3Destination(client, location), close: () => client.destroy() };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(destination)) {
        throw new src/* ConfigError */.xL(`Input "destination": ${destination.split('://')[0]}:// is not supported; use a directory, s3://bucket/prefix or artifact.`, { input: 'destination' });
    }
    return local(external_node_path_default().resolve(workspace, destination));
}
/** Deletes expired complete backups of the environment; a failure warns (the new backup is safe). */
async function applyRetention(destination, environment, inputs, current) {
    const started = performance.now();
    const policy = { keepLast: inputs.keepLast, maxAgeDays: inputs.maxAgeDays };
    const durationMs = () => Math.round(performance.now() - started);
    if (policy.keepLast === undefined && policy.maxAgeDays === undefined) {
        return {
            id: 'retention',
            name: 'Retention',
            ok: true,
            summary: 'no policy set; nothing deleted',
            durationMs: 0,
        };
    }
    try {
        const backups = await destination.list(environment);
        const doomed = expired(backups, policy, new Date()).filter((b) => b.id !== current);
        if (destination.removeMany && doomed.length > 0)
            await destination.removeMany(doomed.map((b) => b.id));
        else
            for (const backup of doomed)
                await destination.remove(backup.id);
        const kept = backups.filter((b) => b.complete).length - doomed.length;
        const incomplete = backups.filter((b) => !b.complete).length;
        const summary = `${doomed.length} deleted${doomed.length ? ` (${doomed.map((b) => b.id).join(', ')})` : ''}, ${kept} kept${incomplete ? `; ${incomplete} incomplete left alone` : ''}`;
        return { id: 'retention', name: 'Retention', ok: true, summary, durationMs: durationMs() };
    }
    catch (error) {
        const summary = src/* secrets */.O3.redact(`retention failed: ${error.message}`);
        return { id: 'retention', name: 'Retention', ok: false, summary, durationMs: durationMs(), warn: true };
    }
}
function toCheck(step) {
    const mode = step.warn ? 'warn' : 'enforce';
    if (step.ok)
        return {
            id: step.id,
            name: step.name,
            mode,
            status: 'passed',
            durationMs: step.durationMs,
            summary: step.summary,
            findings: [],
        };
    return {
        id: step.id,
        name: step.name,
        mode,
        status: 'failed',
        durationMs: step.durationMs,
        summary: step.summary,
        findings: [{ severity: step.warn ? 'warning' : 'error', message: step.summary, rule: step.id }],
    };
}


/***/ })

};
