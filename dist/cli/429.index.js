export const id = 429;
export const ids = [429];
export const modules = {

/***/ 9185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QY: () => (/* binding */ configKeyTree),
/* harmony export */   t_: () => (/* binding */ checkConfigKeys)
/* harmony export */ });
/* unused harmony export actionKeyNode */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8009);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(637);
/* harmony import */ var _suggest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9850);
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
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            fail(where, node, `${label(path)} must be a mapping of ${tree.what ? plural(tree.what) : 'keys'} to their values.`);
        for (const pair of node.items) {
            const key = pair.key;
            const text = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? String(key.value) : String(key);
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
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
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
    const meant = (0,_suggest__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(key, names);
    const what = tree.what ?? 'key';
    const subject = keyPath.length === 1 ? `"${key}" is not a top-level key` : `${dotted(keyPath)} is not ${what}`;
    if (meant)
        return `${subject}; did you mean "${meant}"?`;
    return `${subject}; remove it or use one of: ${names.join(', ')}.`;
}
function fail(where, node, message) {
    const offset = node?.range?.[0];
    const line = offset === undefined ? undefined : where.lines.linePos(offset).line;
    throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${where.name}${line ? `:${line}` : ''}: ${message}`);
}
/** An empty value (`key:` or `key: ''`) is an unset section: nothing to check. */
function isEmpty(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && (node.value === null || node.value === '');
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

/***/ 2429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S3: () => (/* binding */ configFileName),
  m3: () => (/* binding */ configFor),
  vT: () => (/* binding */ configuredPythonVersion),
  loadConfig: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig),
  aj: () => (/* binding */ repoConfigOf)
});

// UNUSED EXPORTS: CONFIG_FILE_NAMES, INHERITED_KEYS, INSTALL_PATTERN, PYTHON_VERSION_PATTERN

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
// EXTERNAL MODULE: ./packages/core/src/config-check.ts
var config_check = __webpack_require__(9185);
// EXTERNAL MODULE: ./packages/core/src/config-files.ts
var config_files = __webpack_require__(8014);
;// CONCATENATED MODULE: ./packages/core/src/config-keys.json
const config_keys_namespaceObject = /*#__PURE__*/JSON.parse('{"actions":{"quality-gates":{"keys":{"gates":{},"warn":{},"enforce":{},"policy":{},"custom-gates":{},"working-directory":{},"python":{},"settings-module":{},"install":{},"concurrency":{},"timeout-minutes":{},"pytest-args":{},"pytest-workers":{},"django-check-deploy":{},"django-check-fail-level":{},"lint-tool":{},"shard-index":{},"shard-total":{},"mode":{},"merge-files":{},"pr-body":{},"pr-labels":{},"base-ref":{},"required-sections":{},"schema":{},"api-changes":{},"docs-paths":{},"waive-label":{},"report-dir":{},"gate-stage":{}},"what":"an input of quality-gates"},"generate-openapi":{"keys":{"generator":{},"command":{},"fail-on-warn":{},"working-directory":{},"python":{},"install":{},"settings-module":{},"env":{},"schema":{},"drift":{},"base-ref":{},"base-file":{},"fail-on-breaking":{},"comment":{},"token":{"secret":true},"timeout-minutes":{},"report-dir":{}},"what":"an input of generate-openapi"},"publish-schema":{"keys":{"schema":{},"version":{},"targets":{},"title":{},"artifact-dir":{},"branch":{},"git-remote":{},"git-author":{},"s3-uri":{},"s3-endpoint":{},"s3-region":{},"http-url":{},"http-method":{},"http-headers":{"secret":true},"token":{"secret":true},"changelog":{},"webhook-url":{"secret":true},"report-dir":{}},"what":"an input of publish-schema"},"tag-release":{"keys":{"version":{},"labels":{},"api-bump":{},"zero-major":{},"prerelease":{},"tag-prefix":{},"initial-version":{},"target":{},"moving-tags":{},"push":{},"git-remote":{},"git-author":{},"create-release":{},"assets":{},"changelog-file":{},"token":{"secret":true},"dry-run":{},"report-dir":{}},"what":"an input of tag-release"},"smoke-test-gate":{"keys":{"base-url":{},"checks":{},"openapi":{},"ready-path":{},"expect-version":{},"version-pointer":{},"version-header":{},"ready-timeout":{},"timeout":{},"request-timeout":{},"retries":{},"concurrency":{},"samples":{},"warmup":{},"auth-header":{"secret":true},"ca-file":{},"baseline-report":{},"max-regression":{},"report-dir":{}},"what":"an input of smoke-test-gate"},"backup-before-deploy":{"keys":{"database-url":{"secret":true},"media-dir":{},"media-s3":{},"destination":{},"s3-endpoint":{},"s3-region":{},"environment":{},"image-tag":{},"verify":{},"keep-last":{},"max-age-days":{},"connect-timeout":{},"idle-timeout":{},"report-dir":{}},"what":"an input of backup-before-deploy"},"restore":{"keys":{"manifest":{},"latest-in":{},"s3-endpoint":{},"s3-region":{},"target-database-url":{"secret":true},"target-media-dir":{},"source":{},"confirm":{},"protected":{},"connect-timeout":{}},"what":"an input of restore"},"dependency-audit":{"keys":{"requirements":{},"working-directory":{},"python":{},"pip-audit-report":{},"outdated-report":{},"outdated":{},"include-pre-releases":{},"enrich":{},"osv-url":{},"fail-on":{},"fail-on-outdated":{},"ignore-file":{},"mode":{},"tracking-issue":{},"issue-labels":{},"token":{"secret":true},"timeout-minutes":{},"report-dir":{}},"what":"an input of dependency-audit"},"usage-alert":{"keys":{"command":{},"usage-file":{},"working-directory":{},"threshold":{},"fail-above":{},"name":{},"labels":{},"token":{"secret":true}},"what":"an input of usage-alert"},"access-review":{"keys":{"command":{},"users-file":{},"working-directory":{},"inactive-days":{},"tokens":{},"max-token-age-days":{},"checklist":{},"fail-on-inactive":{},"labels":{},"token":{"secret":true}},"what":"an input of access-review"},"checklist":{"keys":{"kind":{},"cadence":{},"items":{},"environment":{},"deployed-image":{},"backup-id":{},"failed-checks":{},"rollback":{},"token":{"secret":true}},"what":"an input of checklist"},"rollback-plan":{"keys":{"from":{},"to":{},"manifests":{},"working-directory":{},"python":{},"install":{},"settings-module":{},"report-dir":{}},"what":"an input of rollback-plan"}},"owners":{"policy":{},"install":{},"python-version":{},"openapi-diff":{"keys":{"levels":{},"ignore":{"items":{"keys":{"rule":{},"operation":{},"reason":{},"owner":{},"expires":{}},"what":"a key of an entry of openapi-diff.ignore"}}},"what":"a key of openapi-diff"},"checklists":{"keys":{"weekly":{"items":{}},"monthly":{"items":{}},"quarterly":{"items":{}}},"what":"a key of checklists"},"dependency-audit-ignore":{"items":{"keys":{"id":{},"reason":{},"owner":{},"expires":{}},"what":"a key of an entry of dependency-audit-ignore"}}}}');
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(3623);
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
    const candidates = explicitPath ? [explicitPath] : config_files/* CONFIG_FILE_NAMES */.H;
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
        return config_files/* CONFIG_FILE_NAMES */.H[0];
    return external_node_path_default().relative(workspace, config.path).split((external_node_path_default()).sep).join('/') || config_files/* CONFIG_FILE_NAMES */.H[0];
}
/** The config's name for a message: its path in `workspace` when known, else its file name. */
function nameIn(config, workspace) {
    if (workspace !== undefined)
        return configFileName(config, workspace);
    return config.path ? external_node_path_default().basename(config.path) : config_files/* CONFIG_FILE_NAMES */.H[0];
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

/***/ 3623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   QD: () => (/* binding */ readFileIfExists),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
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

/***/ 9850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
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


/***/ })

};
