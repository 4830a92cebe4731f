export const id = 207;
export const ids = [207];
export const modules = {

/***/ 8207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEPENDENCY_SCANNING_FILE: () => (/* binding */ DEPENDENCY_SCANNING_FILE),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 40 modules
var src = __webpack_require__(8078);
// EXTERNAL MODULE: ./actions/dependency-audit/src/spec.ts
var spec = __webpack_require__(7063);
;// CONCATENATED MODULE: ./actions/dependency-audit/src/ignores.ts
/**
 * Owned exceptions: vulnerability IDs the team accepts for a while. Each entry of the
 * `dependency-audit-ignore` list (in `.maint-actions.yml`, or in the file `ignore-file` names)
 * says which ID, why, who owns the decision and until when:
 *
 * ```yaml
 * dependency-audit-ignore:
 *   - id: GHSA-j8r2-6x86-q33q
 *     reason: no proxies in production; upgrade planned with Django 4.2
 *     owner: "@backend-team"
 *     expires: 2025-09-30
 * ```
 *
 * An entry applies through its `expires` day (UTC) and is expired from the day after.
 */



const IGNORE_FIELDS = ['id', 'reason', 'owner', 'expires'];
const FIELDS = IGNORE_FIELDS;
/**
 * Reads the ignore list from `ignoreFile` (relative to the workspace; it must exist) or else
 * from the repo config in force, `repoConfig` (the CLI's `--config` file; unset,
 * `.maint-actions.yml`); a missing list is empty.
 * @throws ConfigError naming the file and the entry for a malformed entry.
 */
async function loadIgnores(workspace, ignoreFile, repoConfig) {
    let config;
    try {
        config = ignoreFile ? await (0,src/* loadConfig */.Z9)(workspace, ignoreFile) : await (0,src/* repoConfigOf */.aj)(workspace, repoConfig);
    }
    catch (error) {
        if (error instanceof src/* ConfigError */.xL && ignoreFile)
            throw new src/* ConfigError */.xL(`Input "ignore-file": ${error.message}`, { input: 'ignore-file', cause: error });
        throw error;
    }
    const file = config.path && external_node_path_default().relative(workspace, config.path).split((external_node_path_default()).sep).join('/');
    const list = config.data[spec/* IGNORE_SECTION */.dH];
    if (list === undefined || list === null || list === '')
        return { file, entries: [] };
    const where = `${file}: ${spec/* IGNORE_SECTION */.dH}`;
    if (!Array.isArray(list))
        throw ignoreError(`${where} must be a list of entries with ${FIELDS.join(', ')}.`, ignoreFile);
    return {
        file,
        entries: list.map((item, index) => entryOf(item, `${where} entry ${index + 1}`, ignoreFile)),
    };
}
function entryOf(item, where, ignoreFile) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw ignoreError(`${where} must be a mapping with ${FIELDS.join(', ')}.`, ignoreFile);
    }
    const record = item;
    const value = (key) => {
        const text = typeof record[key] === 'string' ? record[key].trim() : '';
        if (!text) {
            const what = typeof record.id === 'string' ? ` (${record.id})` : '';
            throw ignoreError(`${where}${what} needs "${key}": every ignore has ${FIELDS.join(', ')}.`, ignoreFile);
        }
        return text;
    };
    const entry = {
        id: value('id'),
        reason: value('reason'),
        owner: value('owner'),
        expires: value('expires'),
    };
    if (!isDate(entry.expires)) {
        throw ignoreError(`${where} (${entry.id}) "expires" must be a date as YYYY-MM-DD (got "${entry.expires}").`, ignoreFile);
    }
    return entry;
}
/** True when `expires` is before `today` (both `YYYY-MM-DD`). */
function isExpired(entry, today) {
    return entry.expires < today;
}
/** The entry that ignores a vulnerability known by `ids` (its ID and aliases), if any. */
function findIgnore(entries, ids) {
    const names = new Set(ids.map((id) => id.toUpperCase()));
    return entries.find((entry) => names.has(entry.id.toUpperCase()));
}
/** Today in UTC as `YYYY-MM-DD`. */
function utcDay(date) {
    return date.toISOString().slice(0, 10);
}
function isDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && utcDay(date) === text;
}
function ignoreError(message, ignoreFile) {
    return ignoreFile ? new src/* ConfigError */.xL(message, { input: 'ignore-file' }) : new src/* ConfigError */.xL(message);
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@renovatebot+pep440@5.0.1/node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(2029);
;// CONCATENATED MODULE: ./actions/dependency-audit/src/versions.ts
/**
 * Python versions are PEP 440, not semver: epochs, pre-, post- and dev-releases and local
 * versions are parsed and ordered by Renovate's PEP 440 implementation.
 */

/**
 * How far `latest` is ahead of `installed`: `pre-release` when `latest` is a pre- or
 * dev-release; otherwise `major`, `minor` or `patch` by the first release segment that differs
 * (a different epoch is `major`; a post-release, or the final release of an installed
 * pre-release, is `patch`). Undefined when `latest` is not newer or either is not PEP 440.
 */
function classifyUpdate(installed, latest) {
    const from = (0,pep440/* explain */.WE)(installed);
    const to = (0,pep440/* explain */.WE)(latest);
    if (!from || !to || (0,pep440/* compare */.UD)(latest, installed) <= 0)
        return undefined;
    if (to.is_prerelease)
        return 'pre-release';
    if (from.epoch !== to.epoch)
        return 'major';
    const length = Math.max(from.release.length, to.release.length);
    for (let i = 0; i < length; i++) {
        if ((from.release[i] ?? 0) !== (to.release[i] ?? 0))
            return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch';
    }
    return 'patch';
}
/**
 * The smallest of `fixes` that is newer than `installed` (fix versions older than the installed
 * one belong to other release lines); undefined when none is. Versions that are not PEP 440
 * are ignored.
 */
function smallestFix(installed, fixes) {
    const newer = fixes.filter((v) => (0,pep440/* valid */.rZ)(v) && (!(0,pep440/* valid */.rZ)(installed) || (0,pep440/* compare */.UD)(v, installed) > 0));
    return newer.sort(pep440/* compare */.UD)[0];
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/audit.ts
/**
 * The audit's findings and the policy applied to them: vulnerabilities (rated, with their
 * smallest fix, ignores applied) and outdated packages (classified), each judged by `fail-on`
 * and `fail-on-outdated`.
 */



/** Every vulnerability of the report, with `ratings[i]` for the i-th (unknown without). */
function vulnerabilitiesOf(result, ratings) {
    const vulns = result.dependencies.flatMap((dep) => dep.vulns.map((v) => ({ package: dep.name, version: dep.version, ...v })));
    return vulns.map((v, i) => {
        const rated = ratings?.[i] ?? { severity: 'unknown' };
        const fix = smallestFix(v.version, v.fixVersions);
        return { ...v, ...(fix ? { fix } : {}), ...rated };
    });
}
/** Applies the ignore list (as of `today`, `YYYY-MM-DD`) and orders everything for the reports. */
function buildAudit(input) {
    const valid = input.ignores.filter((e) => !isExpired(e, input.today));
    const vulnerable = [];
    const ignored = [];
    for (const vuln of input.vulnerabilities) {
        const entry = findIgnore(valid, [vuln.id, ...vuln.aliases]);
        if (entry)
            ignored.push({ vuln, entry });
        else
            vulnerable.push(vuln);
    }
    const outdated = input.outdated.flatMap((p) => {
        const kind = classifyUpdate(p.version, p.latest);
        return kind ? [{ ...p, kind }] : [];
    });
    return {
        vulnerable: vulnerable.sort(bySeverity),
        ignored,
        expired: input.ignores.filter((e) => isExpired(e, input.today)),
        unused: valid.filter((e) => !ignored.some((i) => i.entry === e)),
        outdated: outdated.sort((a, b) => spec/* UPDATE_KINDS */.GY.indexOf(a.kind) - spec/* UPDATE_KINDS */.GY.indexOf(b.kind) || a.name.localeCompare(b.name)),
        skipped: input.pipAudit?.skipped ?? [],
        audited: input.pipAudit?.dependencies.length,
    };
}
/** Most severe first (a known score above an unknown one), then by package and ID. */
function bySeverity(a, b) {
    return (spec/* SEVERITIES */.oC.indexOf(a.severity) - spec/* SEVERITIES */.oC.indexOf(b.severity) ||
        (b.score ?? 0) - (a.score ?? 0) ||
        a.package.localeCompare(b.package) ||
        a.id.localeCompare(b.id));
}
/** Whether a vulnerability of `severity` fails the audit under `failOn`; unknown counts as critical. */
function failsOn(severity, failOn) {
    if (failOn === 'none')
        return false;
    if (failOn === 'any' || severity === 'unknown')
        return true;
    return spec/* SEVERITIES */.oC.indexOf(severity) <= spec/* SEVERITIES */.oC.indexOf(failOn);
}
/** Whether an update of `kind` fails the audit under `level`; a pre-release never does. */
function outdatedFails(kind, level) {
    if (level === 'none' || kind === 'pre-release')
        return false;
    if (level === 'any')
        return true;
    return kind === 'major' || (level === 'minor' && kind === 'minor');
}
/** The most severe of the vulnerabilities, or `none`. */
function highestSeverity(vulns) {
    return spec/* SEVERITIES */.oC.find((s) => vulns.some((v) => v.severity === s)) ?? 'none';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/python-env/src/index.ts + 4 modules
var python_env_src = __webpack_require__(8358);
// EXTERNAL MODULE: ./node_modules/.pnpm/ae-cvss-calculator@1.0.13/node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(3654);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./actions/dependency-audit/src/cvss.ts
/**
 * CVSS scores from vector strings, and their qualitative ratings. Each version is scored by its
 * own method, through ae-cvss-calculator (maintained, Apache-2.0, every FIRST version): v3.0 and
 * v3.1 by their base equations, v4.0 by its macro-vector lookup and interpolation. A v4.0 score
 * is that of the vector as written: CVSS-B for base metrics alone, CVSS-BT when the vector
 * carries a threat metric such as `E:U`, as FIRST names them.
 *
 * The library scores a vector that lacks a base metric as if the metric were "not defined" (a
 * v4.0 vector without `SA` scores 0); such a vector is refused here first, so an incomplete
 * record stays `unknown` instead of passing as harmless.
 */

// The package is a webpack UMD bundle that marks itself `__esModule`. Bundlers (ncc, vite) give
// its named exports; Node's own ES module loader cannot list them and gives only `default`
// (its `module.exports`), which is how the unbundled sources run (@github/local-action, tsx).
const library = "Cvss4P0" in ae_cvss_calculator ? ae_cvss_calculator : (ae_cvss_calculator_default());
const { Cvss3P0, Cvss3P1, Cvss4P0 } = library;
/** The base metrics each version requires, with the values each may take. */
const V3_BASE = {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'R'],
    S: ['U', 'C'],
    C: ['H', 'L', 'N'],
    I: ['H', 'L', 'N'],
    A: ['H', 'L', 'N'],
};
const V4_BASE = {
    AV: ['N', 'A', 'L', 'P'],
    AC: ['L', 'H'],
    AT: ['N', 'P'],
    PR: ['N', 'L', 'H'],
    UI: ['N', 'P', 'A'],
    VC: ['H', 'L', 'N'],
    VI: ['H', 'L', 'N'],
    VA: ['H', 'L', 'N'],
    SC: ['H', 'L', 'N'],
    SI: ['H', 'L', 'N'],
    SA: ['H', 'L', 'N'],
};
/**
 * The score (0.0–10.0) of a `CVSS:3.0/...`, `CVSS:3.1/...` or `CVSS:4.0/...` vector, each by
 * its version's method; undefined for any other text, a vector missing a base metric or with a
 * value the version does not define.
 */
function cvssBaseScore(vector) {
    const text = vector.trim();
    const parts = text.split('/');
    const version = /^CVSS:(3\.0|3\.1|4\.0)$/.exec(parts[0] ?? '')?.[1];
    if (!version)
        return undefined;
    const metrics = new Map();
    for (const part of parts.slice(1)) {
        const [key, value, extra] = part.split(':');
        if (!key || value === undefined || extra !== undefined || metrics.has(key))
            return undefined;
        metrics.set(key, value);
    }
    const required = version === '4.0' ? V4_BASE : V3_BASE;
    for (const [key, values] of Object.entries(required)) {
        if (!values.includes(metrics.get(key) ?? ''))
            return undefined;
    }
    try {
        if (version === '4.0')
            return new Cvss4P0(text).calculateScores().base;
        const cvss = version === '3.1' ? new Cvss3P1(text) : new Cvss3P0(text);
        return cvss.calculateScores().base;
    }
    catch {
        // A threat or environmental metric the library does not know: not a vector we can trust.
        return undefined;
    }
}
/** The rating of a score, by the CVSS v3.1/v4.0 table. */
function ratingOf(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return score > 0 ? 'low' : 'none';
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/osv.ts
/**
 * Severities from the OSV API: one `POST /v1/querybatch` per 1,000 package versions gives the
 * IDs OSV knows for each, then `GET /v1/vulns/{id}` fetches the records, several at a time.
 * A record's severity comes from its CVSS v3 vector, else the database's own rating (GitHub's
 * advisories carry one), else its CVSS v4 vector.
 */


/** OSV's limit of queries in one `querybatch` request. */
const OSV_BATCH_LIMIT = 1000;
/** Vulnerability records fetched at once. */
const OSV_CONCURRENCY = 16;
/**
 * Rates each vulnerability, in order. Its severity is the highest among the OSV records of its
 * ID and aliases that OSV lists for the package version (a PYSEC record often has no score
 * while its GHSA alias has one); when OSV lists none of them, its own ID is fetched.
 *
 * @throws Error when the OSV API cannot be reached or answers with an error (after retries).
 */
async function rateVulnerabilities(vulns, options) {
    const base = options.url.replace(/\/+$/, '');
    const versions = uniqueBy(vulns, (v) => `${v.package}\n${v.version}`);
    const listed = await queryBatch(base, versions, options.policy);
    const idsOf = new Map(versions.map((v, i) => [`${v.package}\n${v.version}`, listed[i] ?? []]));
    const wanted = vulns.map((v) => {
        const names = new Set([v.id, ...v.aliases]);
        const known = (idsOf.get(`${v.package}\n${v.version}`) ?? []).filter((id) => names.has(id));
        return known.length > 0 ? known : [v.id];
    });
    const ids = [...new Set(wanted.flat())];
    const records = await (0,src/* mapLimit */.sf)(ids, options.concurrency ?? OSV_CONCURRENCY, (id) => fetchVuln(base, id, options.policy));
    const ratings = new Map(ids.map((id, i) => [id, records[i] ? rateRecord(records[i]) : undefined]));
    return wanted.map((list) => highest(list.map((id) => ratings.get(id))));
}
/** The IDs OSV lists for each package version, in order, batched by OSV_BATCH_LIMIT. */
async function queryBatch(base, packages, policy) {
    const out = [];
    for (let start = 0; start < packages.length; start += OSV_BATCH_LIMIT) {
        const chunk = packages.slice(start, start + OSV_BATCH_LIMIT);
        const body = {
            queries: chunk.map((p) => ({ package: { name: p.package, ecosystem: 'PyPI' }, version: p.version })),
        };
        const answer = (await request(`${base}/v1/querybatch`, { method: 'POST', body: JSON.stringify(body) }, policy));
        const results = answer?.results;
        if (!Array.isArray(results) || results.length !== chunk.length) {
            throw new Error(`OSV querybatch answered ${results?.length ?? 'no'} results for ${chunk.length} queries`);
        }
        for (const result of results) {
            out.push((result.vulns ?? []).map((v) => v.id).filter((id) => typeof id === 'string'));
        }
    }
    return out;
}
/** The OSV record of `id`, or undefined when OSV does not know it (404). */
async function fetchVuln(base, id, policy) {
    return (await request(`${base}/v1/vulns/${encodeURIComponent(id)}`, { method: 'GET' }, policy, true));
}
/** A record's severity: CVSS v3 score, else `database_specific.severity`, else CVSS v4 score, else unknown. */
function rateRecord(record) {
    const vector = (type) => {
        const found = record.severity?.find((s) => s.type === type);
        return found ? cvssBaseScore(found.score) : undefined;
    };
    const v3 = vector('CVSS_V3');
    if (v3 !== undefined)
        return scored(v3);
    const own = databaseSeverity(record.database_specific?.severity);
    if (own)
        return { severity: own };
    const v4 = vector('CVSS_V4');
    return v4 === undefined ? { severity: 'unknown' } : scored(v4);
}
function scored(score) {
    const rating = ratingOf(score);
    return { severity: rating === 'none' ? 'low' : rating, score };
}
/** GitHub's ratings (CRITICAL, HIGH, MODERATE, LOW) and the like. */
function databaseSeverity(value) {
    if (typeof value !== 'string')
        return undefined;
    const name = value.toLowerCase();
    if (name === 'moderate')
        return 'medium';
    return ['critical', 'high', 'medium', 'low'].find((s) => s === name);
}
const RANK = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };
function highest(ratings) {
    let best = { severity: 'unknown' };
    for (const r of ratings) {
        if (r &&
            (RANK[r.severity] > RANK[best.severity] ||
                (r.severity === best.severity && (r.score ?? 0) > (best.score ?? 0))))
            best = r;
    }
    return best;
}
/**
 * JSON from OSV under the network policy (httpFetch: deadlines, retries of 429/5xx and broken
 * connections, proxies); `querybatch` is a POST that only reads, so it may be repeated.
 * Undefined for a 404 when `missingOk`.
 */
async function request(url, init, policy, missingOk = false) {
    const failed = (why) => new Error(`OSV ${init.method} ${new URL(url).pathname} failed: ${why}`);
    let response;
    try {
        response = await (0,src/* httpFetch */.tX)(url, {
            ...init,
            idempotent: true,
            headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
            ...(policy ? { policy } : {}),
        });
    }
    catch (error) {
        throw failed(error.message);
    }
    if (response.status === 404 && missingOk)
        return undefined;
    if (!response.ok)
        throw failed(`${response.url ? new URL(response.url).host : ''} answered HTTP ${response.status}`);
    return response.json();
}
function uniqueBy(items, key) {
    const seen = new Map();
    for (const item of items)
        if (!seen.has(key(item)))
            seen.set(key(item), item);
    return [...seen.values()];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/dependency-audit/src/report.ts
/**
 * The audit as the project's report model (checks and findings, for the JSON, SARIF and Code
 * Quality renderers of core), as a job summary of its own (vulnerable packages by severity,
 * then outdated ones) and as a GitLab dependency-scanning report (schema 15).
 */




/** The report's checks: `vulnerabilities`, `ignores` (when there is a list) and `outdated`. */
function auditChecks(audit, options) {
    const checks = [vulnerabilityCheck(audit, options)];
    if (audit.expired.length + audit.unused.length + audit.ignored.length > 0)
        checks.push(ignoreCheck(audit, options));
    checks.push(outdatedCheck(audit, options));
    return checks;
}
function vulnerabilityCheck(audit, options) {
    const base = { id: 'vulnerabilities', name: 'Vulnerabilities', mode: options.mode };
    if (options.vulnerabilitiesProblem) {
        return {
            ...base,
            durationMs: options.durationMs.vulnerabilities,
            findings: [],
            ...options.vulnerabilitiesProblem,
        };
    }
    const findings = audit.vulnerable.map((v) => vulnFinding(v, options));
    const counts = Object.fromEntries(spec/* SEVERITIES */.oC.map((s) => [s, audit.vulnerable.filter((v) => v.severity === s).length]));
    const failing = findings.filter((f) => f.severity === 'error').length;
    return {
        ...base,
        status: failing > 0 ? 'failed' : 'passed',
        durationMs: options.durationMs.vulnerabilities,
        summary: vulnSummary(audit, failing),
        counts: {
            ...counts,
            ignored: audit.ignored.length,
            audited: audit.audited ?? 0,
            skipped: audit.skipped.length,
        },
        findings,
    };
}
function vulnFinding(v, options) {
    const line = options.manifest?.lines.get(normalizeName(v.package));
    const fix = v.fix
        ? `upgrade to ${v.fix}`
        : v.fixVersions.length > 0
            ? `fixed in ${v.fixVersions.join(', ')}`
            : 'no fix yet';
    const also = v.aliases.length > 0 ? ` (${v.aliases.join(', ')})` : '';
    const description = v.description ? ` ${v.description}` : '';
    return {
        severity: failsOn(v.severity, options.failOn) ? 'error' : 'warning',
        title: `${v.package} ${v.version}: ${v.id}`,
        message: `${v.package} ${v.version} is vulnerable to ${v.id}${also}, ${severityText(v)}: ${fix}.${description}`,
        rule: v.id,
        ...(options.manifest ? { file: options.manifest.file, ...(line ? { line } : {}) } : {}),
    };
}
function vulnSummary(audit, failing) {
    const parts = [];
    if (audit.vulnerable.length === 0)
        parts.push(`no known vulnerabilities in ${(0,src/* plural */.LS)(audit.audited ?? 0, 'package')}`);
    else {
        const bySeverity = spec/* SEVERITIES */.oC.map((s) => [s, audit.vulnerable.filter((v) => v.severity === s).length])
            .filter(([, n]) => n > 0)
            .map(([s, n]) => `${n} ${s}`);
        parts.push(`${(0,src/* plural */.LS)(audit.vulnerable.length, 'vulnerability', 'vulnerabilities')} (${bySeverity.join(', ')})`);
        if (failing > 0)
            parts.push(`${failing} over the policy`);
    }
    if (audit.ignored.length > 0)
        parts.push(`${audit.ignored.length} ignored`);
    if (audit.skipped.length > 0)
        parts.push(`${audit.skipped.length} skipped`);
    return parts.join(', ');
}
function ignoreCheck(audit, options) {
    const file = options.ignoreFile;
    const findings = [
        ...audit.expired.map((e) => ({
            severity: 'error',
            title: `ignore of ${e.id} expired`,
            message: `The ignore of ${e.id} expired on ${e.expires} (owner ${e.owner}): ${e.owner} should fix it or renew the entry with a new date and reason.`,
            rule: 'expired-ignore',
            ...(file ? { file } : {}),
        })),
        ...audit.unused.map((e) => ({
            severity: 'notice',
            title: `ignore of ${e.id} is unused`,
            message: `The ignore of ${e.id} (owner ${e.owner}) matches no vulnerability any more: remove it.`,
            rule: 'unused-ignore',
            ...(file ? { file } : {}),
        })),
    ];
    const expired = audit.expired.map((e) => `${e.id} (owner ${e.owner})`);
    return {
        id: 'ignores',
        name: 'Ignored vulnerabilities',
        mode: options.mode,
        status: expired.length > 0 ? 'failed' : 'passed',
        durationMs: 0,
        summary: expired.length > 0
            ? `${(0,src/* plural */.LS)(expired.length, 'expired ignore')}: ${expired.join(', ')}`
            : `${audit.ignored.length} ignored, none expired`,
        counts: { ignored: audit.ignored.length, expired: audit.expired.length, unused: audit.unused.length },
        findings,
    };
}
function outdatedCheck(audit, options) {
    const base = { id: 'outdated', name: 'Outdated packages', mode: options.mode };
    if (options.outdatedProblem) {
        return { ...base, durationMs: options.durationMs.outdated, findings: [], ...options.outdatedProblem };
    }
    const findings = audit.outdated.map((p) => {
        const line = options.manifest?.lines.get(normalizeName(p.name));
        return {
            severity: outdatedFails(p.kind, options.failOnOutdated) ? 'error' : 'notice',
            title: `${p.name} ${p.version} → ${p.latest}`,
            message: `${p.name} ${p.version} is outdated: ${p.latest} is out (${p.kind}).`,
            rule: `outdated-${p.kind}`,
            ...(options.manifest ? { file: options.manifest.file, ...(line ? { line } : {}) } : {}),
        };
    });
    const counts = Object.fromEntries(spec/* UPDATE_KINDS */.GY.map((k) => [k, audit.outdated.filter((p) => p.kind === k).length]));
    const failing = findings.filter((f) => f.severity === 'error').length;
    const kinds = spec/* UPDATE_KINDS */.GY.filter((k) => (counts[k] ?? 0) > 0).map((k) => `${counts[k]} ${k}`);
    return {
        ...base,
        status: failing > 0 ? 'failed' : 'passed',
        durationMs: options.durationMs.outdated,
        summary: audit.outdated.length === 0
            ? 'every package is up to date'
            : `${(0,src/* plural */.LS)(audit.outdated.length, 'outdated package')} (${kinds.join(', ')})${failing > 0 ? `, ${failing} over the policy` : ''}`,
        counts,
        findings,
    };
}
/** The job summary's Markdown: the verdict line, notes, vulnerable packages by severity, then outdated ones. */
function renderAuditMarkdown(audit, view) {
    const out = [`## ${view.title}: ${view.verdict}\n`, ...view.lines.map((l) => `- ${l}\n`), '\n'];
    for (const note of view.notes)
        out.push(`> ${note.replace(/\s+/g, ' ').replace(/[<>]/g, (c) => `\\${c}`)}\n\n`);
    if (audit.expired.length > 0) {
        out.push('### Expired ignores\n\n');
        for (const e of audit.expired)
            out.push(`- \`${escapeCell(e.id)}\` expired on ${e.expires}, owner **${escapeCell(e.owner)}**: fix it or renew the entry.\n`);
        out.push('\n');
    }
    if (audit.vulnerable.length > 0) {
        out.push('### Vulnerable packages\n\n| Severity | Package | Installed | Vulnerability | Fix |\n|---|---|---|---|---|\n');
        for (const v of audit.vulnerable) {
            const ids = [report_link(v.id), ...v.aliases.map(escapeCell)].join(', ');
            out.push(`| ${severityText(v)} | ${escapeCell(v.package)} | ${escapeCell(v.version)} | ${ids} | ${escapeCell(v.fix ?? (v.fixVersions.join(', ') || 'none yet'))} |\n`);
        }
        out.push('\n');
    }
    if (audit.outdated.length > 0) {
        out.push('### Outdated packages\n\n| Package | Installed | Latest | Update |\n|---|---|---|---|\n');
        for (const p of audit.outdated)
            out.push(`| ${escapeCell(p.name)} | ${escapeCell(p.version)} | ${escapeCell(p.latest)} | ${p.kind} |\n`);
        out.push('\n');
    }
    if (audit.ignored.length > 0) {
        out.push('### Ignored\n\n| Vulnerability | Package | Owner | Until | Reason |\n|---|---|---|---|---|\n');
        for (const { vuln, entry } of audit.ignored)
            out.push(`| ${report_link(vuln.id)} | ${escapeCell(vuln.package)} ${escapeCell(vuln.version)} | ${escapeCell(entry.owner)} | ${entry.expires} | ${escapeCell(entry.reason)} |\n`);
        out.push('\n');
    }
    if (audit.skipped.length > 0) {
        out.push('### Not audited\n\n');
        for (const s of audit.skipped)
            out.push(`- ${escapeCell(s.name)}: ${escapeCell(s.reason)}\n`);
        out.push('\n');
    }
    return out.join('');
}
/** A GitLab dependency-scanning report (schema 15.x) of the vulnerabilities not ignored. */
function renderDependencyScanning(audit, options) {
    const tool = {
        id: 'maint-actions-dependency-audit',
        name: 'maint-actions dependency-audit',
        version: options.version,
        vendor: { name: 'maint-actions' },
    };
    return {
        version: '15.0.7',
        vulnerabilities: audit.vulnerable.map((v) => ({
            id: uuidOf(`${v.package}\n${v.version}\n${v.id}`),
            name: `${v.id} in ${v.package} ${v.version}`,
            description: v.description || `${v.package} ${v.version} is vulnerable to ${v.id}.`,
            severity: v.severity === 'unknown' ? 'Unknown' : v.severity[0]?.toUpperCase() + v.severity.slice(1),
            ...(v.fix ? { solution: `Upgrade ${v.package} to ${v.fix} or later.` } : {}),
            identifiers: [v.id, ...v.aliases].map(identifierOf),
            links: [{ url: osvUrl(v.id) }],
            location: { file: options.file, dependency: { package: { name: v.package }, version: v.version } },
        })),
        scan: {
            analyzer: tool,
            scanner: { ...tool, id: 'pip-audit', name: 'pip-audit', version: 'unknown', vendor: { name: 'PyPA' } },
            type: 'dependency_scanning',
            start_time: gitlabTime(options.startedAt),
            end_time: gitlabTime(options.endedAt),
            status: 'success',
        },
    };
}
function identifierOf(id) {
    const type = /^(CVE|GHSA|PYSEC)-/i.exec(id)?.[1]?.toLowerCase() ?? 'osv';
    return {
        type,
        name: id,
        value: id,
        url: type === 'cve' ? `https://nvd.nist.gov/vuln/detail/${id}` : osvUrl(id),
    };
}
/** A stable UUID-shaped id (version 4 bits set) derived from `text`. */
function uuidOf(text) {
    const hex = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/** `2024-05-01T10:20:30`: the schema's pattern has no fraction and no zone (UTC here). */
function gitlabTime(date) {
    return date.toISOString().slice(0, 19);
}
function severityText(v) {
    return v.score === undefined ? v.severity : `${v.severity} (${v.score.toFixed(1)})`;
}
function osvUrl(id) {
    return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
function report_link(id) {
    return `[${escapeCell(id)}](${osvUrl(id)})`;
}
/** Text safe in a Markdown table cell: one line, no pipes, no HTML. */
function escapeCell(text) {
    return text.replace(/\s+/g, ' ').replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`);
}
/** PEP 503 normalisation: `Django_REST.framework` → `django-rest-framework`. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/tools.ts
/**
 * The two Python tools the audit reads: pip-audit (vulnerabilities) and `pip list --outdated`
 * (newer releases), run with argument arrays under a timeout, or read from files they wrote in
 * another step. Their JSON is checked as it is parsed, so a bad file is a one-line error.
 */



/** A tool run that did not give a report: what the user sees in the check. */
class ToolRunError extends Error {
    name = 'ToolRunError';
    command;
    outputTail;
    constructor(message, command, outputTail) {
        super(message);
        this.command = command;
        this.outputTail = outputTail;
    }
}
const PIP_AUDIT_HINT = 'add it to your dev requirements (pip install pip-audit)';
/**
 * Parses pip-audit's JSON format (`{"dependencies": [...], "fixes": [...]}`).
 * @throws Error saying what is wrong with the text.
 */
function parsePipAudit(text) {
    const doc = parseJson(text);
    const list = isRecord(doc) ? doc.dependencies : undefined;
    if (!Array.isArray(list))
        throw new Error('expected an object with a "dependencies" list');
    const dependencies = [];
    const skipped = [];
    for (const [index, item] of list.entries()) {
        if (!isRecord(item) || typeof item.name !== 'string') {
            throw new Error(`dependency ${index + 1} has no "name"`);
        }
        if (typeof item.skip_reason === 'string') {
            skipped.push({ name: item.name, reason: item.skip_reason });
            continue;
        }
        if (typeof item.version !== 'string' || !Array.isArray(item.vulns)) {
            throw new Error(`dependency ${item.name} has no "version" and "vulns"`);
        }
        dependencies.push({ name: item.name, version: item.version, vulns: item.vulns.map(vulnOf(item.name)) });
    }
    return { dependencies, skipped };
}
function vulnOf(name) {
    return (vuln) => {
        if (!isRecord(vuln) || typeof vuln.id !== 'string')
            throw new Error(`a vulnerability of ${name} has no "id"`);
        return {
            id: vuln.id,
            fixVersions: strings(vuln.fix_versions),
            aliases: strings(vuln.aliases),
            description: typeof vuln.description === 'string' ? vuln.description : '',
        };
    };
}
/**
 * Parses `pip list --outdated --format json` (`[{"name", "version", "latest_version", ...}]`).
 * @throws Error saying what is wrong with the text.
 */
function parseOutdated(text) {
    const doc = parseJson(text);
    if (!Array.isArray(doc))
        throw new Error('expected a list of packages');
    return doc.map((item, index) => {
        if (!isRecord(item) ||
            typeof item.name !== 'string' ||
            typeof item.version !== 'string' ||
            typeof item.latest_version !== 'string') {
            throw new Error(`package ${index + 1} needs "name", "version" and "latest_version"`);
        }
        return { name: item.name, version: item.version, latest: item.latest_version };
    });
}
/**
 * How to start pip-audit: installed beside the interpreter (a venv's `bin/`), as its module,
 * else on PATH.
 * @throws ToolMissingError naming the package when none is found.
 */
async function findPipAudit(python, env) {
    const beside = external_node_path_default().join(external_node_path_default().dirname(python), 'pip-audit');
    if (await (0,src/* which */.K7)(beside, env))
        return [beside];
    if (await (0,python_env_src/* hasModule */.RZ)(python, 'pip_audit', env))
        return [python, '-m', 'pip_audit'];
    const onPath = await (0,src/* which */.K7)('pip-audit', env);
    if (onPath)
        return [onPath];
    throw new src/* ToolMissingError */.hc('pip-audit', PIP_AUDIT_HINT);
}
/**
 * Runs `pip-audit --format json` on the requirement files (relative to `cwd`), or on the
 * interpreter's environment when there are none (PIPAPI_PYTHON_LOCATION names it, for a
 * pip-audit installed elsewhere). pip-audit exits 1 when it finds something: the report counts.
 *
 * @throws ToolRunError when it gives no report.
 */
async function runPipAudit(command, requirements, options) {
    const args = [...command.slice(1), '--format', 'json', ...requirements.flatMap((file) => ['-r', file])];
    const env = requirements.length > 0 ? options.env : { ...options.env, PIPAPI_PYTHON_LOCATION: options.python };
    const run = await runTool(command[0], args, { ...options, env });
    try {
        return parsePipAudit(run.stdout);
    }
    catch (error) {
        throw failed('pip-audit', run, error);
    }
}
/**
 * Runs `python -m pip list --outdated --format json` for the interpreter's environment, with
 * the environment's pip settings (PIP_INDEX_URL ...).
 * @throws ToolRunError when pip fails or prints no list.
 */
async function runPipOutdated(options) {
    const args = ['-m', 'pip', 'list', '--outdated', '--format', 'json', '--disable-pip-version-check'];
    if (options.pre)
        args.push('--pre');
    const run = await runTool(options.python, args, options);
    if (run.exitCode !== 0)
        throw failed('pip list --outdated', run);
    try {
        return parseOutdated(run.stdout);
    }
    catch (error) {
        throw failed('pip list --outdated', run, error);
    }
}
async function runTool(command, args, options) {
    const commandLine = [command, ...args].map((part) => src/* secrets */.O3.redact(part));
    options.log(`$ ${commandLine.join(' ')}`);
    let result;
    try {
        result = await (0,src/* runProcess */.R3)({
            command,
            args,
            cwd: options.cwd,
            env: options.env,
            timeoutMs: options.timeoutMs,
        });
    }
    catch (error) {
        if (error instanceof src/* CommandNotFoundError */.v$)
            throw new ToolRunError(`${command} was not found`, commandLine, '');
        throw error;
    }
    if (result.timedOut) {
        throw new ToolRunError(`timed out after ${Math.round(options.timeoutMs / 60_000)} min`, commandLine, tail(result.stderr));
    }
    return { ...result, command: commandLine };
}
function failed(tool, run, cause) {
    const exit = run.exitCode === null ? `killed by ${run.signal}` : `exit code ${run.exitCode}`;
    const why = cause instanceof Error ? `: ${cause.message}` : '';
    return new ToolRunError(`${tool} gave no report (${exit})${why}`, run.command, tail(run.stderr || run.stdout));
}
function tail(text) {
    return (0,src/* tailUtf8 */.K)(src/* secrets */.O3.redact(text.trimEnd()), 8 * 1024);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Error(`not JSON (${error.message})`);
    }
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/collect.ts
/**
 * What dependency-audit collects: pip-audit's vulnerabilities (read from a report or run), their
 * severities from OSV, and the outdated packages (read or from `pip list --outdated`). A tool
 * that is missing or breaks becomes a problem of its check, not a crash.
 */









/**
 * Checks the inputs it needs, finds the interpreter when a tool must run, and collects both
 * halves. Adds what the report should say to `meta` and `notes`.
 */
async function collect(platform, inputs, workspace, meta, notes) {
    const cwd = (0,src/* workingDirectory */.p7)(workspace, inputs.workingDirectory);
    meta['working-directory'] = (0,src/* relativeTo */.Mf)(workspace, cwd);
    const timeoutMs = timeoutOf(inputs.timeoutMinutes);
    const requirements = requirementFiles(cwd, inputs.requirements);
    const needsPython = !inputs.pipAuditReport || (inputs.outdated && !inputs.outdatedReport);
    const python = needsPython
        ? await (0,python_env_src/* resolvePython */.Lx)({ python: inputs.python, workspace, cwd, env: platform.env })
        : undefined;
    if (python)
        meta.python = python.version;
    const tools = python && {
        python: python.path,
        cwd,
        env: (0,python_env_src/* activateVenv */.BM)(platform.env, python.path),
        timeoutMs,
        log: (line) => platform.log.debug(line),
    };
    const vulnStarted = performance.now();
    const audited = await auditVulnerabilities(platform, inputs, workspace, requirements, tools, notes);
    const vulnerabilities = audited.result
        ? vulnerabilitiesOf(audited.result, await rate(platform, inputs, audited.result, notes, meta))
        : [];
    const vulnMs = Math.round(performance.now() - vulnStarted);
    const outdatedStarted = performance.now();
    const outdated = await checkOutdated(platform, inputs, workspace, tools);
    const outdatedMs = Math.round(performance.now() - outdatedStarted);
    return {
        cwd,
        requirements,
        audited,
        vulnerabilities,
        outdated,
        durationMs: { vulnerabilities: vulnMs, outdated: outdatedMs },
    };
}
/** pip-audit's report from `pip-audit-report` or from running it; a problem instead when it is missing (warn mode) or broke. */
async function auditVulnerabilities(platform, inputs, workspace, requirements, tools, notes) {
    if (inputs.pipAuditReport) {
        return { result: await readReport(workspace, inputs.pipAuditReport, 'pip-audit-report', parsePipAudit) };
    }
    if (!tools)
        throw new Error('no interpreter to run pip-audit with');
    let command;
    try {
        command = await findPipAudit(tools.python, tools.env);
    }
    catch (error) {
        if (!(error instanceof src/* ToolMissingError */.hc) || inputs.mode !== 'warn')
            throw error;
        const why = 'pip-audit is not installed (pip install pip-audit): vulnerabilities were not audited, this report has outdated packages only.';
        notes.push(why);
        platform.log.warning(why);
        return { problem: { status: 'skipped', summary: 'not audited: pip-audit is not installed' } };
    }
    try {
        return { result: await runPipAudit(command, requirements, tools) };
    }
    catch (error) {
        if (!(error instanceof ToolRunError))
            throw error;
        return {
            problem: {
                status: 'error',
                summary: error.message,
                command: error.command,
                outputTail: error.outputTail,
            },
        };
    }
}
/** Severities from OSV, or undefined (all unknown) when enrichment is off or OSV failed, said in `notes`. */
async function rate(platform, inputs, result, notes, meta) {
    const vulns = vulnerabilitiesOf(result);
    if (!inputs.enrich) {
        meta.severities = 'unknown (enrich: false)';
        if (vulns.length > 0)
            notes.push('Severities are unknown: enrichment is off (`enrich: false`), and `fail-on` counts an unknown severity as critical.');
        return undefined;
    }
    meta.severities = `OSV (${inputs.osvUrl})`;
    if (vulns.length === 0)
        return undefined;
    try {
        return await rateVulnerabilities(vulns, { url: inputs.osvUrl });
    }
    catch (error) {
        const why = `Severities are unknown: ${error.message}. \`fail-on\` counts an unknown severity as critical.`;
        notes.push(why);
        platform.log.warning(why);
        return undefined;
    }
}
/** Outdated packages from `outdated-report` or `pip list --outdated`; a problem when off or broken. */
async function checkOutdated(platform, inputs, workspace, tools) {
    if (!inputs.outdated)
        return { packages: [], problem: { status: 'skipped', summary: 'not checked (`outdated: false`)' } };
    if (inputs.outdatedReport) {
        return { packages: await readReport(workspace, inputs.outdatedReport, 'outdated-report', parseOutdated) };
    }
    if (!tools)
        throw new Error('no interpreter to run pip with');
    try {
        return { packages: await runPipOutdated({ ...tools, pre: inputs.includePreReleases }) };
    }
    catch (error) {
        if (!(error instanceof ToolRunError))
            throw error;
        platform.log.warning(`Outdated packages: ${error.message}`);
        return {
            packages: [],
            problem: {
                status: 'error',
                summary: error.message,
                command: error.command,
                outputTail: error.outputTail,
            },
        };
    }
}
/** Reads and parses a report file named by `input`. @throws ConfigError naming the input. */
async function readReport(workspace, file, input, parse) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(workspace, file), 'utf8');
    }
    catch {
        throw new src/* ConfigError */.xL(`Input "${input}": ${file} cannot be read; give the path of the report, relative to the repository root.`, { input });
    }
    try {
        return parse(text);
    }
    catch (error) {
        throw new src/* ConfigError */.xL(`Input "${input}": ${file} is not in the expected JSON format: ${error.message}.`, { input });
    }
}
/** The requirement files, checked to exist. @throws ConfigError naming `requirements`. */
function requirementFiles(cwd, files) {
    for (const file of files) {
        if (!(0,external_node_fs_.statSync)(external_node_path_default().resolve(cwd, file), { throwIfNoEntry: false })?.isFile()) {
            throw new src/* ConfigError */.xL(`Input "requirements": ${file} is not a file in the working directory.`, {
                input: 'requirements',
            });
        }
    }
    return [...files];
}
/**
 * Where findings point: the first requirement file, else `requirements.txt` of the working
 * directory when there is one, with the line each package is named on.
 */
async function manifestOf(workspace, cwd, requirements) {
    const candidate = external_node_path_default().resolve(cwd, requirements[0] ?? 'requirements.txt');
    if (!(0,external_node_fs_.existsSync)(candidate))
        return undefined;
    const lines = new Map();
    (await (0,promises_.readFile)(candidate, 'utf8')).split('\n').forEach((line, index) => {
        const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)?.[1];
        if (name && !lines.has(normalizeName(name)))
            lines.set(normalizeName(name), index + 1);
    });
    return { file: (0,src/* relativeTo */.Mf)(workspace, candidate), lines };
}
function timeoutOf(minutes) {
    if (!(minutes > 0)) {
        throw new src/* ConfigError */.xL(`Input "timeout-minutes" must be more than 0 (got ${minutes}).`, {
            input: 'timeout-minutes',
        });
    }
    return minutes * 60_000;
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/tracking.ts
/**
 * One tracking issue per repository (per working directory) for scheduled audits, found by
 * the marker its body starts with. Its body ends with a hidden list of what it tracks, so the
 * next run can say what is new since the last one; it is closed when nothing is left.
 */



/** Room an issue body leaves for the audit (GitHub allows 65,536 characters). */
const ISSUE_MARKDOWN_CHARS = 60_000;
/** What the issue tracks: vulnerabilities not ignored, expired ignores and outdated packages over the policy. */
function trackedItems(audit, failOnOutdated) {
    return [
        ...audit.vulnerable.map((v) => ({
            key: `vuln:${v.package}:${v.id}`,
            line: `${v.package} ${v.version}: ${v.id} (${severityText(v)})${v.fix ? `, upgrade to ${v.fix}` : ''}`,
        })),
        ...audit.expired.map((e) => ({
            key: `expired:${e.id}`,
            line: `the ignore of ${e.id} expired on ${e.expires} (owner ${e.owner})`,
        })),
        ...audit.outdated
            .filter((p) => outdatedFails(p.kind, failOnOutdated))
            .map((p) => ({
            key: `outdated:${p.name}:${p.latest}`,
            line: `${p.name} ${p.version} → ${p.latest} (${p.kind})`,
        })),
    ];
}
/**
 * Creates, updates or closes the marked issue. An update comments the items new since the
 * last run (all of them when the issue was closed); with nothing to track, an open issue is
 * closed and none is created.
 */
async function syncTrackingIssue(issues, items, options) {
    if (items.length === 0) {
        const closed = await issues.close(options.marker, `All clean as of ${options.today}: nothing left to track.${options.runUrl ? ` ([run](${options.runUrl}))` : ''}`);
        return closed ? { action: 'closed', url: closed.url, added: [] } : { action: 'none', added: [] };
    }
    const previous = await issues.find(options.marker);
    const before = previous?.state === 'open' ? keysOf(previous.body, options.marker) : new Set();
    const added = items.filter((item) => !before.has(item.key));
    const result = await issues.upsert({
        marker: options.marker,
        title: `Dependency audit: ${(0,src/* plural */.LS)(items.length, 'open finding')}`,
        body: issueBody(items, options),
        labels: options.labels,
        ...(added.length > 0 && previous
            ? { comment: `New since the last run:\n\n${added.map((i) => `- ${i.line}`).join('\n')}` }
            : {}),
    });
    return { action: result.action, url: result.url, added: added.map((i) => i.key) };
}
/** The issue body: marker, the audit, the run, and the hidden list of tracked keys. */
function issueBody(items, options) {
    const run = options.runUrl ? ` by [this run](${options.runUrl})` : '';
    return [
        (0,src/* commentMarker */.Ql)(options.marker),
        options.markdown.trimEnd(),
        '',
        `_Kept up to date${run} on ${options.today}; closed when all is clean._`,
        `<!-- ${listMarker(options.marker)} ${items.map((i) => i.key).join(' ')} -->`,
        '',
    ].join('\n');
}
/** The keys a previous body tracked; empty when it has no list. */
function keysOf(body, marker) {
    const start = body.lastIndexOf(`<!-- ${listMarker(marker)} `);
    if (start === -1)
        return new Set();
    const end = body.indexOf('-->', start);
    const list = body.slice(start + `<!-- ${listMarker(marker)} `.length, end === -1 ? undefined : end);
    return new Set(list.split(/\s+/).filter(Boolean));
}
function listMarker(marker) {
    return `maint-actions:${marker}:tracked`;
}
/** A host failure is never the audit's: a warning line, whatever the status. */
function describeTrackingFailure(error) {
    return `The tracking issue was not updated: ${(0,src/* describeError */.BR)(error).message}`;
}
/** Creates, updates or closes the tracking issue when enabled; returns a note for the summary. */
async function trackingIssue(platform, inputs, audit, markdown, today) {
    const enabled = inputs.trackingIssue ?? platform.context.event === 'schedule';
    if (!enabled)
        return '';
    const tracker = (0,src/* issueTracker */._4)(platform, inputs.token, 'tracking issue');
    if ('why' in tracker)
        return `\n> ${tracker.why}\n`;
    const { issues } = tracker;
    const workingDirectory = inputs.workingDirectory.replace(/^\.\/?$/, '');
    const marker = `dependency-audit${workingDirectory ? `:${workingDirectory.replace(/[^\w./-]/g, '_').replace(/-{2,}/g, '-')}` : ''}`;
    try {
        const outcome = await syncTrackingIssue(issues, trackedItems(audit, inputs.failOnOutdated), {
            marker,
            markdown: (0,src/* cutMarkdown */.G$)(markdown, ISSUE_MARKDOWN_CHARS, 'chars', '_Cut to fit: see the run for the full report._'),
            labels: inputs.issueLabels,
            today,
            ...(platform.context.runUrl ? { runUrl: platform.context.runUrl } : {}),
        });
        if (outcome.action === 'none')
            return '';
        platform.log.info(`Tracking issue ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
        return `\n_Tracking issue ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}._\n`;
    }
    catch (error) {
        const why = describeTrackingFailure(error);
        platform.log.warning(why);
        return `\n> ${why}\n`;
    }
}

;// CONCATENATED MODULE: ./actions/dependency-audit/src/run.ts








/** The GitLab dependency-scanning report, beside the other report files. */
const DEPENDENCY_SCANNING_FILE = 'gl-dependency-scanning-report.json';
/** Runs the action (see the spec and dependency-audit/README.md): collect, judge, report. */
async function run({ platform, inputs, repoConfig, }) {
    const started = (0,src/* startRun */.AD)(platform, spec/* spec */.IC, inputs.reportDir);
    const { workspace } = started;
    const meta = {
        'working-directory': '',
        'fail-on': inputs.failOn,
        'fail-on-outdated': inputs.failOnOutdated,
    };
    const notes = [];
    const ignores = await loadIgnores(workspace, inputs.ignoreFile, repoConfig);
    const found = await collect(platform, inputs, workspace, meta, notes);
    const today = utcDay(started.startedAt);
    const audit = buildAudit({
        pipAudit: found.audited.result,
        vulnerabilities: found.vulnerabilities,
        outdated: found.outdated.packages,
        ignores: ignores.entries,
        today,
    });
    const manifest = await manifestOf(workspace, found.cwd, found.requirements);
    const checks = auditChecks(audit, {
        mode: inputs.mode,
        failOn: inputs.failOn,
        failOnOutdated: inputs.failOnOutdated,
        ...(manifest ? { manifest } : {}),
        ...(found.audited.problem ? { vulnerabilitiesProblem: found.audited.problem } : {}),
        ...(found.outdated.problem ? { outdatedProblem: found.outdated.problem } : {}),
        ...(ignores.file ? { ignoreFile: ignores.file } : {}),
        durationMs: found.durationMs,
    });
    const report = (0,src/* finishReport */.Ux)(started, { checks, meta });
    return present(platform, inputs, {
        started,
        today,
        audit,
        report,
        manifest,
        notes,
        ignoreFile: ignores.file,
        configFile: (0,src/* configFileName */.S3)(repoConfig, workspace),
    });
}
/** The Markdown, the tracking issue, the GitLab dependency-scanning file and the result. */
async function present(platform, inputs, run) {
    const { started, audit, report, manifest } = run;
    const { reportDir } = started;
    const { checks } = report;
    const fullReportHint = (0,src/* reportHint */.AE)(started);
    const tool = (0,src/* sarifToolOf */.DJ)(started);
    const lines = checks.map((c) => `**${c.name}**: ${c.summary}`);
    const verdict = report.verdict === 'passed' ? (inputs.mode === 'warn' ? 'reported (warn mode)' : 'passed') : 'failed';
    const markdown = renderAuditMarkdown(audit, { title: report.title, verdict, lines, notes: [...run.notes] });
    const trackingNote = await trackingIssue(platform, inputs, audit, markdown, run.today);
    const summaryMarkdown = (0,src/* cutMarkdown */.G$)(markdown + trackingNote, src/* LIMITS */.b1.jobSummaryBytes, 'bytes', `_Cut to fit: the full report is ${fullReportHint}._`);
    const scanning = renderDependencyScanning(audit, {
        file: manifest?.file ?? 'requirements.txt',
        startedAt: started.startedAt,
        endedAt: new Date(),
        version: tool.version,
    });
    // Its own file beside the report files the entry writes (the directory made, as they need it).
    await (0,src/* writeFileAtomic */.Zf)(external_node_path_default().join((0,src/* ensureOwnDir */.Sk)(reportDir), DEPENDENCY_SCANNING_FILE), `${JSON.stringify(scanning, null, 2)}\n`);
    return {
        verdict: report.verdict,
        summary: `Dependency audit ${report.verdict}: ${checks.map((c) => `${c.id}: ${c.summary}`).join('; ')}`,
        outputs: {
            vulnerabilities: String(audit.vulnerable.length),
            'highest-severity': highestSeverity(audit.vulnerable),
            outdated: String(audit.outdated.length),
            report: (0,src/* reportFilePath */.KL)(reportDir, 'json'),
        },
        report,
        publish: {
            dir: reportDir,
            formats: ['json', 'sarif', 'codequality', 'summary'],
            fullReportHint,
            tool,
            codeQuality: { fallbackPath: manifest?.file ?? run.ignoreFile ?? run.configFile },
            summaryMarkdown,
            annotate: true,
        },
    };
}


/***/ })

};
