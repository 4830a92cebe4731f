import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 95:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ generateOpenapi)
/* harmony export */ });
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5680);
/* harmony import */ var _spec__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7804);
/** The generate-openapi action: its spec and its run, for the GitHub entry and the CLI. */


/**
 * `run` and its dependencies load on first use, so `--help`, the generators and a bad input
 * answer without loading every action's libraries (start-up time of the bundles and the CLI).
 */
const generateOpenapi = (0,_maint_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .defineActionRun */ .I$)(_spec__WEBPACK_IMPORTED_MODULE_1__/* .spec */ .I, async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(794), __nccwpck_require__.e(260)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1260))).run(ctx));




/***/ }),

/***/ 1650:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _maint_actions_platform_github__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9462);
/* harmony import */ var _index__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(95);
/**
 * The GitHub entry of generate-openapi. It exports `run()`, which @github/local-action imports and
 * calls; the bundle (`node dist/generate-openapi/index.js` on the runner) runs it itself.
 */


function run() {
    return (0,_maint_actions_platform_github__WEBPACK_IMPORTED_MODULE_0__/* .runGithubAction */ .re)(_index__WEBPACK_IMPORTED_MODULE_1__/* .generateOpenapi */ .Mw);
}
if ((0,_maint_actions_platform_github__WEBPACK_IMPORTED_MODULE_0__/* .isEntryScript */ .c3)(import.meta.url))
    await run();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7804:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* unused harmony export GENERATORS */
/* harmony import */ var _maint_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5680);
/* harmony import */ var _maint_actions_python_env__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8358);


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

/***/ 2293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t_: () => (/* binding */ checkConfigKeys),
  QY: () => (/* binding */ configKeyTree)
});

// UNUSED EXPORTS: actionKeyNode

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


/***/ }),

/***/ 5226:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S3: () => (/* binding */ configFileName),
  m3: () => (/* binding */ configFor),
  loadConfig: () => (/* binding */ loadConfig),
  aj: () => (/* binding */ repoConfigOf)
});

// UNUSED EXPORTS: CONFIG_FILE_NAMES, INHERITED_KEYS, INSTALL_PATTERN, PYTHON_VERSION_PATTERN, configuredPythonVersion, parseConfig

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8009);
// EXTERNAL MODULE: ./packages/core/src/config-check.ts + 1 modules
var config_check = __nccwpck_require__(2293);
;// CONCATENATED MODULE: ./packages/core/src/config-files.ts
/**
 * The names of the repo config file, apart from the YAML reader of config.ts, so a command that
 * needs the config only when there is one (openapi-diff) can look for it without loading `yaml`.
 */
/** File names looked up at the workspace root, in this order. */
const CONFIG_FILE_NAMES = ['.maint-actions.yml', '.maint-actions.yaml'];

;// CONCATENATED MODULE: ./packages/core/src/config-keys.json
const config_keys_namespaceObject = /*#__PURE__*/JSON.parse('{"actions":{"quality-gates":{"keys":{"gates":{},"warn":{},"enforce":{},"policy":{},"custom-gates":{},"working-directory":{},"python":{},"settings-module":{},"install":{},"concurrency":{},"timeout-minutes":{},"pytest-args":{},"pytest-workers":{},"django-check-deploy":{},"django-check-fail-level":{},"lint-tool":{},"shard-index":{},"shard-total":{},"mode":{},"merge-files":{},"pr-body":{},"pr-labels":{},"base-ref":{},"required-sections":{},"schema":{},"api-changes":{},"docs-paths":{},"waive-label":{},"report-dir":{},"gate-stage":{}},"what":"an input of quality-gates"},"generate-openapi":{"keys":{"generator":{},"command":{},"fail-on-warn":{},"working-directory":{},"python":{},"install":{},"settings-module":{},"env":{},"schema":{},"drift":{},"base-ref":{},"base-file":{},"fail-on-breaking":{},"comment":{},"token":{"secret":true},"timeout-minutes":{},"report-dir":{}},"what":"an input of generate-openapi"},"publish-schema":{"keys":{"schema":{},"version":{},"targets":{},"title":{},"artifact-dir":{},"branch":{},"git-remote":{},"git-author":{},"s3-uri":{},"s3-endpoint":{},"s3-region":{},"http-url":{},"http-method":{},"http-headers":{"secret":true},"token":{"secret":true},"changelog":{},"webhook-url":{"secret":true},"report-dir":{}},"what":"an input of publish-schema"},"tag-release":{"keys":{"version":{},"labels":{},"api-bump":{},"zero-major":{},"prerelease":{},"tag-prefix":{},"initial-version":{},"target":{},"moving-tags":{},"push":{},"git-remote":{},"git-author":{},"create-release":{},"assets":{},"changelog-file":{},"token":{"secret":true},"dry-run":{},"report-dir":{}},"what":"an input of tag-release"},"smoke-test-gate":{"keys":{"base-url":{},"checks":{},"openapi":{},"ready-path":{},"expect-version":{},"version-pointer":{},"version-header":{},"ready-timeout":{},"timeout":{},"request-timeout":{},"retries":{},"concurrency":{},"samples":{},"warmup":{},"auth-header":{"secret":true},"ca-file":{},"baseline-report":{},"max-regression":{},"report-dir":{}},"what":"an input of smoke-test-gate"},"backup-before-deploy":{"keys":{"database-url":{"secret":true},"media-dir":{},"media-s3":{},"destination":{},"s3-endpoint":{},"s3-region":{},"environment":{},"image-tag":{},"verify":{},"keep-last":{},"max-age-days":{},"connect-timeout":{},"idle-timeout":{},"report-dir":{}},"what":"an input of backup-before-deploy"},"restore":{"keys":{"manifest":{},"latest-in":{},"s3-endpoint":{},"s3-region":{},"target-database-url":{"secret":true},"target-media-dir":{},"source":{},"confirm":{},"protected":{},"connect-timeout":{}},"what":"an input of restore"},"dependency-audit":{"keys":{"requirements":{},"working-directory":{},"python":{},"pip-audit-report":{},"outdated-report":{},"outdated":{},"include-pre-releases":{},"enrich":{},"osv-url":{},"fail-on":{},"fail-on-outdated":{},"ignore-file":{},"mode":{},"tracking-issue":{},"issue-labels":{},"token":{"secret":true},"timeout-minutes":{},"report-dir":{}},"what":"an input of dependency-audit"},"usage-alert":{"keys":{"command":{},"usage-file":{},"working-directory":{},"threshold":{},"fail-above":{},"name":{},"labels":{},"token":{"secret":true}},"what":"an input of usage-alert"},"access-review":{"keys":{"command":{},"users-file":{},"working-directory":{},"inactive-days":{},"tokens":{},"max-token-age-days":{},"checklist":{},"fail-on-inactive":{},"labels":{},"token":{"secret":true}},"what":"an input of access-review"},"checklist":{"keys":{"kind":{},"cadence":{},"items":{},"environment":{},"deployed-image":{},"backup-id":{},"failed-checks":{},"rollback":{},"token":{"secret":true}},"what":"an input of checklist"},"rollback-plan":{"keys":{"from":{},"to":{},"manifests":{},"working-directory":{},"python":{},"install":{},"settings-module":{},"report-dir":{}},"what":"an input of rollback-plan"}},"owners":{"policy":{},"install":{},"python-version":{},"openapi-diff":{"keys":{"levels":{},"ignore":{"items":{"keys":{"rule":{},"operation":{},"reason":{},"owner":{},"expires":{}},"what":"a key of an entry of openapi-diff.ignore"}}},"what":"a key of openapi-diff"},"checklists":{"keys":{"weekly":{"items":{}},"monthly":{"items":{}},"quarterly":{"items":{}}},"what":"a key of checklists"},"dependency-audit-ignore":{"items":{"keys":{"id":{},"reason":{},"owner":{},"expires":{}},"what":"a key of an entry of dependency-audit-ignore"}}}}');
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(637);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __nccwpck_require__(3623);
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
        const text = await (0,files/* readFileIfExists */.QD)(file);
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
 * The repo config an action reads its file-wide keys from: `loaded`, the file its entry loaded
 * (`--config`, else the default names), or, when none was given (a unit test calling `run`), the
 * file at the default names of `workspace`.
 */
async function repoConfigOf(workspace, loaded) {
    return loaded ?? loadConfig(workspace);
}
/**
 * How messages name the repo config: its path relative to `workspace` (`ci/maint.yml` under
 * `--config`), else `.maint-actions.yml`.
 */
function configFileName(config, workspace) {
    if (!config?.path)
        return CONFIG_FILE_NAMES[0];
    return external_node_path_default().relative(workspace, config.path).split((external_node_path_default()).sep).join('/') || CONFIG_FILE_NAMES[0];
}
/** The config's name for a message: its path in `workspace` when known, else its file name. */
function nameIn(config, workspace) {
    if (workspace !== undefined)
        return configFileName(config, workspace);
    return config.path ? external_node_path_default().basename(config.path) : CONFIG_FILE_NAMES[0];
}
/**
 * This action's section of the config, keyed by kebab-case input name; empty when absent. An
 * action with a `policy`, `install` or `python-version` input also gets the top-level key of that
 * name (the repo's quality policy, how the project is installed, its Python version), unless its
 * section sets its own; explicit inputs win over both (parseInputs).
 *
 * @throws ConfigError for a key that is not an input of the action, or a secret input (secrets
 *   come from CI secret variables, never from a committed file).
 */
function configFor(config, spec, workspace) {
    const file = nameIn(config, workspace);
    const inherited = inheritedInputs(config, spec, file);
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
/**
 * The top-level keys every action with the input of the same name inherits, each a single text,
 * with the message for any other value. Checked for every action, so a bad value stops the first
 * action that runs, not only the one that reads it.
 */
const INHERITED_KEYS = {
    policy: 'a preset name or a policy file path, such as "policy: standard"',
    install: 'one line of requirement files or pyproject.toml, comma-separated and relative to the repository root, of letters, digits and ._/- only, no ".." (rename a file with other characters, or pass the install input), such as "install: requirements/dev.txt"',
    'python-version': 'a Python version such as "python-version: \'3.12\'" (major.minor, or major.minor.patch)',
};
/** A Python version as the top-level `python-version:` accepts it: `3.12` or `3.12.4`, nothing else. */
const PYTHON_VERSION_PATTERN = /^\d{1,2}\.\d{1,3}(\.\d{1,3})?$/;
/**
 * The top-level `install:` as it is accepted: comma-separated paths relative to the repository
 * root, of letters, digits and `._/-`, none starting with `/` or `-`, and (checked apart) none
 * with a `..` segment. GitHub's maintenance jobs that install in shell read the key as text with
 * the same pattern, so a value one refuses, every action refuses, before anything runs.
 */
const INSTALL_PATTERN = /^[A-Za-z0-9_.][A-Za-z0-9_./-]*(\s*,\s*[A-Za-z0-9_.][A-Za-z0-9_./-]*)*$/;
/** Whether `value` is an `install:` INSTALL_PATTERN accepts with no `..` segment. */
function plainInstall(value) {
    return (INSTALL_PATTERN.test(value) && !value.split(',').some((file) => file.trim().split('/').includes('..')));
}
/** The top-level `python-version:`, checked; undefined when the file sets none. */
function configuredPythonVersion(config, workspace) {
    const file = nameIn(config, workspace);
    return topLevelText(config, 'python-version', file);
}
function topLevelText(config, key, file) {
    const value = config.data[key];
    if (value === undefined || value === null || value === '')
        return undefined;
    const text = typeof value === 'string' ? value.trim() : undefined;
    const valid = text !== undefined &&
        (key === 'python-version'
            ? PYTHON_VERSION_PATTERN.test(text)
            : key === 'install'
                ? plainInstall(text)
                : true);
    if (!valid || text === undefined)
        throw new errors/* ConfigError */.xL(`${file}: ${key} must be ${INHERITED_KEYS[key]}.`, { input: key });
    return text;
}
/** The top-level keys of INHERITED_KEYS the file sets, for an action that has the input of that name. */
function inheritedInputs(config, spec, file) {
    const inherited = {};
    for (const key of Object.keys(INHERITED_KEYS)) {
        const value = topLevelText(config, key, file);
        if (value !== undefined && key in spec.inputs)
            inherited[key] = value;
    }
    return inherited;
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
    if (options.checkKeys) {
        (0,config_check/* checkConfigKeys */.t_)(doc, lines, name, (0,config_check/* configKeyTree */.QY)(CONFIG_KEYS, options.actions));
        checkInstallLine(doc, lines, name);
    }
    return data;
}
const LINE_SCALARS = [dist/* Scalar */.X5.PLAIN, dist/* Scalar */.X5.QUOTE_SINGLE, dist/* Scalar */.X5.QUOTE_DOUBLE];
/**
 * The top-level `install:` is written as GitHub's maintenance jobs read it, as a line of text: the
 * key unquoted at the start of a line and its value (plain or quoted, no anchor, alias or tag) on
 * that line. Any other YAML spelling of the same value would be read here and missed there.
 *
 * @throws ConfigError naming the line and the shape to write.
 */
function checkInstallLine(doc, lines, name) {
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return;
    for (const pair of root.items) {
        const key = pair.key;
        if (!(0,dist/* isScalar */.jn)(key) || key.value !== 'install')
            continue;
        const value = pair.value;
        const keyLine = key.range ? lines.linePos(key.range[0]).line : undefined;
        const empty = value === null || ((0,dist/* isScalar */.jn)(value) && (value.value === null || value.value === ''));
        const oneLine = !root.flow &&
            key.type === dist/* Scalar */.X5.PLAIN &&
            (empty ||
                ((0,dist/* isScalar */.jn)(value) &&
                    LINE_SCALARS.includes(value.type ?? '') &&
                    !value.anchor &&
                    !value.tag &&
                    value.range != null &&
                    lines.linePos(value.range[0]).line === keyLine &&
                    lines.linePos(value.range[1]).line === keyLine));
        if (!oneLine)
            throw new errors/* ConfigError */.xL(`${name}${keyLine ? `:${keyLine}` : ''}: write install: as one line, the key unquoted at its start and the files after it, such as "install: requirements/base.txt, requirements/dev.txt" (GitHub's maintenance jobs read that line as text).`, { input: 'install' });
    }
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


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

/***/ 3623:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   QD: () => (/* binding */ readFileIfExists),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Small file-system helpers every action shares: the atomic write, workspace-relative names and
 * the read of a file that may be missing.
 */



/**
 * Writes `file` through a temporary file beside it, an fsync and a rename, so a reader never sees
 * half of it; the temporary file is removed when anything fails. An iterable of strings is
 * written in pieces of about 64 KiB (for streamed renderers whose whole text would be large).
 */
async function writeFileAtomic(file, content) {
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o644);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
}
/** `backend/schema.yml` (forward slashes), or `.` for the workspace itself. */
function relativeTo(workspace, file) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, file).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/') || '.';
}
/** The text of `file`, or undefined when there is no such file; any other failure is thrown. */
async function readFileIfExists(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 5680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v$: () => (/* reexport */ src_process.CommandNotFoundError),
  xL: () => (/* reexport */ errors/* ConfigError */.xL),
  yU: () => (/* reexport */ errors/* ExitCode */.yU),
  NY: () => (/* reexport */ errors/* HostApiError */.NY),
  b1: () => (/* reexport */ budget_LIMITS),
  hc: () => (/* reexport */ errors/* ToolMissingError */.hc),
  $h: () => (/* reexport */ checkSkipped),
  Ql: () => (/* reexport */ commentMarker),
  m3: () => (/* reexport */ config/* configFor */.m3),
  G$: () => (/* reexport */ cutMarkdown),
  QP: () => (/* reexport */ defineAction),
  I$: () => (/* reexport */ defineActionRun),
  BR: () => (/* reexport */ errors/* describeError */.Uc),
  Sk: () => (/* reexport */ ensureOwnDir),
  yn: () => (/* reexport */ executeAction),
  Ux: () => (/* reexport */ finishReport),
  xY: () => (/* reexport */ hasMarker),
  mQ: () => (/* reexport */ hostTokenInput),
  tX: () => (/* reexport */ network/* httpFetch */.tX),
  Z9: () => (/* reexport */ config.loadConfig),
  lD: () => (/* reexport */ markedComments),
  Y5: () => (/* reexport */ markedIssueTracker),
  kD: () => (/* reexport */ measureText),
  kk: () => (/* reexport */ network/* networkErrorIn */.kk),
  LS: () => (/* reexport */ words/* plural */.L),
  Mf: () => (/* reexport */ files/* relativeTo */.Mf),
  aj: () => (/* reexport */ config/* repoConfigOf */.aj),
  AE: () => (/* reexport */ reportHint),
  R3: () => (/* reexport */ src_process.runProcess),
  E5: () => (/* reexport */ src_process/* runShell */.E),
  DJ: () => (/* reexport */ sarifToolOf),
  O3: () => (/* reexport */ redact_secrets),
  Jl: () => (/* reexport */ setFailureOutputs),
  AD: () => (/* reexport */ startRun),
  K: () => (/* reexport */ tailUtf8),
  K7: () => (/* reexport */ src_process/* which */.K),
  Zf: () => (/* reexport */ files/* writeFileAtomic */.Zf)
});

// UNUSED EXPORTS: ANNOTATIONS_PER_SEVERITY, CODE_QUALITY_FALLBACK_PATH, COMMENT_FINDINGS_PER_CHECK, CONFIG_FILE_NAMES, DEFAULT_GIT_AUTHOR, GATE_POLICY_MODES, GIT_TIMEOUT_MS, INHERITED_KEYS, INSTALL_PATTERN, JSON_COMMAND_TIMEOUT_MS, NETWORK_DEFAULTS, NETWORK_VARIABLES, NetworkError, OWN_DIR, POLICY_MAJOR, PYTHON_VERSION_PATTERN, REDACTED, REPORT_FILE_NAMES, REPORT_SCHEMA_VERSION, Redactor, SARIF_SCHEMA, STATUS_OUTPUT, actionKeyNode, appendPointer, camelCase, checkConfigKeys, closest, configFileName, configItems, configKeyTree, configuredPythonVersion, defaultReportDir, dotenvOutputName, escapeSegment, failuresFirst, findingsRoot, fitBlocks, forgetUnreachableHosts, gitAuthorInput, gitMessage, gitRunner, gitlabInputVar, hasProxyVariables, inputEnvName, inputSources, isBlocking, isConfigError, isPointer, isPolicyFile, isS3Uri, issueInputs, issueTracker, jsonChunks, junitChunks, loadPolicy, mapLimit, markedBody, maskAwsCredentials, networkPolicy, parseConfig, parseGitAuthor, parseInputs, parseRetryAfter, parseS3Uri, planAnnotations, policyLabel, policySection, presetPolicy, proxyFor, publishReport, publishResult, readFileIfExists, readJsonInput, readJsonSource, renderCodeQuality, renderJUnit, renderJson, renderSarif, renderStickyComment, renderSummary, reportFilePath, resolvePointer, retiredMessage, retryDecision, rolloutProblems, s3ClientConfig, s3Region, sdkNetworkConfig, selectAnnotations, settleLimit, stripTerminalControls, thousands, truncateChars, truncateUtf8, unescapeSegment, unsupportedRunner, utf8Length, verdictOf, workingDirectory, writeReportFiles

;// CONCATENATED MODULE: ./packages/core/src/action.ts
function defineActionRun(spec, run) {
    return { spec, run };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(637);
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
        throw new ConfigError(`Input "git-author" must be "Name <email>" (got ${JSON.stringify(text)}).`, {
            input: 'git-author',
        });
    }
    return { name: m[1], email: m[2] };
}

// EXTERNAL MODULE: ./packages/core/src/config.ts + 2 modules
var config = __nccwpck_require__(5226);
// EXTERNAL MODULE: ./packages/core/src/config-check.ts + 1 modules
var config_check = __nccwpck_require__(2293);
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

// EXTERNAL MODULE: ./packages/core/src/words.ts
var words = __nccwpck_require__(793);
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
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __nccwpck_require__(3623);
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
function paths_workingDirectory(workspace, input) {
    const cwd = path.resolve(workspace, input);
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
        throw new ConfigError(`Input "working-directory": ${input} is not a directory of the repository.`, {
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
    const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
    const root = top.status === 0 ? top.stdout.trim() : '';
    if (root !== '') {
        // git prints the real path; give it in the form `cwd` was given (through symbolic links).
        const below = path.relative(realpathOr(root), realpathOr(cwd));
        if (!below.startsWith('..') && !path.isAbsolute(below)) {
            return path.resolve(cwd, ...below
                .split(path.sep)
                .filter(Boolean)
                .map(() => '..'));
        }
        return root;
    }
    const relative = path.relative(path.resolve(workspace), path.resolve(cwd));
    return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : path.resolve(workspace);
}
function realpathOr(file) {
    try {
        return realpathSync(file);
    }
    catch {
        return path.resolve(file);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
const redact_secrets = new Redactor();

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
            await platform.setOutput(name, redact_secrets.redact(given.get(name) ?? ''));
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
            platform.log.error(redact_secrets.redact(entry_oneLine(message)));
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
            redact_secrets.add(value);
        }
    }
}
function entry_oneLine(text) {
    return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

// EXTERNAL MODULE: ./packages/core/src/process.ts + 1 modules
var src_process = __nccwpck_require__(3390);
;// CONCATENATED MODULE: ./packages/core/src/git.ts
/**
 * git in one checkout, as the actions that write to a repository run it: argument arrays, never
 * a prompt, messages in English (LC_ALL=C, because some are matched), a time limit per command,
 * and a one-line account of what git said when it failed.
 */


/** Each git command gives up after this long. */
const GIT_TIMEOUT_MS = (/* unused pure expression or super */ null && (5 * 60_000));
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
                throw new ToolMissingError('git', `${purpose} (apt-get install git)`);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/core/src/json-source.ts
/**
 * JSON that a command prints or a file holds: the two ways a scheduled action reads what the
 * service knows (its usage, its privileged accounts).
 */





/** How long a command of `readJsonInput` may take. */
const JSON_COMMAND_TIMEOUT_MS = (/* unused pure expression or super */ null && (5 * 60_000));
/**
 * The parsed JSON and a phrase naming where it came from.
 *
 * @throws ConfigError when neither or both inputs are set, the file cannot be read, or the text
 *   is not JSON (quoting its first line); Error when the command fails or times out.
 */
async function readJsonSource(source) {
    const { command, file, commandInput, fileInput } = source;
    if ((command === undefined) === (file === undefined)) {
        throw new ConfigError(`Set exactly one of the inputs "${commandInput}" and "${fileInput}".`, {
            input: commandInput,
        });
    }
    if (file !== undefined) {
        let text;
        try {
            text = await readFile(path.resolve(source.workspace, file), 'utf8');
        }
        catch {
            throw new ConfigError(`Input "${fileInput}": ${file} cannot be read; give a JSON file relative to the repository root.`, { input: fileInput });
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
/**
 * `readJsonSource` of an action's inputs, in its workspace and environment, the command given
 * `JSON_COMMAND_TIMEOUT_MS`; then `parse(value)`, whose error becomes a ConfigError naming the
 * input that gave the JSON: `the JSON from <origin> is not <what>: <error>.`
 */
async function readJsonInput(platform, inputs, what, parse) {
    const workspace = path.resolve(platform.context.workspace);
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
        throw new ConfigError(`Input "${input}": the JSON from ${source.origin} is not ${what}: ${error.message}.`, { input });
    }
}
function parseJson(text, input, problem) {
    try {
        return JSON.parse(text);
    }
    catch {
        const first = text.split('\n').find((line) => line.trim() !== '');
        const quoted = first === undefined ? 'it is empty' : `its first line is ${JSON.stringify(cut(first.trim()))}`;
        throw new ConfigError(`Input "${input}": ${problem} (${quoted}).`, { input });
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
const model_GATE_POLICY_MODES = (/* unused pure expression or super */ null && (['enforce', 'warn', 'off']));
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
        throw new ConfigError(`${policy.source}: the policy has no "${action}" section but has "${near}"; rename it to "${action}".`, { input: 'policy' });
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
        throw new ConfigError(`Input "policy": unknown policy "${ref}"; use one of ${names}, or the path of a policy file such as ./.platform/policy.yml.`, { input: 'policy' });
    }
    let text;
    try {
        text = await readFile(path.resolve(workspace, ref), 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
        throw new ConfigError(`Input "policy": policy file ${ref} not found in the workspace; check out the repo that holds it first (actions/checkout with a path).`, { input: 'policy' });
    }
    return parsePolicy(parseConfig(text, ref), ref);
}
/** The fields of a policy file that are not action sections. */
const HEADER = (/* unused pure expression or super */ null && (['name', 'version', 'description']));
function parsePolicy(data, file) {
    const { name, version, description } = data;
    if (typeof name !== 'string' || name === '' || typeof version !== 'string' || version === '') {
        throw new ConfigError(`${file}: a policy needs a "name" and a "version", such as name: acme and version: 1.`, {
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
    return new ConfigError(`${message}.`, { input: 'policy' });
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/core/src/policy/index.ts




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
        throw new ConfigError(`Input "${input}" must be s3://bucket/prefix with a valid bucket name and no "." or ".." segments (got ${JSON.stringify(uri)}).`, { input });
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
            throw new ConfigError(`Input "s3-endpoint" must be an http:// or https:// URL without credentials (got ${JSON.stringify(endpoint)}).`, { input: 's3-endpoint' });
        }
    }
    const region = s3Region(settings);
    const host = new URL(endpoint ?? `https://s3.${region}.amazonaws.com`);
    return {
        region,
        ...sdkNetworkConfig(host, settings.policy ?? networkPolicy(env), env),
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

;// CONCATENATED MODULE: ./packages/core/src/index.ts






























/***/ }),

/***/ 4054:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   kk: () => (/* binding */ networkErrorIn),
/* harmony export */   tX: () => (/* binding */ httpFetch)
/* harmony export */ });
/* unused harmony exports NETWORK_DEFAULTS, NETWORK_VARIABLES, networkPolicy, retryDecision, parseRetryAfter, NetworkError, forgetUnreachableHosts, hasProxyVariables, sdkNetworkConfig */
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

/***/ 3390:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  CommandNotFoundError: () => (/* binding */ CommandNotFoundError),
  runProcess: () => (/* binding */ runProcess),
  E: () => (/* binding */ runShell),
  K: () => (/* binding */ which)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(637);
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


/***/ }),

/***/ 793:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   o: () => (/* binding */ thousands)
/* harmony export */ });
/** Words for people: counts with their noun. */
/** `1 finding`, `3 findings`, `2 vulnerabilities` with `many` given (thousands separated: `1,200 packages`). */
function plural(count, word, many = `${word}s`) {
    return `${thousands(count)} ${count === 1 ? word : many}`;
}
/**
 * `1,200`: a count with its thousands separated, as `toLocaleString('en-US')` writes it, without
 * loading ICU's locale data (20–45 ms of CPU on the first call, in every run that writes a report).
 */
function thousands(count) {
    if (!Number.isSafeInteger(count))
        return count.toLocaleString('en-US');
    const digits = String(Math.abs(count));
    const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
    return count < 0 ? `-${grouped}` : grouped;
}


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c3: () => (/* reexport */ isEntryScript),
  re: () => (/* reexport */ runGithubAction)
});

// UNUSED EXPORTS: CONTENTS_PERMISSION, ISSUES_PERMISSION, READ_ONLY_REASON, annotationProperties, branchRefWarning, createGithubCache, createGithubPlatform, createGithubRepoHost, githubClient, githubContext, githubIssues, githubReleases, readEventPayload, replaceReleaseAsset, useAwsWebIdentity

// EXTERNAL MODULE: ./packages/core/src/index.ts + 30 modules
var src = __nccwpck_require__(5680);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=1e5237d99ceb0016f2ca2e5b20b04551d84c9bb0e8d58dfb3c87fd00630ab136/node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(2003);
;// CONCATENATED MODULE: ./packages/platform-github/src/workflow-commands.ts
/**
 * The GitHub Actions runner protocol, through @actions/core: inputs, log lines, annotations,
 * masks, groups, outputs and the job summary. What this module adds is the one rule the toolkit
 * leaves to its callers: text the action did not author (a server's answer, a file's content, a
 * tool's output) never reaches the runner as a workflow command.
 *
 * The runner reads every line of stdout and stderr (a line ends at LF, CR or CRLF) and runs it as
 * a command when, after leading white space, it starts with `::`, or when it holds `##[`
 * anywhere (the older syntax). It compares with .NET's culture-aware string functions, which skip
 * characters such as a soft hyphen or a zero-width space, so `:\u00AD:add-mask::x` counts too.
 * @actions/core escapes the messages of the commands it writes (`%`, CR, LF), but `info` writes
 * its text as it is. So a log line that could hold a command is fenced, as the toolkit documents:
 * `::stop-commands::<token>`, the text, then `::<token>::`, with a fresh random token that the
 * text does not contain; in between, the runner runs no command at all.
 */


/**
 * Characters that may stand between the two marks of a command and still be skipped by a
 * culture-aware comparison: anything that is not a letter, digit, punctuation or symbol (white
 * space, controls, format characters, combining marks, unassigned code points).
 */
const SKIPPABLE = '[^\\p{L}\\p{N}\\p{P}\\p{S}]*';
const COMMAND_MARK = new RegExp(`:${SKIPPABLE}:|#${SKIPPABLE}#${SKIPPABLE}\\[`, 'u');
/**
 * True when `text` could hold a workflow command on any of its lines: a `::` or `##[`, also with
 * white space or invisible characters between the marks. Errs on the safe side: such text is
 * fenced even where the runner would not have read a command in it.
 */
function mayHoldCommand(text) {
    return COMMAND_MARK.test(text);
}
/** A token for `::stop-commands::` that `text` does not contain. */
function stopToken(text) {
    for (;;) {
        const token = `maint-${(0,external_node_crypto_.randomUUID)()}`;
        if (!text.toLowerCase().includes(token))
            return token;
    }
}
/**
 * Writes a log line (or several): as it is when it cannot hold a command, else fenced with
 * `::stop-commands::` so that the runner shows it and runs nothing in it.
 */
function writeLog(text) {
    if (!mayHoldCommand(text)) {
        core/* info */.pq(text);
        return;
    }
    const token = stopToken(text);
    core/* info */.pq(`::stop-commands::${token}`);
    core/* info */.pq(text);
    core/* info */.pq(`::${token}::`);
}
/** Why the job summary cannot be written, or undefined when it can be. */
function summaryUnavailable(env) {
    return env.GITHUB_STEP_SUMMARY
        ? undefined
        : 'GITHUB_STEP_SUMMARY is not set: this runner keeps no job summary';
}
/** The runner's side of the GitHub platform: @actions/core, with outside text fenced. */
const runner = {
    /** An input as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed; '' when unset. */
    getInput: (name) => core/* getInput */.V4(name),
    info: writeLog,
    debug: (message) => core/* debug */.Yz(message),
    /** An annotation (`error`, `warning` or `notice`), placed when `properties` say where. */
    annotate(level, message, properties = {}) {
        const write = { error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm }[level];
        write(message, properties);
    },
    /**
     * Fails the step with `message` (an error annotation) and `exitCode`: @actions/core's
     * `setFailed` sets 1, and a configuration error exits 2.
     */
    setFailed(message, exitCode) {
        core/* setFailed */.C1(message);
        process.exitCode = exitCode;
    },
    /** Hides `value` in every later log line of the job. */
    mask: (value) => core/* setSecret */.Pq(value),
    isDebug: () => core/* isDebug */._o(),
    /** Runs `fn` inside a collapsible log group. */
    group: (name, fn) => core/* group */.Os(name, fn),
    /** Sets a step output (GITHUB_OUTPUT, with a random heredoc delimiter). */
    setOutput: (name, value) => core/* setOutput */.uH(name, value),
    /** Keeps `value` for the post step of this action. */
    saveState: (name, value) => core/* saveState */.LZ(name, value),
    /** What the main step kept with `saveState`; '' when nothing. */
    getState: (name) => core/* getState */.Gu(name),
    /**
     * Appends Markdown to the job summary. @returns why it could not (no summary file on this
     * runner, a file it cannot write), undefined when written.
     */
    async appendSummary(markdown) {
        const missing = summaryUnavailable(process.env);
        if (missing)
            return missing;
        try {
            await core/* summary */.z.addRaw(markdown, true).write();
            return undefined;
        }
        catch (error) {
            core/* summary */.z.emptyBuffer();
            return error instanceof Error ? error.message : String(error);
        }
    },
    /**
     * An OIDC ID token of this job for `audience` (the job needs `permissions: id-token: write`).
     * The token is masked. The HTTP client behind it loads on this first call.
     */
    idToken: (audience) => core/* getIDToken */.V9(audience),
};

;// CONCATENATED MODULE: ./packages/platform-github/src/client.ts
/**
 * The repository host API on GitHub: an Octokit with the REST methods and pagination, for
 * actions that comment on pull requests, create releases or read check runs. Its requests go
 * through the core's `httpFetch` (the network policy: deadlines, bounded retries, proxies).
 */


/**
 * Creates an authenticated client; the token is masked and registered with the redactor first.
 * Octokit loads on first use: most runs never call the API, and it would slow every start.
 */
async function githubClient(token, options = {}) {
    runner.mask(token);
    src/* secrets */.O3.add(token);
    const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL;
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(309), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1918));
    const { policy } = options;
    // Replaces @actions/github's own fetch and proxy agent: one policy for every client.
    const fetch = (url, init) => (0,src/* httpFetch */.tX)(url, { ...init, ...(policy ? { policy } : {}) });
    return getOctokit(token, { ...(baseUrl ? { baseUrl } : {}), request: { fetch } });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(542);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/platform-github/src/context.ts
/**
 * The run context of a GitHub Actions job: `GITHUB_*` variables and the event payload file.
 */


function nonEmpty(value) {
    return value === undefined || value === '' ? undefined : value;
}
/** The event payload at GITHUB_EVENT_PATH, or an empty one when it is missing or unreadable. */
function readEventPayload(env) {
    const file = nonEmpty(env.GITHUB_EVENT_PATH);
    if (!file)
        return {};
    try {
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return typeof payload === 'object' && payload !== null ? payload : {};
    }
    catch {
        return {};
    }
}
/** `https://github.com/<owner>/<repo>` (GITHUB_SERVER_URL, default github.com) when the repository is set. */
function webUrl(env) {
    const repository = nonEmpty(env.GITHUB_REPOSITORY);
    if (!repository)
        return undefined;
    const server = (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
    return `${server}/${repository}`;
}
/** `https://github.com/<owner>/<repo>/actions/runs/<id>` when the variables are set. */
function runUrl(env) {
    const repository = webUrl(env);
    const runId = nonEmpty(env.GITHUB_RUN_ID);
    return repository && runId ? `${repository}/actions/runs/${runId}` : undefined;
}
/** The pull request of a `pull_request`/`pull_request_target` payload; undefined for other events. */
function changeRequest(pr) {
    if (!pr || typeof pr !== 'object')
        return undefined;
    return {
        title: nonEmpty(pr.title ?? undefined),
        description: pr.body ?? '',
        labels: (pr.labels ?? []).flatMap((label) => (label.name ? [label.name] : [])),
        baseSha: nonEmpty(pr.base?.sha),
    };
}
/**
 * Builds the RunContext. For a pull request, `refName` is the head branch (GITHUB_HEAD_REF, as
 * GitLab's CI_COMMIT_REF_NAME is the MR's source branch), not GITHUB_REF_NAME's `<n>/merge`.
 * A merge-group run has the queue's base branch but no single change number.
 */
function githubContext(env) {
    const payload = readEventPayload(env);
    const pr = payload.pull_request;
    const mergeGroupBase = payload.merge_group?.base_ref?.replace(/^refs\/heads\//, '');
    return {
        workspace: nonEmpty(env.GITHUB_WORKSPACE) ?? process.cwd(),
        tempDir: nonEmpty(env.RUNNER_TEMP) ?? external_node_os_default().tmpdir(),
        sha: nonEmpty(env.GITHUB_SHA),
        refName: nonEmpty(env.GITHUB_HEAD_REF) ?? nonEmpty(env.GITHUB_REF_NAME),
        tag: env.GITHUB_REF_TYPE === 'tag' ? nonEmpty(env.GITHUB_REF_NAME) : undefined,
        repository: nonEmpty(env.GITHUB_REPOSITORY),
        webUrl: webUrl(env),
        changeNumber: typeof pr?.number === 'number' ? pr.number : undefined,
        baseRef: nonEmpty(pr?.base?.ref) ?? nonEmpty(mergeGroupBase),
        changeRequest: changeRequest(pr),
        event: nonEmpty(env.GITHUB_EVENT_NAME),
        runUrl: runUrl(env),
    };
}

;// CONCATENATED MODULE: ./packages/platform-github/src/host-api.ts
/**
 * Shared by the GitHub RepoHost parts: the repository and its client, Octokit error details, and
 * the refusal of a write turned into a HostApiError that names the permission the token lacks.
 */

/**
 * The HTTP status of an Octokit RequestError, if it is one: GitHub's answer, or the last status
 * of a request the network policy gave up (none when there was no answer; Octokit says 500).
 */
function httpStatus(error) {
    const network = (0,src/* networkErrorIn */.kk)(error);
    if (network)
        return network.status;
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** The `code`s of a 422 Validation Failed answer, such as `already_exists`. */
function validationCodes(error) {
    const data = error?.response?.data;
    const errors = Array.isArray(data?.errors) ? data.errors : [];
    return errors.map((e) => String(e.code));
}
/**
 * A failed API call as a HostApiError: what was being done, GitHub's status and message, and on
 * 401/403 the permission the token needs (`permissions:` in the workflow). Octokit's message
 * never holds the token (its request headers are redacted).
 */
function hostApiError(error, doing, permission) {
    if (error instanceof src/* HostApiError */.NY)
        return error;
    const network = (0,src/* networkErrorIn */.kk)(error);
    if (network) {
        // No answer, or one that retries did not cure: the NetworkError names the host.
        return new src/* HostApiError */.NY(`Could not reach GitHub to ${doing}: ${network.message}`, network.status ?? 0, {
            cause: error,
        });
    }
    const status = httpStatus(error) ?? 0;
    const rights = status === 401 || status === 403
        ? `: the token needs the "${permission}" permission (the job's \`permissions:\`, or a token that has it)`
        : '';
    return new src/* HostApiError */.NY(`GitHub refused to ${doing} (HTTP ${status}: ${messageOf(error)})${rights}`, status, {
        cause: error,
    });
}

;// CONCATENATED MODULE: ./packages/platform-github/src/issues.ts


/** The permission a workflow token needs for tracking issues. */
const ISSUES_PERMISSION = 'issues: write';
function hostIssue(issue) {
    return {
        number: issue.number,
        url: issue.html_url,
        state: issue.state === 'open' ? 'open' : 'closed',
        title: issue.title,
        body: issue.body ?? '',
        labels: issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
    };
}
/**
 * The GitHub IssueTracker of the repository (core's markedIssueTracker over the Issues API); a
 * comment is posted as an issue comment.
 */
function githubIssues({ getClient, where, repository }) {
    /** Runs one call, turning GitHub's refusal into a HostApiError naming the permission. */
    const call = (doing, operation) => operation().catch((error) => {
        throw hostApiError(error, `${doing} in ${repository}`, ISSUES_PERMISSION);
    });
    return (0,src/* markedIssueTracker */.Y5)({
        /** Issues newest-updated first; paging stops at the open marked one. */
        async find(marker) {
            (0,src/* commentMarker */.Ql)(marker);
            const client = await getClient();
            const marked = await call('list the issues', () => client.paginate(client.rest.issues.listForRepo, { ...where, state: 'all', sort: 'updated', direction: 'desc', per_page: 100 }, (response, done) => {
                const hits = response.data.filter((issue) => !issue.pull_request && issue.body && (0,src/* hasMarker */.xY)(issue.body, marker));
                if (hits.some((issue) => issue.state === 'open'))
                    done();
                return hits;
            }));
            const issue = marked.find((i) => i.state === 'open') ?? marked[0];
            return issue && hostIssue(issue);
        },
        async create({ title, body, labels }) {
            const client = await getClient();
            const { data } = await call(`open the issue "${title}"`, () => client.rest.issues.create({ ...where, title, body, labels: [...labels] }));
            return hostIssue(data);
        },
        async update(issue, { title, body, labels }) {
            const client = await getClient();
            const reopen = issue.state !== 'open';
            const { data } = await call(`${reopen ? 'reopen' : 'update'} issue #${issue.number}`, () => client.rest.issues.update({
                ...where,
                issue_number: issue.number,
                title,
                body,
                ...(labels ? { labels: [...labels] } : {}),
                ...(reopen ? { state: 'open' } : {}),
            }));
            return hostIssue(data);
        },
        async comment(issue, body) {
            const client = await getClient();
            await call(`comment on issue #${issue.number}`, () => client.rest.issues.createComment({ ...where, issue_number: issue.number, body }));
        },
        async close(issue) {
            const client = await getClient();
            const { data } = await call(`close issue #${issue.number}`, () => client.rest.issues.update({
                ...where,
                issue_number: issue.number,
                state: 'closed',
                state_reason: 'completed',
            }));
            return hostIssue(data);
        },
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/platform-github/src/oidc.ts
/**
 * AWS through GitHub's OIDC tokens, without long-lived keys. When the step's environment names a
 * role (`AWS_ROLE_ARN`) and holds neither keys nor a token file, the action asks the runner for
 * the job's ID token (audience `sts.amazonaws.com`, or `AWS_OIDC_AUDIENCE`), writes it to a file
 * of mode 0600 in RUNNER_TEMP and points `AWS_WEB_IDENTITY_TOKEN_FILE` at it: the AWS SDK's
 * default chain then assumes the role (STS AssumeRoleWithWebIdentity) when an S3 client first
 * needs credentials. Keys from aws-actions/configure-aws-credentials, or from secrets, win.
 */





/**
 * Sets up the web identity of `env` (process.env on the runner) as above; `unused` when no role
 * is named or other credentials are there. A job without the `id-token: write` permission, or a
 * token request that fails, is a warning: S3 then fails with the SDK's own credentials error,
 * and an action that never touches S3 is not held up.
 */
async function useAwsWebIdentity(log, env = process.env) {
    if (!env.AWS_ROLE_ARN || env.AWS_ACCESS_KEY_ID || env.AWS_WEB_IDENTITY_TOKEN_FILE)
        return { status: 'unused' };
    const unavailable = (reason) => {
        log.warning(`AWS_ROLE_ARN is set, but ${reason}; S3 gets only the AWS SDK's other credentials.`, {
            title: 'AWS OIDC',
        });
        return { status: 'unavailable', reason };
    };
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        return unavailable('this job may not request an OIDC token: give it `permissions: id-token: write`');
    }
    let token;
    try {
        token = await runner.idToken(env.AWS_OIDC_AUDIENCE || 'sts.amazonaws.com');
    }
    catch (error) {
        return unavailable(`the runner gave no OIDC token (${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()})`);
    }
    const file = external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), `maint-aws-web-identity-${(0,external_node_crypto_.randomUUID)()}`);
    await (0,promises_.writeFile)(file, token, { mode: 0o600, flag: 'wx' });
    env.AWS_WEB_IDENTITY_TOKEN_FILE = file;
    env.AWS_ROLE_SESSION_NAME ||= `maint-actions-${env.GITHUB_RUN_ID ?? 'run'}`;
    log.info(`AWS: the role in AWS_ROLE_ARN is assumed with this job's OIDC token.`);
    return { status: 'token-file', file };
}

;// CONCATENATED MODULE: ./packages/platform-github/src/cache.ts
/**
 * @actions/cache (with its Azure storage client) is loaded on first use, not at start-up: most
 * actions never touch the cache, and loading it costs every one of them a third of their start.
 */
let loaded;
function loadCache() {
    loaded ??= Promise.all(/* import() */[__nccwpck_require__.e(309), __nccwpck_require__.e(53), __nccwpck_require__.e(343), __nccwpck_require__.e(738)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5738));
    return loaded;
}
function cache_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** A programming mistake in the key or paths (commas, too long, no paths): surfaced, not swallowed. */
function isValidationError(cache, error) {
    return error instanceof Error && error.name === cache.ValidationError.name;
}
/** Creates the provider; `log` receives the warnings (cache problems never fail the action). */
function createGithubCache(log) {
    return {
        async restore(paths, key, restoreKeys) {
            const cache = await loadCache();
            if (!cache.isFeatureAvailable()) {
                log.info('Cache: the GitHub Actions cache service is not available here; continuing without a cache.');
                return undefined;
            }
            try {
                return await cache.restoreCache(paths, key, restoreKeys);
            }
            catch (error) {
                if (isValidationError(cache, error))
                    throw error;
                log.warning(`Cache: could not restore ${key}: ${cache_messageOf(error)}`);
                return undefined;
            }
        },
        async save(paths, key) {
            const cache = await loadCache();
            if (!cache.isFeatureAvailable()) {
                log.debug(`Cache: service not available; ${key} not saved.`);
                return;
            }
            try {
                await cache.saveCache(paths, key);
            }
            catch (error) {
                if (isValidationError(cache, error))
                    throw error;
                if (error instanceof cache.ReserveCacheError) {
                    log.info(`Cache: ${key} already exists or is being saved by another job.`);
                    return;
                }
                log.warning(`Cache: could not save ${key}: ${cache_messageOf(error)}`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/platform-github/src/releases.ts


/** The permission a workflow token needs for tags and releases. */
const CONTENTS_PERMISSION = 'contents: write';
function info(release) {
    return {
        tag: release.tag_name,
        name: release.name ?? '',
        url: release.html_url,
        body: release.body ?? '',
        prerelease: release.prerelease,
    };
}
/** Deletes the release's asset of the same name, if any, then uploads `asset`; returns its download URL. */
async function replaceReleaseAsset(client, where, release, asset) {
    const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
        ...where,
        release_id: release.id,
        per_page: 100,
    });
    for (const old of assets.filter((a) => a.name === asset.name)) {
        await client.rest.repos.deleteReleaseAsset({ ...where, asset_id: old.id });
    }
    const { data } = await client.rest.repos.uploadReleaseAsset({
        ...where,
        release_id: release.id,
        // The release's own upload URL (a template ending in `{?name,label}`): right on GHES too.
        url: release.upload_url,
        name: asset.name,
        // Octokit types `data` as a string; a Buffer is sent as the raw bytes.
        data: asset.content,
        headers: { 'content-type': asset.contentType, 'content-length': asset.content.length },
    });
    return data.browser_download_url;
}
/**
 * The GitHub Releases of `repository`. `create` needs the tag to exist (GitHub would otherwise
 * tag the default branch silently) and uploads the assets to a new or existing release alike,
 * replacing those of the same name, so a rerun after a failed upload completes the release.
 */
function githubReleases({ getClient, where, repository }) {
    const refused = (error, doing) => hostApiError(error, `${doing} in ${repository}`, CONTENTS_PERMISSION);
    async function fetchRelease(tag) {
        const client = await getClient();
        try {
            return (await client.rest.repos.getReleaseByTag({ ...where, tag })).data;
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return undefined;
            throw refused(error, `read the release ${tag}`);
        }
    }
    /** The commit a tag points at (through its annotated tag objects), or undefined when there is no such tag. */
    async function commitOfTag(tag) {
        const client = await getClient();
        try {
            let { object } = (await client.rest.git.getRef({ ...where, ref: `tags/${tag}` })).data;
            while (object.type === 'tag') {
                ({ object } = (await client.rest.git.getTag({ ...where, tag_sha: object.sha })).data);
            }
            return object.sha;
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return undefined;
            throw refused(error, `read the tag ${tag}`);
        }
    }
    async function createRelease(input) {
        const client = await getClient();
        try {
            const { data } = await client.rest.repos.createRelease({
                ...where,
                tag_name: input.tag,
                name: input.name,
                body: input.body,
                prerelease: input.prerelease,
            });
            return data;
        }
        catch (error) {
            if (httpStatus(error) === 422 && validationCodes(error).includes('already_exists'))
                return undefined;
            throw refused(error, `create the release ${input.tag}`);
        }
    }
    /** An existing tag is fine only at the commit asked for: a released tag is never moved. */
    function sameCommitOrRefuse(tag, existing, sha) {
        if (existing === sha)
            return { created: false };
        throw new src/* HostApiError */.NY(`the tag "${tag}" of ${repository} is at commit ${existing ?? '(unknown)'}, not ${sha}: ` +
            'a released tag is never moved; release a new version instead', 409);
    }
    return {
        async get(tag) {
            const release = await fetchRelease(tag);
            return release && info(release);
        },
        async create(input) {
            if ((await commitOfTag(input.tag)) === undefined) {
                throw new src/* HostApiError */.NY(`${repository} has no tag "${input.tag}": create the tag before its release`, 422);
            }
            const made = await createRelease(input);
            const release = made ?? (await fetchRelease(input.tag));
            if (!release) {
                throw new src/* HostApiError */.NY(`${repository} has a release of the tag "${input.tag}" that cannot be read (a draft?)`, 409);
            }
            const client = await getClient();
            for (const asset of input.assets ?? []) {
                try {
                    await replaceReleaseAsset(client, where, release, asset);
                }
                catch (error) {
                    throw refused(error, `upload ${asset.name} to the release ${input.tag}`);
                }
            }
            return { ...info(release), created: made !== undefined };
        },
        async createTag({ tag, sha, message }) {
            const client = await getClient();
            // A re-run finds its tag: looking first leaves no stray tag object behind. The create below
            // still handles a tag made by someone else in between.
            const before = await commitOfTag(tag);
            if (before !== undefined)
                return sameCommitOrRefuse(tag, before, sha);
            try {
                const { data } = await client.rest.git.createTag({
                    ...where,
                    tag,
                    message,
                    object: sha,
                    type: 'commit',
                });
                await client.rest.git.createRef({ ...where, ref: `refs/tags/${tag}`, sha: data.sha });
                return { created: true };
            }
            catch (error) {
                const exists = httpStatus(error) === 422 && /reference already exists/i.test(messageOf(error));
                if (!exists)
                    throw refused(error, `create the tag ${tag}`);
            }
            return sameCommitOrRefuse(tag, await commitOfTag(tag), sha);
        },
        async moveTag(tag, sha) {
            const client = await getClient();
            try {
                await client.rest.git.updateRef({ ...where, ref: `tags/${tag}`, sha, force: true });
                return;
            }
            catch (error) {
                const status = httpStatus(error);
                if (status !== 422 && status !== 404)
                    throw refused(error, `move the tag ${tag}`);
            }
            try {
                await client.rest.git.createRef({ ...where, ref: `refs/tags/${tag}`, sha });
            }
            catch (error) {
                throw refused(error, `create the tag ${tag}`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/platform-github/src/repo-host.ts




/** Why a comment was skipped when GitHub answered 403 or 404 to a write. */
const READ_ONLY_REASON = "the token cannot write to this pull request (a fork's read-only token?)";
function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`"${repository}" is not an owner/name repository`);
    return { owner, repo };
}
/** The issue comments of pull request `issueNumber`, the sticky one found by its marker line. */
function pullRequestComments(client, where, issueNumber, log) {
    return (0,src/* markedComments */.lD)({
        /** The oldest comment whose first line is the marker; pages stop once it is found. */
        async find(marker) {
            const found = await client.paginate(client.rest.issues.listComments, { ...where, issue_number: issueNumber, per_page: 100 }, (response, done) => {
                const hit = response.data.find((comment) => comment.body !== undefined && (0,src/* hasMarker */.xY)(comment.body, marker));
                if (!hit)
                    return [];
                done();
                return [{ id: hit.id, body: hit.body ?? '', url: hit.html_url }];
            });
            return found[0];
        },
        async create(body) {
            const { data } = await client.rest.issues.createComment({ ...where, issue_number: issueNumber, body });
            return data.html_url;
        },
        async update(id, body) {
            const { data } = await client.rest.issues.updateComment({ ...where, comment_id: id, body });
            return data.html_url;
        },
        async delete(id) {
            await client.rest.issues.deleteComment({ ...where, comment_id: id });
        },
        skipped(marker, error) {
            const status = httpStatus(error);
            const refused = status === 403 || status === 404;
            const reason = refused ? READ_ONLY_REASON : `GitHub API error: ${messageOf(error)}`;
            const detail = refused ? ` (HTTP ${status}: ${messageOf(error)})` : '';
            log.warning(`Skipped the pull request comment "${marker}": ${reason}${detail}`);
            return { status: 'skipped', reason };
        },
    });
}
function releaseAssets(client, where, repository) {
    const failed = (file, error) => new Error(`could not publish ${file.fileName} to the release ${file.tag} of ${repository}: ${messageOf(error)}`, {
        cause: error,
    });
    async function releaseFor(file) {
        try {
            return (await client.rest.repos.getReleaseByTag({ ...where, tag: file.tag })).data;
        }
        catch (error) {
            if (httpStatus(error) !== 404)
                throw failed(file, error);
            throw new Error(`${repository} has no published release for the tag "${file.tag}" (a draft is not found by its tag): ` +
                `create the release before publishing ${file.fileName}`);
        }
    }
    return {
        async publish(file) {
            const release = await releaseFor(file);
            try {
                return await replaceReleaseAsset(client, where, release, {
                    name: file.fileName,
                    content: file.content,
                    contentType: file.contentType,
                });
            }
            catch (error) {
                throw failed(file, error);
            }
        },
    };
}
/**
 * The GitHub RepoHost: `changeRequest` when the run is for a pull request (its issue comments;
 * the oldest comment with the marker is the sticky one, others are left alone), `files` (assets
 * of the release with the file's tag, replacing one of the same name), `issues` (./issues) and
 * `releases` (./releases). Issues and releases throw a HostApiError naming the permission the
 * token lacks (`issues: write`, `contents: write`).
 */
function createGithubRepoHost(options) {
    const where = splitRepository(options.repository);
    const { client, changeNumber, log, repository } = options;
    let made;
    const getClient = () => {
        made ??= typeof client === 'function' ? client() : Promise.resolve(client);
        return made;
    };
    const repo = { getClient, where, repository };
    const comments = async () => pullRequestComments(await getClient(), where, changeNumber, log);
    return {
        changeRequest: changeNumber === undefined
            ? undefined
            : {
                upsert: async (marker, body) => (await comments()).upsert(marker, body),
                remove: async (marker) => (await comments()).remove(marker),
            },
        files: { publish: async (file) => releaseAssets(await getClient(), where, repository).publish(file) },
        issues: githubIssues(repo),
        releases: githubReleases(repo),
    };
}

;// CONCATENATED MODULE: ./packages/platform-github/src/platform.ts






/** Our annotation props in the runner's shape; undefined when none is set (a plain `::error::`). */
function annotationProperties(props) {
    const converted = {
        title: props?.title === undefined ? undefined : src/* secrets */.O3.redact(props.title),
        file: props?.file,
        startLine: props?.line,
        endLine: props?.endLine,
        startColumn: props?.column,
    };
    const set = Object.entries(converted).filter(([, value]) => value !== undefined);
    return set.length > 0 ? Object.fromEntries(set) : undefined;
}
function createLogger() {
    return {
        debug: (message) => runner.debug(src/* secrets */.O3.redact(message)),
        info: (message) => runner.info(src/* secrets */.O3.redact(message)),
        warning: (message, props) => runner.annotate('warning', src/* secrets */.O3.redact(message), annotationProperties(props)),
        error: (message, props) => runner.annotate('error', src/* secrets */.O3.redact(message), annotationProperties(props)),
        group: (name, fn) => runner.group(src/* secrets */.O3.redact(name), fn),
        isDebug: () => runner.isDebug(),
    };
}
/** Creates the GitHub platform (see the Platform port in @maint-actions/core). */
function createGithubPlatform(options = {}) {
    const env = options.env ?? process.env;
    const log = createLogger();
    const context = githubContext(env);
    const lastState = new Map();
    let summaryMissing = false;
    return {
        kind: 'github',
        context,
        env,
        log,
        cache: createGithubCache(log),
        getInput(name) {
            return runner.getInput(name) || undefined;
        },
        async setOutput(name, value) {
            runner.setOutput(name, src/* secrets */.O3.redact(value));
        },
        setSecret(value) {
            if (!value)
                return;
            runner.mask(value);
            src/* secrets */.O3.add(value);
        },
        async writeSummary(markdown) {
            const problem = await runner.appendSummary(src/* secrets */.O3.redact(markdown));
            // No summary file (an old or local runner): the report stays in the log and the report
            // files, and the action goes on to set its outputs. Said once per run.
            if (problem && !summaryMissing) {
                summaryMissing = true;
                log.warning(`No job summary written (${problem}); the report is in this log and the report files.`, {
                    title: 'Job summary',
                });
            }
        },
        annotate(findings) {
            for (const finding of findings) {
                runner.annotate(finding.severity, src/* secrets */.O3.redact(finding.message), annotationProperties(finding));
            }
        },
        progress(event) {
            if (lastState.get(event.id) === event.state)
                return;
            lastState.set(event.id, event.state);
            log.info(`[${event.state}] ${event.label}${event.detail ? `: ${event.detail}` : ''}`);
        },
        repoHost(token) {
            if (!token || !context.repository)
                return undefined;
            return createGithubRepoHost({
                client: () => githubClient(token, { baseUrl: env.GITHUB_API_URL || undefined }),
                repository: context.repository,
                changeNumber: context.changeNumber,
                log,
            });
        },
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./packages/platform-github/src/run.ts
/**
 * THE GitHub entry: each action's `main.ts` is `await runGithubAction(definition)`. It is the
 * only place that calls `setFailed` or sets the exit code.
 */







/** The one line given to `setFailed`; the detailed message is already in the log above it. */
function failureLine(spec, code) {
    return code === src/* ExitCode */.yU.ConfigError
        ? `${spec.title}: configuration error (see the message above)`
        : `${spec.title} failed (see the report above)`;
}
/** A ref that pins a release: a version tag (`v1`, `v1.4`, `v1.4.2`, `v2.0.0-rc.1`) or a full commit SHA. */
const PINNED_REF = /^(v?\d+(\.\d+){0,2}|v?\d+\.\d+\.\d+-[0-9A-Za-z.-]+|[0-9a-f]{40})$/;
/**
 * The warning for an action used at a branch (such as `@main`), whose code changes with every
 * push; undefined for a version tag, a commit SHA or a local action (`uses: ./...`, no ref). The
 * ref is GITHUB_ACTION_REF, else the `_actions/<owner>/<repo>/<ref>/` part of GITHUB_ACTION_PATH.
 */
function branchRefWarning(env) {
    const ref = env.GITHUB_ACTION_REF?.trim() || env.GITHUB_ACTION_PATH?.match(/_actions\/[^/]+\/[^/]+\/([^/]+)/)?.[1];
    if (!ref || PINNED_REF.test(ref))
        return undefined;
    const repo = env.GITHUB_ACTION_REPOSITORY?.trim() || 'this repository';
    return `This action runs at the branch "${ref}" of ${repo}, which changes with every push: pin a major tag such as @v1 (fixes, new gates only as warnings), or @v1.4.2 or a commit SHA for exactly this code.`;
}
/**
 * Runs an action on GitHub: creates the platform, warns when the action is used at a branch, reads the action's section of
 * `.maint-actions.yml` in the workspace, executes the action and, on a non-zero exit code, calls
 * `setFailed` and sets `process.exitCode` (2 for a configuration error, 1 for a failed verdict or
 * a bug). A config file that cannot be read is a configuration error.
 */
async function runGithubAction(definition) {
    const platform = createGithubPlatform();
    const unpinned = branchRefWarning(process.env);
    if (unpinned)
        platform.log.warning(unpinned, { title: 'Unpinned action' });
    let config;
    let repoConfig;
    try {
        // The whole file is checked, every action's section and not only this one's.
        repoConfig = await (0,src/* loadConfig */.Z9)(platform.context.workspace, undefined, {
            actions: [definition.spec],
        });
        config = (0,src/* configFor */.m3)(repoConfig, definition.spec, platform.context.workspace);
    }
    catch (error) {
        platform.log.error((0,src/* describeError */.BR)(error).message.replace(/\s*\r?\n\s*/g, ' '));
        await (0,src/* setFailureOutputs */.Jl)(definition.spec, platform);
        fail(definition.spec, src/* ExitCode */.yU.ConfigError);
        return;
    }
    // Actions that reach S3 (their spec has `s3-region`) may assume an AWS role with the job's OIDC token.
    if ('s3-region' in definition.spec.inputs)
        await useAwsWebIdentity(platform.log);
    const code = await (0,src/* executeAction */.yn)(definition, platform, { config, repoConfig });
    if (code !== src/* ExitCode */.yU.Passed)
        fail(definition.spec, code);
}
/**
 * True when the module at `moduleUrl` (an entry's `import.meta.url`) is the script node was
 * started with (`process.argv[1]`), as when the runner runs `node dist/<name>/index.js`; false
 * when another program imports it, such as @github/local-action, which imports the entry and
 * calls its exported `run()` itself. Links are resolved on both sides.
 */
function isEntryScript(moduleUrl, script = process.argv[1]) {
    if (!script || !moduleUrl.startsWith('file:'))
        return false;
    try {
        return (0,external_node_fs_.realpathSync)((0,external_node_url_.fileURLToPath)(moduleUrl)) === (0,external_node_fs_.realpathSync)(external_node_path_default().resolve(script));
    }
    catch {
        return false;
    }
}
function fail(spec, code) {
    runner.setFailed(failureLine(spec, code), code);
}

;// CONCATENATED MODULE: ./packages/platform-github/src/index.ts











/***/ }),

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BM: () => (/* reexport */ activateVenv),
  RZ: () => (/* reexport */ hasModule),
  mi: () => (/* reexport */ installInput),
  ZT: () => (/* reexport */ prepareProjectPython),
  fD: () => (/* reexport */ pythonProjectInputs)
});

// UNUSED EXPORTS: DEV_EXTRAS, INSTALL_VENV, PROBED_MODULES, declaredExtras, declaredPython, findTool, fitsDeclared, installVenv, installVenvDir, pipArgs, pythonFacts, pythonMismatch, registerPipSecrets, resolvePython, venvCacheKey, venvPython

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 30 modules
var src = __nccwpck_require__(5680);
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
        return await readFile(file, 'utf8');
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
    const config = await repoConfigOf(workspace, loaded);
    const configured = configuredPythonVersion(config, workspace);
    if (configured && config.path) {
        return { wanted: configured, file: path.relative(workspace, config.path), kind: 'version' };
    }
    const dirs = [...new Set([path.resolve(cwd), path.resolve(workspace)])];
    for (const dir of dirs) {
        const shown = (name) => path.relative(workspace, path.join(dir, name)) || name;
        const pinned = (await readText(path.join(dir, '.python-version')))?.split('\n')[0]?.trim();
        if (pinned !== undefined) {
            // setup-python takes the file as it is; a value that is not a CPython version is left alone.
            return /^\d+\.\d+(\.\d+)?$/.test(pinned)
                ? { wanted: pinned, file: shown('.python-version'), kind: 'version' }
                : undefined;
        }
        const pyproject = await readText(path.join(dir, 'pyproject.toml'));
        const requires = pyproject && /^\s*requires-python\s*=\s*["']([^"']+)["']/m.exec(pyproject)?.[1];
        if (requires)
            return { wanted: requires.trim(), file: shown('pyproject.toml'), kind: 'specifier' };
        const runtime = await readText(path.join(dir, 'runtime.txt'));
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
var external_node_fs_ = __nccwpck_require__(3024);
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
    const beside = path.join(path.dirname(python), tool);
    if (await which(beside, env))
        return beside;
    return which(tool, env);
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
var external_node_crypto_ = __nccwpck_require__(7598);
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






/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
exports.X5 = Scalar.Scalar;
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


/***/ }),

/***/ 2003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V9: () => (/* binding */ getIDToken),
  V4: () => (/* binding */ getInput),
  Gu: () => (/* binding */ getState),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getMultilineInput, markdownSummary, platform, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=1e5237d99ceb0016f2ca2e5b20b04551d84c9bb0e8d58dfb3c87fd00630ab136/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=1e5237d99ceb0016f2ca2e5b20b04551d84c9bb0e8d58dfb3c87fd00630ab136/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=1e5237d99ceb0016f2ca2e5b20b04551d84c9bb0e8d58dfb3c87fd00630ab136/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=1e5237d99ceb0016f2ca2e5b20b04551d84c9bb0e8d58dfb3c87fd00630ab136/node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
// maint-actions patch: the HTTP client (and undici under it) loads on the first ID token request
// rather than with @actions/core, so that actions which never ask for a token do not parse it.

class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        return __awaiter(this, void 0, void 0, function* () {
        const { HttpClient } = yield Promise.all(/* import() */[__nccwpck_require__.e(309), __nccwpck_require__.e(343)]).then(__nccwpck_require__.bind(__nccwpck_require__, 343));
        const { BearerCredentialHandler } = yield __nccwpck_require__.e(/* import() */ 525).then(__nccwpck_require__.bind(__nccwpck_require__, 5525));
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
        });
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = yield OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=1e5237d99ceb0016f2ca2e5b20b04551d84c9bb0e8d58dfb3c87fd00630ab136/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=1e5237d99ceb0016f2ca2e5b20b04551d84c9bb0e8d58dfb3c87fd00630ab136/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=1e5237d99ceb0016f2ca2e5b20b04551d84c9bb0e8d58dfb3c87fd00630ab136/node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

// maint-actions patch: @actions/exec (and @actions/io) load on the first getDetails() call, the
// only user of them here, rather than with @actions/core.
const loadExec = () => __nccwpck_require__.e(/* import() */ 53).then(__nccwpck_require__.bind(__nccwpck_require__, 9053));
const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield (yield loadExec()).getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield (yield loadExec()).getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield (yield loadExec()).getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield (yield loadExec()).getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=1e5237d99ceb0016f2ca2e5b20b04551d84c9bb0e8d58dfb3c87fd00630ab136/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

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
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1650);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__run = __webpack_exports__.e;
/******/ export { __webpack_exports__run as run };
/******/ 
