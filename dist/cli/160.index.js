export const id = 160;
export const ids = [160,201];
export const modules = {

/***/ 6160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s3MediaSource: () => (/* binding */ s3MediaSource),
/* harmony export */   unsafeKeyReason: () => (/* binding */ unsafeKeyReason)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3639);
/* harmony import */ var _archive__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4761);
/* harmony import */ var _engines_engine__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2193);
/* harmony import */ var _pipe__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1743);
/* harmony import */ var _s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3201);
/**
 * `media-s3`: stored files under an S3 prefix, written as the same `media.tar.zst` as a media
 * directory. The listing is read a page at a time and one object is streamed at a time into a
 * tar stream written here (each object named `./<key under the prefix>`), which zstd compresses:
 * memory stays bounded whatever the number and size of the objects.
 */






/** Why the name of a key under the prefix may not be stored, or undefined when it may. */
function unsafeKeyReason(name) {
    if (name.startsWith('/'))
        return 'its name under the prefix is absolute';
    if (name.split('/').includes('..'))
        return 'its name under the prefix has a ".." segment';
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'its name under the prefix has a control character';
    return undefined;
}
/**
 * The objects under `location`'s prefix, a listing page at a time. Pages follow each other by
 * `Marker` (the last key seen) of ListObjects, which every S3-compatible store answers alike
 * (s3rver's ListObjectsV2 continuation tokens need DES, which OpenSSL 3 dropped). @throws for an
 * unsafe key.
 */
async function* objectsUnder(client, location, pageSize) {
    const prefix = location.prefix ? `${location.prefix}/` : '';
    let after;
    let truncated = true;
    while (truncated) {
        const page = await client
            .send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .ListObjectsCommand */ .Wc7({
            Bucket: location.bucket,
            Prefix: prefix,
            Marker: after,
            MaxKeys: pageSize,
        }))
            .catch((error) => {
            throw new Error(`listing s3://${location.bucket}/${prefix} failed: ${(0,_s3__WEBPACK_IMPORTED_MODULE_4__.describeS3Error)(error)}`);
        });
        const objects = page.Contents ?? [];
        for (const object of objects) {
            const key = object.Key ?? '';
            const name = key.slice(prefix.length);
            // The folder marker of the prefix itself.
            if (name === '')
                continue;
            const reason = unsafeKeyReason(name);
            if (reason)
                throw new Error(`refusing the key s3://${location.bucket}/${key}: ${reason}`);
            const directory = name.endsWith('/');
            yield {
                key,
                name: directory ? name.replace(/\/+$/, '') : name,
                size: object.Size ?? 0,
                lastModified: object.LastModified ?? new Date(0),
                directory,
            };
        }
        after = objects.at(-1)?.Key;
        truncated = page.IsTruncated === true && after !== undefined;
    }
}
/** The tar stream of the objects, one object read at a time; counts what it stored. */
async function* tarOf(client, location, pageSize, count) {
    // The checks a restore runs, entry by entry: a prefix a restore would refuse fails the backup.
    const check = new _archive__WEBPACK_IMPORTED_MODULE_1__/* .TreeCheck */ .vO();
    const header = (entry, key) => {
        const index = count.entries + 1;
        try {
            const raw = { name: entry.path, type: entry.type, size: entry.size, link: '', mode: 0o644, mtime: 0 };
            check.add((0,_archive__WEBPACK_IMPORTED_MODULE_1__/* .entryOf */ .Ms)(index, raw), index);
        }
        catch (error) {
            if (!(error instanceof _archive__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveRefusal */ .Jh))
                throw error;
            throw new Error(`refusing the key s3://${location.bucket}/${key}: a restore would refuse it: ${error.reason}`);
        }
        return (0,_archive__WEBPACK_IMPORTED_MODULE_1__/* .tarHeader */ .pI)(entry);
    };
    for await (const object of objectsUnder(client, location, pageSize)) {
        const path = `./${object.name}`;
        if (object.directory) {
            yield header({ path, type: 'directory', size: 0, mtime: object.lastModified }, object.key);
            count.entries += 1;
            continue;
        }
        const where = `s3://${location.bucket}/${object.key}`;
        const failed = (error) => new Error(`reading ${where} failed: ${(0,_s3__WEBPACK_IMPORTED_MODULE_4__.describeS3Error)(error)}`);
        const answer = await client
            .send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({ Bucket: location.bucket, Key: object.key }))
            .catch((error) => {
            // Deleted since it was listed: an upload site removes files while the backup runs.
            if (error.name === 'NoSuchKey')
                return undefined;
            throw failed(error);
        });
        if (!answer) {
            count.warnings.push(`${where} vanished before it was read: not stored`);
            continue;
        }
        // The object as read now (it may have changed since it was listed).
        const size = answer.ContentLength ?? 0;
        yield header({ path, type: 'file', size, mtime: answer.LastModified ?? object.lastModified }, object.key);
        let read = 0;
        try {
            for await (const chunk of answer.Body) {
                read += chunk.length;
                if (read > size)
                    break;
                yield chunk;
            }
        }
        catch (error) {
            throw failed(error);
        }
        if (read !== size)
            throw new Error(`reading ${where} failed: got ${read} bytes of ${size}`);
        yield (0,_archive__WEBPACK_IMPORTED_MODULE_1__/* .tarPadding */ .vr)(size);
        count.entries += 1;
        count.sourceBytes += size;
    }
    yield _archive__WEBPACK_IMPORTED_MODULE_1__/* .TAR_END */ .y7;
}
/**
 * The stored files under `location` (`uri` as given in `media-s3`), read with `client`; the
 * listing is read `pageSize` keys at a time (default: the store's, 1,000 on S3).
 */
function s3MediaSource(client, location, uri, pageSize) {
    return {
        source: uri,
        async size() {
            let total = 0;
            for await (const object of objectsUnder(client, location, pageSize))
                total += object.size;
            return total;
        },
        async archive(output) {
            const count = { entries: 0, sourceBytes: 0, warnings: [] };
            const written = await (0,_pipe__WEBPACK_IMPORTED_MODULE_3__/* .runPipe */ .Gp)([(0,_engines_engine__WEBPACK_IMPORTED_MODULE_2__/* .compress */ .Bc)()], {
                input: node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(tarOf(client, location, pageSize, count)),
                output,
            });
            const notes = count.entries === 0
                ? [`no objects under ${uri}: the archive is empty (check the prefix and the endpoint)`]
                : [];
            return { ...written, ...count, notes };
        },
    };
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
