/**
 * The Python that rollback-plan runs with the project's interpreter in an exported release: it asks
 * Django's MigrationLoader for the migration graph and each new migration's operations, without a
 * database connection. Argument: the settings module (empty: manage.py's). Stdin: a JSON list of
 * [app, name] listed without operations, or true for none with them. Stdout: JSON; exit code 3 with {error, message}.
 */
export const LOADER_SCRIPT = String.raw`# The migration facts of one Django project, read by Django's own MigrationLoader without a
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
