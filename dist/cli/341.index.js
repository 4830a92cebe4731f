export const id = 341;
export const ids = [341];
export const modules = {

/***/ 2341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  markerFor: () => (/* reexport */ markerFor),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5593);
// EXTERNAL MODULE: ./packages/openapi-diff/src/index.ts
var openapi_diff_src = __webpack_require__(7575);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/base.ts
/**
 * The base schema the API changes are measured against: the committed schema as it is at a git
 * ref (`base-ref`, else the PR/MR base branch, else the last tag before this commit), or a file.
 * A base that cannot be found is not an error: the run goes on without the API diff and says
 * how to make the base available.
 */



const FETCH_HINT = 'fetch it (GitHub: actions/checkout with fetch-depth: 0; GitLab: GIT_DEPTH: 0) or set "base-ref"';
/** @throws ConfigError when `base-ref` starts with `-`, which git would read as an option. */
function checkBaseRef(ref) {
    if (ref?.startsWith('-')) {
        throw new src/* ConfigError */.xL(`Input "base-ref" must be a git ref, not an option (got "${ref}").`, {
            input: 'base-ref',
        });
    }
}
/** Reads the committed schema at the base ref, or explains why there is none. */
async function readBaseFromGit(options) {
    const git = (args) => runGit(args, options.workspace, options.env);
    let top;
    try {
        top = await git(['rev-parse', '--show-toplevel']);
    }
    catch (error) {
        if (error instanceof src/* CommandNotFoundError */.v$)
            return { reason: 'git is not installed, so there is no base to compare with' };
        throw error;
    }
    if (top.code !== 0)
        return { reason: 'the workspace is not a git repository, so there is no base to compare with' };
    const candidates = options.ref
        ? [options.ref]
        : options.changeBase
            ? [`origin/${options.changeBase}`, options.changeBase]
            : [];
    let ref;
    let commit;
    for (const candidate of candidates) {
        commit = await resolveCommit(git, candidate);
        if (commit) {
            ref = candidate;
            break;
        }
    }
    if (!ref && candidates.length > 0) {
        return { reason: `the base ${candidates.join(' or ')} is not in this clone: ${FETCH_HINT}` };
    }
    if (!ref) {
        const tag = await git(['describe', '--tags', '--abbrev=0', 'HEAD^']);
        if (tag.code !== 0) {
            return {
                reason: `no base branch (not a pull/merge request) and no tag before this commit: ${FETCH_HINT}`,
            };
        }
        ref = tag.stdout.trim();
        commit = await resolveCommit(git, ref);
        if (!commit)
            return { reason: `the tag ${ref} does not name a commit` };
    }
    // git prints the top level with symlinks resolved: compare it with the real workspace.
    const inWorkspace = external_node_path_default().relative(options.workspace, options.schema);
    const repoPath = external_node_path_default().relative(await (0,promises_.realpath)(top.stdout.trim()), external_node_path_default().join(await (0,promises_.realpath)(options.workspace), inWorkspace))
        .split((external_node_path_default()).sep)
        .join('/');
    const label = `${ref} (${commit.slice(0, 7)})`;
    const show = await git(['show', `${commit}:${repoPath}`]);
    if (show.code !== 0)
        return { reason: `${repoPath} does not exist at ${label}: a new schema has no API changes to report` };
    return { text: show.stdout, label };
}
async function resolveCommit(git, ref) {
    const result = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : undefined;
}
async function runGit(args, cwd, env) {
    const result = await (0,src/* runProcess */.R3)({
        command: 'git',
        args,
        cwd,
        env: { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        timeoutMs: 60_000,
        // `git show` prints a whole schema: keep all of it.
        maxBuffer: 512 * 1024 * 1024,
    });
    return { code: result.exitCode, stdout: result.stdout };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/document.ts
/**
 * Schema files as data: parsed from YAML or JSON, and put in a canonical form (keys sorted at
 * every level) so that two files are compared by what they say, not by how they are written.
 */


/** A schema file that is not YAML or JSON. */
class SchemaParseError extends Error {
    name = 'SchemaParseError';
    /** 1-based line of the syntax error, when known. */
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/**
 * Parses YAML (1.2) or JSON text. Anchors and aliases are expanded.
 *
 * @throws SchemaParseError naming `name` and the line of the syntax error.
 */
function parseSchemaText(text, name) {
    try {
        return (0,dist/* parse */.qg)(text, { maxAliasCount: 10_000 });
    }
    catch (error) {
        if (error instanceof dist/* YAMLParseError */.XT) {
            const line = error.linePos?.[0].line;
            const first = error.message.split('\n', 1)[0] ?? error.message;
            throw new SchemaParseError(`${name} is not valid YAML or JSON: ${first}`, line);
        }
        throw error;
    }
}
/** A deep copy with the keys of every object sorted (arrays keep their order). */
function canonicalize(value) {
    if (Array.isArray(value))
        return value.map(canonicalize);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
        return Object.fromEntries(entries.map(([key, inner]) => [key, canonicalize(inner)]));
    }
    return value;
}
/** The canonical JSON text: equal for two documents exactly when they hold the same data. */
function canonicalJson(value) {
    return JSON.stringify(canonicalize(value));
}
/** The canonical form as YAML with one key per line: what the readable drift diff compares. */
function canonicalYaml(value) {
    return (0,dist/* stringify */.As)(canonicalize(value), { lineWidth: 0, aliasDuplicateObjects: false });
}
/** SHA-256 of `content` in hex. */
function sha256(content) {
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/markdown.ts
/**
 * The Markdown of the schema's state: the API changes (breaking first), the drift with its
 * diff, and the sticky PR/MR comment made of them. Each is cut to the surface's budget.
 */


/** Characters of the drift diff shown in a comment. */
const COMMENT_DIFF_CHARS = 20_000;
/** Bytes of the drift diff shown in the job summary. */
const SUMMARY_DIFF_BYTES = 256 * 1024;
/** The API changes section: a heading naming the base, then the changelog (breaking first). */
function apiSection(api, level = '###') {
    if (!api)
        return '';
    if ('missing' in api)
        return `${level} API changes\n\n⚠️ Not compared: ${api.missing}.\n\n`;
    const accepted = api.accepted && api.result.counts.breaking > 0
        ? '\n\nBreaking changes are accepted for this run (`fail-on-breaking: false`).'
        : '';
    return `${level} API changes against \`${api.base}\`\n\n${(0,openapi_diff_src/* renderChangelog */.R8)(api.result).trim()}${accepted}\n\n`;
}
/** The drift section: whether the committed file is stale and, when it is, the fix and a diff within `budget`. */
function driftSection(state, budget, unit, level = '###') {
    const { drift } = state;
    if (!drift)
        return '';
    if (!drift.stale)
        return `${level} Drift\n\n✅ \`${state.schema}\` matches the generated schema.\n\n`;
    const diff = fence(cutLines(drift.diff, budget, unit), 'diff');
    return (`${level} Drift\n\n❌ \`${state.schema}\` is out of date with the code. ${drift.fix}\n\n` +
        `<details><summary>Changes to the committed schema (keys sorted)</summary>\n\n${diff}\n\n</details>\n\n`);
}
/**
 * The job summary sections after the report: API changes, then drift. Without a base the API
 * section is left out: the report's warning above already says why and what to do.
 */
function summarySections(state) {
    const api = state.api && 'missing' in state.api ? '' : apiSection(state.api, '##');
    return api + driftSection(state, SUMMARY_DIFF_BYTES, 'bytes', '##');
}
/**
 * The sticky comment for `marker`: a heading with the state, the API changes (breaking first),
 * then the drift. With nothing to report it says the schema is resolved: up to date and without
 * API changes. Cut to GitHub's comment limit.
 */
function renderComment(marker, state) {
    const head = `${(0,src/* commentMarker */.Ql)(marker)}\n`;
    const footer = state.runUrl ? `\n[Job](${state.runUrl}) · maint-actions generate-openapi\n` : '';
    let body;
    if (state.problem) {
        body = `## ❌ OpenAPI schema \`${state.schema}\`\n\n${fence(state.problem, 'text')}\n\n`;
    }
    else if (isResolved(state)) {
        body =
            `## ✅ OpenAPI schema \`${state.schema}\`: resolved\n\n` +
                `The committed schema matches the code${apiNote(state)}.\n`;
    }
    else {
        const icon = state.failed ? '❌' : '⚠️';
        body =
            `## ${icon} OpenAPI schema \`${state.schema}\`\n\n` +
                apiSection(state.api) +
                driftSection(state, COMMENT_DIFF_CHARS, 'chars');
    }
    const budget = src/* LIMITS */.b1.commentChars - head.length - footer.length;
    return (head +
        (0,src/* cutMarkdown */.G$)(body, budget, 'chars', '> ✂️ Cut to fit the comment: the full changelog and diff are in the job summary.') +
        footer);
}
/** Nothing to report: no drift (or not checked) and no API change (or no base). */
function isResolved(state) {
    const noDrift = !state.drift?.stale;
    const noChanges = !state.api || 'missing' in state.api || state.api.result.changes.length === 0;
    return noDrift && noChanges;
}
function apiNote(state) {
    if (!state.api)
        return '';
    if ('missing' in state.api)
        return ` (API changes not compared: ${state.api.missing})`;
    return ` and the API has no changes against \`${state.api.base}\``;
}
/** Whole lines of `text` within `budget`, with a line saying how many were left out. */
function cutLines(text, budget, unit) {
    if ((0,src/* measureText */.kD)(text, unit) <= budget)
        return text;
    const lines = text.split('\n');
    const kept = [];
    let used = 0;
    const room = budget - 60;
    for (const line of lines) {
        const size = (0,src/* measureText */.kD)(line, unit) + 1;
        if (used + size > room)
            break;
        kept.push(line);
        used += size;
    }
    return `${kept.join('\n')}\n… ${lines.length - kept.length} more lines (see schema.patch)\n`;
}
/** `text` in a fenced block of `language`, with a fence no line inside can close. */
function fence(text, language) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const marks = '`'.repeat(Math.max(3, longest + 1));
    return `${marks}${language}\n${text.replace(/\n+$/, '')}\n${marks}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/python-env/src/index.ts + 4 modules
var python_env_src = __webpack_require__(8358);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/messages.ts
/**
 * What schema generators print: drf-spectacular's warnings and errors
 * (`<file>:<line>: Warning [View > Serializer]: message`), Python warnings
 * (`<file>:<line>: UserWarning: message`, as DRF's generateschema gives them) and the final
 * error line of a failed Django command (`CommandError: ...`, `SchemaValidationError: ...`).
 */

// drf-spectacular's GeneratorStats.emit: an optional source location, the severity, optional breadcrumbs.
const SPECTACULAR = /^(?:(?<file>[^\s:][^:]*?)(?::(?<line>\d+))?: )?(?<severity>Warning|Error)(?: \[(?<crumbs>[^\]]*)\])?: (?<message>.+)$/;
const PYTHON_WARNING = /^(?<file>[^\s:][^:]*?):(?<line>\d+): (?<category>[A-Z]\w*Warning): (?<message>.+)$/;
const FINAL_ERROR = /^(?<kind>[A-Z]\w*(?:Error|Exception)): (?<message>.+)$/;
const ANSI = /\x1b\[[0-9;]*m/g;
/** The findings in a generator's output (stderr and stdout), in order, each message once. */
function parseGeneratorOutput(output, where) {
    const findings = [];
    const seen = new Set();
    let previous;
    for (const raw of output.replace(ANSI, '').split(/\r?\n/)) {
        // A Python warning's message goes on in lines indented with a tab (DRF's duplicated operationId).
        if (previous && raw.startsWith('\t')) {
            previous = { ...previous, message: `${previous.message} ${raw.trim()}` };
            continue;
        }
        if (previous)
            add(previous);
        previous = spectacularFinding(raw, where) ?? pythonWarning(raw, where);
    }
    if (previous)
        add(previous);
    return findings;
    function add(finding) {
        const key = `${finding.file}:${finding.line}:${finding.message}`;
        if (seen.has(key))
            return;
        seen.add(key);
        findings.push(finding);
    }
}
/** The last `SomethingError: message` line of a failed run, such as `CommandError: ...`. */
function finalError(output) {
    const lines = output.replace(ANSI, '').trimEnd().split(/\r?\n/).reverse();
    for (const line of lines) {
        const match = FINAL_ERROR.exec(line.trim());
        if (match?.groups)
            return `${match.groups.kind}: ${match.groups.message}`;
    }
    return undefined;
}
function spectacularFinding(line, where) {
    const groups = SPECTACULAR.exec(line)?.groups;
    if (!groups)
        return undefined;
    const crumbs = groups.crumbs ? `${groups.crumbs}: ` : '';
    return located({
        severity: groups.severity === 'Error' ? 'error' : 'warning',
        message: `${crumbs}${groups.message}`,
        rule: 'drf-spectacular',
    }, groups.file, groups.line, where);
}
function pythonWarning(line, where) {
    const groups = PYTHON_WARNING.exec(line)?.groups;
    if (!groups)
        return undefined;
    return located({ severity: 'warning', message: groups.message, rule: groups.category }, groups.file, groups.line, where);
}
/**
 * The finding at `file:line` when the file is inside the workspace; otherwise (a library in
 * site-packages) the location goes into the message, since an annotation could not point there.
 */
function located(finding, file, line, where) {
    if (!file)
        return finding;
    const relative = workspacePath(where, file);
    const lineNumber = line ? Number(line) : undefined;
    if (relative)
        return { ...finding, file: relative, ...(lineNumber ? { line: lineNumber } : {}) };
    return { ...finding, message: `${file}${line ? `:${line}` : ''}: ${finding.message}` };
}
/** `file` (absolute or relative to `cwd`) relative to the workspace with forward slashes, or undefined outside it. */
function workspacePath(where, file) {
    const relative = external_node_path_default().relative(where.workspace, external_node_path_default().resolve(where.cwd, file));
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return undefined;
    return relative.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/generator.ts
/**
 * Runs the schema generator: drf-spectacular's `manage.py spectacular`, DRF's
 * `manage.py generateschema`, or a command the user wrote, each writing to a file we name.
 */





/** The environment variable naming the file a `command` generator must write. */
const SCHEMA_OUT_ENV = 'MAINT_SCHEMA_OUT';
/** Bytes of the generator's output kept for the report. */
const OUTPUT_TAIL_BYTES = 16 * 1024;
/**
 * Runs the generator in the working directory under the timeout and reads its messages.
 *
 * @throws ConfigError for a missing manage.py, interpreter, tool or `command`; or when
 *   drf-spectacular is installed but not in INSTALLED_APPS.
 */
async function runGenerator(options) {
    const { platform, where } = options;
    const baseEnv = { ...platform.env, ...options.extraEnv };
    let python;
    let run;
    let commandLine;
    let env;
    if (options.generator === 'command') {
        const script = requireCommand(options.command);
        // With `install`, the command runs in the venv it built (its `python` and tools first on PATH).
        const installed = options.install ? await projectPython(options, baseEnv) : undefined;
        const commandEnv = installed ? (0,python_env_src/* activateVenv */.BM)(baseEnv, installed.path) : baseEnv;
        python = installed;
        env = withSettings({ ...commandEnv, [SCHEMA_OUT_ENV]: options.out }, options.settingsModule);
        commandLine = ['sh', '-c', script];
        run = () => (0,src/* runShell */.E5)(script, common(env));
    }
    else {
        if (options.command !== undefined) {
            throw new src/* ConfigError */.xL(`Input "command" is only used with "generator: command" (the generator is ${options.generator}): remove it or set generator to command.`, { input: 'command' });
        }
        requireManagePy(where);
        python = await projectPython(options, baseEnv);
        env = withSettings((0,python_env_src/* activateVenv */.BM)(baseEnv, python.path), options.settingsModule);
        await requireModules(options.generator, python.path, env);
        const args = managePyArgs(options);
        commandLine = [python.path, ...args];
        const interpreter = python.path;
        run = () => (0,src/* runProcess */.R3)({ command: interpreter, args, ...common(env) });
    }
    function common(childEnv) {
        return { cwd: where.cwd, env: childEnv, timeoutMs: options.timeoutMinutes * 60_000 };
    }
    const shown = commandLine.map((part) => src/* secrets */.O3.redact(part));
    platform.log.info(`$ ${shown.join(' ')}`);
    let result;
    try {
        result = await run();
    }
    catch (error) {
        if (error instanceof src/* CommandNotFoundError */.v$)
            throw error.toToolMissing('install it, or set the "python" input');
        throw error;
    }
    const output = [result.stderr, result.stdout].filter((text) => text.trim() !== '').join('\n');
    if (options.generator === 'spectacular' && /Unknown command: 'spectacular'/.test(output)) {
        throw new src/* ConfigError */.xL('drf-spectacular is installed but not in INSTALLED_APPS: add "drf_spectacular" to INSTALLED_APPS, or set the "generator" input to drf.', { input: 'generator' });
    }
    const outputTail = (0,src/* tailUtf8 */.K)(src/* secrets */.O3.redact(output.trimEnd()), OUTPUT_TAIL_BYTES);
    return {
        command: shown,
        result,
        findings: parseGeneratorOutput(output, where),
        outputTail,
        failure: failureOf(result, output, options),
        python,
    };
}
/** The interpreter: the `install` venv (built or restored first) when `install` is set, else `python`. */
function projectPython(options, env) {
    return (0,python_env_src/* prepareProjectPython */.ZT)({
        platform: options.platform,
        python: options.python,
        install: options.install,
        workspace: options.where.workspace,
        cwd: options.where.cwd,
        env,
        timeoutMs: options.timeoutMinutes * 60_000,
    });
}
/** The arguments of `python` for the `manage.py` generators. */
function managePyArgs(options) {
    const format = options.format === 'json' ? ['--format', 'openapi-json'] : [];
    if (options.generator === 'drf') {
        if (options.failOnWarn) {
            throw new src/* ConfigError */.xL('Input "fail-on-warn" works with "generator: spectacular" only: remove it.', {
                input: 'fail-on-warn',
            });
        }
        return ['manage.py', 'generateschema', '--file', options.out, ...format];
    }
    return [
        'manage.py',
        'spectacular',
        '--file',
        options.out,
        '--validate',
        ...(options.failOnWarn ? ['--fail-on-warn'] : []),
        ...format,
    ];
}
/** Why the run failed, or undefined when it wrote the file and exited 0. */
function failureOf(result, output, options) {
    if (result.timedOut)
        return `timed out after ${options.timeoutMinutes} min`;
    if (result.exitCode !== 0) {
        const exit = result.exitCode === null ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
        const reason = finalError(output);
        return reason ? `${reason} (${exit})` : `the generator failed (${exit})`;
    }
    if (!(0,external_node_fs_.statSync)(options.out, { throwIfNoEntry: false })?.isFile()) {
        return options.generator === 'command'
            ? `the command exited 0 but wrote no file at $${SCHEMA_OUT_ENV}`
            : 'the generator exited 0 but wrote no file';
    }
    return undefined;
}
function requireCommand(command) {
    if (command === undefined) {
        throw new src/* ConfigError */.xL('Input "command" is required with "generator: command": a command that writes the schema to the file named by $MAINT_SCHEMA_OUT.', { input: 'command' });
    }
    return command;
}
function requireManagePy(where) {
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(where.cwd, 'manage.py')))
        return;
    const shown = external_node_path_default().relative(where.workspace, where.cwd) || '.';
    throw new src/* ConfigError */.xL(`Input "working-directory": ${shown} has no manage.py; point it at the Django project, or set "generator: command".`, { input: 'working-directory' });
}
/** @throws ToolMissingError naming the package the generator needs. */
async function requireModules(generator, python, env) {
    const needed = generator === 'spectacular'
        ? [
            ['django', 'Django', 'pip install Django'],
            [
                'drf_spectacular',
                'drf-spectacular',
                'pip install drf-spectacular and add "drf_spectacular" to INSTALLED_APPS',
            ],
        ]
        : [
            ['django', 'Django', 'pip install Django'],
            ['rest_framework', 'Django REST framework', 'pip install djangorestframework'],
        ];
    for (const [module, name, install] of needed) {
        if (!(await (0,python_env_src/* hasModule */.RZ)(python, module, env))) {
            throw new src/* ToolMissingError */.hc(name, `${install} in the project's environment, or point the "python" input at the project's interpreter`);
        }
    }
}
/** Adds DJANGO_SETTINGS_MODULE. @throws ConfigError when `settings-module` is not a dotted module name. */
function withSettings(env, settingsModule) {
    if (settingsModule === undefined)
        return env;
    if (!/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(settingsModule)) {
        throw new src/* ConfigError */.xL(`Input "settings-module" must be a dotted Python module name such as config.settings (got "${settingsModule}").`, { input: 'settings-module' });
    }
    return { ...env, DJANGO_SETTINGS_MODULE: settingsModule };
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/env-input.ts
/** The `env` input: extra environment for the generator, one `KEY=value` per line. */

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Parses `KEY=value` lines. Blank lines and lines starting with `#` are skipped; the value is
 * everything after the first `=`, kept as written (no quotes are removed, nothing is expanded).
 *
 * @throws ConfigError naming `env` and the line that is not `KEY=value`.
 */
function parseEnvInput(text) {
    const env = {};
    for (const [index, raw] of (text ?? '').split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const at = line.indexOf('=');
        const name = at > 0 ? line.slice(0, at).trim() : '';
        if (!NAME.test(name)) {
            throw new src/* ConfigError */.xL(`Input "env", line ${index + 1}: write KEY=value with a KEY of letters, digits and _ (such as DJANGO_DEBUG=0).`, { input: 'env' });
        }
        env[name] = line.slice(at + 1);
    }
    return env;
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/paths.ts
/** Where generate-openapi reads and writes: the paths its inputs name, checked. */







/** Resolves and checks the paths the inputs name, in the workspace and report directory of `started`. */
function resolvePaths(started, inputs) {
    const { workspace, reportDir } = started;
    const cwd = external_node_path_default().resolve(workspace, inputs.workingDirectory);
    if (!inside(workspace, cwd) || !(0,external_node_fs_.statSync)(cwd, { throwIfNoEntry: false })?.isDirectory()) {
        throw new src/* ConfigError */.xL(`Input "working-directory": ${inputs.workingDirectory} is not a directory of the repository.`, { input: 'working-directory' });
    }
    const schema = external_node_path_default().resolve(cwd, inputs.schema);
    const schemaRel = workspacePath({ workspace, cwd }, schema);
    if (!schemaRel || (0,external_node_fs_.statSync)(schema, { throwIfNoEntry: false })?.isDirectory()) {
        throw new src/* ConfigError */.xL(`Input "schema": ${inputs.schema} must name a file inside the repository (relative to the working directory), such as schema.yml.`, { input: 'schema' });
    }
    let baseFile;
    if (inputs.baseFile) {
        baseFile = external_node_path_default().resolve(cwd, inputs.baseFile);
        if (!(0,external_node_fs_.statSync)(baseFile, { throwIfNoEntry: false })?.isFile()) {
            throw new src/* ConfigError */.xL(`Input "base-file": ${inputs.baseFile} is not a file (paths are relative to the working directory).`, {
                input: 'base-file',
            });
        }
    }
    return {
        workspace,
        cwd,
        schema,
        schemaRel,
        baseFile,
        reportDir,
        generated: external_node_path_default().join(reportDir, formatOf(schema) === 'json' ? 'schema.json' : 'schema.yml'),
        patch: external_node_path_default().join(reportDir, 'schema.patch'),
        changelog: external_node_path_default().join(reportDir, 'changelog.md'),
    };
}
function formatOf(schema) {
    return /\.json$/i.test(schema) ? 'json' : 'yaml';
}
function inside(root, file) {
    const rel = external_node_path_default().relative(root, file);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** Moves the generator's file into the report directory in one step (a copy then a rename across devices). */
async function moveInto(from, to) {
    await (0,src/* writeFileAtomic */.Zf)(to, await (0,promises_.readFile)(from));
}
/**
 * Checks the inputs no other step checks, and returns the generator's extra environment.
 * @throws ConfigError naming the input.
 */
function checkInputs(inputs) {
    const extraEnv = parseEnvInput(inputs.env);
    if (!(inputs.timeoutMinutes > 0)) {
        throw new src/* ConfigError */.xL(`Input "timeout-minutes" must be more than 0 (got ${inputs.timeoutMinutes}).`, {
            input: 'timeout-minutes',
        });
    }
    checkBaseRef(inputs.baseRef);
    if (inputs.baseRef && inputs.baseFile) {
        throw new src/* ConfigError */.xL('Inputs "base-ref" and "base-file" both name a base: keep one.', {
            input: 'base-file',
        });
    }
    return extraEnv;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@seriousme+openapi-schema-validator@2.11.0/node_modules/@seriousme/openapi-schema-validator/index.js + 1 modules
var openapi_schema_validator = __webpack_require__(5517);
// EXTERNAL MODULE: ./node_modules/.pnpm/@seriousme+openapi-schema-validator@2.11.0/node_modules/@seriousme/openapi-schema-validator/schemas/v3.0/schema.json
var schema = __webpack_require__(1378);
// EXTERNAL MODULE: ./node_modules/.pnpm/@seriousme+openapi-schema-validator@2.11.0/node_modules/@seriousme/openapi-schema-validator/schemas/v3.1/schema.json
var v3_1_schema = __webpack_require__(9471);
// EXTERNAL MODULE: ./node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(9474);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./node_modules/.pnpm/ajv-draft-04@1.0.0_ajv@8.20.0/node_modules/ajv-draft-04/dist/index.js
var ajv_draft_04_dist = __webpack_require__(1731);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_draft_04_dist);
// EXTERNAL MODULE: ./node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(5697);
var ajv_formats_dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/validate.ts






/** The OpenAPI versions the action accepts (what the breaking-change engine reads). */
const ACCEPTED = new Set(['3.0', '3.1']);
/** Problems listed at most; the rest are counted in one more finding. */
const MAX_ERRORS = 50;
/** A CommonJS module's export, whether the loader hands over `module.exports` or its `default`. */
function exported(module) {
    return module.default ?? module;
}
const Ajv2020 = exported((_2020_default()));
const Ajv04 = exported((dist_default()));
const addFormats = exported((ajv_formats_dist_default()));
/**
 * The library's validator with its JSON Schemas bundled in. The library reads them from files
 * beside its own module at run time, which a one-file bundle (dist/, ncc) does not have; here
 * they are imported (so the bundler inlines them) and compiled with the options the library
 * uses. Everything else (reading the version, checking `$ref`s) stays the library's.
 */
class BundledValidator extends openapi_schema_validator/* Validator */.D {
    compiled = new Map();
    /** Called by `Validator.validate` with `3.0` or `3.1` (other versions are refused before). */
    getAjvValidator(version) {
        let validate = this.compiled.get(version);
        if (!validate) {
            const ajv = version === '3.0'
                ? new Ajv04({ strict: false, allErrors: true })
                : new Ajv2020({ strict: false, allErrors: true });
            addFormats(ajv);
            ajv.addFormat('media-range', true);
            validate = ajv.compile(version === '3.0' ? schema : v3_1_schema);
            this.compiled.set(version, validate);
        }
        return validate;
    }
}
/** Validates a parsed document; `file` (repository-relative) is put on the findings. */
async function validateOpenApi(document, file) {
    const declared = declaredVersion(document);
    if (!declared) {
        return invalid(file, ['the document has no "openapi" version field: it is not an OpenAPI 3 document']);
    }
    if (!ACCEPTED.has(declared.replace(/^(\d+\.\d+).*$/, '$1'))) {
        return invalid(file, [`OpenAPI ${declared} is not supported: generate OpenAPI 3.0 or 3.1`]);
    }
    const validator = new BundledValidator();
    const result = await validator.validate(document);
    if (result.valid)
        return { version: validator.version, findings: [] };
    const errors = typeof result.errors === 'string' ? [result.errors] : describeErrors(result.errors ?? []);
    return invalid(file, errors);
}
function declaredVersion(document) {
    if (document === null || typeof document !== 'object')
        return undefined;
    const { openapi, swagger } = document;
    if (typeof openapi === 'string')
        return openapi;
    if (typeof swagger === 'string')
        return swagger;
    return undefined;
}
/** `/paths/~1a/get/responses: must have required property '200'`, each once, in order. */
function describeErrors(errors) {
    const lines = errors.map((error) => {
        const where = error.instancePath || '/';
        const extra = error.params?.additionalProperty ? ` (${String(error.params.additionalProperty)})` : '';
        return `${where}: ${error.message ?? 'is not valid'}${extra}`;
    });
    return [...new Set(lines)];
}
function invalid(file, messages) {
    const findings = messages.slice(0, MAX_ERRORS).map((message) => ({
        severity: 'error',
        message,
        file,
        rule: 'openapi-schema',
    }));
    if (messages.length > MAX_ERRORS) {
        findings.push({
            severity: 'error',
            message: `…and ${messages.length - MAX_ERRORS} more schema errors`,
            file,
            rule: 'openapi-schema',
        });
    }
    return { version: undefined, findings };
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/schema-checks.ts
/**
 * The first two checks of generate-openapi: the generator ran (into a scratch folder, moved in
 * whole), and its schema is valid OpenAPI.
 */







/** Why the drift and API-changes checks skip when there is no `Generated`. */
const NOTHING_TO_COMPARE = 'no valid schema to compare';
function generateCheck(run, inputs) {
    const base = {
        id: 'generate',
        name: 'Generate',
        mode: 'enforce',
        durationMs: Math.round(run.result.durationMs),
        findings: run.findings,
        command: run.command,
    };
    const counts = {
        errors: run.findings.filter((f) => f.severity === 'error').length,
        warnings: run.findings.filter((f) => f.severity === 'warning').length,
    };
    if (run.failure) {
        return {
            ...base,
            status: run.result.timedOut ? 'error' : 'failed',
            summary: run.failure,
            counts,
            outputTail: run.outputTail,
        };
    }
    const said = [(0,src/* plural */.LS)(counts.errors, 'error'), (0,src/* plural */.LS)(counts.warnings, 'warning')].join(', ');
    return { ...base, status: 'passed', summary: `${GENERATOR_NAMES[inputs.generator]}: ${said}`, counts };
}
const GENERATOR_NAMES = {
    spectacular: 'manage.py spectacular',
    drf: 'manage.py generateschema',
    command: 'command',
};
/** Parses and validates the generated text. */
async function validateCheck(text, paths) {
    const started = performance.now();
    const base = { id: 'validate', name: 'Validate', mode: 'enforce' };
    const elapsed = () => Math.round(performance.now() - started);
    if (text === undefined) {
        return {
            check: (0,src/* checkSkipped */.$h)(base, 'no schema was generated'),
            generated: undefined,
            problem: undefined,
        };
    }
    const file = (0,src/* relativeTo */.Mf)(paths.workspace, paths.generated);
    let document;
    try {
        document = parseSchemaText(text, file);
    }
    catch (error) {
        if (!(error instanceof SchemaParseError))
            throw error;
        const finding = {
            severity: 'error',
            message: error.message,
            file,
            line: error.line,
            rule: 'parse',
        };
        return {
            check: {
                ...base,
                status: 'failed',
                durationMs: elapsed(),
                summary: error.message,
                findings: [finding],
            },
            generated: undefined,
            problem: `The generated schema is not valid YAML or JSON: ${error.message}`,
        };
    }
    const validation = await validateOpenApi(document, file);
    if (validation.findings.length > 0) {
        const summary = `not a valid OpenAPI 3.0/3.1 document: ${(0,src/* plural */.LS)(validation.findings.length, 'problem')}`;
        return {
            check: { ...base, status: 'failed', durationMs: elapsed(), summary, findings: validation.findings },
            generated: undefined,
            problem: `The generated schema is ${summary}:\n${validation.findings.map((f) => `- ${f.message}`).join('\n')}`,
        };
    }
    return {
        check: {
            ...base,
            status: 'passed',
            durationMs: elapsed(),
            summary: `valid OpenAPI ${validation.version}`,
            findings: [],
        },
        generated: { text, document },
        problem: undefined,
    };
}
/**
 * Runs the generator into a scratch folder and moves its schema into the report directory only
 * when it succeeded, so a half-written schema is never left where the next steps read it.
 */
async function generateSchema(platform, inputs, paths, extraEnv) {
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(platform.context.tempDir, 'maint-openapi-'));
    try {
        const out = external_node_path_default().join(scratch, external_node_path_default().basename(paths.generated));
        const generatorRun = await platform.log.group('Generate the schema', () => runGenerator({
            platform,
            generator: inputs.generator,
            command: inputs.command,
            failOnWarn: inputs.failOnWarn,
            python: inputs.python,
            install: inputs.install,
            settingsModule: inputs.settingsModule,
            extraEnv,
            where: paths,
            out,
            format: formatOf(paths.schema),
            timeoutMinutes: inputs.timeoutMinutes,
        }));
        if (!generatorRun.failure)
            await moveInto(out, paths.generated);
        return generatorRun;
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./actions/generate-openapi/src/api-changes.ts
/**
 * The API-changes check: the generated schema against the base (a git ref or a file), by the
 * openapi-diff engine, with the changelog, the findings and the pull/merge request comment.
 */







/** Findings kept for the API changes check (all breaking ones and warnings come first). */
const MAX_CHANGE_FINDINGS = 1000;
/**
 * The API changes against the base, or a skipped check saying why there is no base. `repoConfig`:
 * the repo config in force (the CLI's `--config` file), whose `openapi-diff:` section sets the
 * levels and ignores; unset, the file at the default names.
 */
async function apiCheck(platform, generated, paths, inputs, repoConfig) {
    const base = {
        id: 'breaking-changes',
        name: 'Breaking changes',
        mode: (inputs.failOnBreaking ? 'enforce' : 'warn'),
    };
    if (!generated)
        return { check: (0,src/* checkSkipped */.$h)(base, NOTHING_TO_COMPARE), changes: undefined, base: undefined };
    const started = performance.now();
    const found = await findBase(platform, paths, inputs);
    const skipped = (reason) => {
        // Said once per surface (issue 20.6): the check's warning finding carries the reason and the
        // fix (the one annotation, the one line of the summary's findings); the check's own summary,
        // in the table, only names it; no log line repeats it.
        return {
            check: {
                ...base,
                status: 'skipped',
                durationMs: Math.round(performance.now() - started),
                summary: 'not compared: no base (see the warning)',
                findings: [
                    { severity: 'warning', message: `API changes not compared: ${reason}`, rule: 'no-base' },
                ],
            },
            changes: { missing: reason },
            base: undefined,
        };
    };
    if ('reason' in found)
        return skipped(found.reason);
    let baseDocument;
    try {
        baseDocument = parseSchemaText(found.text, found.label);
    }
    catch (error) {
        if (!(error instanceof SchemaParseError))
            throw error;
        if (paths.baseFile)
            throw new src/* ConfigError */.xL(`Input "base-file": ${error.message}`, { input: 'base-file' });
        return skipped(`the base schema is unreadable: ${error.message}`);
    }
    let result;
    // The same levels and ignores as `maint-actions openapi-diff`: the openapi-diff: section.
    const config = await (0,src/* repoConfigOf */.aj)(paths.workspace, repoConfig);
    const configFile = config.path ? (0,src/* relativeTo */.Mf)(paths.workspace, config.path) : '.maint-actions.yml';
    let policy;
    try {
        policy = (0,openapi_diff_src/* parsePolicy */.ON)(config.data[openapi_diff_src/* POLICY_SECTION */.lh], configFile);
    }
    catch (error) {
        throw new src/* ConfigError */.xL((0,src/* describeError */.BR)(error).message);
    }
    try {
        const today = new Date().toISOString().slice(0, 10);
        result = (0,openapi_diff_src/* applyIgnores */.wI)((0,openapi_diff_src/* diffOpenApi */.cW)(baseDocument, generated.document, { levels: policy.levels, today }), policy, today).result;
    }
    catch (error) {
        if (!(error instanceof openapi_diff_src/* InvalidDocumentError */.FK))
            throw error;
        if (paths.baseFile && error.side === 'base') {
            throw new src/* ConfigError */.xL(`Input "base-file": ${error.message}`, { input: 'base-file' });
        }
        return skipped(error.message);
    }
    const changes = { result, base: found.label, accepted: !inputs.failOnBreaking };
    const { breaking, warning, info } = result.counts;
    const summary = result.changes.length === 0
        ? `no API changes against ${found.label}`
        : `${(0,src/* plural */.LS)(breaking, 'breaking change')}, ${(0,src/* plural */.LS)(warning, 'warning')}, ${info} other against ${found.label} (bump: ${result.bump})`;
    return {
        check: {
            ...base,
            status: breaking > 0 ? 'failed' : 'passed',
            durationMs: Math.round(performance.now() - started),
            summary,
            counts: { breaking, warning, info },
            findings: changeFindings(result, paths.schemaRel),
        },
        changes,
        base: found.label,
    };
}
async function findBase(platform, paths, inputs) {
    if (paths.baseFile) {
        return {
            text: await (0,promises_.readFile)(paths.baseFile, 'utf8'),
            label: (0,src/* relativeTo */.Mf)(paths.workspace, paths.baseFile),
        };
    }
    return readBaseFromGit({
        ref: inputs.baseRef,
        changeBase: platform.context.baseRef,
        workspace: paths.workspace,
        schema: paths.schema,
        env: platform.env,
    });
}
const SEVERITY = { breaking: 'error', warning: 'warning', info: 'notice' };
/** One finding per change (breaking first, as the engine sorts them), at most MAX_CHANGE_FINDINGS. */
function changeFindings(result, file) {
    const findings = result.changes.slice(0, MAX_CHANGE_FINDINGS).map((change) => ({
        severity: SEVERITY[change.level],
        message: change.message,
        file,
        rule: change.rule,
    }));
    const more = result.changes.length - MAX_CHANGE_FINDINGS;
    if (more > 0)
        findings.push({ severity: 'notice', message: `…and ${more} more changes: see changelog.md`, file });
    return findings;
}
/** Writes the changelog (or why there is none) and returns its path. */
async function writeChangelog(file, api) {
    const body = api && !('missing' in api)
        ? (0,openapi_diff_src/* renderChangelog */.R8)(api.result, { title: `API changes against ${api.base}` })
        : `## API changes\n\nNot compared: ${api && 'missing' in api ? api.missing : 'no valid schema'}.\n`;
    await (0,src/* writeFileAtomic */.Zf)(file, body);
    return file;
}
/**
 * Creates or updates the schema's sticky comment. Returns a note for the summary when the
 * comment could not be written (a read-only token): never a failure.
 */
async function postComment(platform, token, state) {
    const comments = platform.repoHost(token)?.changeRequest;
    if (!comments) {
        platform.log.debug('No pull/merge request comment: this run is not for one, or there is no repository host.');
        return '';
    }
    let outcome;
    try {
        outcome = await comments.upsert(markerFor(state.schema), renderComment(markerFor(state.schema), state));
    }
    catch (error) {
        outcome = { status: 'skipped', reason: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.status === 'skipped') {
        platform.log.warning(`The schema comment was not written: ${outcome.reason ?? 'the host refused it'}.`);
        return `\n> ℹ️ The pull/merge request comment was skipped (${outcome.reason ?? 'the host refused it'}); this summary has the report.\n`;
    }
    platform.log.info(`Schema comment ${outcome.status}${outcome.url ? `: ${outcome.url}` : ''}`);
    return '';
}
/** `generate-openapi:backend/schema.yml`, with characters a marker cannot hold replaced. */
function markerFor(schemaRel) {
    const safe = schemaRel.replace(/[^\w.:/-]/g, '_').replace(/-{2,}/g, '-');
    return `generate-openapi:${safe}`;
}

// EXTERNAL MODULE: ./actions/generate-openapi/src/unified-diff.ts + 2 modules
var unified_diff = __webpack_require__(9182);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/drift.ts
/** The drift check: the committed schema against the generated one, with a patch to apply. */






/**
 * Compares the committed schema with the generated one as data. On drift writes `schema.patch`
 * (the raw committed file to the raw generated one) and keeps a readable diff of the canonical forms.
 */
async function driftCheck(generated, paths, inputs) {
    const base = {
        id: 'drift',
        name: 'Drift',
        mode: (inputs.drift === 'warn' ? 'warn' : 'enforce'),
    };
    if (inputs.drift === 'off') {
        return {
            check: (0,src/* checkSkipped */.$h)(base, 'drift: off'),
            drift: undefined,
        };
    }
    if (!generated)
        return { check: (0,src/* checkSkipped */.$h)(base, NOTHING_TO_COMPARE), drift: undefined };
    const started = performance.now();
    const committedText = await (0,promises_.readFile)(paths.schema, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    let committed;
    let unreadable;
    if (committedText !== undefined) {
        try {
            committed = parseSchemaText(committedText, paths.schemaRel);
        }
        catch (error) {
            if (!(error instanceof SchemaParseError))
                throw error;
            unreadable = error.message;
        }
    }
    const stale = committedText === undefined ||
        unreadable !== undefined ||
        canonicalJson(committed) !== canonicalJson(generated.document);
    const durationMs = () => Math.round(performance.now() - started);
    if (!stale) {
        return {
            check: {
                ...base,
                status: 'passed',
                durationMs: durationMs(),
                summary: `${paths.schemaRel} is up to date`,
                findings: [],
            },
            drift: { stale: false, diff: '', fix: '' },
        };
    }
    await (0,src/* writeFileAtomic */.Zf)(paths.patch, (0,unified_diff/* gitPatch */.ni)(committedText, generated.text, paths.schemaRel));
    const readable = committed !== undefined
        ? (0,unified_diff/* unifiedDiff */.WH)(canonicalYaml(committed), canonicalYaml(generated.document), {
            oldName: `a/${paths.schemaRel} (committed)`,
            newName: `b/${paths.schemaRel} (generated)`,
        })
        : (0,unified_diff/* unifiedDiff */.WH)(committedText ?? '', generated.text, {
            oldName: committedText === undefined ? '/dev/null' : `a/${paths.schemaRel}`,
            newName: `b/${paths.schemaRel}`,
        });
    const patchRel = (0,src/* relativeTo */.Mf)(paths.workspace, paths.patch);
    const why = committedText === undefined
        ? `${paths.schemaRel} does not exist`
        : unreadable
            ? unreadable
            : `${paths.schemaRel} differs from the schema the code generates`;
    const fix = `Apply \`${patchRel}\` (from the job's artifacts) at the repository root with \`git apply\`, or regenerate it with \`${regenerateCommand(inputs, paths)}\`, and commit it.`;
    const finding = {
        severity: 'error',
        message: `${why}: apply ${patchRel} with git apply, or regenerate it with ${regenerateCommand(inputs, paths)}, and commit it.`,
        file: paths.schemaRel,
        rule: 'schema-drift',
    };
    const added = readable.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++')).length;
    const removed = readable
        .split('\n')
        .filter((line) => line.startsWith('-') && !line.startsWith('---')).length;
    return {
        check: {
            ...base,
            status: 'failed',
            durationMs: durationMs(),
            summary: `${why} (+${added} −${removed} lines)`,
            counts: { added, removed },
            findings: [finding],
        },
        drift: { stale: true, diff: readable, fix },
    };
}
function regenerateCommand(inputs, paths) {
    const file = external_node_path_default().relative(paths.cwd, paths.schema).split((external_node_path_default()).sep).join('/');
    if (inputs.generator === 'drf')
        return `python manage.py generateschema --file ${file}`;
    if (inputs.generator === 'spectacular')
        return `python manage.py spectacular --file ${file}`;
    return `maint-actions generate-openapi`;
}

// EXTERNAL MODULE: ./actions/generate-openapi/src/spec.ts
var spec = __webpack_require__(7804);
;// CONCATENATED MODULE: ./actions/generate-openapi/src/run.ts
/**
 * The generate-openapi action: check the inputs and paths (paths.ts), generate and validate the
 * schema (schema-checks.ts), compare it with the committed one (drift.ts) and with the base
 * (api-changes.ts), then write the comment and report the checks.
 */











/** Runs the action (see the spec and generate-openapi/README.md). */
async function run({ platform, inputs, repoConfig, }) {
    const started = (0,src/* startRun */.AD)(platform, spec/* spec */.I, inputs.reportDir);
    const paths = resolvePaths(started, inputs);
    const extraEnv = checkInputs(inputs);
    await (0,promises_.mkdir)(paths.reportDir, { recursive: true });
    await Promise.all([paths.generated, paths.patch, paths.changelog, external_node_path_default().join(paths.reportDir, 'comment.md')].map((file) => (0,promises_.rm)(file, { force: true })));
    const meta = {
        'working-directory': (0,src/* relativeTo */.Mf)(paths.workspace, paths.cwd),
        generator: inputs.generator,
        schema: paths.schemaRel,
    };
    const generatorRun = await generateSchema(platform, inputs, paths, extraEnv);
    if (generatorRun.python)
        meta.python = generatorRun.python.version;
    const checks = [generateCheck(generatorRun, inputs)];
    const generatedText = generatorRun.failure ? undefined : await (0,promises_.readFile)(paths.generated, 'utf8');
    const validation = await validateCheck(generatedText, paths);
    checks.push(validation.check);
    const generated = validation.generated;
    const drift = await driftCheck(generated, paths, inputs);
    checks.push(drift.check);
    const api = await apiCheck(platform, generated, paths, inputs, repoConfig);
    checks.push(api.check);
    if (api.base)
        meta.base = api.base;
    const changelog = generated ? await writeChangelog(paths.changelog, api.changes) : undefined;
    const report = (0,src/* finishReport */.Ux)(started, { checks, meta, title: `OpenAPI schema ${paths.schemaRel}` });
    const state = {
        schema: paths.schemaRel,
        problem: generatorRun.failure
            ? `The schema could not be generated: ${generatorRun.failure}`
            : validation.problem,
        drift: drift.drift,
        api: api.changes,
        failed: report.verdict === 'failed',
        runUrl: platform.context.runUrl,
    };
    // The comment body is also a file, so a workflow whose code-running job holds a read-only token
    // can post it from a separate job (.github/workflows/django-ci.yml, openapi-comment).
    await (0,src/* writeFileAtomic */.Zf)(external_node_path_default().join(paths.reportDir, 'comment.md'), renderComment(markerFor(state.schema), state));
    const commentNote = inputs.comment ? await postComment(platform, inputs.token, state) : '';
    const fullReportHint = (0,src/* reportHint */.AE)(started);
    const diffRan = api.changes && !('missing' in api.changes) ? api.changes.result : undefined;
    const summary = oneLineSummary(report, drift.drift, diffRan, paths.schemaRel);
    return {
        verdict: report.verdict,
        summary,
        outputs: {
            schema: generatedText !== undefined ? paths.generated : undefined,
            'schema-sha256': generatedText !== undefined ? sha256(generatedText) : undefined,
            drift: drift.drift ? String(drift.drift.stale) : undefined,
            breaking: diffRan ? String(diffRan.counts.breaking) : undefined,
            changes: diffRan ? String(diffRan.changes.length) : undefined,
            'api-bump': diffRan?.bump,
            changelog,
            patch: drift.drift?.stale ? paths.patch : undefined,
        },
        report,
        publish: {
            dir: paths.reportDir,
            formats: ['json', 'junit', 'codequality', 'sarif', 'summary'],
            fullReportHint,
            tool: (0,src/* sarifToolOf */.DJ)(started),
            jobSummary: { budgetBytes: 512 * 1024, append: summarySections(state) + commentNote },
            annotate: true,
        },
    };
}
/** `OpenAPI schema backend/schema.yml: drift, 1 breaking change (major)`. */
function oneLineSummary(report, drift, diff, schema) {
    const parts = [];
    const failed = report.checks.find((c) => (c.id === 'generate' || c.id === 'validate') && c.status !== 'passed' && c.status !== 'skipped');
    if (failed)
        parts.push(`${failed.name.toLowerCase()} failed: ${failed.summary}`);
    if (drift)
        parts.push(drift.stale ? 'stale (drift)' : 'up to date');
    if (diff) {
        parts.push(diff.changes.length === 0
            ? 'no API changes'
            : `${(0,src/* plural */.LS)(diff.counts.breaking, 'breaking change')}, ${(0,src/* plural */.LS)(diff.changes.length, 'change')} (${diff.bump})`);
    }
    return `OpenAPI schema ${schema}: ${parts.join(', ') || report.verdict}`;
}


/***/ })

};
