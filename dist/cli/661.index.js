export const id = 661;
export const ids = [661];
export const modules = {

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CommandNotFoundError: () => (/* binding */ CommandNotFoundError),
/* harmony export */   E: () => (/* binding */ runShell),
/* harmony export */   K: () => (/* binding */ which),
/* harmony export */   runProcess: () => (/* binding */ runProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(637);
/**
 * The process runner. Commands are spawned with argument arrays, never through a shell (except
 * `runShell`, for command strings a user wrote on purpose). Each child leads its own process
 * group, so a timeout or an abort ends the whole tree, grandchildren included.
 */






/** The executable was not found (ENOENT). */
class CommandNotFoundError extends Error {
    name = 'CommandNotFoundError';
    command;
    constructor(command) {
        super(`Command not found: ${command}`);
        this.command = command;
    }
    /** The configuration error to show the user: the tool and the package that provides it. */
    toToolMissing(hint) {
        return new _errors__WEBPACK_IMPORTED_MODULE_5__/* .ToolMissingError */ .hc(this.command, hint);
    }
}
const DEFAULT_GRACE_MS = 5000;
const DEFAULT_MAX_BUFFER = 8 * 1024 * 1024;
/**
 * Runs a command and waits until it has exited and its output is closed.
 *
 * @throws CommandNotFoundError when the executable does not exist; ConfigError when `cwd` does
 *   not exist; the signal's reason when `signal` aborts; the first error thrown by an output callback.
 */
function runProcess(options) {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(options.signal.reason);
            return;
        }
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.command, [...options.args], {
            cwd: options.cwd,
            env: definedOnly(options.env ?? process.env),
            detached: true,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            shell: false,
        });
        let timedOut = false;
        let failure;
        let killTimer;
        /** SIGTERM to the process group now, SIGKILL after the grace period. */
        const terminate = () => {
            if (killTimer)
                return;
            killGroup(child, 'SIGTERM');
            killTimer = setTimeout(() => killGroup(child, 'SIGKILL'), options.graceMs ?? DEFAULT_GRACE_MS);
        };
        const fail = (error) => {
            failure ??= { error };
            terminate();
        };
        const timeout = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                terminate();
            }, options.timeoutMs);
        const onAbort = () => fail(options.signal?.reason);
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
        const stdout = collect(child.stdout, maxBuffer, options.onStdout, fail);
        const stderr = collect(child.stderr, maxBuffer, options.onStderr, fail);
        if (child.stdin && options.input !== undefined) {
            // A child that exits without reading its input closes the pipe: not an error of ours.
            child.stdin.on('error', () => { });
            child.stdin.end(options.input);
        }
        const cleanUp = () => {
            clearTimeout(timeout);
            options.signal?.removeEventListener('abort', onAbort);
        };
        child.on('error', (error) => {
            cleanUp();
            clearTimeout(killTimer);
            if (error.code !== 'ENOENT')
                reject(error);
            else if (options.cwd !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(options.cwd)) {
                reject(new _errors__WEBPACK_IMPORTED_MODULE_5__/* .ConfigError */ .xL(`Working directory ${options.cwd} does not exist.`, { cause: error }));
            }
            else
                reject(new CommandNotFoundError(options.command));
        });
        child.on('close', (exitCode, signal) => {
            cleanUp();
            if (killTimer) {
                // We ended the tree: members that ignored SIGTERM and closed their output go now.
                clearTimeout(killTimer);
                killGroup(child, 'SIGKILL');
            }
            if (failure) {
                reject(failure.error);
                return;
            }
            resolve({
                exitCode,
                signal,
                stdout: stdout.text(),
                stderr: stderr.text(),
                timedOut,
                durationMs: performance.now() - started,
            });
        });
    });
}
/**
 * Runs a command string the user wrote on purpose (such as a `smoke-command` input) with
 * `sh -c`. This is the only place a shell is used: never build `script` from other inputs.
 */
function runShell(script, options) {
    return runProcess({ ...options, command: 'sh', args: ['-c', script] });
}
/**
 * The full path of an executable file named `command` on PATH (from `env`, default process.env),
 * or undefined. A command containing a slash is checked as a path. Empty PATH entries are skipped.
 */
async function which(command, env = process.env) {
    if (command.includes('/'))
        return (await isExecutable(command)) ? node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(command) : undefined;
    for (const dir of (env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter))) {
        if (!dir)
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, command);
        if (await isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
async function isExecutable(file) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
/** Signals the child's process group (it leads one, being spawned detached); gone already is fine. */
function killGroup(child, signal) {
    if (child.pid === undefined)
        return;
    try {
        process.kill(-child.pid, signal);
    }
    catch (error) {
        if (error.code !== 'ESRCH')
            throw error;
    }
}
function definedOnly(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}
/**
 * Streams a child's output to `onChunk` as text and keeps its last `maxBuffer` bytes. A callback
 * that throws is reported to `fail` (which ends the process) instead of crashing the runner.
 */
function collect(stream, maxBuffer, onChunk, fail) {
    const chunks = [];
    let size = 0;
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_4__.StringDecoder('utf8');
    const emit = (text) => {
        if (!onChunk || text === '')
            return;
        try {
            onChunk(text);
        }
        catch (error) {
            fail(error);
        }
    };
    stream?.on('data', (chunk) => {
        emit(decoder.write(chunk));
        chunks.push(chunk);
        size += chunk.length;
        while (size > maxBuffer && chunks.length > 0) {
            const first = chunks[0];
            const excess = size - maxBuffer;
            if (first.length <= excess) {
                chunks.shift();
                size -= first.length;
            }
            else {
                chunks[0] = first.subarray(excess);
                size -= excess;
            }
        }
    });
    stream?.on('end', () => emit(decoder.end()));
    return { text: () => tailText(Buffer.concat(chunks)) };
}
/** Decodes a tail of UTF-8 bytes, skipping continuation bytes left by the cut. */
function tailText(bytes) {
    let start = 0;
    while (start < bytes.length && start < 3 && (bytes[start] & 0xc0) === 0x80)
        start++;
    return bytes.subarray(start).toString('utf8');
}


/***/ })

};
