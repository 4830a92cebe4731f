export const id = 79;
export const ids = [79];
export const modules = {

/***/ 6079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 35 modules
var src = __webpack_require__(9567);
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
    return { path: found, ...(await interpreter_pythonFacts(found, options.env)) };
}
async function findAuto(options) {
    const venvs = [external_node_path_default().join(options.cwd, '.venv'), options.installVenv].filter((dir) => dir !== undefined);
    for (const venv of venvs) {
        const candidate = interpreter_venvPython(venv);
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
function interpreter_venvPython(venv) {
    return external_node_path_default().join(venv, 'bin', 'python');
}
/**
 * Asks the interpreter for its version and which of PROBED_MODULES it has, in one start.
 *
 * @throws ConfigError when it does not run.
 */
async function interpreter_pythonFacts(python, env) {
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
    const result = await runProcess({ command, args: ['-c', script, module], env, timeoutMs: 60_000 });
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
const DEV_EXTRAS = (/* unused pure expression or super */ null && (['dev', 'test']));
/** Environment variables that may hold index URLs with credentials. */
const PIP_URL_VARIABLES = (/* unused pure expression or super */ null && (['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS']));
/** How much of a failed step's output (redacted) is shown: the same bound as a gate's output tail. */
const STEP_TAIL_KEPT = (/* unused pure expression or super */ null && (16 * 1024));
/**
 * Restores or builds the venv and returns its interpreter.
 *
 * @throws ConfigError naming `install` when a file is missing or pip fails.
 */
async function installVenv(options) {
    const { platform, workspace } = options;
    const files = await readInstallFiles(workspace, options.install);
    const venv = installVenvDir(workspace);
    const key = venvCacheKey(options.basePython.version, files);
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
    await rm(venv, { recursive: true, force: true });
    ensureOwnDir(path.dirname(venv));
    await step(options, options.basePython.path, ['-m', 'venv', '--without-pip', venv], 'python -m venv');
    const python = venvPython(venv);
    const pip = await venvPip(options, python);
    await step(options, pip.command, [...pip.args, 'install', '--disable-pip-version-check', ...pipArgs(files)], 'pip install');
    await writeFile(path.join(venv, MARKER), `${key}\n`);
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
    const probe = await runProcess({
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
    return path.join(workspace, INSTALL_VENV);
}
/** `maint-qg-venv-<os>-<arch>-py<version>-<sha256 of the files' names and contents>`. */
function venvCacheKey(version, files) {
    const hash = createHash('sha256');
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
        if (path.basename(file) !== 'pyproject.toml')
            return ['-r', file];
        const extras = declaredExtras(content).filter((extra) => DEV_EXTRAS.includes(extra));
        const project = path.dirname(file);
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
        throw new ConfigError('Input "install" names no file.', { input: 'install' });
    return Promise.all(entries.map(async (entry) => {
        const file = path.resolve(workspace, entry);
        const isFile = await stat(file).then((s) => s.isFile(), () => false);
        if (!isFile) {
            throw new ConfigError(`Input "install" names ${entry}, which is not a file (paths are relative to the repository root).`, { input: 'install' });
        }
        return {
            file,
            relative: path.relative(workspace, file).split(path.sep).join('/'),
            content: await readFile(file, 'utf8'),
        };
    }));
}
/** The venv's interpreter when the venv was completely built for `key` and still runs. */
async function venvFor(venv, key, env) {
    const marker = await readFile(path.join(venv, MARKER), 'utf8').catch(() => '');
    const python = venvPython(venv);
    if (marker.trim() !== key || !existsSync(python))
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
                secrets.add(secret);
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
    const result = await runProcess({
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
    const tail = tailUtf8(secrets.redact(`${result.stdout}\n${result.stderr}`.trimEnd()), STEP_TAIL_KEPT);
    if (tail)
        await options.platform.log.group(`${name} output`, async () => options.platform.log.info(tail));
    const why = result.timedOut ? 'timed out' : `exit code ${result.exitCode}`;
    const last = tail
        .split('\n')
        .filter((line) => line.trim() !== '')
        .pop() ?? '';
    throw new ConfigError(`${name} failed (${why}) for the files in "install": ${last.trim()}`, {
        input: 'install',
    });
}

;// CONCATENATED MODULE: ./packages/python-env/src/index.ts
/**
 * The Python project environment every action that runs the project's Python shares: the
 * interpreter (resolved from the `python` input, its version and probed modules), its venv's
 * activation, tools beside it, and the cached virtualenv the `install` input builds.
 */



;// CONCATENATED MODULE: ./actions/rollback-plan/src/classify.ts
/**
 * The rules: what each migration operation means for the old code running on the new schema,
 * and the plan that follows from the migrations applied since the release to go back to.
 * The facts come from Django's MigrationLoader (loader-script.ts); the reasons are in the README.
 */
const RANK = { additive: 0, reversible: 1, destructive: 2 };
function worst(kinds) {
    let result = 'additive';
    for (const kind of kinds)
        if (RANK[kind] > RANK[result])
            result = kind;
    return result;
}
/** Operations that change nothing the old code reads or writes. */
const ADDITIVE = new Set([
    'CreateModel',
    'AddIndex',
    'RemoveIndex',
    'RenameIndex',
    'AddConstraint',
    'RemoveConstraint',
    'AlterUniqueTogether',
    'AlterIndexTogether',
    'AlterModelOptions',
    'AlterModelManagers',
    'AlterModelTableComment',
    'CreateExtension',
    'BtreeGinExtension',
    'HStoreExtension',
    'TrigramExtension',
    'UnaccentExtension',
    'CryptoExtension',
    'BloomExtension',
    'BtreeGistExtension',
    'CITextExtension',
    'AddIndexConcurrently',
    'RemoveIndexConcurrently',
    'CreateCollation',
    'RemoveCollation',
]);
/** Operations the old code fails on that Django undoes with the data intact. */
const REVERSIBLE = new Set(['RenameField', 'RenameModel', 'AlterModelTable', 'AlterOrderWithRespectTo']);
/** The classification of one operation, with the reason in a few words. */
function classifyOperation(op) {
    switch (op.type) {
        case 'AddField':
            return classifyAddField(op.field);
        case 'AlterField':
            return classifyAlterField(op.oldField, op.field);
        case 'RemoveField':
            return { kind: 'destructive', why: 'drops the column and its data; the old code reads it' };
        case 'DeleteModel':
            return { kind: 'destructive', why: 'drops the table and its rows; the old code reads them' };
        case 'RunPython':
        case 'RunSQL':
            return op.reversible
                ? { kind: 'reversible', why: `a data change with a reverse (${op.type}): migrate back runs it` }
                : { kind: 'destructive', why: `a data change without a reverse (${op.type}): irreversible` };
        case 'SeparateDatabaseAndState': {
            const inner = (op.databaseOperations ?? []).map(classifyOperation);
            if (inner.length === 0)
                return { kind: 'additive', why: 'changes the state only, not the database' };
            const kind = worst(inner.map((v) => v.kind));
            return { kind, why: inner.find((v) => v.kind === kind)?.why ?? '' };
        }
    }
    if (ADDITIVE.has(op.type))
        return { kind: 'additive', why: 'the old code does not use it' };
    if (REVERSIBLE.has(op.type)) {
        return {
            kind: 'reversible',
            why: 'the old code uses the old name; migrate back renames it, data intact',
        };
    }
    return op.reversible
        ? {
            kind: 'reversible',
            why: `an operation rollback-plan does not know (${op.type}); Django can reverse it`,
        }
        : {
            kind: 'destructive',
            why: `an operation rollback-plan does not know (${op.type}) that cannot be reversed`,
        };
}
function classifyAddField(field) {
    if (!field)
        return { kind: 'reversible', why: 'a new field rollback-plan could not read' };
    if (field.manyToMany)
        return { kind: 'additive', why: 'a new many-to-many table the old code does not use' };
    if (field.null)
        return { kind: 'additive', why: 'a nullable column: the old code’s inserts leave it empty' };
    if (field.dbDefault)
        return { kind: 'additive', why: 'a NOT NULL column the database fills (db_default)' };
    return {
        kind: 'reversible',
        why: field.hasDefault
            ? 'a NOT NULL column whose default Django keeps in Python only: the old code’s inserts fail'
            : 'a NOT NULL column without a default: the old code’s inserts fail',
    };
}
function classifyAlterField(before, after) {
    if (!before || !after)
        return { kind: 'destructive', why: 'a changed field whose old form is unknown' };
    if (before.class !== after.class) {
        return {
            kind: 'destructive',
            why: `a new column type (${before.class} to ${after.class}): values converted`,
        };
    }
    const narrower = (a, b) => a !== null && (b === null ? false : b < a);
    if (narrower(before.maxLength, after.maxLength) ||
        narrower(before.maxDigits, after.maxDigits) ||
        narrower(before.decimalPlaces, after.decimalPlaces)) {
        return { kind: 'destructive', why: 'a narrower column: longer values were cut or refused' };
    }
    if ((before.column ?? null) !== (after.column ?? null)) {
        return { kind: 'reversible', why: 'a renamed column: migrate back renames it, data intact' };
    }
    if (before.null && !after.null) {
        return { kind: 'reversible', why: 'now NOT NULL: the old code’s inserts of empty values fail' };
    }
    return { kind: 'additive', why: 'a wider or equal column the old code still fits' };
}
/**
 * The migrations of `from` that `to` does not have, in the order Django applies them (dependencies
 * first, then by app and name). A squashed migration whose replaced ones `to` has is not new.
 */
function newMigrations(from, to) {
    const known = new Set(to.migrations.map((m) => `${m.app}.${m.name}`));
    for (const m of to.migrations)
        for (const [app, name] of m.replaces)
            known.add(`${app}.${name}`);
    const isNew = (m) => !known.has(`${m.app}.${m.name}`) &&
        !(m.replaces.length > 0 && m.replaces.every(([app, name]) => known.has(`${app}.${name}`)));
    const fresh = new Map(from.migrations.filter(isNew).map((m) => [`${m.app}.${m.name}`, m]));
    const ordered = [];
    const done = new Set();
    const visit = (key) => {
        const migration = fresh.get(key);
        if (!migration || done.has(key))
            return;
        done.add(key);
        for (const [app, name] of migration.dependencies)
            visit(`${app}.${name}`);
        ordered.push(migration);
    };
    for (const key of [...fresh.keys()].sort())
        visit(key);
    return ordered;
}
function classifyMigration(migration) {
    const operations = (migration.operations ?? []).map((op) => ({
        ...classifyOperation(op),
        describe: op.describe,
        type: op.type,
    }));
    return {
        app: migration.app,
        name: migration.name,
        file: migration.file,
        kind: worst(operations.map((o) => o.kind)),
        operations,
    };
}
/**
 * The last migration of `app` in a release's graph (the leaf: no other migration of the app
 * depends on it), or `zero` when the release has none. With several leaves (an unmerged
 * conflict) the last by name.
 */
function targetOf(facts, app) {
    const own = facts.migrations.filter((m) => m.app === app);
    if (own.length === 0)
        return 'zero';
    const replaced = new Set(facts.migrations.flatMap((m) => m.replaces.map(([a, n]) => `${a}.${n}`)));
    const depended = new Set(own.flatMap((m) => m.dependencies.filter(([a]) => a === app).map(([, n]) => n)));
    const leaves = own
        .filter((m) => !depended.has(m.name) && !replaced.has(`${m.app}.${m.name}`))
        .map((m) => m.name)
        .sort();
    return (leaves.at(-1) ??
        own
            .map((m) => m.name)
            .sort()
            .at(-1) ??
        'zero');
}
/**
 * The steps in order: the restore first when any migration is destructive (the backup taken
 * before the deploy of the first one); then `migrate <app> <target>` for each app with a
 * reversible migration still applied (before the first destructive one when there is a restore),
 * the app whose migrations came last first; then the redeploy.
 */
function buildPlan(input) {
    const steps = [];
    const firstDestructive = input.migrations.findIndex((m) => m.kind === 'destructive');
    if (firstDestructive >= 0)
        steps.push({ kind: 'restore', backupId: input.backupId });
    // The backup holds the schema from before the first destructive migration: only what came
    // before it is left to undo.
    const undo = firstDestructive >= 0 ? input.migrations.slice(0, firstDestructive) : input.migrations;
    const apps = [];
    for (const m of [...undo].reverse()) {
        if (m.kind !== 'additive' && !apps.includes(m.app))
            apps.push(m.app);
    }
    for (const app of apps)
        steps.push({ kind: 'migrate', app, target: targetOf(input.to, app) });
    steps.push({ kind: 'redeploy', target: input.redeploy });
    return steps;
}
/** `migrate:<app>:<target>`, `restore:<id>`, `redeploy:<tag>`. */
function stepToken(step) {
    switch (step.kind) {
        case 'migrate':
            return `migrate:${step.app}:${step.target}`;
        case 'restore':
            return `restore:${step.backupId ?? 'unknown'}`;
        case 'redeploy':
            return `redeploy:${step.target}`;
    }
}

;// CONCATENATED MODULE: ./actions/rollback-plan/src/loader-script.ts
/**
 * The Python that rollback-plan runs with the project's interpreter in an exported release: it asks
 * Django's MigrationLoader for the migration graph and each new migration's operations, without a
 * database connection. Argument: the settings module (empty: manage.py's). Stdin: a JSON list of
 * [app, name] listed without operations, or true for none with them. Stdout: JSON; exit code 3 with {error, message}.
 */
const LOADER_SCRIPT = String.raw `# The migration facts of one Django project, read by Django's own MigrationLoader without a
# database connection (no query, no database file). Run by rollback-plan with the project's
# interpreter, in an exported copy of one release: python -c <script> <settings-module or "">.
# Prints one JSON object on stdout: {"django": version, "settings": module, "migrations": [...]}
# or {"error": kind, "message": text} with exit code 3 when the project cannot be loaded.
import json
import os
import re
import sys
import traceback


def fail(kind, message):
    print(json.dumps({"error": kind, "message": message}))
    sys.exit(3)


def settings_from_manage_py():
    try:
        with open("manage.py", encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return None
    found = re.search(r"DJANGO_SETTINGS_MODULE['\"]\s*,\s*['\"]([\w.]+)['\"]", text)
    return found.group(1) if found else None


def field_facts(field):
    if field is None:
        return None
    facts = {
        "class": type(field).__name__,
        "null": bool(getattr(field, "null", False)),
        "hasDefault": bool(field.has_default()),
        "manyToMany": bool(getattr(field, "many_to_many", False)),
        "maxLength": getattr(field, "max_length", None),
        "maxDigits": getattr(field, "max_digits", None),
        "decimalPlaces": getattr(field, "decimal_places", None),
        "column": getattr(field, "db_column", None),
    }
    if getattr(field, "db_default", None) is not None:
        # Django 5: a default kept by the database itself (NOT_PROVIDED is a class, not None).
        from django.db.models.fields import NOT_PROVIDED

        facts["dbDefault"] = field.db_default is not NOT_PROVIDED
    return facts


def old_field(state, app, op):
    model = state.models.get((app, op.model_name.lower()))
    if model is None:
        return None
    fields = model.fields
    field = fields.get(op.name) if hasattr(fields, "get") else dict(fields).get(op.name)
    return field


def operation_facts(app, op, state_of):
    kind = type(op).__name__
    facts = {
        "type": kind,
        "module": type(op).__module__,
        "reversible": bool(getattr(op, "reversible", True)),
        "describe": op.describe(),
    }
    for attr in ("name", "model_name", "old_name", "new_name", "table"):
        value = getattr(op, attr, None)
        if isinstance(value, str):
            facts[attr] = value
    if kind == "RunPython":
        facts["reversible"] = op.reverse_code is not None
    elif kind == "RunSQL":
        facts["reversible"] = op.reverse_sql is not None
    if hasattr(op, "field") and kind in ("AddField", "AlterField"):
        facts["field"] = field_facts(op.field)
    if kind in ("AlterField", "RemoveField"):
        try:
            facts["oldField"] = field_facts(old_field(state_of(), app, op))
        except Exception:  # noqa: BLE001 - a state we cannot read leaves the old field unknown
            facts["oldField"] = None
    if kind == "SeparateDatabaseAndState":
        facts["databaseOperations"] = [operation_facts(app, inner, state_of) for inner in op.database_operations]
    return facts


def main():
    settings = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None
    settings = settings or os.environ.get("DJANGO_SETTINGS_MODULE") or settings_from_manage_py()
    if not settings:
        fail("no-settings", "no settings module: manage.py sets no DJANGO_SETTINGS_MODULE")
    os.environ["DJANGO_SETTINGS_MODULE"] = settings
    sys.path.insert(0, os.getcwd())
    try:
        import django
    except ImportError:
        fail("no-django", "Django is not installed for " + sys.executable)
    try:
        django.setup()
        from django.db.migrations.loader import MigrationLoader

        # connection=None: the graph is built from the files alone and nothing is applied.
        loader = MigrationLoader(None, ignore_no_migrations=True)
    except Exception as error:  # noqa: BLE001 - any failure to load the project is reported
        fail("load", "%s: %s" % (type(error).__name__, error) + "\n" + traceback.format_exc(limit=3))

    # Migrations given on stdin (the other release's graph) are listed without their operations.
    listed = json.loads(sys.stdin.read() or "[]")
    skip_all = listed is True
    skip = set() if skip_all else {tuple(k) for k in listed}
    graph = loader.graph
    root = os.getcwd()
    migrations = []
    for key in sorted(graph.nodes):
        app, name = key
        migration = graph.nodes[key]
        module = sys.modules.get(type(migration).__module__)
        source = getattr(module, "__file__", None)
        detail = not skip_all and key not in skip
        migrations.append(
            {
                "app": app,
                "name": name,
                "file": os.path.relpath(source, root) if source and source.startswith(root) else None,
                "dependencies": [list(d) for d in migration.dependencies if d[1] != "__first__"],
                "replaces": [list(r) for r in (migration.replaces or [])],
                "operations": [operation_facts(app, op, lambda k=key: loader.project_state(k, at_end=False)) for op in migration.operations]
                if detail
                else None,
            }
        )
    print(json.dumps({"django": django.get_version(), "settings": settings, "migrations": migrations}))


main()
`;

;// CONCATENATED MODULE: ./actions/rollback-plan/src/manifests.ts
/**
 * Backup manifests as backup-before-deploy writes them (`maint-actions-backup/1`): which backup
 * was taken before the deploy of which commit, and which image that deploy ran. Only the fields
 * the plan needs are read; a file that is not a manifest is left out (and said in the report).
 */



const FORMAT = 'maint-actions-backup/1';
const MANIFEST = 'manifest.json';
/** Folder levels searched under `manifests` (`<destination>/<environment>/<id>/manifest.json`). */
const MAX_DEPTH = 4;
/** Reads one manifest. @throws ConfigError naming `input` when it is not one. */
async function readManifest(file, input) {
    let value;
    try {
        value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        const why = error.code === 'ENOENT' ? 'does not exist' : 'is not JSON';
        throw new src/* ConfigError */.xL(`Input "${input}": ${file} ${why}.`, { input });
    }
    const m = value;
    // The id and the image go into one-line, comma-separated outputs: no spaces, commas or line breaks.
    const token = (v) => typeof v === 'string' && /^[^\s,]+$/.test(v);
    if (m?.format !== FORMAT ||
        !token(m.backupId) ||
        typeof m.startedAt !== 'string' ||
        (m.imageTag !== undefined && !token(m.imageTag))) {
        throw new src/* ConfigError */.xL(`Input "${input}": ${file} is not a backup-before-deploy manifest (${FORMAT}).`, {
            input,
        });
    }
    return {
        backupId: m.backupId,
        environment: typeof m.environment === 'string' ? m.environment : '',
        startedAt: m.startedAt,
        // A commit id only: the value reaches git's argument list.
        ...(typeof m.gitSha === 'string' && /^[0-9a-f]{7,64}$/i.test(m.gitSha) ? { gitSha: m.gitSha } : {}),
        ...(token(m.imageTag) ? { imageTag: m.imageTag } : {}),
        file,
    };
}
/**
 * The manifests of the `manifests` input: a file, or every `manifest.json` in a folder (four
 * levels deep), oldest first. Files that are not manifests are returned as `skipped`.
 */
async function loadManifests(location) {
    const info = await (0,promises_.stat)(location).catch(() => undefined);
    if (!info) {
        throw new src/* ConfigError */.xL(`Input "manifests": ${location} does not exist; set it to a folder of backups or a manifest.json.`, {
            input: 'manifests',
        });
    }
    if (info.isFile())
        return { records: [await readManifest(location, 'manifests')], skipped: [] };
    const files = [];
    const walk = async (dir, depth) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isFile() && entry.name === MANIFEST)
                files.push(full);
            else if (entry.isDirectory() && depth < MAX_DEPTH)
                await walk(full, depth + 1);
        }
    };
    await walk(location, 0);
    const records = [];
    const skipped = [];
    for (const file of files) {
        try {
            records.push(await readManifest(file, 'manifests'));
        }
        catch {
            skipped.push(file);
        }
    }
    records.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    return { records, skipped };
}
/** Whether a manifest's `gitSha` (full or abbreviated) is `sha`. */
function sameCommit(recorded, sha) {
    return recorded !== undefined && recorded.length >= 7 && sha.startsWith(recorded.toLowerCase());
}

;// CONCATENATED MODULE: ./actions/rollback-plan/src/release.ts
/**
 * The two releases in git: resolving `from` and `to` (a ref, a tag, the previous semver tag),
 * exporting a release's tree into a temporary folder with `git archive` (the user's checkout,
 * index and HEAD are never touched), and the commit that added a file.
 */


/** `1.4.2` from `v1.4.2` / `1.4.2` / `release-1.4.2`? Only `v?X.Y.Z` with an optional pre-release. */
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;
/** Compares two semver tags (pre-releases before their release); null when one is not semver. */
function compareSemver(a, b) {
    const x = SEMVER.exec(a);
    const y = SEMVER.exec(b);
    if (!x || !y)
        return null;
    for (let i = 1; i <= 3; i++) {
        const d = Number(x[i]) - Number(y[i]);
        if (d !== 0)
            return d;
    }
    if (x[4] === y[4])
        return 0;
    if (x[4] === undefined)
        return 1;
    if (y[4] === undefined)
        return -1;
    return x[4] < y[4] ? -1 : 1;
}
/**
 * The commit of `ref`. @throws ConfigError naming `input` and the ref when git does not know it.
 */
async function resolveRelease(git, ref, input) {
    const result = await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const sha = result.stdout.trim();
    if (result.exitCode !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
        const what = input === 'from'
            ? 'the release running now (a tag such as v1.4.2, a branch or a commit)'
            : 'the release to go back to (a tag such as v1.4.1, a commit, or the path of a backup manifest.json)';
        throw new src/* ConfigError */.xL(`Input "${input}": ${JSON.stringify(ref)} is not a commit of this repository (fetch the tags, such as actions/checkout's fetch-depth: 0); set it to ${what}.`, { input });
    }
    return { ref, sha };
}
/**
 * The release before `from`: the highest semver tag reachable from `from` that is not on
 * `from`'s commit and sorts before `from`'s own tags. @throws ConfigError when there is none.
 */
async function previousRelease(git, from) {
    const listing = await git.out([
        'tag',
        '--merged',
        from.sha,
        '--format=%(refname:strip=2) %(objectname) %(*objectname)',
    ]);
    const own = [];
    const older = [];
    for (const line of listing.split('\n')) {
        const [tag, object, peeled] = line.trim().split(' ');
        if (!tag || compareSemver(tag, tag) === null)
            continue;
        const sha = peeled || object || '';
        if (sha === from.sha)
            own.push(tag);
        else
            older.push({ tag, sha });
    }
    const ceiling = own.sort((a, b) => compareSemver(a, b) ?? 0).at(0);
    const candidates = older
        .filter((t) => ceiling === undefined || (compareSemver(t.tag, ceiling) ?? 0) < 0)
        .sort((a, b) => compareSemver(a.tag, b.tag) ?? 0);
    const previous = candidates.at(-1);
    if (!previous) {
        throw new src/* ConfigError */.xL(`Input "to": there is no release tag (v1.2.3) before ${JSON.stringify(from.ref)} to go back to; set "to" to a tag, a commit or a backup manifest.json (fetch the tags with fetch-depth: 0).`, { input: 'to' });
    }
    return { ref: previous.tag, sha: previous.sha };
}
/**
 * Writes the tree of `sha` under `prefix` (the working directory, relative to the repository
 * root; empty for the root) into `dest`, through `git archive` and `tar`. Returns `dest`.
 */
async function exportTree(git, sha, prefix, dest, env) {
    await (0,promises_.mkdir)(dest, { recursive: true });
    const archive = `${dest}.tar`;
    try {
        // `<sha>:<prefix>` is the working directory's tree, named from the repository root.
        const tree = prefix ? `${sha}:${prefix}` : sha;
        const result = await git.run(['archive', '--format=tar', `--output=${archive}`, tree]);
        if (result.exitCode !== 0) {
            throw new src/* ConfigError */.xL(`Input "working-directory": ${prefix || '.'} is not in the tree of ${sha.slice(0, 12)} (${(0,src/* gitMessage */.Uu)(result)}).`, { input: 'working-directory' });
        }
        const tar = await (0,src/* runProcess */.R3)({
            command: 'tar',
            args: ['-x', '-f', archive, '-C', dest],
            env,
            timeoutMs: 5 * 60_000,
        });
        if (tar.exitCode !== 0)
            throw new Error(`tar could not extract the tree of ${sha}: ${tar.stderr.trim()}`);
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
    }
    return dest;
}
/** The oldest commit of `range` (such as `to..from`) that added `file`, or undefined. */
async function commitAdding(git, range, file) {
    const out = await git.out(['log', '--format=%H', '--diff-filter=A', '--reverse', range, '--', file]);
    return out.split('\n')[0]?.trim() || undefined;
}
/** Whether `ancestor` is `descendant` or one of its ancestors. */
async function isAncestor(git, ancestor, descendant) {
    const result = await git.run(['merge-base', '--is-ancestor', ancestor, descendant]);
    return result.exitCode === 0;
}

;// CONCATENATED MODULE: ./actions/rollback-plan/src/run.ts
/**
 * The rollback-plan action: resolve the two releases, export each tree, ask Django's migration
 * loader (the project's interpreter, no database) for both graphs, classify the migrations applied
 * since the release to go back to, name the backup and the image from the manifests, and write
 * the plan: outputs, a summary with the exact commands, report.json and plan.json.
 */









/** How long Django may take to load one release's migrations. */
const LOADER_TIMEOUT_MS = 5 * 60_000;
/** Runs the action (see the spec and rollback-plan/README.md). */
async function run({ platform, inputs, }) {
    const startedAt = new Date();
    const workspace = external_node_path_default().resolve(platform.context.workspace);
    const cwd = (0,src/* workingDirectory */.p7)(workspace, inputs.workingDirectory);
    const reportDir = external_node_path_default().resolve(workspace, inputs.reportDir ?? (0,src/* defaultReportDir */.Vh)(workspace, 'rollback-plan'));
    const purpose = 'rollback-plan needs git on PATH (apt-get install git)';
    const top = await (0,src/* gitRunner */.XZ)(cwd, platform.env, purpose).run([
        'rev-parse',
        '--show-toplevel',
        '--show-prefix',
    ]);
    if (top.exitCode !== 0) {
        throw new src/* ConfigError */.xL(`Input "working-directory": ${(0,src/* relativeTo */.Mf)(workspace, cwd) || '.'} is not inside a git repository; rollback-plan reads the releases from git history (check out the repository with its tags).`, { input: 'working-directory' });
    }
    const [root = cwd, shown = ''] = top.stdout.split('\n');
    const prefix = shown.trim().replace(/\/$/, '');
    // Every git command runs at the root: paths (the working directory, a migration) are the root's.
    const git = (0,src/* gitRunner */.XZ)(root.trim(), platform.env, purpose);
    const notes = [];
    const from = await resolveRelease(git, inputs.from, 'from');
    const { to, toManifest } = await resolveTo(git, inputs, workspace, from);
    const manifests = inputs.manifests
        ? await loadManifests(external_node_path_default().resolve(workspace, inputs.manifests))
        : undefined;
    for (const file of manifests?.skipped ?? [])
        notes.push(`${(0,src/* relativeTo */.Mf)(workspace, file)} is not a backup manifest; left out.`);
    const python = await resolvePython({ python: inputs.python, workspace, cwd, env: platform.env });
    if (python.modules.get('django') === false) {
        throw new src/* ConfigError */.xL(`Input "python": ${python.path} cannot import Django; set it to the project's interpreter (the one with its requirements installed).`, { input: 'python' });
    }
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(platform.context.tempDir, 'maint-rollback-'));
    let fromFacts;
    let toFacts;
    try {
        const loader = { python, settings: inputs.settingsModule, env: platform.env, prefix, git };
        const fromDir = await exportRelease(loader, from, external_node_path_default().join(scratch, 'from'));
        const toDir = await exportRelease(loader, to, external_node_path_default().join(scratch, 'to'));
        toFacts = await loadRelease(loader, to, toDir, true);
        fromFacts = await loadRelease(loader, from, fromDir, toFacts);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    const migrations = newMigrations(fromFacts, toFacts).map(classifyMigration);
    const kind = worst(migrations.map((m) => m.kind));
    const imageTag = toManifest?.imageTag ?? imageOf(manifests?.records ?? [], to.sha);
    const firstDestructive = migrations.find((m) => m.kind === 'destructive');
    const backup = firstDestructive
        ? await backupBefore(git, manifests?.records ?? [], { from, to, prefix, migration: firstDestructive }, notes)
        : undefined;
    const steps = buildPlan({
        migrations,
        to: toFacts,
        backupId: backup?.backupId,
        redeploy: imageTag ?? to.ref,
    });
    const tokens = steps.map(stepToken);
    const plan = {
        from,
        to: { ...to, ...(toManifest ? { manifest: (0,src/* relativeTo */.Mf)(workspace, toManifest.file) } : {}) },
        kind,
        safe: kind === 'additive',
        migrations,
        steps: tokens,
        ...(backup
            ? {
                backup: {
                    id: backup.backupId,
                    manifest: (0,src/* relativeTo */.Mf)(workspace, backup.file),
                    deployedSha: backup.gitSha,
                },
            }
            : {}),
        ...(imageTag ? { imageTag } : {}),
        django: fromFacts.django,
        settings: fromFacts.settings,
        notes,
    };
    (0,src/* ensureOwnDir */.Sk)(reportDir);
    const planFile = external_node_path_default().join(reportDir, 'plan.json');
    await (0,src/* writeFileAtomic */.Zf)(planFile, `${JSON.stringify(plan, null, 2)}\n`);
    const markdown = renderPlan(plan, steps, (0,src/* relativeTo */.Mf)(workspace, planFile), python);
    const report = {
        action: 'rollback-plan',
        title: 'Rollback plan',
        verdict: 'passed',
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        checks: migrations.map(toCheck),
        meta: {
            from: `${from.ref} (${from.sha.slice(0, 7)})`,
            to: `${to.ref} (${to.sha.slice(0, 7)})`,
            plan: kind === 'additive' ? 'redeploy' : kind === 'reversible' ? 'reverse migration' : 'restore',
            django: fromFacts.django,
            python: python.version,
        },
    };
    const outputs = {
        safe: String(plan.safe),
        steps: tokens.join(','),
        destructive: migrations
            .filter((m) => m.kind === 'destructive')
            .map((m) => `${m.app}.${m.name}`)
            .join(','),
        'backup-id': backup?.backupId ?? '',
        'image-tag': imageTag ?? '',
        report: (0,src/* reportFilePath */.KL)(reportDir, 'json'),
    };
    return {
        verdict: 'passed',
        summary: `${headline(plan)}: ${tokens.join(', ')}`,
        outputs,
        report,
        publish: {
            dir: reportDir,
            formats: ['json', 'summary'],
            fullReportHint: `\`${(0,src/* relativeTo */.Mf)(workspace, planFile)}\``,
            summaryMarkdown: markdown,
        },
    };
}
/** `to` as given (a ref, a manifest file) or the previous release tag. */
async function resolveTo(git, inputs, workspace, from) {
    if (inputs.to === undefined)
        return { to: await previousRelease(git, from) };
    const file = external_node_path_default().resolve(workspace, inputs.to);
    if (inputs.to.endsWith('.json') || ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile())) {
        const manifest = await readManifest(file, 'to');
        if (!manifest.gitSha) {
            throw new src/* ConfigError */.xL(`Input "to": the manifest ${inputs.to} records no gitSha (the backup ran outside git); set "to" to the release's tag or commit.`, { input: 'to' });
        }
        const release = await resolveRelease(git, manifest.gitSha, 'to');
        return { to: { ref: manifest.gitSha.slice(0, 12), sha: release.sha }, toManifest: manifest };
    }
    return { to: await resolveRelease(git, inputs.to, 'to') };
}
/** Exports the working directory of `release` into `dest`. @throws ConfigError without manage.py. */
async function exportRelease(setup, release, dest) {
    const dir = await exportTree(setup.git, release.sha, setup.prefix, dest, setup.env);
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'manage.py'))) {
        throw new src/* ConfigError */.xL(`Input "working-directory": there is no manage.py in ${setup.prefix || '.'} at ${release.ref}; rollback-plan needs the Django project's folder.`, { input: 'working-directory' });
    }
    return dir;
}
/**
 * Runs the loader script in an exported release. `skip`: `true` lists the graph only; the other
 * release's facts list its migrations without operations.
 */
async function loadRelease(setup, release, dir, skip) {
    const where = `${setup.prefix || '.'} at ${release.ref}`;
    const env = {
        ...activateVenv(setup.env, setup.python.path),
        PYTHONDONTWRITEBYTECODE: '1',
        DJANGO_SETTINGS_MODULE: undefined,
    };
    const result = await (0,src/* runProcess */.R3)({
        command: setup.python.path,
        args: ['-c', LOADER_SCRIPT, setup.settings ?? ''],
        cwd: dir,
        env,
        input: JSON.stringify(skip === true ? true : skip.migrations.map((m) => [m.app, m.name])),
        timeoutMs: LOADER_TIMEOUT_MS,
    });
    let parsed;
    try {
        parsed = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
    }
    catch {
        parsed = undefined;
    }
    if (parsed?.error !== undefined) {
        const first = parsed.message.split('\n')[0];
        if (parsed.error === 'no-django') {
            throw new src/* ConfigError */.xL(`Input "python": ${setup.python.path} cannot import Django; set it to the project's interpreter.`, { input: 'python' });
        }
        if (parsed.error === 'no-settings') {
            throw new src/* ConfigError */.xL(`Input "settings-module": manage.py in ${where} sets no DJANGO_SETTINGS_MODULE; set "settings-module".`, { input: 'settings-module' });
        }
        throw new src/* ConfigError */.xL(`Django could not load the migrations of ${where} (${first}); check "settings-module" and that "python" has the project's requirements.`, { input: 'settings-module' });
    }
    if (result.exitCode !== 0 || !parsed) {
        const tail = result.stderr.trim().split('\n').at(-1) ?? '';
        throw new Error(`The migration loader failed in ${where} (exit ${result.exitCode}): ${tail}`);
    }
    return parsed;
}
/** The image of the newest manifest whose deploy was `sha`. */
function imageOf(records, sha) {
    return records.filter((r) => sameCommit(r.gitSha, sha) && r.imageTag).at(-1)?.imageTag;
}
/**
 * The backup taken before the deploy that brought `migration`: among the manifests whose deploy
 * (`gitSha`) lies in `to..from` and holds the commit that added the migration, the oldest (the
 * first such deploy; its backup was taken just before, with the schema the old code knows).
 */
async function backupBefore(git, records, facts, notes) {
    const { from, to, prefix, migration } = facts;
    const label = `${migration.app}.${migration.name}`;
    const file = migration.file ? external_node_path_default().posix.join(prefix, migration.file) : undefined;
    const added = file ? await commitAdding(git, `${to.sha}..${from.sha}`, file) : undefined;
    const since = added ?? to.sha;
    for (const record of records) {
        if (!record.gitSha || sameCommit(record.gitSha, to.sha))
            continue;
        if (!(await isAncestor(git, since, record.gitSha)) || !(await isAncestor(git, record.gitSha, from.sha)))
            continue;
        return record;
    }
    notes.push(records.length === 0
        ? `No manifests given: the backup taken before the deploy of ${label} is unknown (set "manifests").`
        : `No manifest records a deploy that brought ${label}: the backup to restore is unknown.`);
    return undefined;
}
function toCheck(m) {
    return {
        id: `migration:${m.app}.${m.name}`,
        name: `${m.app}.${m.name}`,
        mode: 'warn',
        status: m.kind === 'additive' ? 'passed' : 'failed',
        durationMs: 0,
        summary: `${m.kind}${m.operations.length ? ` (${(0,src/* plural */.LS)(m.operations.length, 'operation')})` : ''}`,
        findings: m.kind === 'additive'
            ? []
            : m.operations
                .filter((o) => o.kind !== 'additive')
                .map((o) => ({
                severity: o.kind === 'destructive' ? 'error' : 'warning',
                message: `${o.describe}: ${o.why}`,
                rule: o.kind,
                ...(m.file ? { file: m.file } : {}),
            })),
        counts: { operations: m.operations.length },
    };
}
function headline(plan) {
    const span = `from ${plan.from.ref} to ${plan.to.ref}`;
    if (plan.kind === 'additive')
        return `Going back ${span} is a redeploy`;
    if (plan.kind === 'reversible')
        return `Going back ${span} needs a reverse migration before the redeploy`;
    return `Going back ${span} needs a restore of the backup taken before the deploy`;
}
/** The summary: the verdict, the commands in order, then the migrations with their reasons. */
function renderPlan(plan, steps, planFile, python) {
    const lines = [
        `## Rollback plan: ${plan.safe ? 'redeploy only' : plan.kind === 'reversible' ? 'reverse migration' : 'restore'}`,
        '',
    ];
    lines.push(`${headline(plan)}.`, '');
    lines.push(`- from: \`${plan.from.ref}\` (${plan.from.sha.slice(0, 12)})`);
    lines.push(`- to: \`${plan.to.ref}\` (${plan.to.sha.slice(0, 12)})${plan.to.manifest ? `, manifest \`${plan.to.manifest}\`` : ''}`);
    lines.push(`- ${(0,src/* plural */.LS)(plan.migrations.length, 'migration')} applied since, read by Django ${plan.django} (Python ${python.version}, settings \`${plan.settings}\`)`);
    lines.push('', '### Steps', '');
    steps.forEach((step, i) => {
        lines.push(`${i + 1}. ${describeStep(step, plan)}`);
    });
    if (plan.migrations.length) {
        lines.push('', '### Migrations applied since', '', '| migration | class | why |', '|---|---|---|');
        for (const m of plan.migrations) {
            const why = m.operations.map((o) => `${o.describe}: ${o.why}`).join('; ') || 'no operations';
            lines.push(`| \`${m.app}.${m.name}\` | ${m.kind} | ${escapeCell(why)} |`);
        }
    }
    if (plan.notes.length)
        lines.push('', ...plan.notes.map((n) => `> ${n}`));
    lines.push('', `_The plan as JSON: \`${planFile}\`._`);
    return `${lines.join('\n')}\n`;
}
function describeStep(step, plan) {
    switch (step.kind) {
        case 'migrate':
            return `Reverse the migrations of \`${step.app}\` with the current release (${plan.from.ref}), before the redeploy: \`python manage.py migrate ${step.app} ${step.target}\``;
        case 'restore':
            return step.backupId
                ? `Restore the backup taken before the deploy that brought the first destructive migration, \`${step.backupId}\`: \`maint-actions restore --manifest ${plan.backup?.manifest ?? '<manifest.json>'} --target-database-url "$DATABASE_URL"\` (see docs/runbooks/restore.md)`
                : 'Restore the backup taken before the deploy that brought the first destructive migration: no manifest names it, find it among the backups (`maint-actions restore --manifest <its manifest.json>`)';
        case 'redeploy':
            return `Redeploy \`${step.target}\`${plan.imageTag ? ' (the image of the release to go back to, from its manifest)' : ' (no manifest names its image: deploy this release)'} through the normal deploy`;
    }
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}


/***/ })

};
