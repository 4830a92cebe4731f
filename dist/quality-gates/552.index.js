export const id = 552;
export const ids = [552];
export const modules = {

/***/ 3552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oneLineSummary: () => (/* binding */ oneLineSummary),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(542);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 41 modules
var src = __webpack_require__(3491);
// EXTERNAL MODULE: ./packages/python-env/src/index.ts + 4 modules
var python_env_src = __webpack_require__(8358);
;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/change-flow/change-request.ts
/** The description and labels, each input taking precedence over what the platform provides. */
function changeRequestOf(platform, inputs) {
    const fromPlatform = platform.context.changeRequest;
    return {
        description: inputs.prBody ?? fromPlatform?.description ?? '',
        labels: inputs.prLabels ?? fromPlatform?.labels ?? [],
        truncated: inputs.prBody === undefined && fromPlatform?.descriptionTruncated === true,
        baseSha: fromPlatform?.baseSha,
    };
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/change-flow/description.ts
/**
 * Reading a PR/MR description: its `##`/`###` sections, and whether each holds something the
 * author wrote rather than what the template left there (HTML comments, empty bullets, `TODO`).
 */
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * The level-2 and level-3 sections of a Markdown text. HTML comments are removed first, and
 * headings inside fenced code blocks are not headings.
 */
function parseSections(markdown) {
    const lines = stripComments(markdown).split(/\r?\n/);
    const headings = [];
    let fence;
    for (const [index, line] of lines.entries()) {
        const marker = FENCE.exec(line)?.[1];
        if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
            fence = fence ? undefined : marker;
            continue;
        }
        if (fence)
            continue;
        const heading = HEADING.exec(line);
        if (heading)
            headings.push({ index, level: heading[1]?.length ?? 0, title: heading[2] ?? '' });
    }
    const sections = [];
    for (const [i, heading] of headings.entries()) {
        if (heading.level !== 2 && heading.level !== 3)
            continue;
        const next = headings.slice(i + 1).find((h) => h.level <= heading.level);
        const content = lines.slice(heading.index + 1, next?.index ?? lines.length).join('\n');
        sections.push({ title: heading.title, level: heading.level, content });
    }
    return sections;
}
/** The text without `<!-- ... -->` comments (an unclosed one runs to the end). */
function stripComments(markdown) {
    return markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}
/** A section name compared loosely: any case, spaces collapsed, a trailing colon ignored. */
function normalize(title) {
    return title.trim().replace(/:$/, '').replace(/\s+/g, ' ').toLowerCase();
}
/**
 * A line that a template leaves and an author would not write as content: blank, only list or
 * checkbox markers and dots, an angle-bracket placeholder such as `<describe the change>`, or
 * `TODO`/`TBD`.
 */
function isPlaceholder(line) {
    const text = line
        .trim()
        .replace(/^(?:[-*+]|\d+[.)])\s*(?:\[[ xX]?\]\s*)?/, '')
        .trim();
    return (text === '' ||
        /^[.…_\-*\s]+$/.test(text) ||
        /^<[^<>]*>$/.test(text) ||
        /^[_*]*(?:todo|tbd|fixme)(?![a-z0-9])[\s.:!]*[_*]*$/i.test(text));
}
/** True when the section holds at least one line that is not a template placeholder. */
function hasContent(section) {
    return section.content.split('\n').some((line) => !isPlaceholder(line));
}
/** The first section named `name` (loosely) that has content, else the first one so named. */
function findSection(sections, name) {
    const named = sections.filter((s) => normalize(s.title) === normalize(name));
    return named.find(hasContent) ?? named[0];
}
/** True when the description has a section `name` with content. */
function sectionFilled(markdown, name) {
    const section = findSection(parseSections(markdown), name);
    return section !== undefined && hasContent(section);
}
/** The required sections that are missing or hold only template text, in the order required. */
function checkSections(markdown, required) {
    const sections = parseSections(markdown);
    const problems = [];
    for (const name of required) {
        const section = findSection(sections, name);
        if (!section)
            problems.push({ section: name, problem: 'missing' });
        else if (!hasContent(section))
            problems.push({ section: name, problem: 'empty' });
    }
    return problems;
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/change-flow/git.ts
/**
 * The git questions the change-flow gate asks about `<base>...HEAD`, each one `git` process with
 * an argument array.
 */

/** A git command failed; the message says what to do about it. */
class GitError extends Error {
    name = 'GitError';
}
const FETCH_HINT = 'fetch the base branch with its history (actions/checkout `fetch-depth: 0`; GitLab `GIT_DEPTH: 0`)';
/** Runs git; an exit code outside `ok` is a GitError. */
async function git(target, args, ok = [0]) {
    const result = await (0,src/* runProcess */.R3)({
        command: 'git',
        args: ['-c', 'core.quotePath=false', ...args],
        cwd: target.cwd,
        env: target.env,
    });
    if (result.exitCode !== null && ok.includes(result.exitCode))
        return { code: result.exitCode, stdout: result.stdout };
    const reason = result.stderr.trim().split('\n')[0] || `exit code ${result.exitCode ?? result.signal}`;
    throw new GitError(`git ${args[0]} failed (${reason}); ${FETCH_HINT}`);
}
/**
 * The first of `candidates` that names a commit in this checkout.
 *
 * @throws GitError naming `shown` when none does.
 */
async function resolveBase(target, candidates, shown) {
    for (const candidate of candidates) {
        const result = await (0,src/* runProcess */.R3)({
            command: 'git',
            args: ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`],
            cwd: target.cwd,
            env: target.env,
        });
        if (result.exitCode === 0)
            return candidate;
    }
    throw new GitError(`base ${shown} is not in this checkout (tried ${candidates.join(', ')}); ${FETCH_HINT}`);
}
/** True when `pathspec` (relative to `target.cwd`) differs between the merge base and HEAD. */
async function pathChanged(target, base, pathspec) {
    const { code } = await git(target, ['diff', '--quiet', `${base}...HEAD`, '--', pathspec], [0, 1]);
    return code === 1;
}
/** The files changed between the merge base and HEAD, relative to `target.cwd`. */
async function changedFiles(target, base) {
    const { stdout } = await git(target, [
        'diff',
        '--name-only',
        '--relative',
        '--no-renames',
        `${base}...HEAD`,
    ]);
    return lines(stdout);
}
/** The files added between the merge base and HEAD, relative to `target.cwd`. */
async function addedFiles(target, base) {
    const { stdout } = await git(target, [
        'diff',
        '--name-status',
        '--diff-filter=A',
        '--relative',
        '--no-renames',
        `${base}...HEAD`,
    ]);
    return lines(stdout).map((line) => line.replace(/^A\t/, ''));
}
/** The values of `key:` trailers in the commit messages of `<base>..HEAD`. */
async function trailerValues(target, base, key) {
    const { stdout } = await git(target, [
        'log',
        `--format=%(trailers:key=${key},valueonly,unfold)`,
        `${base}..HEAD`,
    ]);
    return lines(stdout);
}
function lines(text) {
    return text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/change-flow.ts
/**
 * The change-flow gate, for PRs/MRs: the description fills the template's sections, an API
 * change comes with documentation (unless a label waives it), and new migrations come with
 * deployment notes. Outside a PR/MR it is skipped.
 */





/** Rule ids of the findings. */
const CHANGE_FLOW_RULES = {
    description: 'change-flow.description',
    apiDocs: 'change-flow.api-docs',
    deployNotes: 'change-flow.deploy-notes',
};
/** The commit trailer that carries deployment notes. */
const DEPLOY_NOTES_TRAILER = 'Deploy-Notes';
/** The description section that carries deployment notes. */
const DEPLOY_NOTES_SECTION = 'Deployment notes';
/** The `change-flow` gate: skipped outside a PR/MR; needs git, not Python or manage.py. */
const changeFlowGate = {
    id: 'change-flow',
    name: 'change flow',
    async prepare(ctx) {
        const base = ctx.inputs.baseRef ?? ctx.platform.context.baseRef;
        if (!base)
            return { skip: 'not a pull/merge request (no base branch; set base-ref to compare with one)' };
        if (base.startsWith('-')) {
            throw new src/* ConfigError */.xL(`Input "base-ref" must be a git ref, not an option (got "${base}").`, {
                input: 'base-ref',
            });
        }
        if (!(await (0,src/* which */.K7)('git', ctx.env)))
            throw new src/* ToolMissingError */.hc('git', 'install git (Debian/Ubuntu: apt-get install git)');
        return { run: () => checkChangeFlow(ctx, base) };
    },
};
async function checkChangeFlow(ctx, baseInput) {
    const change = changeRequestOf(ctx.platform, ctx.inputs);
    const repo = { cwd: ctx.workspace, env: ctx.env };
    const kind = ctx.platform.kind === 'gitlab' ? 'MR' : ctx.platform.kind === 'github' ? 'PR' : 'PR/MR';
    try {
        // The run's exact base commit first, unless base-ref chose another base.
        const exact = ctx.inputs.baseRef === undefined && change.baseSha ? [change.baseSha] : [];
        const base = await resolveBase(repo, [...exact, `origin/${baseInput}`, baseInput], `"${baseInput}"`);
        const findings = [
            ...descriptionFindings(change, ctx.inputs.requiredSections, kind),
            ...(await apiDocsFindings(ctx, repo, base, change)),
            ...(await deployNotesFindings(ctx, repo, base, change, kind)),
        ];
        const rules = new Set(findings.map((f) => f.rule));
        const failed = Object.values(CHANGE_FLOW_RULES).filter((rule) => rules.has(rule));
        return {
            status: failed.length > 0 ? 'failed' : 'passed',
            summary: failed.length > 0
                ? `${findings.length} problem${findings.length === 1 ? '' : 's'} (${failed.join(', ')})`
                : `${kind} description, docs and deployment notes in order (against ${shortRef(base)})`,
            findings,
            counts: { problems: findings.length },
        };
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        return { status: 'error', summary: error.message, findings: [] };
    }
}
const TRUNCATED = ' (GitLab passes only the first 2,700 characters of the description: put the required sections first, or give the whole text as pr-body.)';
/** One finding per required section that is missing or left as the template had it. */
function descriptionFindings(change, required, kind) {
    return checkSections(change.description, required).map(({ section, problem }) => ({
        severity: 'error',
        rule: CHANGE_FLOW_RULES.description,
        title: `${kind} description: ${section}`,
        message: problem === 'missing'
            ? `The ${kind} description has no "## ${section}" section; add it and fill it in.${change.truncated ? TRUNCATED : ''}`
            : `The ${kind} description's "${section}" section is empty (only the template's text); fill it in.`,
    }));
}
/** An API change (schema diff or `api-changes` > 0) needs a change under `docs-paths`, unless waived. */
async function apiDocsFindings(ctx, repo, base, change) {
    const { schema, apiChanges, docsPaths, waiveLabel } = ctx.inputs;
    const schemaChanged = await pathChanged({ cwd: ctx.cwd, env: ctx.env }, base, schema);
    const reported = apiChanges !== undefined && apiChanges > 0;
    if (!schemaChanged && !reported)
        return [];
    if (change.labels.includes(waiveLabel)) {
        ctx.platform.log.info(`[change-flow] API changed; docs requirement waived by the label "${waiveLabel}".`);
        return [];
    }
    const docs = docsPaths.map((p) => p.replace(/^\.\//, '').replace(/\/+$/, ''));
    const changed = await changedFiles(repo, base);
    if (changed.some((file) => docs.some((dir) => dir === '' || file === dir || file.startsWith(`${dir}/`))))
        return [];
    const schemaFile = toPosix(external_node_path_default().relative(ctx.workspace, external_node_path_default().resolve(ctx.cwd, schema)));
    const why = schemaChanged ? `${schemaFile} changed` : `generate-openapi reported ${apiChanges} API changes`;
    return [
        {
            severity: 'error',
            rule: CHANGE_FLOW_RULES.apiDocs,
            title: 'API changed without docs',
            ...(schemaChanged ? { file: schemaFile } : {}),
            message: `The API changed (${why}) but nothing under ${docsPaths.join(', ')} did; document the change, or add the label "${waiveLabel}" when no docs are needed.`,
        },
    ];
}
/** Added migrations need a `Deploy-Notes:` trailer or a filled "Deployment notes" section. */
async function deployNotesFindings(ctx, repo, base, change, kind) {
    const migrations = (await addedFiles(repo, base)).filter(isMigration);
    if (migrations.length === 0)
        return [];
    if (sectionFilled(change.description, DEPLOY_NOTES_SECTION))
        return [];
    if ((await trailerValues(repo, base, DEPLOY_NOTES_TRAILER)).length > 0)
        return [];
    const shown = migrations.slice(0, 5).join(', ') + (migrations.length > 5 ? ', ...' : '');
    ctx.platform.log.debug(`[change-flow] migrations added: ${migrations.join(', ')}`);
    return [
        {
            severity: 'error',
            rule: CHANGE_FLOW_RULES.deployNotes,
            title: 'Migrations without deployment notes',
            file: migrations[0],
            message: `${migrations.length} migration${migrations.length === 1 ? '' : 's'} added (${shown}) without deployment notes; add a "## ${DEPLOY_NOTES_SECTION}" section to the ${kind} description or a "${DEPLOY_NOTES_TRAILER}:" trailer to a commit message.`,
        },
    ];
}
/** A migration module: `<app>/migrations/<name>.py`, not the package's `__init__.py`. */
function isMigration(file) {
    return /(?:^|\/)migrations\/[^/]+\.py$/.test(file) && external_node_path_default().posix.basename(file) !== '__init__.py';
}
/** A commit id shortened to 12 characters; ref names as they are. */
function shortRef(ref) {
    return /^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 12) : ref;
}
function toPosix(file) {
    return file.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/gate.ts
/**
 * What a gate is, and the one way gates run their tools: argument arrays, the gate timeout,
 * output streamed to the debug log and kept (redacted) for the report.
 */

/** The gate's process ran out of time (its tree was killed). */
class GateTimeoutError extends Error {
    name = 'GateTimeoutError';
    outputTail;
    command;
    constructor(minutes, command, outputTail) {
        super(`timed out after ${minutes} min`);
        this.command = command;
        this.outputTail = outputTail;
    }
}
/** Bytes of output kept in a check's `outputTail`. */
const OUTPUT_TAIL_KEPT = 16 * 1024;
const OUTPUT_KEPT = 1024 * 1024;
/**
 * Runs a gate's tool in the working directory under the gate timeout. Each output line goes to
 * the debug log prefixed with the gate id.
 *
 * @throws GateTimeoutError when the timeout ends it; CommandNotFoundError when `command` is missing.
 */
async function runTool(ctx, gateId, command, args, options = {}) {
    const log = new OutputLog((line) => ctx.platform.log.debug(`[${gateId}] ${line}`));
    const common = {
        cwd: options.cwd ?? ctx.cwd,
        env: options.env ?? ctx.env,
        timeoutMs: ctx.timeoutMinutes * 60_000,
        onStdout: (chunk) => log.write('out', chunk),
        onStderr: (chunk) => log.write('err', chunk),
    };
    const commandLine = (options.shell ? ['sh', '-c', command] : [command, ...args]).map((part) => src/* secrets */.O3.redact(part));
    ctx.platform.log.debug(`[${gateId}] $ ${commandLine.join(' ')}`);
    const result = options.shell
        ? await (0,src/* runShell */.E5)(command, common)
        : await (0,src/* runProcess */.R3)({ command, args, ...common });
    log.flush();
    const output = log.text();
    if (result.timedOut)
        throw new GateTimeoutError(ctx.timeoutMinutes, commandLine, outputTail(output));
    return { ...result, output, command: commandLine };
}
/** The redacted end of a tool's output, for `Check.outputTail`. */
function outputTail(output) {
    return (0,src/* tailUtf8 */.K)(src/* secrets */.O3.redact(output.trimEnd()), OUTPUT_TAIL_KEPT);
}
/** Splits streamed chunks into lines for the log and keeps the interleaved text (bounded). */
class OutputLog {
    emit;
    partial = { out: '', err: '' };
    kept = '';
    constructor(emit) {
        this.emit = emit;
    }
    write(stream, chunk) {
        this.kept += chunk;
        if (this.kept.length > 2 * OUTPUT_KEPT)
            this.kept = this.kept.slice(-OUTPUT_KEPT);
        const lines = (this.partial[stream] + chunk).split('\n');
        this.partial[stream] = lines.pop() ?? '';
        for (const line of lines)
            this.emit(line);
    }
    flush() {
        for (const stream of ['out', 'err']) {
            if (this.partial[stream])
                this.emit(this.partial[stream]);
            this.partial[stream] = '';
        }
    }
    text() {
        return this.kept.slice(-OUTPUT_KEPT);
    }
}
/** "exit code 3" or "killed by SIGKILL". */
function describeExit(result) {
    return result.exitCode === null ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/custom.ts
/**
 * Custom gates from the `custom-gates` input: one `name: command` a line, each command run with
 * `sh -c` in the working directory (the only shell: the user wrote the command on purpose, and
 * nothing is spliced into it). A gate passes when its command exits 0.
 */


const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/**
 * Parses `custom-gates`. Blank lines and lines starting with `#` are ignored.
 * @throws ConfigError naming `custom-gates` for a malformed line or a name used twice.
 */
function parseCustomGates(text) {
    const gates = [];
    for (const [index, raw] of (text ?? '').split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const colon = line.indexOf(':');
        const name = colon < 0 ? '' : line.slice(0, colon).trim();
        const command = colon < 0 ? '' : line.slice(colon + 1).trim();
        if (!NAME.test(name) || command === '') {
            throw new src/* ConfigError */.xL(`Input "custom-gates" line ${index + 1} must be "name: command" (name of letters, digits, ".", "_", "-"), got "${line}".`, { input: 'custom-gates' });
        }
        if (gates.some((gate) => gate.name === name)) {
            throw new src/* ConfigError */.xL(`Input "custom-gates" names the gate "${name}" twice: give each line its own name.`, {
                input: 'custom-gates',
            });
        }
        gates.push({ name, command });
    }
    return gates;
}
/** The gate of one `custom-gates` line, id `custom:<name>`. */
function customGate(definition) {
    const id = `custom:${definition.name}`;
    return {
        id,
        name: definition.name,
        async prepare(ctx) {
            return { run: () => runCustom(ctx, id, definition.command) };
        },
    };
}
async function runCustom(ctx, id, command) {
    const run = await runTool(ctx, id, command, [], { shell: true });
    const base = { command: run.command, findings: [] };
    if (run.exitCode === 0)
        return { ...base, status: 'passed', summary: 'exit code 0' };
    return { ...base, status: 'failed', summary: describeExit(run), outputTail: outputTail(run.output) };
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/parsers/paths.ts
/**
 * Mapping what Python tools print (paths relative to the project, module names, pytest
 * classnames) to files relative to the repository root, as findings need them.
 */



/**
 * The Where of a run in `cwd`: paths relative to the repository root of `cwd` from wherever the
 * command started, else to the workspace when `cwd` is in it, else absolute.
 */
function whereFor(workspace, cwd) {
    const root = (0,src/* findingsRoot */.zW)(workspace, cwd);
    return root === undefined ? { workspace: cwd, cwd, absolute: true } : { workspace: root, cwd };
}
/** A path with forward slashes, whatever the platform. */
function paths_toPosix(file) {
    return file.split((external_node_path_default()).sep).join('/');
}
/**
 * The workspace-relative path (forward slashes) of `file`, given absolute or relative to `cwd`
 * (its absolute path when `where.absolute`); `undefined` when it is outside the workspace (such
 * as a file in site-packages).
 */
function workspacePath(where, file) {
    const resolved = external_node_path_default().resolve(where.cwd, file);
    const relative = external_node_path_default().relative(where.workspace, resolved);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return undefined;
    return paths_toPosix(where.absolute ? resolved : relative);
}
/** Finds files on disk, remembering each answer: parsers probe the same candidates many times. */
class FileProbe {
    where;
    known = new Map();
    /** Class names are shared by many test cases: each is looked up once. */
    modules = new Map();
    /** workspacePath's answers by file: every test case of a module asks for the same file. */
    relative = new Map();
    constructor(where) {
        this.where = where;
    }
    /** {@link workspacePath} in this probe's Where, remembered by file. */
    workspacePath(file) {
        if (this.relative.has(file))
            return this.relative.get(file);
        const answer = workspacePath(this.where, file);
        this.relative.set(file, answer);
        return answer;
    }
    /** Whether the absolute `file` is a regular file. */
    isFile(file) {
        let answer = this.known.get(file);
        if (answer === undefined) {
            answer = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.isFile() ?? false;
            this.known.set(file, answer);
        }
        return answer;
    }
    /** The first of `candidates` (absolute) that exists. */
    first(candidates) {
        return candidates.find((candidate) => this.isFile(candidate));
    }
    /**
     * The file of an importable module (`a.b.c` → `a/b/c.py` or `a/b/c/__init__.py`), looked
     * for under `cwd`, `cwd/src`, then the workspace and `workspace/src`. Absolute, or undefined.
     */
    moduleFile(module) {
        const relative = module.split('.').join('/');
        return this.first(this.roots().flatMap((root) => [
            external_node_path_default().join(root, `${relative}.py`),
            external_node_path_default().join(root, relative, '__init__.py'),
        ]));
    }
    /**
     * The test file of a pytest classname (`tests.test_api.TestSubmit` → `tests/test_api.py`):
     * progressively shorter dotted prefixes tried as modules (`.py`, or a package's `__init__.py`)
     * under `cwd`, then the workspace (pytest's rootdir may be either). What a prefix leaves over
     * must be class names (capitalised), so a missing module never falls back to its package.
     * Absolute, or undefined.
     */
    classnameFile(classname) {
        return this.classnameModule(classname).file;
    }
    /**
     * How a pytest classname splits into a module and classes: the module's file (as
     * {@link classnameFile} finds it) and the number of dotted parts the module takes. When no
     * file is found, the module is everything before the trailing capitalised parts.
     */
    classnameModule(classname) {
        let answer = this.modules.get(classname);
        if (answer === undefined) {
            answer = this.findClassnameModule(classname);
            this.modules.set(classname, answer);
        }
        return answer;
    }
    findClassnameModule(classname) {
        const parts = classname.split('.').filter((part) => part !== '');
        const bases = unique([this.where.cwd, this.where.workspace]);
        for (let length = parts.length; length > 0; length--) {
            if (!/^[A-Z]/.test(parts[length] ?? 'A'))
                break;
            const relative = parts.slice(0, length).join('/');
            const found = this.first(bases.flatMap((base) => [
                external_node_path_default().join(base, `${relative}.py`),
                external_node_path_default().join(base, relative, '__init__.py'),
            ]));
            if (found)
                return { file: found, moduleParts: length };
        }
        let moduleParts = parts.length;
        while (moduleParts > 1 && /^[A-Z]/.test(parts[moduleParts - 1]))
            moduleParts--;
        return { moduleParts };
    }
    roots() {
        const { cwd, workspace } = this.where;
        return unique([cwd, external_node_path_default().join(cwd, 'src'), workspace, external_node_path_default().join(workspace, 'src')]);
    }
}
function unique(items) {
    return [...new Set(items)];
}
/**
 * Directories pytest does not recurse into by default (its `norecursedirs`: dot-dirs, `build`,
 * `dist`, `node_modules`, `venv`, `*.egg`, ...), plus `__pycache__`. Virtualenvs under other
 * names are recognised by their `pyvenv.cfg` (see {@link VENV_MARKER}).
 */
function isIgnoredDir(name) {
    return name.startsWith('.') || name.endsWith('.egg') || IGNORED_DIRS.has(name);
}
const IGNORED_DIRS = new Set([
    '__pycache__',
    '_darcs',
    'build',
    'CVS',
    'dist',
    'node_modules',
    'venv',
    '{arch}',
]);
/** The file that marks a directory as a virtualenv. */
const VENV_MARKER = 'pyvenv.cfg';

;// CONCATENATED MODULE: ./actions/quality-gates/src/parsers/python-sources.ts
/** Reading Python sources to place findings: where a class or a class attribute is defined. */



/** How deep the search for models modules goes below the project directory. */
const MAX_DEPTH = 6;
/** Python files of the project, read once each. */
class PythonSources {
    where;
    texts = new Map();
    models;
    /** Per file: the first line of each `def <name>(`, indexed on the first question. */
    defs = new Map();
    constructor(where) {
        this.where = where;
    }
    /** The lines of `file` (absolute); none when it cannot be read. */
    lines(file) {
        let lines = this.texts.get(file);
        if (lines === undefined) {
            try {
                lines = (0,external_node_fs_.readFileSync)(file, 'utf8').split(/\r?\n/);
            }
            catch {
                lines = [];
            }
            this.texts.set(file, lines);
        }
        return lines;
    }
    /** Every `models.py` and `models/*.py` under the project directory (absolute, sorted). */
    modelsFiles() {
        this.models ??= findModelsFiles(this.where.cwd, 0).sort();
        return this.models;
    }
    /** 1-based line of the top-level `class <name>` in `file`. */
    classLine(file, name) {
        const pattern = new RegExp(`^class\\s+${name}\\b`);
        const index = this.lines(file).findIndex((line) => pattern.test(line));
        return index === -1 ? undefined : index + 1;
    }
    /**
     * 1-based line of the first `def <name>(` (or `async def`) in `file`, at any indent. The file is
     * indexed once: a test module's thousand test cases do not each scan it again.
     */
    defLine(file, name) {
        let defs = this.defs.get(file);
        if (defs === undefined) {
            defs = new Map();
            for (const [index, text] of this.lines(file).entries()) {
                const found = /^\s*(?:async\s+)?def\s+(\w+)\s*\(/.exec(text)?.[1];
                if (found !== undefined && !defs.has(found))
                    defs.set(found, index + 1);
            }
            this.defs.set(file, defs);
        }
        return defs.get(name);
    }
    /** 1-based line where the class starting at `classLine` assigns `attribute` (`name = ...`, `name: T = ...`). */
    attributeLine(file, classLine, attribute) {
        const pattern = new RegExp(`^\\s+${attribute}\\s*[:=]`);
        const lines = this.lines(file);
        for (let i = classLine; i < lines.length; i++) {
            const line = lines[i];
            if (/^\S/.test(line) && !line.startsWith('#'))
                return undefined;
            if (pattern.test(line))
                return i + 1;
        }
        return undefined;
    }
}
function findModelsFiles(dir, depth) {
    if (depth > MAX_DEPTH || (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, VENV_MARKER)))
        return [];
    const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    return entries.flatMap((entry) => {
        const full = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory()) {
            if (isIgnoredDir(entry.name))
                return [];
            if (entry.name === 'models') {
                const modules = (0,external_node_fs_.readdirSync)(full).filter((name) => name.endsWith('.py'));
                return [...modules.map((name) => external_node_path_default().join(full, name)), ...findModelsFiles(full, depth + 1)];
            }
            return findModelsFiles(full, depth + 1);
        }
        return entry.isFile() && entry.name === 'models.py' ? [full] : [];
    });
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/parsers/text.ts
/** Small helpers for reading tools' text output. */
/** The lines of a tool's output, without terminal colour codes or carriage returns. */
function outputLines(output) {
    return output
        .replace(/\u001b\[[0-9;]*m/g, '')
        .replace(/\r\n?/g, '\n')
        .split('\n');
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/parsers/django-check.ts



const SECTIONS = {
    'CRITICALS:': 'CRITICAL',
    'ERRORS:': 'ERROR',
    'WARNINGS:': 'WARNING',
    'INFOS:': 'INFO',
    'DEBUGS:': 'DEBUG',
};
const SEVERITY = {
    CRITICAL: 'error',
    ERROR: 'error',
    WARNING: 'warning',
    INFO: 'notice',
    DEBUG: 'notice',
};
const HEADER = /^(?:SystemCheckError: )?System check identified some issues:$/;
const SUMMARY = /^System check identified (?:no issues|\d+ issues?) \((\d+) silenced\)\.$/;
const ISSUE = /^(.+?): \(([A-Za-z_][\w.]*)\) (.*)$/;
const HINT = /^\s+HINT: (.*)$/;
/** Parses `manage.py check` output (stdout and stderr together). */
function parseDjangoCheck(output, where) {
    const issues = [];
    let level;
    let current;
    let silenced;
    for (const line of outputLines(output)) {
        const summary = SUMMARY.exec(line.trim());
        if (summary || HEADER.test(line.trim())) {
            if (summary)
                silenced = Number(summary[1]);
            level = undefined;
            current = undefined;
            continue;
        }
        if (line.trim() === '') {
            current = undefined;
            continue;
        }
        const section = SECTIONS[line.trim()];
        if (section) {
            level = section;
            current = undefined;
            continue;
        }
        if (level === undefined)
            continue;
        const hint = HINT.exec(line);
        const issue = hint ? null : ISSUE.exec(line);
        if (issue) {
            current = { level, object: issue[1], id: issue[2], message: issue[3] };
            issues.push(current);
        }
        else if (current && hint) {
            current.hint = hint[1];
        }
        else if (current) {
            // A message or hint that spans lines: Django prints the rest as is.
            if (current.hint === undefined)
                current.message += `\n${line}`;
            else
                current.hint += `\n${line}`;
        }
    }
    const locate = objectLocator(where);
    const findings = issues.map((issue) => issueFinding(issue, locate(issue.object)));
    return { issues, findings, ...(silenced === undefined ? {} : { silenced }) };
}
function issueFinding(issue, at) {
    const about = issue.object === '?' ? '' : `${issue.object}: `;
    const hint = issue.hint === undefined ? '' : `\nHINT: ${issue.hint}`;
    return {
        severity: SEVERITY[issue.level],
        title: issue.id,
        rule: issue.id,
        message: `${about}${issue.message}${hint}`,
        ...at,
    };
}
/**
 * Finds the source of a check's object, when it can be told for sure: a model or field label
 * (`app.Model`, `app.Model.field`: the class found in exactly one models module) or a class
 * Django prints as `<class 'pkg.module.Name'>` (such as a ModelAdmin).
 */
function objectLocator(where) {
    const probe = new FileProbe(where);
    const sources = new PythonSources(where);
    const printedClass = (module, name) => {
        const file = probe.moduleFile(module);
        const line = file === undefined ? undefined : sources.classLine(file, name);
        return file === undefined || line === undefined ? undefined : { file, line };
    };
    const modelLabel = (model, field) => {
        const places = sources.modelsFiles().flatMap((file) => {
            const line = sources.classLine(file, model);
            return line === undefined ? [] : [{ file, line }];
        });
        if (places.length !== 1)
            return undefined;
        const { file, line } = places[0];
        const fieldLine = field === undefined ? undefined : sources.attributeLine(file, line, field);
        return { file, line: fieldLine ?? line };
    };
    return (object) => {
        const classMatch = /^<class '([\w.]+)\.(\w+)'>$/.exec(object);
        const labelMatch = /^(\w+)\.([A-Z]\w*)(?:\.(\w+))?$/.exec(object);
        const found = classMatch
            ? printedClass(classMatch[1], classMatch[2])
            : labelMatch
                ? modelLabel(labelMatch[2], labelMatch[3])
                : undefined;
        const file = found === undefined ? undefined : workspacePath(where, found.file);
        return found === undefined || file === undefined ? undefined : { file, line: found.line };
    };
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/django-check.ts
/**
 * The django-check gate: `manage.py check` (Django's system check framework) at the
 * `django-check-fail-level`, with `--deploy` when `django-check-deploy` is set.
 */




const django_check_HINT = 'add Django to your requirements (pip install Django), or point the "python" input at the project\'s interpreter';
/**
 * A gate of Django's `manage.py` (this one and migrations): `prepare` checks that the interpreter
 * has Django (@throws ToolMissingError naming it), then the gate is `run`.
 */
function djangoGate(id, name, run) {
    return {
        id,
        name,
        async prepare(ctx) {
            if (!(await (0,python_env_src/* hasModule */.RZ)(ctx.python, 'django', ctx.env)))
                throw new src/* ToolMissingError */.hc('Django', django_check_HINT);
            return { run: () => run(ctx) };
        },
    };
}
const djangoCheckGate = djangoGate('django-check', 'manage.py check', runDjangoCheck);
async function runDjangoCheck(ctx) {
    const args = ['manage.py', 'check', '--fail-level', ctx.inputs.djangoCheckFailLevel];
    if (ctx.inputs.djangoCheckDeploy)
        args.push('--deploy');
    const run = await runTool(ctx, 'django-check', ctx.python.path, args);
    const parsed = parseDjangoCheck(run.output, ctx.where);
    const count = parsed.issues.length;
    const base = { command: run.command, findings: parsed.findings, counts: { issues: count } };
    const issues = `${count} issue${count === 1 ? '' : 's'}`;
    if (run.exitCode === 0) {
        return {
            ...base,
            status: 'passed',
            summary: count === 0 ? 'no issues' : `${issues} below ${ctx.inputs.djangoCheckFailLevel}`,
        };
    }
    if (count > 0) {
        return {
            ...base,
            status: 'failed',
            summary: `${issues} (fail level ${ctx.inputs.djangoCheckFailLevel})`,
            outputTail: outputTail(run.output),
        };
    }
    return {
        ...base,
        status: 'error',
        summary: `manage.py check failed before checking (${describeExit(run)})`,
        outputTail: outputTail(run.output),
    };
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/parsers/import-linter.ts


const import_linter_SUMMARY = /^Contracts: (\d+) kept, (\d+) broken\.$/;
const CONTRACT_STATUS = /^(.+) (KEPT|BROKEN)$/;
const BLOCK = /^(.+) is not allowed to import (.+):$/;
const RULE = /^-+$/;
/** `importer -> imported (l.3, l.7)`, with an optional `& ` in front (collapsed chains). */
const LINK = /^(?:& )?([\w.]+)(?: -> ([\w.]+))? \(((?:l\.(?:\d+|\?)(?:, )?)+)\)$/;
/** Parses lint-imports' output (stdout and stderr together). */
function parseImportLinter(output, where) {
    const lines = outputLines(output);
    const summaryIndex = lines.findIndex((line) => import_linter_SUMMARY.test(line.trim()));
    if (summaryIndex === -1) {
        return { contracts: [], kept: 0, broken: 0, findings: [], configError: configError(lines) };
    }
    const [, kept, broken] = import_linter_SUMMARY.exec(lines[summaryIndex].trim());
    const contracts = lines.slice(0, summaryIndex).flatMap((line) => {
        const match = CONTRACT_STATUS.exec(line.trim());
        return match ? [{ name: match[1], kept: match[2] === 'KEPT' }] : [];
    });
    const brokenNames = contracts.filter((c) => !c.kept).map((c) => c.name);
    const probe = new FileProbe(where);
    const findings = brokenSections(lines.slice(summaryIndex + 1), brokenNames).flatMap((section) => sectionFindings(section, probe));
    return { contracts, kept: Number(kept), broken: Number(broken), findings };
}
/** The `Broken contracts` part, cut at each contract's underlined name. */
function brokenSections(lines, names) {
    const sections = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const underline = lines[i + 1]?.trim() ?? '';
        if (names.includes(line.trim()) && RULE.test(underline)) {
            sections.push({ contract: line.trim(), body: [] });
            i++;
        }
        else {
            sections.at(-1)?.body.push(line);
        }
    }
    return sections;
}
/** One finding per chain under each `A is not allowed to import B:`; one for the contract if none parse. */
function sectionFindings(section, probe) {
    const findings = [];
    let block;
    let chain = [];
    const flush = () => {
        if (block !== undefined && chain.length > 0)
            findings.push(chainFinding(section.contract, block, chain, probe));
        chain = [];
    };
    for (const raw of section.body) {
        const blockMatch = BLOCK.exec(raw.trim());
        if (blockMatch) {
            flush();
            block = `${blockMatch[1]} is not allowed to import ${blockMatch[2]}`;
        }
        else if (/^\s*-\s+\S/.test(raw)) {
            flush();
            chain.push(raw.replace(/^\s*-\s+/, '').trim());
        }
        else if (/^\s+\S/.test(raw) && chain.length > 0) {
            chain.push(raw.trim());
        }
        else {
            flush();
        }
    }
    flush();
    if (findings.length > 0)
        return findings;
    const text = section.body.map((l) => l.trim()).filter((l) => l !== '');
    return [
        {
            severity: 'error',
            title: `Broken contract: ${section.contract}`,
            rule: section.contract,
            message: text.length > 0 ? text.join(' ') : `Contract "${section.contract}" is broken.`,
        },
    ];
}
function chainFinding(contract, block, chain, probe) {
    const links = chain.map((text) => {
        const match = LINK.exec(text);
        return match ? { importer: match[1], imported: match[2], lines: match[3] } : undefined;
    });
    const first = links[0];
    const absolute = first ? probe.moduleFile(first.importer) : undefined;
    const file = absolute === undefined ? undefined : workspacePath(probe.where, absolute);
    const line = first ? /l\.(\d+)/.exec(first.lines)?.[1] : undefined;
    return {
        severity: 'error',
        title: `Broken contract: ${contract}`,
        rule: contract,
        message: `${block}: ${renderChain(chain, links)}`,
        ...(file === undefined ? {} : { file }),
        ...(file !== undefined && line !== undefined ? { line: Number(line) } : {}),
    };
}
/** `a -> b (l.2) -> c (l.1)`: a link that continues from the previous one drops its importer. */
function renderChain(chain, links) {
    return chain
        .map((text, i) => {
        const link = links[i];
        const previous = links[i - 1];
        const continues = link?.imported && previous?.imported === link.importer && !text.startsWith('&');
        return continues ? `-> ${link.imported} (${link.lines})` : text;
    })
        .join(' ');
}
/** The text after the `Import Linter` banner, on one line. */
function configError(lines) {
    const banner = lines.findIndex((line) => line.trim() === 'Import Linter');
    const start = banner === -1 ? 0 : banner + 2;
    const text = lines
        .slice(start)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !RULE.test(line) && !/^=+$/.test(line));
    return text.length > 0 ? text.join(' ') : 'lint-imports printed no contracts report';
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/import-linter.ts
/**
 * The import-linter gate: `lint-imports` from the project's environment (beside the
 * interpreter, else on PATH), run in the working directory with it on PYTHONPATH.
 *
 * import-linter caches the import graph in `.import_linter_cache/` of the current directory;
 * the gate keeps it in `.maint-actions/cache/import-linter` of the workspace instead
 * (`--cache-dir`), which ignores itself in git. A version without caching (before 1.3) does
 * not know the option: it is run again without it.
 */





const import_linter_HINT = 'add import-linter to your dev requirements (pip install import-linter)';
const importLinterGate = {
    id: 'import-linter',
    name: 'import-linter',
    async prepare(ctx) {
        const tool = await (0,python_env_src/* findTool */.SG)(ctx.python.path, 'lint-imports', ctx.env);
        if (!tool)
            throw new src/* ToolMissingError */.hc('import-linter', import_linter_HINT);
        return { run: () => runImportLinter(ctx, tool) };
    },
};
async function runImportLinter(ctx, tool) {
    const pythonPath = [ctx.cwd, ctx.env.PYTHONPATH].filter(Boolean).join((external_node_path_default()).delimiter);
    const options = { env: { ...ctx.env, PYTHONPATH: pythonPath } };
    const cacheDir = (0,src/* ensureOwnDir */.Sk)(external_node_path_default().join(ctx.workspace, src/* OWN_DIR */.hT, 'cache', 'import-linter'));
    let run = await runTool(ctx, 'import-linter', tool, [`--cache-dir=${cacheDir}`], options);
    if (run.exitCode === 2 && /no such option:? .*--cache-dir/i.test(run.output)) {
        run = await runTool(ctx, 'import-linter', tool, [], options);
    }
    const parsed = parseImportLinter(run.output, ctx.where);
    const base = {
        command: run.command,
        findings: parsed.findings,
        counts: { kept: parsed.kept, broken: parsed.broken },
    };
    if (parsed.configError) {
        return {
            ...base,
            status: 'error',
            summary: `configuration error: ${parsed.configError}`,
            outputTail: outputTail(run.output),
        };
    }
    if (run.exitCode === 0)
        return { ...base, status: 'passed', summary: `${parsed.kept} contracts kept` };
    if (parsed.broken > 0) {
        return {
            ...base,
            status: 'failed',
            summary: `${parsed.broken} broken, ${parsed.kept} kept`,
            outputTail: outputTail(run.output),
        };
    }
    return {
        ...base,
        status: 'error',
        summary: `lint-imports failed without a broken contract (${describeExit(run)})`,
        outputTail: outputTail(run.output),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./actions/quality-gates/src/parsers/lint.ts


/** `path:line:col: CODE message`, flake8's default `--format`. */
const FLAKE8_LINE = /^(.+?):(\d+):(\d+): ([A-Z]+\d+) (.*)$/;
/** Parses flake8's default output; paths are relative to `where.cwd` (as `./app/views.py`). Other lines are ignored. */
function parseFlake8(output, where) {
    return outputLines(output).flatMap((line) => {
        const match = FLAKE8_LINE.exec(line);
        if (!match)
            return [];
        const [, printed, row, column, code, message] = match;
        const file = workspacePath(where, printed);
        return [
            {
                severity: 'error',
                title: code,
                rule: code,
                message: message,
                ...(file === undefined ? {} : { file, line: Number(row), column: Number(column) }),
            },
        ];
    });
}
/**
 * Parses `ruff check --output-format json` (a JSON array of diagnostics with absolute
 * `filename`, 1-based `location.row`/`column`).
 *
 * @throws Error when `json` is not ruff's JSON array (ruff crashed or printed something else).
 */
function parseRuffJson(json, where) {
    let diagnostics;
    try {
        diagnostics = JSON.parse(json);
    }
    catch {
        throw new Error(`ruff did not print a JSON report: ${json.trim().split('\n')[0] || '(nothing)'}`);
    }
    if (!Array.isArray(diagnostics))
        throw new Error('ruff printed JSON that is not a list of diagnostics');
    return diagnostics.map((diagnostic) => {
        const file = workspacePath(where, diagnostic.filename);
        const start = diagnostic.location;
        const end = diagnostic.end_location;
        const rule = diagnostic.code ?? 'syntax-error';
        return {
            severity: 'error',
            title: rule,
            rule,
            message: diagnostic.url ? `${diagnostic.message} (${diagnostic.url})` : diagnostic.message,
            ...(file === undefined ? {} : { file }),
            ...(file !== undefined && start ? { line: start.row, column: start.column } : {}),
            ...(file !== undefined && end && start && end.row !== start.row ? { endLine: end.row } : {}),
        };
    });
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/lint.ts
/**
 * The lint gate: ruff (`ruff check --output-format json`) or flake8 (`python -m flake8`), run in
 * the working directory with the project's own configuration.
 *
 * `lint-tool: auto` picks ruff when the project configures it (`ruff.toml`, `.ruff.toml` or
 * `[tool.ruff]` in `pyproject.toml`), else flake8 when the interpreter has it, else ruff when it
 * is installed; with none of them the gate is skipped with a note. A project that configures
 * ruff gets ruff or a missing-tool error, never flake8 in its place.
 */








const RUFF_HINT = 'add ruff to your dev requirements (pip install ruff)';
const FLAKE8_HINT = 'add flake8 to your dev requirements (pip install flake8)';
/**
 * Directories that are never the project's code, by name anywhere in the tree: flake8's and
 * ruff's own defaults (version control, caches, build output, virtualenvs), GitLab's local
 * runner's copies (`.gitlab-ci-local`) and our own directory (the `install` venv, reports).
 * Added to the project's own excludes (`--extend-exclude`), never in their place.
 */
const LINT_EXCLUDES = [
    '.git',
    '.hg',
    '.svn',
    '.bzr',
    'CVS',
    '__pycache__',
    '.tox',
    '.nox',
    '.eggs',
    '*.egg',
    'build',
    'dist',
    'node_modules',
    '.mypy_cache',
    '.pytest_cache',
    '.ruff_cache',
    '.venv',
    'venv',
    '.gitlab-ci-local',
    '.maint-actions',
];
/** The `--extend-exclude` value is one argument: kept well under Linux's 128 KiB per argument. */
const EXCLUDE_ARG_CHARS = 100_000;
/** Directories visited looking for virtualenvs under other names, at most. */
const VENV_SEARCH_DIRS = 20_000;
const lintGate = {
    id: 'lint',
    name: 'lint',
    async prepare(ctx) {
        const choice = ctx.inputs.lintTool;
        if (choice === 'ruff' || (choice === 'auto' && (await ruffConfigured(ctx.cwd)))) {
            const ruff = await (0,python_env_src/* findTool */.SG)(ctx.python.path, 'ruff', ctx.env);
            if (!ruff)
                throw new src/* ToolMissingError */.hc('ruff', RUFF_HINT);
            return { run: () => runRuff(ctx, ruff) };
        }
        const flake8 = await (0,python_env_src/* hasModule */.RZ)(ctx.python, 'flake8', ctx.env);
        if (choice === 'flake8' && !flake8)
            throw new src/* ToolMissingError */.hc('flake8', FLAKE8_HINT);
        if (flake8)
            return { run: () => runFlake8(ctx) };
        const ruff = await (0,python_env_src/* findTool */.SG)(ctx.python.path, 'ruff', ctx.env);
        if (ruff)
            return { run: () => runRuff(ctx, ruff) };
        return { skip: 'no linter configured or installed (install ruff or flake8, or set lint-tool)' };
    },
};
/** True when the working directory configures ruff. */
async function ruffConfigured(cwd) {
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(cwd, 'ruff.toml')) || (0,external_node_fs_.existsSync)(external_node_path_default().join(cwd, '.ruff.toml')))
        return true;
    const pyproject = await (0,promises_.readFile)(external_node_path_default().join(cwd, 'pyproject.toml'), 'utf8').catch(() => '');
    return /^\s*\[tool\.ruff[\].]/m.test(pyproject);
}
/**
 * The `--extend-exclude` argument: {@link LINT_EXCLUDES}, every virtualenv under another name
 * (a directory with `pyvenv.cfg`) and what the project's `.gitignore` ignores (directories and
 * Python files, as git lists them; without git, the patterns of the working directory's
 * `.gitignore`). Paths are relative to the working directory, as `./dir`.
 */
async function lintExcludes(ctx) {
    const ignored = await gitIgnored(ctx.cwd, ctx.env);
    const skip = new Set(ignored.map((entry) => external_node_path_default().resolve(ctx.cwd, entry)));
    const venvs = await findVenvs(ctx.cwd, skip);
    const entries = [...LINT_EXCLUDES];
    let length = entries.join(',').length;
    for (const entry of [...venvs, ...ignored]) {
        const shown = entry.startsWith('./') || !entry.includes('/') ? entry : `./${entry}`;
        if (/[,\n]/.test(shown) || entries.includes(shown))
            continue;
        if (length + shown.length + 1 > EXCLUDE_ARG_CHARS) {
            ctx.platform.log.debug(`lint: the exclude list is cut at ${entries.length} entries`);
            break;
        }
        entries.push(shown);
        length += shown.length + 1;
    }
    return `--extend-exclude=${entries.join(',')}`;
}
/** What git ignores under `cwd` (directories without their slash, and `.py` files), relative to `cwd`. */
async function gitIgnored(cwd, env) {
    const listed = await (0,src/* runProcess */.R3)({
        command: 'git',
        args: [
            'ls-files',
            '--others',
            '--ignored',
            '--exclude-standard',
            '--directory',
            '--no-empty-directory',
            '-z',
        ],
        cwd,
        env,
        timeoutMs: 60_000,
    }).catch(() => undefined);
    if (listed && listed.exitCode === 0) {
        return listed.stdout
            .split('\0')
            .filter((entry) => entry.endsWith('/') || entry.endsWith('.py'))
            .map((entry) => entry.replace(/\/$/, ''))
            .filter((entry) => entry !== '' && !LINT_EXCLUDES.includes(external_node_path_default().basename(entry)))
            .map((entry) => `./${entry}`);
    }
    // No git (or not a repository): the plain patterns of the project's own .gitignore.
    const text = await (0,promises_.readFile)(external_node_path_default().join(cwd, '.gitignore'), 'utf8').catch(() => '');
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('!'))
        .map((line) => line.replace(/\/+$/, ''))
        .map((line) => (line.startsWith('/') ? `.${line}` : line))
        .filter((line) => line !== '' && line !== '.');
}
/** Directories holding a `pyvenv.cfg` under `cwd`, other than those already excluded, as `./path`. */
async function findVenvs(cwd, skip) {
    const found = [];
    const queue = [cwd];
    let visited = 0;
    while (queue.length > 0 && visited < VENV_SEARCH_DIRS) {
        const dir = queue.shift();
        visited++;
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        if (dir !== cwd && entries.some((entry) => entry.isFile() && entry.name === VENV_MARKER)) {
            found.push(`./${paths_toPosix(external_node_path_default().relative(cwd, dir))}`);
            continue;
        }
        for (const entry of entries) {
            if (!entry.isDirectory() || LINT_EXCLUDES.includes(entry.name) || entry.name.endsWith('.egg'))
                continue;
            const full = external_node_path_default().join(dir, entry.name);
            if (!skip.has(full))
                queue.push(full);
        }
    }
    return found;
}
async function runRuff(ctx, ruff) {
    const exclude = await lintExcludes(ctx);
    const run = await runTool(ctx, 'lint', ruff, ['check', '--output-format', 'json', exclude, '.']);
    if (run.exitCode !== 0 && run.exitCode !== 1)
        return crashed('ruff', run);
    const findings = parseRuffJson(run.stdout, ctx.where);
    return lintResult('ruff', run, findings);
}
async function runFlake8(ctx) {
    const exclude = await lintExcludes(ctx);
    // `--format=default` keeps the parseable `path:line:col: CODE message` whatever the config says.
    // Beside other gates, one process: flake8's default (a process per CPU, `--jobs=auto`) starts a
    // pool that competes with them for the same CPUs and costs more CPU than it saves here.
    const jobs = ctx.gatesShareCpus ? ['--jobs=1'] : [];
    const run = await runTool(ctx, 'lint', ctx.python.path, [
        '-m',
        'flake8',
        '--format=default',
        ...jobs,
        exclude,
        '.',
    ]);
    if (run.exitCode !== 0 && run.exitCode !== 1)
        return crashed('flake8', run);
    const findings = parseFlake8(run.stdout, ctx.where);
    return lintResult('flake8', run, findings);
}
function lintResult(tool, run, findings) {
    const base = { command: run.command, findings, counts: { problems: findings.length } };
    if (run.exitCode === 0)
        return { ...base, status: 'passed', summary: `${tool}: no problems` };
    if (findings.length === 0)
        return crashed(tool, run);
    return {
        ...base,
        status: 'failed',
        summary: `${tool}: ${findings.length} problem${findings.length === 1 ? '' : 's'}`,
        outputTail: outputTail(run.output),
    };
}
function crashed(tool, run) {
    return {
        command: run.command,
        status: 'error',
        summary: `${tool} failed to run (${describeExit(run)})`,
        findings: [],
        outputTail: outputTail(run.output),
    };
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/parsers/migrations.ts
/**
 * `manage.py makemigrations --check --dry-run` output → the migrations that models need but
 * the repository lacks.
 */






const APP = /^Migrations for '([^']+)':$/;
/** Django < 5.1 prints `- Add field ...`; 5.1+ a category symbol: `+` add, `-` remove, `~` alter, `p` Python, `s` SQL, `?` mixed. */
const OPERATION = /^\s+[-+~ps?] (.+)$/;
/** Parses makemigrations' output (stdout and stderr together) and its exit code. */
function parseMakemigrationsCheck(output, exitCode, where) {
    const missing = [];
    for (const line of outputLines(output)) {
        const app = APP.exec(line.trim());
        const current = missing.at(-1);
        if (app) {
            missing.push({ app: app[1], file: '', operations: [] });
        }
        else if (current && current.file === '' && /^\s+\S+\.py$/.test(line)) {
            current.file = line.trim();
        }
        else if (current && current.file !== '' && OPERATION.test(line)) {
            current.operations.push(OPERATION.exec(line)[1].trim());
        }
    }
    const sources = new PythonSources(where);
    const probe = new FileProbe(where);
    const findings = missing.map((migration) => missingFinding(migration, where, probe, sources));
    if (missing.length > 0 || exitCode === 0)
        return { missing, findings };
    return failure(output, exitCode, where);
}
function missingFinding(migration, where, probe, sources) {
    const operations = migration.operations.length > 0 ? `: ${migration.operations.join('; ')}` : '';
    const place = modelsPlace(migration, where, probe, sources);
    const file = place === undefined ? undefined : workspacePath(where, place.file);
    return {
        severity: 'error',
        title: `Missing migration for ${migration.app}`,
        rule: 'migrations',
        message: `Models of app '${migration.app}' changed without a migration (${external_node_path_default().basename(migration.file)} would be created)${operations}.` +
            ` Run: python manage.py makemigrations ${migration.app}`,
        ...(file === undefined ? {} : { file }),
        ...(file === undefined || place?.line === undefined ? {} : { line: place.line }),
    };
}
/**
 * Where a missing migration's change is: the app's models module (`<app>/models.py`, or the
 * `models/` package's `__init__.py`) found from the would-be migration file
 * (`<app>/migrations/0002_x.py`), at the class of the first model an operation names when it is
 * defined there (or, for a package, in one of its modules). Undefined when the app has neither.
 */
function modelsPlace(migration, where, probe, sources) {
    const app = external_node_path_default().dirname(external_node_path_default().dirname(external_node_path_default().resolve(where.cwd, migration.file)));
    const module = probe.first([external_node_path_default().join(app, 'models.py'), external_node_path_default().join(app, 'models', '__init__.py')]);
    if (module === undefined)
        return undefined;
    const candidates = external_node_path_default().basename(module) === '__init__.py'
        ? [module, ...packageModules(external_node_path_default().dirname(module)).filter((file) => file !== module)]
        : [module];
    for (const model of migration.operations.map(operationModel)) {
        if (model === undefined)
            continue;
        for (const file of candidates) {
            const line = classLineIgnoringCase(sources, file, model);
            if (line !== undefined)
                return { file, line };
        }
    }
    return { file: module };
}
/** The model an operation names: `Create model Order`, `Add field note to order`, `Alter field x on order`. */
function operationModel(operation) {
    const patterns = [
        /^(?:Create|Delete) (?:proxy )?model (\w+)/i,
        /^(?:Add|Remove) field \w+ (?:to|from) (\w+)/i,
        /^(?:Alter|Rename) field \w+ on (\w+)/i,
        /\bmodel (\w+)/i,
        /\bon (\w+)$/i,
    ];
    for (const pattern of patterns) {
        const match = pattern.exec(operation);
        if (match)
            return match[1];
    }
    return undefined;
}
/** The `.py` modules of a package directory, sorted (absolute). */
function packageModules(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir)
            .filter((name) => name.endsWith('.py'))
            .sort()
            .map((name) => external_node_path_default().join(dir, name));
    }
    catch {
        return [];
    }
}
/** makemigrations prints model names in lower case: the line of `class <Name>(` whatever its case. */
function classLineIgnoringCase(sources, file, model) {
    const pattern = new RegExp(`^class\\s+${model}\\b`, 'i');
    const index = sources.lines(file).findIndex((line) => pattern.test(line));
    return index === -1 ? undefined : index + 1;
}
/** makemigrations stopped without a verdict: the system check's errors, else the last line it printed. */
function failure(output, exitCode, where) {
    const checks = parseDjangoCheck(output, where);
    const blocking = checks.findings.filter((finding) => finding.severity === 'error');
    if (blocking.length > 0) {
        const error = `makemigrations stopped on ${blocking.length} system check error${blocking.length === 1 ? '' : 's'} (${blocking.map((f) => f.rule).join(', ')})`;
        return { missing: [], findings: blocking, error };
    }
    const last = outputLines(output)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .at(-1);
    const error = `makemigrations exited with code ${exitCode} without reporting changes${last ? `: ${last}` : ''}`;
    return {
        missing: [],
        findings: [{ severity: 'error', title: 'makemigrations failed', rule: 'migrations', message: error }],
        error,
    };
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/migrations.ts
/**
 * The migrations gate: `manage.py makemigrations --check --dry-run` fails when a model changed
 * without a migration; nothing is written.
 *
 * Django opens every configured database during makemigrations (to check the migration history
 * is consistent), and opening SQLite creates an empty `db.sqlite3`. The gate runs the project's
 * own `manage.py` through a small bootstrap that, once Django has read the settings, points every
 * database at Django's `dummy` backend, which makemigrations skips: no database is opened or
 * created, whatever selects the settings (manage.py, DJANGO_SETTINGS_MODULE, `settings-module`)
 * and without touching the user's files. The history check against a real database is not the
 * gate's job (CI has no migrated database).
 */



/**
 * Runs `manage.py` (in the working directory) as `python manage.py <args>` would, with every
 * database of the settings on the `dummy` backend (see the module comment).
 */
const NO_DATABASE_BOOTSTRAP = [
    'import os, runpy, sys',
    'from django.conf import LazySettings',
    '_read_settings = LazySettings._setup',
    'def _setup(self, *args, **kwargs):',
    '    _read_settings(self, *args, **kwargs)',
    '    databases = getattr(self._wrapped, "DATABASES", None) or {}',
    '    self._wrapped.DATABASES = {alias: {"ENGINE": "django.db.backends.dummy"} for alias in databases}',
    'LazySettings._setup = _setup',
    'sys.argv[0] = "manage.py"',
    'sys.path[0] = os.getcwd()',
    'runpy.run_path("manage.py", run_name="__main__")',
].join('\n');
const migrationsGate = djangoGate('migrations', 'migrations', runMigrationsCheck);
async function runMigrationsCheck(ctx) {
    const run = await runTool(ctx, 'migrations', ctx.python.path, [
        '-c',
        NO_DATABASE_BOOTSTRAP,
        'makemigrations',
        '--check',
        '--dry-run',
    ]);
    const parsed = parseMakemigrationsCheck(run.output, run.exitCode ?? -1, ctx.where);
    const missing = parsed.missing.length;
    const base = { command: run.command, findings: parsed.findings, counts: { missing } };
    if (run.exitCode === 0)
        return { ...base, status: 'passed', summary: 'no model changes without a migration' };
    if (missing > 0) {
        return {
            ...base,
            status: 'failed',
            summary: `${missing} migration${missing === 1 ? '' : 's'} missing (run makemigrations)`,
            outputTail: outputTail(run.output),
        };
    }
    return {
        ...base,
        status: 'error',
        summary: `makemigrations --check failed: ${parsed.error ?? describeExit(run)}`,
        outputTail: outputTail(run.output),
    };
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/parsers/junit-stream.ts
/**
 * A streaming reader of JUnit XML: text goes in by chunks (a file is read 1 MiB at a time), each
 * `<testcase>` comes out complete as soon as it ends, and the raw text of each top-level
 * `<testsuite>` can be copied on as it is read. Memory is bounded by the largest single element
 * (a test case with its failure text), never by the size of the report, and the time is linear
 * in it: a million test cases are read without holding the document.
 *
 * It reads the XML that JUnit writers produce (pytest, Maven Surefire, Gradle, GitLab's merged
 * reports): elements, attributes, text, the five XML entities and character references, CDATA,
 * comments, processing instructions and a DOCTYPE (skipped). Well-formedness is checked where a
 * broken report would otherwise be misread: end tags must match their start tags, every element
 * must be closed, there is one root element, and nothing but markup and whitespace sits outside it.
 */

/** Why a document could not be read: not XML (with the line), or XML that is not a JUnit report. */
class JunitError extends Error {
    kind;
    reason;
    line;
    name = 'JunitError';
    constructor(kind, reason, line) {
        super(kind === 'xml' ? `line ${line}: ${reason}` : reason);
        this.kind = kind;
        this.reason = reason;
        this.line = line;
    }
}
const OUTCOMES = new Set(['failure', 'error', 'skipped']);
const ROOTS = new Set(['testsuites', 'testsuite']);
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const junit_stream_NAME = /^[^\s/>]+/;
/** Text this long at the end of a chunk may be half an entity (`&#x1F600;`): kept for the next chunk. */
const ENTITY_TAIL = 12;
/** Reads one JUnit document pushed in chunks; `end()` checks it was complete. */
class JunitReader {
    handlers;
    buffer = '';
    /** The line of `buffer[0]`, for errors. */
    line = 1;
    stack = [];
    rootSeen = false;
    openCase;
    openOutcome;
    /** Stack depth of the top-level `<testsuite>` being copied, or -1. */
    copyDepth = -1;
    /** Strings kept from many test cases (class names, files) stored once. */
    interned = new Map();
    constructor(handlers) {
        this.handlers = handlers;
    }
    /** Reads a chunk of the document. @throws JunitError */
    push(chunk) {
        this.buffer = this.buffer === '' ? chunk : this.buffer + chunk;
        if (this.line === 1 && this.buffer.charCodeAt(0) === 0xfeff)
            this.buffer = this.buffer.slice(1);
        this.consume(false);
        return this;
    }
    /** Ends the document. @throws JunitError when it is incomplete, empty or not JUnit. */
    end() {
        this.consume(true);
        if (this.buffer.trim() !== '')
            this.fail(`unexpected end of the document in "${this.buffer.slice(0, 20)}"`);
        const open = this.stack.at(-1);
        if (open !== undefined)
            this.fail(`unclosed element <${open}> at the end of the document`);
        if (!this.rootSeen)
            throw new JunitError('not-junit', 'the document is empty', this.line);
    }
    consume(final) {
        const b = this.buffer;
        let pos = 0;
        while (pos < b.length) {
            const lt = b.indexOf('<', pos);
            if (lt === -1) {
                // Text to the end of what arrived: keep a possible half entity for the next chunk.
                let cut = b.length;
                const amp = b.lastIndexOf('&');
                if (!final && amp >= pos && b.length - amp < ENTITY_TAIL)
                    cut = amp;
                this.text(b, pos, cut);
                pos = cut;
                break;
            }
            if (lt > pos)
                this.text(b, pos, lt);
            pos = lt;
            const end = this.token(b, pos);
            if (end === -1)
                break; // the token continues in the next chunk
            pos = end;
        }
        this.buffer = b.slice(pos);
        if (final && this.buffer !== '' && this.buffer.trim() !== '') {
            this.fail(`unfinished markup "${this.buffer.slice(0, 20)}"`);
        }
    }
    /** Reads the markup at `start` (a `<`); returns the index after it, or -1 when it is incomplete. */
    token(b, start) {
        if (b.startsWith('<!--', start))
            return this.skip(b, start, b.indexOf('-->', start + 4), 3);
        if (b.startsWith('<![CDATA[', start)) {
            const close = b.indexOf(']]>', start + 9);
            if (close === -1)
                return -1;
            if (this.stack.length === 0)
                this.fail('CDATA outside the root element');
            this.openOutcome?.parts.push(detach(b.slice(start + 9, close)));
            return this.copy(b, start, close + 3);
        }
        if (b.startsWith('<?', start))
            return this.skip(b, start, b.indexOf('?>', start + 2), 2);
        if (b.startsWith('<!', start)) {
            // A DOCTYPE, with or without an internal subset in brackets.
            const bracket = b.indexOf('[', start);
            const gt = b.indexOf('>', start);
            if (gt === -1)
                return -1;
            if (bracket !== -1 && bracket < gt)
                return this.skip(b, start, b.indexOf(']>', bracket), 2);
            return this.skip(b, start, gt, 1);
        }
        const gt = tagEnd(b, start + 1);
        if (gt === -1)
            return -1;
        if (gt === -2)
            this.fail(`"<" inside the tag "${b.slice(start, start + 40)}"`);
        const body = b.slice(start + 1, gt);
        if (body.startsWith('/')) {
            this.endTag(body.slice(1).trim(), b, start, gt + 1);
        }
        else {
            this.startTag(body, b, start, gt + 1);
        }
        return gt + 1;
    }
    skip(b, start, close, closeLength) {
        if (close === -1)
            return -1;
        return this.copy(b, start, close + closeLength);
    }
    /** Passes `b[start, end)` to the copy of the current top-level suite, counts its lines; returns `end`. */
    copy(b, start, end) {
        if (this.copyDepth !== -1)
            this.handlers.onSuiteText?.(b.slice(start, end));
        this.countLines(b, start, end);
        return end;
    }
    startTag(body, b, start, end) {
        const selfClosing = body.endsWith('/');
        const name = junit_stream_NAME.exec(body)?.[0];
        if (name === undefined)
            this.fail(`a tag without a name: "<${body.slice(0, 20)}"`);
        if (this.stack.length === 0) {
            if (this.rootSeen)
                this.fail(`a second root element <${name}>`);
            this.rootSeen = true;
            if (!ROOTS.has(name)) {
                throw new JunitError('not-junit', 'no <testsuites> or <testsuite> element', this.line);
            }
        }
        const depth = this.stack.length;
        const topLevelSuite = name === 'testsuite' && (depth === 0 || (depth === 1 && this.stack[0] === 'testsuites'));
        const attributes = topLevelSuite || name === 'testcase' || OUTCOMES.has(name) ? attributesOf(body) : {};
        if (topLevelSuite) {
            this.handlers.onSuite?.(attributes);
            this.copyDepth = depth;
        }
        this.copy(b, start, end);
        if (topLevelSuite && selfClosing)
            this.copyDepth = -1;
        if (name === 'testcase' && this.openCase === undefined) {
            this.openCase = { attributes: this.internCase(attributes), failure: [], error: [], skipped: [] };
            if (selfClosing)
                this.closeCase();
        }
        else if (OUTCOMES.has(name) && this.openCase && this.stack.at(-1) === 'testcase') {
            const kind = name;
            const outcome = { kind, message: attributes.message, parts: [] };
            if (selfClosing)
                this.openCase[kind].push(outcomeOf(outcome));
            else
                this.openOutcome = outcome;
        }
        if (!selfClosing)
            this.stack.push(name);
    }
    endTag(name, b, start, end) {
        const open = this.stack.pop();
        if (open === undefined)
            this.fail(`closing tag </${name}> without an open element`);
        if (open !== name)
            this.fail(`closing tag </${name}> does not match <${open}>`);
        this.copy(b, start, end);
        if (this.stack.length === this.copyDepth)
            this.copyDepth = -1;
        if (this.openOutcome && name === this.openOutcome.kind && this.stack.at(-1) === 'testcase') {
            this.openCase?.[this.openOutcome.kind].push(outcomeOf(this.openOutcome));
            this.openOutcome = undefined;
        }
        else if (name === 'testcase' && this.openCase && !this.stack.includes('testcase')) {
            this.closeCase();
        }
    }
    closeCase() {
        const open = this.openCase;
        this.openCase = undefined;
        this.handlers.onCase?.({
            ...open.attributes,
            ...(open.failure.length > 0 ? { failure: open.failure } : {}),
            ...(open.error.length > 0 ? { error: open.error } : {}),
            ...(open.skipped.length > 0 ? { skipped: open.skipped } : {}),
        });
    }
    text(b, start, end) {
        if (start >= end)
            return;
        if (this.stack.length === 0) {
            for (let i = start; i < end; i++) {
                if (!/\s/.test(b[i]))
                    this.fail(`text outside the root element: "${b.slice(i, Math.min(end, i + 20))}"`);
            }
        }
        if (this.openOutcome)
            this.openOutcome.parts.push(decode(b.slice(start, end), () => this.fail('a bad entity')));
        this.copy(b, start, end);
    }
    /** Test cases' attributes, with class names and files stored once for the whole report. */
    internCase(attributes) {
        for (const key of ['classname', 'file']) {
            const value = attributes[key];
            if (value === undefined)
                continue;
            const known = this.interned.get(value);
            if (known === undefined)
                this.interned.set(value, value);
            else
                attributes[key] = known;
        }
        return attributes;
    }
    countLines(b, start, end) {
        // A loop bounded by `end`: indexOf would look past it, through the rest of the chunk, each time.
        for (let i = start; i < end; i++)
            if (b.charCodeAt(i) === 10)
                this.line++;
    }
    fail(reason) {
        throw new JunitError('xml', reason, this.line);
    }
}
/** Reads a JUnit document given whole. @throws JunitError */
function junit_stream_readJunitText(xml, handlers) {
    const reader = new JunitReader(handlers);
    reader.push(xml);
    reader.end();
}
/** Reads a JUnit file 1 MiB at a time. @throws JunitError, or the file system's error */
async function readJunitFile(file, handlers) {
    const reader = new JunitReader(handlers);
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) {
        reader.push(chunk);
    }
    reader.end();
}
/**
 * The index of the `>` ending a tag whose name starts at `from`, outside quoted values; -1 when
 * it has not arrived yet, -2 when a `<` comes first (not XML).
 */
function tagEnd(b, from) {
    let quote = '';
    for (let i = from; i < b.length; i++) {
        const c = b[i];
        if (quote !== '') {
            if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'") {
            quote = c;
        }
        else if (c === '>') {
            return i;
        }
        else if (c === '<') {
            return -2;
        }
    }
    return -1;
}
function attributesOf(body) {
    const attributes = {};
    for (const match of body.matchAll(ATTRIBUTE)) {
        const value = match[2] ?? match[3] ?? '';
        attributes[match[1]] = detach(decode(value, () => undefined));
    }
    return attributes;
}
function outcomeOf(outcome) {
    const text = outcome.parts.join('');
    return {
        ...(outcome.message === undefined ? {} : { message: outcome.message }),
        ...(text === '' ? {} : { '#text': text }),
    };
}
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Text with the XML entities and character references replaced. */
function decode(text, onBad) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref) => {
        if (ref.startsWith('#')) {
            const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
            if (Number.isFinite(code) && code <= 0x10ffff)
                return String.fromCodePoint(code);
            onBad();
            return whole;
        }
        return ENTITIES[ref] ?? whole;
    });
}
/**
 * A copy of `text` that does not keep the chunk it was cut from alive (V8 keeps a slice's parent
 * string): what is kept from each of a million test cases must not pin the whole document.
 * Copied through a buffer (UTF-16, so any text comes back the same), the copy is one plain
 * string: a slice of a fresh string would be two (about 40 bytes more for each test's name).
 */
function detach(text) {
    return text.length < 13 ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/parsers/pytest-junit.ts
/**
 * pytest's JUnit XML report (`--junitxml`, xunit2 or xunit1) → counts, test cases and one
 * finding per failure or error, placed at the failing line of the test file.
 */




/** pytest's message of a test module that failed to import. */
const COLLECTION_FAILURE = 'collection failure';
/**
 * Parses pytest's JUnit XML. Test files come from the `file` attribute (xunit1) or, in xunit2,
 * from the classname (`tests.test_api.TestSubmit` → `tests/test_api.py`, checked on disk).
 * Lines come from the traceback (the last `file:line:` in the test file), else the test's `def`.
 *
 * @throws Error when `xml` is not a JUnit report.
 */
function parsePytestJunit(xml, where) {
    const collector = new PytestCollector(where);
    junitErrors(() => readJunitText(xml, { onCase: (xmlCase) => collector.add(xmlCase) }));
    return collector.result();
}
/**
 * {@link parsePytestJunit} of a file, read as a stream: a report of a million test cases is never
 * held whole (see ./junit-stream).
 *
 * @throws Error when the file is not a JUnit report, or cannot be read.
 */
async function parsePytestJunitFile(file, where) {
    const collector = new PytestCollector(where);
    await junitErrorsAsync(() => readJunitFile(file, { onCase: (xmlCase) => collector.add(xmlCase) }));
    return collector.result();
}
/** Test cases added one by one (from one report or several), read as pytest's. */
class PytestCollector {
    probe;
    sources;
    tests = [];
    findings = [];
    constructor(where) {
        this.probe = new FileProbe(where);
        this.sources = new PythonSources(where);
    }
    add(xmlCase) {
        const { test, caseFindings } = readTestCase(xmlCase, this.probe, this.sources);
        this.tests.push(test);
        for (const finding of caseFindings)
            this.findings.push(finding);
    }
    result() {
        return { counts: pytest_junit_countTests(this.tests), tests: this.tests, findings: this.findings };
    }
}
function junitErrors(read) {
    try {
        read();
    }
    catch (error) {
        throw described(error);
    }
}
async function junitErrorsAsync(read) {
    try {
        await read();
    }
    catch (error) {
        throw described(error);
    }
}
function described(error) {
    if (!(error instanceof JunitError))
        return error;
    return error.kind === 'xml'
        ? new Error(`The JUnit report is not valid XML (line ${error.line}: ${error.reason})`)
        : new Error(`The JUnit report has no <testsuites> or <testsuite> element`);
}
/** Counts of test cases by status. */
function pytest_junit_countTests(tests) {
    const counts = { passed: 0, failed: 0, error: 0, skipped: 0 };
    for (const test of tests)
        counts[test.status]++;
    return {
        tests: tests.length,
        passed: counts.passed,
        failures: counts.failed,
        errors: counts.error,
        skipped: counts.skipped,
    };
}
function readTestCase(xmlCase, probe, sources) {
    const name = xmlCase.name ?? '';
    const classname = xmlCase.classname ?? '';
    const collection = classname === '' && (xmlCase.error ?? []).some((e) => outcomeMessage(e) === COLLECTION_FAILURE);
    const absolute = testFile(xmlCase, probe);
    const file = absolute === undefined ? undefined : probe.workspacePath(absolute);
    const nodeId = collection ? undefined : nodeIdOf(xmlCase, probe);
    const failed = [...(xmlCase.failure ?? []), ...(xmlCase.error ?? [])];
    const status = xmlCase.failure?.length
        ? 'failed'
        : xmlCase.error?.length
            ? 'error'
            : xmlCase.skipped?.length
                ? 'skipped'
                : 'passed';
    const defLine = absolute === undefined ? undefined : declarationLine(xmlCase, absolute, sources);
    const caseFindings = failed.map((outcome) => {
        const details = outcomeText(outcome);
        const line = (absolute === undefined ? undefined : failingLine(details, absolute, probe.where)) ?? defLine;
        const failed = xmlCase.failure?.includes(outcome) ? 'failed' : 'had an error';
        return {
            severity: 'error',
            title: collection ? `${file ?? name} could not be collected` : `${name} failed`,
            // The test by its node id on every surface (the annotation title alone is GitHub's).
            message: nodeId
                ? `${nodeId} ${failed}: ${failureMessage(outcome)}`
                : `${file ?? name} could not be collected: ${failureMessage(outcome)}`,
            rule: 'pytest',
            ...(file === undefined ? {} : { file }),
            ...(line === undefined ? {} : { line }),
        };
    });
    const first = caseFindings[0];
    const skipped = xmlCase.skipped?.[0];
    const message = first?.message ?? (skipped === undefined ? undefined : outcomeMessage(skipped));
    const details = failed
        .map(outcomeText)
        .filter((text) => text !== '')
        .join('\n\n');
    const line = first?.line ?? defLine;
    // One shape for every test case (absent fields undefined): a million of them stay compact.
    const test = {
        name,
        classname,
        timeMs: seconds(xmlCase.time),
        status,
        file,
        line,
        message: message || undefined,
        details: details || undefined,
    };
    return { test, caseFindings };
}
/** The absolute test file: xunit1's `file`, else the classname (or, for collection errors, the name). */
function testFile(xmlCase, probe) {
    if (xmlCase.file) {
        const { cwd, workspace } = probe.where;
        const found = probe.first([external_node_path_default().resolve(cwd, xmlCase.file), external_node_path_default().resolve(workspace, xmlCase.file)]);
        if (found)
            return found;
    }
    const dotted = xmlCase.classname || xmlCase.name;
    return dotted ? probe.classnameFile(dotted) : undefined;
}
/**
 * pytest's node id of a test case, as `pytest <node id>` selects it:
 * `tests/test_api.py::TestSubmit::test_create[1]`. The path is the classname's module part
 * (pytest writes the node id's path, relative to its rootdir, with dots), or xunit1's `file`.
 */
function nodeIdOf(xmlCase, probe) {
    const name = xmlCase.name ?? '';
    const classname = xmlCase.classname ?? '';
    if (classname === '')
        return name;
    const parts = classname.split('.').filter((part) => part !== '');
    const { moduleParts } = probe.classnameModule(classname);
    const module = xmlCase.file ?? `${parts.slice(0, moduleParts).join('/')}.py`;
    return [module, ...parts.slice(moduleParts), name].join('::');
}
/**
 * The line of the last traceback entry (`path.py:42: ...`) that is in the test file, 1-based.
 * pytest prints those paths relative to where it ran.
 */
function failingLine(details, testFile, where) {
    let line;
    for (const match of details.matchAll(/^(.+?\.py):(\d+):/gm)) {
        const printed = match[1];
        const candidates = [external_node_path_default().resolve(where.cwd, printed), external_node_path_default().resolve(where.workspace, printed)];
        if (candidates.includes(testFile))
            line = Number(match[2]);
    }
    return line;
}
/** xunit1's 0-based `line`, else the line of `def <name>` in the file; 1-based. */
function declarationLine(xmlCase, file, sources) {
    if (xmlCase.line !== undefined && /^\d+$/.test(xmlCase.line))
        return Number(xmlCase.line) + 1;
    const functionName = (xmlCase.name ?? '').replace(/\[.*$/s, '');
    if (!/^\w+$/.test(functionName))
        return undefined;
    return sources.defLine(file, functionName);
}
/**
 * One line for the user: the first line of pytest's `message`; for a collection failure (or no
 * message), the exception line (`E   ModuleNotFoundError: ...`) of the traceback.
 */
function failureMessage(outcome) {
    const message = outcomeMessage(outcome);
    const text = outcomeText(outcome);
    if (message && message !== COLLECTION_FAILURE)
        return firstLine(message);
    const exception = [...text.matchAll(/^E\s+(.+)$/gm)].at(-1)?.[1]?.trim();
    return exception || firstLine(text) || message || 'failed';
}
function outcomeMessage(outcome) {
    return typeof outcome === 'string' ? '' : (outcome.message ?? '');
}
/**
 * The text of a failure without colour codes. pytest colours tracebacks when the environment asks
 * for it (FORCE_COLOR, PY_COLORS), and its JUnit writer turns ESC into a literal `#x1B`.
 */
function outcomeText(outcome) {
    const text = typeof outcome === 'string' ? outcome : (outcome['#text'] ?? '');
    return text.replace(/(?:\u001b|#x1B)\[[0-9;]*m/g, '').trim();
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '') ?? '');
}
function seconds(time) {
    const value = Number.parseFloat(time ?? '');
    return Number.isFinite(value) ? Math.round(value * 1000) : 0;
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/shards/plan-tests.ts
/**
 * The shard plan at the level of pytest node ids (issue 18.3): every shard collects the same
 * tests, and the same pure function splits them, so each shard computes the same plan and runs
 * its part. Whole modules are kept together while that balances the shards; a module is split
 * (into runs of neighbouring tests, so classes stay together) only when the balance needs it,
 * and a split module is charged its set-up (module fixtures) once more on every other shard it
 * lands on.
 */

const NO_DURATIONS = { tests: new Map(), setup: new Map() };
/** The share of total/N over which a plan of whole modules is refined by splitting modules. */
const TOLERANCE = 0.01;
/**
 * The small unrecorded modules are planned together when there are at least this many and none
 * is expected to take more than this share of them all (1 / POOL_MODULES): their sum is then
 * predictable, where one module's time is not.
 */
const POOL_MODULES = 5;
/** The pooled modules fill at most this share of a shard (more shards join the pool otherwise). */
const POOL_FILL = 0.5;
/**
 * Where pytest's JUnit writer puts a test (xunit2): the node id's path with `/` as `.` and
 * without `.py`, then its classes, joined by dots as `classname`; the last part is `name`
 * (a parameter in brackets stays with it). `module` is the dotted path alone.
 */
function junitAddress(nodeId) {
    const bracket = nodeId.indexOf('[');
    const path = bracket === -1 ? nodeId : nodeId.slice(0, bracket);
    const params = bracket === -1 ? '' : nodeId.slice(bracket);
    const names = path.split('::');
    names[0] = names[0].replaceAll('/', '.').replace(/\.py$/, '');
    names[names.length - 1] += params;
    const name = names.pop();
    return { key: `${names.join('.')}::${name}`, module: names[0] };
}
/** The test file of a node id (`tests/test_api.py::TestX::test_y` → `tests/test_api.py`). */
function nodeFile(nodeId) {
    const end = nodeId.indexOf('::');
    return end === -1 ? nodeId : nodeId.slice(0, end);
}
/**
 * Splits the collected tests into `total` shards of about equal time. A test's time is its
 * recorded one; a test without a record counts as the mean of its recorded siblings in the
 * same class, else in the same module (the module's set-up taken off the longest, which pytest
 * counted it in), else its share of a recorded file total (version-1 durations); a test of a module with no record at all counts as the average test of the
 * typical (median) recorded module in the nearest directory above it that has one, else in the
 * whole suite (1 ms each when nothing is recorded, so shards are balanced by test count).
 * When five or more unrecorded modules are small (none expected to take more than a fifth of
 * them all), they are planned first, together, on as few shards as hold them within half a shard
 * each, each counted at its expected time (its tests at the mean, not the median, test of its
 * directory's recorded modules, plus the mean recorded set-up): one new module's time is a guess
 * from a long tail, but the sum of several is close to the sum of their means, so the shards
 * that carry them take that much less recorded work and the others carry none of the risk.
 * Then whole modules go longest first to the shard that ends soonest, the recorded ones before
 * the other unrecorded ones (so those guesses are spread over the balanced shards, not stacked
 * on one) unless that leaves the plan more than 1% uneven and mixing them in is more even. When the
 * plan leaves the slowest shard more than 1% over total/N, modules longer than
 * total/N ÷ 2, ÷ 4, … are cut into runs of neighbouring tests (in node-id order, so a class
 * stays together) no longer than that, until the plan is within 1% or single tests are reached;
 * the plan with the shortest slowest shard wins (the coarser one on a tie). Placing a run of a
 * module on a shard that does not hold the module yet costs its recorded set-up again.
 *
 * The plan depends only on the set of node ids, the durations and `total`: not on the order
 * the tests were collected in, nor on the machine.
 *
 * @throws ConfigError naming `shard-total` when `total` is not a positive whole number.
 */
function planTests(nodeIds, recorded, total) {
    if (!Number.isInteger(total) || total < 1) {
        throw new src/* ConfigError */.xL(`Input "shard-total" must be a whole number of 1 or more, got ${total}.`, {
            input: 'shard-total',
        });
    }
    const { modules, estimated } = estimate(nodeIds, recorded);
    const pooled = poolOf(modules, total);
    const sum = modules.reduce((acc, module) => acc + (pooled.modules.has(module) ? module.expectedMs : module.ms), 0);
    const target = sum / total;
    const bothKinds = modules.some((module) => module.unrecorded) && modules.some((module) => !module.unrecorded);
    let best;
    // Coarsest first: whole modules, then runs no longer than target/2, /4, … down to single tests.
    for (let limit = Number.POSITIVE_INFINITY, level = 0;; level++) {
        const list = units(modules, limit, pooled.modules);
        // The guesses after the known units, unless that leaves the plan uneven where placing them
        // among the known units (longest first, as they come) would not: a large unrecorded module
        // placed last has no smaller units left to balance it.
        let plan = plan_tests_assign(list, total, true, pooled.shards);
        if (bothKinds && plan.makespan > target * (1 + TOLERANCE)) {
            const among = plan_tests_assign(list, total, false, pooled.shards);
            if (among.makespan < plan.makespan)
                plan = among;
        }
        if (best === undefined || plan.makespan < best.makespan)
            best = plan;
        if (best.makespan <= target * (1 + TOLERANCE) || limit === 0)
            break;
        limit = level >= 12 ? 0 : target / 2 ** (level + 1);
    }
    return { shards: best.shards, estimated, splitModules: best.split };
}
/**
 * The pool: the unrecorded modules, smallest expected first, up to the largest one that is no
 * more than a fifth of the pool so far (so at least five, and no single guess dominates their
 * sum), and the shards that hold it: as few as keep it within half a shard each. None when
 * nothing is recorded (nothing to balance it with) or when it would need every shard.
 */
function poolOf(modules, total) {
    const none = { modules: new Set(), shards: 0 };
    if (!modules.some((module) => !module.unrecorded))
        return none;
    const candidates = modules
        .filter((module) => module.unrecorded)
        .sort((a, b) => a.expectedMs - b.expectedMs || byCodeUnit(a.file, b.file));
    let size = 0;
    let running = 0;
    for (const [i, module] of candidates.entries()) {
        running += module.expectedMs;
        if (i + 1 >= POOL_MODULES && module.expectedMs * POOL_MODULES <= running)
            size = i + 1;
    }
    if (size === 0)
        return none;
    const pool = candidates.slice(0, size);
    const pooled = new Set(pool);
    const poolMs = pool.reduce((acc, module) => acc + module.expectedMs, 0);
    const sum = modules.reduce((acc, module) => acc + (pooled.has(module) ? module.expectedMs : module.ms), 0);
    const shards = Math.max(1, Math.ceil(poolMs / ((POOL_FILL * sum) / total)));
    return shards >= total ? none : { modules: pooled, shards };
}
/** The modules of the tests, each test with its recorded or estimated time. */
function estimate(nodeIds, recorded) {
    const byFile = new Map();
    for (const nodeId of [...new Set(nodeIds)].sort(byCodeUnit)) {
        const file = nodeFile(nodeId);
        const address = junitAddress(nodeId);
        const known = recorded.tests.get(address.key);
        // The class (or the module) the test is in: the node id up to its last `::`, parameters aside.
        const bare = nodeId.includes('[') ? nodeId.slice(0, nodeId.indexOf('[')) : nodeId;
        const parent = nodeId.slice(0, Math.max(file.length, bare.lastIndexOf('::')));
        const list = byFile.get(file) ?? [];
        list.push({ nodeId, key: address.key, parent, ...(known === undefined ? {} : { known }) });
        byFile.set(file, list);
    }
    // A module with no recorded test: its tests count as the average test of the typical recorded
    // module in the nearest directory that has one (a new file beside its app's other tests), else
    // of the typical recorded module of the suite.
    const byDirectory = new Map();
    for (const [file, list] of byFile) {
        const known = list.flatMap((test) => (test.known === undefined ? [] : [test.known]));
        if (known.length === 0)
            continue;
        // Its set-up aside (pytest counted it in one test): a new module's own set-up is counted
        // apart, as the mean recorded set-up, where it is counted at all.
        const setupMs = Math.min(recorded.setup.get(junitAddress(list[0].nodeId).module) ?? 0, Math.max(...known));
        const average = (known.reduce((a, b) => a + b, 0) - setupMs) / known.length;
        for (const directory of directories(file)) {
            const averages = byDirectory.get(directory);
            if (averages)
                averages.push(average);
            else
                byDirectory.set(directory, [average]);
        }
    }
    const typical = (file, of = median) => {
        for (const directory of directories(file)) {
            const averages = byDirectory.get(directory);
            if (averages)
                return of(averages);
        }
        return 1;
    };
    const setups = [...byFile.values()].flatMap((list) => list.some((test) => test.known !== undefined)
        ? [recorded.setup.get(junitAddress(list[0].nodeId).module) ?? 0]
        : []);
    const meanSetup = setups.length > 0 ? mean(setups) : 0;
    let estimated = 0;
    const modules = [];
    for (const [file, list] of byFile) {
        const setupMs = recorded.setup.get(junitAddress(list[0].nodeId).module) ?? 0;
        // The recorded tests without the module's set-up, which pytest counted in one of them (taken
        // off the longest): a new test counts as the mean of these siblings, what they add up to.
        let carrier;
        for (const test of list) {
            if (test.known !== undefined && (carrier === undefined || test.known > carrier.known))
                carrier = test;
        }
        const own = (test) => test === carrier ? Math.max(0, test.known - setupMs) : test.known;
        const inFile = list.flatMap((test) => (test.known === undefined ? [] : [own(test)]));
        const byParent = new Map();
        for (const test of list) {
            if (test.known === undefined)
                continue;
            const siblings = byParent.get(test.parent);
            if (siblings)
                siblings.push(own(test));
            else
                byParent.set(test.parent, [own(test)]);
        }
        const fileTotal = recorded.files?.get(file);
        const unrecorded = inFile.length === 0 && fileTotal === undefined;
        const fallback = inFile.length > 0 ? mean(inFile) : fileTotal !== undefined ? fileTotal / list.length : typical(file);
        const tests = list.map((test) => {
            if (test.known !== undefined)
                return { nodeId: test.nodeId, ms: test.known };
            estimated++;
            const siblings = byParent.get(test.parent);
            return { nodeId: test.nodeId, ms: siblings ? mean(siblings) : fallback };
        });
        const ms = tests.reduce((acc, test) => acc + test.ms, 0);
        const expectedMs = unrecorded ? list.length * typical(file, mean) + meanSetup : ms;
        modules.push({ file, tests, ms, setupMs, unrecorded, expectedMs });
    }
    return { modules, estimated };
}
/** The directories a test file is in, nearest first, ending with the suite's root (`''`). */
function directories(file) {
    const out = [];
    for (let end = file.lastIndexOf('/'); end > 0; end = file.lastIndexOf('/', end - 1)) {
        out.push(file.slice(0, end));
    }
    out.push('');
    return out;
}
/** Whole modules up to `limit` ms; longer ones cut into runs of neighbouring tests up to `limit`. */
function units(modules, limit, pooled) {
    const out = [];
    for (const module of modules) {
        if (pooled.has(module)) {
            out.push({ module, tests: module.tests, ms: module.expectedMs, pooled: true });
            continue;
        }
        if (module.ms <= limit) {
            out.push({ module, tests: module.tests, ms: module.ms });
            continue;
        }
        let run = [];
        let ms = 0;
        for (const test of module.tests) {
            if (run.length > 0 && ms + test.ms > limit) {
                out.push({ module, tests: run, ms });
                run = [];
                ms = 0;
            }
            run.push(test);
            ms += test.ms;
        }
        if (run.length > 0)
            out.push({ module, tests: run, ms });
    }
    return out;
}
/**
 * Longest unit first, each to the shard where it ends soonest (a module's set-up counted again on
 * a new shard). With `guessesLast`, the units of unrecorded modules after all the others, so the
 * known work is balanced first and the guesses, whose error no plan can see, are spread over the
 * shards one at a time rather than decided among the known units.
 */
function plan_tests_assign(list, total, guessesLast, poolShards) {
    const last = (unit) => (unit.pooled ? -1 : guessesLast && unit.module.unrecorded ? 1 : 0);
    const sorted = [...list].sort((a, b) => last(a) - last(b) || b.ms - a.ms || byCodeUnit(a.tests[0].nodeId, b.tests[0].nodeId));
    const shards = Array.from({ length: total }, () => ({
        nodeIds: [],
        modules: new Set(),
        ms: 0,
    }));
    const placed = new Map();
    for (const unit of sorted) {
        const { module } = unit;
        const elsewhere = (placed.get(module) ?? 0) > 0;
        let best = shards[0];
        let bestEnd = Number.POSITIVE_INFINITY;
        for (const shard of unit.pooled ? shards.slice(0, poolShards) : shards) {
            const setup = elsewhere && !shard.modules.has(module) ? module.setupMs : 0;
            const end = shard.ms + unit.ms + setup;
            if (end < bestEnd || (end === bestEnd && shard.nodeIds.length < best.nodeIds.length)) {
                best = shard;
                bestEnd = end;
            }
        }
        if (!best.modules.has(module))
            placed.set(module, (placed.get(module) ?? 0) + 1);
        best.modules.add(module);
        best.ms = bestEnd;
        for (const test of unit.tests)
            best.nodeIds.push(test.nodeId);
    }
    let split = 0;
    for (const count of placed.values())
        if (count > 1)
            split++;
    return {
        shards: shards.map((shard) => ({
            nodeIds: shard.nodeIds.sort(byCodeUnit),
            files: [...shard.modules].map((module) => module.file).sort(byCodeUnit),
            ms: shard.ms,
        })),
        makespan: Math.max(...shards.map((shard) => shard.ms)),
        split,
    };
}
/**
 * The durations file's content from a complete run's test cases (in the order the reports list
 * them): each test's time by JUnit address, and each module's set-up, estimated as what its
 * first listed test took over the median test of the module (pytest counts a module fixture's
 * set-up in the first test that uses it). `moduleOf` gives a case's dotted module, or undefined.
 */
function recordDurations(tests, moduleOf) {
    const list = [...tests];
    return { tests: new Map(testDurations(list)), setup: recordSetup(list, moduleOf) };
}
/**
 * {@link recordDurations}' tests as `[key, time]` in the order each test is first met, the times
 * of a test met more than once summed. Repeats are found by sorting the tests' positions, so a
 * million test cases add 13 bytes each (no string, no map entry): a merge job of a large suite
 * writes these straight out.
 */
function* testDurations(tests) {
    const order = new Uint32Array(tests.length);
    for (let i = 0; i < order.length; i++)
        order[i] = i;
    // By class name, then name, then position: a test's repeats follow its first listing.
    order.sort((a, b) => compareTests(tests[a], tests[b]) || a - b);
    const total = new Float64Array(tests.length);
    const repeat = new Uint8Array(tests.length);
    for (let at = 0; at < order.length;) {
        const first = order[at];
        let sum = 0;
        let next = at;
        // Summed in the order listed, as a running total over the listings would be.
        for (; next < order.length && compareTests(tests[order[next]], tests[first]) === 0; next++) {
            sum += tests[order[next]].timeMs;
            if (next > at)
                repeat[order[next]] = 1;
        }
        total[first] = sum;
        at = next;
    }
    for (const [i, test] of tests.entries()) {
        if (repeat[i] === 0)
            yield [`${test.classname}::${test.name}`, total[i]];
    }
}
function compareTests(a, b) {
    if (a.classname !== b.classname)
        return a.classname < b.classname ? -1 : 1;
    if (a.name !== b.name)
        return a.name < b.name ? -1 : 1;
    return 0;
}
/** {@link recordDurations}' set-up of each module: its first test's time beyond its median. */
function recordSetup(tests, moduleOf) {
    const byModule = new Map();
    for (const test of tests) {
        const module = moduleOf(test.classname);
        if (module === undefined)
            continue;
        const entry = byModule.get(module);
        if (entry)
            entry.all.push(test.timeMs);
        else
            byModule.set(module, { first: test.timeMs, all: [test.timeMs] });
    }
    const setup = new Map();
    for (const [module, { first, all }] of byModule) {
        const extra = first - median(all);
        if (all.length > 1 && extra > 0)
            setup.set(module, Math.round(extra * 1000) / 1000);
    }
    return setup;
}
/**
 * The dotted module of a JUnit case, from its classname and its test file's path: the longest
 * start of the classname that is the end of the file's path (`tests.test_api.TestX` with
 * `svc/tests/test_api.py` → `tests.test_api`).
 */
function moduleOfCase(classname, file) {
    if (file === undefined)
        return undefined;
    const parts = classname.split('.');
    const pathParts = file.replace(/\.py$/, '').split('/');
    for (let k = Math.min(parts.length, pathParts.length); k > 0; k--) {
        if (parts.slice(0, k).join('/') === pathParts.slice(pathParts.length - k).join('/')) {
            return parts.slice(0, k).join('.');
        }
    }
    return undefined;
}
function mean(values) {
    return values.reduce((a, b) => a + b, 0) / values.length;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Code-unit order: the same on every machine, whatever its locale. */
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/shards/pytest-plugin.ts
/**
 * The small pytest plugin a sharded run loads (`-p maint_actions_shard`), written next to the
 * reports at run time. It has two jobs, one per option:
 * - `--maint-collect=FILE`: with `--collect-only`, writes the node ids pytest collected (after
 *   `-k`/`-m` and the like) and the files that failed to collect, as JSON;
 * - `--maint-shard=FILE`: reads the plan (every shard's node ids and this shard's number),
 *   leaves the test files of other shards uncollected, and deselects the tests of other shards.
 *   A test the plan does not know (collected now, not when planning) runs in the first shard
 *   that holds tests of its file, so no test is lost. A file that fails to collect is reported
 *   by the shard it was planned into, which still runs its other tests (as
 *   `--continue-on-collection-errors`), so which tests run does not depend on where the plan
 *   put a broken file (pytest-xdist already ran them; one process stopped before any test).
 * The plan travels in a file, not on the command line: a shard of thousands of node ids would be
 * an argument list longer than systems allow. With pytest-xdist every worker loads the plugin
 * (xdist gives workers the same arguments) and selects the same tests.
 */


const PLUGIN_MODULE = 'maint_actions_shard';
const SOURCE = `"""maint-actions quality-gates: one shard's tests (written by the action; do not edit)."""
import json
import os

_STATE = {}


def pytest_addoption(parser):
    group = parser.getgroup("maint-actions")
    group.addoption("--maint-collect", default=None, help="write the collected node ids to this JSON file")
    group.addoption("--maint-shard", default=None, help="run the tests of this shard plan (JSON)")


def pytest_configure(config):
    if config.getoption("maint_shard"):
        config.option.continue_on_collection_errors = True


def _plan(config):
    if "plan" not in _STATE:
        plan = None
        source = config.getoption("maint_shard")
        if source:
            with open(source, encoding="utf-8") as handle:
                data = json.load(handle)
            shards = [set(ids) for ids in data["shards"]]
            owner = {}
            for number, ids in enumerate(data["shards"]):
                for node_id in ids:
                    owner.setdefault(node_id.split("::", 1)[0], number)
            mine = data["shard"]
            plan = {
                "mine": shards[mine],
                "number": mine,
                "planned": set().union(*shards),
                "owner": owner,
                "files": {node_id.split("::", 1)[0] for node_id in shards[mine]},
            }
        _STATE["plan"] = plan
    return _STATE["plan"]


def _relative(config, path):
    try:
        return os.path.relpath(str(path), str(config.rootpath)).replace(os.sep, "/")
    except ValueError:
        return None


def pytest_ignore_collect(collection_path, config):
    plan = _plan(config)
    if plan is None or not collection_path.is_file():
        return None
    file = _relative(config, collection_path)
    if file in plan["owner"] and file not in plan["files"]:
        return True
    return None


def pytest_collection_modifyitems(config, items):
    plan = _plan(config)
    if plan is None:
        return
    keep, drop = [], []
    for item in items:
        node_id = item.nodeid
        if node_id in plan["mine"]:
            keep.append(item)
        elif node_id not in plan["planned"] and plan["owner"].get(node_id.split("::", 1)[0], 0) == plan["number"]:
            keep.append(item)
        else:
            drop.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
    items[:] = keep


def pytest_collectreport(report):
    if report.failed:
        _STATE.setdefault("errors", []).append(report.nodeid)


def pytest_collection_finish(session):
    target = session.config.getoption("maint_collect")
    if target:
        data = {"nodeIds": [item.nodeid for item in session.items], "errors": _STATE.get("errors", [])}
        with open(target, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
`;
/** Writes the plugin into `dir` (created) and returns the directory to put on PYTHONPATH. */
async function writeShardPlugin(dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)(external_node_path_default().join(dir, `${PLUGIN_MODULE}.py`), SOURCE);
    return dir;
}
/** `env` with `dir` first on PYTHONPATH. */
function withPluginPath(env, dir) {
    const current = env.PYTHONPATH;
    return { ...env, PYTHONPATH: current ? `${dir}${(external_node_path_default()).delimiter}${current}` : dir };
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/shlex.ts
/**
 * Splitting an input into arguments the way a POSIX shell splits words, without running a shell:
 * `-k "not slow" -x` → `['-k', 'not slow', '-x']`. No expansion of any kind happens (`$HOME`,
 * `*.py`, `~` and `#` stay literal).
 */

/** Characters a backslash escapes inside double quotes (elsewhere it is literal there). */
const DOUBLE_QUOTE_ESCAPES = new Set(['\\', '"', '$', '`', '\n']);
const QUOTE_FIX = 'close it, or escape it with a backslash';
/**
 * Splits `text` into arguments: whitespace separates words; `'...'` is literal; `"..."` keeps
 * spaces and honours `\"`, `\\`, `\$`, `` \` ``; a backslash outside quotes escapes the next
 * character; backslash-newline joins lines; `""` is an empty argument.
 *
 * @param inputName the input the text came from, named in errors.
 * @throws ConfigError on an unterminated quote or a trailing backslash.
 */
function splitArgs(text, inputName = 'pytest-args') {
    const args = [];
    let word = '';
    let inWord = false;
    let i = 0;
    const fail = (what, at, fix) => {
        throw new src/* ConfigError */.xL(`Input "${inputName}" has ${what} at character ${at + 1}: ${fix}.`, {
            input: inputName,
        });
    };
    while (i < text.length) {
        const char = text[i];
        if (/\s/.test(char)) {
            if (inWord)
                args.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else if (char === "'") {
            const end = text.indexOf("'", i + 1);
            if (end === -1)
                fail("an unterminated single quote (')", i, QUOTE_FIX);
            word += text.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (char === '"') {
            const start = i;
            i++;
            while (i < text.length && text[i] !== '"') {
                const next = text[i + 1];
                if (text[i] === '\\' && next !== undefined && DOUBLE_QUOTE_ESCAPES.has(next)) {
                    if (next !== '\n')
                        word += next;
                    i += 2;
                }
                else {
                    word += text[i];
                    i++;
                }
            }
            if (i >= text.length)
                fail('an unterminated double quote (")', start, QUOTE_FIX);
            inWord = true;
            i++;
        }
        else if (char === '\\') {
            const next = text[i + 1];
            if (next === undefined)
                fail('a trailing backslash', i, 'remove it, or double it for a literal backslash');
            if (next !== '\n') {
                word += next;
                inWord = true;
            }
            i += 2;
        }
        else {
            word += char;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        args.push(word);
    return args;
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/pytest.ts
/**
 * The pytest gate: `python -m pytest` with a JUnit report in the report directory, parsed into
 * counts, test cases and findings at the failing lines.
 */











/** File name of pytest's own JUnit report in the report directory (what `merge` mode reads). */
const PYTEST_JUNIT_FILE = 'pytest-junit.xml';
/** pytest's exit codes that still leave a usable report: tests failed (1), collection errors (2). */
const EXIT_TESTS_FAILED = 1;
const EXIT_INTERRUPTED = 2;
/** No tests were collected: the gate fails, since it protected nothing (remove `pytest` from `gates` if intended). */
const EXIT_NO_TESTS = 5;
const pytestGate = {
    id: 'pytest',
    name: 'pytest',
    async prepare(ctx) {
        if (!(await (0,python_env_src/* hasModule */.RZ)(ctx.python, 'pytest', ctx.env))) {
            throw new src/* ToolMissingError */.hc('pytest', 'add pytest and pytest-django to your dev requirements (pip install pytest pytest-django)');
        }
        const userArgs = splitArgs(ctx.inputs.pytestArgs ?? '', 'pytest-args');
        const workers = await pytestWorkers(ctx, userArgs);
        // Said in the report's facts: how pytest ran, and why not in parallel when it could have.
        ctx.meta?.set('pytest-workers', workers.count > 0 ? `${workers.count} (pytest-xdist)` : (workers.note ?? 'one process'));
        return { run: () => runPytest(ctx, userArgs, workers) };
    },
};
/**
 * The workers of `pytest-workers`: `0` is one process; a number is that many (pytest-xdist must
 * be installed); `auto` is the CPUs left after the gates that run beside pytest (they are short:
 * one CPU between them), all CPUs when pytest runs alone, and at least 2; one process when
 * pytest-xdist is not installed or there is one CPU. `-n`/`--numprocesses`/`--dist` in
 * `pytest-args` win.
 *
 * @throws ConfigError naming `pytest-workers` for a value that is not `auto` or a whole number;
 *   ToolMissingError naming pytest-xdist for a number without it.
 */
async function pytestWorkers(ctx, userArgs, cpus = external_node_os_default().availableParallelism()) {
    const value = (ctx.inputs.pytestWorkers ?? 'auto').trim();
    if (!/^(auto|\d+)$/.test(value)) {
        throw new src/* ConfigError */.xL(`Input "pytest-workers" must be auto, 0 (one process) or a number of workers (got ${JSON.stringify(value)}).`, { input: 'pytest-workers' });
    }
    if (userArgs.some((arg) => /^(-n|--numprocesses|--dist)(=|$)|^-n\S/.test(arg))) {
        return { count: 0, note: 'workers set by pytest-args' };
    }
    if (value === '0')
        return { count: 0 };
    const xdist = await (0,python_env_src/* hasModule */.RZ)(ctx.python, 'xdist', ctx.env);
    if (value !== 'auto') {
        if (!xdist) {
            throw new src/* ToolMissingError */.hc('pytest-xdist', `pytest-workers: ${value} runs pytest with -n; add pytest-xdist to your dev requirements (pip install pytest-xdist), or set pytest-workers to 0`);
        }
        return { count: Number(value) };
    }
    if (!xdist)
        return { count: 0, note: 'one process: pytest-workers is auto but pytest-xdist is not installed' };
    if (cpus < 2)
        return { count: 0, note: 'one process: one CPU' };
    const count = Math.max(2, (ctx.gatesBesidePytest ?? 0) > 0 ? cpus - 1 : cpus);
    return { count };
}
async function runPytest(ctx, userArgs, workers) {
    if (!ctx.shard)
        return runPytestWith(ctx, userArgs, workers, []);
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(ctx.platform.context.tempDir, 'maint-qg-shard-'));
    try {
        const shardCtx = { ...ctx, env: withPluginPath(ctx.env, await writeShardPlugin(scratch)) };
        const planned = await planShard(shardCtx, ctx.shard, userArgs, scratch);
        if ('result' in planned)
            return planned.result;
        return await runPytestWith(shardCtx, userArgs, workers, [
            '-p',
            PLUGIN_MODULE,
            `--maint-shard=${planned.planFile}`,
        ]);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}
/**
 * Collects the tests (`--collect-only` with the shard plugin, the user's `pytest-args` applied),
 * plans every shard from them and the recorded durations, and writes the plan for the plugin.
 * Every shard collects the same tests and so computes the same plan.
 */
async function planShard(ctx, shard, userArgs, scratch) {
    const collected = external_node_path_default().join(scratch, 'collected.json');
    const run = await runTool(ctx, 'pytest', ctx.python.path, [
        '-m',
        'pytest',
        '--collect-only',
        '-q',
        '-p',
        'no:cacheprovider',
        '-p',
        PLUGIN_MODULE,
        `--maint-collect=${collected}`,
        ...userArgs,
    ]);
    const list = await (0,promises_.readFile)(collected, 'utf8')
        .then((text) => JSON.parse(text))
        .catch(() => undefined);
    if (list === undefined) {
        return {
            result: {
                command: run.command,
                status: 'error',
                summary: `pytest could not collect the tests to plan shard ${shard.index}/${shard.total} (${describeExit(run)})`,
                findings: [],
                outputTail: outputTail(run.output),
            },
        };
    }
    // A file that failed to collect is planned as one test, so one shard reports its error.
    const plan = planTests([...list.nodeIds, ...list.errors], shard.durations, shard.total);
    const mine = plan.shards[shard.index - 1];
    const all = list.nodeIds.length + list.errors.length;
    const basis = shard.durations.tests.size > 0 || (shard.durations.files?.size ?? 0) > 0
        ? `recorded durations (${plan.estimated} of ${all} tests estimated from their siblings)`
        : 'test count (no durations cached yet)';
    ctx.platform.log.info(`pytest shard ${shard.index}/${shard.total}: ${mine.nodeIds.length} of ${all} tests in ${mine.files.length} files, balanced by ${basis}; ${plan.splitModules} module${plan.splitModules === 1 ? '' : 's'} split over shards.`);
    if (mine.nodeIds.length === 0) {
        return { result: { status: 'skipped', summary: 'no tests in this shard', findings: [] } };
    }
    const planFile = external_node_path_default().join(scratch, 'plan.json');
    await (0,promises_.writeFile)(planFile, JSON.stringify({ shard: shard.index - 1, shards: plan.shards.map((s) => s.nodeIds) }));
    return { planFile };
}
async function runPytestWith(ctx, userArgs, workers, shardArgs) {
    const junitFile = external_node_path_default().join(ctx.reportDir, PYTEST_JUNIT_FILE);
    await (0,promises_.rm)(junitFile, { force: true });
    const args = [
        '-m',
        'pytest',
        `--junitxml=${junitFile}`,
        '-o',
        'junit_family=xunit2',
        // CI runs start clean: no .pytest_cache written into the project.
        '-p',
        'no:cacheprovider',
        ...(workers.count > 0 ? ['-n', String(workers.count)] : []),
        ...shardArgs,
        ...userArgs,
    ];
    const run = await runTool(ctx, 'pytest', ctx.python.path, args);
    const parsed = (0,external_node_fs_.existsSync)(junitFile) ? await parsePytestJunitFile(junitFile, ctx.where) : undefined;
    return pytestResult(run, parsed);
}
/** The check of a pytest run from its exit code and JUnit report. */
function pytestResult(run, parsed) {
    const base = { command: run.command };
    const tail = outputTail(run.output);
    if (run.exitCode === EXIT_NO_TESTS) {
        return { ...base, status: 'failed', summary: 'no tests collected', findings: [], outputTail: tail };
    }
    const usable = run.exitCode === 0 || run.exitCode === EXIT_TESTS_FAILED || run.exitCode === EXIT_INTERRUPTED;
    if (!usable || parsed === undefined) {
        return {
            ...base,
            status: 'error',
            summary: `pytest did not finish (${describeExit(run)}${parsed === undefined ? ', no JUnit report' : ''})`,
            findings: [],
            outputTail: tail,
        };
    }
    const passed = run.exitCode === 0;
    return {
        ...base,
        status: passed ? 'passed' : 'failed',
        summary: testsSummary(parsed.counts, run.exitCode === EXIT_INTERRUPTED),
        counts: { ...parsed.counts },
        tests: parsed.tests,
        findings: parsed.findings,
        ...(passed ? {} : { outputTail: tail }),
    };
}
/** "41 passed, 1 failed, 2 skipped" (and "collection interrupted" when pytest stopped early). */
function testsSummary(counts, interrupted = false) {
    const parts = [`${counts.passed} passed`];
    if (counts.failures > 0)
        parts.push(`${counts.failures} failed`);
    if (counts.errors > 0)
        parts.push(`${counts.errors} error${counts.errors === 1 ? '' : 's'}`);
    if (counts.skipped > 0)
        parts.push(`${counts.skipped} skipped`);
    if (interrupted)
        parts.push('collection interrupted');
    return parts.join(', ');
}

// EXTERNAL MODULE: ./actions/quality-gates/src/spec.ts
var spec = __webpack_require__(6058);
;// CONCATENATED MODULE: ./actions/quality-gates/src/gates.ts
/**
 * Which gates run, and in which mode: the built-in gates named in `gates` (in the spec's order)
 * and the custom gates, each enforced unless named in `warn`, of the `stage` asked for.
 */









/** The built-in gates by name. */
const BUILTIN_GATES = {
    pytest: pytestGate,
    'import-linter': importLinterGate,
    'django-check': djangoCheckGate,
    migrations: migrationsGate,
    lint: lintGate,
    'change-flow': changeFlowGate,
};
/** Gates that run `manage.py` and so need it in the working directory. */
const MANAGE_PY_GATES = ['django-check', 'migrations'];
/** The stage of each built-in gate; custom gates belong to `test`. */
const GATE_STAGES = {
    pytest: 'test',
    'import-linter': 'test',
    'django-check': 'lint',
    migrations: 'lint',
    lint: 'lint',
    'change-flow': 'lint',
};
/** The stage of a gate by id: a built-in's own, `test` for a custom gate. */
function stageOf(id) {
    return GATE_STAGES[id] ?? 'test';
}
/**
 * The gates to run: built-ins in the spec's order, then custom gates in the order written, those
 * of `stage` only (`all`: every one). A custom gate is named in `warn` by its name or its id
 * (`custom:<name>`). `warn` is checked against the gates of every stage, so a job of one stage
 * accepts (and a job of either stage rejects) the same `warn` list.
 *
 * @param configWarn the `warn` items from `.maint-actions.yml`: a built-in gate among them that does
 *   not run here is left alone.
 * @throws ConfigError for a malformed `custom-gates`, or a `warn` entry that names no gate that runs.
 */
function planGates(inputs, configWarn = [], stage = 'all') {
    const builtins = spec/* GATES */.J.filter((name) => inputs.gates.includes(name)).map((name) => BUILTIN_GATES[name]);
    const gates = [...builtins, ...parseCustomGates(inputs.customGates).map(customGate)];
    const names = new Map();
    // Ids first, then names, so a custom gate named like a built-in is reached by its id only.
    for (const key of ['id', 'name']) {
        for (const gate of gates)
            if (!names.has(gate[key]))
                names.set(gate[key], gate);
    }
    const warned = new Set();
    for (const entry of inputs.warn) {
        const gate = names.get(entry);
        // A built-in gate the repo config makes warn, where it does not run: the config speaks for
        // every job (GitLab's pipeline splits the gates over a lint and a test job). Not a typo.
        if (!gate && configWarn.includes(entry) && spec/* GATES */.J.includes(entry))
            continue;
        if (!gate) {
            const valid = gates.map((g) => g.id).join(', ') || 'none';
            throw new src/* ConfigError */.xL(`Input "warn" names "${entry}", which is not a gate that runs (gates that run: ${valid}); fix "warn" or add it to "gates".`, { input: 'warn' });
        }
        warned.add(gate);
    }
    return gates
        .filter((gate) => stage === 'all' || stageOf(gate.id) === stage)
        .map((gate) => ({ gate, mode: warned.has(gate) ? 'warn' : 'enforce' }));
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/presets.ts
/**
 * quality-gates' policy presets (`relaxed`, `standard`, `strict`), as data; core holds the
 * policy model and loading, and quality-gates hands these to `loadPolicy`. Each is versioned with the tool's major: within a major
 * a preset only relaxes or adds `warn` gates; it enforces more only in the next major. Every
 * gate entry notes the release that introduced the gate, and `rolloutProblems` (checked by the
 * tests for every preset) keeps a gate introduced in a minor release at `warn` until then.
 */

/** The release that introduced the first gates. */
const FIRST = '1.0.0';
const enforce = (since) => ({ mode: 'enforce', since });
const warn = (since) => ({ mode: 'warn', since });
const off = (since) => ({ mode: 'off', since });
const preset = (name, description, qualityGates) => (0,src/* presetPolicy */.W)(name, description, { 'quality-gates': qualityGates });
/** The presets by name. */
const QUALITY_GATES_PRESETS = {
    relaxed: preset('relaxed', 'For a service adopting the gates: tests, Django checks and migrations block; import contracts warn; lint and the PR/MR checks are off.', {
        gates: {
            pytest: enforce(FIRST),
            'import-linter': warn(FIRST),
            'django-check': enforce(FIRST),
            migrations: enforce(FIRST),
            lint: off(FIRST),
            'change-flow': off(FIRST),
        },
        inputs: { 'django-check-fail-level': 'ERROR', 'django-check-deploy': false },
    }),
    standard: preset('standard', 'The default gates enforced, and lint and the PR/MR checks reported as warnings.', {
        gates: {
            pytest: enforce(FIRST),
            'import-linter': enforce(FIRST),
            'django-check': enforce(FIRST),
            migrations: enforce(FIRST),
            lint: warn(FIRST),
            'change-flow': warn(FIRST),
        },
        inputs: { 'django-check-fail-level': 'ERROR', 'django-check-deploy': false },
    }),
    strict: preset('strict', 'Every gate enforced; manage.py check fails on warnings and runs the deployment checklist.', {
        gates: {
            pytest: enforce(FIRST),
            'import-linter': enforce(FIRST),
            'django-check': enforce(FIRST),
            migrations: enforce(FIRST),
            lint: enforce(FIRST),
            'change-flow': enforce(FIRST),
        },
        inputs: { 'django-check-fail-level': 'WARNING', 'django-check-deploy': true },
    }),
};

;// CONCATENATED MODULE: ./actions/quality-gates/src/policy.ts
/**
 * The quality policy applied to quality-gates' inputs. Each gate's mode comes from, in order:
 * the gate's inputs (`gates`, `warn`, `enforce`, from the workflow or `.maint-actions.yml`), the
 * policy (a preset or a policy file), the action's default. A policy also sets the thresholds
 * (`POLICY_INPUTS`) the repo leaves at their default. See docs/versioning.md.
 */



/** The inputs a policy may set besides the gates' modes: the thresholds. */
const POLICY_INPUTS = ['django-check-fail-level', 'django-check-deploy', 'required-sections'];
/** The gates that run when neither the inputs nor a policy say otherwise (the `gates` default). */
const DEFAULT_GATES = spec/* spec */.I.inputs.gates.default;
/**
 * Loads the policy named by the `policy` input (if any) and applies it. Inputs that did not come
 * from `parseInputs` (no sources known) all count as given. `configFile` names the repo config
 * in the report's gate modes (the CLI's `--config` file, else `.maint-actions.yml`).
 *
 * @throws ConfigError for an unknown policy, a bad policy file, a gate in both `warn` and
 *   `enforce`, or an `enforce` entry that names a gate that does not run.
 */
async function applyPolicy(inputs, workspace, configFile = '.maint-actions.yml') {
    const policy = inputs.policy
        ? await (0,src/* loadPolicy */.tb)(inputs.policy, workspace, QUALITY_GATES_PRESETS)
        : undefined;
    const section = checkedSection(policy);
    const sources = (0,src/* inputSources */.B$)(inputs);
    const sourceOf = (name) => sources?.[name] ?? 'input';
    const setBy = (name) => sourceOf(name) === 'config' ? `${configFile} "${name}"` : `input "${name}"`;
    const both = inputs.warn.find((gate) => inputs.enforce.includes(gate));
    if (both) {
        throw new src/* ConfigError */.xL(`Inputs "warn" and "enforce" both name "${both}"; keep it in one of them.`, {
            input: 'enforce',
        });
    }
    const userGates = ['input', 'config'].includes(sourceOf('gates')) ? inputs.gates : undefined;
    const label = policy && (0,src/* policyLabel */.xT)(policy);
    const decide = (gate) => {
        const preset = section.gates[gate];
        const named = userGates?.includes(gate);
        if (userGates && !named)
            return { gate, mode: 'off', by: setBy('gates') };
        if (!userGates && !preset && !DEFAULT_GATES.includes(gate))
            return { gate, mode: 'off', by: 'default' };
        if (inputs.warn.includes(gate))
            return { gate, mode: 'warn', by: setBy('warn') };
        if (inputs.enforce.includes(gate))
            return { gate, mode: 'enforce', by: setBy('enforce') };
        if (preset && label && !(preset.mode === 'off' && named))
            return { gate, mode: preset.mode, by: label };
        return { gate, mode: 'enforce', by: named ? setBy('gates') : 'default' };
    };
    const decisions = spec/* GATES */.J.map(decide);
    // A gate the repo config enforces may not run in this job (GitLab's lint and test jobs split
    // them); one a job or a flag names must run.
    const fromConfig = (0,src/* configItems */.Bq)(inputs, 'enforce');
    const idle = inputs.enforce.find((gate) => !fromConfig.includes(gate) && decisions.some((d) => d.gate === gate && d.mode === 'off'));
    if (idle) {
        throw new src/* ConfigError */.xL(`Input "enforce" names "${idle}", which is not a gate that runs; add it to "gates" or remove it from "enforce".`, { input: 'enforce' });
    }
    const warned = decisions.filter((d) => d.mode === 'warn' && !inputs.warn.includes(d.gate));
    const applied = {
        ...inputs,
        ...thresholds(policy, section, sourceOf),
        gates: decisions.filter((d) => d.mode !== 'off').map((d) => d.gate),
        warn: [...inputs.warn, ...warned.map((d) => d.gate)],
    };
    if (!policy || !label)
        return { inputs: applied, meta: {} };
    return {
        inputs: applied,
        meta: {
            policy: policy.source === 'preset' ? label : `${label} (${policy.source})`,
            'gate modes': decisions.map((d) => `${d.gate} ${d.mode} (${d.by})`).join(', '),
        },
    };
}
/** The policy's quality-gates section, after checking it names only built-in gates and `POLICY_INPUTS`. */
function checkedSection(policy) {
    const section = (0,src/* policySection */.U4)(policy, spec/* spec */.I.name);
    const where = `${policy?.source}: ${spec/* spec */.I.name}`;
    const unknownGate = Object.keys(section.gates).find((gate) => !spec/* GATES */.J.includes(gate));
    if (unknownGate) {
        throw new src/* ConfigError */.xL(`${where} gate "${unknownGate}" is not a built-in gate; gates are: ${spec/* GATES */.J.join(', ')}.`, { input: 'policy' });
    }
    const allowed = POLICY_INPUTS;
    const unknownInput = Object.keys(section.inputs).find((name) => !allowed.includes(name));
    if (unknownInput) {
        throw new src/* ConfigError */.xL(`${where} "${unknownInput}" cannot be set by a policy; a policy sets "gates" and ${POLICY_INPUTS.join(', ')}.`, { input: 'policy' });
    }
    return section;
}
/**
 * The policy's thresholds for the inputs left at their default, parsed like any input (a policy
 * file holds text). Camel-cased, ready to spread over the inputs.
 */
function thresholds(policy, section, sourceOf) {
    if (!policy)
        return {};
    const open = POLICY_INPUTS.filter((name) => section.inputs[name] !== undefined && sourceOf(name) === 'default');
    const thresholdSpec = {
        ...spec/* spec */.I,
        inputs: Object.fromEntries(open.map((name) => [name, { ...spec/* spec */.I.inputs[name], default: undefined }])),
    };
    try {
        const text = (name) => policyText(section.inputs[name], `${policy.source}: ${name}`);
        return (0,src/* parseInputs */.TL)(thresholdSpec, text);
    }
    catch (error) {
        if (!(0,src/* isConfigError */.De)(error))
            throw error;
        throw new src/* ConfigError */.xL(`${policy.source}: ${error.message}`, { input: 'policy', cause: error });
    }
}
/** A policy value as the text an input would carry: a list joined with commas. */
function policyText(value, where) {
    if (Array.isArray(value))
        return value.map(String).join(',');
    if (typeof value === 'object' && value !== null) {
        throw new src/* ConfigError */.xL(`${where} must be a value or a list, not a mapping.`, { input: 'policy' });
    }
    return String(value);
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3572);
;// CONCATENATED MODULE: ./actions/quality-gates/src/gates/glob.ts
/**
 * File globs for `merge-files`, matched by tinyglobby (picomatch syntax: `*` and `?` within a
 * path segment, `**` for any number of directories, `[...]` and `{a,b}`); dot files match too.
 * A path without glob characters names that file, or a directory standing for the files of a
 * given name under it. The path a user writes is taken as the system resolves it, links and
 * all; links met while matching a glob or walking a folder are not followed, to files or to
 * folders, so a downloaded artifact cannot point the merge at a file outside it.
 */



/**
 * The files `pattern` names, relative to `base` unless absolute; absolute paths, sorted, without
 * duplicates.
 */
async function expandPattern(pattern, base, inDirectory) {
    const absolute = external_node_path_default().resolve(base, pattern);
    if (!(0,dist/* isDynamicPattern */.ey)(pattern)) {
        const info = await (0,promises_.stat)(absolute).catch(() => undefined);
        if (info?.isFile())
            return [absolute];
        if (info?.isDirectory())
            return regularFiles(absolute, `**/${(0,dist/* escapePath */.ft)(inDirectory)}`);
        return [];
    }
    // Globbing starts at the deepest folder without glob characters, so a relative pattern may
    // climb out of `base` (`../shards/*.xml`) as a path would.
    const segments = absolute.split((external_node_path_default()).sep);
    const firstGlob = segments.findIndex((segment) => (0,dist/* isDynamicPattern */.ey)(segment));
    const root = segments.slice(0, firstGlob).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
    return regularFiles(root, segments.slice(firstGlob).join('/'));
}
async function regularFiles(cwd, pattern) {
    const found = await (0,dist/* glob */.TI)(pattern, {
        cwd,
        absolute: true,
        dot: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        expandDirectories: false,
    }).catch(() => []);
    // tinyglobby still walks through a link to a folder when the pattern names the link
    // (`linked/*`): a file counts only when its folder, links resolved, is inside `cwd`.
    const inside = await (0,promises_.realpath)(cwd).catch(() => cwd);
    const files = await Promise.all(found.map(async (file) => {
        const folder = await (0,promises_.realpath)(external_node_path_default().dirname(file)).catch(() => undefined);
        const info = await (0,promises_.lstat)(file).catch(() => undefined);
        const within = folder === inside || folder?.startsWith(inside + (external_node_path_default()).sep);
        return within && info?.isFile() ? external_node_path_default().normalize(file) : undefined;
    }));
    return [...new Set(files.filter((file) => file !== undefined))].sort();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/quality-gates/src/shards/junit-merge.ts
/**
 * Combining the pytest reports of shards into one: the JUnit files into one `<testsuites>`
 * document, and parsed results into one result.
 *
 * Each shard's top-level `<testsuite>` elements are copied byte for byte (entities, CDATA, order
 * and all) as they are read (../parsers/junit-stream), so merging never holds a report whole:
 * files are streamed into a body file, then the `<testsuites>` line with the summed counts, the
 * body and the closing tag are written to a temporary file renamed into place.
 */







const COUNTS = ['tests', 'failures', 'errors', 'skipped'];
const FOOTER = '</testsuites>\n';
/**
 * Merges JUnit XML documents (each a `<testsuites>` or a bare `<testsuite>`) into one
 * `<testsuites>` holding every suite unchanged, with the counts and time summed on it.
 *
 * @param names the documents' file names, for errors (defaults to their position).
 * @throws ConfigError naming `merge-files` when a document is not JUnit XML.
 */
function mergeJunit(xmls, names) {
    const totals = zeroTotals();
    const parts = [];
    xmls.forEach((xml, i) => {
        const name = names?.[i] ?? `report ${i + 1}`;
        try {
            readJunitText(xml, suiteHandlers(totals, (text) => parts.push(text)));
        }
        catch (error) {
            throw mergeError(error, name);
        }
    });
    return header(totals) + parts.join('') + FOOTER;
}
/**
 * {@link mergeJunit} of files, streamed into `output` (written atomically); each test case is
 * handed to `onCase` as it is read, in order.
 *
 * @throws ConfigError naming `merge-files` when a file is not JUnit XML.
 */
async function mergeJunitFiles(files, names, output, onCase) {
    const suffix = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    const bodyFile = external_node_path_default().join(external_node_path_default().dirname(output), `.${external_node_path_default().basename(output)}.${suffix}.body`);
    const tempFile = external_node_path_default().join(external_node_path_default().dirname(output), `.${external_node_path_default().basename(output)}.${suffix}.tmp`);
    const totals = zeroTotals();
    try {
        const body = new FileWriter(bodyFile);
        try {
            for (const [i, file] of files.entries()) {
                const handlers = { ...suiteHandlers(totals, (text) => body.write(text)), onCase };
                await readJunitFile(file, handlers).catch((error) => {
                    throw mergeError(error, names[i] ?? file);
                });
            }
        }
        finally {
            body.close();
        }
        const merged = new FileWriter(tempFile);
        try {
            merged.write(header(totals));
            for await (const chunk of (0,external_node_fs_.createReadStream)(bodyFile, { highWaterMark: 1024 * 1024 })) {
                merged.write(chunk);
            }
            merged.write(FOOTER);
        }
        finally {
            merged.close();
        }
        await (0,promises_.rename)(tempFile, output);
    }
    finally {
        await (0,promises_.rm)(bodyFile, { force: true });
        await (0,promises_.rm)(tempFile, { force: true });
    }
}
/** Sums the results of several pytest runs (shards): counts, test cases and findings, in order. */
function mergePytestResults(results) {
    const tests = results.flatMap((result) => result.tests);
    return { counts: countTests(tests), tests, findings: results.flatMap((result) => result.findings) };
}
function suiteHandlers(totals, write) {
    return {
        onSuite: (attributes) => {
            for (const key of COUNTS)
                totals[key] += Number(attributes[key] ?? 0) || 0;
            totals.time += Number(attributes.time ?? 0) || 0;
        },
        onSuiteText: write,
    };
}
function zeroTotals() {
    return { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 };
}
function header(totals) {
    const counts = COUNTS.map((key) => `${key}="${totals[key]}"`).join(' ');
    return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="pytest" ${counts} time="${totals.time.toFixed(3)}">`;
}
function mergeError(error, name) {
    if (!(error instanceof JunitError))
        return error;
    const why = error.kind === 'xml'
        ? `is not valid XML (line ${error.line}: ${error.reason})`
        : 'is not a JUnit report (no <testsuites> or <testsuite> element)';
    return new src/* ConfigError */.xL(`Input "merge-files": ${name} ${why}; list only pytest JUnit reports.`, {
        input: 'merge-files',
    });
}
/** Writes a file through a 256 KiB buffer (synchronous writes: one writer, no interleaving). */
class FileWriter {
    fd;
    pending = [];
    size = 0;
    constructor(file) {
        this.fd = (0,external_node_fs_.openSync)(file, 'wx', 0o644);
    }
    write(data) {
        this.pending.push(data);
        this.size += data.length;
        if (this.size >= 256 * 1024)
            this.flush();
    }
    close() {
        this.flush();
        (0,external_node_fs_.closeSync)(this.fd);
    }
    flush() {
        if (this.pending.length === 0)
            return;
        const buffers = this.pending.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part));
        (0,external_node_fs_.writeSync)(this.fd, Buffer.concat(buffers));
        this.pending = [];
        this.size = 0;
    }
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/shards/shard-job.ts
/**
 * This job's shard (`shard-index`/`shard-total`, or GitLab's `parallel:`) and the durations it
 * is planned by, kept in the CI cache. Each shard restores the durations of an earlier run; the
 * pytest gate then collects the tests and runs its share as ./plan-tests splits them (balanced
 * by recorded time, by test count when nothing is recorded). Every shard of a run must compute
 * the same split, so shards only read the durations: the merge job, which sees every shard's
 * JUnit, writes them.
 */





/** The durations file, relative to the workspace (inside it, so GitLab's `cache:` can keep it too). */
const DURATIONS_FILE = '.maint-actions/pytest-durations.json';
/**
 * The shard from `shard-index`/`shard-total`, else from GitLab's `parallel:` (CI_NODE_INDEX and
 * CI_NODE_TOTAL); undefined when the job is not sharded (no values, or one shard).
 *
 * @throws ConfigError naming the shard input that is wrong.
 */
function shardOf(inputs, context) {
    const fromInputs = inputs.shardIndex !== undefined || inputs.shardTotal !== undefined;
    if (!fromInputs) {
        // GitLab sets CI_NODE_TOTAL=1 on every job, and CI_NODE_INDEX only on `parallel:` jobs.
        const { nodeIndex, nodeTotal } = context;
        if (nodeIndex === undefined || nodeTotal === undefined || nodeTotal <= 1)
            return undefined;
    }
    const index = fromInputs ? inputs.shardIndex : context.nodeIndex;
    const total = fromInputs ? inputs.shardTotal : context.nodeTotal;
    if (index === undefined && total === undefined)
        return undefined;
    if (index === undefined || total === undefined) {
        const missing = index === undefined ? 'shard-index' : 'shard-total';
        throw new src/* ConfigError */.xL(`Input "${missing}" is needed too: set shard-index and shard-total together.`, {
            input: missing,
        });
    }
    if (!Number.isInteger(total) || total < 1) {
        throw new src/* ConfigError */.xL(`Input "shard-total" must be a whole number of at least 1 (got ${total}).`, {
            input: 'shard-total',
        });
    }
    if (!Number.isInteger(index) || index < 1 || index > total) {
        throw new src/* ConfigError */.xL(`Input "shard-index" must be a whole number from 1 to ${total} (got ${index}).`, {
            input: 'shard-index',
        });
    }
    return total === 1 ? undefined : { index, total };
}
/** The cache key prefix of the durations of one working directory. */
function durationsKeyPrefix(workspace, cwd) {
    const project = (0,external_node_crypto_.createHash)('sha256').update(external_node_path_default().relative(workspace, cwd)).digest('hex').slice(0, 12);
    return `maint-qg-durations-${project}-`;
}
/** This job's shard with the durations of an earlier run (none when nothing is cached yet). */
async function restoreShard(platform, cwd, workspace, shard) {
    return { ...shard, durations: await restoreDurations(platform, workspace, cwd) };
}
async function restoreDurations(platform, workspace, cwd) {
    const file = external_node_path_default().join(workspace, DURATIONS_FILE);
    const prefix = durationsKeyPrefix(workspace, cwd);
    await platform.cache.restore([file], `${prefix}${platform.context.sha ?? 'local'}`, [prefix]);
    // Read it even on a miss: on GitLab the job's `cache:` puts it there, not `restore`.
    return readDurations(file);
}
/**
 * The durations file: version 2 (`{"version": 2, "tests": {address: ms}, "setup": {module: ms}}`),
 * or the flat `{file: ms}` of version 1, whose file totals are spread over each file's tests.
 * A missing or damaged file is as good as none: shards balance by test count.
 */
async function readDurations(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return NO_DURATIONS;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return NO_DURATIONS;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        return NO_DURATIONS;
    const record = parsed;
    if (record.version === 2) {
        return { tests: numbers(record.tests), setup: numbers(record.setup) };
    }
    return { tests: new Map(), setup: new Map(), files: numbers(record) };
}
function numbers(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return new Map();
    return new Map(Object.entries(value).filter((e) => typeof e[1] === 'number' && e[1] >= 0));
}
/**
 * Writes the durations file from a complete run (all shards merged) and saves it to the cache
 * for the next run's shards. It replaces the old file, so deleted tests drop out.
 */
async function saveDurations(platform, workspace, cwd, durations) {
    const file = external_node_path_default().join(workspace, DURATIONS_FILE);
    (0,src/* ensureOwnDir */.Sk)(external_node_path_default().dirname(file));
    // Written a piece at a time (and whole or not at all): a million tests never become one
    // object or one string.
    await (0,src/* writeFileAtomic */.Zf)(file, durationsJson(durations));
    await platform.cache.save([file], `${durationsKeyPrefix(workspace, cwd)}${platform.context.sha ?? 'local'}`);
}
/**
 * The durations file's JSON in pieces, the bytes of `JSON.stringify(content, null, 1)` (one test
 * a line: thousands of tests stay readable and diff well). Tests' keys hold `::` and modules are
 * dotted names, never an array index, so objects keep the order they are given in.
 */
function* durationsJson(durations) {
    yield '{\n "version": 2,\n "tests": ';
    yield* objectJson(durations.tests);
    yield ',\n "setup": ';
    yield* objectJson(durations.setup);
    yield '\n}\n';
}
function* objectJson(entries) {
    let first = true;
    for (const [key, value] of entries) {
        yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
        first = false;
    }
    yield first ? '{}' : '\n }';
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/shards/merge-mode.ts
/**
 * `mode: merge`: the shards' pytest JUnit files (`merge-files`) become one pytest check, one
 * merged JUnit file, and the durations the next run's shards are balanced by.
 */










/**
 * Merges the shards' JUnit files into `<reportDir>/pytest-junit.xml` and returns the pytest check.
 *
 * @throws ConfigError naming `merge-files` when it is unset or an entry matches no file.
 */
async function mergeShards(options) {
    const { platform, workspace, cwd, reportDir } = options;
    const output = external_node_path_default().join(reportDir, PYTEST_JUNIT_FILE);
    const files = (await junitFiles(options.inputs.mergeFiles, workspace)).filter((file) => file !== output);
    platform.log.info(`Merging ${files.length} JUnit file${files.length === 1 ? '' : 's'}.`);
    (0,src/* ensureOwnDir */.Sk)(reportDir);
    const where = whereFor(workspace, cwd);
    // V8 lets the heap grow to several times what outlived its last full collection before it
    // collects again. A merge keeps every test case (about 200 MB for a million) and makes that
    // much garbage again writing the reports, so this process collects at 20% of growth instead:
    // a million cases merged in 666 MB peak RSS before, under 400 MB with it (docs/benchmarks.md).
    (0,external_node_v8_.setFlagsFromString)('--heap-growing-percent=20');
    // One streamed pass per file: the merged file is written and the test cases read together.
    const collector = new PytestCollector(where);
    await mergeJunitFiles(files, files.map((file) => external_node_path_default().relative(workspace, file)), output, (xmlCase) => collector.add(xmlCase));
    const parsed = collector.result();
    // Keyed as pytest's JUnit names tests, which the shards' plans derive from node ids; a test's
    // file (found on disk) tells where its module ends in the classname.
    const fileOf = new Map();
    for (const test of parsed.tests) {
        if (test.file !== undefined)
            fileOf.set(test.classname, paths_toPosix(test.file));
    }
    // As recordDurations records them, written as they are computed: no map of a million tests.
    const setup = recordSetup(parsed.tests, (classname) => moduleOfCase(classname, fileOf.get(classname)));
    await saveDurations(platform, workspace, cwd, { tests: testDurations(parsed.tests), setup });
    const { counts } = parsed;
    const failed = counts.failures + counts.errors > 0 || counts.tests === 0;
    return {
        id: 'pytest',
        name: 'pytest',
        mode: options.inputs.warn.includes('pytest') ? 'warn' : 'enforce',
        status: failed ? 'failed' : 'passed',
        // The tests' own time across all shards: what the merged run took, not the merge.
        durationMs: Math.round(totalTime(parsed.tests)),
        summary: counts.tests === 0
            ? 'no tests in the merged reports'
            : `${testsSummary(counts)} (${files.length} shards)`,
        counts: { ...counts },
        tests: parsed.tests,
        findings: parsed.findings,
    };
}
async function junitFiles(mergeFiles, workspace) {
    const patterns = (mergeFiles ?? '')
        .split(/[,\n]/)
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
    if (patterns.length === 0) {
        throw new src/* ConfigError */.xL('Input "merge-files" is required in merge mode: set it to the shards\' JUnit files or a glob.', {
            input: 'merge-files',
        });
    }
    const files = [];
    for (const pattern of patterns) {
        const matched = await expandPattern(pattern, workspace, PYTEST_JUNIT_FILE);
        if (matched.length === 0) {
            throw new src/* ConfigError */.xL(`Input "merge-files": ${pattern} matches no file (paths are relative to the repository root); did every shard upload its report?`, { input: 'merge-files' });
        }
        files.push(...matched);
    }
    return [...new Set(files)];
}
function totalTime(tests) {
    let sum = 0;
    for (const test of tests)
        sum += test.timeMs;
    return sum;
}

;// CONCATENATED MODULE: ./actions/quality-gates/src/run.ts
/**
 * The quality-gates action: validate the inputs, find (or install) Python, run the gates in
 * parallel, and report them as one verdict with report files, a summary and annotations.
 */












/** Runs the action (see the spec and quality-gates/README.md). */
async function run({ platform, inputs: given, repoConfig, }) {
    const started = (0,src/* startRun */.AD)(platform, spec/* spec */.I, given.reportDir);
    const { workspace, reportDir } = started;
    // Report lines name the file a mode came from: the CLI's --config file, else .maint-actions.yml.
    const { inputs, meta: policyMeta } = await applyPolicy(given, workspace, (0,src/* configFileName */.S3)(repoConfig, workspace));
    const cwd = (0,src/* workingDirectory */.p7)(workspace, inputs.workingDirectory);
    const meta = { 'working-directory': (0,src/* relativeTo */.Mf)(workspace, cwd), ...policyMeta };
    const checks = inputs.mode === 'merge'
        ? [await mergeShards({ platform, inputs, workspace, cwd, reportDir })]
        : await runMode({
            platform,
            inputs: { ...inputs, gateStage: gatesStage(given) },
            ...(repoConfig ? { repoConfig } : {}),
        }, workspace, cwd, reportDir, meta, (0,src/* configItems */.Bq)(given, 'warn'));
    if (inputs.mode === 'merge')
        meta.mode = 'merge';
    const report = (0,src/* finishReport */.Ux)(started, { checks, meta });
    const fullReportHint = (0,src/* reportHint */.AE)(started);
    const summary = oneLineSummary(checks);
    return {
        verdict: report.verdict,
        // quality-gates' `status` has always been `passed` or `failed`: a shard with nothing to run
        // passes, so the kernel's "every check skipped" rule does not apply here.
        skipped: false,
        summary,
        outputs: {
            'failed-gates': checks
                .filter(src/* isBlocking */.Us)
                .map((c) => c.id)
                .join(','),
            report: (0,src/* reportFilePath */.KL)(reportDir, 'json'),
            junit: (0,src/* reportFilePath */.KL)(reportDir, 'junit'),
            summary,
        },
        report,
        publish: {
            dir: reportDir,
            formats: ['json', 'junit', 'codequality', 'sarif', 'summary'],
            fullReportHint,
            tool: (0,src/* sarifToolOf */.DJ)(started),
            annotate: true,
        },
    };
}
/**
 * `mode: run`: plans the gates, finds Python (installing the venv first with `install`), restores
 * the durations this shard's tests are planned by, and runs the gates. Adds `python` and `shard` to `meta`.
 * `configWarn`: the `warn` items of `.maint-actions.yml` (see `planGates`).
 */
async function runMode({ platform, inputs, repoConfig }, workspace, cwd, reportDir, meta, configWarn) {
    const limits = runLimits(inputs);
    const planned = planGates(inputs, configWarn, inputs.gateStage);
    if (inputs.gateStage !== 'all')
        meta.stage = inputs.gateStage;
    const shard = shardOf(inputs, platform.context);
    if (planned.some(({ gate }) => MANAGE_PY_GATES.includes(gate.id)))
        requireManagePy(cwd, meta['working-directory']);
    // change-flow reads the change, not the project: alone, it needs no install (the top-level
    // `install:` of .maint-actions.yml reaches every quality-gates job, the PR checks' too).
    const runsProject = planned.some(({ gate }) => gate.id !== 'change-flow');
    const install = runsProject ? inputs.install : undefined;
    const python = await preparePython(platform, { ...inputs, install }, workspace, cwd, limits.timeoutMinutes);
    meta.python = python.version;
    // GitLab's image brings its own Python: say when it is not the one the project declares.
    // The config in force (the CLI's --config file) declares it first, as the workflows read it.
    const mismatch = await (0,python_env_src/* pythonMismatch */.Zr)(workspace, cwd, python.version, repoConfig);
    if (mismatch)
        platform.log.warning(mismatch);
    // Sharding splits pytest only: the other gates run once, in the first shard.
    const selected = shard && shard.index > 1 ? planned.filter(({ gate }) => gate.id === 'pytest') : planned;
    const runsPytest = selected.some(({ gate }) => gate.id === 'pytest');
    // The pytest gate plans this shard's tests once it has collected them.
    const pytestShard = shard && runsPytest ? await restoreShard(platform, cwd, workspace, shard) : undefined;
    if (shard)
        meta.shard = `${shard.index}/${shard.total}`;
    const gateMeta = new Map();
    const ctx = {
        platform,
        inputs,
        workspace,
        cwd,
        where: whereFor(workspace, cwd),
        python,
        env: gateEnv((0,python_env_src/* activateVenv */.BM)(platform.env, python.path), inputs.settingsModule),
        reportDir,
        timeoutMinutes: limits.timeoutMinutes,
        meta: gateMeta,
        gatesBesidePytest: Math.min(selected.length - (runsPytest ? 1 : 0), limits.concurrency - 1),
        gatesShareCpus: selected.length > 1 && limits.concurrency > 1,
        ...(pytestShard ? { shard: pytestShard } : {}),
    };
    const checks = await runGates(ctx, selected, limits.concurrency);
    for (const [key, value] of gateMeta)
        meta[key] = value;
    return checks;
}
/**
 * The stage whose gates run: the `stage` input, except that gates named by this job's own `gates`
 * input (not `.maint-actions.yml`, a policy or the default) all run, whatever their stage.
 */
function gatesStage(given) {
    return (0,src/* inputSources */.B$)(given)?.gates === 'input' ? 'all' : given.gateStage;
}
/** @throws ConfigError naming `working-directory` when it has no manage.py. */
function requireManagePy(cwd, shown) {
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(cwd, 'manage.py')))
        return;
    throw new src/* ConfigError */.xL(`Input "working-directory": ${shown} has no manage.py, which the django-check and migrations gates run; point it at the Django project.`, { input: 'working-directory' });
}
/** Validated `concurrency` (0 = CPUs) and `timeout-minutes`. */
function runLimits(inputs) {
    if (!Number.isInteger(inputs.concurrency) || inputs.concurrency < 0) {
        throw new src/* ConfigError */.xL(`Input "concurrency" must be a whole number, 0 for the number of CPUs (got ${inputs.concurrency}).`, {
            input: 'concurrency',
        });
    }
    if (!(inputs.timeoutMinutes > 0)) {
        throw new src/* ConfigError */.xL(`Input "timeout-minutes" must be more than 0 (got ${inputs.timeoutMinutes}).`, {
            input: 'timeout-minutes',
        });
    }
    return {
        concurrency: inputs.concurrency || external_node_os_default().availableParallelism(),
        timeoutMinutes: inputs.timeoutMinutes,
    };
}
/** The gates' environment with DJANGO_SETTINGS_MODULE from `settings-module`. */
function gateEnv(env, settingsModule) {
    return settingsModule ? { ...env, DJANGO_SETTINGS_MODULE: settingsModule } : env;
}
/** The interpreter for the gates: the `install` venv when `install` is set, else the resolved `python`. */
function preparePython(platform, inputs, workspace, cwd, timeoutMinutes) {
    return (0,python_env_src/* prepareProjectPython */.ZT)({
        platform,
        python: inputs.python,
        install: inputs.install,
        workspace,
        cwd,
        env: platform.env,
        timeoutMs: timeoutMinutes * 60_000,
    });
}
/**
 * Prepares every gate (so a missing tool stops the run before anything starts), then runs them
 * `concurrency` at a time. Progress is reported per gate.
 */
async function runGates(ctx, planned, concurrency) {
    const { platform } = ctx;
    for (const { gate } of planned)
        platform.progress({ id: gate.id, label: gate.name, state: 'queued' });
    const prepared = await (0,src/* mapLimit */.sf)(planned, concurrency, (item) => prepareGate(ctx, item));
    return (0,src/* mapLimit */.sf)(planned, concurrency, async (item, index) => {
        const check = await runGate(ctx, item, prepared[index]);
        platform.progress({
            id: check.id,
            label: check.name,
            state: progressState(check),
            detail: check.summary,
        });
        if ((check.status === 'failed' || check.status === 'error') && check.outputTail) {
            const tail = check.outputTail;
            await platform.log.group(`${check.name}: ${check.summary}`, async () => platform.log.info(tail));
        }
        return check;
    });
}
/** A missing tool is a configuration error, except for a warn-mode gate, which is skipped. */
async function prepareGate(ctx, { gate, mode }) {
    try {
        return await gate.prepare(ctx);
    }
    catch (error) {
        if (error instanceof src/* ToolMissingError */.hc && mode === 'warn')
            return { skip: error.message };
        throw error;
    }
}
async function runGate(ctx, { gate, mode }, prepared) {
    const base = { id: gate.id, name: gate.name, mode };
    if ('skip' in prepared)
        return { ...base, status: 'skipped', durationMs: 0, summary: prepared.skip, findings: [] };
    ctx.platform.progress({ id: gate.id, label: gate.name, state: 'running' });
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
        const result = await prepared.run();
        return { ...base, durationMs: elapsed(), ...result };
    }
    catch (error) {
        if (error instanceof GateTimeoutError) {
            return {
                ...base,
                status: 'error',
                durationMs: elapsed(),
                summary: error.message,
                findings: [],
                command: error.command,
                outputTail: error.outputTail,
            };
        }
        if ((0,src/* isConfigError */.De)(error))
            throw error;
        // A gate that broke is reported as an error of that gate; the others still count.
        const { message, stack } = (0,src/* describeError */.BR)(error);
        if (stack)
            ctx.platform.log.debug(stack);
        return {
            ...base,
            status: 'error',
            durationMs: elapsed(),
            summary: `could not run: ${message}`,
            findings: [],
        };
    }
}
function progressState(check) {
    if (check.status === 'passed' || check.status === 'skipped')
        return check.status;
    return check.mode === 'warn' ? 'warned' : 'failed';
}
/** `4 gates: 3 passed, 1 failed (pytest)`, with warned and skipped gates when there are any. */
function oneLineSummary(checks) {
    const failed = checks.filter(src/* isBlocking */.Us);
    const warned = checks.filter((c) => !(0,src/* isBlocking */.Us)(c) && (c.status === 'failed' || c.status === 'error'));
    const parts = [`${checks.filter((c) => c.status === 'passed').length} passed`];
    if (failed.length > 0)
        parts.push(`${failed.length} failed (${failed.map((c) => c.id).join(', ')})`);
    if (warned.length > 0)
        parts.push(`${warned.length} warned (${warned.map((c) => c.id).join(', ')})`);
    const skipped = checks.filter((c) => c.status === 'skipped').length;
    if (skipped > 0)
        parts.push(`${skipped} skipped`);
    return `${checks.length} gate${checks.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}


/***/ })

};
