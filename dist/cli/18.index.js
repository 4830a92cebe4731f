export const id = 18;
export const ids = [18];
export const modules = {

/***/ 5018:
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
// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5593);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/http.ts
/**
 * One HTTP exchange, timed from the request to the last byte of the body, with `node:http` and
 * `node:https` directly: exact timing, a keep-alive agent per run, and a private CA.
 */



/** Bodies are kept up to this size; the rest is read (for the timing) and dropped. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** A request that got no (complete) response. */
class RequestError extends Error {
    name = 'RequestError';
    kind;
    constructor(kind, message, options) {
        super(message, options);
        this.kind = kind;
    }
}
/** Sends requests over keep-alive connections; `close` ends them. */
class HttpClient {
    httpAgent;
    httpsAgent;
    constructor(options) {
        this.httpAgent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: options.maxSockets });
        this.httpsAgent = new (external_node_https_default()).Agent({
            keepAlive: true,
            maxSockets: options.maxSockets,
            ...(options.ca ? { ca: [...(external_node_tls_default()).rootCertificates, options.ca] } : {}),
        });
    }
    /** Sends `request`. @throws RequestError when no complete response arrives in time. */
    send(request) {
        const secure = request.url.protocol === 'https:';
        const transport = secure ? (external_node_https_default()) : (external_node_http_default());
        return new Promise((resolve, reject) => {
            const started = performance.now();
            let headersSeen = false;
            const req = transport.request(request.url, {
                method: request.method,
                headers: request.headers,
                agent: secure ? this.httpsAgent : this.httpAgent,
            });
            const timer = setTimeout(() => {
                const seconds = formatSeconds(request.timeoutMs);
                const message = headersSeen
                    ? `the response body was still arriving after ${seconds} (request-timeout)`
                    : `no response within ${seconds} (request-timeout)`;
                req.destroy(new RequestError('timeout', message));
            }, request.timeoutMs);
            const fail = (error) => {
                clearTimeout(timer);
                reject(error instanceof RequestError ? error : classify(error));
            };
            req.on('error', fail);
            req.on('response', (res) => {
                headersSeen = true;
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    if (size < MAX_BODY_BYTES)
                        chunks.push(chunk.subarray(0, MAX_BODY_BYTES - size));
                    size += chunk.length;
                });
                res.on('error', fail);
                res.on('end', () => {
                    clearTimeout(timer);
                    resolve({
                        status: res.statusCode ?? 0,
                        headers: res.headers,
                        body: Buffer.concat(chunks),
                        truncated: size > MAX_BODY_BYTES,
                        latencyMs: performance.now() - started,
                    });
                });
            });
            req.end(request.body);
        });
    }
    /** Closes the idle connections. */
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
    }
}
/** TLS verification failures: a private CA needs `ca-file`; retrying never helps. */
const TLS_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
function classify(error) {
    const code = error.code ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (TLS_CODES.has(code)) {
        return new RequestError('tls', `TLS: ${message} (a private CA needs the input "ca-file")`, {
            cause: error,
        });
    }
    return new RequestError('connection', message || code, { cause: error });
}
/** `2 s`, `0.5 s`. */
function formatSeconds(ms) {
    return `${Number((ms / 1000).toFixed(3))} s`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(8604);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(9474);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(5697);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/ajv.ts
/** JSON Schema validators (ajv) for the checks file, `expect.schema` and OpenAPI responses. */



/** A CommonJS module's export, whether the loader hands over `module.exports` or its `default`. */
function exported(module) {
    return module.default ?? module;
}
const Ajv = exported((ajv_default()));
const Ajv2020 = exported((_2020_default()));
const addFormats = exported((dist_default()));
/**
 * An ajv for schemas written by people and by OpenAPI generators: draft-07 (or 2020-12, the
 * dialect of OpenAPI 3.1), every error, the common formats, unknown keywords (`example`,
 * `xml`...) ignored, OpenAPI 3.0's `nullable` understood.
 */
function createAjv(dialect = 'draft-07') {
    const options = { strict: false, allErrors: true, verbose: true, logger: false };
    const ajv = dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
    addFormats(ajv);
    return ajv;
}
/** Up to `limit` errors as `/items/0/slug must be string`, `(the body) must be array`; the rest counted. */
function describeErrors(errors, limit = 3) {
    const list = errors ?? [];
    const shown = list
        .slice(0, limit)
        .map((e) => `${e.instancePath || '(the body)'} ${e.message ?? 'is invalid'}`);
    const more = list.length > limit ? ` (and ${list.length - limit} more)` : '';
    return `${shown.join('; ')}${more}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./schemas/smoke-checks.schema.json
const smoke_checks_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://maint-actions.dev/schemas/smoke-checks.schema.json","title":"smoke-test-gate checks","description":"The smoke checks of maint-actions smoke-test-gate (the `checks` input, default smoke.yml). Each check sends a request to a path of `base-url` and states what the answer must be.","type":"object","required":["checks"],"additionalProperties":false,"properties":{"checks":{"description":"The checks, run in parallel (the `concurrency` input); the samples of one check run one after another.","type":"array","minItems":1,"items":{"$ref":"#/definitions/check"}}},"definitions":{"check":{"type":"object","required":["name","path"],"additionalProperties":false,"properties":{"name":{"description":"Unique name of the check, shown in the report and in the `failed-checks` output.","type":"string","minLength":1,"maxLength":100},"path":{"description":"Path relative to `base-url`, starting with `/`, with its query string if any.","type":"string","pattern":"^/"},"method":{"description":"HTTP method; default GET. POST, PUT, PATCH and DELETE are sent once unless `repeatable` is true.","type":"string","enum":["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS"]},"headers":{"description":"Request headers. An empty value removes a header the gate would send (such as the `auth-header`), to check that the service refuses anonymous requests.","type":"object","additionalProperties":{"type":"string"}},"body":{"description":"Request body: a string as is, or an object or list sent as JSON (with `Content-Type: application/json` unless `headers` set one)."},"expect":{"$ref":"#/definitions/expect"},"max-latency-ms":{"description":"Latency limit in milliseconds: a number that every sample must stay within, or percentile limits. A percentile is judged only with enough samples (p50: 20, p95: 50, p99: 100); otherwise the report says it was not judged.","oneOf":[{"type":"number","exclusiveMinimum":0},{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"max":{"type":"number","exclusiveMinimum":0},"p50":{"type":"number","exclusiveMinimum":0},"p95":{"type":"number","exclusiveMinimum":0},"p99":{"type":"number","exclusiveMinimum":0}}}]},"samples":{"description":"Measured requests of this check (after the warm-up); default the `samples` input. More than 1 only for a repeatable check (see `repeatable`).","type":"integer","minimum":1,"maximum":1000},"repeatable":{"description":"Whether the request may be sent more than once: warm-up, samples and retries. Default true for GET, HEAD and OPTIONS, false for POST, PUT, PATCH and DELETE, which are sent exactly once (no warm-up, one sample, no retry after an error or a 502/503/504), since a second booking or deletion is not a smoke test. Set true only when repeating the request is harmless.","type":"boolean"}}},"expect":{"description":"What the response must be. Unset: any 2xx status.","type":"object","additionalProperties":false,"properties":{"status":{"description":"Expected status: a number (200), a range (\\"200-299\\"), or a list of them ([200, 204]).","oneOf":[{"$ref":"#/definitions/status"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/status"}}]},"body-contains":{"description":"Text the body must contain: one string or a list of them.","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"json":{"description":"Values in the JSON body: each key is a JSON pointer (such as `/status` or `/items/0/id`), each value what it must equal.","type":"object","propertyNames":{"pattern":"^(/.*)?$"}},"schema":{"description":"A JSON Schema (draft-07) the JSON body must match.","type":["object","boolean"]}}},"status":{"oneOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"string","pattern":"^[1-5][0-9]{2}-[1-5][0-9]{2}$"}]}}}');
;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/checks.ts
/**
 * The smoke checks file (`checks` input, default smoke.yml): YAML validated against the published
 * JSON Schema `schemas/smoke-checks.schema.json`, then turned into checks ready to send. A bad
 * file is a ConfigError naming the file, the check and the field.
 */





/** Methods whose requests change something on the server: sent once unless a check says `repeatable: true`. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Any 2xx: the expectation of a check that states none. */
const ANY_2XX = [{ min: 200, max: 299 }];
/** `200`, `200-299`, `200, 204`. */
function formatStatus(ranges) {
    return ranges.map((r) => (r.min === r.max ? String(r.min) : `${r.min}-${r.max}`)).join(', ');
}
/** Reads and validates the checks file. @throws ConfigError naming `shown` (the file as the user wrote it). */
async function loadChecksFile(file, shown, ajv = createAjv()) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        const reason = error.code === 'ENOENT' ? 'does not exist' : 'cannot be read';
        throw new src/* ConfigError */.xL(`Input "checks": ${shown} ${reason}; write the smoke checks there (see schemas/smoke-checks.schema.json) or set "openapi" to derive them from the schema.`, { input: 'checks', cause: error });
    }
    return parseChecks(text, shown, ajv);
}
let fileValidator;
/** Parses the text of a checks file. @throws ConfigError naming `shown`, the check and the field. */
function parseChecks(text, shown, ajv = createAjv()) {
    let document;
    try {
        document = (0,yaml_dist/* parse */.qg)(text);
    }
    catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new src/* ConfigError */.xL(`${shown} is not valid YAML: ${message}`, { input: 'checks' });
    }
    fileValidator ??= createAjv().compile(smoke_checks_schema_namespaceObject);
    if (!fileValidator(document)) {
        throw new src/* ConfigError */.xL(`${shown}: ${explain(document, fileValidator.errors ?? [])}`, { input: 'checks' });
    }
    const raw = document.checks;
    const seen = new Map();
    return raw.map((check, index) => {
        const where = `${shown}: check "${check.name}" (checks[${index}])`;
        const first = seen.get(check.name);
        if (first !== undefined) {
            throw new src/* ConfigError */.xL(`${where}: the name is used by checks[${first}] too; names must be unique.`, {
                input: 'checks',
            });
        }
        seen.set(check.name, index);
        return toCheck(check, where, ajv);
    });
}
function toCheck(raw, where, ajv) {
    const headers = { ...raw.headers };
    let body;
    if (typeof raw.body === 'string')
        body = raw.body;
    else if (raw.body !== undefined) {
        body = JSON.stringify(raw.body);
        if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
            headers['Content-Type'] = 'application/json';
    }
    const expect = raw.expect ?? {};
    const limits = raw['max-latency-ms'];
    const method = raw.method ?? 'GET';
    const repeatable = raw.repeatable ?? !UNSAFE_METHODS.has(method);
    if (!repeatable && raw.samples !== undefined && raw.samples > 1) {
        const why = raw.repeatable === false ? 'it says `repeatable: false`' : `a ${method} is sent only once`;
        throw new src/* ConfigError */.xL(`${where}: field "samples" is ${raw.samples}, but ${why}; remove "samples", or set "repeatable: true" if sending it ${raw.samples} times is harmless.`, { input: 'checks' });
    }
    return {
        name: raw.name,
        path: raw.path,
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        expect: {
            status: expect.status === undefined ? ANY_2XX : parseStatus(expect.status, where),
            bodyContains: [expect['body-contains'] ?? []].flat(),
            json: Object.entries(expect.json ?? {}),
            ...(expect.schema === undefined ? {} : { schema: compileSchema(ajv, expect.schema, where) }),
        },
        ...(limits === undefined ? {} : { maxLatency: typeof limits === 'number' ? { max: limits } : limits }),
        ...(raw.samples === undefined ? {} : { samples: raw.samples }),
        repeatable,
        origin: 'checks',
    };
}
function parseStatus(value, where) {
    return [value].flat().map((item) => {
        if (typeof item === 'number')
            return { min: item, max: item };
        const [min, max] = item.split('-').map(Number);
        if (min > max) {
            throw new src/* ConfigError */.xL(`${where}: field "expect.status": the range "${item}" is backwards; write it low-high.`, {
                input: 'checks',
            });
        }
        return { min, max };
    });
}
function compileSchema(ajv, schema, where) {
    try {
        return ajv.compile(schema);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new src/* ConfigError */.xL(`${where}: field "expect.schema" is not a valid JSON Schema: ${message}`, {
            input: 'checks',
        });
    }
}
/**
 * The most useful of ajv's errors, for people: the deepest place in the file, said with the
 * check's name and the field's dotted path; for a value that fits none of a field's forms, the
 * field's description from the schema lists them.
 */
function explain(document, errors) {
    const depth = (e) => e.instancePath.split('/').length;
    const deepest = Math.max(...errors.map(depth));
    const candidates = errors.filter((e) => depth(e) === deepest);
    const choice = candidates.findLast((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && describedBy(e)) ??
        candidates[0];
    const segments = choice.instancePath.split('/').slice(1);
    const checks = document.checks;
    let place = '';
    let fieldPath = segments;
    if (segments[0] === 'checks' && segments[1] !== undefined) {
        const index = Number(segments[1]);
        const name = checks?.[index]?.name;
        place = typeof name === 'string' ? `check "${name}" (checks[${index}]): ` : `checks[${index}]: `;
        fieldPath = segments.slice(2);
    }
    const field = fieldPath.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
    const subject = field ? `field "${field}"` : place ? 'the check' : 'the file';
    return `${place}${subject} ${problem(choice)}`;
}
function describedBy(error) {
    const description = error.parentSchema?.description;
    return typeof description === 'string' ? description : undefined;
}
function problem(error) {
    const params = error.params;
    if (error.propertyName !== undefined && error.instancePath.endsWith('/json')) {
        return `has the key "${error.propertyName}", which is not a JSON pointer (write "/${error.propertyName}").`;
    }
    switch (error.keyword) {
        case 'additionalProperties':
            return `has an unknown field "${String(params.additionalProperty)}".`;
        case 'required':
            return `is missing the field "${String(params.missingProperty)}".`;
        case 'enum':
            return `must be one of ${params.allowedValues.join(', ')}.`;
        case 'oneOf':
        case 'anyOf':
            return `is not valid. ${describedBy(error) ?? ''}`.trim();
        case 'pattern':
            return error.instancePath.endsWith('/path')
                ? 'must start with "/" (it is relative to base-url).'
                : `must match ${String(params.pattern)}.`;
        default:
            return `${error.message ?? 'is invalid'}.`;
    }
}

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/expect.ts
/** Whether a response is what a check expects: status, body text, JSON values and JSON Schema. */




/** What is wrong with `response`, one line each; empty when it is as expected. */
function unmetExpectations(response, expect) {
    const problems = [];
    const { status } = response;
    if (!expect.status.some((r) => status >= r.min && status <= r.max)) {
        problems.push(`status ${status}, expected ${formatStatus(expect.status)}`);
    }
    const text = response.body.toString('utf8');
    for (const needle of expect.bodyContains) {
        if (!text.includes(needle))
            problems.push(`the body does not contain ${JSON.stringify(needle)}`);
    }
    if (expect.json.length === 0 && !expect.schema)
        return problems;
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const truncated = response.truncated ? ' (it was cut at the size limit)' : '';
        problems.push(`the body is not valid JSON${truncated}: ${reason}`);
        return problems;
    }
    for (const [pointer, expected] of expect.json) {
        const found = (0,src/* resolvePointer */.cj)(document, pointer);
        if (!found.found)
            problems.push(`${pointer || '(the body)'} is missing, expected ${JSON.stringify(expected)}`);
        else if (!(0,external_node_util_.isDeepStrictEqual)(found.value, expected)) {
            problems.push(`${pointer || '(the body)'} is ${expect_short(found.value)}, expected ${expect_short(expected)}`);
        }
    }
    if (expect.schema && !expect.schema(document)) {
        problems.push(`the body does not match the schema: ${describeErrors(expect.schema.errors)}`);
    }
    return problems;
}
/** A value as JSON, at most 80 characters. */
function expect_short(value) {
    const json = JSON.stringify(value) ?? String(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/retry.ts
/**
 * Retries where they help: connection errors, 408, 429 (after its `Retry-After`), 502, 503 and
 * 504, with exponential backoff and full jitter, never past the deadline. Anything else is final.
 */

/** Statuses worth another attempt. */
const RETRYABLE_STATUSES = new Set([408, 429, 502, 503, 504]);
/** Milliseconds left before `deadline` (negative once past). */
function remaining(deadline) {
    return deadline.at - performance.now();
}
/** The earlier of two deadlines. */
function earliest(a, b) {
    return a.at <= b.at ? a : b;
}
/** The gate ran out of time before a request could be sent. */
class DeadlineError extends Error {
    name = 'DeadlineError';
}
/** Backoff of requests that are retried. */
const RETRY_BACKOFF = { baseMs: 250, capMs: 8_000 };
/**
 * The wait before retry `attempt` (0 for the first): "full jitter", a uniform draw from
 * [0, min(cap, base·2^attempt)], so clients that failed together do not retry together.
 */
function backoffDelay(attempt, backoff, random = Math.random) {
    return random() * Math.min(backoff.capMs, backoff.baseMs * 2 ** attempt);
}
/** A `Retry-After` value (seconds, or an HTTP date) as milliseconds from `now`; undefined when absent or unreadable. */
function retryAfterMs(value, now = Date.now()) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
/**
 * Sends `request`, retrying connection errors and retryable statuses up to `policy.retries`
 * times. Each attempt's timeout is the request timeout or the time left, whichever is shorter.
 * A retryable status that is still there when the retries or the time run out is returned as
 * the response, with a `note` saying why it was not retried again.
 */
async function sendWithRetry(client, request, policy, deadline) {
    for (let attempt = 0;; attempt++) {
        const left = remaining(deadline);
        if (left <= 0) {
            return { error: new DeadlineError(`the deadline ${deadline.label} passed`), attempts: attempt };
        }
        let wait;
        // Sent with less than request-timeout left, a timeout is the deadline's, not the service's.
        const cutByDeadline = left < policy.requestTimeoutMs;
        try {
            const response = await client.send({
                ...request,
                timeoutMs: cutByDeadline ? left : policy.requestTimeoutMs,
            });
            if (!RETRYABLE_STATUSES.has(response.status))
                return { response, attempts: attempt + 1 };
            if (attempt >= policy.retries) {
                // With no retry allowed (a request sent once), the status is simply the answer.
                if (attempt === 0)
                    return { response, attempts: 1 };
                return {
                    response,
                    attempts: attempt + 1,
                    note: `still ${response.status} after ${attempt + 1} attempts`,
                };
            }
            const after = retryAfterMs(response.headers['retry-after']);
            wait = after ?? backoffDelay(attempt, policy.backoff);
            if (after !== undefined && after > remaining(deadline)) {
                const note = `Retry-After ${formatSeconds(after)} is past the deadline ${deadline.label}`;
                return { response, attempts: attempt + 1, note };
            }
        }
        catch (error) {
            if (!(error instanceof RequestError))
                throw error;
            if (error.kind === 'timeout' && cutByDeadline) {
                return { error: new DeadlineError(`the deadline ${deadline.label} passed`), attempts: attempt + 1 };
            }
            if (error.kind !== 'connection' || attempt >= policy.retries)
                return { error, attempts: attempt + 1 };
            wait = backoffDelay(attempt, policy.backoff);
        }
        await sleep(Math.min(wait, remaining(deadline)));
    }
}

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/probe.ts
/**
 * Running one check: warm-up requests, then its samples one after another. Every response is
 * judged against the check's expectations (only the samples are timed); the first failing one
 * ends the check (a smoke check that fails once has failed), and so does a request that got no
 * answer.
 */



/** Characters of a response body shown in a report excerpt. */
const EXCERPT_CHARS = 2_000;
/** `base` joined with a check's `path` (`https://host/app` + `/api/x` = `https://host/app/api/x`). */
function urlOf(base, path) {
    const url = new URL(base.href);
    const [pathname, query] = path.split(/\?(.*)/s, 2);
    url.pathname = `${base.pathname.replace(/\/+$/, '')}${pathname}`;
    url.search = query === undefined ? '' : `?${query}`;
    url.hash = '';
    return url;
}
/** The request headers of `check`: the gate's, then the check's; an empty value removes one. */
function headersOf(base, own) {
    const merged = new Map();
    for (const [name, value] of [...Object.entries(base), ...Object.entries(own)]) {
        if (value === '')
            merged.delete(name.toLowerCase());
        else
            merged.set(name.toLowerCase(), [name, value]);
    }
    return Object.fromEntries(merged.values());
}
/**
 * Runs `check`: `warmup` requests, then its samples. A check that is not repeatable (a POST,
 * PUT, PATCH or DELETE unless it says `repeatable: true`) is sent exactly once: no warm-up, one
 * sample, no retry.
 */
async function probe(client, check, options) {
    const started = performance.now();
    const request = {
        url: urlOf(options.baseUrl, check.path),
        method: check.method,
        headers: headersOf(options.headers, check.headers),
        ...(check.body === undefined ? {} : { body: check.body }),
    };
    const once = !check.repeatable;
    const planned = once ? 1 : (check.samples ?? options.samples);
    const warmup = once ? 0 : options.warmup;
    const policy = once ? { ...options.policy, retries: 0 } : options.policy;
    const latencies = [];
    let retries = 0;
    const done = (problems, response) => ({
        check,
        latencies,
        planned,
        retries,
        problems,
        ...(response ? { excerpt: excerptOf(response) } : {}),
        durationMs: performance.now() - started,
    });
    for (let i = 0; i < warmup + planned; i++) {
        const warming = i < warmup;
        const exchange = await sendWithRetry(client, request, policy, options.deadline);
        retries += Math.max(0, exchange.attempts - 1);
        const when = warming
            ? 'warm-up request'
            : once
                ? `${check.method} (sent once: not repeatable)`
                : `sample ${i - warmup + 1} of ${planned}`;
        if ('error' in exchange) {
            const tries = exchange.attempts > 1 ? ` (${exchange.attempts} attempts)` : '';
            return done([`${when}: ${exchange.error.message}${tries}`]);
        }
        const { response } = exchange;
        if (!warming)
            latencies.push(response.latencyMs);
        const problems = unmetExpectations(response, check.expect);
        if (problems.length > 0) {
            const note = exchange.note ? ` (${exchange.note})` : '';
            return done(problems.map((p) => `${when}: ${p}${note}`), response);
        }
    }
    return done([]);
}
/** `HTTP 503 · text/html`, a blank line and the start of the body; secrets redacted. */
function excerptOf(response) {
    const type = response.headers['content-type'];
    const text = response.body.toString('utf8');
    const body = text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}\n... (${text.length} characters)` : text;
    return src/* secrets */.O3.redact(`HTTP ${response.status}${type ? ` · ${type}` : ''}\n\n${body}`);
}

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/version.ts

/** Reads the version from the header or the JSON body of a response. */
function reportedVersion(source, headers, body) {
    if (source.header) {
        const value = headers[source.header.toLowerCase()];
        const text = Array.isArray(value) ? value[0] : value;
        return text ? { version: text.trim() } : { missing: `no ${source.header} header` };
    }
    let document;
    try {
        document = JSON.parse(body.toString('utf8'));
    }
    catch {
        return { missing: 'a body that is not JSON' };
    }
    const found = (0,src/* resolvePointer */.cj)(document, source.pointer);
    if (!found.found || found.value === null || typeof found.value === 'object') {
        return { missing: `no version at ${source.pointer || '(the root)'}` };
    }
    return { version: String(found.value).trim() };
}
const SHA = /^[0-9a-f]{7,64}$/i;
/**
 * Whether `reported` is `expected`: equal, equal but for a leading `v` (`v1.4.2` and `1.4.2`),
 * or two commit SHAs of which one (7 characters or more) is the start of the other.
 */
function isExpectedVersion(expected, reported) {
    const a = expected.trim();
    const b = reported.trim();
    if (a === b || a.replace(/^v(?=\d)/, '') === b.replace(/^v(?=\d)/, ''))
        return true;
    if (!SHA.test(a) || !SHA.test(b))
        return false;
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return long.toLowerCase().startsWith(short.toLowerCase());
}

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/ready.ts
/**
 * Waiting for a deploy: poll the readiness URL with exponential backoff and full jitter until it
 * answers 2xx and, with an expected version, reports it. A slow start is not a failure (only the
 * deadline is); a healthy old version never passes.
 */



/** Backoff of readiness polls: a first poll again soon, then at most every 5 s. */
const READY_BACKOFF = { baseMs: 200, capMs: 5_000 };
/** Polls until ready, a final answer (a 4xx other than 408/429, a TLS failure), or the deadline. */
async function waitForReady(client, options) {
    const started = performance.now();
    const backoff = options.backoff ?? READY_BACKOFF;
    let version;
    let lastSeen = 'no answer';
    let response;
    let attempts = 0;
    const outcome = (ready, reason) => ({
        ready,
        attempts,
        elapsedMs: performance.now() - started,
        ...(version === undefined ? {} : { version }),
        ...(reason === undefined ? {} : { reason }),
        ...(response === undefined ? {} : { response }),
    });
    const deadlinePassed = () => outcome(false, timedOut(options, lastSeen, version, attempts, performance.now() - started));
    for (;;) {
        const left = remaining(options.deadline);
        if (left <= 0)
            return deadlinePassed();
        attempts++;
        let wait;
        // A poll sent just before the deadline gets only the time left: when that runs out, the
        // deadline ended the poll, not the service, and the answers seen before it still stand.
        const cutByDeadline = left < options.requestTimeoutMs;
        try {
            response = await client.send({
                url: options.url,
                method: 'GET',
                headers: options.headers,
                timeoutMs: cutByDeadline ? left : options.requestTimeoutMs,
            });
            const { status } = response;
            if (status >= 200 && status < 300) {
                if (options.expectVersion === undefined)
                    return outcome(true);
                const reported = reportedVersion(options.source, response.headers, response.body);
                if ('version' in reported) {
                    version = reported.version;
                    if (isExpectedVersion(options.expectVersion, version))
                        return outcome(true);
                    lastSeen = `version "${version}"`;
                }
                else {
                    lastSeen = `${status} with ${reported.missing}`;
                }
            }
            else if (status >= 400 && status < 500 && !RETRYABLE_STATUSES.has(status)) {
                return outcome(false, `${options.path} answered ${status}, which waiting does not change (check "ready-path" and "auth-header")`);
            }
            else {
                lastSeen = String(status);
                wait = retryAfterMs(response.headers['retry-after']);
            }
        }
        catch (error) {
            if (!(error instanceof RequestError))
                throw error;
            if (error.kind === 'tls')
                return outcome(false, `${options.path}: ${error.message}`);
            if (error.kind === 'timeout' && cutByDeadline) {
                if (lastSeen === 'no answer')
                    lastSeen = 'no answer before the deadline';
                return deadlinePassed();
            }
            lastSeen = `no answer (${error.message})`;
        }
        await sleep(Math.min(wait ?? backoffDelay(attempts - 1, backoff, options.random), remaining(options.deadline)));
    }
}
function timedOut(options, lastSeen, version, attempts, elapsedMs) {
    const after = `after ${formatSeconds(Math.round(elapsedMs))} and ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} (deadline ${options.deadline.label})`;
    if (version !== undefined && lastSeen.startsWith('version')) {
        return `${options.path} still reports version "${version}", not "${options.expectVersion}", ${after}: the new version is not serving`;
    }
    return `${options.path} was not ready ${after}: last answer ${lastSeen}`;
}

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/latency.ts
/**
 * Samples a percentile needs before it is judged. By nearest rank, pN of fewer than
 * 100/(100−N) samples is simply the slowest one; these minimums leave at least one sample
 * above p99 and two or more above p95 and p50, so one slow request cannot decide alone.
 */
const MIN_SAMPLES = { p50: 20, p95: 50, p99: 100 };
/** The `p`th percentile of ascending `sorted` by nearest rank: the value at rank ⌈p/100 · n⌉. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        throw new RangeError('percentile of no samples');
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}
/** Stats of `latencies` (ms); undefined without any. */
function latencyStats(latencies) {
    if (latencies.length === 0)
        return undefined;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
        samples: sorted.length,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1],
    };
}
/** Judges `stats` against `limits` and, with a baseline, the regression budget (percent). */
function judgeLatency(stats, limits, regression) {
    const failures = [];
    const notes = [];
    if (limits?.max !== undefined && stats.max > limits.max) {
        failures.push(`slowest sample ${ms(stats.max)} is over the limit of ${ms(limits.max)}`);
    }
    for (const p of ['p50', 'p95', 'p99']) {
        const limit = limits?.[p];
        if (limit === undefined)
            continue;
        if (stats.samples < MIN_SAMPLES[p]) {
            notes.push(`${p} limit ${ms(limit)} not judged: ${samples(stats.samples)} (${p} needs ${MIN_SAMPLES[p]})`);
        }
        else if (stats[p] > limit) {
            failures.push(`${p} ${ms(stats[p])} is over the limit of ${ms(limit)}`);
        }
    }
    if (regression) {
        const { baseline, maxPercent } = regression;
        if (!baseline)
            notes.push('no p95 of this check in the baseline report');
        else if (Math.min(stats.samples, baseline.samples) < MIN_SAMPLES.p95) {
            notes.push(`regression not judged: ${samples(stats.samples)} now, ${baseline.samples} before (p95 needs ${MIN_SAMPLES.p95} on both)`);
        }
        else {
            const budget = baseline.p95 * (1 + maxPercent / 100);
            if (stats.p95 > budget) {
                const percent = Math.round((stats.p95 / baseline.p95 - 1) * 100);
                failures.push(`p95 ${ms(stats.p95)} is ${percent}% over the previous run's ${ms(baseline.p95)} (max-regression ${maxPercent}%)`);
            }
        }
    }
    return { failures, notes };
}
function samples(count) {
    return `${count} sample${count === 1 ? '' : 's'}`;
}
/** `12.3 ms`. */
function ms(value) {
    return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/verdict.ts
/** How smoke-test-gate judges what it saw: a check per probe, the readiness check, the summary line. */



/** The id of the readiness check in the report and in `failed-checks`. */
const READY_CHECK = 'ready';
/** A probe as a report check and a latency row: expectations, then latency limits and the regression budget. */
function judge(p, inputs, baselines) {
    const { check } = p;
    const stats = latencyStats(p.latencies);
    const judgement = stats && p.problems.length === 0
        ? judgeLatency(stats, check.maxLatency, baselines ? { baseline: baselines.get(check.name), maxPercent: inputs.maxRegression } : undefined)
        : { failures: [], notes: [] };
    const problems = [...p.problems, ...judgement.failures].map((text) => src/* secrets */.O3.redact(text));
    const findings = [
        ...problems.map((message) => ({ severity: 'error', message, rule: check.name })),
        ...judgement.notes.map((message) => ({ severity: 'notice', message, rule: check.name })),
    ];
    const status = problems.length > 0 ? 'failed' : 'passed';
    const summary = problems[0] ?? passSummary(p, stats);
    return {
        check: {
            id: check.name,
            name: check.name,
            mode: 'enforce',
            status,
            durationMs: Math.round(p.durationMs),
            summary,
            counts: countsOf(p, stats),
            findings,
            command: [check.method, check.path],
            ...(p.excerpt ? { outputTail: p.excerpt } : {}),
        },
        row: { name: check.name, status, stats, limits: limitsText(check, judgement.notes) },
    };
}
function passSummary(p, stats) {
    const retried = p.retries ? `, ${p.retries} retried` : '';
    if (!stats)
        return 'passed';
    if (stats.samples === 1)
        return `passed in ${ms(stats.p50)}${retried}`;
    return `${stats.samples} samples passed: p50 ${ms(stats.p50)}, p95 ${ms(stats.p95)}, max ${ms(stats.max)}${retried}`;
}
function countsOf(p, stats) {
    const counts = { samples: p.latencies.length, retries: p.retries };
    if (stats)
        Object.assign(counts, {
            p50Ms: round(stats.p50),
            p95Ms: round(stats.p95),
            p99Ms: round(stats.p99),
            maxMs: round(stats.max),
        });
    return counts;
}
/** `max ≤ 800 ms, p95 ≤ 300 ms; p95 limit 300 ms not judged: 10 samples (p95 needs 50)`. */
function limitsText(check, notes) {
    const limits = Object.entries(check.maxLatency ?? {}).map(([key, value]) => `${key} ≤ ${ms(value)}`);
    return [limits.join(', '), ...notes].filter(Boolean).join('; ');
}
function readyCheck(ready, inputs) {
    const base = { id: READY_CHECK, name: `Ready: ${inputs.readyPath}`, mode: 'enforce' };
    const durationMs = Math.round(ready.elapsedMs);
    const counts = { attempts: ready.attempts };
    if (ready.ready) {
        const version = ready.version ? ` serving ${ready.version}` : '';
        return {
            ...base,
            status: 'passed',
            durationMs,
            counts,
            findings: [],
            summary: `ready${version} after ${ready.attempts} attempt${ready.attempts === 1 ? '' : 's'}`,
        };
    }
    const message = src/* secrets */.O3.redact(ready.reason ?? 'not ready');
    return {
        ...base,
        status: 'failed',
        durationMs,
        counts,
        summary: message,
        findings: [{ severity: 'error', message, rule: READY_CHECK }],
        ...(ready.response ? { outputTail: excerptOf(ready.response) } : {}),
    };
}
function skippedCheck(check) {
    return {
        id: check.name,
        name: check.name,
        mode: 'enforce',
        status: 'skipped',
        durationMs: 0,
        summary: 'not run: the service was not ready',
        findings: [],
    };
}
/** `5 checks passed on 1.4.2 (p95 23 ms)`, `not ready: ...`, or `2 of 5 checks failed: a, b`. */
function oneLineSummary(ready, checks, overall) {
    if (!ready.ready)
        return `not ready: ${src/* secrets */.O3.redact(ready.reason ?? '')}`;
    const smoke = checks.filter((c) => c.id !== READY_CHECK);
    const failed = smoke.filter(src/* isBlocking */.Us);
    const p95 = overall ? ` (p95 ${ms(overall.p95)})` : '';
    if (failed.length > 0) {
        return `${failed.length} of ${smoke.length} smoke checks failed: ${failed.map((c) => `${c.name}: ${c.summary}`).join('; ')}`;
    }
    const on = ready.version ? ` on ${ready.version}` : '';
    return `${smoke.length} smoke check${smoke.length === 1 ? '' : 's'} passed${on}${p95}`;
}
function round(value) {
    return Math.round(value * 10) / 10;
}

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/exercise.ts
/**
 * The requests of a smoke-test-gate run: wait until the service is ready (and serves the expected
 * version), then probe every check, a few at a time, within the gate's deadline.
 */






async function exercise(platform, inputs, prepared) {
    const { baseUrl, headers, ca, checks } = prepared;
    const now = performance.now();
    const gateDeadline = { at: now + inputs.timeout * 1000, label: `timeout (${inputs.timeout} s)` };
    const readyDeadline = earliest(gateDeadline, {
        at: now + inputs.readyTimeout * 1000,
        label: `ready-timeout (${inputs.readyTimeout} s)`,
    });
    const policy = {
        retries: inputs.retries,
        requestTimeoutMs: inputs.requestTimeout * 1000,
        backoff: RETRY_BACKOFF,
    };
    const client = new HttpClient({ maxSockets: inputs.concurrency, ...(ca ? { ca } : {}) });
    try {
        platform.progress({ id: READY_CHECK, label: `Ready: ${inputs.readyPath}`, state: 'running' });
        const ready = await waitForReady(client, {
            url: urlOf(baseUrl, inputs.readyPath),
            path: inputs.readyPath,
            headers,
            ...(inputs.expectVersion ? { expectVersion: inputs.expectVersion } : {}),
            source: {
                pointer: inputs.versionPointer,
                ...(inputs.versionHeader ? { header: inputs.versionHeader } : {}),
            },
            requestTimeoutMs: policy.requestTimeoutMs,
            deadline: readyDeadline,
        });
        platform.progress({
            id: READY_CHECK,
            label: `Ready: ${inputs.readyPath}`,
            state: ready.ready ? 'passed' : 'failed',
            detail: ready.reason,
        });
        if (!ready.ready)
            return { ready, probes: [] };
        for (const check of checks)
            platform.progress({ id: check.name, label: check.name, state: 'queued' });
        const probes = await (0,src/* mapLimit */.sf)(checks, inputs.concurrency, async (check) => {
            platform.progress({ id: check.name, label: check.name, state: 'running' });
            const result = await probe(client, check, {
                baseUrl,
                headers,
                samples: inputs.samples,
                warmup: inputs.warmup,
                policy,
                deadline: gateDeadline,
            });
            platform.progress({
                id: check.name,
                label: check.name,
                state: result.problems.length ? 'failed' : 'passed',
                detail: result.problems[0],
            });
            return result;
        });
        return { ready, probes };
    }
    finally {
        client.close();
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/openapi.ts
/**
 * Checks derived from an OpenAPI 3.0/3.1 schema: every GET operation a client can call without
 * inventing anything (no required parameters), expecting a documented 2xx status and, for a
 * JSON response, a body matching its schema (`$ref`s resolved inside the document).
 */




/** The document's id inside ajv: its `#/components/...` references resolve against it. */
const DOCUMENT_ID = 'smoke-test-gate:openapi';
/** Reads the schema and derives its checks. @throws ConfigError naming `openapi`. */
async function loadOpenapiChecks(file, shown) {
    let document;
    try {
        document = (0,yaml_dist/* parse */.qg)(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        const reason = error.code === 'ENOENT'
            ? 'does not exist'
            : `cannot be read: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
        throw new src/* ConfigError */.xL(`Input "openapi": ${shown} ${reason}.`, { input: 'openapi', cause: error });
    }
    return openapiChecks(document, shown);
}
/** The checks of an OpenAPI document. @throws ConfigError naming `openapi` when it is not OpenAPI 3. */
function openapiChecks(document, shown) {
    const doc = document;
    const version = typeof doc?.openapi === 'string' ? doc.openapi : '';
    if (!/^3\.[01]\./.test(version) || !isObject(doc?.paths)) {
        throw new src/* ConfigError */.xL(`Input "openapi": ${shown} is not an OpenAPI 3.0 or 3.1 document with paths.`, {
            input: 'openapi',
        });
    }
    const ajv = createAjv(version.startsWith('3.1') ? '2020-12' : 'draft-07');
    ajv.addSchema(doc, DOCUMENT_ID, undefined, false);
    const checks = [];
    for (const [path, item] of Object.entries(doc.paths)) {
        const pathItem = deref(doc, item);
        const operation = deref(doc, pathItem?.get);
        if (!pathItem || !operation || /\{[^}]+\}/.test(path))
            continue;
        const parameters = [pathItem.parameters, operation.parameters].flatMap((list) => Array.isArray(list) ? list.map((p) => deref(doc, p)) : []);
        if (parameters.some((p) => p?.required === true))
            continue;
        const operationPointer = (0,src/* appendPointer */.Uc)((0,src/* appendPointer */.Uc)('/paths', path), 'get');
        checks.push(operationCheck(ajv, doc, path, operation, operationPointer));
    }
    return checks;
}
function operationCheck(ajv, doc, path, operation, pointer) {
    const responses = isObject(operation.responses) ? operation.responses : {};
    const codes = Object.keys(responses).filter((code) => /^2(\d\d|XX)$/i.test(code));
    const status = codes.length
        ? codes.map((code) => /XX$/i.test(code) ? { min: 200, max: 299 } : { min: Number(code), max: Number(code) })
        : [{ min: 200, max: 299 }];
    const schemaPointer = codes.map((code) => jsonSchemaPointer(doc, responses, code, pointer)).find(Boolean);
    const name = `GET ${path}`;
    return {
        name,
        path,
        method: 'GET',
        headers: { Accept: 'application/json' },
        expect: {
            status,
            bodyContains: [],
            json: [],
            ...(schemaPointer ? { schema: ajv.compile({ $ref: `${DOCUMENT_ID}#${schemaPointer}` }) } : {}),
        },
        repeatable: true,
        origin: 'openapi',
    };
}
/** The pointer of the JSON schema of response `code`, following a `$ref`'d response; undefined without one. */
function jsonSchemaPointer(doc, responses, code, operationPointer) {
    let pointer = (0,src/* appendPointer */.Uc)(`${operationPointer}/responses`, code);
    let response = responses[code];
    const ref = isObject(response) && typeof response.$ref === 'string' ? response.$ref : undefined;
    if (ref?.startsWith('#')) {
        pointer = ref.slice(1);
        response = deref(doc, response);
    }
    if (!isObject(response) || !isObject(response.content))
        return undefined;
    const type = Object.keys(response.content).find((t) => /^application\/([\w.+-]+\+)?json\b/i.test(t));
    if (!type || !isObject(response.content[type]?.schema))
        return undefined;
    return (0,src/* appendPointer */.Uc)((0,src/* appendPointer */.Uc)((0,src/* appendPointer */.Uc)(pointer, 'content'), type), 'schema');
}
/** `value`, or what its local `$ref` points at (one level, as OpenAPI allows for these objects). */
function deref(doc, value) {
    if (!isObject(value))
        return undefined;
    if (typeof value.$ref !== 'string' || !value.$ref.startsWith('#'))
        return value;
    const found = (0,src/* resolvePointer */.cj)(doc, value.$ref.slice(1));
    return found.found && isObject(found.value) ? found.value : undefined;
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/prepare.ts
/**
 * What smoke-test-gate checks and reads before it sends a request: the inputs, the auth header
 * (masked), the CA file, the checks (file and OpenAPI schema) and the latency baselines.
 */






/** Checks every input and reads what the run needs. @throws ConfigError naming the input. */
async function prepare(platform, workspace, inputs) {
    const { baseUrl } = checkInputs(inputs);
    const headers = { 'User-Agent': 'maint-actions-smoke-test-gate' };
    if (inputs.authHeader) {
        const { name, value } = parseAuthHeader(inputs.authHeader);
        // The value, and its credentials alone (`Bearer <token>`), which a service may echo.
        for (const secret of new Set([value, value.replace(/^[A-Za-z][\w-]* +/, '')])) {
            platform.setSecret(secret);
            src/* secrets */.O3.add(secret);
        }
        headers[name] = value;
    }
    const ca = inputs.caFile ? await readInput(workspace, inputs.caFile, 'ca-file') : undefined;
    const checks = await loadChecks(platform, workspace, inputs);
    const baselines = inputs.baselineReport
        ? await readBaselines(platform, workspace, inputs.baselineReport)
        : undefined;
    return { baseUrl, headers, ca, checks, baselines };
}
/** The parsed `base-url`, after every number input was checked. @throws ConfigError naming the input. */
function checkInputs(inputs) {
    let baseUrl;
    try {
        baseUrl = new URL(inputs.baseUrl);
    }
    catch {
        baseUrl = undefined;
    }
    if (baseUrl?.protocol !== 'http:' && baseUrl?.protocol !== 'https:') {
        throw new src/* ConfigError */.xL(`Input "base-url" must be an http:// or https:// URL (got "${inputs.baseUrl}").`, {
            input: 'base-url',
        });
    }
    const positive = {
        'ready-timeout': inputs.readyTimeout,
        timeout: inputs.timeout,
        'request-timeout': inputs.requestTimeout,
    };
    for (const [name, value] of Object.entries(positive)) {
        if (!(value > 0))
            throw new src/* ConfigError */.xL(`Input "${name}" must be more than 0 seconds (got ${value}).`, { input: name });
    }
    const whole = {
        concurrency: [inputs.concurrency, 1],
        samples: [inputs.samples, 1],
        warmup: [inputs.warmup, 0],
        retries: [inputs.retries, 0],
    };
    for (const [name, [value, min]] of Object.entries(whole)) {
        if (!Number.isInteger(value) || value < min) {
            throw new src/* ConfigError */.xL(`Input "${name}" must be a whole number of at least ${min} (got ${value}).`, {
                input: name,
            });
        }
    }
    if (!(inputs.maxRegression >= 0)) {
        throw new src/* ConfigError */.xL(`Input "max-regression" must be a percentage of 0 or more (got ${inputs.maxRegression}).`, {
            input: 'max-regression',
        });
    }
    if (!inputs.readyPath.startsWith('/')) {
        throw new src/* ConfigError */.xL(`Input "ready-path" must start with "/" (got "${inputs.readyPath}").`, {
            input: 'ready-path',
        });
    }
    if (!(0,src/* isPointer */._V)(inputs.versionPointer)) {
        throw new src/* ConfigError */.xL(`Input "version-pointer" must be a JSON pointer such as "/version" or "/build/commit" (got "${inputs.versionPointer}").`, { input: 'version-pointer' });
    }
    return { baseUrl };
}
/** `Name: value` of the `auth-header` input. @throws ConfigError that never echoes the value (a secret). */
function parseAuthHeader(text) {
    const match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(\S.*?)\s*$/s.exec(text);
    if (!match || /[\r\n]/.test(match[2])) {
        throw new src/* ConfigError */.xL('Input "auth-header" must be one header as "Name: value", such as "Authorization: Bearer <token>".', {
            input: 'auth-header',
        });
    }
    return { name: match[1], value: match[2] };
}
async function readInput(workspace, file, input) {
    try {
        return await (0,promises_.readFile)(external_node_path_default().resolve(workspace, file), 'utf8');
    }
    catch (error) {
        throw new src/* ConfigError */.xL(`Input "${input}": ${file} cannot be read (${error.code ?? 'error'}).`, {
            input,
            cause: error,
        });
    }
}
/**
 * The checks of the checks file and of the OpenAPI schema. A derived check named like one of the
 * file (`GET /path`) gives way to it. @throws ConfigError when there is no check at all.
 */
async function loadChecks(platform, workspace, inputs) {
    const file = external_node_path_default().resolve(workspace, inputs.checks);
    const fromFile = (0,external_node_fs_.existsSync)(file) || !inputs.openapi ? await loadChecksFile(file, inputs.checks) : [];
    if (!inputs.openapi)
        return fromFile;
    if (fromFile.length === 0)
        platform.log.info(`${inputs.checks} not found: the checks come from ${inputs.openapi} only.`);
    const names = new Set(fromFile.map((c) => c.name));
    const derived = (await loadOpenapiChecks(external_node_path_default().resolve(workspace, inputs.openapi), inputs.openapi)).filter((c) => !names.has(c.name));
    const checks = [...fromFile, ...derived];
    if (checks.length === 0) {
        throw new src/* ConfigError */.xL(`Input "openapi": ${inputs.openapi} has no GET operation without required parameters; write checks in "${inputs.checks}".`, { input: 'openapi' });
    }
    return checks;
}
/**
 * Each check's p95 and samples in a previous JSON report. A missing file (a first run) warns and
 * judges no regression. @throws ConfigError naming `baseline-report` for a file that is no report.
 */
async function readBaselines(platform, workspace, file) {
    const full = external_node_path_default().resolve(workspace, file);
    if (!(0,external_node_fs_.existsSync)(full)) {
        platform.log.warning(`baseline-report ${file} does not exist (a first run?): no regression is judged.`);
        return new Map();
    }
    let checks;
    try {
        checks = JSON.parse(await (0,promises_.readFile)(full, 'utf8')).checks;
    }
    catch {
        checks = undefined;
    }
    if (!Array.isArray(checks)) {
        throw new src/* ConfigError */.xL(`Input "baseline-report": ${file} is not a JSON report of smoke-test-gate (its "report" output).`, {
            input: 'baseline-report',
        });
    }
    const baselines = new Map();
    for (const check of checks) {
        const p95 = check.counts?.p95Ms;
        const samples = check.counts?.samples;
        if (typeof check.name === 'string' && typeof p95 === 'number' && typeof samples === 'number') {
            baselines.set(check.name, { p95, samples });
        }
    }
    return baselines;
}

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/result.ts

/** The file name of the record, in the report directory. */
const RESULT_FILE = 'smoke-result.json';
/** The latency table of the job summary: samples and p50/p95/p99/max per check. */
function latencyTable(rows) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
    const lines = rows.map(({ name, status, stats, limits }) => {
        const values = stats
            ? [String(stats.samples), ms(stats.p50), ms(stats.p95), ms(stats.p99), ms(stats.max)]
            : ['0', '—', '—', '—', '—'];
        return `| ${cell(name)} | ${status} | ${values.join(' | ')} | ${cell(limits) || '—'} |`;
    });
    return [
        '### Latency',
        '',
        '| Check | Status | Samples | p50 | p95 | p99 | Max | Limits |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...lines,
        '',
        'Percentiles by nearest rank over the measured samples (after the warm-up), from the request to the last byte of the body.',
        '',
    ].join('\n');
}
/** `base-url` without credentials, query or fragment. */
function publicUrl(url) {
    return `${url.origin}${url.pathname}`;
}

// EXTERNAL MODULE: ./actions/smoke-test-gate/src/spec.ts
var spec = __webpack_require__(3206);
;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/run.ts
/**
 * The smoke-test-gate action: wait until the service serves the expected version, run the smoke
 * checks (from the checks file and the OpenAPI schema), judge their latency, and record the
 * verdict for the production job. Steps: prepare.ts (inputs and checks), exercise.ts (the
 * requests), verdict.ts (the checks judged), then the report here.
 */








/** Runs the action (see the spec and smoke-test-gate/README.md). */
async function run({ platform, inputs }) {
    const started = (0,src/* startRun */.AD)(platform, spec/* spec */.I, inputs.reportDir);
    const { workspace, reportDir } = started;
    const prepared = await prepare(platform, workspace, inputs);
    const { ready, probes } = await exercise(platform, inputs, prepared);
    const judged = probes.map((p) => judge(p, inputs, prepared.baselines));
    const reportChecks = [
        readyCheck(ready, inputs),
        ...(ready.ready ? judged.map((j) => j.check) : prepared.checks.map(skippedCheck)),
    ];
    const overall = latencyStats(probes.flatMap((p) => p.latencies));
    const baseUrl = publicUrl(prepared.baseUrl);
    const report = (0,src/* finishReport */.Ux)(started, {
        checks: reportChecks,
        meta: {
            'base-url': baseUrl,
            ...(inputs.expectVersion ? { 'expect-version': inputs.expectVersion } : {}),
            ...(ready.version ? { 'served-version': ready.version } : {}),
            ...(overall ? { p95: ms(overall.p95) } : {}),
        },
    });
    const failed = reportChecks.filter(src/* isBlocking */.Us).map((c) => c.id);
    const fullReportHint = (0,src/* reportHint */.AE)(started);
    const summaryMarkdown = `${(0,src/* renderSummary */.Br)(report, { fullReportHint })}\n${latencyTable(judged.map((j) => j.row))}`;
    const result = {
        schemaVersion: 1,
        sha: platform.context.sha ?? null,
        ref: platform.context.refName ?? null,
        verdict: report.verdict,
        expectedVersion: inputs.expectVersion ?? null,
        servedVersion: ready.version ?? null,
        baseUrl,
        checks: prepared.checks.length,
        failedChecks: failed,
        p95Ms: overall ? round(overall.p95) : null,
        finishedAt: new Date().toISOString(),
        runUrl: platform.context.runUrl ?? null,
    };
    await (0,src/* writeFileAtomic */.Zf)(
    // Its own file beside the report files the entry writes (the directory made, as they need it).
    external_node_path_default().join((0,src/* ensureOwnDir */.Sk)(reportDir), RESULT_FILE), `${src/* secrets */.O3.redact(JSON.stringify(result, null, 2))}\n`);
    return {
        verdict: report.verdict,
        summary: oneLineSummary(ready, reportChecks, overall),
        outputs: {
            passed: String(report.verdict === 'passed'),
            'failed-checks': failed.join(','),
            ...(overall ? { 'p95-ms': String(round(overall.p95)) } : {}),
            report: (0,src/* reportFilePath */.KL)(reportDir, 'json'),
        },
        report,
        publish: { dir: reportDir, formats: ['json', 'summary'], fullReportHint, summaryMarkdown },
    };
}


/***/ })

};
