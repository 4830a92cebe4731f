export const id = 74;
export const ids = [74];
export const modules = {

/***/ 4074:
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
// EXTERNAL MODULE: ./packages/core/src/index.ts + 39 modules
var src = __webpack_require__(466);
// EXTERNAL MODULE: ./packages/python-env/src/index.ts + 4 modules
var python_env_src = __webpack_require__(8358);
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

// EXTERNAL MODULE: ./actions/rollback-plan/src/spec.ts
var spec = __webpack_require__(8190);
;// CONCATENATED MODULE: ./actions/rollback-plan/src/run.ts
/**
 * The rollback-plan action: resolve the two releases, export each tree, ask Django's migration
 * loader (the project's interpreter, no database) for both graphs, classify the migrations applied
 * since the release to go back to, name the backup and the image from the manifests, and write
 * the plan: outputs, a summary with the exact commands, report.json and plan.json.
 */










/** How long Django may take to load one release's migrations. */
const LOADER_TIMEOUT_MS = 5 * 60_000;
/** How long installing the project (`install`) may take. */
const INSTALL_TIMEOUT_MS = 15 * 60_000;
/** Runs the action (see the spec and rollback-plan/README.md). */
async function run({ platform, inputs, }) {
    const started = (0,src/* startRun */.AD)(platform, spec/* spec */.I, inputs.reportDir);
    const { workspace, reportDir } = started;
    const cwd = (0,src/* workingDirectory */.p7)(workspace, inputs.workingDirectory);
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
    const python = await (0,python_env_src/* prepareProjectPython */.ZT)({
        platform,
        python: inputs.python,
        install: inputs.install,
        workspace,
        cwd,
        env: platform.env,
        timeoutMs: INSTALL_TIMEOUT_MS,
    });
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
    const report = (0,src/* finishReport */.Ux)(started, {
        checks: migrations.map(toCheck),
        verdict: 'passed',
        meta: {
            from: `${from.ref} (${from.sha.slice(0, 7)})`,
            to: `${to.ref} (${to.sha.slice(0, 7)})`,
            plan: kind === 'additive' ? 'redeploy' : kind === 'reversible' ? 'reverse migration' : 'restore',
            django: fromFacts.django,
            python: python.version,
        },
    });
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
            fullReportHint: (0,src/* reportHint */.AE)(started, planFile),
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
        ...(0,python_env_src/* activateVenv */.BM)(setup.env, setup.python.path),
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
